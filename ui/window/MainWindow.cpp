#include "ui/window/MainWindow.h"

#include "ui/desktop/DesktopSession.h"
#include "ui/dialogs/ExportDialog.h"
#include "ui/dialogs/MonitorDialog.h"
#include "ui/dialogs/SettingsDialog.h"
#include "ui/table/HistoryBarDelegate.h"
#include "ui/table/MonitorFilterModel.h"
#include "ui/table/MonitorTableModel.h"
#include "ui/window/DetailPane.h"
#include "ui/window/HealthView.h"
#include "ui/window/MonitorActions.h"
#include "ui/window/MonitorFilterBar.h"
#include "ui/window/StatusStyle.h"
#include "ui/window/StoreStatusLabel.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSet>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>

namespace {

const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kStateKey = QStringLiteral("window/state");
const QString kSplitterKey = QStringLiteral("window/splitter");
const QString kHeaderKey = QStringLiteral("window/tableHeader");
const QString kRangeKey = QStringLiteral("window/chartRange");
const QString kTrayExplainedKey = QStringLiteral("window/closeToTrayExplained");
const QString kExportFolderKey = QStringLiteral("export/folder");

} // namespace

MainWindow::MainWindow(DesktopSession &session, QSettings &settings, const AppSettings &appSettings,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_settings(settings)
    , m_appSettings(appSettings)
    , m_model(new MonitorTableModel(this))
    , m_filter(new MonitorFilterModel(this))
    , m_actions(new MonitorActions(this))
{
    setWindowTitle(tr("Upwatch"));
    setWindowIcon(StatusStyle::icon(MonitorState::Up));
    m_filter->setSourceModel(m_model);
    buildTable();
    buildToolBar();
    buildMenus();
    connectSession();
    restoreLayout();
    updateStatus();
}

MainWindow::~MainWindow()
{
    saveLayout();
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
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setStretchLastSection(true);
    columns->setHighlightSections(false);
    const int widths[] = {110, 180, 280, 70, 130, 90, 100};
    for (int column = 0; column < int(std::size(widths)); ++column)
        columns->resizeSection(column, widths[column]);
    m_table->sortByColumn(MonitorTableModel::StatusColumn, Qt::AscendingOrder);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::onSelectionChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::onSelectionChanged);
    connect(m_table, &QTableView::doubleClicked, this, &MainWindow::editMonitor);
    connect(m_table, &QTableView::customContextMenuRequested, this, [this](const QPoint &at) {
        auto *menu = new QMenu(this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        m_actions->addTo(menu);
        menu->popup(m_table->viewport()->mapToGlobal(at));
    });

    m_detail = new DetailPane(m_session.store(), m_session.clock(), this);
    m_detail->setObjectName(QStringLiteral("detailPane"));
    connect(m_detail, &DetailPane::rangeChanged, this,
            [this](DetailPane::Range range) { m_settings.setValue(kRangeKey, int(range)); });

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
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
    bar->addSeparator();

    m_filterBar = new MonitorFilterBar(*m_filter, bar);
    bar->addWidget(m_filterBar);
    auto *focusSearch = new QAction(this);
    focusSearch->setShortcut(QKeySequence::Find);
    connect(focusSearch, &QAction::triggered, m_filterBar, &MonitorFilterBar::focusSearch);
    addAction(focusSearch);

    connect(m_actions->add, &QAction::triggered, this, &MainWindow::addMonitor);
    connect(m_actions->edit, &QAction::triggered, this, &MainWindow::editMonitor);
    connect(m_actions->duplicate, &QAction::triggered, this, &MainWindow::duplicateMonitor);
    connect(m_actions->pause, &QAction::triggered, this, [this] { setSelectedPaused(true); });
    connect(m_actions->resume, &QAction::triggered, this, [this] { setSelectedPaused(false); });
    connect(m_actions->checkNow, &QAction::triggered, this, &MainWindow::checkSelected);
    connect(m_actions->remove, &QAction::triggered, this, &MainWindow::deleteSelected);
    connect(m_actions->copyUrl, &QAction::triggered, this, &MainWindow::copyUrl);
    connect(m_actions->openInBrowser, &QAction::triggered, this, &MainWindow::openInBrowser);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *exportAction =
        file->addAction(tr("&Export history…"), this, &MainWindow::exportHistory);
    exportAction->setObjectName(QStringLiteral("exportAction"));
    QAction *settingsAction = file->addAction(tr("&Settings…"), this, &MainWindow::openSettings);
    settingsAction->setObjectName(QStringLiteral("settingsAction"));
    settingsAction->setShortcut(QKeySequence::Preferences);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &MainWindow::quitRequested);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);

    QMenu *monitor = menuBar()->addMenu(tr("&Monitor"));
    m_actions->addTo(monitor);
    for (QAction *action : monitor->actions())
        addAction(action); // shortcuts work while the menu is closed

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(tr("&Monitors"), QKeySequence(Qt::CTRL | Qt::Key_1), this,
                    [this] { m_tabs->setCurrentIndex(0); });
    view->addAction(tr("&Health"), QKeySequence(Qt::CTRL | Qt::Key_2), this,
                    [this] { m_tabs->setCurrentIndex(1); });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Upwatch"), this, [this] {
        auto *box = new QMessageBox(
            QMessageBox::Information, tr("About Upwatch"),
            tr("<b>Upwatch %1</b><br>A native desktop uptime monitor.<br>Database: %2<br>"
               "License: GPL-3.0-or-later")
                .arg(QCoreApplication::applicationVersion(),
                     m_session.databasePath().toHtmlEscaped()),
            QMessageBox::Close, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
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
    connect(&m_session, &DesktopSession::summariesLoaded, m_model,
            &MonitorTableModel::setSummaries);
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

void MainWindow::restoreLayout()
{
    resize(1180, 760);
    restoreGeometry(m_settings.value(kGeometryKey).toByteArray());
    restoreState(m_settings.value(kStateKey).toByteArray());
    if (!m_splitter->restoreState(m_settings.value(kSplitterKey).toByteArray()))
        m_splitter->setSizes({420, 340});
    QHeaderView *header = m_table->horizontalHeader();
    if (header->restoreState(m_settings.value(kHeaderKey).toByteArray()))
        m_table->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
    bool ok = false;
    const int range = m_settings.value(kRangeKey).toInt(&ok);
    if (ok && range >= int(DetailPane::Range::Hour) && range <= int(DetailPane::Range::Year))
        m_detail->setRange(DetailPane::Range(range));
}

void MainWindow::saveLayout()
{
    m_settings.setValue(kGeometryKey, saveGeometry());
    m_settings.setValue(kStateKey, saveState());
    m_settings.setValue(kSplitterKey, m_splitter->saveState());
    m_settings.setValue(kHeaderKey, m_table->horizontalHeader()->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    event->ignore();
    if (m_closeHides) {
        hide();
        const bool firstTime = !m_settings.value(kTrayExplainedKey).toBool();
        m_settings.setValue(kTrayExplainedKey, true);
        emit hiddenToTray(firstTime);
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
}

QList<qint64> MainWindow::selectedIds() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    ids.reserve(rows.size());
    for (const QModelIndex &index : rows)
        ids.append(index.data(MonitorTableModel::MonitorIdRole).toLongLong());
    return ids;
}

std::optional<Monitor> MainWindow::currentMonitor() const
{
    const QList<qint64> ids = selectedIds();
    if (ids.size() != 1)
        return std::nullopt;
    return m_model->monitor(ids.constFirst());
}

void MainWindow::onSelectionChanged()
{
    const QList<qint64> ids = selectedIds();
    int paused = 0;
    for (const qint64 id : ids) {
        const auto monitor = m_model->monitor(id);
        paused += monitor && monitor->paused ? 1 : 0;
    }
    m_actions->updateFor(int(ids.size()), paused);
    const auto monitor = currentMonitor();
    m_shownId = monitor ? monitor->id : 0;
    m_detail->showMonitor(monitor, monitor ? m_model->state(monitor->id) : MonitorState::Pending,
                          monitor ? m_model->latestResult(monitor->id) : std::nullopt);
}

void MainWindow::openMonitorDialog(bool editing, const Monitor &monitor)
{
    QList<Monitor> others = m_model->monitors();
    others.removeIf([&monitor](const Monitor &other) { return other.id == monitor.id; });
    auto *dialog = new MonitorDialog(editing ? MonitorDialog::Mode::Edit : MonitorDialog::Mode::Add,
                                     monitor, others, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, editing] {
        const Monitor entered = dialog->monitor();
        m_session.saveMonitor(
            entered, this,
            [this, editing, entered](const std::optional<Monitor> &saved, const QString &error) {
                if (saved) {
                    revealMonitor(saved->id);
                    statusBar()->showMessage(
                        (editing ? tr("Saved %1") : tr("Added %1")).arg(saved->name), 5000);
                    return;
                }
                // Nothing the user typed is lost: the dialog comes back with it.
                openMonitorDialog(editing, entered);
                m_storeStatus->showMessage(error, true, true);
            });
    });
    dialog->open();
}

void MainWindow::addMonitor()
{
    Monitor monitor;
    monitor.intervalSeconds = m_appSettings.defaultIntervalSeconds;
    monitor.timeoutMs = m_appSettings.defaultTimeoutMs;
    openMonitorDialog(false, monitor);
}

void MainWindow::editMonitor()
{
    if (const auto monitor = currentMonitor())
        openMonitorDialog(true, *monitor);
}

void MainWindow::duplicateMonitor()
{
    auto monitor = currentMonitor();
    if (!monitor)
        return;
    monitor->id = 0;
    monitor->credentialKey.clear();
    QSet<QString> taken;
    for (const Monitor &other : m_model->monitors())
        taken.insert(other.name);
    QString name = tr("%1 (copy)").arg(monitor->name);
    for (int n = 2; taken.contains(name); ++n)
        name = tr("%1 (copy %2)").arg(monitor->name).arg(n);
    monitor->name = name;
    openMonitorDialog(false, *monitor);
}

void MainWindow::setSelectedPaused(bool paused)
{
    m_session.setPaused(selectedIds(), paused);
}

void MainWindow::checkSelected()
{
    m_session.checkNow(selectedIds());
}

void MainWindow::deleteSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    const QString text =
        ids.size() == 1
            ? tr("Delete the monitor “%1” and all its history?")
                  .arg(m_model->monitor(ids.constFirst()).value_or(Monitor{}).name)
            : tr("Delete %n monitor(s) and all their history?", nullptr, int(ids.size()));
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete monitors"), text,
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("deleteConfirmation"));
    box->setInformativeText(tr("This cannot be undone."));
    box->button(QMessageBox::Yes)->setText(tr("Delete"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, ids](int result) {
        if (result == QMessageBox::Yes)
            m_session.removeMonitors(ids);
    });
    box->open();
}

