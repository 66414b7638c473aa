#include "ui/tray/Notifier.h"

#include "core/alert/Silencer.h"
#include "core/format/DisplayFormat.h"

#include <QStringList>

namespace {

constexpr qint64 kMsPerDay = 24LL * 60 * 60 * 1000;
// Names a summary lists before "and N more".
constexpr int kSummaryNames = 5;

QString joinLines(const QStringList &lines)
{
    QStringList kept = lines;
    kept.removeAll(QString());
    return kept.join(u'\n');
}

} // namespace

Notifier::Notifier(MonitorLookup lookup, std::shared_ptr<const Clock> clock, QObject *parent)
    : QObject(parent)
    , m_lookup(std::move(lookup))
    , m_clock(std::move(clock))
{
    Q_ASSERT(m_clock);
}

void Notifier::setSink(NotificationSink *sink)
{
    m_sink = sink;
}

void Notifier::setSilencer(Silencer *silencer)
{
    if (m_silencer)
        m_silencer->disconnect(this);
    m_silencer = silencer;
    if (silencer)
        connect(silencer, &Silencer::holdEnded, this, &Notifier::releaseHeld);
}

void Notifier::setEnabled(bool enabled)
{
    m_enabled = enabled;
}

void Notifier::setCertificateWarningDays(int days)
{
    m_certificates.setWarningDays(days);
}

void Notifier::handle(const ResultBatch &batch)
{
    QList<Pending> down;
    QList<Pending> recovered;
    for (const StateChange &change : batch.changes) {
        if (change.isPauseOrResume())
            continue; // an outage paused and resumed is still the one alerted
        if (change.wentDown()) {
            m_downSince.insert(change.monitorId, change.at);
            down.append(downNotification(change));
            continue;
        }
        if (change.recovered())
            recovered.append(recoveredNotification(change, m_downSince.value(change.monitorId)));
        m_downSince.remove(change.monitorId);
    }
    if (!m_enabled)
        return;

    QList<Pending> certificates;
    for (const CheckResult &result : batch.results) {
        if (auto pending = certificateNotification(result))
            certificates.append(std::move(*pending));
    }
    deliver(Notification::Kind::Down, sift(down));
    deliver(Notification::Kind::Recovered, sift(recovered));
    deliver(Notification::Kind::CertificateExpiring, sift(certificates));
}

QList<Notifier::Pending> Notifier::sift(const QList<Pending> &pending)
{
    if (!m_silencer)
        return pending;
    QList<Pending> now;
    const QDateTime at = m_clock->nowUtc();
    for (const Pending &p : pending) {
        switch (m_silencer->decide(p.notification.monitorId, at)) {
        case Silencer::Decision::Send:
            now.append(p);
            break;
        case Silencer::Decision::Hold:
            m_held.append(p);
            if (m_held.size() > kMaxHeld) {
                m_held.removeFirst();
                ++m_heldDropped;
            }
            break;
        case Silencer::Decision::Drop:
            break;
        }
    }
    return now;
}

void Notifier::releaseHeld()
{
    const QList<Pending> held = std::exchange(m_held, {});
    const qsizetype count = held.size() + std::exchange(m_heldDropped, 0);
    if (held.isEmpty() || !m_enabled)
        return;
    if (count == 1) {
        show(held.constFirst().notification);
        return;
    }
    // Most urgent first: what went down, then what came back, then certificates.
    QList<Pending> ordered;
    for (const auto kind : {Notification::Kind::Down, Notification::Kind::Recovered,
                            Notification::Kind::CertificateExpiring}) {
        for (const Pending &p : held) {
            if (p.notification.kind == kind)
                ordered.append(p);
        }
    }
    QStringList lines;
    for (qsizetype i = 0; i < qMin<qsizetype>(ordered.size(), kSummaryNames); ++i)
        lines.append(ordered.at(i).notification.title);
    if (count > kSummaryNames)
        lines.append(tr("and %n more", nullptr, int(count - kSummaryNames)));
    const Notification &first = ordered.constFirst().notification;
    show(Notification{first.kind, first.monitorId,
                      tr("%n alert(s) while notifications were paused", nullptr, int(count)),
                      lines.join(u'\n')});
}

void Notifier::show(const Notification &n)
{
    if (!m_sink)
        return;
    m_sink->show(n);
    emit notified(n);
}

