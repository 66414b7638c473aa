#include "core/check/HostResolver.h"

#include <QUrl>

#include <algorithm>
#include <mutex>
#include <system_error>
#include <thread>

// Where a lookup thread leaves its answer. The resolver is cleared (under the mutex) before it
// dies, so a thread that finishes late, even during the process's exit, posts nothing.
struct HostResolver::Mailbox {
    std::mutex mutex;
    HostResolver *resolver = nullptr;

    void post(const QString &name, const HostLookup &answer)
    {
        const std::lock_guard lock(mutex);
        if (!resolver)
            return;
        HostResolver *target = resolver;
        QMetaObject::invokeMethod(
            target, [target, name, answer] { target->onLookupDone(name, answer); },
            Qt::QueuedConnection);
    }
};

namespace {

QString secondsText(qint64 ms)
{
    return QStringLiteral("%1 s").arg((ms + 999) / 1000);
}

} // namespace

HostResolver::Limits HostResolver::Limits::sharedBy(int resolvers) const
{
    Limits share = *this;
    const int n = std::max(resolvers, 1);
    // A few threads each even with many workers: a worker's own names must not wait on others'.
    share.concurrent = std::max(concurrent / n, 4);
    share.slow = std::max(slow / n, 8);
    return share;
}

HostResolver::HostResolver(std::shared_ptr<const Clock> clock, Lookup lookup, QObject *parent)
    : HostResolver(std::move(clock), std::move(lookup), Limits(), parent)
{
}

HostResolver::HostResolver(std::shared_ptr<const Clock> clock, Lookup lookup, Limits limits,
                           QObject *parent)
    : QObject(parent)
    , m_clock(std::move(clock))
    , m_lookup(std::move(lookup))
    , m_limits(limits)
    , m_mailbox(std::make_shared<Mailbox>())
{
    Q_ASSERT(m_clock && m_lookup);
    m_limits.concurrent = std::max(m_limits.concurrent, 1);
    m_limits.slow = std::max(m_limits.slow, 0);
    m_mailbox->resolver = this;
    m_slowCheck.setInterval(int(std::clamp<qint64>(m_limits.slowAfterMs / 4, 10, 250)));
    connect(&m_slowCheck, &QTimer::timeout, this, [this] {
        promoteSlowLookups();
        startLookups();
    });
}

HostResolver::~HostResolver()
{
    const std::lock_guard lock(m_mailbox->mutex);
    m_mailbox->resolver = nullptr;
}

quint64 HostResolver::resolve(const QString &host, Callback done)
{
    const quint64 ticket = m_nextTicket++;
    QString name = host.toLower();
    if (name.startsWith(u'[') && name.endsWith(u']'))
        name = name.mid(1, name.size() - 2);
    m_waiters.insert(ticket, {name, std::move(done)});

    const QHostAddress literal(name);
    if (!literal.isNull()) {
        HostLookup answer;
        answer.status = HostLookup::Status::Found;
        answer.addresses = {literal};
        deliverLater(ticket, answer);
        return ticket;
    }
    if (QUrl::toAce(name).isEmpty()) {
        HostLookup answer;
        answer.status = HostLookup::Status::NotFound;
        deliverLater(ticket, answer);
        return ticket;
    }
    const auto cached = m_cache.constFind(name);
    if (cached != m_cache.cend()) {
        if (cached->expiresMs > m_clock->steadyMs()) {
            deliverLater(ticket, cached->answer);
            return ticket;
        }
        m_cache.erase(cached);
    }
    auto flight = m_flights.find(name);
    if (flight == m_flights.end()) {
        flight = m_flights.insert(name, Flight());
        m_queue.append(name);
    }
    flight->tickets.append(ticket);
    startLookups();
    return ticket;
}

void HostResolver::cancel(quint64 ticket)
{
    const Waiter waiter = m_waiters.take(ticket);
    const auto flight = m_flights.find(waiter.name);
    if (flight == m_flights.end())
        return;
    flight->tickets.removeOne(ticket);
    if (flight->tickets.isEmpty() && flight->startedMs < 0) {
        // Nobody waits for a lookup that has not started: drop it. A running one goes on and
        // its answer is kept for the next check.
        m_flights.erase(flight);
        m_queue.removeOne(waiter.name);
    }
}

