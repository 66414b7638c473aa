#include "core/store/ResultRow.h"

#include <QSqlQuery>
#include <QVariant>

namespace {

constexpr int kFirstPhaseColumn = 8;
constexpr int kMaintenanceColumn = kFirstPhaseColumn + int(kAllPhases.size());

} // namespace

namespace ResultRow {

QDateTime time(const QVariant &value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

CheckResult read(const QSqlQuery &query)
{
    CheckResult result;
    result.monitorId = query.value(0).toLongLong();
    result.startedAt = time(query.value(1));
    result.verdict = Verdict(query.value(2).toInt());
    result.reason = Reason(query.value(3).toInt());
    result.httpStatus = query.value(4).isNull() ? 0 : query.value(4).toInt();
    result.responseMs = query.value(5).isNull() ? -1 : query.value(5).toLongLong();
    result.error = query.value(6).toString();
    result.certExpires = time(query.value(7));
    for (const Phase phase : kAllPhases) {
        const QVariant ms = query.value(kFirstPhaseColumn + int(phase));
        if (!ms.isNull())
            result.phases[phase] = ms.toInt();
    }
    result.maintenance = query.value(kMaintenanceColumn).toBool();
    result.location = query.value(kMaintenanceColumn + 1).toString();
    return result;
}

} // namespace ResultRow
