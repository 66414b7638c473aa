#include "ui/table/MonitorFilterModel.h"

#include "ui/table/MonitorSortKey.h"
#include "ui/table/MonitorTableModel.h"

#include <algorithm>
#include <utility>

namespace {

// Removals scattered over more runs than this reset the view instead.
constexpr size_t kMaxRemovedRuns = 64;

} // namespace

MonitorFilterModel::MonitorFilterModel(QObject *parent)
    : QAbstractProxyModel(parent)
    , m_refreshTimer(this)
{
    m_refreshTimer.setObjectName(QStringLiteral("refreshTimer"));
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(kRefreshMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, &MonitorFilterModel::refreshNow);
}

void MonitorFilterModel::setSourceModel(QAbstractItemModel *model)
{
    beginResetModel();
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    QAbstractProxyModel::setSourceModel(model);
    m_table = qobject_cast<MonitorTableModel *>(model);
    if (model) {
        m_connections = {
            connect(model, &QAbstractItemModel::dataChanged, this,
                    &MonitorFilterModel::onDataChanged),
            connect(model, &QAbstractItemModel::rowsInserted, this,
                    &MonitorFilterModel::onRowsInserted),
            connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                    &MonitorFilterModel::onRowsAboutToBeRemoved),
            connect(model, &QAbstractItemModel::rowsRemoved, this,
                    &MonitorFilterModel::onRowsRemoved),
            connect(model, &QAbstractItemModel::modelAboutToBeReset, this,
                    &MonitorFilterModel::beginResetModel),
            connect(model, &QAbstractItemModel::modelReset, this,
                    [this] {
                        resetFromSource();
                        endResetModel();
                    }),
            // The monitor table never moves its rows or changes its columns; another model
            // that does gets a reset.
            connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this,
                    &MonitorFilterModel::beginResetModel),
            connect(model, &QAbstractItemModel::layoutChanged, this,
                    [this] {
                        resetFromSource();
                        endResetModel();
                    }),
            connect(model, &QAbstractItemModel::headerDataChanged, this,
                    &QAbstractItemModel::headerDataChanged),
        };
    }
    resetFromSource();
    endResetModel();
}

QModelIndex MonitorFilterModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= rowCount() || column < 0 || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex MonitorFilterModel::parent(const QModelIndex &) const
{
    return {};
}

QModelIndex MonitorFilterModel::sibling(int row, int column, const QModelIndex &) const
{
    return index(row, column);
}

int MonitorFilterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int MonitorFilterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !sourceModel() ? 0 : sourceModel()->columnCount();
}

bool MonitorFilterModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_shown.empty();
}

QModelIndex MonitorFilterModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !sourceModel() || proxyIndex.model() != this ||
        proxyIndex.row() >= rowCount())
        return {};
    return sourceModel()->index(m_shown[size_t(proxyIndex.row())].row, proxyIndex.column());
}

QModelIndex MonitorFilterModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.model() != sourceModel() ||
        sourceIndex.row() >= int(m_rowOf.size()))
        return {};
    const int row = m_rowOf[size_t(sourceIndex.row())];
    return row < 0 ? QModelIndex() : index(row, sourceIndex.column());
}

bool MonitorFilterModel::accepts(int sourceRow) const
{
    if (!m_table)
        return true;
    if (m_state) {
        const MonitorState state = m_table->stateAt(sourceRow);
        if (*m_state == MonitorState::Down ? !isDownState(state) : state != *m_state)
            return false;
    }
    if (!m_tag.isEmpty() && !m_table->tagsAt(sourceRow).contains(m_tag, Qt::CaseInsensitive))
        return false;
    return m_foldedSearch.isEmpty() || m_table->searchTextAt(sourceRow).contains(m_foldedSearch);
}

MonitorFilterModel::Entry MonitorFilterModel::entryOf(int sourceRow) const
{
    if (!m_table || m_sortColumn < 0)
        return {sourceRow, {}};
    return {sourceRow, m_table->sortKey(sourceRow, m_sortColumn)};
}

