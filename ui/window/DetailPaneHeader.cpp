#include "ui/window/DetailPane.h"

#include "core/format/DisplayFormat.h"
#include "ui/charts/PhaseChart.h"
#include "ui/window/MaintenanceLine.h"
#include "ui/window/MuteNote.h"
#include "ui/window/StatusStyle.h"

#include <QLabel>

// The detail pane's header (name, state, how the monitor is checked, its last check) and its
// last error, as they are filled in; DetailPane.cpp has the rest.

void DetailPane::updateHeader()
{
    if (!m_monitor)
        return;
    const Monitor &monitor = *m_monitor;
    m_icon->setPixmap(StatusStyle::icon(m_state).pixmap(22, 22));
    m_maintenanceLine->showMonitor(monitor.id, m_state);
    m_name->setText(monitor.name);
    m_stateLabel->setText(StatusStyle::label(m_state));
    QPalette pal = m_stateLabel->palette();
    pal.setColor(QPalette::WindowText, StatusStyle::color(m_state));
    m_stateLabel->setPalette(pal);
    m_url->setText(displayUrl(monitor.url));
    m_phaseChart->setLastCheck(m_latest ? std::optional(m_latest->phases) : std::nullopt);

    QStringList details{QString::fromLatin1(httpMethodName(monitor.method)),
                        tr("every %1").arg(DisplayFormat::interval(monitor.intervalSeconds))};
    details.append(tr("timeout %1")
                       .arg(monitor.timeoutMs % 1000 == 0
                                ? DisplayFormat::interval(monitor.timeoutMs / 1000)
                                : DisplayFormat::milliseconds(monitor.timeoutMs)));
    if (monitor.locations > 1)
        details.append(tr("down when %1 of %2 locations see it down")
                           .arg(monitor.quorum)
                           .arg(monitor.locations));
    if (!monitor.tags.isEmpty())
        details.append(monitor.tags.join(QStringLiteral(", ")));
    m_details->setText(details.join(QStringLiteral(" · ")));
    m_muteNote->showFor(monitor);

    if (!m_latest) {
        m_lastCheck->setText(tr("Not checked yet"));
        return;
    }
    QStringList parts{tr("Last check %1").arg(DisplayFormat::dateTime(m_latest->startedAt))};
    if (m_latest->isUp() && m_latest->responseMs >= 0)
        parts.append(DisplayFormat::milliseconds(m_latest->responseMs));
    if (m_latest->httpStatus > 0)
        parts.append(tr("HTTP %1").arg(m_latest->httpStatus));
    if (!m_latest->isUp())
        parts.append(reasonName(m_latest->reason));
    // Where agents share the database: which one made it.
    if (!m_latest->location.isEmpty())
        parts.append(tr("from %1").arg(m_latest->location));
    m_lastCheck->setText(parts.join(QStringLiteral(" · ")));
}

void DetailPane::noteFailure(const LastFailure &failure)
{
    if (!m_lastError || m_lastError->at <= failure.at)
        m_lastError = failure;
}

void DetailPane::updateLastError()
{
    if (!m_lastError) {
        m_lastErrorLabel->setText(tr("None"));
        m_lastErrorLabel->setToolTip(QString());
        return;
    }
    QString text = reasonName(m_lastError->reason);
    if (!m_lastError->error.isEmpty())
        text += QStringLiteral(": ") + m_lastError->error;
    text += QStringLiteral(" (") + DisplayFormat::dateTime(m_lastError->at) + u')';
    m_lastErrorLabel->setText(text);
    m_lastErrorLabel->setToolTip(m_lastError->at.toLocalTime().toString(Qt::ISODate));
}
