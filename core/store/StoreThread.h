#pragma once

#include "core/base/OwnedThread.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>

class StoreDatabase;
class StoreThreadWorker;

// A database connection of its own in a thread of its own, for the reads and monitor edits of
// the thread that owns it (the window's, or `upwatch run`'s main thread), so that thread never
// waits on the disk. Jobs run
// there one after another; their answers come back to the thread that owns the StoreThread.
class StoreThread final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoreThread)

public:
    // The connection is opened in the thread, before the first job.
    explicit StoreThread(QString path, QObject *parent = nullptr);
    // Waits for the running job (not the queued ones) and closes the connection.
    ~StoreThread() override;

    [[nodiscard]] const QString &path() const { return m_path; }

    // Runs job(database) in the store thread; `database` is null when the file could not be
    // opened (then `openError` says why). Calls done(result) in this object's thread unless
    // `context` has been deleted by then.
    template<typename Result>
    void run(QObject *context, std::function<Result(StoreDatabase *database)> job,
             std::function<void(Result)> done)
    {
        QPointer<QObject> guard(context);
        post([this, guard, job = std::move(job), done = std::move(done)](StoreDatabase *database) {
            Result result = job(database);
            deliver([guard, done, result = std::move(result)] {
                if (guard)
                    done(result);
            });
        });
    }

    // Why the connection could not be opened; empty while it is open or not tried yet. Read it
    // in a job (the store thread).
    [[nodiscard]] QString openError() const;

    // Calls `callback` in this object's thread; safe from any thread (a job's progress).
    void deliver(std::function<void()> callback);

private:
    void post(std::function<void(StoreDatabase *)> job);

    QString m_path;
    std::unique_ptr<OwnedThread> m_thread;
    StoreThreadWorker *m_worker;
};
