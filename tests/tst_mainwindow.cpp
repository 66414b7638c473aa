#include "core/base/SystemClock.h"
#include "core/store/HistoryReader.h"
#include "core/store/HistoryStore.h"
#include "core/store/MonitorStore.h"
#include "core/store/StoreDatabase.h"
#include "tests/support/Builders.h"
#include "tests/support/TestServer.h"
#include "ui/desktop/DesktopApp.h"
#include "ui/desktop/DesktopSession.h"
#include "ui/dialogs/ExportDialog.h"
#include "ui/dialogs/MonitorDialog.h"
#include "ui/dialogs/OpenDatabaseDialog.h"
#include "ui/dialogs/ReportDialog.h"
#include "ui/table/MonitorFilterModel.h"
#include "ui/table/MonitorTableModel.h"
#include "ui/tray/Notification.h"
#include "ui/tray/NotificationSink.h"
#include "ui/window/DetailPane.h"
#include "ui/window/MainWindow.h"
#include "ui/window/MonitorActions.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Records what would reach the desktop's notification service.
class FakeSink final : public NotificationSink {
public:
    using NotificationSink::NotificationSink;
    void show(const Notification &notification) override { shown.append(notification); }
    QList<Notification> shown;
};

template<typename T>
T *child(QWidget *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qWarning("no child %s", qPrintable(name));
    return found;
}

MonitorDialog *openDialog(MainWindow &window)
{
    return window.findChild<MonitorDialog *>();
}

QList<Monitor> storedMonitors(const QString &path)
{
    QString error;
    auto database = StoreDatabase::open(path, &error);
    return database ? MonitorStore(*database).all().value_or(QList<Monitor>()) : QList<Monitor>();
}

} // namespace

class TestMainWindow final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void addEditDeleteThroughTheUi();
    void firstMonitorShowsItsLastCheckAtStart();
    void filterAndSortFromTheToolbar();
    void downTransitionReachesNotificationSink();
    void closeHidesIntoTrayOrQuits();
    void remembersLayout();
    void historyThatCannotBeWrittenShowsInStatusBar();
    void exportFromTheFileMenuRemembersTheFolder();
    void uptimeReportFromTheFileMenu();
    void openDatabaseFromTheFileMenu();
    void openDatabaseStartsUpwatchThereAndQuits();
    void openDatabaseThatCannotStartKeepsRunning();
    void lastDatabaseOnlyWhenItCanOpen_data();
    void lastDatabaseOnlyWhenItCanOpen();

private:
    void startApp();
    // As startApp(), File > Open database… starting `executable` instead of Upwatch.
    void startAppWithExecutable(const QString &executable);
    // Chooses `path` in File > Open database… and clicks Open.
    void openDatabaseThroughDialog(const QString &path);
    // A free port on 127.0.0.1 that the window's metrics endpoint listens on once it starts.
    quint16 enableMetrics();
    void addThroughDialog(const QString &name, const QString &url);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<DesktopApp> m_app;
    QString m_path;
};

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(u"upwatch.sqlite"_s);
    m_settings =
        std::make_unique<QSettings>(m_dir->filePath(u"upwatch.ini"_s), QSettings::IniFormat);
}

