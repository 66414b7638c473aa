#include "core/store/PostgresHistory.h"

#include "core/store/HistoryReader.h"
#include "core/store/StoreDatabase.h"

#include <QSet>
#include <QSqlDriver>
#include <QSqlField>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <algorithm>

namespace {

// Rows per statement: large enough that round trips vanish, small enough for short statements.
constexpr size_t kRowsPerStatement = 5000;
// The first key of the advisory locks on monitors (pg_advisory_xact_lock(int, int)); the
// schema's migration lock is a one-key lock, which is another key space.
constexpr int kMonitorLockSpace = 0x5570;

// Many rows as one array literal per column, for one unnest(): PostgreSQL parses such a
// statement in no time, where a VALUES list of thousands of rows costs it more than writing them.
class ColumnArrays {
public:
    // The columns' element types, e.g. "bigint", "text".
    explicit ColumnArrays(QList<QLatin1StringView> types)
        : m_types(std::move(types))
        , m_arrays(m_types.size(), QStringLiteral("{"))
    {
    }

    void number(qsizetype column, qint64 value) { append(column, QString::number(value)); }
    void numberOrNull(qsizetype column, bool present, qint64 value)
    {
        append(column, present ? QString::number(value) : QStringLiteral("NULL"));
    }
    // Text, quoted as an array element; PostgreSQL's text holds no NUL.
    void text(qsizetype column, const QString &value)
    {
        QString element = value;
        element.remove(QChar(u'\0'));
        element.replace(u'\\', QStringLiteral("\\\\"));
        element.replace(u'"', QStringLiteral("\\\""));
        append(column, u'"' + element + u'"');
    }
    void textOrNull(qsizetype column, bool present, const QString &value)
    {
        if (present)
            text(column, value);
        else
            append(column, QStringLiteral("NULL"));
    }
    // unnest('{...}'::bigint[], ...), each literal quoted by the connection's driver.
    [[nodiscard]] QString unnest(const QSqlDriver &driver) const
    {
        QStringList arguments;
        for (qsizetype i = 0; i < m_arrays.size(); ++i) {
            QSqlField field(QString(), QMetaType::fromType<QString>());
            field.setValue(QString(m_arrays.at(i) + u'}'));
            arguments.append(driver.formatValue(field) + u"::" + m_types.at(i) + u"[]");
        }
        return u"unnest(" + arguments.join(u", ") + u')';
    }

private:
    void append(qsizetype column, const QString &element)
    {
        QString &array = m_arrays[column];
        if (array.size() > 1)
            array += u',';
        array += element;
    }

    QList<QLatin1StringView> m_types;
    QStringList m_arrays;
};

QStringList rollupColumnNames()
{
    QStringList names{
        QStringLiteral("level"),  QStringLiteral("monitor_id"), QStringLiteral("bucket"),
        QStringLiteral("up"),     QStringLiteral("degraded"),   QStringLiteral("down"),
        QStringLiteral("timed"),  QStringLiteral("sum_ms"),     QStringLiteral("min_ms"),
        QStringLiteral("max_ms"), QStringLiteral("histogram")};
    names += HistoryReader::rollupPhaseColumns().split(QStringLiteral(", "));
    names << QStringLiteral("maintenance") << QStringLiteral("maintenance_good");
    return names;
}

} // namespace

PostgresHistory::PostgresHistory(StoreDatabase &database)
    : m_database(database)
{
}

bool PostgresHistory::lockMonitors(std::vector<qint64> ids)
{
    if (ids.empty())
        return true;
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    QStringList list;
    list.reserve(qsizetype(ids.size()));
    for (const qint64 id : ids)
        list.append(QString::number(id % 2147483648));
    return m_database.exec(
        QStringLiteral("SELECT count(pg_advisory_xact_lock(%1, id)) FROM unnest(ARRAY[%2]::int[]) "
                       "AS id")
            .arg(kMonitorLockSpace)
            .arg(list.join(u',')));
}

