#include "core/check/HostResolver.h"
#include "tests/support/FakeClock.h"

#include <QHash>
#include <QTest>

#include <atomic>
#include <condition_variable>
#include <mutex>

using namespace Qt::Literals::StringLiterals;

namespace {

// A lookup function whose lookups block until the test answers them, by name: a name server
// that does not answer until told to.
class Gate {
public:
    HostLookup lookup(const QByteArray &name)
    {
        std::unique_lock lock(m_mutex);
        ++m_calls[name];
        m_changed.notify_all();
        m_changed.wait(lock, [this, &name] { return m_all || m_answers.contains(name); });
        return m_all ? found(QHostAddress(u"192.0.2.1"_s)) : m_answers.value(name);
    }
    void answer(const QByteArray &name, const HostLookup &answer)
    {
        const std::lock_guard lock(m_mutex);
        m_answers.insert(name, answer);
        m_changed.notify_all();
    }
    void answerAll()
    {
        const std::lock_guard lock(m_mutex);
        m_all = true;
        m_changed.notify_all();
    }
    int calls(const QByteArray &name)
    {
        const std::lock_guard lock(m_mutex);
        return m_calls.value(name);
    }
    int totalCalls()
    {
        const std::lock_guard lock(m_mutex);
        int total = 0;
        for (const int calls : std::as_const(m_calls))
            total += calls;
        return total;
    }
    static HostLookup found(const QHostAddress &address)
    {
        HostLookup answer;
        answer.status = HostLookup::Status::Found;
        answer.addresses = {address};
        return answer;
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    QHash<QByteArray, HostLookup> m_answers;
    QHash<QByteArray, int> m_calls;
    bool m_all = false;
};

// Collects what one resolve() call delivers.
struct Delivery {
    int count = 0;
    HostLookup answer;

    HostResolver::Callback callback()
    {
        return [this](const HostLookup &lookup) {
            ++count;
            answer = lookup;
        };
    }
};

constexpr int kWaitMs = 10000;

} // namespace

class TestHostResolver final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void limitsAreSharedByWorkers_data();
    void limitsAreSharedByWorkers();

    void failureTexts_data();
    void failureTexts();
    void ipLiteralsNeedNoLookup_data();
    void ipLiteralsNeedNoLookup();
    void localhostPrefersIpv4();
    void unknownNameIsNotFound();
    void joinsConcurrentLookupsOfOneName();
    void boundsConcurrentLookups();
    void slowLookupsMakeRoom();
    void remembersANameThatDidNotAnswer();
    void givingUpOnAQueuedLookupMarksNothing();
    void answersAreCachedForAWhile();
    void cancelledRequestGetsNothing();
    void lookupEndingAfterTheResolverIsGone();

private:
    std::unique_ptr<HostResolver> make(HostResolver::Limits limits = {});

    std::shared_ptr<Gate> m_gate;
    std::shared_ptr<FakeClock> m_clock;
};

void TestHostResolver::init()
{
    m_gate = std::make_shared<Gate>();
    m_clock = std::make_shared<FakeClock>();
}

void TestHostResolver::cleanup()
{
    m_gate->answerAll(); // lets the blocked lookup threads end
}

std::unique_ptr<HostResolver> TestHostResolver::make(HostResolver::Limits limits)
{
    return std::make_unique<HostResolver>(
        m_clock, [gate = m_gate](const QByteArray &name) { return gate->lookup(name); }, limits);
}

void TestHostResolver::failureTexts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    const auto lookup = [](HostLookup::Status status, const QString &error) {
        HostLookup answer;
        answer.status = status;
        answer.error = error;
        return answer.describe(u"h.example"_s);
    };
    QTest::newRow("not found") << lookup(HostLookup::Status::NotFound,
                                         u"Name or service not known"_s)
                               << "host 'h.example' not found";
    QTest::newRow("no answer") << lookup(HostLookup::Status::NoAnswer, {})
                               << "the name server did not answer for 'h.example'";
    QTest::newRow("no answer, temporary failure")
        << lookup(HostLookup::Status::NoAnswer, u"Temporary failure in name resolution"_s)
        << "the name server did not answer for 'h.example' (Temporary failure in name "
           "resolution)";
    QTest::newRow("other failure") << lookup(HostLookup::Status::Failed, u"System error"_s)
                                   << "could not look up host 'h.example': System error";
    QTest::newRow("deadline, asked") << HostLookup::deadlineText(u"h.example"_s, 750, true)
                                     << "the name server did not answer for 'h.example' within "
                                        "750 ms";
    QTest::newRow("deadline, never asked")
        << HostLookup::deadlineText(u"h.example"_s, 750, false)
        << "the lookup of 'h.example' did not start within 750 ms: every lookup thread was busy "
           "with name servers that do not answer";
}

