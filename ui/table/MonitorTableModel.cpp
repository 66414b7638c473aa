#include "ui/table/MonitorTableModel.h"

#include "core/format/DisplayFormat.h"
#include "ui/window/StatusStyle.h"

#include <QDate>
#include <QSet>

#include <algorithm>
#include <array>

namespace {

std::optional<double> percent(const UptimeCounts &counts)
{
    if (counts.total <= 0)
        return std::nullopt;
    return 100.0 * double(counts.good) / double(counts.total);
}

} // namespace

MonitorTableModel::MonitorTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_flushTimer(this)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(kFlushMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &MonitorTableModel::flushChanges);
    connect(&m_mutes, &MuteMarks::expired, this, [this] {
        for (const Row &row : m_rows)
            m_mutes.follow(row.monitor);
        if (!m_rows.empty())
            emit dataChanged(index(0, NameColumn), index(rowCount() - 1, NameColumn));
    });
}

int MonitorTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MonitorTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MonitorTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::DecorationRole:
        if (index.column() == NameColumn && m_mutes.isMuted(row.monitor))
            return MuteMarks::icon();
        return index.column() == StatusColumn ? QVariant(StatusStyle::icon(row.state)) : QVariant();
    case Qt::ToolTipRole:
        return tooltip(row, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == ResponseColumn || index.column() == UptimeColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case MonitorIdRole:
        return row.monitor.id;
    case StateRole:
        return int(row.state);
    case TagsRole:
        return row.monitor.tags;
    case HistoryRole:
        return QVariant::fromValue(row.recent);
    case SortRole:
        return sortKeyOf(row, index.column()).toVariant();
    default:
        return {};
    }
}

QVariant MonitorTableModel::display(const Row &row, int column) const
{
    switch (column) {
    case StatusColumn:
        if (const QString doing = PendingActivity::label(m_pending.of(row.monitor.id));
            !doing.isEmpty())
            return doing;
        return StatusStyle::label(row.state);
    case NameColumn:
        return row.monitor.name;
    case UrlColumn:
        return row.url;
    case MethodColumn:
        return QString::fromLatin1(httpMethodName(row.monitor.method));
    case LastCheckColumn:
        return row.latest ? DisplayFormat::time(row.latest->startedAt, QDate::currentDate())
                          : QString();
    case ResponseColumn:
        if (!row.latest || row.latest->responseMs < 0)
            return QString();
        return DisplayFormat::milliseconds(row.latest->responseMs);
    case UptimeColumn:
        if (const auto value = percent(row.day))
            return DisplayFormat::percent(*value);
        return QString();
    default:
        return {};
    }
}

MonitorSortKey MonitorTableModel::sortKeyOf(const Row &row, int column)
{
    const auto integer = [](qint64 value) {
        return MonitorSortKey{MonitorSortKey::Kind::Integer, value, 0.0, {}};
    };
    const auto text = [](QStringView value) {
        return MonitorSortKey{MonitorSortKey::Kind::Text, 0, 0.0, value};
    };
    switch (column) {
    case StatusColumn:
        return integer(StatusStyle::severity(row.state));
    case NameColumn:
        return text(row.monitor.name);
    case UrlColumn:
        return text(row.url);
    case MethodColumn:
        return integer(qint64(row.monitor.method));
    case LastCheckColumn:
        return integer(row.latest ? row.latest->startedAt.toMSecsSinceEpoch() : -1);
    case ResponseColumn:
        return integer(row.latest ? row.latest->responseMs : -1);
    case UptimeColumn:
        return MonitorSortKey{MonitorSortKey::Kind::Real, 0, percent(row.day).value_or(-1.0), {}};
    case HistoryColumn: {
        // Most recent failures first when sorted ascending.
        const qint64 down = std::count(row.recent.cbegin(), row.recent.cend(), int(Verdict::Down));
        return integer(row.recent.isEmpty() ? 1 : -down);
    }
    default:
        return {};
    }
}

