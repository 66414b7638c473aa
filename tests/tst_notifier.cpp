#include "tests/support/Builders.h"
#include "tests/support/FakeClock.h"
#include "ui/tray/NotificationRoute.h"
#include "ui/tray/NotificationSink.h"
#include "ui/tray/Notifier.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

const QDateTime kStart(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);

// Records what it is asked to show.
class FakeSink final : public NotificationSink {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeSink)

public:
    using NotificationSink::NotificationSink;
    void show(const Notification &n) override { shown.append(n); }
    QList<Notification> shown;
};

// A certificate's expiry, as an Up check reports it.
CheckResult resultWithCertificate(qint64 id, const QDateTime &expires)
{
    CheckResult result = makeResult(id, kStart, Verdict::Up, 80);
    result.certExpires = expires;
    return result;
}

} // namespace

class TestNotifier final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void downReachesSink();
    void downWithoutErrorText();
    void unknownMonitorNamedById();
    void recovery_data();
    void recovery();
    void recoveryWithoutKnownDowntime();
    void silentChanges_data();
    void silentChanges();
    void disabledIsSilent();
    void withoutSinkNothingIsShown();
    void certificateWarning_data();
    void certificateWarning();
    void certificateWarnedOncePerDay();
    void renewedCertificateWarnsAgain();
    void certificateWarningsOff();
    void stormBecomesSummary();
    void fewDownAreShownOneByOne();
    void recoveryStormBecomesSummary();
    void route_data();
    void route();

private:
    [[nodiscard]] Notifier::MonitorLookup lookup() const;

    QHash<qint64, Monitor> m_monitors;
    std::shared_ptr<FakeClock> m_clock;
    std::unique_ptr<FakeSink> m_sink;
    std::unique_ptr<Notifier> m_notifier;
};

Notifier::MonitorLookup TestNotifier::lookup() const
{
    return [this](qint64 id) -> std::optional<Monitor> {
        if (const auto found = m_monitors.constFind(id); found != m_monitors.cend())
            return *found;
        return std::nullopt;
    };
}

void TestNotifier::init()
{
    m_monitors.clear();
    for (qint64 id = 1; id <= 20; ++id) {
        Monitor m;
        m.id = id;
        m.name = u"site%1"_s.arg(id);
        m.url = QUrl(u"https://site%1.example.com/health"_s.arg(id));
        m_monitors.insert(id, m);
    }
    m_monitors[1].name = u"api"_s;
    m_monitors[1].url = QUrl(u"https://bot:secret@api.example.com/health"_s);
    m_clock = std::make_shared<FakeClock>(kStart);
    m_sink = std::make_unique<FakeSink>();
    m_notifier = std::make_unique<Notifier>(lookup(), m_clock);
    m_notifier->setSink(m_sink.get());
}

void TestNotifier::cleanup()
{
    m_notifier.reset();
    m_sink.reset();
}

void TestNotifier::downReachesSink()
{
    QSignalSpy notified(m_notifier.get(), &Notifier::notified);
    m_notifier->handle(batchOf({makeChange(1, kStart, MonitorState::Up, MonitorState::Down)}));

    QCOMPARE(m_sink->shown.size(), 1);
    const Notification &n = m_sink->shown.constFirst();
    QCOMPARE(n.kind, Notification::Kind::Down);
    QCOMPARE(n.monitorId, 1);
    QCOMPARE(n.title, u"api is down"_s);
    QCOMPARE(n.body, u"timeout: Timed out after 10000 ms\nhttps://bot@api.example.com/health"_s);
    QVERIFY(!n.body.contains(u"secret"_s));
    QCOMPARE(notified.size(), 1);
    QCOMPARE(notified.constFirst().constFirst().value<Notification>(), n);
}

void TestNotifier::downWithoutErrorText()
{
    StateChange c = makeChange(2, kStart, MonitorState::Pending, MonitorState::Down);
    c.reason = Reason::Status;
    c.error.clear();
    m_notifier->handle(batchOf({c}));
    QCOMPARE(m_sink->shown.size(), 1);
    QCOMPARE(m_sink->shown.constFirst().body, u"status\nhttps://site2.example.com/health"_s);
}

void TestNotifier::unknownMonitorNamedById()
{
    m_notifier->handle(batchOf({makeChange(99, kStart, MonitorState::Up, MonitorState::Down)}));
    QCOMPARE(m_sink->shown.size(), 1);
    QCOMPARE(m_sink->shown.constFirst().title, u"Monitor 99 is down"_s);
    QCOMPARE(m_sink->shown.constFirst().body, u"timeout: Timed out after 10000 ms"_s);
}

