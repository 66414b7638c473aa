#include "tests/support/FakeNameServer.h"

void FakeNameServer::point(const QByteArray &name, const QHostAddress &address)
{
    point(name, QList<QHostAddress>{address});
}

void FakeNameServer::point(const QByteArray &name, const QList<QHostAddress> &addresses)
{
    const std::lock_guard lock(m_mutex);
    m_addresses.insert(name, addresses);
}

void FakeNameServer::hang(const QByteArray &name)
{
    const std::lock_guard lock(m_mutex);
    m_hanging.insert(name, true);
}

void FakeNameServer::release()
{
    const std::lock_guard lock(m_mutex);
    m_released = true;
    m_changed.notify_all();
}

int FakeNameServer::calls(const QByteArray &name)
{
    const std::lock_guard lock(m_mutex);
    return m_calls.value(name);
}

HostLookup FakeNameServer::lookup(const QByteArray &name)
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

std::function<HostLookup(const QByteArray &)>
FakeNameServer::lookupFor(const std::shared_ptr<FakeNameServer> &server)
{
    return [server](const QByteArray &name) { return server->lookup(name); };
}
