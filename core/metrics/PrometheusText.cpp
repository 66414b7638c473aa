#include "core/metrics/PrometheusText.h"

#include <array>
#include <charconv>
#include <cmath>

namespace {

using Labels = QByteArray; // name="value" pairs joined by commas, without the braces

Labels label(const char *name, QStringView value)
{
    return QByteArray(name) + "=\"" + PrometheusText::escapeLabelValue(value) + '"';
}

Labels join(const Labels &first, const Labels &second)
{
    if (first.isEmpty())
        return second;
    if (second.isEmpty())
        return first;
    return first + ',' + second;
}

// Writes families and their samples; a family's samples follow its HELP and TYPE lines.
class Writer {
public:
    explicit Writer(QByteArray &out)
        : m_out(out)
    {
    }

    void family(const char *name, const char *type, const char *help)
    {
        m_out += "# HELP ";
        m_out += name;
        m_out += ' ';
        m_out += help; // plain ASCII without backslashes or line feeds: nothing to escape
        m_out += "\n# TYPE ";
        m_out += name;
        m_out += ' ';
        m_out += type;
        m_out += '\n';
    }

    void sample(const char *name, const Labels &labels, const QByteArray &value,
                const char *suffix = "")
    {
        m_out += name;
        m_out += suffix;
        if (!labels.isEmpty()) {
            m_out += '{';
            m_out += labels;
            m_out += '}';
        }
        m_out += ' ';
        m_out += value;
        m_out += '\n';
    }
    void sample(const char *name, const Labels &labels, double value)
    {
        sample(name, labels, PrometheusText::formatValue(value));
    }
    void count(const char *name, const Labels &labels, quint64 value)
    {
        sample(name, labels, QByteArray::number(value));
    }

