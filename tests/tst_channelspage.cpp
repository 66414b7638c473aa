#include "tests/support/FakeChannelBackend.h"
#include "tests/support/WidgetDriver.h"
#include "ui/dialogs/ChannelDialog.h"
#include "ui/dialogs/ChannelListModel.h"
#include "ui/dialogs/ChannelsPage.h"

#include <QAbstractItemModelTester>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using WidgetDriver::click;
using WidgetDriver::field;

namespace {

AlertChannel channel(const QString &name)
{
    AlertChannel result;
    result.name = name;
    result.preset = WebhookPreset::Discord;
    result.target = u"https://discord.com/api/\u2026"_s;
    result.credentialKey = u"channel/"_s + name;
    return result;
}

// The row showing the channel named `name` in the page's (sorted) table, or -1.
int rowOf(const QTableView *table, const QString &name)
{
    const QAbstractItemModel *model = table->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, ChannelListModel::NameColumn).data().toString() == name)
            return row;
    }
    return -1;
}

void selectRow(QTableView *table, const QString &name)
{
    const int row = rowOf(table, name);
    QVERIFY2(row >= 0, qPrintable(name));
    const QModelIndex index = table->model()->index(row, ChannelListModel::NameColumn);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
    QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(table->selectionModel()->selectedRows().first().row(), row);
}

} // namespace

class TestChannelsPage : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void emptyStateExplains();
    void addsAChannel();
    void editsOnDoubleClick();
    void removesAfterConfirmation();
    void sendsATest();
    void followsOtherChanges();

private:
    std::unique_ptr<FakeChannelBackend> m_backend;
    std::unique_ptr<ChannelsPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    void openPage()
    {
        m_page = std::make_unique<ChannelsPage>(*m_backend, QStringList{u"Shop"_s},
                                                QStringList{u"prod"_s});
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_page->resize(800, 400);
        m_page->show();
    }
    QTableView *table() const { return field<QTableView>(m_page.get(), u"channelTable"_s); }
    ChannelDialog *dialog() const { return m_page->findChild<ChannelDialog *>(); }
};

void TestChannelsPage::init()
{
    m_backend = std::make_unique<FakeChannelBackend>();
}

void TestChannelsPage::cleanup()
{
    m_tester.reset();
    m_page.reset();
    m_backend.reset();
}

void TestChannelsPage::emptyStateExplains()
{
    openPage();
    auto *empty = field<QLabel>(m_page.get(), u"emptyLabel"_s);
    QVERIFY(empty->isVisible());
    QVERIFY(!table()->isVisible());
    QVERIFY(empty->text().contains(u"webhook"_s));
    QVERIFY(empty->text().contains(u"command"_s));
    QVERIFY(empty->text().contains(u"Add"_s));
    QVERIFY(field<QPushButton>(m_page.get(), u"addButton"_s)->isEnabled());
    for (const QString &name : {u"editButton"_s, u"removeButton"_s, u"testButton"_s})
        QVERIFY(!field<QPushButton>(m_page.get(), name)->isEnabled());
}

void TestChannelsPage::addsAChannel()
{
    openPage();
    click(m_page.get(), u"addButton"_s);
    QPointer<ChannelDialog> channelDialog = dialog();
    QVERIFY(channelDialog);
    QTRY_VERIFY(channelDialog->isVisible());
    QCOMPARE(channelDialog->windowTitle(), u"Add alert channel"_s);
    WidgetDriver::retype(field<QLineEdit>(channelDialog, u"nameEdit"_s), u"Ops"_s);
    WidgetDriver::retype(field<QLineEdit>(channelDialog, u"urlEdit"_s),
                         u"https://hooks.example.com/a/b"_s);
    QTest::mouseClick(
        field<QDialogButtonBox>(channelDialog, u"buttonBox"_s)->button(QDialogButtonBox::Ok),
        Qt::LeftButton);
    QTRY_VERIFY(!channelDialog); // closed and deleted

    QCOMPARE(m_backend->saves.size(), 1);
    QCOMPARE(m_backend->saves.first().secret->url, QUrl(u"https://hooks.example.com/a/b"_s));
    QTRY_VERIFY(table()->isVisible());
    QCOMPARE(table()->model()->rowCount(), 1);
    QCOMPARE(table()->selectionModel()->selectedRows().size(), 1); // the new one is selected
    QCOMPARE(WidgetDriver::text(m_page.get(), u"statusLabel"_s), u"Saved the channel 'Ops'."_s);
    QVERIFY(field<QPushButton>(m_page.get(), u"editButton"_s)->isEnabled());
}