std::optional<Monitor> Notifier::lookUp(qint64 monitorId) const
{
    return m_lookup ? m_lookup(monitorId) : std::nullopt;
}

QString Notifier::nameOf(qint64 monitorId, const std::optional<Monitor> &monitor) const
{
    if (monitor && !monitor->name.isEmpty())
        return monitor->name;
    if (monitor && !monitor->url.isEmpty())
        return displayUrl(monitor->url);
    return tr("Monitor %1").arg(monitorId);
}

Notifier::Pending Notifier::downNotification(const StateChange &change) const
{
    const std::optional<Monitor> monitor = lookUp(change.monitorId);
    const QString name = nameOf(change.monitorId, monitor);
    const QString reason = change.error.isEmpty()
                               ? reasonName(change.reason)
                               : tr("%1: %2").arg(reasonName(change.reason), change.error);
    const QString url = monitor ? displayUrl(monitor->url) : QString();
    return {Notification{Notification::Kind::Down, change.monitorId, tr("%1 is down").arg(name),
                         joinLines({reason, url})},
            name};
}

Notifier::Pending Notifier::recoveredNotification(const StateChange &change,
                                                  const QDateTime &downSince) const
{
    const std::optional<Monitor> monitor = lookUp(change.monitorId);
    const QString name = nameOf(change.monitorId, monitor);
    QString downFor;
    if (downSince.isValid() && change.at.isValid() && downSince <= change.at)
        downFor = tr("Down for %1.").arg(DisplayFormat::duration(downSince.msecsTo(change.at)));
    const QString url = monitor ? displayUrl(monitor->url) : QString();
    return {Notification{Notification::Kind::Recovered, change.monitorId,
                         tr("%1 is back up").arg(name), joinLines({downFor, url})},
            name};
}

std::optional<Notifier::Pending> Notifier::certificateNotification(const CheckResult &result)
{
    const QDateTime &expires = result.certExpires;
    const std::optional<qint64> left = m_certificates.check(result, m_clock->nowUtc());
    if (!left)
        return std::nullopt;
    const qint64 msLeft = *left;

    const std::optional<Monitor> monitor = lookUp(result.monitorId);
    const QString name = nameOf(result.monitorId, monitor);
    const qint64 days = msLeft / kMsPerDay;
    QString title;
    if (msLeft <= 0)
        title = tr("Certificate of %1 has expired").arg(name);
    else if (days == 0)
        title = tr("Certificate of %1 expires in less than a day").arg(name);
    else
        title = tr("Certificate of %1 expires in %2").arg(name, DisplayFormat::days(days));
    const QString when =
        tr("Expiry: %1").arg(expires.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")));
    const QString url = monitor ? displayUrl(monitor->url) : QString();
    return Pending{Notification{Notification::Kind::CertificateExpiring, result.monitorId, title,
                                joinLines({when, url})},
                   name};
}

Notification Notifier::summary(Notification::Kind kind, const QList<Pending> &pending)
{
    const auto count = pending.size();
    QString title;
    switch (kind) {
    case Notification::Kind::Down:
        title = tr("%1 monitors are down").arg(count);
        break;
    case Notification::Kind::Recovered:
        title = tr("%1 monitors are back up").arg(count);
        break;
    case Notification::Kind::CertificateExpiring:
        title = tr("Certificates of %1 monitors expire soon").arg(count);
        break;
    }
    QStringList names;
    for (qsizetype i = 0; i < qMin<qsizetype>(count, kSummaryNames); ++i)
        names.append(pending.at(i).name);
    QString body = names.join(u", ");
    if (count > kSummaryNames)
        body = tr("%1 and %2 more").arg(body).arg(count - kSummaryNames);
    return Notification{kind, pending.constFirst().notification.monitorId, title, body};
}

void Notifier::deliver(Notification::Kind kind, const QList<Pending> &pending)
{
    if (pending.isEmpty() || !m_sink)
        return;
    QList<Notification> notifications;
    if (pending.size() > kSummaryThreshold) {
        notifications.append(summary(kind, pending));
    }
    else {
        for (const Pending &p : pending)
            notifications.append(p.notification);
    }
    for (const Notification &n : notifications) {
        // A sink may be deleted by a slot of notified(): check before each one.
        if (!m_sink)
            return;
        m_sink->show(n);
        emit notified(n);
    }
}
