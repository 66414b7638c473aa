#include "MonitorFilterModel.h"

#include "MonitorTableModel.h"

MonitorFilterModel::MonitorFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(MonitorTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void MonitorFilterModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    invalidateRowsFilter();
}

void MonitorFilterModel::setStateFilter(std::optional<MonitorState> state)
{
    if (state == m_state)
        return;
    m_state = state;
    invalidateRowsFilter();
}

void MonitorFilterModel::setTagFilter(const QString &tag)
{
    if (tag == m_tag)
        return;
    m_tag = tag;
    invalidateRowsFilter();
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
