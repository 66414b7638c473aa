#pragma once

#include "core/model/Monitor.h"
#include "core/model/ResultBatch.h"
#include "ui/desktop/AppSettings.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>

#include <optional>

class DesktopSession;
class MonitorTableModel;
class MuteActions;
class QAbstractItemView;
class QAction;
class QMenu;
class QSettings;
class QWidget;

// The actions on monitors shown in the toolbar, the Monitor menu and the table's context menu,
// with their shortcuts, icons and enabled state, and what they do: add, edit, duplicate, pause,
// resume, check now, mute alerts, delete, copy the URL, open it, export history. They act on the
// monitors selected in the table and ask the session for every change; dialogs open over `window`,
// and what the window should show afterwards arrives as signals. Check now, pause and resume show
// at once in the table ("Checking…") and in the status bar, then say how they came out.
class MonitorActions final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MonitorActions)

public:
    // `table` shows `model` (through any proxy) and holds the selection; the export dialog's
    // folder is remembered in `settings`.
    MonitorActions(DesktopSession &session, MonitorTableModel &model,
                   const QAbstractItemView &table, QSettings &settings, QWidget *window);

    // New monitors start with the interval and timeout these settings give.
    void setAppSettings(const AppSettings &settings) { m_appSettings = settings; }
    // Enables what makes sense for the current selection.
    void updateEnabled();
    // Fills a context menu or the Monitor menu.
    void addTo(QMenu *menu) const;

    [[nodiscard]] QList<qint64> selectedIds() const;
    // The one selected monitor, if exactly one is.
    [[nodiscard]] std::optional<Monitor> currentMonitor() const;

    // Opens the edit dialog for the one selected monitor (a double click).
    void editMonitor();
    // Opens the export dialog for all or the selected monitors.
    void exportHistory();

    QAction *const add;
    QAction *const edit;
    QAction *const duplicate;
    QAction *const pause;
    QAction *const resume;
    QAction *const checkNow;
    QAction *const remove;
    QAction *const copyUrl;
    QAction *const openInBrowser;
    // "Mute alerts" and "Unmute alerts" for the selection.
    [[nodiscard]] MuteActions &mute() const { return *m_mute; }

signals:
    // A monitor was added or saved: the window selects it.
    void revealRequested(qint64 id);
    // Something done, for the status bar ("Added Shop", "Exported 12 results to …").
    void statusMessage(const QString &text, int timeoutMs);
    // The store refused a change (the dialog is open again with what was entered).
    void storeFailed(const QString &error);

private:
    void openMonitorDialog(bool editing, const Monitor &monitor);
    void addMonitor();
    void duplicateMonitor();
    void setSelectedPaused(bool paused);
    void checkSelectedNow();
    // Says in the status bar how the checks asked for with Check now came out.
    void reportChecks(const ResultBatch &batch);
    void reportStored(const Monitor &monitor);
    void deleteSelected();

    DesktopSession &m_session;
    MonitorTableModel &m_model;
    const QAbstractItemView &m_table;
    QSettings &m_settings;
    QWidget *m_window;
    MuteActions *m_mute;
    AppSettings m_appSettings;
    QSet<qint64> m_checking;       // asked to check now, no result yet
    QString m_checkingName;        // the monitor's name when only one was
    QHash<qint64, bool> m_pausing; // asked to pause (true) or resume, not stored yet
};
