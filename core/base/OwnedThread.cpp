#include "core/base/OwnedThread.h"

#include <QDeadlineTimer>
#include <QThread>

OwnedThread::OwnedThread(const QString &name)
    : m_thread(new QThread)
{
    m_thread->setObjectName(name);
}

OwnedThread::~OwnedThread()
{
    stop();
}

void OwnedThread::moveIn(QObject *object)
{
    object->moveToThread(m_thread);
    QObject::connect(m_thread, &QThread::finished, object, &QObject::deleteLater);
}

void OwnedThread::start()
{
    if (m_thread)
        m_thread->start();
}

void OwnedThread::quit()
{
    if (m_thread)
        m_thread->quit();
}

bool OwnedThread::stop(qint64 waitMs)
{
    if (!m_thread)
        return true;
    if (m_stuck)
        return false;
    m_thread->quit();
    const QDeadlineTimer deadline =
        waitMs < 0 ? QDeadlineTimer(QDeadlineTimer::Forever) : QDeadlineTimer(waitMs);
    if (!m_thread->wait(deadline)) {
        m_stuck = true; // leaked on purpose: see the class comment
        return false;
    }
    delete m_thread;
    m_thread = nullptr;
    return true;
}
