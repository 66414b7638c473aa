#pragma once

#include "core/model/MonitorState.h"
#include "ui/table/MonitorSortKey.h"

#include <QAbstractProxyModel>
#include <QList>
#include <QTimer>

#include <optional>
#include <vector>

class MonitorTableModel;

// The monitor table as the user narrows it: text search over name, URL and tags, one state
// (down also shows unreachable), one tag; sorted by any column.
//
// A flat proxy that keeps its order itself, built for 100,000 rows: results change a few
// thousand rows a second, and re-sorting all of them each time (as QSortFilterProxyModel does)
// costs more than a frame. Rows whose sort column or filtered data changed are remembered;
// at most every kRefreshMs they are taken out, sorted among themselves and merged back into
// the rows that did not change, in one layout change that keeps the selection and the current
// row on their monitors. A search that narrows only tests the rows shown, one that widens only
// the rows hidden; both merge what they let in.
//
// Rows sort by the column's key (MonitorTableModel::sortKey), ties by their order in the
// source, so the order is the same however it was reached.
class MonitorFilterModel final : public QAbstractProxyModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MonitorFilterModel)

public:
    static constexpr int kRefreshMs = 1000;

    explicit MonitorFilterModel(QObject *parent = nullptr);

    // A MonitorTableModel (another model shows unfiltered, in its own order).
    void setSourceModel(QAbstractItemModel *model) override;

    [[nodiscard]] QModelIndex index(int row, int column,
                                    const QModelIndex &parent = {}) const override;
    [[nodiscard]] QModelIndex parent(const QModelIndex &child) const override;
    [[nodiscard]] QModelIndex sibling(int row, int column, const QModelIndex &index) const override;
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] bool hasChildren(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    [[nodiscard]] QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;

    // A full sort by `column` (-1: the source's order).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    [[nodiscard]] int sortColumn() const { return m_sortColumn; }
    [[nodiscard]] Qt::SortOrder sortOrder() const { return m_sortOrder; }

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
    // Merges the changed rows now if changes are waiting.
    void refreshNow();

signals:
    // The search text, the state or the tag filter changed (the rows are already refreshed).
    void filtersChanged();

private:
    // Which rows to test the filters on again; the changed rows always are.
    enum class Retest { None, Shown, Hidden, All };
    // A row shown, with its sort key kept beside it: merging reads keys in order, not from
    // 100,000 rows spread over memory.
    struct Entry {
        int row; // in the source
        MonitorSortKey key;
    };

    [[nodiscard]] bool accepts(int sourceRow) const;
    [[nodiscard]] Entry entryOf(int sourceRow) const;
    // Whether `left` goes before `right` in the current order.
    [[nodiscard]] bool before(const Entry &left, const Entry &right) const;
    void sortEntries(std::vector<Entry> &entries) const;
    // Which shown rows pass the filters, tested in source order (by source row).
    [[nodiscard]] std::vector<char> shownPassing() const;
    // The filters changed (or changes wait): re-tests `retest` and the changed rows, sorts the
    // rows let in and merges them into those kept.
    void rebuild(Retest retest);
    // Makes `shown` the rows, in order, as one layout change.
    void applyOrder(std::vector<Entry> shown);
    void renumber();
    void resetFromSource();
    void markChanged(int sourceRow);
    void scheduleRefresh();

    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                       const QList<int> &roles);
    void onRowsInserted(const QModelIndex &parent, int first, int last);
    void onRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last);
    void onRowsRemoved(const QModelIndex &parent, int first, int last);

    const MonitorTableModel *m_table = nullptr; // the source, when it is one
    std::vector<Entry> m_shown;                 // each row, in order
    std::vector<int> m_rowOf;                   // row of each source row; -1 while hidden
    std::vector<int> m_changed;                 // source rows changed since the last refresh
    std::vector<char> m_isChanged;              // by source row
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QString m_search;
    QString m_foldedSearch; // m_search case-folded, as MonitorTableModel::searchTextAt()
    std::optional<MonitorState> m_state;
    QString m_tag;
    bool m_resetForRemoval = false;
    QTimer m_refreshTimer;
    QList<QMetaObject::Connection> m_connections;
};