bool PostgresHistory::insertResults(std::vector<TimedResult> rows, const QString &location,
                                    int maxShifts)
{
    static const QString head = QStringLiteral(
        "INSERT INTO results (monitor_id, started_at, verdict, reason, http_status, response_ms, "
        "error, cert_expires, resolve_ms, connect_ms, tls_ms, processing_ms, transfer_ms, "
        "maintenance, location) SELECT *, ");
    static const QString tail = QStringLiteral(
        " ON CONFLICT (monitor_id, started_at) DO NOTHING RETURNING monitor_id, started_at");
    const QLatin1StringView bigint("bigint");
    const QSqlDriver &driver = *m_database.db().driver();
    QString placeLiteral = QStringLiteral("NULL::text");
    if (!location.isEmpty()) {
        QSqlField field(QString(), QMetaType::fromType<QString>());
        field.setValue(QString(location).remove(QChar(u'\0')));
        placeLiteral = driver.formatValue(field);
    }
    for (int shifts = 0; !rows.empty(); ++shifts) {
        if (shifts > maxShifts) {
            m_database.setError(QStringLiteral("no free millisecond for a result of monitor %1")
                                    .arg(rows.front().result->monitorId));
            return false;
        }
        std::vector<TimedResult> taken;
        for (size_t from = 0; from < rows.size(); from += kRowsPerStatement) {
            const size_t to = std::min(rows.size(), from + kRowsPerStatement);
            ColumnArrays columns({bigint, bigint, bigint, bigint, bigint, bigint,
                                  QLatin1StringView("text"), bigint, bigint, bigint, bigint, bigint,
                                  bigint, bigint});
            for (size_t i = from; i < to; ++i) {
                const CheckResult &result = *rows[i].result;
                columns.number(0, result.monitorId);
                columns.number(1, rows[i].atMs);
                columns.number(2, int(result.verdict));
                columns.number(3, int(result.reason));
                columns.numberOrNull(4, result.httpStatus > 0, result.httpStatus);
                columns.numberOrNull(5, result.responseMs >= 0, result.responseMs);
                columns.textOrNull(6, !result.error.isEmpty(), result.error);
                columns.numberOrNull(
                    7, result.certExpires.isValid(),
                    result.certExpires.isValid() ? result.certExpires.toMSecsSinceEpoch() : 0);
                for (const Phase phase : kAllPhases) {
                    const std::optional<int> ms = result.phases[phase];
                    columns.numberOrNull(8 + qsizetype(phase), ms.has_value(), ms.value_or(0));
                }
                columns.number(8 + qsizetype(kAllPhases.size()), result.maintenance ? 1 : 0);
            }
            QSqlQuery query(m_database.db());
            query.setForwardOnly(true);
            if (!m_database.exec(query,
                                 head + placeLiteral + u" FROM " + columns.unnest(driver) + tail))
                return false;
            QSet<std::pair<qint64, qint64>> stored;
            stored.reserve(qsizetype(to - from));
            while (query.next())
                stored.insert({query.value(0).toLongLong(), query.value(1).toLongLong()});
            // A time stored by an earlier batch: the next millisecond, in the next round.
            for (size_t i = from; i < to; ++i) {
                if (!stored.contains({rows[i].result->monitorId, rows[i].atMs}))
                    taken.push_back({rows[i].result, rows[i].atMs + 1});
            }
        }
        rows = std::move(taken);
    }
    return true;
}

bool PostgresHistory::mergeStored(RollupBatch &batch)
{
    static const QString head = u"SELECT r.level, r.monitor_id, r.bucket, " +
                                HistoryReader::rollupColumns() + u" FROM rollups AS r JOIN ";
    static const QString tail = QStringLiteral(
        " AS k (level, monitor_id, bucket) ON r.level = k.level AND r.monitor_id = k.monitor_id "
        "AND r.bucket = k.bucket");
    const QLatin1StringView bigint("bigint");
    auto it = batch.begin();
    while (it != batch.end()) {
        ColumnArrays keys({bigint, bigint, bigint});
        for (size_t n = 0; it != batch.end() && n < kRowsPerStatement; ++it, ++n) {
            const auto &[level, monitorId, bucket] = it->first;
            keys.number(0, level);
            keys.number(1, monitorId);
            keys.number(2, bucket);
        }
        QSqlQuery query(m_database.db());
        query.setForwardOnly(true);
        if (!m_database.exec(query, head + keys.unnest(*m_database.db().driver()) + tail))
            return false;
        while (query.next()) {
            const auto found = batch.find(
                {query.value(0).toInt(), query.value(1).toLongLong(), query.value(2).toLongLong()});
            if (found != batch.end())
                found->second.merge(HistoryReader::rollupFromRow(query, 3));
        }
    }
    return true;
}

