#include "core/metrics/PrometheusText.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace {

const QDateTime kNow(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);

// A name with everything that needs escaping, and some that does not.
const QString kAwkwardName = u"Caf\u00e9 \u2615 \"prod\" C:\\path\nline two"_s;
const QByteArray kAwkwardEscaped = "Caf\xc3\xa9 \xe2\x98\x95 \\\"prod\\\" C:\\\\path\\nline two";

MonitorMetrics monitor(qint64 id, const QString &name, MonitorState state)
{
    MonitorMetrics metrics;
    metrics.id = id;
    metrics.name = name;
    metrics.url = u"https://example.org/%1"_s.arg(id);
    metrics.state = state;
    return metrics;
}

// Two checked monitors (one with an awkward name), one pending, the engine, the writer, the
// endpoint and an alert channel: every family has samples.
MetricsSnapshot fullSnapshot()
{
    MetricsSnapshot snapshot;
    snapshot.service = MetricsSnapshot::Service::Running;
    snapshot.version = u"1.2.3"_s;
    snapshot.processStart = kNow.addSecs(-3600);
    snapshot.loadedAt = kNow.addSecs(-3590);

    MonitorMetrics api = monitor(1, u"api"_s, MonitorState::Up);
    api.lastCheck = kNow.addMSecs(-1500);
    api.certExpires = kNow.addDays(30);
    api.lastPhases.resolve = 2;
    api.lastPhases.connect = 5;
    api.lastPhases.tls = 20;
    api.lastPhases.processing = 40;
    api.lastPhases.transfer = 3;
    for (const double seconds : {0.0005, 0.001, 0.07, 0.07, 0.3, 12.0, 45.0})
        api.duration.observe(seconds);
    api.checks[{Verdict::Up, Reason::Ok}] = 5;
    api.checks[{Verdict::Down, Reason::Timeout}] = 2;
    snapshot.monitors.emplace(1, api);

    MonitorMetrics awkward = monitor(2, kAwkwardName, MonitorState::Down);
    awkward.lastCheck = kNow.addSecs(-10);
    awkward.checks[{Verdict::Down, Reason::Refused}] = 1;
    awkward.lastPhases.resolve = 1;
    snapshot.monitors.emplace(2, awkward);

    snapshot.monitors.emplace(3, monitor(3, u"new"_s, MonitorState::Pending));

    snapshot.engine.sampledAt = kNow.addMSecs(-200);
    snapshot.engine.inFlight = 4;
    snapshot.engine.waiting = 1;
    snapshot.engine.checksPerSecond = 2.5;
    snapshot.engine.neededPerSecond = 3.25;
    snapshot.engine.late = 3;
    snapshot.engine.skipped = 1;
    snapshot.engine.ownerLagMs = 12;
    snapshot.engine.workerLagMs = {3, 250};

    snapshot.history.open = true;
    snapshot.history.lastWrite = kNow.addMSecs(-400);
    snapshot.history.stored = 100;
    snapshot.history.pending = 2;

    snapshot.http.requests[{u"/metrics"_s, 200}] = 7;
    snapshot.http.requests[{u"other"_s, 404}] = 1;
    snapshot.http.duration.observe(0.002);
    snapshot.http.errors = 1;

    snapshot.agent.present = true;
    snapshot.agent.name = u"eu-west/probe-1/4242"_s;
    snapshot.agent.location = u"eu-west"_s;
    snapshot.agent.shards = 21;
    snapshot.agent.monitors = 340;
    snapshot.agent.heartbeatAgeMs = 1500;
    snapshot.agent.heartbeatMs = 5000;
    snapshot.agent.leaseMs = 20'000;

    snapshot.alertDeliveries[{u"ops \"pager\""_s, true}] = 3;
    snapshot.alertDeliveries[{u"ops \"pager\""_s, false}] = 1;
    return snapshot;
}

QList<QByteArray> samplesOf(const QByteArray &text, const QByteArray &prefix)
{
    QList<QByteArray> lines;
    for (const QByteArray &line : text.split('\n')) {
        if (line.startsWith(prefix))
            lines.append(line);
    }
    return lines;
}

double valueOf(const QByteArray &line)
{
    return line.mid(line.lastIndexOf(' ') + 1).toDouble();
}

} // namespace

