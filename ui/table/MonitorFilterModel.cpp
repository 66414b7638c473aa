#include "ui/table/MonitorFilterModel.h"

#include "ui/table/MonitorTableModel.h"

MonitorFilterModel::MonitorFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_refreshTimer(this)
{
    setSortRole(MonitorTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(false);
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(kRefreshMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, &MonitorFilterModel::refreshNow);
}

void MonitorFilterModel::setSourceModel(QAbstractItemModel *model)
{
    disconnect(m_sourceConnection);
    disconnect(m_insertConnection);
    QSortFilterProxyModel::setSourceModel(model);
    m_table = qobject_cast<MonitorTableModel *>(model);
    if (!model)
        return;
    m_sourceConnection = connect(model, &QAbstractItemModel::dataChanged, this,
                                 &MonitorFilterModel::onSourceChanged);
    m_insertConnection = connect(model, &QAbstractItemModel::rowsInserted, this,
                                 &MonitorFilterModel::scheduleRefresh);
}

void MonitorFilterModel::sort(int column, Qt::SortOrder order)
{
    m_refreshTimer.stop();
    QSortFilterProxyModel::sort(column, order);
}

void MonitorFilterModel::onSourceChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    const auto touches = [&](int column) {
        return column >= topLeft.column() && column <= bottomRight.column();
    };
    const bool filtered = m_state || !m_tag.isEmpty() || !m_search.isEmpty();
    // State changes touch the status column; edits touch the name (and the whole row).
    if ((sortColumn() >= 0 && touches(sortColumn())) ||
        (filtered && touches(MonitorTableModel::StatusColumn)))
        scheduleRefresh();
}

void MonitorFilterModel::scheduleRefresh()
{
    if (!m_refreshTimer.isActive())
        m_refreshTimer.start();
}

void MonitorFilterModel::refreshNow()
{
    m_refreshTimer.stop();
    invalidate(); // keeps the selection: persistent indexes are mapped anew
}

bool MonitorFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (m_table)
        return m_table->lessThan(left.row(), right.row(), left.column());
    return QSortFilterProxyModel::lessThan(left, right);
}

void MonitorFilterModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    // Not invalidateRowsFilter(): without dynamic sorting, the rows it lets back in would come
    // unsorted under a header that still shows the sort.
    refreshNow();
    emit filtersChanged();
}

void MonitorFilterModel::setStateFilter(std::optional<MonitorState> state)
{
    if (state == m_state)
        return;
    m_state = state;
    // Not invalidateRowsFilter(): without dynamic sorting, the rows it lets back in would come
    // unsorted under a header that still shows the sort.
    refreshNow();
    emit filtersChanged();
}

void MonitorFilterModel::setTagFilter(const QString &tag)
{
    if (tag == m_tag)
        return;
    m_tag = tag;
    // Not invalidateRowsFilter(): without dynamic sorting, the rows it lets back in would come
    // unsorted under a header that still shows the sort.
    refreshNow();
    emit filtersChanged();
}

bool MonitorFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *source = sourceModel();
    const QModelIndex first = source->index(sourceRow, 0, sourceParent);
    if (m_state) {
        const auto state = MonitorState(first.data(MonitorTableModel::StateRole).toInt());
        const bool wanted = *m_state == MonitorState::Down ? isDownState(state) : state == *m_state;
        if (!wanted)
            return false;
    }
    const QStringList tags = first.data(MonitorTableModel::TagsRole).toStringList();
    if (!m_tag.isEmpty() && !tags.contains(m_tag, Qt::CaseInsensitive))
        return false;
    if (m_search.isEmpty())
        return true;
    const auto matches = [this](const QString &text) {
        return text.contains(m_search, Qt::CaseInsensitive);
    };
    const int columns[] = {MonitorTableModel::NameColumn, MonitorTableModel::UrlColumn};
    for (const int column : columns) {
        if (matches(source->index(sourceRow, column, sourceParent).data().toString()))
            return true;
    }
    return std::any_of(tags.cbegin(), tags.cend(), matches);
}
