#include "core/model/CheckResult.h"
#include "core/model/HttpMethod.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestCheckResult final : public QObject {
    Q_OBJECT

private slots:
    void reasonNamesAreStable();
    void reasonNamesRoundTrip();
    void verdictNames();
    void unknownNames();
    void methodNames_data();
    void methodNames();
};

void TestCheckResult::reasonNamesAreStable()
{
    // These names are stored in databases and read by scripts: they never change or move.
    const QStringList expected{u"ok"_s,
                               u"slow"_s,
                               u"status"_s,
                               u"keyword"_s,
                               u"json"_s,
                               u"timeout"_s,
                               u"tls"_s,
                               u"dns"_s,
                               u"refused"_s,
                               u"reset"_s,
                               u"network"_s,
                               u"redirects"_s,
                               u"body_too_large"_s,
                               u"invalid_url"_s,
                               u"unknown"_s,
                               u"protocol"_s,
                               u"secret"_s};
    QStringList actual;
    for (int i = 0; i <= int(kLastReason); ++i)
        actual.append(reasonName(static_cast<Reason>(i)));
    QCOMPARE(actual, expected);
}

void TestCheckResult::reasonNamesRoundTrip()
{
    for (int i = 0; i <= int(kLastReason); ++i) {
        const auto reason = static_cast<Reason>(i);
        QCOMPARE(reasonFromName(reasonName(reason)), std::optional<Reason>(reason));
    }
}

void TestCheckResult::verdictNames()
{
    QCOMPARE(verdictName(Verdict::Up), u"up"_s);
    QCOMPARE(verdictName(Verdict::Degraded), u"degraded"_s);
    QCOMPARE(verdictName(Verdict::Down), u"down"_s);
    for (Verdict verdict : {Verdict::Up, Verdict::Degraded, Verdict::Down})
        QCOMPARE(verdictFromName(verdictName(verdict)), std::optional<Verdict>(verdict));
}

void TestCheckResult::unknownNames()
{
    QCOMPARE(reasonFromName(u"OK"), std::nullopt);
    QCOMPARE(reasonFromName(u""), std::nullopt);
    QCOMPARE(reasonFromName(u"timeout "), std::nullopt);
    QCOMPARE(verdictFromName(u"UP"), std::nullopt);
    QCOMPARE(verdictFromName(u"paused"), std::nullopt);
}

void TestCheckResult::methodNames_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("canonical");

    QTest::newRow("GET") << "GET" << true << "GET";
    QTest::newRow("get") << "get" << true << "GET";
    QTest::newRow("Head") << "Head" << true << "HEAD";
    QTest::newRow("post") << "post" << true << "POST";
    QTest::newRow("put") << "put" << true << "PUT";
    QTest::newRow("Patch") << "Patch" << true << "PATCH";
    QTest::newRow("delete") << "delete" << true << "DELETE";
    QTest::newRow("OPTIONS") << "OPTIONS" << true << "OPTIONS";
    QTest::newRow("TRACE") << "TRACE" << false << "";
    QTest::newRow("CONNECT") << "CONNECT" << false << "";
    QTest::newRow("empty") << "" << false << "";
    QTest::newRow("padded") << " GET" << false << "";
}

void TestCheckResult::methodNames()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QString, canonical);

    const auto method = httpMethodFromName(text);
    QCOMPARE(method.has_value(), valid);
    if (valid)
        QCOMPARE(QString::fromLatin1(httpMethodName(*method)), canonical);
}

QTEST_GUILESS_MAIN(TestCheckResult)
#include "tst_checkresult.moc"
