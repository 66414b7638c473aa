#include "ui/window/MaintenanceListModel.h"

#include "ui/window/MaintenanceText.h"
#include "ui/window/StatusStyle.h"

#include <QBrush>

#include <algorithm>

MaintenanceListModel::MaintenanceListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int MaintenanceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_windows.size());
}

int MaintenanceListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MaintenanceListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MaintenanceWindow &window = m_windows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(window, index.column());
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn)
            return MaintenanceText::nextSentence(window, m_now);
        return display(window, index.column());
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn && window.isActiveAt(m_now))
            return QBrush(StatusStyle::color(MonitorState::Maintenance));
        return {};
    case Qt::DecorationRole:
        if (index.column() == NameColumn && window.isActiveAt(m_now))
            return StatusStyle::icon(MonitorState::Maintenance);
        return {};
    case WindowIdRole:
        return window.id;
    case OpenRole:
        return window.isActiveAt(m_now);
    default:
        return {};
    }
}

QVariant MaintenanceListModel::display(const MaintenanceWindow &window, int column) const
{
    switch (column) {
    case NameColumn:
        return window.name;
    case AppliesToColumn:
        return MaintenanceText::appliesTo(window, m_names);
    case ScheduleColumn:
        return MaintenanceText::schedule(window, m_now);
    case StatusColumn:
        return MaintenanceText::status(window, m_now);
    default:
        return {};
    }
}

QVariant MaintenanceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case AppliesToColumn:
        return tr("Applies to");
    case ScheduleColumn:
        return tr("Schedule");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

void MaintenanceListModel::setWindows(const QList<MaintenanceWindow> &windows)
{
    // Rows of windows gone, last first.
    for (int row = int(m_windows.size()) - 1; row >= 0; --row) {
        const qint64 id = m_windows.at(row).id;
        const bool kept = std::any_of(windows.cbegin(), windows.cend(),
                                      [id](const MaintenanceWindow &w) { return w.id == id; });
        if (kept)
            continue;
        beginRemoveRows({}, row, row);
        m_windows.removeAt(row);
        endRemoveRows();
    }
    for (const MaintenanceWindow &window : windows) {
        const int row = rowOf(window.id);
        if (row < 0) {
            const int at = int(m_windows.size());
            beginInsertRows({}, at, at);
            m_windows.append(window);
            endInsertRows();
        }
        else if (!(m_windows.at(row) == window)) {
            m_windows[row] = window;
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
}

void MaintenanceListModel::setMonitorNames(const QHash<qint64, QString> &names)
{
    if (names == m_names)
        return;
    m_names = names;
    changedColumns(AppliesToColumn, AppliesToColumn);
}

void MaintenanceListModel::setNow(const QDateTime &now)
{
    if (now == m_now)
        return;
    m_now = now;
    changedColumns(NameColumn, ColumnCount - 1);
}

void MaintenanceListModel::changedColumns(int first, int last)
{
    if (m_windows.isEmpty())
        return;
    emit dataChanged(index(0, first), index(int(m_windows.size()) - 1, last));
}

int MaintenanceListModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_windows.size(); ++row) {
        if (m_windows.at(row).id == id)
            return row;
    }
    return -1;
}

std::optional<MaintenanceWindow> MaintenanceListModel::windowAt(int row) const
{
    if (row < 0 || row >= m_windows.size())
        return std::nullopt;
    return m_windows.at(row);
}