void TestMainWindow::cleanup()
{
    if (m_app) {
        QSignalSpy finished(m_app.get(), &DesktopApp::finished);
        m_app->quit();
        QVERIFY(finished.wait(15'000));
    }
    m_app.reset();
    m_settings.reset();
    m_dir.reset();
}

void TestMainWindow::startApp()
{
    DesktopApp::Options options;
    options.databasePath = m_path;
    options.useTray = false;
    m_app = std::make_unique<DesktopApp>(options, *m_settings, std::make_shared<SystemClock>());
    QSignalSpy loaded(&m_app->session(), &DesktopSession::loaded);
    m_app->start();
    QVERIFY(loaded.wait(10'000));
}

void TestMainWindow::firstMonitorShowsItsLastCheckAtStart()
{
    // The first row is selected as soon as the monitors load, before their history is read: the
    // detail pane's header must still show the last stored check, not "Not checked yet".
    {
        QString error;
        auto db = StoreDatabase::open(m_path, &error);
        QVERIFY2(db, qPrintable(error));
        Monitor monitor = makeMonitor(u"api"_s);
        monitor.intervalSeconds = 3600; // no new check during the test
        QVERIFY(MonitorStore(*db).add(monitor));
        CheckResult result =
            makeResult(monitor.id, QDateTime::currentDateTimeUtc().addSecs(-90), Verdict::Up, 42);
        QVERIFY(HistoryStore(*db).append({result}));
    }
    startApp();
    QSignalSpy summaries(&m_app->session(), &DesktopSession::summariesLoaded);
    QVERIFY(summaries.count() > 0 || summaries.wait(10'000));
    auto *lastCheck = m_app->window().findChild<QLabel *>(u"lastCheckLabel"_s);
    QVERIFY(lastCheck);
    QTRY_VERIFY2_WITH_TIMEOUT(lastCheck->text().contains(u"42 ms"_s), qPrintable(lastCheck->text()),
                              10'000);
}

void TestMainWindow::addThroughDialog(const QString &name, const QString &url)
{
    MainWindow &window = m_app->window();
    window.actions().add->trigger();
    MonitorDialog *dialog = openDialog(window);
    QVERIFY(dialog);
    auto *ok = child<QDialogButtonBox>(dialog, u"buttonBox"_s)->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled()); // nothing typed yet
    QTest::keyClicks(child<QLineEdit>(dialog, u"nameEdit"_s), name);
    QTest::keyClicks(child<QLineEdit>(dialog, u"urlEdit"_s), url);
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
}

void TestMainWindow::addEditDeleteThroughTheUi()
{
    startApp();
    MainWindow &window = m_app->window();
    MonitorTableModel &model = window.model();
    QCOMPARE(model.rowCount(), 0);

    // Add: a bad URL keeps OK disabled with a message; a good one is stored and shown.
    window.actions().add->trigger();
    MonitorDialog *dialog = openDialog(window);
    QVERIFY(dialog);
    auto *ok = child<QDialogButtonBox>(dialog, u"buttonBox"_s)->button(QDialogButtonBox::Ok);
    QTest::keyClicks(child<QLineEdit>(dialog, u"nameEdit"_s), u"Shop"_s);
    QTest::keyClicks(child<QLineEdit>(dialog, u"urlEdit"_s), u"ftp://shop.example/"_s);
    QVERIFY(!ok->isEnabled());
    auto *urlEdit = child<QLineEdit>(dialog, u"urlEdit"_s);
    urlEdit->selectAll();
    QTest::keyClicks(urlEdit, u"http://127.0.0.1:1/shop"_s);
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_COMPARE(model.rowCount(), 1);
    QTRY_COMPARE(storedMonitors(m_path).size(), 1);
    const Monitor stored = storedMonitors(m_path).constFirst();
    QCOMPARE(stored.name, u"Shop"_s);
    QCOMPARE(stored.url, QUrl(u"http://127.0.0.1:1/shop"_s));
    QCOMPARE(window.selectedIds(), QList<qint64>{stored.id}); // the new monitor is selected
    QCOMPARE(model.index(0, MonitorTableModel::NameColumn).data().toString(), u"Shop"_s);

    // Edit: the dialog opens filled in; a new name is stored.
    QTRY_VERIFY(!openDialog(window));
    window.actions().edit->trigger();
    dialog = openDialog(window);
    QVERIFY(dialog);
    auto *nameEdit = child<QLineEdit>(dialog, u"nameEdit"_s);
    QCOMPARE(nameEdit->text(), u"Shop"_s);
    nameEdit->selectAll();
    QTest::keyClicks(nameEdit, u"Shop front"_s);
    QTest::mouseClick(child<QDialogButtonBox>(dialog, u"buttonBox"_s)->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    QTRY_COMPARE(model.index(0, MonitorTableModel::NameColumn).data().toString(), u"Shop front"_s);
    QTRY_COMPARE(storedMonitors(m_path).constFirst().name, u"Shop front"_s);

    // A second monitor; adding one with a taken name is refused in the dialog.
    QTRY_VERIFY(!openDialog(window));
    addThroughDialog(u"API"_s, u"http://127.0.0.1:1/api"_s);
    QTRY_COMPARE(model.rowCount(), 2);
    QTRY_VERIFY(!openDialog(window));
    window.actions().add->trigger();
    dialog = openDialog(window);
    QTest::keyClicks(child<QLineEdit>(dialog, u"nameEdit"_s), u"API"_s);
    QTest::keyClicks(child<QLineEdit>(dialog, u"urlEdit"_s), u"http://127.0.0.1:1/x"_s);
    QVERIFY(!child<QDialogButtonBox>(dialog, u"buttonBox"_s)
                 ->button(QDialogButtonBox::Ok)
                 ->isEnabled());
    dialog->reject();

    // Pause from the toolbar.
    QTRY_VERIFY(!openDialog(window));
    window.table().selectRow(
        window.filterModel().mapFromSource(model.index(model.rowOf(stored.id), 0)).row());
    QVERIFY(window.actions().pause->isEnabled());
    window.actions().pause->trigger();
    QTRY_COMPARE(model.state(stored.id), MonitorState::Paused);
    QTRY_VERIFY(storedMonitors(m_path).constFirst().paused);
    QVERIFY(window.actions().resume->isEnabled());

    // Delete asks first; Cancel keeps it, Delete removes it and its history.
    window.actions().remove->trigger();
    auto *box = window.findChild<QMessageBox *>(u"deleteConfirmation"_s);
    QVERIFY(box);
    QVERIFY(box->text().contains(u"Shop front"_s));
    box->button(QMessageBox::Cancel)->click();
    QTest::qWait(50);
    QCOMPARE(model.rowCount(), 2);
    QTRY_VERIFY(!window.findChild<QMessageBox *>(u"deleteConfirmation"_s));
    window.actions().remove->trigger();
    box = window.findChild<QMessageBox *>(u"deleteConfirmation"_s);
    QVERIFY(box);
    box->button(QMessageBox::Yes)->click();
    QTRY_COMPARE(model.rowCount(), 1);
    QTRY_COMPARE(storedMonitors(m_path).size(), 1);
    QCOMPARE(storedMonitors(m_path).constFirst().name, u"API"_s);
}

void TestMainWindow::filterAndSortFromTheToolbar()
{
    startApp();
    MainWindow &window = m_app->window();
    for (const QString &name : {u"beta"_s, u"alpha"_s, u"gamma"_s}) {
        addThroughDialog(name, u"http://127.0.0.1:1/"_s + name);
        QTRY_VERIFY(!openDialog(window));
    }
    QTRY_COMPARE(window.model().rowCount(), 3);
    QTableView &table = window.table();
    table.sortByColumn(MonitorTableModel::NameColumn, Qt::AscendingOrder);
    QCOMPARE(table.model()->index(0, MonitorTableModel::NameColumn).data().toString(), u"alpha"_s);
    table.sortByColumn(MonitorTableModel::NameColumn, Qt::DescendingOrder);
    QCOMPARE(table.model()->index(0, MonitorTableModel::NameColumn).data().toString(), u"gamma"_s);

    auto *search = window.findChild<QLineEdit *>(u"searchEdit"_s);
    QVERIFY(search);
    QTest::keyClicks(search, u"alp"_s);
    QCOMPARE(table.model()->rowCount(), 1);
    QCOMPARE(table.model()->index(0, MonitorTableModel::NameColumn).data().toString(), u"alpha"_s);
    // Esc clears the search; the rows come back in the order the header shows.
    QTest::keyClick(search, Qt::Key_Escape);
    QCOMPARE(search->text(), QString());
    QCOMPARE(table.model()->rowCount(), 3);
    QStringList names;
    for (int row = 0; row < 3; ++row)
        names.append(table.model()->index(row, MonitorTableModel::NameColumn).data().toString());
    QCOMPARE(names, (QStringList{u"gamma"_s, u"beta"_s, u"alpha"_s}));
}

void TestMainWindow::downTransitionReachesNotificationSink()
{
    TestServer server;
    QVERIFY(server.start());
    server.setRoute("/down", TestRoute::withStatus(500));
    startApp();
    auto *sink = new FakeSink(m_app.get());
    m_app->setNotificationSink(sink);
    addThroughDialog(u"Broken API"_s, server.url(u"/down"_s).toString());
    // Checked at once when added: down, and the notification reaches the sink.
    QTRY_VERIFY_WITH_TIMEOUT(!sink->shown.isEmpty(), 15'000);
    const Notification &note = sink->shown.constFirst();
    QCOMPARE(note.kind, Notification::Kind::Down);
    QVERIFY2(note.title.contains(u"Broken API"_s), qPrintable(note.title));
    const qint64 id = m_app->window().model().idAt(0);
    QCOMPARE(note.monitorId, id);
    QTRY_COMPARE(m_app->window().model().state(id), MonitorState::Down);
    // Clicking the notification shows that monitor.
    m_app->window().table().clearSelection();
    emit sink->activated(id);
    QCOMPARE(m_app->window().selectedIds(), QList<qint64>{id});
    QVERIFY(m_app->window().isVisible());
}

void TestMainWindow::closeHidesIntoTrayOrQuits()
{
    startApp();
    MainWindow &window = m_app->window();
    QVERIFY(window.isVisible());
    QSignalSpy quit(&window, &MainWindow::quitRequested);
    // The app would quit on it; here only the request is of interest.
    disconnect(&window, &MainWindow::quitRequested, m_app.get(), nullptr);
    QSignalSpy hidden(&window, &MainWindow::hiddenToTray);
    // No tray: closing quits.
    window.close();
    QCOMPARE(quit.size(), 1);
    QCOMPARE(hidden.size(), 0);
    // With a tray: closing hides, and says so the first time only.
    window.show();
    window.setCloseHidesWindow(true);
    window.close();
    QVERIFY(!window.isVisible());
    QCOMPARE(hidden.size(), 1);
    QCOMPARE(hidden.at(0).at(0).toBool(), true);
    window.show();
    window.close();
    QCOMPARE(hidden.size(), 2);
    QCOMPARE(hidden.at(1).at(0).toBool(), false);
    QCOMPARE(quit.size(), 1);
}

void TestMainWindow::remembersLayout()
{
    startApp();
    {
        MainWindow &window = m_app->window();
        window.table().horizontalHeader()->resizeSection(MonitorTableModel::NameColumn, 333);
        window.table().sortByColumn(MonitorTableModel::UptimeColumn, Qt::DescendingOrder);
        window.detailPane().setRange(DetailPane::Range::Month);
    }
    QSignalSpy finished(m_app.get(), &DesktopApp::finished);
    m_app->quit();
    QVERIFY(finished.wait(15'000));
    m_app.reset(); // the window saves its layout as it goes
    startApp();
    QHeaderView *header = m_app->window().table().horizontalHeader();
    QCOMPARE(header->sectionSize(MonitorTableModel::NameColumn), 333);
    QCOMPARE(header->sortIndicatorSection(), int(MonitorTableModel::UptimeColumn));
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    QCOMPARE(m_app->window().detailPane().range(), DetailPane::Range::Month);
}

void TestMainWindow::historyThatCannotBeWrittenShowsInStatusBar()
{
    TestServer server;
    QVERIFY(server.start());
    server.setRoute("/ok", TestRoute::ok("fine"));
    QString error;
    auto database = StoreDatabase::open(m_path, &error);
    QVERIFY2(database, qPrintable(error));
    Monitor monitor;
    monitor.name = u"Site"_s;
    monitor.url = server.url(u"/ok"_s);
    monitor.intervalSeconds = 1;
    QVERIFY(MonitorStore(*database).add(monitor));
    startApp();
    QTRY_VERIFY_WITH_TIMEOUT(HistoryReader(*database).resultCount().value_or(0) > 0, 15'000);

    // Another connection holds the write lock: the writer's transactions fail, results wait.
    QVERIFY2(database->begin(), qPrintable(database->lastError()));
    auto *status = child<QLabel>(&m_app->window(), u"storeStatusLabel"_s);
    QVERIFY(status);
    QTRY_VERIFY_WITH_TIMEOUT(status->toolTip().contains(u"waiting to be written"_s), 30'000);
    QVERIFY2(status->toolTip().startsWith(u"History: "_s) &&
                 status->toolTip().contains(u"locked"_s),
             qPrintable(status->toolTip()));
    database->rollback();
    QTRY_VERIFY_WITH_TIMEOUT(status->toolTip().contains(u"again after"_s), 30'000);
    QVERIFY2(status->toolTip().contains(u"no results were lost"_s), qPrintable(status->toolTip()));
}

void TestMainWindow::exportFromTheFileMenuRemembersTheFolder()
{
    const QString folder = m_dir->filePath(u"exports"_s);
    const QString other = m_dir->filePath(u"elsewhere"_s);
    QVERIFY(QDir().mkpath(folder) && QDir().mkpath(other));
    m_settings->setValue(u"export/folder"_s, folder);
    startApp();
    MainWindow &window = m_app->window();
    auto *action = window.findChild<QAction *>(u"exportAction"_s);
    QVERIFY(action);
    action->trigger();
    auto *dialog = window.findChild<ExportDialog *>();
    QVERIFY(dialog);
    auto *path = child<QLineEdit>(dialog, u"pathEdit"_s);
    // The file is proposed in the folder of the last export.
    QVERIFY2(QDir::fromNativeSeparators(path->text()).startsWith(folder + u"/upwatch-history-"_s),
             qPrintable(path->text()));

    const QString file = other + u"/history.csv"_s;
    path->setText(QDir::toNativeSeparators(file));
    QTest::mouseClick(child<QPushButton>(dialog, u"exportButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(window.statusBar()->currentMessage().startsWith(u"Exported "_s),
                             15'000);
    QVERIFY2(window.statusBar()->currentMessage().endsWith(file),
             qPrintable(window.statusBar()->currentMessage()));
    QVERIFY(QFileInfo::exists(file));
    QCOMPARE(m_settings->value(u"export/folder"_s).toString(), other);
}

void TestMainWindow::uptimeReportFromTheFileMenu()
{
    {
        QString error;
        auto db = StoreDatabase::open(m_path, &error);
        QVERIFY2(db, qPrintable(error));
        Monitor monitor = makeMonitor(u"api"_s);
        monitor.paused = true; // no checks during the test
        QVERIFY(MonitorStore(*db).add(monitor));
    }
    startApp();
    MainWindow &window = m_app->window();
    auto *action = window.findChild<QAction *>(u"reportAction"_s);
    QVERIFY(action);
    action->trigger();
    auto *dialog = window.findChild<ReportDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(child<QListWidget>(dialog, u"monitorList"_s)->count(), 1);
    // It reads through the session's store thread.
    const QString file = m_dir->filePath(u"report.html"_s);
    child<QLineEdit>(dialog, u"pathEdit"_s)->setText(file);
    QTest::mouseClick(child<QPushButton>(dialog, u"saveButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(file), 15'000);
    QFile html(file);
    QVERIFY(html.open(QIODevice::ReadOnly));
    QVERIFY(html.readAll().contains("<b>api</b>"));
}

void TestMainWindow::startAppWithExecutable(const QString &executable)
{
    DesktopApp::Options options;
    options.databasePath = m_path;
    options.useTray = false;
    options.executable = executable;
    m_app = std::make_unique<DesktopApp>(options, *m_settings, std::make_shared<SystemClock>());
    QSignalSpy loaded(&m_app->session(), &DesktopSession::loaded);
    m_app->start();
    QVERIFY(loaded.wait(10'000));
}

void TestMainWindow::openDatabaseThroughDialog(const QString &path)
{
    MainWindow &window = m_app->window();
    QTRY_VERIFY(!window.findChild<OpenDatabaseDialog *>()); // the last one is gone
    window.findChild<QAction *>(u"openDatabaseAction"_s)->trigger();
    auto *dialog = window.findChild<OpenDatabaseDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    auto *edit = child<QLineEdit>(dialog, u"pathEdit"_s);
    edit->selectAll();
    QTest::keyClicks(edit, path);
    auto *open = child<QPushButton>(dialog, u"openButton"_s);
    QVERIFY(open->isEnabled());
    QTest::mouseClick(open, Qt::LeftButton);
}

quint16 TestMainWindow::enableMetrics()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    AppSettings app = AppSettings::load(*m_settings);
    app.metricsEnabled = true;
    app.metricsPort = port;
    app.metricsBind = u"127.0.0.1"_s;
    app.save(*m_settings);
    return port;
}

void TestMainWindow::openDatabaseFromTheFileMenu()
{
    {
        QString error;
        auto db = StoreDatabase::open(m_path, &error);
        QVERIFY2(db, qPrintable(error));
        Monitor monitor = makeMonitor(u"api"_s);
        monitor.paused = true; // no checks during the test
        QVERIFY(MonitorStore(*db).add(monitor));
    }
    startApp();
    MainWindow &window = m_app->window();
    // Only the request is of interest here: the app would start another Upwatch on it.
    disconnect(&window, &MainWindow::openDatabaseRequested, m_app.get(), nullptr);
    QSignalSpy requested(&window, &MainWindow::openDatabaseRequested);

    // First in the File menu, before Export history…, with keys no other action has (a monitor
    // is selected, so the monitor actions' keys are live).
    auto *action = window.findChild<QAction *>(u"openDatabaseAction"_s);
    QVERIFY(action);
    QCOMPARE(action->text(), u"&Open database…"_s);
    QMenu *file = window.menuBar()->actions().constFirst()->menu();
    QVERIFY(file);
    QCOMPARE(file->actions().indexOf(action), 0);
    QVERIFY(file->actions().indexOf(action) <
            file->actions().indexOf(window.findChild<QAction *>(u"exportAction"_s)));
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    QTRY_COMPARE(window.selectedIds().size(), 1);
    for (const QAction *other : window.findChildren<QAction *>()) {
        if (other != action && other->isEnabled())
            QVERIFY2(!other->shortcuts().contains(action->shortcut()), qPrintable(other->text()));
    }

    // The keys open the dialog, with the database open now filled in; Open on it does nothing.
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
    auto *dialog = window.findChild<OpenDatabaseDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->isModal()); // open(), window-modal
    QCOMPARE(QDir::fromNativeSeparators(child<QLineEdit>(dialog, u"pathEdit"_s)->text()),
             QFileInfo(m_path).canonicalFilePath());
    QTest::mouseClick(child<QPushButton>(dialog, u"openButton"_s), Qt::LeftButton);
    QVERIFY(!dialog->isVisible());
    QCOMPARE(requested.size(), 0);

    // Cancel: nothing either.
    QTRY_VERIFY(!window.findChild<OpenDatabaseDialog *>());
    action->trigger();
    dialog = window.findChild<OpenDatabaseDialog *>();
    QVERIFY(dialog);
    child<QLineEdit>(dialog, u"pathEdit"_s)->setText(m_dir->filePath(u"other.sqlite"_s));
    QTest::keyClick(dialog, Qt::Key_Escape);
    QVERIFY(!dialog->isVisible());
    QCOMPARE(requested.size(), 0);

    // Another file: the window asks for it, and its layout is saved for the next window.
    const QString other = m_dir->filePath(u"other.sqlite"_s);
    window.table().horizontalHeader()->resizeSection(MonitorTableModel::NameColumn, 321);
    openDatabaseThroughDialog(other);
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.at(0).at(0).toString(), other);
    QCOMPARE(m_settings->value(u"window/tableHeader"_s).toByteArray(),
             window.table().horizontalHeader()->saveState());
    QVERIFY(window.isVisible()); // the window itself goes on until the app quits

    // A PostgreSQL server: the URL as typed.
    QTRY_VERIFY(!window.findChild<OpenDatabaseDialog *>());
    action->trigger();
    dialog = window.findChild<OpenDatabaseDialog *>();
    QVERIFY(dialog);
    auto *server = child<QRadioButton>(dialog, u"serverRadio"_s);
    QTest::mouseClick(server, Qt::LeftButton, {}, QPoint(4, server->height() / 2));
    const QString url = u"postgresql://upwatch@db.example.com:5432/upwatch"_s;
    QTest::keyClicks(child<QLineEdit>(dialog, u"urlEdit"_s), url);
    QTest::keyClick(child<QLineEdit>(dialog, u"urlEdit"_s), Qt::Key_Return);
    QCOMPARE(requested.size(), 2);
    QCOMPARE(requested.at(1).at(0).toString(), url);
    QCOMPARE(m_app->session().databasePath(), m_path); // still the same database here
}

void TestMainWindow::openDatabaseStartsUpwatchThereAndQuits()
{
    // Stands in for upwatch: writes down its arguments.
    const QString program = m_dir->filePath(u"fake-upwatch"_s);
    const QString argumentsFile = program + u".args"_s;
    {
        QFile script(program);
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write("#!/bin/sh\nprintf '%s\\n' \"$@\" > \"$0.args.part\" && "
                     "mv \"$0.args.part\" \"$0.args\"\n");
    }
    QVERIFY(QFile::setPermissions(program, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    const quint16 port = enableMetrics();
    QVERIFY(port > 0);
    startAppWithExecutable(program);
    QTRY_COMPARE_WITH_TIMEOUT(m_app->session().metricsStatus().url.port(), int(port), 10'000);
    QVERIFY(!m_settings->contains(u"database/last"_s));

    QSignalSpy finished(m_app.get(), &DesktopApp::finished);
    const QString other = m_dir->filePath(u"other.sqlite"_s);
    openDatabaseThroughDialog(other);
    // The metrics endpoint's port is free for the new Upwatch as soon as it starts.
    QTcpServer next;
    QVERIFY2(next.listen(QHostAddress(u"127.0.0.1"_s), port), qPrintable(next.errorString()));
    next.close();
    // The new one runs on the chosen database, its window shown.
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(argumentsFile), 10'000);
    QFile arguments(argumentsFile);
    QVERIFY(arguments.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(arguments.readAll()), u"--db\n"_s + other + u"\n--show-window\n"_s);
    // Remembered for `upwatch` without --db, and this one quits as Quit does.
    QCOMPARE(m_settings->value(u"database/last"_s).toString(), other);
    QVERIFY(!m_app->window().isVisible());
    QVERIFY(finished.size() == 1 || finished.wait(15'000));
    m_app.reset();
    // Once the file exists, a start without --db opens it.
    QVERIFY(!DesktopApp::lastDatabase(*m_settings));
    {
        QString error;
        QVERIFY2(StoreDatabase::open(other, &error), qPrintable(error));
    }
    QCOMPARE(DesktopApp::lastDatabase(*m_settings), std::optional(other));
}

void TestMainWindow::openDatabaseThatCannotStartKeepsRunning()
{
    const QString missing = m_dir->filePath(u"no-such-upwatch"_s);
    const quint16 port = enableMetrics();
    QVERIFY(port > 0);
    startAppWithExecutable(missing);
    QTRY_COMPARE_WITH_TIMEOUT(m_app->session().metricsStatus().url.port(), int(port), 10'000);
    QSignalSpy finished(m_app.get(), &DesktopApp::finished);

    const QString other = m_dir->filePath(u"other.sqlite"_s);
    openDatabaseThroughDialog(other);
    MainWindow &window = m_app->window();
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = window.findChild<QMessageBox *>(u"openDatabaseFailedBox"_s)) &&
                box->isVisible());
    QCOMPARE(box->text(), u"Upwatch could not be started on %1."_s.arg(other));
    QVERIFY2(!box->informativeText().isEmpty(), "no reason given");
    qInfo("reason: %s", qPrintable(box->informativeText()));
    // It goes on as it was: the window, the database, the metrics endpoint; nothing remembered.
    QVERIFY(window.isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(m_app->session().metricsStatus().url.port(), int(port), 10'000);
    QTcpServer taken;
    QVERIFY(!taken.listen(QHostAddress(u"127.0.0.1"_s), port));
    QVERIFY(!m_settings->contains(u"database/last"_s));
    QTest::qWait(200);
    QCOMPARE(finished.size(), 0);
    box->close();
    // The user can still add monitors: the session runs.
    addThroughDialog(u"Still here"_s, u"http://127.0.0.1:1/"_s);
    QTRY_COMPARE(storedMonitors(m_path).size(), 1);
}

void TestMainWindow::lastDatabaseOnlyWhenItCanOpen_data()
{
    QTest::addColumn<QVariant>("stored"); // {dir}: the temporary folder; invalid: none stored
    QTest::addColumn<QString>("opened");  // empty: the default one opens
    const QString url = u"postgresql://upwatch@db.example.com:5432/upwatch?sslmode=require"_s;
    QTest::newRow("none") << QVariant() << QString();
    QTest::newRow("empty") << QVariant(QString()) << QString();
    QTest::newRow("a file") << QVariant(u"{dir}/upwatch.sqlite"_s) << u"{dir}/upwatch.sqlite"_s;
    QTest::newRow("a file that is gone") << QVariant(u"{dir}/gone.sqlite"_s) << QString();
    QTest::newRow("a folder") << QVariant(u"{dir}"_s) << QString();
    QTest::newRow("a URL") << QVariant(url) << url;
    QTest::newRow("a URL with a password")
        << QVariant(u"postgresql://upwatch:secret@db.example.com/upwatch"_s) << QString();
    QTest::newRow("a bad URL") << QVariant(u"postgresql://db.example.com/upwatch?x=1"_s)
                               << QString();
}

void TestMainWindow::lastDatabaseOnlyWhenItCanOpen()
{
    QFETCH(QVariant, stored);
    QFETCH(QString, opened);
    {
        QString error;
        QVERIFY2(StoreDatabase::open(m_path, &error), qPrintable(error));
    }
    if (stored.isValid())
        m_settings->setValue(u"database/last"_s,
                             stored.toString().replace(u"{dir}"_s, m_dir->path()));
    opened.replace(u"{dir}"_s, m_dir->path());
    const std::optional<QString> last = DesktopApp::lastDatabase(*m_settings);
    QCOMPARE(last.value_or(QString()), opened);
    QCOMPARE(last.has_value(), !opened.isEmpty());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