void TestNotifier::recovery_data()
{
    QTest::addColumn<qint64>("downSeconds");
    QTest::addColumn<MonitorState>("backTo");
    QTest::addColumn<QString>("downFor");

    QTest::newRow("seconds") << 45LL << MonitorState::Up << u"45 s"_s;
    QTest::newRow("minutes") << 12 * 60LL << MonitorState::Up << u"12 min"_s;
    QTest::newRow("minutes and seconds") << 12 * 60LL + 30 << MonitorState::Up << u"12 min 30 s"_s;
    QTest::newRow("hour") << 3600LL << MonitorState::Up << u"1 h"_s;
    QTest::newRow("hours and minutes") << 3 * 3600LL + 5 * 60 << MonitorState::Up << u"3 h 5 min"_s;
    QTest::newRow("days and hours")
        << 2 * 86400LL + 4 * 3600 << MonitorState::Up << u"2 days 4 h"_s;
    QTest::newRow("one day") << 86400LL + 59 << MonitorState::Up << u"1 day"_s;
    QTest::newRow("back as degraded") << 120LL << MonitorState::Degraded << u"2 min"_s;
}

void TestNotifier::recovery()
{
    QFETCH(qint64, downSeconds);
    QFETCH(MonitorState, backTo);
    QFETCH(QString, downFor);

    m_notifier->handle(batchOf({makeChange(2, kStart, MonitorState::Up, MonitorState::Down)}));
    m_notifier->handle(
        batchOf({makeChange(2, kStart.addSecs(downSeconds), MonitorState::Down, backTo)}));

    QCOMPARE(m_sink->shown.size(), 2);
    const Notification &n = m_sink->shown.at(1);
    QCOMPARE(n.kind, Notification::Kind::Recovered);
    QCOMPARE(n.monitorId, 2);
    QCOMPARE(n.title, u"site2 is back up"_s);
    QCOMPARE(n.body, u"Down for %1.\nhttps://site2.example.com/health"_s.arg(downFor));
}

void TestNotifier::recoveryWithoutKnownDowntime()
{
    // Down before this session started: the duration is unknown.
    m_notifier->handle(batchOf({makeChange(3, kStart, MonitorState::Down, MonitorState::Up)}));
    QCOMPARE(m_sink->shown.size(), 1);
    QCOMPARE(m_sink->shown.constFirst().kind, Notification::Kind::Recovered);
    QCOMPARE(m_sink->shown.constFirst().title, u"site3 is back up"_s);
    QCOMPARE(m_sink->shown.constFirst().body, u"https://site3.example.com/health"_s);
}

void TestNotifier::silentChanges_data()
{
    QTest::addColumn<MonitorState>("from");
    QTest::addColumn<MonitorState>("to");

    QTest::newRow("unreachable via parent") << MonitorState::Up << MonitorState::Unreachable;
    QTest::newRow("pending to unreachable") << MonitorState::Pending << MonitorState::Unreachable;
    QTest::newRow("unreachable back up") << MonitorState::Unreachable << MonitorState::Up;
    QTest::newRow("degraded") << MonitorState::Up << MonitorState::Degraded;
    QTest::newRow("degraded back up") << MonitorState::Degraded << MonitorState::Up;
    QTest::newRow("first up") << MonitorState::Pending << MonitorState::Up;
    QTest::newRow("paused") << MonitorState::Up << MonitorState::Paused;
    QTest::newRow("paused while down") << MonitorState::Down << MonitorState::Paused;
    QTest::newRow("resumed") << MonitorState::Paused << MonitorState::Pending;
}

void TestNotifier::silentChanges()
{
    QFETCH(MonitorState, from);
    QFETCH(MonitorState, to);
    QSignalSpy notified(m_notifier.get(), &Notifier::notified);
    m_notifier->handle(batchOf({makeChange(4, kStart, from, to)}));
    QCOMPARE(m_sink->shown.size(), 0);
    QCOMPARE(notified.size(), 0);

    // The same batch path does notify for a real outage (the rows above are not dropped for
    // some other reason).
    m_notifier->handle(batchOf({makeChange(5, kStart, MonitorState::Up, MonitorState::Down)}));
    QCOMPARE(m_sink->shown.size(), 1);
}

