#include "ui/window/AlertStatus.h"

#include <QLabel>
#include <QMainWindow>
#include <QStatusBar>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

AlertDeliveryReport delivery(qint64 id, const QString &name, bool ok, bool test = false)
{
    AlertDeliveryReport report;
    report.channelId = id;
    report.channelName = name;
    report.ok = ok;
    report.attempts = ok ? 1 : 3;
    report.error = ok ? QString() : u"HTTP 502 from hooks.example.com"_s;
    report.at = QDateTime::currentDateTimeUtc();
    report.test = test;
    return report;
}

AlertChannel named(qint64 id, const QString &name)
{
    AlertChannel channel;
    channel.id = id;
    channel.name = name;
    return channel;
}

} // namespace

class TestAlertStatus : public QObject {
    Q_OBJECT

private slots:
    void hiddenWhileDeliveriesSucceed();
    void failureShowsUntilNextSuccess();
    void severalChannels();
    void testFailuresAreNotShown();
    void removedAndRenamedChannels();
};

void TestAlertStatus::hiddenWhileDeliveriesSucceed()
{
    QMainWindow window;
    auto *status = new AlertStatus(&window);
    window.statusBar()->addPermanentWidget(status);
    window.show();
    QVERIFY(!status->isVisible());
    status->deliveryFinished(delivery(1, u"Ops"_s, true));
    QVERIFY(!status->isVisible());
    QVERIFY(status->text().isEmpty());
}

void TestAlertStatus::failureShowsUntilNextSuccess()
{
    QMainWindow window;
    auto *status = new AlertStatus(&window);
    window.statusBar()->addPermanentWidget(status);
    window.show();
    status->deliveryFinished(delivery(1, u"Ops Slack"_s, false));
    QVERIFY(status->isVisible());
    QCOMPARE(status->text(), u"Alert to Ops Slack failed"_s);
    QCOMPARE(status->findChild<QLabel *>(u"alertStatusText"_s)->text(),
             u"Alert to Ops Slack failed"_s);
    QVERIFY(!status->findChild<QLabel *>(u"alertStatusIcon"_s)->pixmap().isNull());
    QVERIFY(status->toolTip().startsWith(
        u"Ops Slack: Failed after 3 attempts: HTTP 502 from hooks.example.com"_s));

    // Another channel's success changes nothing; this channel's clears it.
    status->deliveryFinished(delivery(2, u"Pager"_s, true));
    QVERIFY(status->isVisible());
    status->deliveryFinished(delivery(1, u"Ops Slack"_s, true));
    QVERIFY(!status->isVisible());
    QVERIFY(status->toolTip().isEmpty());
    QCOMPARE(status->failingChannels(), 0);
}

void TestAlertStatus::severalChannels()
{
    AlertStatus status;
    status.deliveryFinished(delivery(1, u"Ops"_s, false));
    status.deliveryFinished(delivery(2, u"Pager"_s, false));
    status.deliveryFinished(delivery(2, u"Pager"_s, false)); // once per channel
    QCOMPARE(status.failingChannels(), 2);
    QCOMPARE(status.text(), u"Alerts to 2 channels failed"_s);
    const QStringList lines = status.toolTip().split(u'\n');
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(0).startsWith(u"Ops: "_s));
    QVERIFY(lines.at(1).startsWith(u"Pager: "_s));
    status.deliveryFinished(delivery(1, u"Ops"_s, true));
    QCOMPARE(status.text(), u"Alert to Pager failed"_s);
}

void TestAlertStatus::testFailuresAreNotShown()
{
    AlertStatus status;
    status.deliveryFinished(delivery(1, u"Ops"_s, false, true));
    QVERIFY(status.isHidden());
    QVERIFY(status.text().isEmpty());
    // A successful test shows the channel works again.
    status.deliveryFinished(delivery(1, u"Ops"_s, false));
    QVERIFY(!status.isHidden());
    status.deliveryFinished(delivery(1, u"Ops"_s, true, true));
    QVERIFY(status.isHidden());
}

void TestAlertStatus::removedAndRenamedChannels()
{
    AlertStatus status;
    status.deliveryFinished(delivery(1, u"Ops"_s, false));
    status.deliveryFinished(delivery(2, u"Pager"_s, false));
    status.channelsChanged({named(1, u"Ops (eu)"_s)});
    QCOMPARE(status.failingChannels(), 1);
    QCOMPARE(status.text(), u"Alert to Ops (eu) failed"_s);
    status.channelsChanged({});
    QVERIFY(status.isHidden());
}

QTEST_MAIN(TestAlertStatus)
#include "tst_alertstatus.moc"
