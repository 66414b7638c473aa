// Monitors checked from several locations: how the owner judges its state from its own check
// and the other locations' votes (Quorum::judge()), and which agents vote on what (VoterPlan).
#include "core/model/Monitor.h"
#include "core/model/Quorum.h"
#include "core/service/VoterPlan.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 12, 3), QTime(12, 0), Qt::UTC);

Monitor quorumMonitor(int locations, int quorum, int intervalSeconds = 60)
{
    Monitor monitor;
    monitor.id = 7;
    monitor.intervalSeconds = intervalSeconds;
    monitor.locations = locations;
    monitor.quorum = quorum;
    return monitor;
}

CheckResult own(Verdict verdict, Reason reason = Reason::Ok, const QString &error = {})
{
    CheckResult result;
    result.monitorId = 7;
    result.startedAt = kNow;
    result.verdict = verdict;
    result.reason = reason;
    result.error = error;
    result.location = u"eu-west"_s;
    return result;
}

LocationVote vote(const QString &location, Verdict verdict, qint64 ageMs = 5000,
                  Reason reason = Reason::Ok, const QString &error = {})
{
    return {location, verdict, reason, error, kNow.addMSecs(-ageMs)};
}

LeaseStore::Agent agent(const QString &name, const QString &location)
{
    LeaseStore::Agent found;
    found.name = name;
    found.location = location;
    return found;
}

} // namespace

class TestQuorum final : public QObject {
    Q_OBJECT

private slots:
    void oneLocationIsJudgedAlone();
    void downOnlyWithTheQuorum();
    void ownTroubleAloneIsNoOutage();
    void othersCanOutvoteAnUpCheck();
    void staleAndOwnLocationVotesDoNotCount();
    void fewerVotersThanTheQuorumMustAllSeeIt();
    void aLocationWithoutTheSecretDoesNotVote();
    void onlyTheNewestVotesCount();
    void votersAreTheBestRankedOtherLocations();
    void oneAgentPerLocationVotes();
    void noVotersWithoutOwnerOrForOneLocation();
};

void TestQuorum::oneLocationIsJudgedAlone()
{
    const CheckResult down = own(Verdict::Down, Reason::Timeout, u"timed out"_s);
    QCOMPARE(Quorum::judge(quorumMonitor(1, 1), down, {vote(u"us-east"_s, Verdict::Up)}), down);
    QCOMPARE(Quorum::judge(quorumMonitor(3, 2), down, {}), down);
}

void TestQuorum::downOnlyWithTheQuorum()
{
    const Monitor monitor = quorumMonitor(3, 2);
    const CheckResult down = own(Verdict::Down, Reason::Refused, u"connection refused"_s);
    const CheckResult judged =
        Quorum::judge(monitor, down,
                      {vote(u"us-east"_s, Verdict::Down, 3000, Reason::Timeout, u"timed out"_s),
                       vote(u"ap-south"_s, Verdict::Up)});
    QCOMPARE(judged.verdict, Verdict::Down);
    QCOMPARE(judged.reason, Reason::Refused);
    QCOMPARE(judged.error, u"down from 2 of 3 locations (eu-west: connection refused; "
                           u"us-east: timed out)"_s);
}

void TestQuorum::ownTroubleAloneIsNoOutage()
{
    const CheckResult judged =
        Quorum::judge(quorumMonitor(3, 2), own(Verdict::Down, Reason::Dns, u"no such host"_s),
                      {vote(u"us-east"_s, Verdict::Degraded, 2000, Reason::Slow),
                       vote(u"ap-south"_s, Verdict::Up, 1000)});
    QCOMPARE(judged.verdict, Verdict::Up); // the newest location that sees it up
    QCOMPARE(judged.reason, Reason::Ok);
    QVERIFY(judged.error.isEmpty());
    QCOMPARE(judged.startedAt, kNow);
}

