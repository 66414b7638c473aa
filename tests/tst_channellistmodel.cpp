#include "ui/dialogs/ChannelListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

AlertChannel webhook(qint64 id, const QString &name)
{
    AlertChannel channel;
    channel.id = id;
    channel.name = name;
    channel.preset = WebhookPreset::Slack;
    channel.target = u"https://hooks.slack.com/services/\u2026"_s;
    channel.credentialKey = u"channel/"_s + QString::number(id);
    return channel;
}

AlertChannel command(qint64 id, const QString &name)
{
    AlertChannel channel;
    channel.id = id;
    channel.name = name;
    channel.kind = AlertChannelKind::Command;
    channel.program = u"/usr/bin/notify-send"_s;
    channel.arguments = {u"Upwatch"_s};
    channel.events = {AlertEventKind::Down};
    channel.tags = {u"prod"_s};
    channel.enabled = false;
    return channel;
}

AlertDeliveryReport report(qint64 id, bool ok, const QString &error = {})
{
    AlertDeliveryReport r;
    r.channelId = id;
    r.ok = ok;
    r.attempts = ok ? 1 : 3;
    r.error = error;
    r.at = QDateTime::currentDateTimeUtc();
    return r;
}

} // namespace

class TestChannelListModel : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void showsChannels();
    void mergesByIdWithoutReset();
    void lastDelivery();

private:
    QString text(int row, int column, int role = Qt::DisplayRole) const
    {
        return m_model->data(m_model->index(row, column), role).toString();
    }

    std::unique_ptr<ChannelListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestChannelListModel::init()
{
    m_model = std::make_unique<ChannelListModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestChannelListModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

void TestChannelListModel::showsChannels()
{
    m_model->setChannels({webhook(1, u"Ops Slack"_s), command(2, u"Pager"_s)});
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->columnCount(), int(ChannelListModel::ColumnCount));
    QCOMPARE(m_model->headerData(ChannelListModel::ScopeColumn, Qt::Horizontal, Qt::DisplayRole)
                 .toString(),
             u"Monitors"_s);

    QCOMPARE(text(0, ChannelListModel::NameColumn), u"Ops Slack"_s);
    QCOMPARE(text(0, ChannelListModel::KindColumn), u"Webhook (Slack)"_s);
    QCOMPARE(text(0, ChannelListModel::EventsColumn), u"All events"_s);
    QCOMPARE(text(0, ChannelListModel::ScopeColumn), u"All monitors"_s);
    QCOMPARE(text(0, ChannelListModel::TargetColumn), u"https://hooks.slack.com/services/\u2026"_s);
    QCOMPARE(text(0, ChannelListModel::EnabledColumn), u"Yes"_s);
    QCOMPARE(text(0, ChannelListModel::LastDeliveryColumn), u"\u2014"_s);

    QCOMPARE(text(1, ChannelListModel::KindColumn), u"Command"_s);
    QCOMPARE(text(1, ChannelListModel::EventsColumn), u"Down"_s);
    QCOMPARE(text(1, ChannelListModel::ScopeColumn), u"Tag prod"_s);
    QCOMPARE(text(1, ChannelListModel::ScopeColumn, Qt::ToolTipRole), u"Monitors tagged: prod"_s);
    QCOMPARE(text(1, ChannelListModel::TargetColumn), command(2, {}).describeTarget());
    QVERIFY(text(1, ChannelListModel::TargetColumn).startsWith(u"/usr/bin/notify-send"_s));
    QCOMPARE(text(1, ChannelListModel::EnabledColumn), u"No"_s);
    for (int column = 0; column < ChannelListModel::ColumnCount; ++column) {
        QCOMPARE(
            m_model->data(m_model->index(1, column), ChannelListModel::ChannelIdRole).toLongLong(),
            qint64(2));
    }
    QCOMPARE(m_model->rowOf(2), 1);
    QCOMPARE(m_model->rowOf(9), -1);
    QCOMPARE(m_model->channelAt(1)->name, u"Pager"_s);
    QVERIFY(!m_model->channelAt(2).has_value());
}

void TestChannelListModel::mergesByIdWithoutReset()
{
    m_model->setChannels({webhook(1, u"A"_s), webhook(2, u"B"_s), webhook(3, u"C"_s)});
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    const QPersistentModelIndex third(m_model->index(2, 0));

    AlertChannel renamed = webhook(3, u"C2"_s);
    m_model->setChannels({webhook(4, u"D"_s), renamed, webhook(1, u"A"_s)});
    QCOMPARE(resets.size(), 0);
    QCOMPARE(removed.size(), 1);  // B
    QCOMPARE(inserted.size(), 1); // D, at the end
    QCOMPARE(changed.size(), 1);  // C renamed, in place
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(text(0, ChannelListModel::NameColumn), u"A"_s);
    QCOMPARE(text(1, ChannelListModel::NameColumn), u"C2"_s);
    QCOMPARE(text(2, ChannelListModel::NameColumn), u"D"_s);
    QVERIFY(third.isValid());
    QCOMPARE(third.row(), 1); // the row moved up but is the same row

    // The same list again changes nothing.
    changed.clear();
    m_model->setChannels({webhook(4, u"D"_s), renamed, webhook(1, u"A"_s)});
    QCOMPARE(changed.size(), 0);

    m_model->setChannels({});
    QCOMPARE(m_model->rowCount(), 0);
}

void TestChannelListModel::lastDelivery()
{
    m_model->setChannels({webhook(1, u"A"_s), command(2, u"B"_s)});
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->recordDelivery(report(2, false, u"HTTP 500"_s));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex(),
             m_model->index(1, ChannelListModel::LastDeliveryColumn));
    QVERIFY(text(1, ChannelListModel::LastDeliveryColumn).startsWith(u"Failed "_s));
    QCOMPARE(text(1, ChannelListModel::LastDeliveryColumn, Qt::ToolTipRole),
             u"Failed after 3 attempts: HTTP 500"_s);
    const QModelIndex cell = m_model->index(1, ChannelListModel::LastDeliveryColumn);
    QCOMPARE(m_model->data(cell, ChannelListModel::DeliveryOkRole).toBool(), false);
    QVERIFY(!m_model->data(cell, Qt::DecorationRole).isNull());
    QVERIFY(m_model
                ->data(m_model->index(0, ChannelListModel::LastDeliveryColumn),
                       ChannelListModel::DeliveryOkRole)
                .isNull());

    AlertDeliveryReport test = report(2, true);
    test.test = true;
    m_model->recordDelivery(test);
    QVERIFY(text(1, ChannelListModel::LastDeliveryColumn).startsWith(u"Delivered "_s));
    QVERIFY(text(1, ChannelListModel::LastDeliveryColumn).endsWith(u"(test)"_s));
    QCOMPARE(m_model->lastDelivery(2)->ok, true);

    // Deliveries of unknown channels are ignored; a removed channel's is forgotten.
    changed.clear();
    m_model->recordDelivery(report(7, false));
    QCOMPARE(changed.size(), 0);
    QVERIFY(!m_model->lastDelivery(7).has_value());
    m_model->setChannels({webhook(1, u"A"_s)});
    QVERIFY(!m_model->lastDelivery(2).has_value());
}

QTEST_MAIN(TestChannelListModel)
#include "tst_channellistmodel.moc"
