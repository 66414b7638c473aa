#include "ui/window/IncidentList.h"

#include "core/format/DisplayFormat.h"
#include "ui/window/StatusStyle.h"

#include <QBrush>
#include <QHeaderView>

IncidentList::IncidentList(QWidget *parent)
    : QTreeWidget(parent)
{
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setHeaderLabels(
        {tr("State"), tr("Reason"), tr("Started"), tr("Duration"), tr("Location"), tr("Error")});
    setColumnHidden(LocationColumn, true);
    header()->setStretchLastSection(true);
    header()->setSectionResizeMode(QHeaderView::Interactive);
}

void IncidentList::setIncidents(const QList<Incident> &incidents, const QDateTime &now)
{
    clear();
    QList<QTreeWidgetItem *> items;
    items.reserve(incidents.size());
    bool located = false;
    for (const Incident &incident : std::as_const(incidents)) {
        auto *item = new QTreeWidgetItem;
        item->setIcon(StateColumn, StatusStyle::icon(incident.state));
        item->setText(StateColumn, StatusStyle::label(incident.state));
        const bool planned = incident.state == MonitorState::Maintenance;
        // Maintenance is planned, not an outage: no reason, in its own colour.
        item->setText(ReasonColumn, planned ? tr("planned") : reasonName(incident.reason));
        if (planned) {
            const QBrush brush(StatusStyle::color(MonitorState::Maintenance));
            for (int column = StateColumn; column <= ErrorColumn; ++column)
                item->setForeground(column, brush);
            item->setToolTip(StateColumn, tr("Planned maintenance: no alerts, and left out of "
                                             "uptime"));
        }
        item->setText(StartedColumn, DisplayFormat::dateTime(incident.startedAt));
        item->setToolTip(StartedColumn, incident.startedAt.toLocalTime().toString(Qt::ISODate));
        if (incident.endedAt.isValid()) {
            item->setText(DurationColumn,
                          DisplayFormat::duration(incident.startedAt.msecsTo(incident.endedAt)));
            item->setToolTip(DurationColumn,
                             tr("Ended %1").arg(DisplayFormat::dateTime(incident.endedAt)));
        }
        else {
            item->setText(DurationColumn, tr("ongoing"));
            item->setToolTip(
                DurationColumn,
                tr("For %1 so far").arg(DisplayFormat::duration(incident.startedAt.msecsTo(now))));
        }
        item->setText(LocationColumn, incident.location);
        located = located || !incident.location.isEmpty();
        item->setText(ErrorColumn, incident.error);
        item->setToolTip(ErrorColumn, incident.error);
        items.append(item);
    }
    addTopLevelItems(items);
    // Only where agents share the database do incidents say where they were seen.
    setColumnHidden(LocationColumn, !located);
    for (int column = StateColumn; column < ErrorColumn; ++column)
        resizeColumnToContents(column);
}
