// The main window as a new user meets it (issue 13): the table's room at 800×600 and at the
// default size, the empty states, the feedback of Check now and Pause, and the Settings shortcut.
#include "core/base/SystemClock.h"
#include "core/store/MonitorStore.h"
#include "core/store/StoreDatabase.h"
#include "tests/support/Builders.h"
#include "tests/support/TestServer.h"
#include "ui/desktop/DesktopApp.h"
#include "ui/desktop/DesktopSession.h"
#include "ui/dialogs/MonitorDialog.h"
#include "ui/table/MonitorFilterModel.h"
#include "ui/table/MonitorTableModel.h"
#include "ui/window/DetailPane.h"
#include "ui/window/MainWindow.h"
#include "ui/window/MonitorActions.h"
#include "ui/window/MonitorListArea.h"

#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestWindowPolish final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void compactWindowKeepsSearchFiltersAndColumns();
    void tableGetsMostOfTheHeight();
    void splitterCanGiveTheTableAlmostEverything();
    void firstRunPanelOpensTheAddDialog();
    void searchWithoutMatchSaysSoAndClears();
    void checkNowShowsAtOnceThenTheResult();
    void pauseShowsAtOnceAndSwitchesTheButtons();
    void settingsHasAShortcut();
    void deleteIconIsNotAGreenCheckMark();
    void statusCountsMonitors();

private:
    void storeMonitors(const QList<Monitor> &monitors);
    void startApp();
    [[nodiscard]] MainWindow &window() { return m_app->window(); }
    // True when `widget` is shown and lies inside the window's client area.
    [[nodiscard]] bool visibleInWindow(const QWidget *widget);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<DesktopApp> m_app;
    QString m_path;
};

void TestWindowPolish::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(u"upwatch.sqlite"_s);
    m_settings =
        std::make_unique<QSettings>(m_dir->filePath(u"upwatch.ini"_s), QSettings::IniFormat);
}

void TestWindowPolish::cleanup()
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

void TestWindowPolish::storeMonitors(const QList<Monitor> &monitors)
{
    QString error;
    auto db = StoreDatabase::open(m_path, &error);
    QVERIFY2(db, qPrintable(error));
    MonitorStore store(*db);
    for (Monitor monitor : monitors) {
        monitor.intervalSeconds = 3600; // no check of their own during a test
        QVERIFY(store.add(monitor));
    }
}

