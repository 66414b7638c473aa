#pragma once

#include "core/base/Clock.h"
#include "core/check/HostLookup.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>
#include <memory>

// Resolves host names for checks without ever blocking its thread or the process's exit, and
// without letting a name server that does not answer starve the other names.
//
// Why not Qt's resolver: QNetworkAccessManager looks names up through QHostInfo, which runs
// blocking getaddrinfo() calls in a pool of at most 20 threads and waits for all of them when
// the application exits. A name server that never answers (glibc: 5 s x 2 attempts per lookup)
// holds those threads, other names queue behind them, and the process exits ~10 s late.
//
// Here every lookup runs the blocking call on a detached thread of its own that touches no Qt
// object and no global that dies at exit; its answer comes back through a small shared mailbox
// into this object's thread, or nowhere once this object is gone. So:
// - one lookup per name at a time: later requests for that name join it;
// - at most `concurrent` lookups that are younger than `slowAfterMs` run at once, the rest queue;
//   a lookup running longer than that counts as slow and makes room, up to `slow` of them (a
//   normal lookup takes milliseconds; one that does not answer takes seconds);
// - answers are kept for `cacheMs` (glibc keeps none, and a busy monitor would look its host up
//   on every check); a name whose lookup a check gave up on (giveUp()) counts as not answering
//   for `noAnswerMs`, and checks of it fail at once without taking another thread;
// - IP literals are answered without a lookup.
//
// Lives in one thread (the Prober's); all calls and callbacks happen in that thread.
class HostResolver final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HostResolver)

public:
    // The blocking lookup, run on a lookup thread: must be thread-safe and touch no QObject.
    using Lookup = std::function<HostLookup(const QByteArray &aceHost)>;
    using Callback = std::function<void(const HostLookup &)>;

    struct Limits {
        int concurrent = 32;
        int slow = 128;
        qint64 slowAfterMs = 1000;
        qint64 cacheMs = 30'000;
        qint64 noAnswerMs = 30'000;

        // The share of one of `resolvers` resolvers (one per engine worker), so that the whole
        // process stays within these lookup threads however many workers it runs.
        [[nodiscard]] Limits sharedBy(int resolvers) const;
    };

    explicit HostResolver(std::shared_ptr<const Clock> clock, Lookup lookup = &HostLookup::system,
                          QObject *parent = nullptr);
    HostResolver(std::shared_ptr<const Clock> clock, Lookup lookup, Limits limits,
                 QObject *parent = nullptr);
    ~HostResolver() override;

    // Starts resolving host; done() is called later from the event loop (never from inside
    // resolve()) unless the returned ticket is cancelled or given up first.
    quint64 resolve(const QString &host, Callback done);
    // The caller no longer wants the answer.
    void cancel(quint64 ticket);
    // The caller's deadline passed before the answer came: as cancel(), and if the lookup is
    // still running the name counts as not answering. False when the lookup had not even started
    // (every lookup thread was busy): then the name server was not asked yet.
    bool giveUp(quint64 ticket);

    // Lookup threads running now (slow ones included), and names waiting for one.
    [[nodiscard]] int runningLookups() const { return m_running; }
    [[nodiscard]] int queuedLookups() const { return int(m_queue.size()); }

private:
    struct Mailbox;
    struct Flight {
        QList<quint64> tickets;
        qint64 startedMs = -1; // -1: queued, not started
        bool slow = false;
    };
    struct Waiter {
        QString name;
        Callback done;
    };
    struct Cached {
        HostLookup answer;
        qint64 expiresMs = 0;
    };

    void deliverLater(quint64 ticket, const HostLookup &answer);
    void startLookups();
    void startLookup(const QString &name, Flight &flight);
    void onLookupDone(const QString &name, const HostLookup &answer);
    void remember(const QString &name, const HostLookup &answer, qint64 forMs);
    void promoteSlowLookups();
    [[nodiscard]] int fastRunning() const { return m_running - m_slowRunning; }

    std::shared_ptr<const Clock> m_clock;
    Lookup m_lookup;
    Limits m_limits;
    std::shared_ptr<Mailbox> m_mailbox;
    QHash<quint64, Waiter> m_waiters;
    QHash<QString, Flight> m_flights; // names being looked up or queued for a lookup
    QList<QString> m_queue;           // names waiting for a lookup thread, oldest first
    QHash<QString, Cached> m_cache;
    qsizetype m_cacheSweepAt = 1024;
    quint64 m_nextTicket = 1;
    int m_running = 0;
    int m_slowRunning = 0;
    QTimer m_slowCheck; // runs while names queue: moves lookups that became slow out of the way
};
