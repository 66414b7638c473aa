#pragma once

#include "core/check/HostLookup.h"

#include <QByteArray>
#include <QHash>
#include <QHostAddress>

#include <condition_variable>
#include <memory>
#include <mutex>

// A lookup function for Prober::setHostLookup / HostResolver: names the test points at an
// address, names that do not exist, and names whose lookup hangs until release(). Thread-safe;
// keep it in a shared_ptr (lookup threads may outlive the test's scope until released).
class FakeNameServer {
public:
    void point(const QByteArray &name, const QHostAddress &address)
    {
        point(name, QList<QHostAddress>{address});
    }
    // Several addresses, in the order the system resolver would give them.
    void point(const QByteArray &name, const QList<QHostAddress> &addresses)
    {
        const std::lock_guard lock(m_mutex);
        m_addresses.insert(name, addresses);
    }
    void hang(const QByteArray &name)
    {
        const std::lock_guard lock(m_mutex);
        m_hanging.insert(name, true);
    }
    // Lets every hanging lookup end (as "not found").
    void release()
    {
        const std::lock_guard lock(m_mutex);
        m_released = true;
        m_changed.notify_all();
    }
    [[nodiscard]] int calls(const QByteArray &name)
    {
        const std::lock_guard lock(m_mutex);
        return m_calls.value(name);
    }

    HostLookup lookup(const QByteArray &name)
    {
        std::unique_lock lock(m_mutex);
        ++m_calls[name];
        if (m_hanging.contains(name))
            m_changed.wait(lock, [this] { return m_released; });
        HostLookup answer;
        const auto address = m_addresses.constFind(name);
        if (address == m_addresses.cend()) {
            answer.status = HostLookup::Status::NotFound;
            return answer;
        }
        answer.status = HostLookup::Status::Found;
        answer.addresses = *address;
        return answer;
    }

    // The function to hand to Prober::setHostLookup.
    static auto lookupFor(const std::shared_ptr<FakeNameServer> &server)
    {
        return [server](const QByteArray &name) { return server->lookup(name); };
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    QHash<QByteArray, QList<QHostAddress>> m_addresses;
    QHash<QByteArray, bool> m_hanging;
    QHash<QByteArray, int> m_calls;
    bool m_released = false;
};
