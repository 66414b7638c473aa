#include "core/service/MaintenancePlanner.h"
#include "core/service/MonitoringService.h"
#include "core/store/MaintenanceStore.h"
#include "core/store/MonitorStore.h"
#include "core/store/StoreDatabase.h"
#include "tests/support/Builders.h"
#include "tests/support/FakeClock.h"
#include "tests/support/WidgetDriver.h"
#include "ui/dialogs/MaintenanceDialog.h"
#include "ui/window/MaintenanceListModel.h"
#include "ui/window/MaintenanceText.h"
#include "ui/window/MaintenanceWindowsDialog.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>
#include <QTimeZone>
#include <QToolButton>

#include <ctime>
#include <memory>

using namespace Qt::StringLiterals;
using WidgetDriver::click;
using WidgetDriver::field;
using WidgetDriver::retype;
using WidgetDriver::shown;

namespace {

constexpr int kWaitMs = 30'000;
// Wednesday 2 December 2026, 10:00 UTC; the test runs in UTC.
const QDateTime kNow(QDate(2026, 12, 2), QTime(10, 0), Qt::UTC);

QPushButton *okButton(const QWidget *dialog)
{
    return field<QDialogButtonBox>(dialog, u"buttonBox"_s)->button(QDialogButtonBox::Ok);
}

void toggleItem(const QWidget *dialog, const QString &list, const QString &text)
{
    const auto items = field<QListWidget>(dialog, list)->findItems(text, Qt::MatchExactly);
    QVERIFY2(!items.isEmpty(), qPrintable(text));
    items.first()->setCheckState(items.first()->checkState() == Qt::Checked ? Qt::Unchecked
                                                                            : Qt::Checked);
}

} // namespace

// The maintenance window editor and the list of windows, on a real MonitoringService with a
// temporary database and a fake clock: the fields are checked as they are typed, a weekly
// window across midnight is saved through the planner and stored, a save the store refuses keeps
// the dialog open with the reason, and the list adds, edits and removes windows.
class TestMaintenanceDialog final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void validatesAndSavesWeeklyAcrossMidnight();
    void oneOffWindowMustEndAfterItStarts();
    void refusedSaveKeepsTheDialogOpen();
    void editingKeepsTagsBesideMonitors();
    void weeklyMadeOneOffStartsSoon();
    void listAddsEditsAndRemoves();

private:
    [[nodiscard]] std::unique_ptr<MaintenanceDialog> openDialog(const MaintenanceWindow &window);
    [[nodiscard]] QList<MaintenanceWindow> stored() const;
    void addStored(MaintenanceWindow window);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::shared_ptr<FakeClock> m_clock;
    std::unique_ptr<MonitoringService> m_service;
    qint64 m_shop = 0;
    qint64 m_api = 0;
};

void TestMaintenanceDialog::initTestCase()
{
    qputenv("TZ", "UTC");
    tzset();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestMaintenanceDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(u"upwatch.db"_s);
    {
        QString error;
        auto database = StoreDatabase::open(m_path, &error);
        QVERIFY2(database, qPrintable(error));
        MonitorStore monitors(*database);
        Monitor shop = MonitorBuilder(u"Shop"_s).tags({u"prod"_s, u"web"_s}).build();
        Monitor api = MonitorBuilder(u"API"_s).tags({u"prod"_s}).build();
        Monitor blog = MonitorBuilder(u"Blog"_s).build();
        for (Monitor *monitor : {&shop, &api, &blog}) {
            monitor->intervalSeconds = 3600;
            QVERIFY(monitors.add(*monitor));
        }
        m_shop = shop.id;
        m_api = api.id;
    }
    m_clock = std::make_shared<FakeClock>(kNow);
    m_service = std::make_unique<MonitoringService>(m_path, m_clock);
    QSignalSpy loaded(m_service.get(), &MonitoringService::loaded);
    m_service->start();
    QVERIFY(loaded.wait(kWaitMs));
    QVERIFY(m_service->maintenance().isLoaded());
}

void TestMaintenanceDialog::cleanup()
{
    if (m_service && m_service->isLoaded() && !m_service->isStopping()) {
        QSignalSpy stopped(m_service.get(), &MonitoringService::stopped);
        m_service->shutdown();
        QVERIFY(stopped.wait(kWaitMs));
    }
    m_service.reset();
    m_dir.reset();
}

