#include "core/alert/AlertGrouping.h"
#include "core/base/SystemClock.h"
#include "tests/support/FakeClock.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

AlertEvent down(const QString &monitor)
{
    AlertEvent event;
    event.kind = AlertEventKind::Down;
    event.monitorName = monitor;
    return event;
}

AlertMessage messageAt(const QSignalSpy &spy, int i)
{
    return spy.at(i).at(0).value<AlertMessage>();
}

} // namespace

class TestAlertGrouping final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void oneEventIsOneNormalMessage();
    void eventsTogetherBecomeOneSummary();
    void trickleLeavesAtTheLatestAfterMax();
    void outageOverAnIntervalIsFewMessages();
    void channelsAreGroupedApart();
    void flushAllSendsWhatWaits();
    void droppedChannelSendsNothing();
    void bigOutageIsBounded();
    void timerDeliversWithoutHelp();

private:
    std::shared_ptr<FakeClock> m_clock;
    std::unique_ptr<AlertGrouping> m_grouping;
};

void TestAlertGrouping::init()
{
    qRegisterMetaType<AlertMessage>();
    m_clock = std::make_shared<FakeClock>();
    m_grouping = std::make_unique<AlertGrouping>(m_clock);
}

void TestAlertGrouping::oneEventIsOneNormalMessage()
{
    QSignalSpy ready(m_grouping.get(), &AlertGrouping::ready);
    m_grouping->add(7, down(u"api"_s));
    m_grouping->flushDue();
    QCOMPARE(ready.count(), 0);
    m_clock->advance(AlertGrouping::kDefaultQuietMs - 1);
    m_grouping->flushDue();
    QCOMPARE(ready.count(), 0);
    m_clock->advance(1);
    m_grouping->flushDue();
    QCOMPARE(ready.count(), 1);
    const AlertMessage message = messageAt(ready, 0);
    QCOMPARE(message.channelId, 7);
    QCOMPARE(message.count, 1);
    QVERIFY(!message.isSummary());
    QCOMPARE(message.events.constFirst().monitorName, u"api"_s);
    QVERIFY(!m_grouping->hasPending());
    m_clock->advance(60'000);
    m_grouping->flushDue();
    QCOMPARE(ready.count(), 1);
}

void TestAlertGrouping::eventsTogetherBecomeOneSummary()
{
    QSignalSpy ready(m_grouping.get(), &AlertGrouping::ready);
    const QStringList names{u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s};
    for (const QString &name : names) {
        m_grouping->add(1, down(name));
        m_clock->advance(300);
        m_grouping->flushDue();
    }
    QCOMPARE(ready.count(), 0);
    m_clock->advance(AlertGrouping::kDefaultQuietMs);
    m_grouping->flushDue();
    QCOMPARE(ready.count(), 1);
    const AlertMessage message = messageAt(ready, 0);
    QVERIFY(message.isSummary());
    QCOMPARE(message.count, 5);
    QStringList got;
    for (const AlertEvent &event : message.events)
        got.append(event.monitorName);
    QCOMPARE(got, names);
}

void TestAlertGrouping::trickleLeavesAtTheLatestAfterMax()
{
    QSignalSpy ready(m_grouping.get(), &AlertGrouping::ready);
    // One event a second never leaves a quiet gap: the message goes at the maximum.
    int sent = 0;
    while (ready.isEmpty()) {
        m_grouping->add(1, down(u"m%1"_s.arg(sent++)));
        m_clock->advance(1000);
        m_grouping->flushDue();
        QVERIFY(sent <= AlertGrouping::kDefaultMaxMs / 1000);
    }
    QCOMPARE(messageAt(ready, 0).count, AlertGrouping::kDefaultMaxMs / 1000);
}

void TestAlertGrouping::outageOverAnIntervalIsFewMessages()
{
    QSignalSpy ready(m_grouping.get(), &AlertGrouping::ready);
    // 60 monitors checked every 90 s go down one by one, 1.5 s apart: the first message leaves
    // at the maximum, the rest wait for follow-ups a minute apart, not one every 10 s.
    for (int i = 0; i < 60; ++i) {
        m_grouping->add(1, down(u"m%1"_s.arg(i)));
        m_clock->advance(1500);
        m_grouping->flushDue();
    }
    for (int second = 0; second < 120; ++second) {
        m_clock->advance(1000);
        m_grouping->flushDue();
    }
    QVERIFY(!m_grouping->hasPending());
    QCOMPARE(ready.count(), 3);
    QCOMPARE(messageAt(ready, 0).count, AlertGrouping::kDefaultMaxMs / 1500 + 1);
    int total = 0;
    for (int i = 0; i < ready.count(); ++i)
        total += messageAt(ready, i).count;
    QCOMPARE(total, 60);
    // Once a follow-up time passed quietly, the next event leaves at the quiet time again.
    m_clock->advance(AlertGrouping::kDefaultFollowUpMs);
    m_grouping->flushDue();
    m_grouping->add(1, down(u"late"_s));
    m_clock->advance(AlertGrouping::kDefaultQuietMs);
    m_grouping->flushDue();
    QCOMPARE(ready.count(), 4);
    QCOMPARE(messageAt(ready, 3).count, 1);
}

void TestAlertGrouping::channelsAreGroupedApart()
{
    QSignalSpy ready(m_grouping.get(), &AlertGrouping::ready);
    m_grouping->add(1, down(u"a"_s));
    m_clock->advance(1500);
    m_grouping->add(2, down(u"b"_s));
    m_grouping->add(2, down(u"c"_s));
    m_clock->advance(500);
    m_grouping->flushDue();
    QCOMPARE(ready.count(), 1);
    QCOMPARE(messageAt(ready, 0).channelId, 1);
    QCOMPARE(messageAt(ready, 0).count, 1);
    m_clock->advance(1500);
    m_grouping->flushDue();
    QCOMPARE(ready.count(), 2);
    QCOMPARE(messageAt(ready, 1).channelId, 2);
    QCOMPARE(messageAt(ready, 1).count, 2);
}

void TestAlertGrouping::flushAllSendsWhatWaits()
{
    QSignalSpy ready(m_grouping.get(), &AlertGrouping::ready);
    m_grouping->add(1, down(u"a"_s));
    m_grouping->add(2, down(u"b"_s));
    m_grouping->flushAll();
    QCOMPARE(ready.count(), 2);
    QCOMPARE(messageAt(ready, 0).channelId, 1);
    QCOMPARE(messageAt(ready, 1).channelId, 2);
    QVERIFY(!m_grouping->hasPending());
}

void TestAlertGrouping::droppedChannelSendsNothing()
{
    QSignalSpy ready(m_grouping.get(), &AlertGrouping::ready);
    m_grouping->add(1, down(u"a"_s));
    m_grouping->add(2, down(u"b"_s));
    m_grouping->drop(1);
    m_clock->advance(AlertGrouping::kDefaultMaxMs);
    m_grouping->flushDue();
    QCOMPARE(ready.count(), 1);
    QCOMPARE(messageAt(ready, 0).channelId, 2);
}

void TestAlertGrouping::bigOutageIsBounded()
{
    QSignalSpy ready(m_grouping.get(), &AlertGrouping::ready);
    for (int i = 0; i < AlertMessage::kMaxEvents + 100; ++i)
        m_grouping->add(1, down(u"m%1"_s.arg(i)));
    m_grouping->flushAll();
    const AlertMessage message = messageAt(ready, 0);
    QCOMPARE(message.count, AlertMessage::kMaxEvents + 100);
    QCOMPARE(message.events.size(), AlertMessage::kMaxEvents);
    QCOMPARE(message.events.constLast().monitorName, u"m%1"_s.arg(AlertMessage::kMaxEvents - 1));
}

void TestAlertGrouping::timerDeliversWithoutHelp()
{
    // With the real clock, the grouping's own timer sends the message.
    AlertGrouping grouping(std::make_shared<SystemClock>());
    grouping.setWindow(10, 50);
    QSignalSpy ready(&grouping, &AlertGrouping::ready);
    grouping.add(3, down(u"a"_s));
    grouping.add(3, down(u"b"_s));
    QTRY_COMPARE(ready.count(), 1);
    QCOMPARE(messageAt(ready, 0).count, 2);
}

QTEST_GUILESS_MAIN(TestAlertGrouping)
#include "tst_alertgrouping.moc"
