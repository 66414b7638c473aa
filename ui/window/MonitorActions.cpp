#include "ui/window/MonitorActions.h"

#include "core/alert/Alerting.h"
#include "core/format/DisplayFormat.h"
#include "ui/desktop/DesktopSession.h"
#include "ui/dialogs/ExportDialog.h"
#include "ui/dialogs/MonitorDialog.h"
#include "ui/table/MonitorTableModel.h"
#include "ui/window/MuteActions.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDate>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QItemSelectionModel>
#include <QMenu>
#include <QMessageBox>
#include <QSet>
#include <QSettings>
#include <QStyle>

namespace {

const QString kExportFolderKey = QStringLiteral("export/folder");

// The desktop theme's icon; for deleting, its trash can when it has no delete icon; else the
// style's own (a grey trash can for deleting, never a green check mark).
QIcon iconFor(const QString &themeIcon, QStyle::StandardPixmap fallback)
{
    if (QIcon::hasThemeIcon(themeIcon))
        return QIcon::fromTheme(themeIcon);
    if (fallback == QStyle::SP_TrashIcon && QIcon::hasThemeIcon(QStringLiteral("user-trash")))
        return QIcon::fromTheme(QStringLiteral("user-trash"));
    return QApplication::style()->standardIcon(fallback);
}

QAction *makeAction(QObject *parent, const QString &text, const QString &themeIcon,
                    QStyle::StandardPixmap fallback, const QKeySequence &shortcut,
                    const QString &name)
{
    auto *action = new QAction(text, parent);
    action->setObjectName(name);
    action->setIcon(iconFor(themeIcon, fallback));
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WindowShortcut);
    return action;
}

} // namespace

MonitorActions::MonitorActions(DesktopSession &session, MonitorTableModel &model,
                               const QAbstractItemView &table, QSettings &settings, QWidget *window)
    : QObject(window)
    , add(makeAction(this, tr("&Add monitor…"), QStringLiteral("list-add"),
                     QStyle::SP_FileDialogNewFolder, QKeySequence::New,
                     QStringLiteral("addAction")))
    , edit(makeAction(this, tr("&Edit…"), QStringLiteral("document-edit"),
                      QStyle::SP_FileDialogDetailedView, QKeySequence(Qt::CTRL | Qt::Key_E),
                      QStringLiteral("editAction")))
    , duplicate(makeAction(this, tr("D&uplicate…"), QStringLiteral("edit-copy"),
                           QStyle::SP_FileLinkIcon, QKeySequence(Qt::CTRL | Qt::Key_D),
                           QStringLiteral("duplicateAction")))
    , pause(makeAction(this, tr("&Pause"), QStringLiteral("media-playback-pause"),
                       QStyle::SP_MediaPause, QKeySequence(Qt::CTRL | Qt::Key_P),
                       QStringLiteral("pauseAction")))
    , resume(makeAction(this, tr("&Resume"), QStringLiteral("media-playback-start"),
                        QStyle::SP_MediaPlay, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
                        QStringLiteral("resumeAction")))
    , checkNow(makeAction(this, tr("&Check now"), QStringLiteral("view-refresh"),
                          QStyle::SP_BrowserReload, QKeySequence::Refresh,
                          QStringLiteral("checkNowAction")))
    , remove(makeAction(this, tr("&Delete…"), QStringLiteral("edit-delete"), QStyle::SP_TrashIcon,
                        QKeySequence::Delete, QStringLiteral("deleteAction")))
    , copyUrl(makeAction(this, tr("Copy &URL"), QStringLiteral("edit-copy"), QStyle::SP_FileIcon,
                         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
                         QStringLiteral("copyUrlAction")))
    , openInBrowser(makeAction(this, tr("&Open in browser"), QStringLiteral("internet-web-browser"),
                               QStyle::SP_DirLinkIcon, QKeySequence(Qt::CTRL | Qt::Key_O),
                               QStringLiteral("openInBrowserAction")))
    , m_session(session)
    , m_model(model)
    , m_table(table)
    , m_settings(settings)
    , m_window(window)
    , m_mute(new MuteActions(
          session.alerting().silencer(), session.clock(), model, [this] { return selectedIds(); },
          window))
{
    add->setToolTip(tr("Add a monitor"));
    remove->setToolTip(tr("Delete the selected monitors and their history"));
    checkNow->setToolTip(tr("Check the selected monitors now"));
    connect(m_mute, &MuteActions::statusMessage, this, &MonitorActions::statusMessage);
    updateEnabled();

    connect(add, &QAction::triggered, this, &MonitorActions::addMonitor);
    connect(edit, &QAction::triggered, this, &MonitorActions::editMonitor);
    connect(duplicate, &QAction::triggered, this, &MonitorActions::duplicateMonitor);
    connect(pause, &QAction::triggered, this, [this] { setSelectedPaused(true); });
    connect(resume, &QAction::triggered, this, [this] { setSelectedPaused(false); });
    connect(checkNow, &QAction::triggered, this, &MonitorActions::checkSelectedNow);
    connect(&m_session, &DesktopSession::resultsReady, this, &MonitorActions::reportChecks);
    connect(&m_session, &DesktopSession::monitorUpdated, this, &MonitorActions::reportStored);
    connect(&m_session, &DesktopSession::storeFailed, this, [this] {
        m_pausing.clear();
        m_model.dropPendingPauses();
        updateEnabled();
    });
    connect(remove, &QAction::triggered, this, &MonitorActions::deleteSelected);
    connect(copyUrl, &QAction::triggered, this, [this] {
        if (const auto monitor = currentMonitor())
            QApplication::clipboard()->setText(displayUrl(monitor->url));
    });
    connect(openInBrowser, &QAction::triggered, this, [this] {
        if (const auto monitor = currentMonitor())
            QDesktopServices::openUrl(monitor->url.adjusted(QUrl::RemoveUserInfo));
    });
}

