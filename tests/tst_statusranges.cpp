#include "core/model/StatusRanges.h"

#include <QTest>

class TestStatusRanges final : public QObject {
    Q_OBJECT

private slots:
    void defaultAccepts2xx();
    void parseValid_data();
    void parseValid();
    void parseInvalid_data();
    void parseInvalid();
    void roundTrip();
};

void TestStatusRanges::defaultAccepts2xx()
{
    const StatusRanges ranges;
    QVERIFY(ranges.contains(200));
    QVERIFY(ranges.contains(204));
    QVERIFY(ranges.contains(299));
    QVERIFY(!ranges.contains(199));
    QVERIFY(!ranges.contains(300));
    QVERIFY(!ranges.contains(0));
    QCOMPARE(ranges.toString(), QStringLiteral("200-299"));
}

void TestStatusRanges::parseValid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<QList<int>>("accepted");
    QTest::addColumn<QList<int>>("rejected");

    QTest::newRow("single") << "200"
                            << "200" << QList<int>{200} << QList<int>{201, 199};
    QTest::newRow("range") << "200-299"
                           << "200-299" << QList<int>{200, 250, 299} << QList<int>{199, 300};
    QTest::newRow("list and range")
        << "200-299,301"
        << "200-299,301" << QList<int>{200, 301} << QList<int>{300, 302};
    QTest::newRow("spaces") << " 200 - 204 , 404 "
                            << "200-204,404" << QList<int>{204, 404} << QList<int>{205};
    QTest::newRow("one-code range") << "301-301"
                                    << "301" << QList<int>{301} << QList<int>{300, 302};
    QTest::newRow("bounds") << "100-599"
                            << "100-599" << QList<int>{100, 599} << QList<int>{99, 600};
    QTest::newRow("several") << "201,202,500-503"
                             << "201,202,500-503" << QList<int>{201, 202, 500, 503}
                             << QList<int>{200, 203, 504};
}

void TestStatusRanges::parseValid()
{
    QFETCH(QString, text);
    QFETCH(QString, canonical);
    QFETCH(QList<int>, accepted);
    QFETCH(QList<int>, rejected);

    QString error;
    const auto ranges = StatusRanges::parse(text, &error);
    QVERIFY2(ranges.has_value(), qPrintable(error));
    QVERIFY(error.isEmpty());
    QCOMPARE(ranges->toString(), canonical);
    for (int status : accepted)
        QVERIFY2(ranges->contains(status), qPrintable(QString::number(status)));
    for (int status : rejected)
        QVERIFY2(!ranges->contains(status), qPrintable(QString::number(status)));
}

void TestStatusRanges::parseInvalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("errorPart");

    QTest::newRow("empty") << ""
                           << "empty";
    QTest::newRow("blank") << "   "
                           << "empty";
    QTest::newRow("word") << "ok"
                          << "'ok'";
    QTest::newRow("trailing comma") << "200,"
                                    << "empty item";
    QTest::newRow("double comma") << "200,,301"
                                  << "empty item";
    QTest::newRow("below 100") << "99"
                               << "outside 100-599";
    QTest::newRow("above 599") << "600"
                               << "outside 100-599";
    QTest::newRow("reversed") << "299-200"
                              << "ends before it starts";
    QTest::newRow("open range") << "200-"
                                << "'200-'";
    QTest::newRow("no start") << "-299"
                              << "'-299'";
    QTest::newRow("two dashes") << "200-250-299"
                                << "'200-250-299'";
    QTest::newRow("sign") << "+200"
                          << "'+200'";
    QTest::newRow("wildcard") << "2xx"
                              << "'2xx'";
    QTest::newRow("semicolons") << "200;301"
                                << "'200;301'";
}

void TestStatusRanges::parseInvalid()
{
    QFETCH(QString, text);
    QFETCH(QString, errorPart);

    QString error;
    QVERIFY(!StatusRanges::parse(text, &error).has_value());
    QVERIFY2(error.contains(errorPart), qPrintable(error));
    QVERIFY(!StatusRanges::parse(text).has_value()); // no error pointer: no crash
}

void TestStatusRanges::roundTrip()
{
    const auto ranges = StatusRanges::parse(u"200-204,301,404-410");
    QVERIFY(ranges);
    const auto again = StatusRanges::parse(ranges->toString());
    QVERIFY(again);
    QCOMPARE(*again, *ranges);
}

QTEST_GUILESS_MAIN(TestStatusRanges)
#include "tst_statusranges.moc"