void TestNotifier::disabledIsSilent()
{
    m_notifier->setEnabled(false);
    QVERIFY(!m_notifier->isEnabled());
    QSignalSpy notified(m_notifier.get(), &Notifier::notified);
    m_notifier->handle(batchOf({makeChange(1, kStart, MonitorState::Up, MonitorState::Down)}));
    m_notifier->setCertificateWarningDays(14);
    m_notifier->handle(batchOf({resultWithCertificate(2, kStart.addDays(3))}));
    QCOMPARE(m_sink->shown.size(), 0);
    QCOMPARE(notified.size(), 0);

    // The outage was still timed while notifications were off.
    m_notifier->setEnabled(true);
    m_notifier->handle(
        batchOf({makeChange(1, kStart.addSecs(300), MonitorState::Down, MonitorState::Up)}));
    QCOMPARE(m_sink->shown.size(), 1);
    QVERIFY2(m_sink->shown.constFirst().body.startsWith(u"Down for 5 min."_s),
             qPrintable(m_sink->shown.constFirst().body));
}

void TestNotifier::withoutSinkNothingIsShown()
{
    QSignalSpy notified(m_notifier.get(), &Notifier::notified);
    m_notifier->setSink(nullptr);
    m_notifier->handle(batchOf({makeChange(1, kStart, MonitorState::Up, MonitorState::Down)}));
    QCOMPARE(notified.size(), 0);

    // A sink deleted behind the notifier's back is dropped, not called.
    auto other = std::make_unique<FakeSink>();
    m_notifier->setSink(other.get());
    other.reset();
    QCOMPARE(m_notifier->sink(), nullptr);
    m_notifier->handle(batchOf({makeChange(2, kStart, MonitorState::Up, MonitorState::Down)}));
    QCOMPARE(notified.size(), 0);
    QCOMPARE(m_sink->shown.size(), 0);
}

void TestNotifier::certificateWarning_data()
{
    QTest::addColumn<qint64>("secondsLeft");
    QTest::addColumn<QString>("title"); // empty: no warning

    QTest::newRow("ten days") << 10 * 86400LL + 3600 << u"Certificate of api expires in 10 days"_s;
    QTest::newRow("one day") << 86400LL + 60 << u"Certificate of api expires in 1 day"_s;
    QTest::newRow("hours") << 5 * 3600LL << u"Certificate of api expires in less than a day"_s;
    QTest::newRow("expired") << -3600LL << u"Certificate of api has expired"_s;
    QTest::newRow("at the edge") << 14 * 86400LL << u"Certificate of api expires in 14 days"_s;
    QTest::newRow("beyond the window") << 14 * 86400LL + 1 << QString();
    QTest::newRow("far away") << 90 * 86400LL << QString();
}

void TestNotifier::certificateWarning()
{
    QFETCH(qint64, secondsLeft);
    QFETCH(QString, title);

    m_notifier->setCertificateWarningDays(14);
    const QDateTime expires = kStart.addSecs(secondsLeft);
    m_notifier->handle(batchOf({resultWithCertificate(1, expires)}));
    if (title.isEmpty()) {
        QCOMPARE(m_sink->shown.size(), 0);
        return;
    }
    QCOMPARE(m_sink->shown.size(), 1);
    const Notification &n = m_sink->shown.constFirst();
    QCOMPARE(n.kind, Notification::Kind::CertificateExpiring);
    QCOMPARE(n.monitorId, 1);
    QCOMPARE(n.title, title);
    QCOMPARE(n.body, u"Expiry: %1\nhttps://bot@api.example.com/health"_s.arg(
                         expires.toString(u"yyyy-MM-dd HH:mm 'UTC'"_s)));
}

void TestNotifier::certificateWarnedOncePerDay()
{
    m_notifier->setCertificateWarningDays(14);
    const QDateTime expires = kStart.addDays(7);
    const ResultBatch batch = batchOf({resultWithCertificate(2, expires)});

    m_notifier->handle(batch);
    QCOMPARE(m_sink->shown.size(), 1);
    QCOMPARE(m_sink->shown.constFirst().title, u"Certificate of site2 expires in 7 days"_s);

    // Every check sees the same certificate: not again within 24 h.
    for (int hour = 1; hour < 24; ++hour) {
        m_clock->advance(3600 * 1000);
        m_notifier->handle(batch);
    }
    m_clock->advance(3600 * 1000 - 1);
    m_notifier->handle(batch);
    QCOMPARE(m_sink->shown.size(), 1);

    // A day after the warning: once more, with the new count of days.
    m_clock->advance(1);
    m_notifier->handle(batch);
    QCOMPARE(m_sink->shown.size(), 2);
    QCOMPARE(m_sink->shown.at(1).title, u"Certificate of site2 expires in 6 days"_s);
    m_notifier->handle(batch);
    QCOMPARE(m_sink->shown.size(), 2);

    // Other monitors are counted on their own.
    m_notifier->handle(batchOf({resultWithCertificate(3, expires)}));
    QCOMPARE(m_sink->shown.size(), 3);
    QCOMPARE(m_sink->shown.at(2).monitorId, 3);
}