void MainWindow::copyUrl()
{
    if (const auto monitor = currentMonitor())
        QApplication::clipboard()->setText(displayUrl(monitor->url));
}

void MainWindow::openInBrowser()
{
    if (const auto monitor = currentMonitor())
        QDesktopServices::openUrl(monitor->url.adjusted(QUrl::RemoveUserInfo));
}

void MainWindow::exportHistory()
{
    auto *dialog = new ExportDialog(m_session.store(), m_model->monitors(), selectedIds(),
                                    m_session.clock(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString folder = m_settings.value(kExportFolderKey, QDir::homePath()).toString();
    dialog->setFilePath(QDir(folder).filePath(
        QStringLiteral("upwatch-history-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate))));
    connect(dialog, &ExportDialog::exported, this, [this](qint64 results, const QString &path) {
        m_settings.setValue(kExportFolderKey, QFileInfo(path).absolutePath());
        statusBar()->showMessage(tr("Exported %n result(s) to %1", nullptr, int(results)).arg(path),
                                 10'000);
    });
    dialog->open();
}

void MainWindow::openSettings()
{
    auto *dialog = new SettingsDialog(m_appSettings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_appSettings = dialog->settings();
        m_appSettings.save(m_settings);
        emit appSettingsChanged(m_appSettings);
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
          MonitorState::Pending, MonitorState::Paused}) {
        const int count = counts.value(int(state));
        total += count;
        if (count > 0)
            parts.append(tr("%1 %2").arg(count).arg(StatusStyle::label(state).toLower()));
    }
    m_counts->setText(
        total == 0
            ? tr("No monitors yet — add one with Ctrl+N")
            : tr("%n monitor(s): %1", nullptr, total).arg(parts.join(QStringLiteral(" · "))));
    setWindowIcon(StatusStyle::icon(StatusStyle::worst(counts)));
}