    void histogram(const char *name, const Labels &labels, const Histogram &histogram)
    {
        const std::vector<double> &bounds = histogram.bounds();
        for (std::size_t i = 0; i < bounds.size(); ++i) {
            sample(name, join(labels, "le=\"" + PrometheusText::formatValue(bounds[i]) + '"'),
                   QByteArray::number(histogram.cumulative(i)), "_bucket");
        }
        sample(name, join(labels, QByteArrayLiteral("le=\"+Inf\"")),
               QByteArray::number(histogram.count()), "_bucket");
        sample(name, labels, PrometheusText::formatValue(histogram.sum()), "_sum");
        sample(name, labels, QByteArray::number(histogram.count()), "_count");
    }

private:
    QByteArray &m_out;
};

double seconds(const QDateTime &time)
{
    return double(time.toMSecsSinceEpoch()) / 1000.0;
}

constexpr std::array kStates{
    MonitorState::Pending,     MonitorState::Up,     MonitorState::Degraded,   MonitorState::Down,
    MonitorState::Unreachable, MonitorState::Paused, MonitorState::Maintenance};

struct MonitorLabels {
    const MonitorMetrics *monitor;
    Labels labels; // id and monitor
};

void writeMonitors(Writer &out, const std::vector<MonitorLabels> &monitors)
{
    out.family("upwatch_monitor_up", "gauge",
               "1 while the monitor is up or degraded, 0 while it is down or unreachable; absent "
               "while it is pending, paused or in maintenance.");
    for (const MonitorLabels &entry : monitors) {
        const MonitorState state = entry.monitor->state;
        if (state == MonitorState::Pending || state == MonitorState::Paused ||
            state == MonitorState::Maintenance)
            continue;
        out.sample("upwatch_monitor_up", join(entry.labels, label("url", entry.monitor->url)),
                   QByteArray(isDownState(state) ? "0" : "1"));
    }

    out.family("upwatch_monitor_state", "gauge",
               "1 for the state the monitor is in, 0 for the others.");
    for (const MonitorLabels &entry : monitors) {
        for (const MonitorState state : kStates) {
            out.sample("upwatch_monitor_state",
                       join(entry.labels, label("state", monitorStateName(state))),
                       QByteArray(entry.monitor->state == state ? "1" : "0"));
        }
    }

    out.family("upwatch_monitor_last_check_timestamp_seconds", "gauge",
               "When the monitor's last check started, in seconds since the Unix epoch.");
    for (const MonitorLabels &entry : monitors) {
        if (entry.monitor->lastCheck.isValid())
            out.sample("upwatch_monitor_last_check_timestamp_seconds", entry.labels,
                       seconds(entry.monitor->lastCheck));
    }

    out.family("upwatch_monitor_cert_expiry_timestamp_seconds", "gauge",
               "When the last TLS certificate seen for the monitor expires, in seconds since "
               "the Unix epoch.");
    for (const MonitorLabels &entry : monitors) {
        if (entry.monitor->certExpires.isValid())
            out.sample("upwatch_monitor_cert_expiry_timestamp_seconds", entry.labels,
                       seconds(entry.monitor->certExpires));
    }

    out.family("upwatch_monitor_phase_seconds", "gauge",
               "Where the time of the monitor's last check went, by phase (the phases it had).");
    for (const MonitorLabels &entry : monitors) {
        for (const Phase phase : kAllPhases) {
            if (const auto ms = entry.monitor->lastPhases[phase])
                out.sample("upwatch_monitor_phase_seconds",
                           join(entry.labels, label("phase", phaseName(phase))),
                           double(*ms) / 1000.0);
        }
    }

    out.family("upwatch_check_duration_seconds", "histogram",
               "Response times of the monitor's checks that sent a request.");
    for (const MonitorLabels &entry : monitors)
        out.histogram("upwatch_check_duration_seconds", entry.labels, entry.monitor->duration);

    out.family("upwatch_checks_total", "counter", "Checks of the monitor by verdict and reason.");
    for (const MonitorLabels &entry : monitors) {
        for (const auto &[key, count] : entry.monitor->checks) {
            const Labels labels = join(label("verdict", verdictName(key.first)),
                                       label("reason", reasonName(key.second)));
            out.count("upwatch_checks_total", join(entry.labels, labels), count);
        }
    }
}

void writeEngine(Writer &out, const MetricsSnapshot &snapshot)
{
    const auto counts = snapshot.stateCounts();
    out.family("upwatch_monitors", "gauge", "Monitors in each state.");
    for (const MonitorState state : kStates)
        out.count("upwatch_monitors", label("state", monitorStateName(state)),
                  quint64(counts[std::size_t(state)]));

    const EngineMetrics &engine = snapshot.engine;
    out.family("upwatch_engine_checks_in_flight", "gauge", "Checks running now.");
    out.count("upwatch_engine_checks_in_flight", {}, quint64(engine.inFlight));
    out.family("upwatch_engine_checks_waiting", "gauge",
               "Checks that are due but held back by the in-flight limits.");
    out.count("upwatch_engine_checks_waiting", {}, quint64(engine.waiting));
    out.family("upwatch_engine_checks_per_second", "gauge",
               "Checks completed per second over the last second.");
    out.sample("upwatch_engine_checks_per_second", {}, engine.checksPerSecond);
    out.family("upwatch_engine_needed_checks_per_second", "gauge",
               "Checks per second the monitors that are not paused ask for, one per interval.");
    out.sample("upwatch_engine_needed_checks_per_second", {}, engine.neededPerSecond);
    out.family("upwatch_engine_late_checks_total", "counter",
               "Checks that started more than a second (or half their interval) after their "
               "due time.");
    out.count("upwatch_engine_late_checks_total", {}, quint64(engine.late));
    out.family("upwatch_engine_skipped_checks_total", "counter",
               "Check slots that passed without a check because the one before overran them.");
    out.count("upwatch_engine_skipped_checks_total", {}, quint64(engine.skipped));
    out.family("upwatch_engine_stuck_checks", "gauge",
               "Checks out for longer than their timeout plus a grace period: a stuck worker.");
    out.count("upwatch_engine_stuck_checks", {}, quint64(engine.stuck));

    out.family("upwatch_event_loop_lag_seconds", "gauge",
               "How late the event loop of each thread ran a precise timer in the last second.");
    if (engine.sampledAt.isValid()) {
        out.sample("upwatch_event_loop_lag_seconds", label("thread", u"owner"),
                   double(engine.ownerLagMs) / 1000.0);
        for (qsizetype i = 0; i < engine.workerLagMs.size(); ++i)
            out.sample("upwatch_event_loop_lag_seconds",
                       label("thread", QStringLiteral("worker-%1").arg(i)),
                       double(engine.workerLagMs[i]) / 1000.0);
    }
}

void writeHistory(Writer &out, const HistoryMetrics &history)
{
    out.family("upwatch_history_last_write_timestamp_seconds", "gauge",
               "When results were last stored in the database, in seconds since the Unix epoch.");
    if (history.lastWrite.isValid())
        out.sample("upwatch_history_last_write_timestamp_seconds", {}, seconds(history.lastWrite));
    out.family("upwatch_history_pending_results", "gauge",
               "Results waiting in memory to be written to the database.");
    out.count("upwatch_history_pending_results", {}, quint64(history.pending));
    out.family("upwatch_history_dropped_results_total", "counter",
               "Results dropped because the database could not be written for too long.");
    out.count("upwatch_history_dropped_results_total", {}, quint64(history.dropped));
    out.family("upwatch_history_write_failing", "gauge",
               "1 while writing history to the database fails, else 0.");
    out.count("upwatch_history_write_failing", {}, history.failure.isEmpty() ? 0 : 1);
}

void writeAgent(Writer &out, const AgentMetrics &agent)
{
    if (!agent.present)
        return;
    out.family("upwatch_agent_info", "gauge",
               "1: this engine shares its database with agents, in this role (agent or observer).");
    out.count(
        "upwatch_agent_info",
        join(join(label("agent", agent.name), label("location", agent.location)),
             label("role", agent.observer ? QStringLiteral("observer") : QStringLiteral("agent"))),
        1);
    out.family("upwatch_agent_shards", "gauge",
               "Monitor shards (of 64) this engine checks: its leases, or for an observer those "
               "no agent leases.");
    out.count("upwatch_agent_shards", {}, quint64(agent.shards));
    out.family("upwatch_agent_monitors", "gauge", "Monitors this engine checks.");
    out.count("upwatch_agent_monitors", {}, quint64(agent.monitors));
    out.family("upwatch_agent_heartbeat_age_seconds", "gauge",
               "Since the last heartbeat that reached the database (absent before the first).");
    if (agent.heartbeatAgeMs >= 0)
        out.sample("upwatch_agent_heartbeat_age_seconds", {},
                   double(agent.heartbeatAgeMs) / 1000.0);
    out.family("upwatch_agent_lease_seconds", "gauge",
               "How long a lease lasts without a heartbeat.");
    out.sample("upwatch_agent_lease_seconds", {}, double(agent.leaseMs) / 1000.0);
}

void writeHttp(Writer &out, const HttpMetrics &http)
{
    out.family("upwatch_http_requests_total", "counter",
               "Requests to the metrics endpoint by path (a route, or \"other\") and status code.");
    for (const auto &[key, count] : http.requests) {
        out.count("upwatch_http_requests_total",
                  join(label("path", key.first), label("code", QString::number(key.second))),
                  count);
    }
    out.family("upwatch_http_request_duration_seconds", "histogram",
               "How long the metrics endpoint took to answer.");
    out.histogram("upwatch_http_request_duration_seconds", {}, http.duration);
    out.family("upwatch_http_errors_total", "counter",
               "Requests to the metrics endpoint answered with a 4xx or 5xx status.");
    out.count("upwatch_http_errors_total", {}, http.errors);
}

} // namespace