QString MonitorTableModel::searchText(const Row &row)
{
    QString text = row.monitor.name + u'\n' + row.url;
    for (const QString &tag : row.monitor.tags)
        text += u'\n' + tag;
    return text.toCaseFolded();
}

void MonitorTableModel::setMonitorOf(Row &row, const Monitor &monitor)
{
    row.monitor = monitor;
    row.url = displayUrl(monitor.url);
}

QString MonitorTableModel::tooltip(const Row &row, int column) const
{
    if (column == StatusColumn || column == NameColumn) {
        QString text = StatusStyle::label(row.state);
        if (row.latest && !row.latest->error.isEmpty())
            text = tr("%1: %2").arg(text, row.latest->error);
        if (const QString muted = MuteMarks::text(row.monitor, m_mutes.now()); !muted.isEmpty())
            text += u'\n' + muted;
        return text;
    }
    if (column == UrlColumn)
        return row.url;
    if (column == HistoryColumn)
        return PendingActivity::recentChecksText(row.recent);
    if (column == UptimeColumn)
        return tr("%1 of %2 checks up in the last 24 hours").arg(row.day.good).arg(row.day.total);
    return {};
}

QVariant MonitorTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StatusColumn:
        return tr("Status");
    case NameColumn:
        return tr("Name");
    case UrlColumn:
        return tr("URL");
    case MethodColumn:
        return tr("Method");
    case LastCheckColumn:
        return tr("Last check");
    case ResponseColumn:
        return tr("Response");
    case UptimeColumn:
        return tr("Uptime 24 h");
    case HistoryColumn:
        return tr("Recent checks");
    default:
        return {};
    }
}

void MonitorTableModel::setMonitors(const QList<Monitor> &monitors,
                                    const QHash<qint64, MonitorState> &states)
{
    beginResetModel();
    m_rows.clear();
    m_searchTexts.clear();
    m_dirtyRows.clear();
    m_stateCounts.fill(0);
    m_rows.reserve(size_t(monitors.size()));
    m_searchTexts.reserve(size_t(monitors.size()));
    for (const Monitor &monitor : monitors) {
        Row row;
        setMonitorOf(row, monitor);
        row.state = states.value(monitor.id, MonitorState::Pending);
        ++m_stateCounts[int(row.state)];
        m_mutes.follow(monitor);
        m_searchTexts.push_back(searchText(row));
        m_rows.push_back(std::move(row));
    }
    rebuildIndex();
    endResetModel();
    emit stateCountsChanged();
}

