#pragma once

#include "core/model/MaintenanceWindow.h"

#include <QDateTime>
#include <QList>
#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QRadioButton;
class QSpinBox;
class QStackedWidget;
class QTimeEdit;
class QToolButton;

// When a maintenance window opens: once (a start and an end in local time, with calendar
// popups) or every week (day toggles in the locale's order, a start time, a duration in hours
// and minutes, and the time zone, the system's by default).
class MaintenanceScheduleEditor final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MaintenanceScheduleEditor)

public:
    explicit MaintenanceScheduleEditor(QWidget *parent = nullptr);

    // Shows a window's schedule; the other kind's fields start from it (a one-off window's
    // start gives the weekly day and time).
    void load(const MaintenanceWindow &window);
    // Writes the schedule fields of `window` (kind, times, days, duration, zone).
    void fill(MaintenanceWindow &window) const;

signals:
    void changed();

private:
    QWidget *buildOncePage();
    QWidget *buildWeeklyPage();
    void showKind();

    QRadioButton *m_onceRadio = nullptr;
    QRadioButton *m_weeklyRadio = nullptr;
    QStackedWidget *m_pages = nullptr;
    QDateTimeEdit *m_startEdit = nullptr;
    QDateTimeEdit *m_endEdit = nullptr;
    QList<QToolButton *> m_dayButtons; // by Qt day number - 1 (Monday first)
    QTimeEdit *m_timeEdit = nullptr;
    QSpinBox *m_hoursSpin = nullptr;
    QSpinBox *m_minutesSpin = nullptr;
    QComboBox *m_zoneCombo = nullptr;
};
