#include "ui/window/AlertStatus.h"

#include "core/format/DisplayFormat.h"
#include "ui/dialogs/ChannelInput.h"

#include <QDate>
#include <QHBoxLayout>
#include <QLabel>
#include <QSet>
#include <QStyle>

AlertStatus::AlertStatus(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("alertStatus"));
    m_icon->setObjectName(QStringLiteral("alertStatusIcon"));
    m_text->setObjectName(QStringLiteral("alertStatusText"));
    m_text->setTextFormat(Qt::PlainText);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(
        style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(size, size));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_icon);
    layout->addWidget(m_text);
    refresh();
}

QString AlertStatus::text() const
{
    return m_failures.isEmpty() ? QString() : m_text->text();
}

void AlertStatus::deliveryFinished(const AlertDeliveryReport &report)
{
    if (report.ok) {
        if (m_failures.remove(report.channelId) > 0)
            refresh();
        return;
    }
    if (report.test) // the page that sent it shows the result
        return;
    m_failures.insert(report.channelId, report);
    refresh();
}

void AlertStatus::channelsChanged(const QList<AlertChannel> &channels)
{
    QHash<qint64, QString> names;
    for (const AlertChannel &channel : channels)
        names.insert(channel.id, channel.name);
    bool changed = false;
    for (auto it = m_failures.begin(); it != m_failures.end();) {
        const auto name = names.constFind(it.key());
        if (name == names.cend()) {
            it = m_failures.erase(it);
            changed = true;
            continue;
        }
        if (it->channelName != *name) {
            it->channelName = *name;
            changed = true;
        }
        ++it;
    }
    if (changed)
        refresh();
}

void AlertStatus::refresh()
{
    setVisible(!m_failures.isEmpty());
    if (m_failures.isEmpty()) {
        m_text->clear();
        setToolTip({});
        return;
    }
    if (m_failures.size() == 1)
        m_text->setText(tr("Alert to %1 failed").arg(m_failures.first().channelName));
    else
        m_text->setText(tr("Alerts to %1 channels failed").arg(m_failures.size()));
    QStringList lines;
    const QDate today = QDate::currentDate();
    for (const AlertDeliveryReport &report : std::as_const(m_failures)) {
        QString line = report.channelName + u": " + ChannelInput::describeDelivery(report);
        if (report.at.isValid())
            line += u" (" + DisplayFormat::time(report.at, today) + u')';
        lines.append(line);
    }
    setToolTip(lines.join(u'\n'));
}
