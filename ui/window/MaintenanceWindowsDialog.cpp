#include "ui/window/MaintenanceWindowsDialog.h"

#include "core/service/MaintenancePlanner.h"
#include "core/service/MonitoringService.h"
#include "ui/dialogs/FormWidgets.h"
#include "ui/dialogs/MaintenanceDialog.h"
#include "ui/window/MaintenanceListModel.h"
#include "ui/window/StatusStyle.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace {

QPushButton *button(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *result = new QPushButton(text, parent);
    result->setObjectName(objectName);
    result->setAutoDefault(false);
    return result;
}

} // namespace

MaintenanceWindowsDialog::MaintenanceWindowsDialog(MonitoringService &service, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_model(new MaintenanceListModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_stack(new QStackedWidget(this))
    , m_emptyLabel(new QLabel(m_stack))
    , m_table(new QTableView(m_stack))
    , m_addButton(button(tr("&Add\u2026"), QStringLiteral("addButton"), this))
    , m_editButton(button(tr("&Edit\u2026"), QStringLiteral("editButton"), this))
    , m_removeButton(button(tr("&Remove"), QStringLiteral("removeButton"), this))
    , m_statusLabel(new QLabel(this))
    , m_statusTimer(this)
{
    setWindowTitle(tr("Maintenance windows"));
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_sorted->setSortLocaleAware(true);

    m_table->setObjectName(QStringLiteral("maintenanceTable"));
    m_table->setModel(m_sorted);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(MaintenanceListModel::NameColumn, Qt::AscendingOrder);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);

    m_emptyLabel->setObjectName(QStringLiteral("emptyLabel"));
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setMargin(24);
    m_emptyLabel->setText(tr("No maintenance windows. Plan one so that planned work raises no "
                             "alerts and stays out of uptime.\n\nClick Add\u2026 to plan one."));
    m_stack->addWidget(m_emptyLabel);
    m_stack->addWidget(m_table);

    auto *intro = new QLabel(tr("While a window is open, its monitors are still checked and "
                                "show Maintenance, no alert goes out, and the time is left out "
                                "of uptime. Changes are saved at once."),
                             this);
    intro->setWordWrap(true);

    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextFormat(Qt::PlainText);

    auto *buttons = new QHBoxLayout;
    for (QPushButton *each : {m_addButton, m_editButton, m_removeButton})
        buttons->addWidget(each);
    buttons->addStretch(1);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    close->setObjectName(QStringLiteral("buttonBox"));
    buttons->addWidget(close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_statusLabel);
    layout->addLayout(buttons);
    resize(sizeHint().expandedTo(QSize(760, 380)));

    MaintenancePlanner &planner = m_service.maintenance();
    connect(&planner, &MaintenancePlanner::windowsChanged, this, &MaintenanceWindowsDialog::reload);
    connect(&m_service, &MonitoringService::monitorAdded, this, &MaintenanceWindowsDialog::reload);
    connect(&m_service, &MonitoringService::monitorUpdated, this,
            &MaintenanceWindowsDialog::reload);
    connect(m_addButton, &QPushButton::clicked, this,
            [this] { addWindow(MaintenanceDialog::newWindow(m_service.clock()->nowUtc())); });
    connect(m_editButton, &QPushButton::clicked, this, &MaintenanceWindowsDialog::editSelected);
    connect(m_removeButton, &QPushButton::clicked, this, &MaintenanceWindowsDialog::removeSelected);
    connect(m_table, &QTableView::doubleClicked, this, &MaintenanceWindowsDialog::editSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MaintenanceWindowsDialog::updateButtons);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_statusTimer.setInterval(kStatusRefreshMs);
    connect(&m_statusTimer, &QTimer::timeout, this,
            [this] { m_model->setNow(m_service.clock()->nowUtc()); });
    m_statusTimer.start();

    reload();
    if (m_sorted->rowCount() > 0)
        m_table->selectRow(0);
}

void MaintenanceWindowsDialog::reload()
{
    showWindows(m_service.maintenance().windows());
}

void MaintenanceWindowsDialog::showWindows(const QList<MaintenanceWindow> &windows)
{
    QHash<qint64, QString> names;
    for (const Monitor &monitor : m_service.monitors())
        names.insert(monitor.id, monitor.name);
    m_model->setNow(m_service.clock()->nowUtc());
    m_model->setMonitorNames(names);
    m_model->setWindows(windows);
    m_stack->setCurrentWidget(m_model->rowCount() == 0 ? static_cast<QWidget *>(m_emptyLabel)
                                                       : m_table);
    m_table->resizeColumnsToContents();
    const int widest = m_table->fontMetrics().averageCharWidth() * 34;
    for (int column = 0; column < MaintenanceListModel::ColumnCount; ++column)
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), widest));
    updateButtons();
}

