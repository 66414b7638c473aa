#include "ui/window/MainWindow.h"

#include "core/alert/Alerting.h"
#include "core/alert/Silencer.h"
#include "ui/desktop/DesktopSession.h"
#include "ui/dialogs/AlertingChannelBackend.h"
#include "ui/dialogs/ChannelsPage.h"
#include "ui/dialogs/MetricsSettingsPage.h"
#include "ui/dialogs/OpenDatabaseDialog.h"
#include "ui/dialogs/ReportDialog.h"
#include "ui/dialogs/SettingsDialog.h"
#include "ui/table/HistoryBarDelegate.h"
#include "ui/table/MonitorFilterModel.h"
#include "ui/table/MonitorTableModel.h"
#include "ui/tray/NotificationPauseMenu.h"
#include "ui/window/AboutDialog.h"
#include "ui/window/AlertStatus.h"
#include "ui/window/DetailPane.h"
#include "ui/window/HealthView.h"
#include "ui/window/MaintenanceActions.h"
#include "ui/window/MonitorActions.h"
#include "ui/window/MonitorFilterBar.h"
#include "ui/window/MonitorListArea.h"
#include "ui/window/QuietIndicator.h"
#include "ui/window/StatusStyle.h"
#include "ui/window/StoreStatusLabel.h"
#include "ui/window/WindowLayout.h"

#include <QCloseEvent>
#include <QCoreApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollArea>
#include <QSettings>
#include <QSize>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>

#include <algorithm>