bool MonitorFilterModel::before(const Entry &left, const Entry &right) const
{
    // Keys of another model or of no column are all None: equal, so rows keep the source order.
    if (left.key < right.key)
        return m_sortOrder == Qt::AscendingOrder;
    if (right.key < left.key)
        return m_sortOrder == Qt::DescendingOrder;
    return left.row < right.row;
}

void MonitorFilterModel::sortEntries(std::vector<Entry> &entries) const
{
    std::sort(entries.begin(), entries.end(),
              [this](const Entry &left, const Entry &right) { return before(left, right); });
}

std::vector<char> MonitorFilterModel::shownPassing() const
{
    std::vector<char> passing(m_rowOf.size(), 0);
    for (size_t row = 0; row < m_rowOf.size(); ++row) {
        if (m_rowOf[row] >= 0 && !m_isChanged[row])
            passing[row] = accepts(int(row)) ? 1 : 0;
    }
    return passing;
}

void MonitorFilterModel::sort(int column, Qt::SortOrder order)
{
    m_refreshTimer.stop();
    m_sortColumn = column;
    m_sortOrder = order;
    // Keys anew (another column), read in source order.
    std::vector<char> shown(m_rowOf.size(), 0);
    for (const Entry &entry : m_shown)
        shown[size_t(entry.row)] = 1;
    std::vector<Entry> all;
    all.reserve(m_shown.size() + m_changed.size());
    for (size_t row = 0; row < m_rowOf.size(); ++row) {
        const bool changed = m_isChanged[row];
        if ((shown[row] && !changed) || (changed && accepts(int(row))))
            all.push_back(entryOf(int(row)));
    }
    for (const int row : std::exchange(m_changed, {}))
        m_isChanged[size_t(row)] = 0;
    sortEntries(all);
    applyOrder(std::move(all));
}

void MonitorFilterModel::rebuild(Retest retest)
{
    m_refreshTimer.stop();
    const bool shownToo = retest == Retest::Shown || retest == Retest::All;
    const bool hiddenToo = retest == Retest::Hidden || retest == Retest::All;
    // Rows tested in source order: their data lies in that order in memory.
    const std::vector<char> passing = shownToo ? shownPassing() : std::vector<char>();
    // A search that only narrows and keeps every row (the first letters typed): nothing to do.
    if (retest == Retest::Shown && m_changed.empty() &&
        size_t(std::count(passing.cbegin(), passing.cend(), char(1))) == m_shown.size())
        return;
    std::vector<Entry> kept;
    kept.reserve(m_shown.size());
    for (const Entry &entry : m_shown) {
        if (!m_isChanged[size_t(entry.row)] && (!shownToo || passing[size_t(entry.row)]))
            kept.push_back(entry);
    }
    std::vector<Entry> added;
    if (hiddenToo) {
        for (size_t row = 0; row < m_rowOf.size(); ++row) {
            if (m_rowOf[row] < 0 && !m_isChanged[row] && accepts(int(row)))
                added.push_back(entryOf(int(row)));
        }
    }
    // Many changed rows (every monitor checked each second) are read in source order too.
    if (m_changed.size() > m_rowOf.size() / 8)
        std::sort(m_changed.begin(), m_changed.end());
    for (const int row : std::exchange(m_changed, {})) {
        m_isChanged[size_t(row)] = 0;
        if (accepts(row))
            added.push_back(entryOf(row));
    }
    sortEntries(added);
    std::vector<Entry> shown(kept.size() + added.size());
    std::merge(kept.cbegin(), kept.cend(), added.cbegin(), added.cend(), shown.begin(),
               [this](const Entry &left, const Entry &right) { return before(left, right); });
    applyOrder(std::move(shown));
}

