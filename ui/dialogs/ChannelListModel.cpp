#include "ui/dialogs/ChannelListModel.h"

#include "core/format/DisplayFormat.h"
#include "ui/dialogs/ChannelInput.h"
#include "ui/window/StatusStyle.h"

#include <QDate>
#include <QSet>

ChannelListModel::ChannelListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int ChannelListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_channels.size());
}

int ChannelListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChannelListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AlertChannel &channel = m_channels.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(channel, column);
    case Qt::ToolTipRole:
        return toolTip(channel, column);
    case ChannelIdRole:
        return channel.id;
    default:
        break;
    }
    if (column != LastDeliveryColumn)
        return {};
    const auto delivery = m_deliveries.constFind(channel.id);
    if (delivery == m_deliveries.cend())
        return {};
    if (role == DeliveryOkRole)
        return delivery->ok;
    if (role == Qt::DecorationRole)
        return StatusStyle::icon(delivery->ok ? MonitorState::Up : MonitorState::Down);
    return {};
}

QVariant ChannelListModel::display(const AlertChannel &channel, int column) const
{
    switch (column) {
    case NameColumn:
        return channel.name;
    case KindColumn:
        if (channel.kind == AlertChannelKind::Command)
            return tr("Command");
        return tr("Webhook (%1)").arg(webhookPresetTitle(channel.preset));
    case EventsColumn:
        return ChannelInput::describeEvents(channel.events);
    case ScopeColumn:
        return ChannelInput::describeScope(channel);
    case TargetColumn:
        return channel.describeTarget();
    case EnabledColumn:
        return channel.enabled ? tr("Yes") : tr("No");
    case LastDeliveryColumn: {
        const auto delivery = m_deliveries.constFind(channel.id);
        if (delivery == m_deliveries.cend())
            return DisplayFormat::noValue();
        const QString at = DisplayFormat::time(delivery->at, QDate::currentDate());
        QString text = delivery->ok ? tr("Delivered %1").arg(at) : tr("Failed %1").arg(at);
        if (delivery->test)
            text += u' ' + tr("(test)");
        return text;
    }
    default:
        break;
    }
    return {};
}

QVariant ChannelListModel::toolTip(const AlertChannel &channel, int column) const
{
    switch (column) {
    case ScopeColumn: {
        if (channel.monitorNames.isEmpty() && channel.tags.isEmpty())
            return tr("Every monitor");
        QStringList lines;
        if (!channel.monitorNames.isEmpty())
            lines.append(tr("Monitors: %1").arg(channel.monitorNames.join(QStringLiteral(", "))));
        if (!channel.tags.isEmpty())
            lines.append(tr("Monitors tagged: %1").arg(channel.tags.join(QStringLiteral(", "))));
        return lines.join(u'\n');
    }
    case TargetColumn:
        return channel.describeTarget();
    case LastDeliveryColumn: {
        const auto delivery = m_deliveries.constFind(channel.id);
        if (delivery == m_deliveries.cend())
            return tr("No delivery since Upwatch started");
        return ChannelInput::describeDelivery(*delivery);
    }
    default:
        break;
    }
    return {};
}

QVariant ChannelListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case KindColumn:
        return tr("Kind");
    case EventsColumn:
        return tr("Events");
    case ScopeColumn:
        return tr("Monitors");
    case TargetColumn:
        return tr("Target");
    case EnabledColumn:
        return tr("Enabled");
    case LastDeliveryColumn:
        return tr("Last delivery");
    default:
        break;
    }
    return {};
}

void ChannelListModel::setChannels(const QList<AlertChannel> &channels)
{
    QHash<qint64, qsizetype> incoming;
    for (qsizetype i = 0; i < channels.size(); ++i)
        incoming.insert(channels.at(i).id, i);

    // Rows of channels gone, from the bottom so the rows above keep their numbers.
    for (int row = int(m_channels.size()) - 1; row >= 0; --row) {
        const qint64 id = m_channels.at(row).id;
        if (incoming.contains(id))
            continue;
        beginRemoveRows({}, row, row);
        m_channels.removeAt(row);
        m_deliveries.remove(id);
        endRemoveRows();
    }
    // Changed ones in place.
    QSet<qint64> present;
    for (int row = 0; row < m_channels.size(); ++row) {
        const qint64 id = m_channels.at(row).id;
        present.insert(id);
        const AlertChannel &fresh = channels.at(incoming.value(id));
        if (fresh == m_channels.at(row))
            continue;
        m_channels[row] = fresh;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    // New ones at the end, in the order given.
    QList<AlertChannel> added;
    for (const AlertChannel &channel : channels) {
        if (!present.contains(channel.id)) {
            present.insert(channel.id); // an id given twice makes one row
            added.append(channel);
        }
    }
    if (added.isEmpty())
        return;
    const int first = int(m_channels.size());
    beginInsertRows({}, first, first + int(added.size()) - 1);
    m_channels.append(added);
    endInsertRows();
}

void ChannelListModel::recordDelivery(const AlertDeliveryReport &report)
{
    const int row = rowOf(report.channelId);
    if (row < 0)
        return;
    m_deliveries.insert(report.channelId, report);
    emit dataChanged(index(row, LastDeliveryColumn), index(row, LastDeliveryColumn));
}

int ChannelListModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_channels.size(); ++row) {
        if (m_channels.at(row).id == id)
            return row;
    }
    return -1;
}

std::optional<AlertChannel> ChannelListModel::channelAt(int row) const
{
    if (row < 0 || row >= m_channels.size())
        return std::nullopt;
    return m_channels.at(row);
}

std::optional<AlertDeliveryReport> ChannelListModel::lastDelivery(qint64 id) const
{
    const auto it = m_deliveries.constFind(id);
    if (it == m_deliveries.cend())
        return std::nullopt;
    return *it;
}
