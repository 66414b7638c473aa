#include "core/base/SystemClock.h"
#include "core/service/MaintenancePlanner.h"
#include "core/store/MaintenanceStore.h"
#include "core/store/MonitorStore.h"
#include "core/store/StoreDatabase.h"
#include "tests/support/Builders.h"
#include "tests/support/StoreHelpers.h"
#include "ui/desktop/DesktopApp.h"
#include "ui/desktop/DesktopSession.h"
#include "ui/dialogs/MaintenanceDialog.h"
#include "ui/table/MonitorFilterModel.h"
#include "ui/table/MonitorTableModel.h"
#include "ui/window/DetailPane.h"
#include "ui/window/MainWindow.h"
#include "ui/window/MaintenanceActions.h"
#include "ui/window/MaintenanceListModel.h"
#include "ui/window/MaintenanceText.h"
#include "ui/window/MaintenanceWindowsDialog.h"
#include "ui/window/StatusStyle.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr int kWaitMs = 15'000;
constexpr qint64 kHourMs = 3600 * 1000;

QMenu *menuTitled(MainWindow &window, const QString &title)
{
    for (QAction *action : window.menuBar()->actions()) {
        if (action->menu() && action->text() == title)
            return action->menu();
    }
    return nullptr;
}

} // namespace

// Maintenance windows in the main window: the Monitor menu opens the list, the context menu plans
// a window for the selected monitors, and a monitor inside an open window shows MAINTENANCE in the
// table and "In maintenance: … until …" in the detail pane, with the time spent in maintenance
// under its uptime and its maintenance records listed as planned.
class TestMaintenanceUi final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void monitorInOpenWindowShowsMaintenance();
    void menuOpensTheListAndContextMenuPlans();

private:
    void startApp();
    void select(qint64 id);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<DesktopApp> m_app;
    QString m_path;
    QDateTime m_now;
    MaintenanceWindow m_window;
    qint64 m_shop = 0;
    qint64 m_blog = 0;
};

void TestMaintenanceUi::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(u"upwatch.sqlite"_s);
    m_settings =
        std::make_unique<QSettings>(m_dir->filePath(u"upwatch.ini"_s), QSettings::IniFormat);
    m_now = QDateTime::currentDateTimeUtc();

    QString error;
    auto db = StoreDatabase::open(m_path, &error);
    QVERIFY2(db, qPrintable(error));
    Monitor shop = makeMonitor(u"Shop"_s);
    shop.intervalSeconds = 3600;
    Monitor blog = makeMonitor(u"Blog"_s);
    blog.intervalSeconds = 3600;
    m_shop = storeMonitor(*db, shop).id;
    m_blog = storeMonitor(*db, blog).id;
    // Two hours of maintenance earlier today.
    storeHistory(*db, {},
                 {makeChange(m_shop, m_now.addMSecs(-5 * kHourMs), MonitorState::Up,
                             MonitorState::Maintenance),
                  makeChange(m_shop, m_now.addMSecs(-3 * kHourMs), MonitorState::Maintenance,
                             MonitorState::Up)});
    // Open now, for another hour and a half, over the shop only.
    m_window.name = u"Deploy"_s;
    m_window.kind = MaintenanceKind::Once;
    m_window.startsAt = m_now.addSecs(-30 * 60);
    m_window.endsAt = m_now.addSecs(90 * 60);
    m_window.monitorIds = {m_shop};
    MaintenanceStore store(*db);
    QVERIFY2(store.add(m_window), qPrintable(store.lastError()));
}

void TestMaintenanceUi::cleanup()
{
    if (m_app) {
        QSignalSpy finished(m_app.get(), &DesktopApp::finished);
        m_app->quit();
        QVERIFY(finished.wait(kWaitMs));
    }
    m_app.reset();
    m_settings.reset();
    m_dir.reset();
}

void TestMaintenanceUi::startApp()
{
    DesktopApp::Options options;
    options.databasePath = m_path;
    options.useTray = false;
    m_app = std::make_unique<DesktopApp>(options, *m_settings, std::make_shared<SystemClock>());
    QSignalSpy loaded(&m_app->session(), &DesktopSession::loaded);
    m_app->start();
    QVERIFY(loaded.wait(kWaitMs));
}

void TestMaintenanceUi::select(qint64 id)
{
    MainWindow &window = m_app->window();
    const int row = window.model().rowOf(id);
    QVERIFY(row >= 0);
    const QModelIndex index = window.filterModel().mapFromSource(window.model().index(row, 0));
    window.table().setCurrentIndex(index);
    window.table().selectRow(index.row());
}