void TestQuorum::othersCanOutvoteAnUpCheck()
{
    const CheckResult judged =
        Quorum::judge(quorumMonitor(3, 2), own(Verdict::Up),
                      {vote(u"us-east"_s, Verdict::Down, 1000, Reason::Status, u"HTTP 503"_s),
                       vote(u"ap-south"_s, Verdict::Down, 2000, Reason::Status, u"HTTP 502"_s)});
    QCOMPARE(judged.verdict, Verdict::Down);
    QCOMPARE(judged.reason, Reason::Status);
    QCOMPARE(judged.error, u"down from 2 of 3 locations (us-east: HTTP 503; ap-south: HTTP 502)"_s);
}

void TestQuorum::staleAndOwnLocationVotesDoNotCount()
{
    // Any one location seeing it down is enough here: only a vote that counts can make it down.
    const Monitor monitor = quorumMonitor(3, 1, 10);
    const qint64 stale = Quorum::freshForMs(monitor) + 1;
    const CheckResult up = own(Verdict::Up);
    QCOMPARE(Quorum::judge(monitor, up,
                           {vote(u"us-east"_s, Verdict::Down, stale),
                            vote(u"eu-west"_s, Verdict::Down, 1000)}),
             up);
    QCOMPARE(Quorum::judge(monitor, up, {vote(u"us-east"_s, Verdict::Down, stale - 2)}).verdict,
             Verdict::Down);
}

void TestQuorum::fewerVotersThanTheQuorumMustAllSeeIt()
{
    // Three wanted, two report: the quorum of 3 cannot be met, so both must see it down.
    const Monitor monitor = quorumMonitor(3, 3);
    QCOMPARE(Quorum::judge(monitor, own(Verdict::Down, Reason::Timeout),
                           {vote(u"us-east"_s, Verdict::Down, 1000, Reason::Timeout)})
                 .verdict,
             Verdict::Down);
    QCOMPARE(Quorum::judge(monitor, own(Verdict::Down, Reason::Timeout),
                           {vote(u"us-east"_s, Verdict::Up)})
                 .verdict,
             Verdict::Up);
}

void TestQuorum::aLocationWithoutTheSecretDoesNotVote()
{
    // Down from two locations, but one of them never reached the endpoint.
    const Monitor monitor = quorumMonitor(3, 2);
    const CheckResult judged =
        Quorum::judge(monitor, own(Verdict::Down, Reason::Timeout),
                      {vote(u"us-east"_s, Verdict::Down, 1000, Reason::Secret, u"no secret here"_s),
                       vote(u"ap-south"_s, Verdict::Up)});
    QCOMPARE(judged.verdict, Verdict::Up);
}

void TestQuorum::onlyTheNewestVotesCount()
{
    // Checked from 2 locations: one other vote counts, the newest (a location that voted
    // before the agents moved is older).
    const Monitor monitor = quorumMonitor(2, 2);
    const CheckResult judged =
        Quorum::judge(monitor, own(Verdict::Down, Reason::Timeout),
                      {vote(u"us-east"_s, Verdict::Down, 9000), vote(u"ap-south"_s, Verdict::Up)});
    QCOMPARE(judged.verdict, Verdict::Up);
}

