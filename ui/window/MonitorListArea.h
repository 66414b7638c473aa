#pragma once

#include <QWidget>

class MonitorFilterBar;
class MonitorFilterModel;
class QAction;
class QLabel;
class QStackedWidget;
class QTableView;

// The monitor table with what belongs around it: the search and the filters in their own row
// above it (so they never fall into a toolbar's overflow menu), and in the table's place a
// first-run panel when there are no monitors at all, or a message with "Clear filters" when the
// search and filters hide every monitor.
class MonitorListArea final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MonitorListArea)

public:
    enum class Page { Table, FirstRun, NoMatch };

    // `table` shows `filter`; `addAction` is what the first-run panel's button triggers.
    MonitorListArea(QTableView &table, MonitorFilterModel &filter, QAction &addAction,
                    QWidget *parent = nullptr);

    [[nodiscard]] MonitorFilterBar &filterBar() const { return *m_filterBar; }
    [[nodiscard]] Page page() const;

private:
    void updatePage();

    MonitorFilterModel &m_filter;
    MonitorFilterBar *m_filterBar;
    QStackedWidget *m_stack;
    QLabel *m_noMatch = nullptr;
};
