#pragma once

#include "core/io/HistoryExportJob.h"
#include "core/model/Monitor.h"
#include "core/store/HistoryReader.h"

#include <QDialog>
#include <QList>
#include <QString>

#include <atomic>
#include <memory>

class Clock;
class QCheckBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class StoreThread;

// Exports raw check results to CSV: all or the selected monitors, all history or a date range.
// The export is HistoryExportJob, the same as `upwatch history export`; it runs in a StoreThread
// of its own (a connection to the database for this export only), so neither the window nor the
// session's other store jobs (pause, delete, sync, the detail pane) wait for it, and the file
// appears only when it is complete. It can be cancelled, and a cancelled or failed export leaves
// nothing behind.
class ExportDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)

public:
    // `databasePath` is the database to export from; `monitors` are those the window lists (for
    // the counts), `selectedIds` the ones selected there; names and URLs in the file are read
    // from the database when the export runs. The time range defaults to the last 7 days by
    // `clock`.
    explicit ExportDialog(QString databasePath, const QList<Monitor> &monitors,
                          const QList<qint64> &selectedIds, std::shared_ptr<const Clock> clock,
                          QWidget *parent = nullptr);
    // Cancels a running export and waits for its thread to end; it stops at the next few
    // thousand rows and removes its temporary file.
    ~ExportDialog() override;

    // Pre-fills the file field; a folder gets the default file name appended.
    void setFilePath(const QString &path);

    void reject() override;

    // What the dialog says about time zones at `localNow`: the range is in the local zone (its
    // name and UTC offset), the file's timestamps are in UTC.
    [[nodiscard]] static QString timeZoneText(const QDateTime &localNow);

signals:
    void exported(qint64 results, const QString &path);

private:
    void browse();
    void updateState();
    // Why the current input cannot be exported; empty when it can.
    [[nodiscard]] QString problem() const;
    [[nodiscard]] ResultFilter filter() const;
    [[nodiscard]] QString defaultFileName() const;
    void startExport();
    void cancelExport();
    void showProgress(qint64 written, qint64 total);
    void finishExport(const HistoryExportJob::Outcome &outcome, const QString &path);
    void setRunning(bool running);
    void showStatus(const QString &text, bool isProblem = false);

    QString m_databasePath;
    StoreThread *m_exportStore = nullptr; // a child while an export runs
    std::shared_ptr<const Clock> m_clock;
    QList<qint64> m_selectedIds;
    std::shared_ptr<std::atomic_bool> m_cancel; // of the running export; null when idle

    QRadioButton *m_allRadio;
    QRadioButton *m_selectedRadio;
    QDateTimeEdit *m_fromEdit;
    QDateTimeEdit *m_toEdit;
    QCheckBox *m_allHistoryCheck;
    QLineEdit *m_pathEdit;
    QPushButton *m_browseButton;
    QPushButton *m_exportButton;
    QProgressBar *m_progressBar;
    QLabel *m_statusLabel;
    QDialogButtonBox *m_buttons;
};