bool HostResolver::giveUp(quint64 ticket)
{
    const QString name = m_waiters.value(ticket).name;
    const auto flight = m_flights.constFind(name);
    // No flight: the answer was on its way (from the cache or a literal); nothing to remember.
    const bool started = flight == m_flights.cend() || flight->startedMs >= 0;
    const bool running = flight != m_flights.cend() && flight->startedMs >= 0;
    cancel(ticket);
    if (running) {
        HostLookup answer;
        answer.status = HostLookup::Status::NoAnswer;
        answer.error = QStringLiteral("it did not answer a lookup less than %1 ago either")
                           .arg(secondsText(m_limits.noAnswerMs));
        remember(name, answer, m_limits.noAnswerMs);
    }
    return started;
}

void HostResolver::deliverLater(quint64 ticket, const HostLookup &answer)
{
    QMetaObject::invokeMethod(
        this,
        [this, ticket, answer] {
            const Waiter waiter = m_waiters.take(ticket);
            if (waiter.done)
                waiter.done(answer);
        },
        Qt::QueuedConnection);
}

void HostResolver::startLookups()
{
    while (!m_queue.isEmpty() && fastRunning() < m_limits.concurrent) {
        const QString name = m_queue.takeFirst();
        const auto flight = m_flights.find(name);
        if (flight != m_flights.end())
            startLookup(name, *flight);
    }
    if (m_queue.isEmpty())
        m_slowCheck.stop();
    else if (!m_slowCheck.isActive())
        m_slowCheck.start();
}

void HostResolver::startLookup(const QString &name, Flight &flight)
{
    flight.startedMs = m_clock->steadyMs();
    ++m_running;
    try {
        std::thread([mailbox = m_mailbox, lookup = m_lookup, name, ace = QUrl::toAce(name)] {
            mailbox->post(name, lookup(ace));
        }).detach();
    }
    catch (const std::system_error &error) {
        HostLookup answer;
        answer.status = HostLookup::Status::Failed;
        answer.error = QStringLiteral("could not start a lookup thread (%1)")
                           .arg(QString::fromLocal8Bit(error.what()));
        m_mailbox->post(name, answer);
    }
}

void HostResolver::onLookupDone(const QString &name, const HostLookup &answer)
{
    --m_running;
    QList<quint64> tickets;
    const auto flight = m_flights.find(name);
    if (flight != m_flights.end()) {
        if (flight->slow)
            --m_slowRunning;
        tickets = flight->tickets;
        m_flights.erase(flight);
    }
    // A late answer still counts: it replaces a "not answering" mark.
    if (answer.status == HostLookup::Status::NoAnswer)
        remember(name, answer, m_limits.noAnswerMs);
    else if (answer.status != HostLookup::Status::Failed)
        remember(name, answer, m_limits.cacheMs);
    for (const quint64 ticket : std::as_const(tickets)) {
        const Waiter waiter = m_waiters.take(ticket);
        if (waiter.done)
            waiter.done(answer);
    }
    startLookups();
}

void HostResolver::remember(const QString &name, const HostLookup &answer, qint64 forMs)
{
    if (forMs <= 0)
        return;
    const qint64 now = m_clock->steadyMs();
    if (m_cache.size() >= m_cacheSweepAt) {
        m_cache.removeIf([now](const auto &entry) { return entry.value().expiresMs <= now; });
        m_cacheSweepAt = std::max<qsizetype>(1024, 2 * m_cache.size());
    }
    m_cache.insert(name, {answer, now + forMs});
}

void HostResolver::promoteSlowLookups()
{
    const qint64 now = m_clock->steadyMs();
    for (Flight &flight : m_flights) {
        if (m_slowRunning >= m_limits.slow)
            return;
        if (flight.startedMs >= 0 && !flight.slow &&
            now - flight.startedMs >= m_limits.slowAfterMs) {
            flight.slow = true;
            ++m_slowRunning;
        }
    }
}
