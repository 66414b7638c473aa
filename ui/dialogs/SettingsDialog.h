#pragma once

#include "ui/desktop/AppSettings.h"

#include <QDialog>
#include <QString>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QSpinBox;

// The preferences: how long history is kept at each granularity, the interval and timeout new
// monitors start with, notifications, and whether the app starts in the tray. OK is enabled
// only while the retention levels are consistent (each coarser level kept at least as long as
// the finer one before it).
class SettingsDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(const AppSettings &settings, QWidget *parent = nullptr);

    // What the dialog shows now.
    [[nodiscard]] AppSettings settings() const;

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
    QCheckBox *m_startMinimizedCheck;
    QLabel *m_errorLabel;
    QDialogButtonBox *m_buttons;
};