void MonitorFilterModel::applyOrder(std::vector<Entry> shown)
{
    const auto sameRow = [](const Entry &left, const Entry &right) {
        return left.row == right.row;
    };
    if (std::equal(shown.cbegin(), shown.cend(), m_shown.cbegin(), m_shown.cend(), sameRow)) {
        m_shown = std::move(shown); // the keys may be newer
        return;
    }
    // A sort hint only when the same rows move: views keep their row sizes then.
    const auto hint = shown.size() != m_shown.size() ? QAbstractItemModel::NoLayoutChangeHint
                                                     : QAbstractItemModel::VerticalSortHint;
    emit layoutAboutToBeChanged({}, hint);
    // After the signal: the selection model turns its ranges into persistent indexes then.
    const QModelIndexList before = persistentIndexList();
    std::vector<std::pair<int, int>> sources; // source row and column of each
    sources.reserve(size_t(before.size()));
    for (const QModelIndex &index : before) {
        const bool valid = index.row() >= 0 && index.row() < rowCount();
        sources.emplace_back(valid ? m_shown[size_t(index.row())].row : -1, index.column());
    }
    m_shown = std::move(shown);
    renumber();
    QModelIndexList after;
    after.reserve(before.size());
    for (const auto &[sourceRow, column] : sources) {
        const int row = sourceRow < 0 ? -1 : m_rowOf[size_t(sourceRow)];
        after.append(row < 0 ? QModelIndex() : index(row, column));
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, hint);
}

void MonitorFilterModel::renumber()
{
    std::fill(m_rowOf.begin(), m_rowOf.end(), -1);
    for (size_t row = 0; row < m_shown.size(); ++row)
        m_rowOf[size_t(m_shown[row].row)] = int(row);
}

void MonitorFilterModel::resetFromSource()
{
    m_refreshTimer.stop();
    const int count = sourceModel() ? sourceModel()->rowCount() : 0;
    m_rowOf.assign(size_t(count), -1);
    m_isChanged.assign(size_t(count), 0);
    m_changed.clear();
    m_shown.clear();
    for (int row = 0; row < count; ++row) {
        if (accepts(row))
            m_shown.push_back(entryOf(row));
    }
    sortEntries(m_shown);
    renumber();
}

void MonitorFilterModel::markChanged(int sourceRow)
{
    char &changed = m_isChanged[size_t(sourceRow)];
    if (changed)
        return;
    changed = 1;
    m_changed.push_back(sourceRow);
}

void MonitorFilterModel::scheduleRefresh()
{
    if (!m_refreshTimer.isActive())
        m_refreshTimer.start();
}

void MonitorFilterModel::refreshNow()
{
    m_refreshTimer.stop();
    if (!m_changed.empty())
        rebuild(Retest::None);
}

void MonitorFilterModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    const QString folded = trimmed.toCaseFolded();
    // Longer text finds a subset of what its start found; shorter text a superset.
    const Retest retest = folded.contains(m_foldedSearch)   ? Retest::Shown
                          : m_foldedSearch.contains(folded) ? Retest::Hidden
                                                            : Retest::All;
    m_search = trimmed;
    m_foldedSearch = folded;
    rebuild(retest);
    emit filtersChanged();
}

void MonitorFilterModel::setStateFilter(std::optional<MonitorState> state)
{
    if (state == m_state)
        return;
    const Retest retest = !m_state ? Retest::Shown : !state ? Retest::Hidden : Retest::All;
    m_state = state;
    rebuild(retest);
    emit filtersChanged();
}

void MonitorFilterModel::setTagFilter(const QString &tag)
{
    if (tag == m_tag)
        return;
    const Retest retest = m_tag.isEmpty() ? Retest::Shown
                          : tag.isEmpty() ? Retest::Hidden
                                          : Retest::All;
    m_tag = tag;
    rebuild(retest);
    emit filtersChanged();
}