void MaintenanceWindowsDialog::addWindow(const MaintenanceWindow &window)
{
    MaintenanceWindow fresh = window;
    fresh.id = 0;
    openEditor(fresh);
}

void MaintenanceWindowsDialog::editSelected()
{
    if (const auto window = selectedWindow())
        openEditor(*window);
}

void MaintenanceWindowsDialog::openEditor(const MaintenanceWindow &window)
{
    auto *dialog = new MaintenanceDialog(m_service.maintenance(), window,
                                         m_service.monitors().values(), m_service.clock(), this);
    dialog->setObjectName(QStringLiteral("maintenanceDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const auto saved = dialog->savedWindow();
        if (!saved)
            return;
        // The planner announces the change once it has read it back; show it now.
        QList<MaintenanceWindow> windows = m_service.maintenance().windows();
        windows.removeIf([&saved](const MaintenanceWindow &w) { return w.id == saved->id; });
        windows.append(*saved);
        showWindows(windows);
        selectWindow(saved->id);
        showStatus(tr("Saved the maintenance window '%1'.").arg(saved->name), false);
    });
    dialog->open();
}

void MaintenanceWindowsDialog::removeSelected()
{
    const auto window = selectedWindow();
    if (!window)
        return;
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("Remove maintenance window"),
        tr("Remove the maintenance window '%1'? Its monitors raise alerts again at the times it "
           "covered; the maintenance already recorded stays in their history.")
            .arg(window->name),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("removeConfirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->button(QMessageBox::Yes)->setText(tr("Remove"));
    box->setDefaultButton(QMessageBox::Cancel);
    const qint64 id = window->id;
    const QString name = window->name;
    connect(box, &QMessageBox::finished, this, [this, id, name](int result) {
        if (result != QMessageBox::Yes)
            return;
        m_service.maintenance().remove(id, this, [this, id, name](const QString &error) {
            if (!error.isEmpty()) {
                showStatus(tr("The maintenance window '%1' was not removed: %2").arg(name, error),
                           true);
                return;
            }
            QList<MaintenanceWindow> windows = m_service.maintenance().windows();
            windows.removeIf([id](const MaintenanceWindow &w) { return w.id == id; });
            showWindows(windows);
            showStatus(tr("Removed the maintenance window '%1'.").arg(name), false);
        });
    });
    box->open();
}

void MaintenanceWindowsDialog::selectWindow(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_sorted->mapFromSource(m_model->index(row, 0));
    m_table->selectRow(index.row());
    m_table->scrollTo(index);
}

void MaintenanceWindowsDialog::showStatus(const QString &text, bool problem)
{
    FormWidgets::setTextColor(m_statusLabel,
                              problem ? StatusStyle::color(MonitorState::Down) : QColor());
    m_statusLabel->setText(text);
}

void MaintenanceWindowsDialog::updateButtons()
{
    const bool selected = selectedWindow().has_value();
    m_editButton->setEnabled(selected);
    m_removeButton->setEnabled(selected);
}

std::optional<MaintenanceWindow> MaintenanceWindowsDialog::selectedWindow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_model->windowAt(m_sorted->mapToSource(rows.first()).row());
}
