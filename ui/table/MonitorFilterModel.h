#pragma once

#include "core/model/MonitorState.h"

#include <QSortFilterProxyModel>
#include <QTimer>

#include <optional>

class MonitorTableModel;

// The monitor table as the user narrows it: text search over name, URL and tags, one state
// (down also shows unreachable), one tag; sorted by any column.
//
// Rows are not re-sorted per result as QSortFilterProxyModel's dynamic sorting would (with
// 100,000 rows sorted by response time that is a relayout per changed row). Changes to the sort
// column or to what a filter looks at schedule one re-sort and re-filter, at most every
// kRefreshMs, done with MonitorTableModel::lessThan.
class MonitorFilterModel final : public QSortFilterProxyModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MonitorFilterModel)

public:
    static constexpr int kRefreshMs = 1000;

    explicit MonitorFilterModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setSearchText(const QString &text);
    // nullopt: every state.
    void setStateFilter(std::optional<MonitorState> state);
    // Empty: every tag.
    void setTagFilter(const QString &tag);

    [[nodiscard]] const QString &searchText() const { return m_search; }
    // True while the search, the state or the tag filter may hide monitors.
    [[nodiscard]] bool isFiltering() const
    {
        return !m_search.isEmpty() || m_state.has_value() || !m_tag.isEmpty();
    }
    // Re-sorts and re-filters now if changes are waiting.
    void refreshNow();

signals:
    // The search text, the state or the tag filter changed (the rows are already refreshed).
    void filtersChanged();

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow,
                                        const QModelIndex &sourceParent) const override;
    [[nodiscard]] bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void onSourceChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    void scheduleRefresh();

    const MonitorTableModel *m_table = nullptr; // the source, when it is one
    QString m_search;
    std::optional<MonitorState> m_state;
    QString m_tag;
    QTimer m_refreshTimer;
    QMetaObject::Connection m_sourceConnection;
    QMetaObject::Connection m_insertConnection;
};