void TestWindowPolish::startApp()
{
    DesktopApp::Options options;
    options.databasePath = m_path;
    options.useTray = false;
    m_app = std::make_unique<DesktopApp>(options, *m_settings, std::make_shared<SystemClock>());
    QSignalSpy loaded(&m_app->session(), &DesktopSession::loaded);
    m_app->start();
    QVERIFY(loaded.wait(10'000));
    QVERIFY(QTest::qWaitForWindowExposed(&window()));
}

bool TestWindowPolish::visibleInWindow(const QWidget *widget)
{
    if (!widget || !widget->isVisible())
        return false;
    const QRect where(widget->mapTo(&window(), QPoint(0, 0)), widget->size());
    return window().rect().contains(where);
}

void TestWindowPolish::compactWindowKeepsSearchFiltersAndColumns()
{
    storeMonitors({makeMonitor(u"Shop"_s, u"https://shop.example.com/a/very/long/path/to/health"_s),
                   makeMonitor(u"API"_s, u"https://api.example.com/"_s)});
    startApp();
    window().resize(800, 600);
    QTRY_COMPARE(window().size(), QSize(800, 600));
    QCoreApplication::processEvents();

    // Search and both filters stay in the window, not in a toolbar's overflow menu.
    for (const QString &name : {u"searchEdit"_s, u"stateFilter"_s, u"tagFilter"_s}) {
        QWidget *widget = window().findChild<QWidget *>(name);
        QVERIFY2(visibleInWindow(widget), qPrintable(name));
        QVERIFY2(widget->width() >= widget->minimumSizeHint().width(), qPrintable(name));
    }
    // The state filter is wide enough for its longest state, in the box and in its popup.
    auto *state = window().findChild<QComboBox *>(u"stateFilter"_s);
    const int degraded = state->fontMetrics().horizontalAdvance(u"Degraded"_s);
    QVERIFY(state->width() > degraded + state->iconSize().width());
    QVERIFY(state->view()->minimumWidth() > degraded);

    // The table shows several rows, and every important column in full.
    QTableView &table = window().table();
    QVERIFY(visibleInWindow(&table));
    QVERIFY2(table.viewport()->height() >= 5 * table.verticalHeader()->defaultSectionSize(),
             qPrintable(QString::number(table.viewport()->height())));
    const QHeaderView *header = table.horizontalHeader();
    for (const int column : {MonitorTableModel::StatusColumn, MonitorTableModel::NameColumn,
                             MonitorTableModel::ResponseColumn, MonitorTableModel::UptimeColumn,
                             MonitorTableModel::HistoryColumn}) {
        const int right = header->sectionViewportPosition(column) + header->sectionSize(column);
        QVERIFY2(header->sectionViewportPosition(column) >= 0 && right <= table.viewport()->width(),
                 qPrintable(u"column %1 ends at %2 of %3"_s.arg(column).arg(right).arg(
                     table.viewport()->width())));
    }
    // The URL column gave way.
    QVERIFY(header->sectionSize(MonitorTableModel::UrlColumn) < 280);
}

void TestWindowPolish::tableGetsMostOfTheHeight()
{
    // At the size the window starts with (the whole screen when the screen is small).
    startApp();
    QTableView &table = window().table();
    auto *splitter = window().findChild<QSplitter *>(u"mainSplitter"_s);
    QVERIFY(splitter);
    QTRY_VERIFY(splitter->sizes().value(0) > 0);
    const QList<int> sizes = splitter->sizes();
    QVERIFY2(sizes.at(0) > sizes.at(1), qPrintable(u"%1 / %2"_s.arg(sizes.at(0)).arg(sizes.at(1))));
    // With no monitors the first-run panel stands in the table's place, with the same room.
    auto *stack = window().findChild<QWidget *>(u"monitorListStack"_s);
    QVERIFY(stack);
    const int rows = (stack->height() - table.horizontalHeader()->sizeHint().height()) /
                     table.verticalHeader()->defaultSectionSize();
    QVERIFY2(rows >= 10, qPrintable(QString::number(rows)));
}

void TestWindowPolish::splitterCanGiveTheTableAlmostEverything()
{
    storeMonitors({makeMonitor(u"Shop"_s)});
    startApp();
    auto *splitter = window().findChild<QSplitter *>(u"mainSplitter"_s);
    QVERIFY(splitter);
    QTRY_COMPARE(window().model().rowCount(), 1);
    window().table().selectRow(0); // the details are full of content
    QTRY_VERIFY(window().detailPane().monitorId());
    const int total = splitter->sizes().value(0) + splitter->sizes().value(1);
    splitter->setSizes({total, 0});
    const QList<int> sizes = splitter->sizes();
    // The details scroll: their content does not hold the splitter back.
    QVERIFY2(sizes.at(1) <= 4 * window().fontMetrics().height(),
             qPrintable(QString::number(sizes.at(1))));
    QVERIFY(sizes.at(0) >= total - 4 * window().fontMetrics().height());
}

void TestWindowPolish::firstRunPanelOpensTheAddDialog()
{
    startApp();
    MonitorListArea &area = window().listArea();
    QCOMPARE(area.page(), MonitorListArea::Page::FirstRun);
    auto *add = window().findChild<QPushButton *>(u"firstRunAddButton"_s);
    QVERIFY(visibleInWindow(add));
    QVERIFY(!window().table().isVisible());
    QTest::mouseClick(add, Qt::LeftButton);
    auto *dialog = window().findChild<MonitorDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    dialog->reject();

    // The first monitor replaces the panel with the table.
    window().model().addMonitor(makeMonitor(u"Shop"_s), MonitorState::Pending);
    QCOMPARE(area.page(), MonitorListArea::Page::Table);
    QVERIFY(window().table().isVisible());
    QVERIFY(!add->isVisible());
}

void TestWindowPolish::searchWithoutMatchSaysSoAndClears()
{
    storeMonitors({makeMonitor(u"Shop"_s), makeMonitor(u"API"_s)});
    startApp();
    QTRY_COMPARE(window().model().rowCount(), 2);
    MonitorListArea &area = window().listArea();
    QCOMPARE(area.page(), MonitorListArea::Page::Table);
    auto *search = window().findChild<QLineEdit *>(u"searchEdit"_s);
    QTest::keyClicks(search, u"nothing-like-it"_s);
    QCOMPARE(area.page(), MonitorListArea::Page::NoMatch);
    auto *message = window().findChild<QLabel *>(u"noMatchLabel"_s);
    QVERIFY(visibleInWindow(message));
    QVERIFY2(message->text().contains(u"“nothing-like-it”"_s), qPrintable(message->text()));
    // Not the detail pane's "select a monitor" text.
    auto *placeholder = window().detailPane().findChild<QLabel *>(u"placeholder"_s);
    QVERIFY(placeholder);
    QVERIFY(message->text() != placeholder->text());

    // A state filter alone says so too.
    search->clear();
    QCOMPARE(area.page(), MonitorListArea::Page::Table);
    auto *state = window().findChild<QComboBox *>(u"stateFilter"_s);
    state->setCurrentIndex(state->findData(int(MonitorState::Down)));
    QCOMPARE(area.page(), MonitorListArea::Page::NoMatch);
    QVERIFY(!message->text().contains(u"“"_s));

    // Clear filters shows every monitor again.
    QTest::keyClicks(search, u"zzz"_s);
    QTest::mouseClick(window().findChild<QPushButton *>(u"clearFiltersButton"_s), Qt::LeftButton);
    QCOMPARE(search->text(), QString());
    QCOMPARE(state->currentIndex(), 0);
    QCOMPARE(area.page(), MonitorListArea::Page::Table);
    QCOMPARE(window().table().model()->rowCount(), 2);
}

void TestWindowPolish::checkNowShowsAtOnceThenTheResult()
{
    TestServer server;
    QVERIFY(server.start());
    server.setRoute("/ok", TestRoute::ok("fine"));
    storeMonitors({makeMonitor(u"Shop"_s, server.url(u"/ok"_s).toString())});
    startApp();
    MonitorTableModel &model = window().model();
    QTRY_COMPARE(model.rowCount(), 1);
    const qint64 id = model.idAt(0);
    window().table().selectRow(0);
    QVERIFY(window().actions().checkNow->isEnabled());

    window().actions().checkNow->trigger();
    // At once: the row and the status bar say what is going on.
    QCOMPARE(model.index(0, MonitorTableModel::StatusColumn).data().toString(), u"Checking…"_s);
    QCOMPARE(model.pending(id), PendingActivity::Kind::Checking);
    QCOMPARE(window().statusBar()->currentMessage(), u"Checking Shop…"_s);
    // Then the result.
    QTRY_VERIFY_WITH_TIMEOUT(
        window().statusBar()->currentMessage().startsWith(u"Checked Shop: up"_s), 15'000);
    QCOMPARE(model.pending(id), PendingActivity::Kind::None);
    QCOMPARE(model.index(0, MonitorTableModel::StatusColumn).data().toString(), u"Up"_s);
}

void TestWindowPolish::pauseShowsAtOnceAndSwitchesTheButtons()
{
    storeMonitors({makeMonitor(u"Shop"_s)});
    startApp();
    MonitorTableModel &model = window().model();
    QTRY_COMPARE(model.rowCount(), 1);
    const qint64 id = model.idAt(0);
    window().table().selectRow(0);
    MonitorActions &actions = window().actions();
    QVERIFY(actions.pause->isEnabled());
    QVERIFY(!actions.resume->isEnabled());

    actions.pause->trigger();
    QCOMPARE(model.index(0, MonitorTableModel::StatusColumn).data().toString(), u"Pausing…"_s);
    QVERIFY(!actions.pause->isEnabled());
    QVERIFY(actions.resume->isEnabled());
    QVERIFY(!actions.checkNow->isEnabled());
    QCOMPARE(window().statusBar()->currentMessage(), u"Pausing Shop…"_s);
    QTRY_COMPARE(model.pending(id), PendingActivity::Kind::None);
    QTRY_COMPARE(window().statusBar()->currentMessage(), u"Paused Shop"_s);
    QVERIFY(model.monitor(id)->paused);
    QVERIFY(actions.resume->isEnabled());

    actions.resume->trigger();
    QCOMPARE(model.index(0, MonitorTableModel::StatusColumn).data().toString(), u"Resuming…"_s);
    QVERIFY(actions.pause->isEnabled());
    QTRY_COMPARE(window().statusBar()->currentMessage(), u"Resumed Shop"_s);
    QVERIFY(!model.monitor(id)->paused);
}

void TestWindowPolish::settingsHasAShortcut()
{
    startApp();
    auto *settings = window().findChild<QAction *>(u"settingsAction"_s);
    QVERIFY(settings);
    QVERIFY(!settings->shortcut().isEmpty());
    const QList<QKeySequence> platform = QKeySequence::keyBindings(QKeySequence::Preferences);
    QCOMPARE(settings->shortcut(),
             platform.isEmpty() ? QKeySequence(Qt::CTRL | Qt::Key_Comma) : platform.first());
}

void TestWindowPolish::deleteIconIsNotAGreenCheckMark()
{
    startApp();
    const QIcon icon = window().actions().remove->icon();
    QVERIFY(!icon.isNull());
    for (const int size : {16, 22, 32}) {
        const QImage image =
            icon.pixmap(size, size).toImage().convertToFormat(QImage::Format_ARGB32);
        qint64 red = 0;
        qint64 green = 0;
        qint64 blue = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor pixel = image.pixelColor(x, y);
                if (pixel.alpha() < 128)
                    continue;
                red += pixel.red();
                green += pixel.green();
                blue += pixel.blue();
            }
        }
        QVERIFY(red + green + blue > 0);
        // Green above both other channels by a third reads as "OK", not "delete".
        QVERIFY2(!(green * 3 > red * 4 && green * 3 > blue * 4),
                 qPrintable(u"%1 px: r %2 g %3 b %4"_s.arg(size).arg(red).arg(green).arg(blue)));
    }
}

void TestWindowPolish::statusCountsMonitors()
{
    storeMonitors({makeMonitor(u"A"_s), makeMonitor(u"B"_s), makeMonitor(u"C"_s)});
    startApp();
    auto *counts = window().findChild<QLabel *>(u"countsLabel"_s);
    QVERIFY(counts);
    // The plural comes from the English translation (translations/upwatch_en.ts) the app loads;
    // until it is loaded here, only the number is checked. Integrator: with the translator
    // loaded, compare with "3 monitors: 3 pending".
    QTRY_VERIFY2(counts->text().startsWith(u"3 monitor"_s), qPrintable(counts->text()));
    QVERIFY(counts->text().contains(u"3 pending"_s));
}

QTEST_MAIN(TestWindowPolish)
#include "tst_windowpolish.moc"