void MonitorActions::updateEnabled()
{
    const QList<qint64> ids = selectedIds();
    const int selected = int(ids.size());
    int paused = 0;
    for (const qint64 id : ids) {
        // A pause or resume asked for counts as done: the buttons change at once.
        const auto monitor = m_model.monitor(id);
        paused += m_pausing.value(id, monitor && monitor->paused) ? 1 : 0;
    }
    edit->setEnabled(selected == 1);
    duplicate->setEnabled(selected == 1);
    copyUrl->setEnabled(selected == 1);
    openInBrowser->setEnabled(selected == 1);
    pause->setEnabled(selected > paused);
    resume->setEnabled(paused > 0);
    checkNow->setEnabled(selected > paused);
    remove->setEnabled(selected > 0);
    m_mute->updateEnabled();
}

void MonitorActions::addTo(QMenu *menu) const
{
    menu->addAction(add);
    menu->addAction(edit);
    menu->addAction(duplicate);
    menu->addSeparator();
    menu->addAction(pause);
    menu->addAction(resume);
    menu->addAction(checkNow);
    menu->addSeparator();
    m_mute->addTo(menu);
    menu->addSeparator();
    menu->addAction(copyUrl);
    menu->addAction(openInBrowser);
    menu->addSeparator();
    menu->addAction(remove);
}

QList<qint64> MonitorActions::selectedIds() const
{
    QList<qint64> ids;
    const QItemSelectionModel *selection = m_table.selectionModel();
    if (!selection)
        return ids;
    const QModelIndexList rows = selection->selectedRows();
    ids.reserve(rows.size());
    for (const QModelIndex &index : rows)
        ids.append(index.data(MonitorTableModel::MonitorIdRole).toLongLong());
    return ids;
}

std::optional<Monitor> MonitorActions::currentMonitor() const
{
    const QList<qint64> ids = selectedIds();
    if (ids.size() != 1)
        return std::nullopt;
    return m_model.monitor(ids.constFirst());
}

