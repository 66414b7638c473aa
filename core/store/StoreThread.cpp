#include "core/store/StoreThread.h"

#include "core/store/StoreDatabase.h"

#include <QMetaObject>
#include <QMutex>
#include <QThread>

// Lives in the store thread and owns its connection.
class StoreThreadWorker final : public QObject {
public:
    explicit StoreThreadWorker(QString path)
        : m_path(std::move(path))
    {
    }

    void runJob(const std::function<void(StoreDatabase *)> &job)
    {
        if (!m_database && !m_triedOpen) {
            m_triedOpen = true;
            QString error;
            m_database = StoreDatabase::open(m_path, &error);
            const QMutexLocker lock(&m_errorMutex);
            m_openError = error;
        }
        job(m_database.get());
    }

    void close() { m_database.reset(); }

    QString openError() const
    {
        const QMutexLocker lock(&m_errorMutex);
        return m_openError;
    }

private:
    QString m_path;
    std::unique_ptr<StoreDatabase> m_database;
    bool m_triedOpen = false;
    mutable QMutex m_errorMutex;
    QString m_openError;
};

StoreThread::StoreThread(QString path, QObject *parent)
    : QObject(parent)
    , m_path(std::move(path))
    , m_thread(std::make_unique<OwnedThread>(QStringLiteral("upwatch-store")))
    , m_worker(m_thread->adopt(new StoreThreadWorker(m_path)))
{
    m_thread->start();
}

StoreThread::~StoreThread()
{
    // The connection closes in its own thread; then the thread ends and deletes the worker.
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->close(); });
    // A running job holds this object (it delivers its answer through it), so there is no
    // leaving before it ends. Jobs are short or cancellable: every statement gives up after the
    // busy timeout, and an export is cancelled by its owner.
    m_thread->stop(OwnedThread::kWaitForever);
}

QString StoreThread::openError() const
{
    return m_worker->openError();
}

void StoreThread::deliver(std::function<void()> callback)
{
    QMetaObject::invokeMethod(this, std::move(callback), Qt::QueuedConnection);
}

void StoreThread::post(std::function<void(StoreDatabase *)> job)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, job = std::move(job)] { worker->runJob(job); },
        Qt::QueuedConnection);
}