void MonitorTableModel::setSummaries(const QHash<qint64, MonitorSummary> &summaries)
{
    if (m_rows.empty())
        return;
    for (auto it = summaries.cbegin(); it != summaries.cend(); ++it) {
        const int row = rowOf(it.key());
        if (row < 0)
            continue;
        Row &target = m_rows[size_t(row)];
        // Results that arrived from the engine meanwhile are newer: keep them.
        if (!target.latest)
            target.latest = it->latest;
        // The read may already hold some of them: count only those newer than it saw.
        const UptimeCounts live = target.unread.dropSeen(it->newest);
        QList<int> recent;
        recent.reserve(it->recent.size() + qsizetype(target.unread.size()));
        for (const Verdict verdict : it->recent)
            recent.append(int(verdict));
        target.unread.appendVerdicts(recent);
        target.recent = recent.mid(qMax(0, int(recent.size()) - kHistoryLength));
        target.day = {it->day.good + live.good, it->day.total + live.total};
    }
    emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void MonitorTableModel::setUptime(const QHash<qint64, DayUptime> &uptime)
{
    if (m_rows.empty())
        return;
    for (Row &row : m_rows) {
        const DayUptime read = uptime.value(row.monitor.id);
        const UptimeCounts live = row.unread.dropSeen(read.newest);
        row.day = {read.counts.good + live.good, read.counts.total + live.total};
    }
    emit dataChanged(index(0, UptimeColumn), index(rowCount() - 1, UptimeColumn));
}

void MonitorTableModel::addMonitor(const Monitor &monitor, MonitorState state)
{
    if (m_rowById.contains(monitor.id)) {
        updateMonitor(monitor);
        return;
    }
    const int row = rowCount();
    beginInsertRows({}, row, row);
    Row added;
    setMonitorOf(added, monitor);
    added.state = state;
    ++m_stateCounts[int(state)];
    m_mutes.follow(monitor);
    m_searchTexts.push_back(searchText(added));
    m_rows.push_back(std::move(added));
    m_rowById.insert(monitor.id, row);
    endInsertRows();
    emit stateCountsChanged();
}

void MonitorTableModel::updateMonitor(const Monitor &monitor)
{
    const int row = rowOf(monitor.id);
    if (row < 0)
        return;
    setMonitorOf(m_rows[size_t(row)], monitor);
    m_searchTexts[size_t(row)] = searchText(m_rows[size_t(row)]);
    m_pending.monitorStored(monitor);
    m_mutes.follow(monitor);
    emitRowsChanged(row, row);
}

void MonitorTableModel::removeMonitors(const QList<qint64> &ids)
{
    std::vector<int> rows;
    for (const qint64 id : ids) {
        if (const int row = rowOf(id); row >= 0)
            rows.push_back(row);
    }
    if (rows.empty())
        return;
    flushChanges(); // announced rows must still exist when they are announced
    std::sort(rows.begin(), rows.end(), std::greater<>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    // Remove runs of neighbouring rows together, from the bottom up.
    size_t i = 0;
    while (i < rows.size()) {
        const int last = rows[i];
        int first = last;
        while (i + 1 < rows.size() && rows[i + 1] == first - 1)
            first = rows[++i];
        ++i;
        for (int gone = first; gone <= last; ++gone)
            --m_stateCounts[int(m_rows[size_t(gone)].state)];
        beginRemoveRows({}, first, last);
        m_rows.erase(m_rows.begin() + first, m_rows.begin() + last + 1);
        m_searchTexts.erase(m_searchTexts.begin() + first, m_searchTexts.begin() + last + 1);
        endRemoveRows();
    }
    rebuildIndex();
    emit stateCountsChanged();
}

void MonitorTableModel::applyBatch(const ResultBatch &batch)
{
    for (const CheckResult &result : batch.results) {
        const int row = rowOf(result.monitorId);
        if (row < 0)
            continue;
        Row &target = m_rows[size_t(row)];
        if (!target.latest || target.latest->startedAt <= result.startedAt)
            target.latest = result;
        target.recent.append(int(result.verdict));
        if (target.recent.size() > kHistoryLength)
            target.recent.removeFirst();
        target.unread.add(result);
        // Planned outages stay out of uptime, and so do the votes it leaves out.
        const std::optional<Verdict> counted = result.uptimeVerdict();
        if (!result.maintenance && counted)
            target.day = {target.day.good + (*counted != Verdict::Down ? 1 : 0),
                          target.day.total + 1};
        markDirty(row, m_pending.resultArrived(result.monitorId));
    }
    for (const StateChange &change : batch.changes) {
        const int row = rowOf(change.monitorId);
        if (row < 0)
            continue;
        MonitorState &state = m_rows[size_t(row)].state;
        --m_stateCounts[int(state)];
        state = change.to;
        ++m_stateCounts[int(state)];
        m_countsDirty = true;
        markDirty(row, true);
    }
    if (!m_dirtyRows.empty() && !m_flushTimer.isActive())
        m_flushTimer.start();
}

void MonitorTableModel::markDirty(int row, bool stateChanged)
{
    Row &target = m_rows[size_t(row)];
    target.stateDirty = target.stateDirty || stateChanged;
    if (target.dirty)
        return;
    target.dirty = true;
    m_dirtyRows.push_back(row);
}

void MonitorTableModel::flushChanges()
{
    m_flushTimer.stop();
    if (!m_dirtyRows.empty()) {
        std::vector<int> rows;
        rows.swap(m_dirtyRows);
        std::sort(rows.begin(), rows.end());
        // One dataChanged per run of neighbouring rows. Results only change the columns from
        // "last check" on; a state change the whole row. Views and the filter model then know
        // that a table sorted or filtered by name or state needs no re-sort for a result.
        const auto firstColumn = [this](int row) {
            return m_rows[size_t(row)].stateDirty ? 0 : int(LastCheckColumn);
        };
        size_t i = 0;
        while (i < rows.size()) {
            const int first = rows[i];
            const int column = firstColumn(first);
            int last = first;
            while (i + 1 < rows.size() && rows[i + 1] == last + 1 &&
                   firstColumn(rows[i + 1]) == column)
                last = rows[++i];
            ++i;
            emitRowsChanged(first, last, column);
        }
        for (const int row : rows) {
            m_rows[size_t(row)].dirty = false;
            m_rows[size_t(row)].stateDirty = false;
        }
    }
    if (m_countsDirty) {
        m_countsDirty = false;
        emit stateCountsChanged();
    }
}

// Through the dirty rows, as results go: a few dataChanged runs for 100,000 rows, not one each.
void MonitorTableModel::setPending(const QList<qint64> &ids, PendingActivity::Kind kind)
{
    for (const qint64 id : ids) {
        if (const int row = rowOf(id); row >= 0) {
            m_pending.set(id, kind);
            markDirty(row, true);
        }
    }
    flushChanges();
}

void MonitorTableModel::dropPendingPauses()
{
    setPending(m_pending.dropPauses(), PendingActivity::Kind::None);
}

void MonitorTableModel::emitRowsChanged(int first, int last, int firstColumn)
{
    emit dataChanged(index(first, firstColumn), index(last, ColumnCount - 1));
}

void MonitorTableModel::rebuildIndex()
{
    m_rowById.clear();
    m_rowById.reserve(qsizetype(m_rows.size()));
    for (size_t row = 0; row < m_rows.size(); ++row)
        m_rowById.insert(m_rows[row].monitor.id, int(row));
}

qint64 MonitorTableModel::idAt(int row) const
{
    return row >= 0 && row < rowCount() ? m_rows[size_t(row)].monitor.id : 0;
}

std::optional<Monitor> MonitorTableModel::monitor(qint64 id) const
{
    const int row = rowOf(id);
    if (row < 0)
        return std::nullopt;
    return m_rows[size_t(row)].monitor;
}

QList<Monitor> MonitorTableModel::monitors() const
{
    QList<Monitor> all;
    all.reserve(rowCount());
    for (const Row &row : m_rows)
        all.append(row.monitor);
    return all;
}

MonitorState MonitorTableModel::state(qint64 id) const
{
    const int row = rowOf(id);
    return row < 0 ? MonitorState::Pending : m_rows[size_t(row)].state;
}

std::optional<CheckResult> MonitorTableModel::latestResult(qint64 id) const
{
    const int row = rowOf(id);
    return row < 0 ? std::nullopt : m_rows[size_t(row)].latest;
}

QStringList MonitorTableModel::tags() const
{
    // A few distinct tags over 100,000 rows: collected in a set, not sorted with every copy.
    QSet<QString> distinct;
    for (const Row &row : m_rows) {
        for (const QString &tag : row.monitor.tags)
            distinct.insert(tag);
    }
    QStringList all(distinct.cbegin(), distinct.cend());
    all.sort(Qt::CaseInsensitive);
    return all;
}

QList<int> MonitorTableModel::stateCounts() const
{
    return m_stateCounts;
}
