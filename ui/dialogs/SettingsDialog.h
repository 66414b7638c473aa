#pragma once

#include "ui/desktop/AppSettings.h"
#include "ui/desktop/AutostartEntry.h"

#include "core/model/QuietSettings.h"

#include <QDialog>
#include <QString>

class AgentSettingsPage;
class MetricsSettingsPage;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QuietHoursEditor;
class QLabel;
class QSpinBox;
class QTabWidget;

// The preferences, in tabs. "General": how long history is kept at each granularity, the
// interval and timeout new monitors start with, notifications and quiet hours, whether the app
// starts in the tray, and the language (after a restart). "Metrics": the metrics endpoint
// (MetricsSettingsPage). "Agents": whether the window is an agent on a shared database
// (AgentSettingsPage). More pages can be added. OK is enabled only while the retention levels are
// consistent (each coarser level kept at least as long as the finer one before it) and the metrics
// address is an IP address.
class SettingsDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(const AppSettings &settings, QWidget *parent = nullptr);

    // What the dialog shows now.
    [[nodiscard]] AppSettings settings() const;

    // Quiet hours live in the database, not in AppSettings: the caller gives and stores them.
    void setQuietHours(const QuietHours &hours);
    [[nodiscard]] QuietHours quietHours() const;

    // Adds a tab after the others; the dialog takes the page.
    void addPage(QWidget *page, const QString &title);
    [[nodiscard]] MetricsSettingsPage &metricsPage() { return *m_metricsPage; }

    // OK also writes or removes the autostart entry ("Start on login", the file is the truth);
    // when that fails the dialog stays open and says why.
    void accept() override;

private:
    void fill(const AppSettings &settings);
    void updateState();
    // Why the shown settings cannot be kept; empty when they can.
    [[nodiscard]] QString problem() const;

    QSpinBox *m_rawHoursSpin;
    QSpinBox *m_minuteDaysSpin;
    QSpinBox *m_hourDaysSpin;
    QSpinBox *m_dayDaysSpin;
    QSpinBox *m_intervalSpin;
    QSpinBox *m_timeoutSpin;
    QCheckBox *m_notificationsCheck;
    QSpinBox *m_certDaysSpin;
    QuietHoursEditor *m_quietHours;
    QCheckBox *m_startMinimizedCheck;
    QComboBox *m_languageCombo;
    AutostartEntry m_autostart;
    QCheckBox *m_startOnLoginCheck;
    QTabWidget *m_tabs;
    MetricsSettingsPage *m_metricsPage;
    AgentSettingsPage *m_agentPage;
    QLabel *m_errorLabel;
    QDialogButtonBox *m_buttons;
};