void TestNotifier::renewedCertificateWarnsAgain()
{
    m_notifier->setCertificateWarningDays(14);
    m_notifier->handle(batchOf({resultWithCertificate(2, kStart.addDays(2))}));
    QCOMPARE(m_sink->shown.size(), 1);
    // Another certificate (a different expiry) is news at once, even within the day.
    m_clock->advance(60 * 1000);
    m_notifier->handle(batchOf({resultWithCertificate(2, kStart.addDays(12))}));
    QCOMPARE(m_sink->shown.size(), 2);
    QCOMPARE(m_sink->shown.at(1).title, u"Certificate of site2 expires in 11 days"_s);
}

void TestNotifier::certificateWarningsOff()
{
    m_notifier->setCertificateWarningDays(0);
    QCOMPARE(m_notifier->certificateWarningDays(), 0);
    m_notifier->handle(batchOf({resultWithCertificate(2, kStart.addDays(-1))}));
    m_notifier->handle(batchOf({resultWithCertificate(2, kStart.addSecs(60))}));
    // No certificate seen (plain HTTP): nothing to say either.
    m_notifier->setCertificateWarningDays(14);
    m_notifier->handle(batchOf({resultWithCertificate(2, QDateTime())}));
    QCOMPARE(m_sink->shown.size(), 0);
}

void TestNotifier::stormBecomesSummary()
{
    QList<StateChange> changes;
    for (qint64 id = 3; id <= 14; ++id)
        changes.append(makeChange(id, kStart, MonitorState::Up, MonitorState::Down));
    // Unreachable children in the same batch are not counted.
    changes.append(makeChange(15, kStart, MonitorState::Up, MonitorState::Unreachable));
    QSignalSpy notified(m_notifier.get(), &Notifier::notified);
    m_notifier->handle(batchOf(changes));

    QCOMPARE(m_sink->shown.size(), 1);
    const Notification &n = m_sink->shown.constFirst();
    QCOMPARE(n.kind, Notification::Kind::Down);
    QCOMPARE(n.monitorId, 3);
    QCOMPARE(n.title, u"12 monitors are down"_s);
    QCOMPARE(n.body, u"site3, site4, site5, site6, site7 and 7 more"_s);
    QCOMPARE(notified.size(), 1);
}

void TestNotifier::fewDownAreShownOneByOne()
{
    QList<StateChange> changes;
    for (qint64 id = 1; id <= Notifier::kSummaryThreshold; ++id)
        changes.append(makeChange(id, kStart, MonitorState::Up, MonitorState::Down));
    m_notifier->handle(batchOf(changes));
    QCOMPARE(m_sink->shown.size(), Notifier::kSummaryThreshold);
    QCOMPARE(m_sink->shown.at(0).title, u"api is down"_s);
    QCOMPARE(m_sink->shown.at(4).title, u"site5 is down"_s);
}

void TestNotifier::recoveryStormBecomesSummary()
{
    QList<StateChange> down;
    QList<StateChange> up;
    for (qint64 id = 2; id <= 8; ++id) {
        down.append(makeChange(id, kStart, MonitorState::Up, MonitorState::Down));
        up.append(makeChange(id, kStart.addSecs(60), MonitorState::Down, MonitorState::Up));
    }
    m_notifier->handle(batchOf(down));
    m_notifier->handle(batchOf(up));
    QCOMPARE(m_sink->shown.size(), 2);
    const Notification &n = m_sink->shown.at(1);
    QCOMPARE(n.kind, Notification::Kind::Recovered);
    QCOMPARE(n.monitorId, 2);
    QCOMPARE(n.title, u"7 monitors are back up"_s);
    QCOMPARE(n.body, u"site2, site3, site4, site5, site6 and 2 more"_s);
}

void TestNotifier::route_data()
{
    QTest::addColumn<bool>("dbus");
    QTest::addColumn<bool>("tray");
    QTest::addColumn<NotificationRoute>("route");

    QTest::newRow("service and tray") << true << true << NotificationRoute::DBus;
    QTest::newRow("service only") << true << false << NotificationRoute::DBus;
    QTest::newRow("tray only") << false << true << NotificationRoute::TrayBalloon;
    QTest::newRow("neither") << false << false << NotificationRoute::None;
}

void TestNotifier::route()
{
    QFETCH(bool, dbus);
    QFETCH(bool, tray);
    QFETCH(NotificationRoute, route);
    QCOMPARE(chooseNotificationRoute(dbus, tray), route);
}

QTEST_GUILESS_MAIN(TestNotifier)
#include "tst_notifier.moc"