MainWindow::MainWindow(DesktopSession &session, QSettings &settings, const AppSettings &appSettings,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_settings(settings)
    , m_appSettings(appSettings)
    , m_model(new MonitorTableModel(this))
    , m_filter(new MonitorFilterModel(this))
{
    setWindowTitle(tr("Upwatch"));
    m_model->setClock(m_session.clock());
    m_filter->setSourceModel(m_model);
    buildTable();
    m_actions = new MonitorActions(m_session, *m_model, *m_table, m_settings, this);
    m_actions->setAppSettings(m_appSettings);
    m_maintenance = new MaintenanceActions(
        m_session.service(), [this] { return m_actions->selectedIds(); }, this);
    buildToolBar();
    buildMenus();
    connectSession();
    m_layout = new WindowLayout(m_settings, *this, *m_splitter, *m_table, *m_detail);
    m_layout->restore();
    updateStatus();
}

MainWindow::~MainWindow()
{
    m_layout->save();
}

void MainWindow::buildTable()
{
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("monitorTable"));
    m_table->setModel(m_filter);
    m_table->setItemDelegateForColumn(MonitorTableModel::HistoryColumn,
                                      new HistoryBarDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setSortingEnabled(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Fixed row heights and interactive columns: nothing is measured per row, so 100,000 rows
    // scroll as fast as 100.
    QHeaderView *rows = m_table->verticalHeader();
    rows->setVisible(false);
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(fontMetrics().height() + 10);
    QHeaderView *columns = m_table->horizontalHeader();
    columns->setHighlightSections(false);
    // Wide enough for their contents at 800 px, and for their heading and the state names in any
    // language ("Beeinträchtigt"); the URL column takes what is left.
    const int em = fontMetrics().horizontalAdvance(u'M');
    int widths[] = {10 * em, 13 * em, 0, 5 * em, 8 * em, 7 * em, 8 * em, 11 * em};
    for (const MonitorState state :
         {MonitorState::Pending, MonitorState::Up, MonitorState::Degraded, MonitorState::Down,
          MonitorState::Unreachable, MonitorState::Paused, MonitorState::Maintenance}) {
        const int labelWidth = fontMetrics().horizontalAdvance(StatusStyle::label(state));
        widths[MonitorTableModel::StatusColumn] =
            std::max(widths[MonitorTableModel::StatusColumn], labelWidth + 4 * em);
    }
    for (int column = 0; column < int(std::size(widths)); ++column) {
        if (widths[column] > 0)
            columns->resizeSection(column,
                                   std::max(widths[column], columns->sectionSizeHint(column)));
    }
    WindowLayout::fitColumns(*columns);
    m_table->sortByColumn(MonitorTableModel::StatusColumn, Qt::AscendingOrder);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::onSelectionChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::onSelectionChanged);
    connect(m_table, &QTableView::doubleClicked, this, [this] { m_actions->editMonitor(); });
    connect(m_table, &QTableView::customContextMenuRequested, this, [this](const QPoint &at) {
        auto *menu = new QMenu(this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        m_actions->addTo(menu);
        m_maintenance->addTo(menu, false);
        menu->popup(m_table->viewport()->mapToGlobal(at));
    });

    m_detail = new DetailPane(m_session.store(), m_session.clock(), this);
    m_detail->setObjectName(QStringLiteral("detailPane"));
    m_detail->setMaintenancePlanner(&m_session.service().maintenance());

    // The details scroll, so their content never holds the splitter back from the table.
    auto *detailScroll = new QScrollArea(this);
    detailScroll->setObjectName(QStringLiteral("detailScroll"));
    detailScroll->setWidget(m_detail);
    detailScroll->setWidgetResizable(true);
    detailScroll->setFrameShape(QFrame::NoFrame);
    detailScroll->setMinimumHeight(3 * fontMetrics().height());

    // The table and its filters go on top (buildToolBar(): they need the actions).
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(detailScroll);
    m_splitter->setChildrenCollapsible(false);

    m_health = new HealthView(m_session.health(), this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_splitter, tr("Monitors"));
    m_tabs->addTab(m_health, tr("Health"));
    setCentralWidget(m_tabs);

    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("countsLabel"));
    m_storeStatus = new StoreStatusLabel(this);
    statusBar()->addWidget(m_counts, 1);
    statusBar()->addPermanentWidget(m_storeStatus);
    // A failed alert delivery stays visible until that channel delivers again.
    m_alertStatus = new AlertStatus(this);
    statusBar()->addPermanentWidget(m_alertStatus);
    Alerting &alerting = m_session.alerting();
    connect(&alerting, &Alerting::deliveryFinished, m_alertStatus, &AlertStatus::deliveryFinished);
    connect(&alerting, &Alerting::channelsChanged, m_alertStatus, &AlertStatus::channelsChanged);
    m_channels = new AlertingChannelBackend(alerting, this);
    m_quietIndicator = new QuietIndicator(this);
    statusBar()->addPermanentWidget(m_quietIndicator);
    connect(m_quietIndicator, &QuietIndicator::resumeRequested, this,
            &MainWindow::resumeNotificationsRequested);
    connect(
        &alerting.silencer(), &Silencer::failed, m_storeStatus,
        [label = m_storeStatus](const QString &error) { label->showMessage(error, true, true); });
}

void MainWindow::buildToolBar()
{
    QToolBar *bar = addToolBar(tr("Monitors"));
    bar->setObjectName(QStringLiteral("monitorToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(m_actions->add);
    bar->addAction(m_actions->edit);
    bar->addAction(m_actions->pause);
    bar->addAction(m_actions->resume);
    bar->addAction(m_actions->checkNow);
    bar->addAction(m_actions->remove);

    m_listArea = new MonitorListArea(*m_table, *m_filter, *m_actions->add, m_splitter);
    m_listArea->setObjectName(QStringLiteral("monitorList"));
    m_splitter->insertWidget(0, m_listArea);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_filterBar = &m_listArea->filterBar();
    auto *focusSearch = new QAction(this);
    focusSearch->setShortcut(QKeySequence::Find);
    connect(focusSearch, &QAction::triggered, m_filterBar, &MonitorFilterBar::focusSearch);
    addAction(focusSearch);

    connect(
        m_maintenance, &MaintenanceActions::statusMessage, this,
        [this](const QString &text, int timeoutMs) { statusBar()->showMessage(text, timeoutMs); });
    connect(m_actions, &MonitorActions::revealRequested, this, &MainWindow::revealMonitor);
    connect(
        m_actions, &MonitorActions::statusMessage, this,
        [this](const QString &text, int timeoutMs) { statusBar()->showMessage(text, timeoutMs); });
    connect(
        m_actions, &MonitorActions::storeFailed, m_storeStatus,
        [label = m_storeStatus](const QString &error) { label->showMessage(error, true, true); });
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *openDatabaseAction =
        file->addAction(tr("&Open database…"), this, &MainWindow::openDatabase);
    openDatabaseAction->setObjectName(QStringLiteral("openDatabaseAction"));
    // Not Ctrl+O: Monitor > Open in browser has it.
    openDatabaseAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    file->addSeparator();
    QAction *exportAction =
        file->addAction(tr("&Export history…"), m_actions, &MonitorActions::exportHistory);
    exportAction->setObjectName(QStringLiteral("exportAction"));
    QAction *reportAction = file->addAction(tr("&Uptime report…"), this, [this] {
        auto *dialog =
            new ReportDialog(m_session.store(), m_model->monitors(), m_session.clock(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    reportAction->setObjectName(QStringLiteral("reportAction"));
    QAction *settingsAction = file->addAction(tr("&Settings…"), this, &MainWindow::openSettings);
    settingsAction->setObjectName(QStringLiteral("settingsAction"));
    // The platform's Preferences keys where it has them (KDE: Ctrl+Shift+,), else Ctrl+,.
    const QList<QKeySequence> preferences = QKeySequence::keyBindings(QKeySequence::Preferences);
    settingsAction->setShortcuts(preferences.isEmpty()
                                     ? QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_Comma)}
                                     : preferences);
    m_pauseMenu = new NotificationPauseMenu(this);
    file->addMenu(m_pauseMenu);
    connect(m_pauseMenu, &NotificationPauseMenu::snoozeRequested, this,
            &MainWindow::snoozeRequested);
    connect(m_pauseMenu, &NotificationPauseMenu::resumeRequested, this,
            &MainWindow::resumeNotificationsRequested);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &MainWindow::quitRequested);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);

    QMenu *monitor = menuBar()->addMenu(tr("&Monitor"));
    m_actions->addTo(monitor);
    m_maintenance->addTo(monitor, true);
    for (QAction *action : monitor->actions())
        addAction(action); // shortcuts work while the menu is closed

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(tr("&Monitors"), QKeySequence(Qt::CTRL | Qt::Key_1), this,
                    [this] { m_tabs->setCurrentIndex(0); });
    view->addAction(tr("&Health"), QKeySequence(Qt::CTRL | Qt::Key_2), this,
                    [this] { m_tabs->setCurrentIndex(1); });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Upwatch"), this, [this] {
        auto *about = new AboutDialog(m_session.databasePath(), this);
        about->setAttribute(Qt::WA_DeleteOnClose);
        about->open();
    });
}

void MainWindow::connectSession()
{
    connect(&m_session, &DesktopSession::loaded, this,
            [this](const QList<Monitor> &monitors, const QHash<qint64, MonitorState> &states) {
                m_model->setMonitors(monitors, states);
                refreshTagFilter();
                if (m_filter->rowCount() > 0 && !m_table->currentIndex().isValid())
                    m_table->selectRow(0);
            });
    connect(&m_session, &DesktopSession::loadFailed, this, [this](const QString &error) {
        m_storeStatus->showMessage(error, true, true);
        auto *box =
            new QMessageBox(QMessageBox::Critical, tr("Upwatch"),
                            tr("The database could not be opened."), QMessageBox::Close, this);
        box->setInformativeText(error);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    connect(&m_session, &DesktopSession::summariesLoaded, this,
            [this](const QHash<qint64, MonitorSummary> &summaries) {
                m_model->setSummaries(summaries);
                onSelectionChanged(); // the restored selection's header gets its last check
            });
    connect(&m_session, &DesktopSession::uptimeRefreshed, m_model, &MonitorTableModel::setUptime);
    connect(&m_session, &DesktopSession::monitorAdded, this,
            [this](const Monitor &monitor, MonitorState state) {
                m_model->addMonitor(monitor, state);
                refreshTagFilter();
            });
    connect(&m_session, &DesktopSession::monitorUpdated, this, [this](const Monitor &monitor) {
        m_model->updateMonitor(monitor);
        refreshTagFilter();
        onSelectionChanged();
    });
    connect(&m_session, &DesktopSession::monitorsRemoved, this, [this](const QList<qint64> &ids) {
        m_model->removeMonitors(ids);
        refreshTagFilter();
        onSelectionChanged();
    });
    connect(&m_session, &DesktopSession::resultsReady, this, [this](const ResultBatch &batch) {
        m_model->applyBatch(batch);
        m_detail->applyBatch(batch);
    });
    connect(
        &m_session, &DesktopSession::storeFailed, m_storeStatus,
        [label = m_storeStatus](const QString &error) { label->showMessage(error, true, true); });
    // Stays while history cannot be written; the news that it works again fades like an error.
    connect(
        &m_session, &DesktopSession::historyStatusChanged, m_storeStatus,
        [label = m_storeStatus](const QString &text) { label->showMessage(text, true, false); });
    connect(
        &m_session, &DesktopSession::historyResumed, m_storeStatus,
        [label = m_storeStatus](const QString &news) { label->showMessage(news, false, true); });
    connect(m_model, &MonitorTableModel::stateCountsChanged, this, &MainWindow::updateStatus);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_layout->save();
    event->ignore();
    if (m_closeHides) {
        hide();
        emit hiddenToTray(m_layout->firstHideToTray());
        return;
    }
    emit quitRequested();
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    emit visibilityChanged(true);
}

void MainWindow::hideEvent(QHideEvent *event)
{
    QMainWindow::hideEvent(event);
    emit visibilityChanged(false);
}

void MainWindow::revealMonitor(qint64 id)
{
    m_tabs->setCurrentIndex(0);
    showNormal();
    raise();
    activateWindow();
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) { // filtered out: show everything again
        m_filterBar->clear();
        m_filter->refreshNow();
        index = m_filter->mapFromSource(m_model->index(row, 0));
    }
    m_table->setCurrentIndex(index);
    m_table->selectRow(index.row());
    m_table->scrollTo(index);
}

void MainWindow::setAppSettings(const AppSettings &settings)
{
    m_appSettings = settings;
    m_actions->setAppSettings(settings);
}

void MainWindow::setNotificationHold(const NotificationHold &hold)
{
    m_pauseMenu->setHold(hold);
    m_quietIndicator->setHold(hold);
}

QList<qint64> MainWindow::selectedIds() const
{
    return m_actions->selectedIds();
}

void MainWindow::onSelectionChanged()
{
    m_actions->updateEnabled();
    const auto monitor = m_actions->currentMonitor();
    m_shownId = monitor ? monitor->id : 0;
    m_detail->showMonitor(monitor, monitor ? m_model->state(monitor->id) : MonitorState::Pending,
                          monitor ? m_model->latestResult(monitor->id) : std::nullopt);
}

void MainWindow::openSettings()
{
    auto *dialog = new SettingsDialog(m_appSettings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    Silencer &silencer = m_session.alerting().silencer();
    dialog->setQuietHours(silencer.settings().quietHours);
    const auto showMetrics = [dialog](const MetricsStatus &status) {
        dialog->metricsPage().setServerState(status.url, status.error);
    };
    showMetrics(m_session.metricsStatus());
    connect(&m_session, &DesktopSession::metricsStatusChanged, dialog, showMetrics);
    QStringList names;
    QStringList tags;
    for (const Monitor &monitor : m_session.service().monitors()) {
        names << monitor.name;
        tags << monitor.tags;
    }
    auto *channels = new ChannelsPage(*m_channels, names, tags, dialog);
    channels->setObjectName(QStringLiteral("channelsPage"));
    dialog->addPage(channels, tr("Alert &channels"));
    // Wide enough for the channel list's columns, last delivery included.
    dialog->resize(dialog->sizeHint().expandedTo(QSize(900, 540)));
    connect(dialog, &QDialog::accepted, this, [this, dialog, &silencer] {
        // In the database, for `upwatch run` too (switched off, the times are not kept).
        const QuietHours quiet = dialog->quietHours();
        const QuietHours &stored = silencer.settings().quietHours;
        if (quiet.enabled != stored.enabled || (quiet.enabled && quiet != stored))
            silencer.setQuietHours(quiet);
        setAppSettings(dialog->settings());
        m_appSettings.save(m_settings);
        emit appSettingsChanged(m_appSettings);
    });
    dialog->open();
}

void MainWindow::openDatabase()
{
    auto *dialog = new OpenDatabaseDialog(m_session.databasePath(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString chosen = dialog->location();
        // The same database again only with a password (the one in use may be missing or
        // wrong).
        if (dialog->password().isEmpty() &&
            OpenDatabaseDialog::isSameDatabase(chosen, m_session.databasePath()))
            return;
        m_layout->save(); // what the next window starts with
        emit openDatabaseRequested(chosen, dialog->password(), dialog->rememberPassword());
    });
    dialog->open();
}

void MainWindow::refreshTagFilter()
{
    m_filterBar->setTags(m_model->tags());
}

void MainWindow::updateStatus()
{
    const QList<int> counts = m_model->stateCounts();
    int total = 0;
    QStringList parts;
    for (const MonitorState state :
         {MonitorState::Down, MonitorState::Unreachable, MonitorState::Degraded, MonitorState::Up,
          MonitorState::Pending, MonitorState::Maintenance, MonitorState::Paused}) {
        const int count = counts.value(int(state));
        total += count;
        if (count > 0)
            parts.append(tr("%1 %2").arg(count).arg(StatusStyle::label(state).toLower()));
    }
    m_counts->setText(
        total == 0
            ? tr("No monitors yet — add one with Ctrl+N")
            : tr("%n monitor(s): %1", nullptr, total).arg(parts.join(QStringLiteral(" · "))));
}
