#include "core/store/LeaseStore.h"
#include "core/store/StoreDatabase.h"
#include "tests/support/StoreHelpers.h"

#include <QSet>
#include <QTest>

#include <map>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 kStart = 1'780'000'000'000;
constexpr qint64 kLeaseMs = 20'000;

LeaseStore::Agent agent(const QString &name)
{
    return {name, u"loc-"_s + name, u"host-"_s + name, kStart, 0, 0};
}

QSet<int> asSet(const QList<int> &shards)
{
    return {shards.cbegin(), shards.cend()};
}

} // namespace

class TestLeaseStore final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void loneAgentTakesEveryShard();
    void laterAgentGetsItsShare();
    void deadAgentsShardsMoveWhenTheirLeasesExpire();
    void leasedShardsAreWhatLiveLeasesHold();
    void releaseFreesTheShardsAtOnce();
    void noShardIsHeldTwice();
    void agentsAreListedWithTheirLeases();
    void shardOfSpreadsIds();

private:
    std::unique_ptr<TempDatabase> m_db;
};

void TestLeaseStore::initTestCase()
{
    UPWATCH_SKIP_UNLESS_ENGINE_RUNS();
}

void TestLeaseStore::init()
{
    m_db = std::make_unique<TempDatabase>();
    QVERIFY2(m_db->isOpen(), qPrintable(m_db->error()));
}

void TestLeaseStore::cleanup()
{
    m_db.reset();
}

void TestLeaseStore::loneAgentTakesEveryShard()
{
    LeaseStore leases(m_db->db());
    const auto held = leases.heartbeat(agent(u"a"_s), kStart, kLeaseMs);
    QVERIFY2(held, qPrintable(leases.lastError()));
    QCOMPARE(held->size(), LeaseStore::kShards);
    QCOMPARE(held->constFirst(), 0);
    QCOMPARE(held->constLast(), LeaseStore::kShards - 1);
    // The next heartbeat keeps them.
    QCOMPARE(*leases.heartbeat(agent(u"a"_s), kStart + 5000, kLeaseMs), *held);
}

