#pragma once

#include "core/store/HistoryValues.h"

#include <QDateTime>
#include <QList>
#include <QTreeWidget>

// A monitor's incidents, newest first: state, reason, start, duration ("ongoing" while it
// lasts), the location whose check opened it (shown where agents share the database) and
// error. Maintenance records read as planned, in the maintenance colour.
class IncidentList final : public QTreeWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IncidentList)

public:
    enum Column {
        StateColumn,
        ReasonColumn,
        StartedColumn,
        DurationColumn,
        LocationColumn,
        ErrorColumn
    };

    explicit IncidentList(QWidget *parent = nullptr);

    // Shows `incidents`; the tooltip of an open one says how long it has lasted at `now`.
    void setIncidents(const QList<Incident> &incidents, const QDateTime &now);
};
