#pragma once

#include "core/alert/Alerting.h"
#include "core/model/AlertChannel.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <optional>

// The alert channels as table rows for the Channels page: name, kind, events, scope, target,
// whether it is enabled, and how its last delivery went (when one happened while the app ran).
// New channel lists are merged by id: rows are changed, inserted and removed, never reset, so a
// selection survives a save.
class ChannelListModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChannelListModel)

public:
    enum Column {
        NameColumn,
        KindColumn,
        EventsColumn,
        ScopeColumn,
        TargetColumn,
        EnabledColumn,
        LastDeliveryColumn,
        ColumnCount
    };
    enum Role {
        ChannelIdRole = Qt::UserRole + 1, // qint64, on every column
        DeliveryOkRole, // bool on LastDeliveryColumn; invalid when no delivery is known
    };

    explicit ChannelListModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role) const override;

    // Makes the rows those channels: rows of channels gone are removed, changed ones updated,
    // new ones appended. Deliveries of channels gone are forgotten.
    void setChannels(const QList<AlertChannel> &channels);
    // Remembers the delivery as its channel's last one.
    void recordDelivery(const AlertDeliveryReport &report);

    [[nodiscard]] int rowOf(qint64 id) const;
    [[nodiscard]] std::optional<AlertChannel> channelAt(int row) const;
    [[nodiscard]] std::optional<AlertDeliveryReport> lastDelivery(qint64 id) const;

private:
    [[nodiscard]] QVariant display(const AlertChannel &channel, int column) const;
    [[nodiscard]] QVariant toolTip(const AlertChannel &channel, int column) const;

    QList<AlertChannel> m_channels;
    QHash<qint64, AlertDeliveryReport> m_deliveries;
};
