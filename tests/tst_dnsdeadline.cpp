#include "tests/support/TestServer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkDatagram>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>

#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

// The real `upwatch` binary against a name server that never answers: a UDP socket on
// 127.0.0.2:53 that reads queries and drops them, made the system's name server for upwatch
// alone by bind-mounting a resolv.conf over /etc/resolv.conf in a private mount namespace
// (unshare -m). Needs root; skipped otherwise.
class TestDnsDeadline final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void checkFailsAtItsDeadlineAndExits();
    void runKeepsOtherMonitorsUpAndStopsOnTime();

private:
    struct Result {
        int exitCode = -1; // -1: did not finish within the wait
        QString out;
        QString err;
        qint64 elapsedMs = 0;
    };
    // Runs upwatch with the silent name server as its only one.
    Result runWithSilentDns(const QStringList &arguments, int waitMs = 90000);

    QTemporaryDir m_dir;
    QString m_resolvConf;
    QUdpSocket m_nameServer;
    int m_queries = 0;
};

void TestDnsDeadline::initTestCase()
{
    if (geteuid() != 0)
        QSKIP("needs root: binds port 53 and runs upwatch in a private mount namespace");
    QVERIFY(m_dir.isValid());
    if (!m_nameServer.bind(QHostAddress(u"127.0.0.2"_s), 53))
        QSKIP(qPrintable(u"cannot listen on 127.0.0.2:53 (%1)"_s.arg(m_nameServer.errorString())));
    connect(&m_nameServer, &QUdpSocket::readyRead, this, [this] {
        while (m_nameServer.hasPendingDatagrams()) {
            m_nameServer.receiveDatagram(); // and never answer
            ++m_queries;
        }
    });
    // glibc's longest wait: 30 s per query, once. Qt's resolver makes the process wait for that.
    m_resolvConf = m_dir.filePath(u"resolv.conf"_s);
    QFile conf(m_resolvConf);
    QVERIFY(conf.open(QIODevice::WriteOnly));
    conf.write("nameserver 127.0.0.2\noptions timeout:30 attempts:1\n");
    conf.close();

    QProcess probe;
    probe.start(u"unshare"_s,
                {u"-m"_s, u"sh"_s, u"-c"_s,
                 u"mount --bind \"$0\" /etc/resolv.conf && cat /etc/resolv.conf"_s, m_resolvConf});
    if (!probe.waitForFinished(20000) || probe.exitCode() != 0 ||
        !probe.readAllStandardOutput().contains("127.0.0.2")) {
        QSKIP(qPrintable(u"unshare -m with a bind mount is not permitted here: %1"_s.arg(
            QString::fromLocal8Bit(probe.readAllStandardError()).trimmed())));
    }
}

TestDnsDeadline::Result TestDnsDeadline::runWithSilentDns(const QStringList &arguments, int waitMs)
{
    QProcess process;
    QSignalSpy finished(&process, &QProcess::finished);
    QElapsedTimer elapsed;
    elapsed.start();
    process.start(u"unshare"_s,
                  QStringList{u"-m"_s, u"sh"_s, u"-c"_s,
                              u"mount --bind \"$0\" /etc/resolv.conf && exec \"$@\""_s,
                              m_resolvConf, QStringLiteral(UPWATCH_BINARY)} +
                      arguments);
    Result result;
    if (!finished.wait(waitMs)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.elapsedMs = elapsed.elapsed();
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

void TestDnsDeadline::checkFailsAtItsDeadlineAndExits()
{
    const Result run = runWithSilentDns(
        {u"check"_s, u"http://never-answers.example/"_s, u"--timeout"_s, u"1000"_s});
    QVERIFY2(run.exitCode == 1, qPrintable(run.err));
    QVERIFY(m_queries > 0); // the name server was asked: the test tests what it says
    const QJsonObject line = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(line.value(u"verdict"_s).toString(), u"down"_s);
    QCOMPARE(line.value(u"reason"_s).toString(), u"dns"_s);
    QCOMPARE(line.value(u"error"_s).toString(),
             u"the name server did not answer for 'never-answers.example' within 1000 ms"_s);
    // A generous bound, not a speed test: with Qt's resolver the process waited for the
    // lookup thread, 30 s here.
    QVERIFY2(run.elapsedMs < 10000, qPrintable(u"exited after %1 ms"_s.arg(run.elapsedMs)));
}

void TestDnsDeadline::runKeepsOtherMonitorsUpAndStopsOnTime()
{
    TestServer server;
    QVERIFY(server.start());
    server.setRoute("/ok", TestRoute::ok("healthy"));

    constexpr int kSilent = 40;
    constexpr int kHealthy = 10;
    QJsonArray monitors;
    for (int i = 0; i < kSilent; ++i) {
        monitors.append(QJsonObject{{u"name"_s, u"silent-%1"_s.arg(i)},
                                    {u"url"_s, u"http://silent-%1.example/"_s.arg(i)},
                                    {u"interval_s"_s, 1},
                                    {u"timeout_ms"_s, 1000}});
    }
    for (int i = 0; i < kHealthy; ++i) {
        // "localhost" comes from /etc/hosts, before any name server is asked.
        monitors.append(
            QJsonObject{{u"name"_s, u"healthy-%1"_s.arg(i)},
                        {u"url"_s, server.url(u"/ok?n=%1"_s.arg(i), u"localhost"_s).toString()},
                        {u"interval_s"_s, 1},
                        {u"timeout_ms"_s, 1000}});
    }
    const QString file = m_dir.filePath(u"monitors.json"_s);
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(QJsonObject{{u"format"_s, u"upwatch-monitors"_s},
                                        {u"version"_s, 1},
                                        {u"monitors"_s, monitors}})
                  .toJson());
    out.close();
    const QString db = m_dir.filePath(u"run.sqlite"_s);
    QProcess import;
    import.start(QStringLiteral(UPWATCH_BINARY), {u"import"_s, file, u"--db"_s, db});
    QVERIFY(import.waitForFinished(60000));
    QVERIFY2(import.exitCode() == 0, import.readAllStandardError().constData());

    const Result run = runWithSilentDns({u"run"_s, u"--duration"_s, u"3"_s, u"--db"_s, db});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(m_queries > 0);
    for (int i = 0; i < kHealthy; ++i) {
        const QString name = u"healthy-%1"_s.arg(i);
        QVERIFY2(run.out.contains(name + u"  pending -> up"_s), qPrintable(run.out));
        QVERIFY2(!run.out.contains(name + u"  up -> down"_s), qPrintable(run.out));
    }
    for (int i = 0; i < kSilent; ++i) {
        const QString name = u"silent-%1"_s.arg(i);
        QVERIFY2(run.out.contains(u"%1  pending -> down (dns: the name server did not answer for "
                                  u"'%1.example'"_s.arg(name)),
                 qPrintable(run.out));
    }
    // Generous: Qt's resolver kept the process waiting 30 s for its lookup threads.
    QVERIFY2(run.elapsedMs < 3000 + 7000, qPrintable(u"exited after %1 ms"_s.arg(run.elapsedMs)));
}

QTEST_GUILESS_MAIN(TestDnsDeadline)
#include "tst_dnsdeadline.moc"