void TestHostResolver::failureTexts()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(text, expected);
}

void TestHostResolver::ipLiteralsNeedNoLookup_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("address");
    QTest::newRow("IPv4") << "127.0.0.1"
                          << "127.0.0.1";
    QTest::newRow("IPv6") << "::1"
                          << "::1";
    QTest::newRow("IPv6 in brackets") << "[2001:db8::5]"
                                      << "2001:db8::5";
}

void TestHostResolver::ipLiteralsNeedNoLookup()
{
    QFETCH(QString, host);
    QFETCH(QString, address);
    const auto resolver = make();
    Delivery delivery;
    resolver->resolve(host, delivery.callback());
    QCOMPARE(delivery.count, 0); // never from inside resolve()
    QTRY_COMPARE_WITH_TIMEOUT(delivery.count, 1, kWaitMs);
    QVERIFY(delivery.answer.found());
    QCOMPARE(delivery.answer.preferred(), QHostAddress(address));
    QCOMPARE(m_gate->totalCalls(), 0);
}

void TestHostResolver::localhostPrefersIpv4()
{
    // The system's lookup, from /etc/hosts: localhost may be ::1 too, but 127.0.0.1 comes first
    // (servers on loopback often listen on IPv4 only).
    HostResolver resolver(m_clock);
    Delivery delivery;
    resolver.resolve(u"localhost"_s, delivery.callback());
    QTRY_COMPARE_WITH_TIMEOUT(delivery.count, 1, kWaitMs);
    QVERIFY2(delivery.answer.found(), qPrintable(delivery.answer.describe(u"localhost"_s)));
    QCOMPARE(delivery.answer.preferred(), QHostAddress(QHostAddress::LocalHost));
}

void TestHostResolver::unknownNameIsNotFound()
{
    HostResolver resolver(m_clock);
    Delivery delivery;
    resolver.resolve(u"no-such-host.invalid"_s, delivery.callback()); // RFC 6761
    QTRY_COMPARE_WITH_TIMEOUT(delivery.count, 1, 30000);
    QVERIFY(!delivery.answer.found());
    QVERIFY2(
        delivery.answer.describe(u"no-such-host.invalid"_s).contains(u"no-such-host.invalid"_s),
        qPrintable(delivery.answer.describe(u"no-such-host.invalid"_s)));
}