void TestMaintenanceUi::monitorInOpenWindowShowsMaintenance()
{
    startApp();
    MainWindow &window = m_app->window();
    MonitorTableModel &model = window.model();
    QTRY_COMPARE_WITH_TIMEOUT(model.state(m_shop), MonitorState::Maintenance, kWaitMs);
    const QModelIndex status = model.index(model.rowOf(m_shop), MonitorTableModel::StatusColumn);
    QCOMPARE(status.data().toString(), StatusStyle::label(MonitorState::Maintenance));
    QVERIFY(model.state(m_blog) != MonitorState::Maintenance);

    select(m_shop);
    auto *line = window.findChild<QLabel *>(u"maintenanceLine"_s);
    QVERIFY(line);
    const QString expected =
        u"In maintenance: Deploy until "_s +
        MaintenanceText::until(m_window.endsAt, QDateTime::currentDateTimeUtc());
    QTRY_COMPARE(line->text(), expected);
    QVERIFY(line->isVisible());

    // The two hours earlier today (and the seconds since the window opened at start) are
    // counted apart from uptime.
    auto *day = window.findChild<QLabel *>(u"maintenanceDay"_s);
    QVERIFY(day);
    QTRY_VERIFY_WITH_TIMEOUT(day->isVisible(), kWaitMs);
    QVERIFY2(day->text().startsWith(u"Maintenance 2 h"_s), qPrintable(day->text()));

    // The records read as planned maintenance, in its colour.
    auto *incidents = window.findChild<QTreeWidget *>(u"incidentList"_s);
    QVERIFY(incidents);
    // The earlier record at least (the one opened at start may not be written when the pane
    // reads).
    QTRY_VERIFY_WITH_TIMEOUT(incidents->topLevelItemCount() >= 1, kWaitMs);
    for (int i = 0; i < incidents->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = incidents->topLevelItem(i);
        QCOMPARE(item->text(0), u"Maintenance"_s);
        QCOMPARE(item->text(1), u"planned"_s);
        QCOMPARE(item->foreground(0).color(), StatusStyle::color(MonitorState::Maintenance));
    }
    QCOMPARE(incidents->topLevelItem(incidents->topLevelItemCount() - 1)->text(3), u"2 h"_s);

    // Another monitor: no line.
    select(m_blog);
    QTRY_VERIFY(!line->isVisible());
}

void TestMaintenanceUi::menuOpensTheListAndContextMenuPlans()
{
    startApp();
    MainWindow &window = m_app->window();
    MaintenanceActions &actions = window.maintenanceActions();
    QMenu *monitorMenu = menuTitled(window, u"&Monitor"_s);
    QVERIFY(monitorMenu);
    QVERIFY(monitorMenu->actions().contains(actions.showWindows));
    QVERIFY(monitorMenu->actions().contains(actions.plan));
    QCOMPARE(actions.showWindows->text(), u"Maintenance &windows\u2026"_s);

    // The list, with the stored window open now.
    QTRY_COMPARE_WITH_TIMEOUT(m_app->session().service().maintenance().windows().size(), 1,
                              kWaitMs);
    actions.showWindows->trigger();
    MaintenanceWindowsDialog *list = actions.listDialog();
    QVERIFY(list);
    QTRY_VERIFY(list->isVisible());
    QCOMPARE(list->model()->rowCount(), 1);
    QCOMPARE(list->model()->index(0, MaintenanceListModel::NameColumn).data().toString(),
             u"Deploy"_s);
    QCOMPARE(list->model()->index(0, MaintenanceListModel::AppliesToColumn).data().toString(),
             u"Shop"_s);
    QVERIFY(list->model()
                ->index(0, MaintenanceListModel::StatusColumn)
                .data()
                .toString()
                .startsWith(u"Open until "_s));
    // Asked again, the same list comes to the front.
    actions.showWindows->trigger();
    QCOMPARE(window.findChildren<MaintenanceWindowsDialog *>().size(), 1);
    list->reject();
    QTRY_VERIFY(!actions.listDialog());

    // Plan maintenance for the two selected monitors, from the table's context menu.
    select(m_shop);
    window.table().selectionModel()->select(
        window.filterModel().mapFromSource(window.model().index(window.model().rowOf(m_blog), 0)),
        QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QCOMPARE(window.selectedIds().size(), 2);
    emit window.table().customContextMenuRequested(QPoint(5, 5));
    // The context menu is the window's own menu that shows (File's submenus are children too).
    const auto shownMenu = [&window]() -> QMenu * {
        for (QMenu *menu : window.findChildren<QMenu *>(QString(), Qt::FindDirectChildrenOnly)) {
            if (menu->isVisible())
                return menu;
        }
        return nullptr;
    };
    QMenu *context = nullptr;
    QTRY_VERIFY((context = shownMenu()) != nullptr);
    QVERIFY(context->actions().contains(actions.plan));
    QCOMPARE(actions.plan->text(), u"Plan &maintenance\u2026"_s);
    context->close();
    actions.plan->trigger();
    auto *dialog = window.findChild<MaintenanceDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QList<qint64> covered = dialog->entered().monitorIds;
    std::sort(covered.begin(), covered.end());
    QCOMPARE(covered, (QList<qint64>{m_shop, m_blog}));
    dialog->reject();
}

QTEST_MAIN(TestMaintenanceUi)
#include "tst_maintenanceui.moc"