std::unique_ptr<MaintenanceDialog>
TestMaintenanceDialog::openDialog(const MaintenanceWindow &window)
{
    auto dialog = std::make_unique<MaintenanceDialog>(m_service->maintenance(), window,
                                                      m_service->monitors().values(), m_clock);
    dialog->show();
    return dialog;
}

QList<MaintenanceWindow> TestMaintenanceDialog::stored() const
{
    QString error;
    auto database = StoreDatabase::open(m_path, &error);
    if (!database)
        return {};
    return MaintenanceStore(*database).all().value_or(QList<MaintenanceWindow>());
}

void TestMaintenanceDialog::addStored(MaintenanceWindow window)
{
    QString error;
    auto database = StoreDatabase::open(m_path, &error);
    QVERIFY2(database, qPrintable(error));
    MaintenanceStore store(*database);
    QVERIFY2(store.add(window), qPrintable(store.lastError()));
}

void TestMaintenanceDialog::validatesAndSavesWeeklyAcrossMidnight()
{
    const auto dialog = openDialog(MaintenanceDialog::newWindow(kNow));
    QWidget *d = dialog.get();
    QCOMPARE(d->windowTitle(), u"Plan maintenance"_s);
    QVERIFY(!okButton(d)->isEnabled()); // no name yet
    QVERIFY(!shown(d, u"nameError"_s)); // and no reproach before anything is typed
    QVERIFY(field<QRadioButton>(d, u"allMonitorsRadio"_s)->isChecked());
    QVERIFY(field<QRadioButton>(d, u"onceRadio"_s)->isChecked());
    // The new window starts now (10:00, on the quarter hour) and lasts an hour.
    QCOMPARE(WidgetDriver::text(d, u"nextLabel"_s), u"Open now until 11:00"_s);

    retype(field<QLineEdit>(d, u"nameEdit"_s), u"Nightly backup"_s);
    QVERIFY(okButton(d)->isEnabled());
    retype(field<QLineEdit>(d, u"nameEdit"_s), QString());
    QVERIFY(shown(d, u"nameError"_s));
    QCOMPARE(WidgetDriver::text(d, u"nameError"_s), u"The maintenance window has no name."_s);
    QVERIFY(!okButton(d)->isEnabled());
    retype(field<QLineEdit>(d, u"nameEdit"_s), u"Nightly backup"_s);
    QVERIFY(!shown(d, u"nameError"_s));

    // Every week: the day of the one-off window (Wednesday) to start with; no day at all is
    // refused.
    field<QRadioButton>(d, u"weeklyRadio"_s)->click();
    auto *wednesday = field<QToolButton>(d, u"day3"_s);
    QVERIFY(wednesday->isChecked());
    wednesday->click();
    QVERIFY(shown(d, u"problemError"_s));
    QVERIFY2(WidgetDriver::text(d, u"problemError"_s).contains(u"needs at least one weekday"_s),
             qPrintable(WidgetDriver::text(d, u"problemError"_s)));
    QVERIFY(!okButton(d)->isEnabled());
    QVERIFY(WidgetDriver::text(d, u"nextLabel"_s).isEmpty());
    // The days in the locale's order (Monday first in the UK), with its names.
    const QList<QToolButton *> days =
        field<QWidget>(d, u"scheduleEditor"_s)->findChildren<QToolButton *>();
    QCOMPARE(days.size(), 7);
    QCOMPARE(field<QToolButton>(d, u"day1"_s)->text(), u"Mon"_s);

    // Saturday 23:00 for 3 h: across midnight into Sunday.
    field<QToolButton>(d, u"day6"_s)->click();
    QVERIFY(!shown(d, u"problemError"_s));
    field<QTimeEdit>(d, u"startTimeEdit"_s)->setTime(QTime(23, 0));
    field<QSpinBox>(d, u"durationHours"_s)->setValue(3);
    field<QSpinBox>(d, u"durationMinutes"_s)->setValue(0);
    auto *zone = field<QComboBox>(d, u"zoneCombo"_s);
    QCOMPARE(zone->currentData().toString(), QString::fromUtf8(QTimeZone::systemTimeZoneId()));
    zone->setCurrentIndex(zone->findData(u"UTC"_s));
    QCOMPARE(WidgetDriver::text(d, u"nextLabel"_s),
             u"Next: Sat 5 Dec 23:00 \u2013 Sun 6 Dec 02:00"_s);
    // Zero length: refused.
    field<QSpinBox>(d, u"durationHours"_s)->setValue(0);
    QVERIFY(shown(d, u"problemError"_s));
    QVERIFY(!okButton(d)->isEnabled());
    field<QSpinBox>(d, u"durationHours"_s)->setValue(3);

    // Only monitors tagged prod; no tag checked is refused.
    field<QRadioButton>(d, u"tagsRadio"_s)->click();
    QVERIFY(shown(d, u"scopeError"_s));
    QCOMPARE(WidgetDriver::text(d, u"scopeError"_s), u"Check at least one tag."_s);
    QVERIFY(!okButton(d)->isEnabled());
    toggleItem(d, u"tagList"_s, u"prod"_s);
    QVERIFY(!shown(d, u"scopeError"_s));
    QVERIFY(okButton(d)->isEnabled());
    QCOMPARE(okButton(d)->text(), u"Add"_s);

    QSignalSpy accepted(dialog.get(), &QDialog::accepted);
    QSignalSpy changed(&m_service->maintenance(), &MaintenancePlanner::windowsChanged);
    QTest::mouseClick(okButton(d), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(accepted.size(), 1, kWaitMs);
    QVERIFY(dialog->savedWindow());
    QVERIFY(dialog->savedWindow()->id > 0);

    const QList<MaintenanceWindow> windows = stored();
    QCOMPARE(windows.size(), 1);
    const MaintenanceWindow &saved = windows.first();
    QCOMPARE(saved.name, u"Nightly backup"_s);
    QCOMPARE(saved.kind, MaintenanceKind::Weekly);
    QCOMPARE(saved.weekdays, MaintenanceText::weekdayBit(Qt::Saturday));
    QCOMPARE(saved.startMinute, 23 * 60);
    QCOMPARE(saved.durationMinutes, 180);
    QCOMPARE(saved.timeZone, u"UTC"_s);
    QCOMPARE(saved.tags, QStringList{u"prod"_s});
    QVERIFY(saved.monitorIds.isEmpty());
    QVERIFY(saved.isActiveAt(QDateTime(QDate(2026, 12, 6), QTime(1, 30), Qt::UTC)));
    QVERIFY(!saved.isActiveAt(QDateTime(QDate(2026, 12, 6), QTime(2, 0), Qt::UTC)));

    // The planner has it too.
    QTRY_COMPARE_WITH_TIMEOUT(m_service->maintenance().windows().size(), 1, kWaitMs);
}

void TestMaintenanceDialog::oneOffWindowMustEndAfterItStarts()
{
    const auto dialog = openDialog(MaintenanceDialog::newWindow(kNow.addSecs(60)));
    QWidget *d = dialog.get();
    retype(field<QLineEdit>(d, u"nameEdit"_s), u"Deploy"_s);
    QCOMPARE(WidgetDriver::text(d, u"nextLabel"_s), u"Next: Wed 2 Dec 10:15\u201311:15"_s);
    field<QDateTimeEdit>(d, u"endEdit"_s)->setDateTime(QDateTime(QDate(2026, 12, 2), QTime(9, 0)));
    QVERIFY(shown(d, u"problemError"_s));
    QVERIFY2(WidgetDriver::text(d, u"problemError"_s).contains(u"which is not after its start"_s),
             qPrintable(WidgetDriver::text(d, u"problemError"_s)));
    QVERIFY(!okButton(d)->isEnabled());

    // Chosen monitors, none checked: refused; the filter narrows the list.
    field<QDateTimeEdit>(d, u"endEdit"_s)->setDateTime(QDateTime(QDate(2026, 12, 2), QTime(12, 0)));
    QVERIFY(okButton(d)->isEnabled());
    field<QRadioButton>(d, u"chosenMonitorsRadio"_s)->click();
    QCOMPARE(WidgetDriver::text(d, u"scopeError"_s), u"Check at least one monitor."_s);
    QVERIFY(!okButton(d)->isEnabled());
    retype(field<QLineEdit>(d, u"monitorFilter"_s), u"sh"_s);
    auto *list = field<QListWidget>(d, u"monitorList"_s);
    int visible = 0;
    for (int i = 0; i < list->count(); ++i)
        visible += list->item(i)->isHidden() ? 0 : 1;
    QCOMPARE(visible, 1);
    toggleItem(d, u"monitorList"_s, u"Shop"_s);
    QVERIFY(okButton(d)->isEnabled());
    QCOMPARE(dialog->entered().monitorIds, QList<qint64>{m_shop});
    QCOMPARE(dialog->entered().endsAt, QDateTime(QDate(2026, 12, 2), QTime(12, 0), Qt::UTC));
}

void TestMaintenanceDialog::refusedSaveKeepsTheDialogOpen()
{
    // Another process takes the name after the planner last read the windows: the dialog
    // cannot know, the store refuses, and what was typed stays.
    const auto dialog = openDialog(MaintenanceDialog::newWindow(kNow));
    QWidget *d = dialog.get();
    retype(field<QLineEdit>(d, u"nameEdit"_s), u"Deploy"_s);
    MaintenanceWindow taken = MaintenanceDialog::newWindow(kNow);
    taken.name = u"Deploy"_s;
    addStored(taken);
    QVERIFY(okButton(d)->isEnabled());
    QSignalSpy accepted(dialog.get(), &QDialog::accepted);
    QTest::mouseClick(okButton(d), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(WidgetDriver::text(d, u"saveStatus"_s)
                                 .startsWith(u"The maintenance window was not saved"_s),
                             kWaitMs);
    QVERIFY(d->isVisible());
    QCOMPARE(accepted.size(), 0);
    QCOMPARE(field<QLineEdit>(d, u"nameEdit"_s)->text(), u"Deploy"_s);
    QVERIFY(!dialog->savedWindow());

    // Once the planner has read it, the name is refused as it is typed.
    QTRY_COMPARE_WITH_TIMEOUT(m_service->maintenance().windows().size(), 1, kWaitMs);
    retype(field<QLineEdit>(d, u"nameEdit"_s), u"Deploy"_s);
    QCOMPARE(WidgetDriver::text(d, u"nameError"_s),
             u"Another maintenance window is already called 'Deploy'. Choose a different "
             u"name."_s);
    QVERIFY(!okButton(d)->isEnabled());
}

void TestMaintenanceDialog::editingKeepsTagsBesideMonitors()
{
    // Made on the command line with monitors and tags: the editor keeps both.
    MaintenanceWindow window = MaintenanceDialog::newWindow(kNow);
    window.id = 7;
    window.name = u"Both"_s;
    window.monitorIds = {m_api};
    window.tags = {u"web"_s, u"gone"_s};
    const auto dialog = openDialog(window);
    QWidget *d = dialog.get();
    QCOMPARE(d->windowTitle(), u"Edit maintenance window \u2013 Both"_s);
    QCOMPARE(okButton(d)->text(), u"Save"_s);
    QVERIFY(field<QRadioButton>(d, u"chosenMonitorsRadio"_s)->isChecked());
    QVERIFY(shown(d, u"keptTagsNote"_s));
    QCOMPARE(dialog->entered().monitorIds, QList<qint64>{m_api});
    QCOMPARE(dialog->entered().tags, (QStringList{u"web"_s, u"gone"_s}));
    QCOMPARE(dialog->entered().id, 7);

    // A tag no monitor has is listed, checked and marked.
    field<QRadioButton>(d, u"tagsRadio"_s)->click();
    QCOMPARE(dialog->entered().tags, (QStringList{u"gone"_s, u"web"_s}));
    QVERIFY(!field<QListWidget>(d, u"tagList"_s)
                 ->findItems(u"gone (no monitor has it)"_s, Qt::MatchExactly)
                 .isEmpty());
}

void TestMaintenanceDialog::weeklyMadeOneOffStartsSoon()
{
    MaintenanceWindow weekly;
    weekly.id = 3;
    weekly.name = u"Backups"_s;
    weekly.kind = MaintenanceKind::Weekly;
    weekly.weekdays = MaintenanceText::weekdayBit(Qt::Sunday);
    weekly.startMinute = 150;
    weekly.durationMinutes = 90;
    const auto dialog = openDialog(weekly);
    QWidget *d = dialog.get();
    QVERIFY(field<QToolButton>(d, u"day7"_s)->isChecked());
    QCOMPARE(field<QTimeEdit>(d, u"startTimeEdit"_s)->time(), QTime(2, 30));
    QCOMPARE(field<QSpinBox>(d, u"durationHours"_s)->value(), 1);
    QCOMPARE(field<QSpinBox>(d, u"durationMinutes"_s)->value(), 30);
    QCOMPARE(field<QComboBox>(d, u"zoneCombo"_s)->currentData().toString(),
             QString::fromUtf8(QTimeZone::systemTimeZoneId()));
    QVERIFY(okButton(d)->isEnabled());
    QCOMPARE(WidgetDriver::text(d, u"nextLabel"_s), u"Next: Sun 6 Dec 02:30\u201304:00"_s);

    field<QRadioButton>(d, u"onceRadio"_s)->click();
    QCOMPARE(dialog->entered().kind, MaintenanceKind::Once);
    QCOMPARE(dialog->entered().startsAt, kNow);
    QCOMPARE(dialog->entered().endsAt, kNow.addSecs(3600));
    QVERIFY(okButton(d)->isEnabled());
}

void TestMaintenanceDialog::listAddsEditsAndRemoves()
{
    MaintenanceWindowsDialog list(*m_service);
    QAbstractItemModelTester tester(list.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    list.show();
    auto *stack = list.findChild<QStackedWidget *>();
    QCOMPARE(stack->currentWidget()->objectName(), u"emptyLabel"_s);
    QVERIFY(WidgetDriver::text(&list, u"emptyLabel"_s)
                .startsWith(u"No maintenance windows. Plan one so that planned work raises no "
                            u"alerts and stays out of uptime."_s));
    QVERIFY(!field<QPushButton>(&list, u"editButton"_s)->isEnabled());

    // Add.
    click(&list, u"addButton"_s);
    auto *editor = list.findChild<MaintenanceDialog *>();
    QVERIFY(editor);
    QTRY_VERIFY(editor->isVisible());
    retype(field<QLineEdit>(editor, u"nameEdit"_s), u"Deploy"_s);
    QTest::mouseClick(okButton(editor), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(list.model()->rowCount(), 1, kWaitMs);
    QCOMPARE(stack->currentWidget(), list.table());
    QCOMPARE(list.model()->index(0, MaintenanceListModel::StatusColumn).data().toString(),
             u"Open until 11:00"_s);
    QCOMPARE(WidgetDriver::text(&list, u"statusLabel"_s),
             u"Saved the maintenance window 'Deploy'."_s);
    QTRY_VERIFY(!list.findChild<MaintenanceDialog *>()); // closed and deleted
    QVERIFY(field<QPushButton>(&list, u"editButton"_s)->isEnabled());

    // Edit: rename it.
    click(&list, u"editButton"_s);
    editor = list.findChild<MaintenanceDialog *>();
    QVERIFY(editor);
    QCOMPARE(field<QLineEdit>(editor, u"nameEdit"_s)->text(), u"Deploy"_s);
    retype(field<QLineEdit>(editor, u"nameEdit"_s), u"Release"_s);
    QTest::mouseClick(okButton(editor), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(list.model()->index(0, 0).data().toString(), u"Release"_s, kWaitMs);
    QCOMPARE(list.model()->rowCount(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(stored().value(0).name, u"Release"_s, kWaitMs);

    // Remove, after a confirmation; Cancel keeps it.
    click(&list, u"removeButton"_s);
    auto *box = list.findChild<QMessageBox *>(u"removeConfirmation"_s);
    QVERIFY(box);
    QVERIFY(box->text().contains(u"'Release'"_s));
    box->button(QMessageBox::Cancel)->click();
    QTest::qWait(50);
    QCOMPARE(stored().size(), 1);
    click(&list, u"removeButton"_s);
    box = list.findChild<QMessageBox *>(u"removeConfirmation"_s);
    QVERIFY(box);
    box->button(QMessageBox::Yes)->click();
    QTRY_COMPARE_WITH_TIMEOUT(list.model()->rowCount(), 0, kWaitMs);
    QCOMPARE(stored().size(), 0);
    QCOMPARE(stack->currentWidget()->objectName(), u"emptyLabel"_s);
    QCOMPARE(WidgetDriver::text(&list, u"statusLabel"_s),
             u"Removed the maintenance window 'Release'."_s);
}

QTEST_MAIN(TestMaintenanceDialog)
#include "tst_maintenancedialog.moc"