class TestPrometheusText final : public QObject {
    Q_OBJECT

private slots:
    void passesPromtool();
    void emptySnapshotPassesPromtool();
    void everyFamilyHasHelpAndType();
    void escapeLabelValue_data();
    void escapeLabelValue();
    void awkwardNameInSeries();
    void formatValue_data();
    void formatValue();
    void histogramIsCumulative();
    void monitorState();
    void engineAndProcess();
    void endpointAndAlerts();
    void agentLeases();

private:
    // Runs `promtool check metrics` on the text: "" when it passes, else what it said.
    static QString promtool(const QByteArray &text);
};

QString TestPrometheusText::promtool(const QByteArray &text)
{
    const QString program = QStandardPaths::findExecutable(u"promtool"_s);
    if (program.isEmpty())
        return u"SKIP"_s;
    QProcess process;
    process.start(program, {u"check"_s, u"metrics"_s});
    if (!process.waitForStarted(10'000))
        return u"promtool did not start"_s;
    process.write(text);
    process.closeWriteChannel();
    if (!process.waitForFinished(60'000))
        return u"promtool did not finish"_s;
    const QString said =
        QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return u"exit %1: %2"_s.arg(process.exitCode()).arg(said);
    return said.trimmed();
}

void TestPrometheusText::passesPromtool()
{
    const QByteArray text = PrometheusText::render(fullSnapshot());
    const QString said = promtool(text);
    if (said == u"SKIP")
        QSKIP("promtool is not installed (Debian package prometheus; tools/install-deps)");
    QVERIFY2(said.isEmpty(), qPrintable(said + u"\n"_s + QString::fromUtf8(text)));
}

void TestPrometheusText::emptySnapshotPassesPromtool()
{
    const QByteArray text = PrometheusText::render(MetricsSnapshot());
    const QString said = promtool(text);
    if (said == u"SKIP")
        QSKIP("promtool is not installed (Debian package prometheus; tools/install-deps)");
    QVERIFY2(said.isEmpty(), qPrintable(said));
}

void TestPrometheusText::everyFamilyHasHelpAndType()
{
    const QByteArray text = PrometheusText::render(fullSnapshot());
    QVERIFY(text.endsWith('\n'));
    QStringList families;
    QString current;
    for (const QByteArray &line : text.split('\n')) {
        if (line.isEmpty())
            continue;
        if (line.startsWith("# HELP ")) {
            current = QString::fromUtf8(line.mid(7, line.indexOf(' ', 7) - 7));
            QVERIFY2(!families.contains(current), qPrintable(current)); // one block each
            families.append(current);
            continue;
        }
        if (line.startsWith("# TYPE ")) {
            QVERIFY2(line.startsWith(QByteArray("# TYPE " + current.toUtf8() + ' ')),
                     line.constData());
            continue;
        }
        // Every sample belongs to the family announced last.
        QVERIFY2(line.startsWith(current.toUtf8()), line.constData());
    }
    for (const char *name : {"upwatch_monitor_up",
                             "upwatch_monitor_state",
                             "upwatch_check_duration_seconds",
                             "upwatch_checks_total",
                             "upwatch_monitor_last_check_timestamp_seconds",
                             "upwatch_monitor_cert_expiry_timestamp_seconds",
                             "upwatch_monitor_phase_seconds",
                             "upwatch_engine_checks_in_flight",
                             "upwatch_engine_checks_waiting",
                             "upwatch_engine_checks_per_second",
                             "upwatch_engine_needed_checks_per_second",
                             "upwatch_engine_late_checks_total",
                             "upwatch_engine_skipped_checks_total",
                             "upwatch_event_loop_lag_seconds",
                             "upwatch_monitors",
                             "upwatch_http_requests_total",
                             "upwatch_http_request_duration_seconds",
                             "upwatch_http_errors_total",
                             "upwatch_process_start_time_seconds",
                             "upwatch_build_info",
                             "upwatch_history_last_write_timestamp_seconds",
                             "upwatch_alert_deliveries_total"})
        QVERIFY2(families.contains(QString::fromLatin1(name)), name);
}

void TestPrometheusText::escapeLabelValue_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QByteArray>("escaped");
    QTest::newRow("plain") << u"api"_s << QByteArray("api");
    QTest::newRow("quotes") << u"say \"hi\""_s << QByteArray("say \\\"hi\\\"");
    QTest::newRow("backslash") << u"C:\\dir\\"_s << QByteArray("C:\\\\dir\\\\");
    QTest::newRow("newline") << u"a\nb"_s << QByteArray("a\\nb");
    QTest::newRow("unicode kept") << u"\u00fcber \u65e5\u672c \U0001F600"_s
                                  << QByteArray("\xc3\xbc"
                                                "ber \xe6\x97\xa5\xe6\x9c\xac "
                                                "\xf0\x9f\x98\x80");
    QTest::newRow("tab and carriage return kept") << u"a\tb\rc"_s << QByteArray("a\tb\rc");
    QTest::newRow("all of them") << kAwkwardName << kAwkwardEscaped;
    QTest::newRow("empty") << QString() << QByteArray();
}

void TestPrometheusText::escapeLabelValue()
{
    QFETCH(QString, value);
    QFETCH(QByteArray, escaped);
    QCOMPARE(PrometheusText::escapeLabelValue(value), escaped);
}

void TestPrometheusText::awkwardNameInSeries()
{
    const QByteArray text = PrometheusText::render(fullSnapshot());
    const QByteArray labels = QByteArray("{id=\"2\",monitor=\"" + kAwkwardEscaped + '"');
    QVERIFY2(text.contains(
                 QByteArray("upwatch_monitor_up" + labels + ",url=\"https://example.org/2\"} 0\n")),
             text.constData());
    QVERIFY(text.contains(
        QByteArray("upwatch_checks_total" + labels + ",verdict=\"down\",reason=\"refused\"} 1\n")));
    QVERIFY(text.contains(QByteArray("upwatch_monitor_state" + labels + ",state=\"down\"} 1\n")));
    // The name's line feed is escaped: no sample line is cut in two.
    for (const QByteArray &line : text.split('\n'))
        QVERIFY2(line.isEmpty() || line.startsWith('#') || line.startsWith("upwatch_"),
                 line.constData());
    // Channel names are escaped too.
    QVERIFY(text.contains(
        "upwatch_alert_deliveries_total{channel=\"ops \\\"pager\\\"\",result=\"ok\"} 3\n"));
}

void TestPrometheusText::formatValue_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("zero") << 0.0 << QByteArray("0");
    QTest::newRow("whole") << 30.0 << QByteArray("30");
    QTest::newRow("millisecond") << 0.001 << QByteArray("0.001");
    QTest::newRow("tenth of a ms") << 0.0001 << QByteArray("0.0001");
    QTest::newRow("timestamp with ms") << 1772366400.123 << QByteArray("1772366400.123");
    QTest::newRow("negative") << -2.5 << QByteArray("-2.5");
    QTest::newRow("nan") << std::nan("") << QByteArray("NaN");
    QTest::newRow("inf") << HUGE_VAL << QByteArray("+Inf");
    QTest::newRow("-inf") << -HUGE_VAL << QByteArray("-Inf");
}

void TestPrometheusText::formatValue()
{
    QFETCH(double, value);
    QFETCH(QByteArray, text);
    QCOMPARE(PrometheusText::formatValue(value), text);
}

void TestPrometheusText::histogramIsCumulative()
{
    const QByteArray text = PrometheusText::render(fullSnapshot());
    const QByteArray series = "upwatch_check_duration_seconds_bucket{id=\"1\",monitor=\"api\",le=";
    const QList<QByteArray> buckets = samplesOf(text, series);
    QCOMPARE(buckets.size(), qsizetype(Histogram::checkDurationBounds()->size() + 1));
    QCOMPARE(buckets.first(), QByteArray(series + "\"0.001\"} 2")); // 0.5 ms and exactly 1 ms
    QVERIFY(buckets.last().startsWith(QByteArray(series + "\"+Inf\"}")));
    double previous = 0;
    double previousBound = 0;
    for (const QByteArray &bucket : buckets) {
        const double count = valueOf(bucket);
        QVERIFY2(count >= previous, bucket.constData()); // cumulative
        previous = count;
        const QByteArray le = bucket.mid(series.size() + 1, bucket.indexOf('"', series.size() + 1) -
                                                                series.size() - 1);
        const double bound = le == "+Inf" ? HUGE_VAL : le.toDouble();
        QVERIFY(bound > previousBound); // ascending
        previousBound = bound;
    }
    // 45 s is above the last bound: only in +Inf, which agrees with _count.
    QCOMPARE(valueOf(buckets[buckets.size() - 2]), 6.0);
    const QList<QByteArray> counts =
        samplesOf(text, "upwatch_check_duration_seconds_count{id=\"1\",monitor=\"api\"}");
    const QList<QByteArray> sums =
        samplesOf(text, "upwatch_check_duration_seconds_sum{id=\"1\",monitor=\"api\"}");
    QCOMPARE(counts.size(), 1);
    QCOMPARE(sums.size(), 1);
    QCOMPARE(valueOf(counts.first()), 7.0);
    QCOMPARE(valueOf(buckets.last()), valueOf(counts.first()));
    QVERIFY(std::abs(valueOf(sums.first()) - (0.0005 + 0.001 + 0.07 + 0.07 + 0.3 + 12 + 45)) <
            1e-9);

    // A monitor without checks has an empty histogram, still complete.
    QVERIFY(text.contains("upwatch_check_duration_seconds_bucket{id=\"3\",monitor=\"new\","
                          "le=\"+Inf\"} 0\n"));
    QVERIFY(text.contains("upwatch_check_duration_seconds_count{id=\"3\",monitor=\"new\"} 0\n"));

    // The endpoint's own histogram, without labels.
    QVERIFY(text.contains("upwatch_http_request_duration_seconds_bucket{le=\"0.0025\"} 1\n"));
    QVERIFY(text.contains("upwatch_http_request_duration_seconds_bucket{le=\"0.001\"} 0\n"));
    QVERIFY(text.contains("upwatch_http_request_duration_seconds_count 1\n"));
}

void TestPrometheusText::monitorState()
{
    const QByteArray text = PrometheusText::render(fullSnapshot());
    // One state of seven is 1 for each monitor.
    for (const QByteArray &id : {QByteArray("1"), QByteArray("2"), QByteArray("3")}) {
        const QList<QByteArray> states =
            samplesOf(text, QByteArray("upwatch_monitor_state{id=\"" + id + "\","));
        QCOMPARE(states.size(), kMonitorStateCount);
        int ones = 0;
        for (const QByteArray &state : states)
            ones += valueOf(state) == 1.0 ? 1 : 0;
        QCOMPARE(ones, 1);
    }
    QVERIFY(text.contains("upwatch_monitor_state{id=\"3\",monitor=\"new\",state=\"pending\"} 1\n"));
    QVERIFY(text.contains(
        "upwatch_monitor_up{id=\"1\",monitor=\"api\",url=\"https://example.org/1\"} 1\n"));
    // Pending: no verdict, no up series.
    QVERIFY(samplesOf(text, "upwatch_monitor_up{id=\"3\"").isEmpty());
    QVERIFY(text.contains("upwatch_monitors{state=\"up\"} 1\n"));
    QVERIFY(text.contains("upwatch_monitors{state=\"down\"} 1\n"));
    QVERIFY(text.contains("upwatch_monitors{state=\"pending\"} 1\n"));
    QVERIFY(text.contains("upwatch_monitors{state=\"paused\"} 0\n"));
    QVERIFY(text.contains("upwatch_monitors{state=\"maintenance\"} 0\n"));

    // In maintenance: its state says so, and no up series raises a planned outage.
    MetricsSnapshot planned = fullSnapshot();
    planned.monitors.emplace(4, monitor(4, u"db"_s, MonitorState::Maintenance));
    const QByteArray withMaintenance = PrometheusText::render(planned);
    QVERIFY(withMaintenance.contains(
        "upwatch_monitor_state{id=\"4\",monitor=\"db\",state=\"maintenance\"} 1\n"));
    QVERIFY(withMaintenance.contains(
        "upwatch_monitor_state{id=\"4\",monitor=\"db\",state=\"down\"} 0\n"));
    QVERIFY(samplesOf(withMaintenance, "upwatch_monitor_up{id=\"4\"").isEmpty());
    QVERIFY(withMaintenance.contains("upwatch_monitors{state=\"maintenance\"} 1\n"));

    QVERIFY(text.contains("upwatch_monitor_last_check_timestamp_seconds{id=\"1\",monitor=\"api\"} "
                          "1772366398.5\n"));
    QVERIFY(text.contains("upwatch_monitor_cert_expiry_timestamp_seconds{id=\"1\",monitor=\"api\"} "
                          "1774958400\n"));
    QVERIFY(samplesOf(text, "upwatch_monitor_cert_expiry_timestamp_seconds{id=\"2\"").isEmpty());
    QVERIFY(text.contains(
        "upwatch_monitor_phase_seconds{id=\"1\",monitor=\"api\",phase=\"tls\"} 0.02\n"));
    QCOMPARE(samplesOf(text, "upwatch_monitor_phase_seconds{id=\"1\"").size(), 5);
    QCOMPARE(samplesOf(text, "upwatch_monitor_phase_seconds{id=\"2\"").size(), 1);
    QVERIFY(text.contains(
        "upwatch_checks_total{id=\"1\",monitor=\"api\",verdict=\"up\",reason=\"ok\"} 5\n"));
    QVERIFY(text.contains(
        "upwatch_checks_total{id=\"1\",monitor=\"api\",verdict=\"down\",reason=\"timeout\"} 2\n"));
}

void TestPrometheusText::engineAndProcess()
{
    const QByteArray text = PrometheusText::render(fullSnapshot());
    for (const char *line :
         {"upwatch_build_info{version=\"1.2.3\"} 1\n",
          "upwatch_process_start_time_seconds 1772362800\n", "upwatch_engine_checks_in_flight 4\n",
          "upwatch_engine_checks_waiting 1\n", "upwatch_engine_checks_per_second 2.5\n",
          "upwatch_engine_needed_checks_per_second 3.25\n", "upwatch_engine_late_checks_total 3\n",
          "upwatch_engine_skipped_checks_total 1\n", "upwatch_engine_stuck_checks 0\n",
          "upwatch_event_loop_lag_seconds{thread=\"owner\"} 0.012\n",
          "upwatch_event_loop_lag_seconds{thread=\"worker-0\"} 0.003\n",
          "upwatch_event_loop_lag_seconds{thread=\"worker-1\"} 0.25\n",
          "upwatch_history_last_write_timestamp_seconds 1772366399.6\n",
          "upwatch_history_pending_results 2\n", "upwatch_history_write_failing 0\n"})
        QVERIFY2(text.contains(line), line);
    // Before the first sample there is no lag to tell; before the first write no write time.
    const QByteArray empty = PrometheusText::render(MetricsSnapshot());
    QVERIFY(samplesOf(empty, "upwatch_event_loop_lag_seconds{").isEmpty());
    QVERIFY(samplesOf(empty, "upwatch_history_last_write_timestamp_seconds ").isEmpty());
}

void TestPrometheusText::endpointAndAlerts()
{
    const QByteArray text = PrometheusText::render(fullSnapshot());
    QVERIFY(text.contains("upwatch_http_requests_total{path=\"/metrics\",code=\"200\"} 7\n"));
    QVERIFY(text.contains("upwatch_http_requests_total{path=\"other\",code=\"404\"} 1\n"));
    QVERIFY(text.contains("upwatch_http_errors_total 1\n"));
    QVERIFY(text.contains(
        "upwatch_alert_deliveries_total{channel=\"ops \\\"pager\\\"\",result=\"failed\"} 1\n"));
}

void TestPrometheusText::agentLeases()
{
    const QByteArray text = PrometheusText::render(fullSnapshot());
    QVERIFY(text.contains("upwatch_agent_info{agent=\"eu-west/probe-1/4242\",location=\"eu-west\","
                          "role=\"agent\"} 1\n"));
    QVERIFY(text.contains("upwatch_agent_shards 21\n"));
    QVERIFY(text.contains("upwatch_agent_monitors 340\n"));
    QVERIFY(text.contains("upwatch_agent_heartbeat_age_seconds 1.5\n"));
    QVERIFY(text.contains("upwatch_agent_lease_seconds 20\n"));
    // Before the first heartbeat its age is absent; without agents there is no such family.
    MetricsSnapshot snapshot = fullSnapshot();
    snapshot.agent.heartbeatAgeMs = -1;
    snapshot.agent.observer = true;
    const QByteArray observer = PrometheusText::render(snapshot);
    QVERIFY(observer.contains("role=\"observer\"} 1\n"));
    QVERIFY(samplesOf(observer, "upwatch_agent_heartbeat_age_seconds").isEmpty());
    QVERIFY(!PrometheusText::render(MetricsSnapshot()).contains("upwatch_agent"));
}

QTEST_GUILESS_MAIN(TestPrometheusText)
#include "tst_prometheustext.moc"