void MonitorActions::openMonitorDialog(bool editing, const Monitor &monitor)
{
    QList<Monitor> others = m_model.monitors();
    others.removeIf([&monitor](const Monitor &other) { return other.id == monitor.id; });
    auto *dialog = new MonitorDialog(editing ? MonitorDialog::Mode::Edit : MonitorDialog::Mode::Add,
                                     monitor, others, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSecretStore(m_session.secrets());
    connect(dialog, &QDialog::accepted, this, [this, dialog, editing] {
        const Monitor entered = dialog->monitor();
        m_session.saveMonitor(
            entered, dialog->newSecret(), this,
            [this, editing, entered](const std::optional<Monitor> &saved, const QString &error) {
                if (saved) {
                    emit revealRequested(saved->id);
                    emit statusMessage((editing ? tr("Saved %1") : tr("Added %1")).arg(saved->name),
                                       5000);
                    return;
                }
                // Nothing the user typed is lost: the dialog comes back with it.
                openMonitorDialog(editing, entered);
                emit storeFailed(error);
            });
    });
    dialog->open();
}

void MonitorActions::addMonitor()
{
    Monitor monitor;
    monitor.intervalSeconds = m_appSettings.defaultIntervalSeconds;
    monitor.timeoutMs = m_appSettings.defaultTimeoutMs;
    openMonitorDialog(false, monitor);
}

void MonitorActions::editMonitor()
{
    if (const auto monitor = currentMonitor())
        openMonitorDialog(true, *monitor);
}

void MonitorActions::duplicateMonitor()
{
    auto monitor = currentMonitor();
    if (!monitor)
        return;
    monitor->id = 0;
    monitor->credentialKey.clear();
    QSet<QString> taken;
    for (const Monitor &other : m_model.monitors())
        taken.insert(other.name);
    QString name = tr("%1 (copy)").arg(monitor->name);
    for (int n = 2; taken.contains(name); ++n)
        name = tr("%1 (copy %2)").arg(monitor->name).arg(n);
    monitor->name = name;
    openMonitorDialog(false, *monitor);
}

void MonitorActions::setSelectedPaused(bool paused)
{
    QList<qint64> ids;
    QString name;
    for (const qint64 id : selectedIds()) {
        const auto monitor = m_model.monitor(id);
        if (!monitor || monitor->paused == paused)
            continue;
        ids.append(id);
        name = monitor->name;
        m_pausing.insert(id, paused);
    }
    if (ids.isEmpty())
        return;
    m_model.setPending(ids,
                       paused ? PendingActivity::Kind::Pausing : PendingActivity::Kind::Resuming);
    updateEnabled();
    if (ids.size() == 1)
        emit statusMessage((paused ? tr("Pausing %1…") : tr("Resuming %1…")).arg(name), 0);
    else
        emit statusMessage(paused ? tr("Pausing %n monitor(s)…", nullptr, int(ids.size()))
                                  : tr("Resuming %n monitor(s)…", nullptr, int(ids.size())),
                           0);
    m_session.setPaused(ids, paused);
}

void MonitorActions::reportStored(const Monitor &monitor)
{
    const auto found = m_pausing.constFind(monitor.id);
    if (found == m_pausing.cend() || *found != monitor.paused)
        return;
    m_pausing.erase(found);
    updateEnabled();
    if (m_pausing.isEmpty())
        emit statusMessage(monitor.paused ? tr("Paused %1").arg(monitor.name)
                                          : tr("Resumed %1").arg(monitor.name),
                           5000);
}

void MonitorActions::checkSelectedNow()
{
    QList<qint64> ids;
    for (const qint64 id : selectedIds()) {
        const auto monitor = m_model.monitor(id);
        if (!monitor || monitor->paused)
            continue;
        ids.append(id);
        m_checkingName = monitor->name;
    }
    if (ids.isEmpty())
        return;
    if (!m_checking.isEmpty() || ids.size() > 1)
        m_checkingName.clear();
    for (const qint64 id : ids)
        m_checking.insert(id);
    m_model.setPending(ids, PendingActivity::Kind::Checking);
    emit statusMessage(m_checkingName.isEmpty()
                           ? tr("Checking %n monitor(s)…", nullptr, int(m_checking.size()))
                           : tr("Checking %1…").arg(m_checkingName),
                       0);
    m_session.checkNow(ids);
}

void MonitorActions::reportChecks(const ResultBatch &batch)
{
    if (m_checking.isEmpty())
        return;
    std::optional<CheckResult> last;
    for (const CheckResult &result : batch.results) {
        if (m_checking.remove(result.monitorId))
            last = result;
    }
    if (!last || !m_checking.isEmpty())
        return;
    if (m_checkingName.isEmpty()) {
        emit statusMessage(tr("Checks done"), 5000);
        return;
    }
    QString outcome = last->verdict == Verdict::Up         ? tr("up")
                      : last->verdict == Verdict::Degraded ? tr("degraded")
                                                           : tr("down");
    if (last->verdict != Verdict::Down && last->responseMs >= 0)
        outcome = tr("%1, %2").arg(outcome, DisplayFormat::milliseconds(last->responseMs));
    if (last->verdict != Verdict::Up)
        outcome = tr("%1 (%2)").arg(outcome, reasonName(last->reason));
    emit statusMessage(tr("Checked %1: %2").arg(m_checkingName, outcome), 10'000);
    m_checkingName.clear();
}

void MonitorActions::deleteSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    const QString text =
        ids.size() == 1
            ? tr("Delete the monitor “%1” and all its history?")
                  .arg(m_model.monitor(ids.constFirst()).value_or(Monitor{}).name)
            : tr("Delete %n monitor(s) and all their history?", nullptr, int(ids.size()));
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete monitors"), text,
                                QMessageBox::Yes | QMessageBox::Cancel, m_window);
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

void MonitorActions::exportHistory()
{
    auto *dialog = new ExportDialog(m_session.databasePath(), m_model.monitors(), selectedIds(),
                                    m_session.clock(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString folder = m_settings.value(kExportFolderKey, QDir::homePath()).toString();
    dialog->setFilePath(QDir(folder).filePath(
        QStringLiteral("upwatch-history-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate))));
    connect(dialog, &ExportDialog::exported, this, [this](qint64 results, const QString &path) {
        m_settings.setValue(kExportFolderKey, QFileInfo(path).absolutePath());
        emit statusMessage(tr("Exported %n result(s) to %1", nullptr, int(results)).arg(path),
                           10'000);
    });
    dialog->open();
}