void TestChannelsPage::editsOnDoubleClick()
{
    m_backend->addChannel(channel(u"Beta"_s));
    const AlertChannel alpha = m_backend->addChannel(channel(u"alpha"_s));
    openPage();
    QCOMPARE(rowOf(table(), u"alpha"_s), 0); // sorted by name, case aside
    QCOMPARE(rowOf(table(), u"Beta"_s), 1);

    const QModelIndex index = table()->model()->index(0, ChannelListModel::NameColumn);
    const QPoint centre = table()->visualRect(index).center();
    QTest::mouseClick(table()->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseDClick(table()->viewport(), Qt::LeftButton, {}, centre);
    QPointer<ChannelDialog> channelDialog = dialog();
    QVERIFY(channelDialog);
    QCOMPARE(channelDialog->windowTitle(), u"Edit alert channel \u2013 alpha"_s);
    WidgetDriver::retype(field<QLineEdit>(channelDialog, u"nameEdit"_s), u"Alpha prime"_s);
    QTest::mouseClick(
        field<QDialogButtonBox>(channelDialog, u"buttonBox"_s)->button(QDialogButtonBox::Ok),
        Qt::LeftButton);
    QTRY_VERIFY(!channelDialog);
    QCOMPARE(m_backend->saves.size(), 1);
    QCOMPARE(m_backend->saves.first().channel.id, alpha.id);
    QVERIFY(!m_backend->saves.first().secret.has_value());
    QTRY_COMPARE(rowOf(table(), u"Alpha prime"_s), 0);
    QCOMPARE(table()->model()->rowCount(), 2);

    // Edit… opens the selected one too.
    selectRow(table(), u"Beta"_s);
    click(m_page.get(), u"editButton"_s);
    QVERIFY(dialog());
    QCOMPARE(dialog()->windowTitle(), u"Edit alert channel \u2013 Beta"_s);
    dialog()->reject();
}

void TestChannelsPage::removesAfterConfirmation()
{
    const AlertChannel keep = m_backend->addChannel(channel(u"Keep"_s));
    const AlertChannel drop = m_backend->addChannel(channel(u"Drop"_s));
    openPage();
    selectRow(table(), u"Drop"_s);

    click(m_page.get(), u"removeButton"_s);
    auto *box = m_page->findChild<QMessageBox *>(u"removeConfirmation"_s);
    QVERIFY(box);
    QVERIFY(box->text().contains(u"'Drop'"_s));
    box->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!m_page->findChild<QMessageBox *>(u"removeConfirmation"_s));
    QVERIFY(m_backend->removals.isEmpty());
    QCOMPARE(table()->model()->rowCount(), 2);

    // A failed removal says why and keeps the row.
    m_backend->removeError = u"the database is read-only"_s;
    click(m_page.get(), u"removeButton"_s);
    box = m_page->findChild<QMessageBox *>(u"removeConfirmation"_s);
    QVERIFY(box);
    box->button(QMessageBox::Yes)->click();
    QTRY_COMPARE(WidgetDriver::text(m_page.get(), u"statusLabel"_s),
                 u"The channel 'Drop' was not removed: the database is read-only"_s);
    QCOMPARE(table()->model()->rowCount(), 2);

    m_backend->removeError.clear();
    QTRY_VERIFY(!m_page->findChild<QMessageBox *>(u"removeConfirmation"_s));
    click(m_page.get(), u"removeButton"_s);
    box = m_page->findChild<QMessageBox *>(u"removeConfirmation"_s);
    QVERIFY(box);
    box->button(QMessageBox::Yes)->click();
    QTRY_COMPARE(table()->model()->rowCount(), 1);
    QCOMPARE(m_backend->removals, (QList<qint64>{drop.id, drop.id}));
    QCOMPARE(rowOf(table(), u"Keep"_s), 0);
    QCOMPARE(WidgetDriver::text(m_page.get(), u"statusLabel"_s), u"Removed the channel 'Drop'."_s);
    QVERIFY(m_backend->channels().size() == 1 && m_backend->channels().first().id == keep.id);
}

void TestChannelsPage::sendsATest()
{
    const AlertChannel ops = m_backend->addChannel(channel(u"Ops"_s));
    openPage();
    selectRow(table(), u"Ops"_s);
    m_backend->setHold(true);
    click(m_page.get(), u"testButton"_s);
    QCOMPARE(m_backend->tests, QList<qint64>{ops.id});
    QCOMPARE(WidgetDriver::text(m_page.get(), u"statusLabel"_s),
             u"Sending a test alert to 'Ops'\u2026"_s);
    QVERIFY(!field<QPushButton>(m_page.get(), u"testButton"_s)->isEnabled());
    m_backend->release();
    QCOMPARE(WidgetDriver::text(m_page.get(), u"statusLabel"_s),
             u"Test alert to 'Ops': Delivered in 1 attempt"_s);
    QVERIFY(field<QPushButton>(m_page.get(), u"testButton"_s)->isEnabled());
    const QModelIndex last = m_page->model()->index(0, ChannelListModel::LastDeliveryColumn);
    QCOMPARE(last.data(ChannelListModel::DeliveryOkRole).toBool(), true);

    m_backend->setHold(false);
    m_backend->testResult.ok = false;
    m_backend->testResult.attempts = 3;
    m_backend->testResult.error = u"HTTP 404 Not Found"_s;
    click(m_page.get(), u"testButton"_s);
    QTRY_COMPARE(WidgetDriver::text(m_page.get(), u"statusLabel"_s),
                 u"Test alert to 'Ops': Failed after 3 attempts: HTTP 404 Not Found"_s);
    QCOMPARE(last.data(ChannelListModel::DeliveryOkRole).toBool(), false);
}

void TestChannelsPage::followsOtherChanges()
{
    openPage();
    // `upwatch channel add` in another process: the backend announces the new list.
    m_backend->addChannel(channel(u"From the CLI"_s));
    QCOMPARE(table()->model()->rowCount(), 1);
    QTRY_VERIFY(table()->isVisible());

    // A real delivery shows in the list as well.
    AlertDeliveryReport report;
    report.channelId = m_backend->channels().first().id;
    report.channelName = u"From the CLI"_s;
    report.ok = false;
    report.attempts = 3;
    report.error = u"connection refused"_s;
    report.at = QDateTime::currentDateTimeUtc();
    emit m_backend->deliveryFinished(report);
    const QModelIndex last = m_page->model()->index(0, ChannelListModel::LastDeliveryColumn);
    QCOMPARE(last.data(Qt::ToolTipRole).toString(),
             u"Failed after 3 attempts: connection refused"_s);
}

QTEST_MAIN(TestChannelsPage)
#include "tst_channelspage.moc"
