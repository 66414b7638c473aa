#pragma once

#include <QObject>
#include <QString>

class QThread;

// A QThread and the objects that live in it, owned by one object in another thread. stop()
// quits the thread's event loop, waits for it a bounded time and deletes it; the objects moved
// into it with adopt() are deleted in the thread as it finishes. A thread that does not finish in
// time (stuck in a system call, such as a write to a hung disk) is left running and never
// deleted: deleting a running QThread ends the process, and the caller decides what to do.
class OwnedThread final {
    Q_DISABLE_COPY_MOVE(OwnedThread)

public:
    static constexpr int kDefaultWaitMs = 10'000;
    // For a thread whose work holds on to its owner: the owner cannot go before it ends.
    static constexpr int kWaitForever = -1;

    explicit OwnedThread(const QString &name);
    // stop(kDefaultWaitMs) unless stopped already.
    ~OwnedThread();

    // Moves `object` (with no parent) into the thread; it is deleted there when the thread ends.
    template<typename T>
    T *adopt(T *object)
    {
        moveIn(object);
        return object;
    }
    void start();
    // Asks the thread's event loop to end. Quitting several before waiting for any lets them end
    // together.
    void quit();
    // Quits, waits and deletes. True when the thread has ended (or never started) and is deleted;
    // false when it is still running after `waitMs` (kWaitForever: no limit), which leaves it
    // running for good.
    bool stop(qint64 waitMs = kDefaultWaitMs);

    [[nodiscard]] QThread *thread() const { return m_thread; }
    [[nodiscard]] bool isStuck() const { return m_stuck; }

private:
    void moveIn(QObject *object);

    QThread *m_thread;
    bool m_stuck = false;
};