bool PostgresHistory::writeRollups(const RollupBatch &batch)
{
    static const QStringList names = rollupColumnNames();
    // INSERT ... SELECT ... FROM unnest(...) AS t (...) ON CONFLICT ...: the histogram travels
    // as hex text.
    static const QString head = [] {
        QStringList selected;
        for (const QString &name : names)
            selected.append(name == u"histogram" ? QStringLiteral("decode(histogram, 'hex')")
                                                 : name);
        return QString(u"INSERT INTO rollups (" + names.join(u", ") + u") SELECT " +
                       selected.join(u", ") + u" FROM ");
    }();
    static const QString tail = [] {
        QStringList updates;
        for (const QString &name : names) {
            if (name != u"level" && name != u"monitor_id" && name != u"bucket")
                updates.append(name + u" = excluded." + name);
        }
        return QString(u" AS t (" + names.join(u", ") +
                       u") ON CONFLICT (level, monitor_id, bucket) DO UPDATE SET " +
                       updates.join(u", "));
    }();
    QList<QLatin1StringView> types(names.size(), QLatin1StringView("bigint"));
    types[names.indexOf(QStringLiteral("histogram"))] = QLatin1StringView("text");
    auto it = batch.cbegin();
    while (it != batch.cend()) {
        ColumnArrays columns(types);
        for (size_t n = 0; it != batch.cend() && n < kRowsPerStatement; ++it, ++n) {
            const auto &[level, monitorId, bucket] = it->first;
            const Rollup &rollup = it->second;
            qsizetype column = 0;
            columns.number(column++, level);
            columns.number(column++, monitorId);
            columns.number(column++, bucket);
            columns.number(column++, rollup.up);
            columns.number(column++, rollup.degraded);
            columns.number(column++, rollup.down);
            columns.number(column++, rollup.timed);
            columns.number(column++, rollup.sumMs);
            columns.numberOrNull(column++, rollup.minMs >= 0, rollup.minMs);
            columns.numberOrNull(column++, rollup.maxMs >= 0, rollup.maxMs);
            columns.text(column++, QString::fromLatin1(rollup.histogramBlob().toHex()));
            for (size_t i = 0; i < kAllPhases.size(); ++i) {
                columns.number(column++, rollup.phaseSumMs.at(i));
                columns.number(column++, rollup.phaseCount.at(i));
            }
            columns.number(column++, rollup.maintenance);
            columns.number(column++, rollup.maintenanceGood);
        }
        if (!m_database.exec(head + columns.unnest(*m_database.db().driver()) + tail))
            return false;
    }
    return true;
}

bool PostgresHistory::writeLiveStates(const std::vector<LiveUpdate> &updates,
                                      const QString &location)
{
    const QLatin1StringView bigint("bigint");
    for (size_t from = 0; from < updates.size(); from += kRowsPerStatement) {
        const size_t to = std::min(updates.size(), from + kRowsPerStatement);
        const QLatin1StringView text("text");
        ColumnArrays columns({bigint, bigint, bigint, bigint, text, bigint, text});
        for (size_t i = from; i < to; ++i) {
            const LiveUpdate &update = updates[i];
            const bool checked = update.checkedAtMs >= 0;
            const bool changed = update.state.has_value();
            columns.number(0, update.monitorId);
            columns.numberOrNull(1, changed, int(update.state.value_or(MonitorState::Pending)));
            columns.numberOrNull(2, changed, update.sinceMs);
            columns.numberOrNull(3, changed, update.reason);
            columns.textOrNull(4, changed, update.error);
            columns.numberOrNull(5, checked, update.checkedAtMs);
            columns.textOrNull(6, checked && !location.isEmpty(), location);
        }
        if (!m_database.exec(QString(kLiveStateUpsert) + u"SELECT * FROM " +
                             columns.unnest(*m_database.db().driver()) + kLiveStateConflict))
            return false;
    }
    return true;
}

bool PostgresHistory::writeVotes(const std::vector<VoteUpdate> &votes, const QString &location)
{
    const QLatin1StringView bigint("bigint");
    const QLatin1StringView text("text");
    for (size_t from = 0; from < votes.size(); from += kRowsPerStatement) {
        const size_t to = std::min(votes.size(), from + kRowsPerStatement);
        ColumnArrays columns({bigint, text, bigint, bigint, text, bigint});
        for (size_t i = from; i < to; ++i) {
            const VoteUpdate &vote = votes[i];
            columns.number(0, vote.monitorId);
            columns.text(1, location);
            columns.number(2, vote.verdict);
            columns.number(3, vote.reason);
            columns.text(4, vote.error);
            columns.number(5, vote.checkedAtMs);
        }
        if (!m_database.exec(QString(kVoteUpsert) + u"SELECT * FROM " +
                             columns.unnest(*m_database.db().driver()) + kVoteConflict))
            return false;
    }
    return true;
}