namespace PrometheusText {

QByteArray escapeLabelValue(QStringView value)
{
    const QByteArray utf8 = value.toUtf8();
    QByteArray escaped;
    escaped.reserve(utf8.size());
    for (const char c : utf8) {
        switch (c) {
        case '\\':
            escaped += "\\\\";
            break;
        case '"':
            escaped += "\\\"";
            break;
        case '\n':
            escaped += "\\n";
            break;
        default:
            escaped += c;
        }
    }
    return escaped;
}

QByteArray formatValue(double value)
{
    if (std::isnan(value))
        return QByteArrayLiteral("NaN");
    if (std::isinf(value))
        return value > 0 ? QByteArrayLiteral("+Inf") : QByteArrayLiteral("-Inf");
    std::array<char, 512> buffer{}; // fixed notation of the largest double fits
    const auto [end, error] = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value,
                                            std::chars_format::fixed);
    if (error != std::errc())
        return QByteArray::number(value, 'g', 17);
    return QByteArray(buffer.data(), end - buffer.data());
}

QByteArray render(const MetricsSnapshot &snapshot)
{
    QByteArray text;
    text.reserve(4096 + qsizetype(snapshot.monitors.size()) * 3072);
    Writer out(text);

    out.family("upwatch_build_info", "gauge", "Always 1; the version is a label.");
    out.sample("upwatch_build_info", label("version", snapshot.version), QByteArray("1"));
    out.family("upwatch_process_start_time_seconds", "gauge",
               "When the process started, in seconds since the Unix epoch.");
    out.sample("upwatch_process_start_time_seconds", {}, seconds(snapshot.processStart));

    std::vector<MonitorLabels> monitors;
    monitors.reserve(snapshot.monitors.size());
    for (const auto &[id, monitor] : snapshot.monitors)
        monitors.push_back(
            {&monitor, join(label("id", QString::number(id)), label("monitor", monitor.name))});
    writeMonitors(out, monitors);
    writeEngine(out, snapshot);
    writeHistory(out, snapshot.history);
    writeAgent(out, snapshot.agent);
    writeHttp(out, snapshot.http);

    out.family("upwatch_alert_deliveries_total", "counter",
               "Alert messages delivered to (result=\"ok\") or given up on (result=\"failed\") "
               "by channel.");
    for (const auto &[key, count] : snapshot.alertDeliveries) {
        out.count(
            "upwatch_alert_deliveries_total",
            join(label("channel", key.first), label("result", key.second ? u"ok" : u"failed")),
            count);
    }
    return text;
}

} // namespace PrometheusText
