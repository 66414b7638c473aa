#pragma once

#include "core/model/Monitor.h"
#include "core/model/MonitorState.h"
#include "core/model/ResultBatch.h"
#include "core/store/MonitorSummary.h"
#include "ui/table/MonitorSortKey.h"
#include "ui/table/MuteMarks.h"
#include "ui/table/PendingActivity.h"
#include "ui/table/UnreadChecks.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QStringView>
#include <QTimer>

#include <optional>
#include <vector>

// Every monitor as a table row: state, name, URL, method, last check, response time, uptime over
// 24 hours and a bar of the last checks. Built for 100,000 rows: results arrive in batches, the
// rows they touch are remembered and announced together a few times a second as dataChanged()
// runs, never as a reset.
class MonitorTableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MonitorTableModel)

public:
    enum Column {
        StatusColumn,
        NameColumn,
        UrlColumn,
        MethodColumn,
        LastCheckColumn,
        ResponseColumn,
        UptimeColumn,
        HistoryColumn,
        ColumnCount
    };
    enum Role {
        MonitorIdRole = Qt::UserRole + 1,
        StateRole,   // int(MonitorState)
        TagsRole,    // QStringList
        HistoryRole, // QList<int>: Verdict values, oldest first
        SortRole,    // a value that sorts the column sensibly (numbers as numbers)
    };
    static constexpr int kHistoryLength = 30;
    static constexpr int kFlushMs = 250;

    explicit MonitorTableModel(QObject *parent = nullptr);
    // Whether a monitor's alerts are muted now (a struck-through bell by its name) is read from
    // this clock; the system clock until set.
    void setClock(std::shared_ptr<const Clock> clock) { m_mutes.setClock(std::move(clock)); }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role) const override;

    // Replaces every row (at startup).
    void setMonitors(const QList<Monitor> &monitors, const QHash<qint64, MonitorState> &states);
    // History read from the store after setMonitors(). Live results up to a summary's `newest`
    // are already in it; the later ones are added to it.
    void setSummaries(const QHash<qint64, MonitorSummary> &summaries);
    // Fresh 24-hour counts for every monitor (monitors absent had no checks), plus the live
    // results newer than the newest check each read saw. Checks that leave the 24 hours between
    // two refreshes are still counted until the next one.
    void setUptime(const QHash<qint64, DayUptime> &uptime);

    void addMonitor(const Monitor &monitor, MonitorState state);
    void updateMonitor(const Monitor &monitor);
    void removeMonitors(const QList<qint64> &ids);

    // Takes the engine's results and state changes; the rows they change are announced at the
    // next flush (within kFlushMs), once each however many results they got.
    void applyBatch(const ResultBatch &batch);
    // Announces the pending changes now.
    void flushChanges();
    // Shows at once what the user asked for ("Checking…" in the state column) until the result
    // or the stored change arrives.
    void setPending(const QList<qint64> &ids, PendingActivity::Kind kind);
    [[nodiscard]] PendingActivity::Kind pending(qint64 id) const { return m_pending.of(id); }
    // The store refused a pause or resume: the rows show what they were again.
    void dropPendingPauses();

    // A row's value in a column as SortRole would give it, without building a QVariant: what
    // the filter model sorts 100,000 rows with. Valid until the row changes.
    [[nodiscard]] MonitorSortKey sortKey(int row, int column) const
    {
        return sortKeyOf(m_rows[size_t(row)], column);
    }
    // What the filter model tests, by row: the row's name, URL and tags case-folded (so a
    // case-insensitive search is a plain QStringView::contains() of the folded text), its state
    // and its tags.
    [[nodiscard]] QStringView searchTextAt(int row) const { return m_searchTexts[size_t(row)]; }
    [[nodiscard]] MonitorState stateAt(int row) const { return m_rows[size_t(row)].state; }
    [[nodiscard]] const QStringList &tagsAt(int row) const
    {
        return m_rows[size_t(row)].monitor.tags;
    }

    [[nodiscard]] int rowOf(qint64 id) const { return m_rowById.value(id, -1); }
    [[nodiscard]] qint64 idAt(int row) const;
    [[nodiscard]] std::optional<Monitor> monitor(qint64 id) const;
    [[nodiscard]] QList<Monitor> monitors() const;
    [[nodiscard]] MonitorState state(qint64 id) const;
    [[nodiscard]] std::optional<CheckResult> latestResult(qint64 id) const;
    // Every tag in use, sorted.
    [[nodiscard]] QStringList tags() const;
    // Monitors per state, indexed by MonitorState.
    [[nodiscard]] QList<int> stateCounts() const;

signals:
    // The number of monitors per state may have changed (after a flush, add or remove).
    void stateCountsChanged();

private:
    struct Row {
        Monitor monitor;
        QString url; // displayUrl(monitor.url), shown and sorted often
        MonitorState state = MonitorState::Pending;
        std::optional<CheckResult> latest;
        QList<int> recent; // Verdict values, oldest first
        UptimeCounts day;
        UnreadChecks unread; // what setSummaries() and setUptime() add to what they read
        bool dirty = false;
        bool stateDirty = false;
    };

    [[nodiscard]] QVariant display(const Row &row, int column) const;
    // The one place that knows how each column sorts; SortRole and sortKey() both read it.
    [[nodiscard]] static MonitorSortKey sortKeyOf(const Row &row, int column);
    // What the search looks in: name, URL and tags, case-folded.
    [[nodiscard]] static QString searchText(const Row &row);
    void setMonitorOf(Row &row, const Monitor &monitor);
    [[nodiscard]] QString tooltip(const Row &row, int column) const;
    void markDirty(int row, bool stateChanged);
    void rebuildIndex();
    void emitRowsChanged(int first, int last, int firstColumn = 0);

    std::vector<Row> m_rows;
    // Each row's searchText(), built once per change (not per keystroke and row) and kept
    // apart from the rows: a search reads 100,000 of them in a row, not a row's worth of
    // memory each.
    std::vector<QString> m_searchTexts;
    QHash<qint64, int> m_rowById;
    std::vector<int> m_dirtyRows;
    PendingActivity m_pending;
    MuteMarks m_mutes;
    QTimer m_flushTimer;
    // Monitors per state, kept as states change: the status bar asks after every flush, and
    // counting 100,000 rows spread over memory costs milliseconds each time.
    QList<int> m_stateCounts = QList<int>(kMonitorStateCount, 0);
    bool m_countsDirty = false;
};
