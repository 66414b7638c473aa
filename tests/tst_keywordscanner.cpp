#include "core/check/KeywordScanner.h"

#include <QTest>

class TestKeywordScanner final : public QObject {
    Q_OBJECT

private slots:
    void scan_data();
    void scan();
    void emptyKeyword();
};

void TestKeywordScanner::scan_data()
{
    QTest::addColumn<QByteArray>("keyword");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("found");

    QTest::newRow("present") << QByteArray("healthy") << QByteArray("status: healthy\n") << true;
    QTest::newRow("absent") << QByteArray("healthy") << QByteArray("status: down\n") << false;
    QTest::newRow("case matters") << QByteArray("OK") << QByteArray("ok") << false;
    QTest::newRow("at start") << QByteArray("abc") << QByteArray("abcdef") << true;
    QTest::newRow("at end") << QByteArray("def") << QByteArray("abcdef") << true;
    QTest::newRow("one byte") << QByteArray("x") << QByteArray("abxcd") << true;
    QTest::newRow("utf-8") << QByteArray("Grüße") << QByteArray("Viele Grüße!") << true;
    QTest::newRow("longer than body") << QByteArray("abcdefgh") << QByteArray("abc") << false;
    QTest::newRow("partial overlap") << QByteArray("aab") << QByteArray("aaaaaab") << true;
    QTest::newRow("almost") << QByteArray("needle") << QByteArray("needlneedl eedle") << false;
}

// Every way of cutting the body into pieces gives the same answer as searching it whole.
void TestKeywordScanner::scan()
{
    QFETCH(QByteArray, keyword);
    QFETCH(QByteArray, body);
    QFETCH(bool, found);

    for (qsizetype piece = 1; piece <= body.size(); ++piece) {
        KeywordScanner scanner(keyword);
        for (qsizetype at = 0; at < body.size(); at += piece)
            scanner.feed(QByteArrayView(body).sliced(at, std::min(piece, body.size() - at)));
        QVERIFY2(scanner.found() == found, qPrintable(QStringLiteral("piece size %1").arg(piece)));
    }
    // Pieces of varying size, the keyword split unevenly.
    KeywordScanner uneven(keyword);
    qsizetype at = 0;
    for (qsizetype size = 1; at < body.size(); ++size) {
        const qsizetype take = std::min(size, body.size() - at);
        uneven.feed(QByteArrayView(body).sliced(at, take));
        at += take;
    }
    QCOMPARE(uneven.found(), found);
}

void TestKeywordScanner::emptyKeyword()
{
    KeywordScanner scanner;
    QVERIFY(scanner.isEmpty());
    scanner.feed("anything");
    QVERIFY(!scanner.found());
}

QTEST_GUILESS_MAIN(TestKeywordScanner)
#include "tst_keywordscanner.moc"
