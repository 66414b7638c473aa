#pragma once

#include "MonitorState.h"

#include <QSortFilterProxyModel>

#include <optional>

// The monitor table as the user narrows it: text search over name, URL and tags, one state
// (down also shows unreachable), one tag; sorting by MonitorTableModel::SortRole.
class MonitorFilterModel final : public QSortFilterProxyModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MonitorFilterModel)

public:
    explicit MonitorFilterModel(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    // nullopt: every state.
    void setStateFilter(std::optional<MonitorState> state);
    // Empty: every tag.
    void setTagFilter(const QString &tag);

    [[nodiscard]] const QString &searchText() const { return m_search; }

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow,
                                        const QModelIndex &sourceParent) const override;

private:
    QString m_search;
    std::optional<MonitorState> m_state;
    QString m_tag;
};
