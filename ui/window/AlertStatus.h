#pragma once

#include "core/alert/Alerting.h"
#include "core/model/AlertChannel.h"

#include <QList>
#include <QMap>
#include <QWidget>

class QLabel;

// The status bar's word on alert deliveries: hidden while they succeed; after a real delivery
// failed (its retries spent), a warning icon and "Alert to Ops Slack failed", the error in the
// tooltip. A channel's failure clears at its next successful delivery (a test counts), or when
// the channel is removed. Several failing channels read "Alerts to 2 channels failed".
class AlertStatus final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertStatus)

public:
    explicit AlertStatus(QWidget *parent = nullptr);

    // What the widget says now (empty while hidden).
    [[nodiscard]] QString text() const;
    [[nodiscard]] qsizetype failingChannels() const { return m_failures.size(); }

public slots:
    void deliveryFinished(const AlertDeliveryReport &report);
    // Forgets the failures of channels no longer there, and follows renames.
    void channelsChanged(const QList<AlertChannel> &channels);

private:
    void refresh();

    QMap<qint64, AlertDeliveryReport> m_failures; // by channel id
    QLabel *m_icon;
    QLabel *m_text;
};