void TestHostResolver::joinsConcurrentLookupsOfOneName()
{
    const auto resolver = make();
    Delivery first, second, third;
    resolver->resolve(u"shared.example"_s, first.callback());
    resolver->resolve(u"SHARED.example"_s, second.callback()); // names are case-insensitive
    resolver->resolve(u"shared.example"_s, third.callback());
    QCOMPARE(resolver->runningLookups(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(m_gate->calls("shared.example"), 1, kWaitMs);
    m_gate->answer("shared.example", Gate::found(QHostAddress(u"192.0.2.7"_s)));
    QTRY_VERIFY_WITH_TIMEOUT(first.count == 1 && second.count == 1 && third.count == 1, kWaitMs);
    for (const Delivery *delivery : {&first, &second, &third})
        QCOMPARE(delivery->answer.preferred(), QHostAddress(u"192.0.2.7"_s));
    QCOMPARE(m_gate->calls("shared.example"), 1);
    QCOMPARE(resolver->runningLookups(), 0);
}

void TestHostResolver::boundsConcurrentLookups()
{
    HostResolver::Limits limits;
    limits.concurrent = 2;
    limits.slowAfterMs = 3'600'000; // never slow: the fake clock does not move
    const auto resolver = make(limits);
    Delivery a, b, c;
    resolver->resolve(u"a.example"_s, a.callback());
    resolver->resolve(u"b.example"_s, b.callback());
    resolver->resolve(u"c.example"_s, c.callback());
    QCOMPARE(resolver->runningLookups(), 2);
    QCOMPARE(resolver->queuedLookups(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(m_gate->totalCalls(), 2, kWaitMs);
    QTest::qWait(100);
    QCOMPARE(m_gate->calls("c.example"), 0);

    m_gate->answer("a.example", Gate::found(QHostAddress(u"192.0.2.1"_s)));
    QTRY_COMPARE_WITH_TIMEOUT(a.count, 1, kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_gate->calls("c.example"), 1, kWaitMs); // a's place went to c
    QCOMPARE(resolver->runningLookups(), 2);
    QCOMPARE(resolver->queuedLookups(), 0);
}

void TestHostResolver::slowLookupsMakeRoom()
{
    HostResolver::Limits limits;
    limits.concurrent = 1;
    limits.slow = 1;
    limits.slowAfterMs = 1000;
    const auto resolver = make(limits);
    Delivery hanging, next, last;
    resolver->resolve(u"hanging.example"_s, hanging.callback());
    resolver->resolve(u"next.example"_s, next.callback());
    QCOMPARE(resolver->queuedLookups(), 1);

    m_clock->advance(1000); // the hanging lookup is slow now: it makes room for the next one
    QTRY_COMPARE_WITH_TIMEOUT(resolver->runningLookups(), 2, kWaitMs);
    QCOMPARE(resolver->queuedLookups(), 0);

    // The slow lane is full: a third name waits even when the second lookup becomes slow.
    resolver->resolve(u"last.example"_s, last.callback());
    m_clock->advance(1000);
    QTest::qWait(300);
    QCOMPARE(resolver->runningLookups(), 2);
    QCOMPARE(resolver->queuedLookups(), 1);

    m_gate->answer("hanging.example", Gate::found(QHostAddress(u"192.0.2.1"_s)));
    QTRY_COMPARE_WITH_TIMEOUT(m_gate->calls("last.example"), 1, kWaitMs);
}

void TestHostResolver::remembersANameThatDidNotAnswer()
{
    const auto resolver = make();
    Delivery abandoned;
    const quint64 ticket = resolver->resolve(u"silent.example"_s, abandoned.callback());
    QTRY_COMPARE_WITH_TIMEOUT(m_gate->calls("silent.example"), 1, kWaitMs);
    QVERIFY(resolver->giveUp(ticket)); // the check's deadline passed

    // The next checks fail at once, without another lookup.
    Delivery again;
    resolver->resolve(u"silent.example"_s, again.callback());
    QTRY_COMPARE_WITH_TIMEOUT(again.count, 1, kWaitMs);
    QCOMPARE(again.answer.status, HostLookup::Status::NoAnswer);
    QVERIFY2(again.answer.describe(u"silent.example"_s)
                 .startsWith(u"the name server did not answer for 'silent.example'"_s),
             qPrintable(again.answer.describe(u"silent.example"_s)));
    QCOMPARE(resolver->runningLookups(), 1);
    QCOMPARE(m_gate->calls("silent.example"), 1);
    QCOMPARE(abandoned.count, 0);

    // After a while it is asked again: that joins the lookup still running.
    m_clock->advance(HostResolver::Limits().noAnswerMs);
    Delivery later;
    resolver->resolve(u"silent.example"_s, later.callback());
    QTest::qWait(100);
    QCOMPARE(later.count, 0);
    m_gate->answer("silent.example", Gate::found(QHostAddress(u"192.0.2.9"_s)));
    QTRY_COMPARE_WITH_TIMEOUT(later.count, 1, kWaitMs);
    QVERIFY(later.answer.found());
    QCOMPARE(m_gate->calls("silent.example"), 1);
    QCOMPARE(abandoned.count, 0);
}

void TestHostResolver::givingUpOnAQueuedLookupMarksNothing()
{
    HostResolver::Limits limits;
    limits.concurrent = 1;
    limits.slowAfterMs = 3'600'000;
    const auto resolver = make(limits);
    Delivery busy, queued, retry;
    resolver->resolve(u"busy.example"_s, busy.callback());
    const quint64 ticket = resolver->resolve(u"queued.example"_s, queued.callback());
    QVERIFY(!resolver->giveUp(ticket)); // its name server was never asked
    QCOMPARE(resolver->queuedLookups(), 0);

    resolver->resolve(u"queued.example"_s, retry.callback());
    QTest::qWait(100);
    QCOMPARE(retry.count, 0); // waits for a lookup, not failed from memory
    QCOMPARE(resolver->queuedLookups(), 1);
    m_gate->answer("busy.example", Gate::found(QHostAddress(u"192.0.2.1"_s)));
    m_gate->answer("queued.example", Gate::found(QHostAddress(u"192.0.2.2"_s)));
    QTRY_COMPARE_WITH_TIMEOUT(retry.count, 1, kWaitMs);
    QVERIFY(retry.answer.found());
    QCOMPARE(queued.count, 0);
}

void TestHostResolver::answersAreCachedForAWhile()
{
    const auto resolver = make();
    m_gate->answer("cached.example", Gate::found(QHostAddress(u"192.0.2.3"_s)));
    HostLookup missing;
    missing.status = HostLookup::Status::NotFound;
    m_gate->answer("missing.example", missing);
    for (int round = 0; round < 3; ++round) {
        Delivery found, notFound;
        resolver->resolve(u"cached.example"_s, found.callback());
        resolver->resolve(u"missing.example"_s, notFound.callback());
        QTRY_VERIFY_WITH_TIMEOUT(found.count == 1 && notFound.count == 1, kWaitMs);
        QVERIFY(found.answer.found());
        QCOMPARE(notFound.answer.describe(u"missing.example"_s),
                 u"host 'missing.example' not found"_s);
    }
    QCOMPARE(m_gate->calls("cached.example"), 1);
    QCOMPARE(m_gate->calls("missing.example"), 1);

    m_clock->advance(HostResolver::Limits().cacheMs);
    Delivery fresh;
    resolver->resolve(u"cached.example"_s, fresh.callback());
    QTRY_COMPARE_WITH_TIMEOUT(fresh.count, 1, kWaitMs);
    QCOMPARE(m_gate->calls("cached.example"), 2);
}

void TestHostResolver::cancelledRequestGetsNothing()
{
    const auto resolver = make();
    Delivery cancelled, literal, kept;
    resolver->cancel(resolver->resolve(u"cancel.example"_s, cancelled.callback()));
    resolver->cancel(resolver->resolve(u"127.0.0.1"_s, literal.callback()));
    resolver->resolve(u"cancel.example"_s, kept.callback());
    m_gate->answer("cancel.example", Gate::found(QHostAddress(u"192.0.2.4"_s)));
    QTRY_COMPARE_WITH_TIMEOUT(kept.count, 1, kWaitMs);
    QTest::qWait(50);
    QCOMPARE(cancelled.count, 0);
    QCOMPARE(literal.count, 0);
}

void TestHostResolver::lookupEndingAfterTheResolverIsGone()
{
    Delivery delivery;
    {
        const auto resolver = make();
        resolver->resolve(u"gone.example"_s, delivery.callback());
        QTRY_COMPARE_WITH_TIMEOUT(m_gate->calls("gone.example"), 1, kWaitMs);
    }
    m_gate->answer("gone.example", Gate::found(QHostAddress(u"192.0.2.5"_s)));
    QTest::qWait(200); // the lookup thread ends now and has nowhere to post its answer
    QCOMPARE(delivery.count, 0);
}

void TestHostResolver::limitsAreSharedByWorkers_data()
{
    QTest::addColumn<int>("workers");
    QTest::addColumn<int>("concurrent");
    QTest::addColumn<int>("slow");
    QTest::newRow("one") << 1 << 32 << 128;
    QTest::newRow("none given") << 0 << 32 << 128;
    QTest::newRow("two") << 2 << 16 << 64;
    QTest::newRow("eight") << 8 << 4 << 16;
    QTest::newRow("64: a few each still") << 64 << 4 << 8;
}

void TestHostResolver::limitsAreSharedByWorkers()
{
    QFETCH(int, workers);
    QFETCH(int, concurrent);
    QFETCH(int, slow);
    const HostResolver::Limits share = HostResolver::Limits{}.sharedBy(workers);
    QCOMPARE(share.concurrent, concurrent);
    QCOMPARE(share.slow, slow);
    QCOMPARE(share.cacheMs, HostResolver::Limits{}.cacheMs);
}

QTEST_GUILESS_MAIN(TestHostResolver)
#include "tst_hostresolver.moc"
