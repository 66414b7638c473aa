#pragma once

#include "core/base/Clock.h"
#include "core/model/MaintenanceWindow.h"
#include "core/model/Monitor.h"

#include <QDialog>
#include <QList>
#include <QTimer>

#include <memory>
#include <optional>

class MaintenancePlanner;
class MaintenanceScheduleEditor;
class MaintenanceScopeEditor;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

// Adds or edits one maintenance window: its name, whom it applies to (MaintenanceScopeEditor),
// when it opens (MaintenanceScheduleEditor), and a live sentence saying when it opens next.
// Problems show under the fields as they are typed and OK stays disabled until there are none.
// OK saves through the planner; the dialog closes once the save succeeded, and stays open with
// the error shown when it failed, so nothing typed is lost.
class MaintenanceDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MaintenanceDialog)

public:
    // `initial`: the window to edit, or one with id 0 to add (its fields prefill the form).
    // `monitors`: what it can apply to.
    MaintenanceDialog(MaintenancePlanner &planner, const MaintenanceWindow &initial,
                      const QList<Monitor> &monitors, std::shared_ptr<const Clock> clock,
                      QWidget *parent = nullptr);

    // A new one-off window for the hour after `now` (rounded up to the next quarter hour).
    [[nodiscard]] static MaintenanceWindow newWindow(const QDateTime &now);

    // What the fields say now.
    [[nodiscard]] MaintenanceWindow entered() const;
    // The window as saved, once OK succeeded.
    [[nodiscard]] const std::optional<MaintenanceWindow> &savedWindow() const { return m_saved; }

private:
    void validate();
    void updateNext();
    void save();
    // What is wrong with the name (empty, too long, taken), as a sentence; empty when nothing.
    [[nodiscard]] QString nameProblem(const QString &name) const;
    // What else maintenanceProblem() finds (the schedule, the tags).
    [[nodiscard]] QString scheduleProblem(MaintenanceWindow window) const;

    MaintenancePlanner &m_planner;
    MaintenanceWindow m_initial;
    std::shared_ptr<const Clock> m_clock;
    std::optional<MaintenanceWindow> m_saved;
    bool m_saving = false;
    bool m_valid = false;
    bool m_nameTouched = false;
    QTimer m_nextTimer;

    QLineEdit *m_nameEdit = nullptr;
    QLabel *m_nameError = nullptr;
    MaintenanceScopeEditor *m_scope = nullptr;
    QLabel *m_scopeError = nullptr;
    MaintenanceScheduleEditor *m_schedule = nullptr;
    QLabel *m_nextLabel = nullptr;
    QLabel *m_problemError = nullptr;
    QLabel *m_saveStatus = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
