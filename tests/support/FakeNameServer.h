#pragma once

#include "core/check/HostLookup.h"

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>

#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>

// A lookup function for Prober::setHostLookup / HostResolver: names the test points at an
// address, names that do not exist, and names whose lookup hangs until release(). Thread-safe;
// keep it in a shared_ptr (lookup threads may outlive the test's scope until released).
class FakeNameServer {
public:
    void point(const QByteArray &name, const QHostAddress &address);
    // Several addresses, in the order the system resolver would give them.
    void point(const QByteArray &name, const QList<QHostAddress> &addresses);
    void hang(const QByteArray &name);
    // Lets every hanging lookup end (as "not found").
    void release();
    [[nodiscard]] int calls(const QByteArray &name);

    HostLookup lookup(const QByteArray &name);

    // The function to hand to Prober::setHostLookup.
    static std::function<HostLookup(const QByteArray &)>
    lookupFor(const std::shared_ptr<FakeNameServer> &server);

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    QHash<QByteArray, QList<QHostAddress>> m_addresses;
    QHash<QByteArray, bool> m_hanging;
    QHash<QByteArray, int> m_calls;
    bool m_released = false;
};