void MonitorFilterModel::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                       const QList<int> &roles)
{
    if (!topLeft.isValid() || !bottomRight.isValid() || bottomRight.row() >= int(m_rowOf.size()))
        return;
    const auto touches = [&](int column) {
        return column >= topLeft.column() && column <= bottomRight.column();
    };
    const bool sorted = m_sortColumn >= 0 && touches(m_sortColumn);
    // State changes touch the status column; edits (name, URL, tags) the whole row.
    const bool filtered = touches(MonitorTableModel::StatusColumn) ||
                          touches(MonitorTableModel::NameColumn) ||
                          touches(MonitorTableModel::UrlColumn);
    int first = rowCount();
    int last = -1;
    for (int sourceRow = topLeft.row(); sourceRow <= bottomRight.row(); ++sourceRow) {
        if (sorted || filtered)
            markChanged(sourceRow);
        if (const int row = m_rowOf[size_t(sourceRow)]; row >= 0) {
            first = std::min(first, row);
            last = std::max(last, row);
        }
    }
    // The rows in between are announced too: a view repaints what it shows of them.
    if (last >= 0)
        emit dataChanged(index(first, topLeft.column()), index(last, bottomRight.column()), roles);
    if (sorted || (filtered && isFiltering()))
        scheduleRefresh();
}

void MonitorFilterModel::onRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    const int count = last - first + 1;
    for (Entry &entry : m_shown) {
        if (entry.row >= first)
            entry.row += count;
    }
    for (int &row : m_changed) {
        if (row >= first)
            row += count;
    }
    m_rowOf.insert(m_rowOf.begin() + first, size_t(count), -1);
    m_isChanged.insert(m_isChanged.begin() + first, size_t(count), 0);
    renumber();
    // Each new monitor where it sorts. They come one at a time; an import, or one that comes
    // while changed rows wait (the order is not sorted then), is merged with them.
    if (count > 1 || !m_changed.empty()) {
        for (int row = first; row <= last; ++row)
            markChanged(row);
        rebuild(Retest::None);
        return;
    }
    if (!accepts(first))
        return;
    const Entry added = entryOf(first);
    const auto at = std::lower_bound(
        m_shown.cbegin(), m_shown.cend(), added,
        [this](const Entry &left, const Entry &right) { return before(left, right); });
    const int row = int(at - m_shown.cbegin());
    beginInsertRows({}, row, row);
    m_shown.insert(at, added);
    renumber();
    endInsertRows();
}

void MonitorFilterModel::onRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    std::vector<int> rows;
    for (int sourceRow = first; sourceRow <= last; ++sourceRow) {
        if (const int row = m_rowOf[size_t(sourceRow)]; row >= 0)
            rows.push_back(row);
    }
    std::sort(rows.begin(), rows.end(), std::greater<>());
    // Runs of neighbouring rows, from the bottom up.
    std::vector<std::pair<int, int>> runs;
    for (const int row : rows) {
        if (!runs.empty() && runs.back().first == row + 1)
            runs.back().first = row;
        else
            runs.emplace_back(row, row);
    }
    if (runs.size() > kMaxRemovedRuns) {
        m_resetForRemoval = true;
        beginResetModel();
        return;
    }
    for (const auto &[top, bottom] : runs) {
        beginRemoveRows({}, top, bottom);
        m_shown.erase(m_shown.begin() + top, m_shown.begin() + bottom + 1);
        renumber();
        endRemoveRows();
    }
}

void MonitorFilterModel::onRowsRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    if (std::exchange(m_resetForRemoval, false)) {
        resetFromSource();
        endResetModel();
        return;
    }
    const int count = last - first + 1;
    const auto gone = [first, last](int row) { return row >= first && row <= last; };
    m_shown.erase(std::remove_if(m_shown.begin(), m_shown.end(),
                                 [&gone](const Entry &entry) { return gone(entry.row); }),
                  m_shown.end());
    m_changed.erase(std::remove_if(m_changed.begin(), m_changed.end(), gone), m_changed.end());
    for (Entry &entry : m_shown) {
        if (entry.row > last)
            entry.row -= count;
    }
    for (int &row : m_changed) {
        if (row > last)
            row -= count;
    }
    m_rowOf.erase(m_rowOf.begin() + first, m_rowOf.begin() + last + 1);
    m_isChanged.erase(m_isChanged.begin() + first, m_isChanged.begin() + last + 1);
    renumber();
}
