#include "tests/support/ReportFixture.h"

#include "core/store/HistoryReader.h"
#include "tests/support/Builders.h"
#include "tests/support/StoreHelpers.h"

#include <QSqlQuery>
#include <QVariant>

namespace {

constexpr qint64 kMinute = ReportFixture::kMinuteMs;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

struct Stretch {
    MonitorState state;
    QDateTime start;
    QDateTime end; // invalid: still open
};

Verdict verdictAt(const QList<Stretch> &stretches, const QDateTime &at)
{
    for (const Stretch &stretch : stretches) {
        if (at < stretch.start || (stretch.end.isValid() && at >= stretch.end))
            continue;
        if (isDownState(stretch.state))
            return Verdict::Down;
        if (stretch.state == MonitorState::Degraded)
            return Verdict::Degraded;
    }
    return Verdict::Up;
}

} // namespace

bool storeMaintenance(StoreDatabase &db, qint64 monitorId, const QDateTime &start,
                      const QDateTime &end)
{
    storeHistory(db, {},
                 {makeChange(monitorId, start, MonitorState::Up, MonitorState::Maintenance),
                  makeChange(monitorId, end, MonitorState::Maintenance, MonitorState::Up)});
    HistoryReader reader(db);
    const auto rows = reader.incidentsBetween({monitorId}, start, end);
    if (!rows)
        return false;
    for (const Incident &incident : *rows) {
        if (incident.state == MonitorState::Maintenance)
            return true;
    }
    QSqlQuery insert(db.db());
    insert.prepare(QStringLiteral("INSERT INTO incidents (monitor_id, state, reason, error, "
                                  "started_at, ended_at) VALUES (?, ?, ?, NULL, ?, ?)"));
    insert.addBindValue(monitorId);
    insert.addBindValue(int(MonitorState::Maintenance));
    insert.addBindValue(int(Reason::Ok));
    insert.addBindValue(start.toMSecsSinceEpoch());
    insert.addBindValue(end.toMSecsSinceEpoch());
    return insert.exec();
}

bool ReportFixture::seed(StoreDatabase &db)
{
    period = *ReportPeriod::month(u"2026-11");
    now = period.to.addMSecs(5 * kDay);
    const QDateTime &from = period.from;
    const QDateTime &to = period.to;
    api = storeMonitor(db, MonitorBuilder(QStringLiteral("api"))
                               .url(QStringLiteral("https://api.example.com/health"))
                               .tags({QStringLiteral("prod"), QStringLiteral("eu")})
                               .build());
    web = storeMonitor(db, MonitorBuilder(QStringLiteral("web"))
                               .url(QStringLiteral("https://www.example.com/"))
                               .tags({QStringLiteral("prod")})
                               .build());
    blog = storeMonitor(db, MonitorBuilder(QStringLiteral("blog"))
                                .url(QStringLiteral("https://blog.example.org/"))
                                .tags({QStringLiteral("home")})
                                .build());
    if (api.id == 0 || web.id == 0 || blog.id == 0)
        return false;

    const QList<Stretch> apiStretches{
        {MonitorState::Down, from.addMSecs(-kHour), from.addMSecs(kHour)},
        {MonitorState::Degraded, from.addMSecs(5 * kDay), from.addMSecs(5 * kDay + 30 * kMinute)},
        {MonitorState::Unreachable, from.addMSecs(10 * kDay),
         from.addMSecs(10 * kDay + 15 * kMinute)},
        {MonitorState::Down, to.addMSecs(-20 * kMinute), QDateTime()},
    };
    const QList<Stretch> webStretches{
        {MonitorState::Down, from.addMSecs(-2 * kHour), from},
        {MonitorState::Down, to.addMSecs(kHour), to.addMSecs(2 * kHour)},
    };
    const QList<std::pair<const Monitor *, QList<Stretch>>> monitors{
        {&api, apiStretches}, {&web, webStretches}, {&blog, {}}};
    int step = 0;
    for (const auto &[monitor, stretches] : monitors) {
        for (QDateTime at = from.addMSecs(-3 * kHour); at < to.addMSecs(3 * kHour);
             at = at.addMSecs(10 * kMinute)) {
            const Verdict verdict = verdictAt(stretches, at);
            results.append(makeResult(monitor->id, at, verdict, 80 + (step++ * 37) % 400));
        }
        MonitorState state = MonitorState::Up;
        for (const Stretch &stretch : stretches) {
            StateChange change = makeChange(monitor->id, stretch.start, state, stretch.state);
            if (stretch.state == MonitorState::Degraded)
                change.reason = Reason::Slow; // what the check that made it said
            changes.append(change);
            if (stretch.end.isValid())
                changes.append(
                    makeChange(monitor->id, stretch.end, stretch.state, MonitorState::Up));
        }
    }
    storeHistory(db, results, changes);
    return storeMaintenance(db, web.id, from.addMSecs(3 * kDay),
                            from.addMSecs(3 * kDay + 2 * kHour));
}

QList<CheckResult> ReportFixture::resultsOf(qint64 monitorId, const QDateTime &from,
                                            const QDateTime &to) const
{
    QList<CheckResult> found;
    for (const CheckResult &result : results) {
        if (result.monitorId == monitorId && result.startedAt >= from && result.startedAt < to)
            found.append(result);
    }
    return found;
}
