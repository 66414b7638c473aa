#pragma once

#include "core/model/Monitor.h"
#include "core/store/HistoryReader.h"

#include <QHash>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QFileDevice;
class QObject;
class StoreDatabase;
class StoreThread;

// One export of raw check results to CSV (HistoryCsv), shared by the desktop's export dialog and
// `upwatch history export`: reads the monitors and the results `filter` selects from the
// database and writes them to `path` through ExportFile, so a new file is created 0600 and
// appears only when complete, and a write error (a full disk, /dev/full) fails the export with
// the file's name and the cause. Run it in the thread that opened the database, or start() it
// in a StoreThread.
class HistoryExportJob final {
public:
    struct Outcome {
        qint64 written = -1; // results written; -1 when the export failed or was cancelled
        bool cancelled = false;
        // Why it failed, one lower-case sentence: "cannot write /dev/full: No space left on
        // device".
        QString error;

        [[nodiscard]] bool succeeded() const { return written >= 0; }
    };
    // (results written so far, the total or -1 when it is not known), every few thousand rows.
    using Progress = std::function<void(qint64 written, qint64 total)>;

    HistoryExportJob(ResultFilter filter, QString path);

    // Reports progress in the thread that runs the job. Without a filter the total is counted
    // first (one cheap count), so progress can say how far along the export is.
    void setProgress(Progress progress) { m_progress = std::move(progress); }
    // Set from any thread, the flag stops the export: nothing is committed and the path is left
    // as it was.
    void setCancelFlag(std::shared_ptr<const std::atomic_bool> cancel)
    {
        m_cancel = std::move(cancel);
    }

    [[nodiscard]] const QString &path() const { return m_path; }

    // Writes the file at path().
    [[nodiscard]] Outcome run(StoreDatabase &database) const;
    // Writes to a device that is already open (standard output), named `name` in errors
    // ("cannot write to stdout: …"); path() is not used.
    [[nodiscard]] Outcome run(StoreDatabase &database, QFileDevice &out, const QString &name) const;

    // Runs the export of `filter` to `path` in `store`'s thread and answers in the thread that
    // owns `store`: `progress` as the job reports it, then done(outcome) once, unless `context`
    // has been deleted by then. A database that cannot be opened fails the export with
    // StoreThread::openError(). `cancel` (may be null) stops it from any thread. An export can
    // take minutes and a StoreThread runs one job at a time, so give it a StoreThread of its own
    // when other jobs must not wait behind it.
    static void start(StoreThread &store, QObject *context, ResultFilter filter, QString path,
                      std::shared_ptr<const std::atomic_bool> cancel, Progress progress,
                      std::function<void(const Outcome &)> done);

private:
    struct Source {
        QHash<qint64, Monitor> monitors; // names and URLs for the rows
        qint64 total = -1;               // results to write, when counted
    };

    [[nodiscard]] bool cancelled() const { return m_cancel && m_cancel->load(); }
    // Reads what the rows need before a file is touched; nullopt with one sentence in *error.
    // Checks the cancel flag, reads which monitors and how many results, then has `write` write
    // them.
    [[nodiscard]] Outcome
    withSource(StoreDatabase &database,
               const std::function<Outcome(HistoryReader &, const Source &)> &write) const;
    [[nodiscard]] std::optional<Source> readSource(StoreDatabase &database, HistoryReader &reader,
                                                   QString *error) const;
    // Writes the CSV to `out`; the caller finishes the device.
    [[nodiscard]] Outcome writeCsv(HistoryReader &reader, const Source &source,
                                   QFileDevice &out) const;

    ResultFilter m_filter;
    QString m_path;
    Progress m_progress;
    std::shared_ptr<const std::atomic_bool> m_cancel;
};
