// `upwatch bench checks`, small: the harness starts its loopback nginx, runs the bare loop and
// the service against it and reports numbers that add up. Nothing here asserts a speed.
#include "tests/support/UpwatchProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestCliBenchChecks final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void compareKeepAlive();
    void freshConnections();
    void badUsage_data();
    void badUsage();

private:
    static QJsonObject runJson(const QStringList &options);
};

void TestCliBenchChecks::initTestCase()
{
    if (QStandardPaths::findExecutable(u"nginx"_s).isEmpty() &&
        QStandardPaths::findExecutable(u"nginx"_s, {u"/usr/sbin"_s, u"/sbin"_s}).isEmpty())
        QSKIP("nginx is not installed (tools/install-deps installs nginx-light)");
}

QJsonObject TestCliBenchChecks::runJson(const QStringList &options)
{
    const UpwatchRun run = runUpwatch(QStringList{u"bench"_s, u"checks"_s} + options, 120'000);
    if (run.exitCode != 0) {
        qWarning("%s", qPrintable(run.err));
        return {};
    }
    const QJsonDocument json = QJsonDocument::fromJson(run.out.toUtf8());
    // Progress goes to stderr; stdout is the one JSON line alone.
    if (!json.isObject() || run.out.count(u'\n') != 1)
        qWarning("not one JSON line: %s", qPrintable(run.out));
    return json.object();
}

void TestCliBenchChecks::compareKeepAlive()
{
    // 40 monitors at 1 s over 4 addresses: 40 checks/s, far below the machine's ceiling.
    const QJsonObject json = runJson(
        {u"--monitors"_s, u"40"_s, u"--interval"_s, u"1"_s, u"--hosts"_s, u"4"_s, u"--workers"_s,
         u"2"_s, u"--warmup"_s, u"1"_s, u"--duration"_s, u"3"_s, u"--compare"_s, u"--json"_s});
    QVERIFY(!json.isEmpty());
    QCOMPARE(json.value(u"benchmark"_s).toString(), u"checks"_s);
    QCOMPARE(json.value(u"monitors"_s).toInt(), 40);
    QCOMPARE(json.value(u"workers"_s).toInt(), 2);
    QCOMPARE(json.value(u"fresh_connections"_s).toBool(), false);

    // The bare loop asks as fast as nginx answers, and every answer says OK.
    const QJsonObject bare = json.value(u"bare"_s).toObject();
    QVERIFY(bare.value(u"checks"_s).toInteger() > 0);
    QCOMPARE(bare.value(u"failed"_s).toInteger(), 0);
    QVERIFY(bare.value(u"checks_per_s"_s).toDouble() > 0);
    QVERIFY(bare.value(u"response_ms"_s).toObject().value(u"p99"_s).toDouble() >= 0);

    // The service checks each monitor once a second: about 40/s, all UP, all stored.
    const QJsonObject service = json.value(u"service"_s).toObject();
    QCOMPARE(service.value(u"needed_per_s"_s).toDouble(), 40.0);
    const qint64 checks = service.value(u"checks"_s).toInteger();
    QVERIFY2(checks >= 40 * 2 && checks <= 40 * 4 + 40, qPrintable(QString::number(checks)));
    QCOMPARE(service.value(u"failed"_s).toInteger(), 0);
    QCOMPARE(service.value(u"stored_total"_s).toInteger(),
             service.value(u"produced_total"_s).toInteger());
    QVERIFY(service.value(u"produced_total"_s).toInteger() >= checks);
    QCOMPARE(service.value(u"saturated"_s).toBool(), false);
    // Gaps between two checks of one monitor: about its interval.
    const QJsonObject gap = service.value(u"gap_ms"_s).toObject();
    QVERIFY2(gap.value(u"p50"_s).toDouble() >= 900 && gap.value(u"p50"_s).toDouble() <= 1100,
             qPrintable(QString::number(gap.value(u"p50"_s).toDouble())));
    // One lag spread per worker, and the owner's.
    QCOMPARE(service.value(u"worker_lag_ms"_s).toArray().size(), 2);
    QVERIFY(service.value(u"owner_lag_ms"_s).toObject().contains(u"p99"_s));
    QVERIFY(service.value(u"rss_bytes"_s).toInteger() > 0);
    QVERIFY(json.value(u"peak_rss_bytes"_s).toInteger() >=
            service.value(u"rss_bytes"_s).toInteger());
    QVERIFY(json.contains(u"stored_vs_bare"_s));
}

void TestCliBenchChecks::freshConnections()
{
    const QJsonObject json =
        runJson({u"--monitors"_s, u"10"_s, u"--hosts"_s, u"2"_s, u"--warmup"_s, u"0"_s,
                 u"--duration"_s, u"2"_s, u"--fresh-connections"_s, u"--json"_s});
    QVERIFY(!json.isEmpty());
    QCOMPARE(json.value(u"fresh_connections"_s).toBool(), true);
    QVERIFY(!json.contains(u"bare"_s)); // the service alone by default
    const QJsonObject service = json.value(u"service"_s).toObject();
    QVERIFY(service.value(u"checks"_s).toInteger() > 0);
    QCOMPARE(service.value(u"failed"_s).toInteger(), 0);
}

void TestCliBenchChecks::badUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no benchmark") << QStringList{u"bench"_s} << u"bench needs a benchmark"_s;
    QTest::newRow("unknown benchmark")
        << QStringList{u"bench"_s, u"disks"_s} << u"unknown benchmark 'disks'"_s;
    QTest::newRow("both modes") << QStringList{u"bench"_s, u"checks"_s, u"--bare"_s, u"--compare"_s}
                                << u"--bare and --compare cannot be combined"_s;
    QTest::newRow("no monitors") << QStringList{u"bench"_s, u"checks"_s, u"--monitors"_s, u"0"_s}
                                 << u"--monitors"_s;
    QTest::newRow("too many hosts")
        << QStringList{u"bench"_s, u"checks"_s, u"--hosts"_s, u"255"_s} << u"--hosts"_s;
}

void TestCliBenchChecks::badUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const UpwatchRun run = runUpwatch(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.startsWith(u"upwatch: "_s) && run.err.contains(message), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliBenchChecks)
#include "tst_cli_bench_checks.moc"