void TestLeaseStore::laterAgentGetsItsShare()
{
    LeaseStore leases(m_db->db());
    QCOMPARE(leases.heartbeat(agent(u"a"_s), kStart, kLeaseMs)->size(), 64);
    // b arrives: nothing is free yet, so it waits for a to give back its part.
    QCOMPARE(leases.heartbeat(agent(u"b"_s), kStart + 1000, kLeaseMs)->size(), 0);
    const auto a = leases.heartbeat(agent(u"a"_s), kStart + 5000, kLeaseMs);
    QCOMPARE(a->size(), 32);
    const auto b = leases.heartbeat(agent(u"b"_s), kStart + 6000, kLeaseMs);
    QCOMPARE(b->size(), 32);
    QVERIFY(!asSet(*a).intersects(asSet(*b)));
    QCOMPARE((asSet(*a) | asSet(*b)).size(), 64);
    // A third: 22 + 21 + 21, none twice.
    QCOMPARE(leases.heartbeat(agent(u"c"_s), kStart + 7000, kLeaseMs)->size(), 0);
    const auto a2 = leases.heartbeat(agent(u"a"_s), kStart + 10'000, kLeaseMs);
    const auto b2 = leases.heartbeat(agent(u"b"_s), kStart + 11'000, kLeaseMs);
    const auto c2 = leases.heartbeat(agent(u"c"_s), kStart + 12'000, kLeaseMs);
    QCOMPARE(a2->size(), 22);
    QCOMPARE(b2->size(), 22);
    QCOMPARE(c2->size(), 20);
    QCOMPARE((asSet(*a2) | asSet(*b2) | asSet(*c2)).size(), 64);
}

void TestLeaseStore::deadAgentsShardsMoveWhenTheirLeasesExpire()
{
    LeaseStore leases(m_db->db());
    (void)leases.heartbeat(agent(u"a"_s), kStart, kLeaseMs);
    (void)leases.heartbeat(agent(u"b"_s), kStart + 100, kLeaseMs);
    (void)leases.heartbeat(agent(u"a"_s), kStart + 200, kLeaseMs);
    const auto b = leases.heartbeat(agent(u"b"_s), kStart + 300, kLeaseMs);
    QCOMPARE(b->size(), 32);
    // b dies (no more heartbeats). Until its leases run out, a keeps to its share.
    QCOMPARE(leases.heartbeat(agent(u"a"_s), kStart + 300 + kLeaseMs - 1, kLeaseMs)->size(), 32);
    // Then a takes them all.
    const auto a = leases.heartbeat(agent(u"a"_s), kStart + 300 + kLeaseMs, kLeaseMs);
    QCOMPARE(a->size(), 64);
    QVERIFY(asSet(*a).contains(asSet(*b)));
}

void TestLeaseStore::leasedShardsAreWhatLiveLeasesHold()
{
    LeaseStore leases(m_db->db());
    QCOMPARE(leases.leasedShards(kStart)->size(), 0); // nobody's yet
    (void)leases.heartbeat(agent(u"a"_s), kStart, kLeaseMs);
    (void)leases.heartbeat(agent(u"b"_s), kStart + 100, kLeaseMs);
    const auto a = leases.heartbeat(agent(u"a"_s), kStart + 200, kLeaseMs);
    const auto b = leases.heartbeat(agent(u"b"_s), kStart + 300, kLeaseMs);
    QCOMPARE(leases.leasedShards(kStart + 400)->size(), 64);
    // a's leases (renewed at +200) run out first; b's at +300 + the lease.
    QCOMPARE(asSet(*leases.leasedShards(kStart + 200 + kLeaseMs)), asSet(*b));
    QCOMPARE(leases.leasedShards(kStart + 300 + kLeaseMs)->size(), 0);
    // A release frees at once.
    QVERIFY(leases.release(u"b"_s));
    QCOMPARE(asSet(*leases.leasedShards(kStart + 400)), asSet(*a));
}

void TestLeaseStore::releaseFreesTheShardsAtOnce()
{
    LeaseStore leases(m_db->db());
    (void)leases.heartbeat(agent(u"a"_s), kStart, kLeaseMs);
    (void)leases.heartbeat(agent(u"b"_s), kStart + 100, kLeaseMs);
    (void)leases.heartbeat(agent(u"a"_s), kStart + 200, kLeaseMs);
    QCOMPARE(leases.heartbeat(agent(u"b"_s), kStart + 300, kLeaseMs)->size(), 32);
    QVERIFY2(leases.release(u"b"_s), qPrintable(leases.lastError()));
    QCOMPARE(leases.heartbeat(agent(u"a"_s), kStart + 400, kLeaseMs)->size(), 64);
    const auto listed = leases.agents(kStart + 400, kLeaseMs);
    QVERIFY(listed);
    QCOMPARE(listed->size(), 1);
}

void TestLeaseStore::noShardIsHeldTwice()
{
    // Four agents beat every 5 s, out of step, for 5 minutes; c dies after a minute, d joins
    // after two. Whatever two agents believe they hold at the same time never overlaps.
    LeaseStore leases(m_db->db());
    struct State {
        QString name;
        qint64 offset;
        qint64 from;
        qint64 until;
        QSet<int> held;
        qint64 validUntil = 0;
    };
    std::vector<State> agents = {{u"a"_s, 0, 0, 300'000, {}},
                                 {u"b"_s, 1300, 0, 300'000, {}},
                                 {u"c"_s, 2600, 0, 60'000, {}},
                                 {u"d"_s, 3900, 120'000, 300'000, {}}};
    for (qint64 t = 0; t <= 300'000; t += 100) {
        for (State &state : agents) {
            if (t < state.from || t > state.until || (t - state.offset) % 5000 != 0)
                continue;
            const auto held = leases.heartbeat(agent(state.name), kStart + t, kLeaseMs);
            QVERIFY2(held, qPrintable(leases.lastError()));
            state.held = asSet(*held);
            state.validUntil = t + kLeaseMs;
            for (const State &other : agents) {
                if (&other != &state && other.validUntil > t)
                    QVERIFY2(
                        !other.held.intersects(state.held),
                        qPrintable(u"%1 and %2 at %3 ms"_s.arg(state.name, other.name).arg(t)));
            }
        }
    }
    // At the end a, b and d share every shard fairly (at most ceil(64 / 3) = 22 each, so at
    // least 64 - 2 * 22 = 20); c's went to them.
    QSet<int> all;
    for (const State &state : agents) {
        if (state.name == u"c")
            continue;
        QVERIFY2(state.held.size() >= 20 && state.held.size() <= 22,
                 qPrintable(u"%1 holds %2"_s.arg(state.name).arg(state.held.size())));
        all |= state.held;
    }
    QCOMPARE(all.size(), LeaseStore::kShards);
}

void TestLeaseStore::agentsAreListedWithTheirLeases()
{
    LeaseStore leases(m_db->db());
    (void)leases.heartbeat(agent(u"a"_s), kStart, kLeaseMs);
    (void)leases.heartbeat(agent(u"b"_s), kStart + 1000, kLeaseMs);
    const auto listed = leases.agents(kStart + 2000, kLeaseMs);
    QVERIFY2(listed, qPrintable(leases.lastError()));
    QCOMPARE(listed->size(), 2);
    QCOMPARE(listed->at(0).name, u"a"_s);
    QCOMPARE(listed->at(0).location, u"loc-a"_s);
    QCOMPARE(listed->at(0).host, u"host-a"_s);
    QCOMPARE(listed->at(0).shards, 64);
    QCOMPARE(listed->at(0).heartbeatAtMs, kStart);
    QCOMPARE(listed->at(1).shards, 0);
    // An agent not heard of for longer than a lease is gone from the list.
    QCOMPARE(leases.agents(kStart + 1000 + kLeaseMs, kLeaseMs)->size(), 0);
}

void TestLeaseStore::shardOfSpreadsIds()
{
    // Every shard is some id's; the first ids split evenly between the lower and upper half
    // (what two agents hold).
    QSet<int> seen;
    int lower = 0;
    for (qint64 id = 1; id <= 1000; ++id) {
        const int shard = LeaseStore::shardOf(id);
        QVERIFY(shard >= 0 && shard < LeaseStore::kShards);
        seen.insert(shard);
        if (id <= 20 && shard < LeaseStore::kShards / 2)
            ++lower;
    }
    QCOMPARE(seen.size(), LeaseStore::kShards);
    QVERIFY2(lower >= 8 && lower <= 12, qPrintable(QString::number(lower)));
}

QTEST_GUILESS_MAIN(TestLeaseStore)
#include "tst_leasestore.moc"