void TestQuorum::votersAreTheBestRankedOtherLocations()
{
    LeaseStore::Peers peers;
    peers.agents = {agent(u"a"_s, u"eu"_s), agent(u"b"_s, u"us"_s), agent(u"c"_s, u"ap"_s),
                    agent(u"d"_s, u"sa"_s)};
    QHash<qint64, Monitor> monitors;
    for (qint64 id = 1; id <= 200; ++id) {
        Monitor monitor = quorumMonitor(3, 2);
        monitor.id = id;
        monitors.insert(id, monitor);
        peers.owners.insert(LeaseStore::shardOf(id), u"a"_s);
    }
    QHash<qint64, int> voters;
    for (const QString &self : {u"a"_s, u"b"_s, u"c"_s, u"d"_s}) {
        for (const qint64 id : VoterPlan::votesOf(self, monitors, peers)) {
            QVERIFY2(self != u"a", "the owner does not vote on its own monitor");
            ++voters[id];
        }
    }
    // Each monitor gets two voters besides its owner, and each other location gets a share.
    QCOMPARE(voters.size(), monitors.size());
    for (const int count : std::as_const(voters))
        QCOMPARE(count, 2);
    for (const QString &self : {u"b"_s, u"c"_s, u"d"_s}) {
        const qsizetype share = VoterPlan::votesOf(self, monitors, peers).size();
        QVERIFY2(share > 90 && share < 180, qPrintable(u"%1 votes on %2"_s.arg(self).arg(share)));
    }
    // Rendezvous: a location that joins takes votes only for itself; no monitor moves between
    // the locations that were there.
    peers.agents.append(agent(u"e"_s, u"af"_s));
    for (const QString &self : {u"b"_s, u"c"_s, u"d"_s}) {
        const QSet<qint64> now = VoterPlan::votesOf(self, monitors, peers);
        peers.agents.removeLast();
        const QSet<qint64> was = VoterPlan::votesOf(self, monitors, peers);
        peers.agents.append(agent(u"e"_s, u"af"_s));
        QVERIFY2(was.contains(now), qPrintable(self)); // it only lost votes, to the new location
    }
    const qsizetype joined = VoterPlan::votesOf(u"e"_s, monitors, peers).size();
    QVERIFY2(joined > 60 && joined < 140, qPrintable(QString::number(joined)));
    peers.agents.removeLast();
    // The same answer every time, and with the agents listed in another order.
    std::reverse(peers.agents.begin(), peers.agents.end());
    QHash<qint64, int> again;
    for (const QString &self : {u"b"_s, u"c"_s, u"d"_s}) {
        for (const qint64 id : VoterPlan::votesOf(self, monitors, peers))
            ++again[id];
    }
    QCOMPARE(again, voters);
}

void TestQuorum::oneAgentPerLocationVotes()
{
    LeaseStore::Peers peers;
    // Two agents in the owner's location, two in another.
    peers.agents = {agent(u"a1"_s, u"eu"_s), agent(u"a2"_s, u"eu"_s), agent(u"b1"_s, u"us"_s),
                    agent(u"b2"_s, u"us"_s)};
    QHash<qint64, Monitor> monitors;
    for (qint64 id = 1; id <= 100; ++id) {
        Monitor monitor = quorumMonitor(3, 2);
        monitor.id = id;
        monitors.insert(id, monitor);
        peers.owners.insert(LeaseStore::shardOf(id), u"a1"_s);
    }
    QVERIFY(VoterPlan::votesOf(u"a2"_s, monitors, peers).isEmpty()); // the owner's location
    const QSet<qint64> b1 = VoterPlan::votesOf(u"b1"_s, monitors, peers);
    const QSet<qint64> b2 = VoterPlan::votesOf(u"b2"_s, monitors, peers);
    QVERIFY(!b1.intersects(b2));
    QCOMPARE(b1.size() + b2.size(), monitors.size());
    QVERIFY(!b1.isEmpty() && !b2.isEmpty());
}

void TestQuorum::noVotersWithoutOwnerOrForOneLocation()
{
    LeaseStore::Peers peers;
    peers.agents = {agent(u"a"_s, u"eu"_s), agent(u"b"_s, u"us"_s)};
    QHash<qint64, Monitor> monitors;
    Monitor single = quorumMonitor(1, 1);
    single.id = 1;
    Monitor unowned = quorumMonitor(2, 2);
    unowned.id = 2;
    Monitor owned = quorumMonitor(2, 2);
    owned.id = 3;
    monitors = {{1, single}, {2, unowned}, {3, owned}};
    QVERIFY(LeaseStore::shardOf(2) != LeaseStore::shardOf(1) &&
            LeaseStore::shardOf(2) != LeaseStore::shardOf(3));
    peers.owners.insert(LeaseStore::shardOf(1), u"a"_s);
    peers.owners.insert(LeaseStore::shardOf(3), u"a"_s);
    QCOMPARE(VoterPlan::votesOf(u"b"_s, monitors, peers), QSet<qint64>{3});
    // An agent that is not (yet) among the peers votes on nothing.
    QVERIFY(VoterPlan::votesOf(u"z"_s, monitors, peers).isEmpty());
}

QTEST_GUILESS_MAIN(TestQuorum)
#include "tst_quorum.moc"
