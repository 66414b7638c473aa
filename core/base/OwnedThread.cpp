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

bool OwnedThread::stop(int waitMs)
{
    if (!m_thread)
        return true;
    if (m_stuck)
        return false;
    m_thread->quit();
    if (!m_thread->wait(QDeadlineTimer(waitMs))) {
        m_stuck = true; // leaked on purpose: see the class comment
        return false;
    }
    delete m_thread;
    m_thread = nullptr;
    return true;
}
