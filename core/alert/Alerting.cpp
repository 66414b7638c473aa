#include "core/alert/Alerting.h"

#include "core/alert/AlertDelivery.h"
#include "core/alert/AlertGrouping.h"
#include "core/alert/AlertRules.h"
#include "core/alert/ChannelBook.h"
#include "core/alert/Silencer.h"
#include "core/service/MonitoringService.h"

#include <QHash>
#include <QPointer>
#include <QTimer>

namespace {

// What stop() gives the last messages (those still grouped, and those being delivered).
constexpr int kStopWaitMs = 5000;
// Events held while alerts are snoozed or quiet; beyond them the oldest go (a night of a
// flapping fleet stays a bounded summary).
constexpr int kMaxHeld = 5000;

using TestDone = std::function<void(const AlertDeliveryReport &report)>;

} // namespace

struct Alerting::Private {
    struct TestCall {
        QPointer<QObject> context;
        TestDone done;
    };

    Private(Alerting &owner, MonitoringService &monitoring)
        : q(owner)
        , service(monitoring)
        , book(monitoring, &owner)
        , rules(
              [&monitoring](qint64 id) -> std::optional<Monitor> {
                  const auto it = monitoring.monitors().constFind(id);
                  if (it == monitoring.monitors().cend())
                      return std::nullopt;
                  return *it;
              },
              monitoring.clock())
        , grouping(monitoring.clock(), &owner)
        , delivery(monitoring.clock(), &owner)
        , silencer(monitoring, &owner)
        , stopTimer(&owner)
    {
    }

    void onResults(const ResultBatch &batch);
    void route(const AlertEvent &event);
    void releaseHeld();
    void send(const AlertChannel &channel, const AlertMessage &message,
              std::optional<TestCall> test = std::nullopt);
    void finished(const AlertDeliveryReport &report, std::optional<TestCall> test);
    void stopDelivery();

    Alerting &q;
    MonitoringService &service;
    ChannelBook book;
    AlertRules rules;
    AlertGrouping grouping;
    AlertDelivery delivery;
    Silencer silencer;
    QList<AlertEvent> held;         // raised while snoozed or quiet, oldest first
    QHash<quint64, TestCall> tests; // by delivery ticket
    int secretReads = 0;            // messages waiting for their webhook's secret
    QTimer stopTimer;
    QPointer<QObject> stopContext;
    std::function<void()> stopDone;
    bool started = false;
    bool stopping = false;
    bool deliveryStopping = false;
    bool stopped = false;
};

void Alerting::Private::onResults(const ResultBatch &batch)
{
    if (stopping)
        return;
    // Even without channels: incidents are followed from their start (an "up" says how long).
    const QList<AlertEvent> events = rules.events(batch);
    for (const AlertEvent &event : events) {
        switch (silencer.decide(event.monitorId, event.at)) {
        case Silencer::Decision::Send:
            route(event);
            break;
        case Silencer::Decision::Hold:
            held.append(event);
            if (held.size() > kMaxHeld)
                held.removeFirst();
            break;
        case Silencer::Decision::Drop:
            break;
        }
    }
}

void Alerting::Private::route(const AlertEvent &event)
{
    for (const AlertChannel &channel : book.channels()) {
        if (channel.enabled && channel.wants(event.kind) &&
            channel.covers(event.monitorName, event.tags))
            grouping.add(channel.id, event);
    }
}

void Alerting::Private::releaseHeld()
{
    // All at once: each channel gets them as one summary. A monitor muted meanwhile stays quiet.
    const QList<AlertEvent> events = std::exchange(held, {});
    const QDateTime now = service.clock()->nowUtc();
    for (const AlertEvent &event : events) {
        if (silencer.decide(event.monitorId, now) != Silencer::Decision::Drop)
            route(event);
    }
}

void Alerting::Private::send(const AlertChannel &channel, const AlertMessage &message,
                             std::optional<TestCall> test)
{
    if (channel.kind == AlertChannelKind::Command) {
        const quint64 ticket = delivery.deliver(channel, std::nullopt, message);
        if (test)
            tests.insert(ticket, *test);
        return;
    }
    ++secretReads;
    book.readSecret(channel, &q,
                    [this, channel, message, test](const std::optional<WebhookSecret> &secret,
                                                   const QString &error) {
                        --secretReads;
                        if (secret) {
                            const quint64 ticket = delivery.deliver(channel, secret, message);
                            if (test)
                                tests.insert(ticket, *test);
                        }
                        else {
                            // Without its URL the message cannot go: reported like any failure.
                            AlertDeliveryReport report;
                            report.channelId = channel.id;
                            report.channelName = channel.name;
                            report.events = message.count;
                            report.test = message.isTest();
                            report.error = error;
                            report.at = service.clock()->nowUtc();
                            finished(report, test);
                        }
                        if (stopping && secretReads == 0)
                            stopDelivery();
                    });
}

void Alerting::Private::finished(const AlertDeliveryReport &report, std::optional<TestCall> test)
{
    emit q.deliveryFinished(report);
    if (!report.ok && !report.test) {
        const QString attempts =
            report.attempts > 1 ? QStringLiteral(" (%1 attempts)").arg(report.attempts) : QString();
        emit q.deliveryFailed(
            QStringLiteral("channel %1: %2%3").arg(report.channelName, report.error, attempts));
    }
    if (test && test->context)
        test->done(report);
}

void Alerting::Private::stopDelivery()
{
    if (deliveryStopping)
        return;
    deliveryStopping = true;
    const int left = qMax(0, stopTimer.remainingTime());
    stopTimer.stop();
    delivery.stop(left, &q, [this] {
        stopped = true;
        const auto done = std::exchange(stopDone, {});
        if (done && stopContext)
            done();
    });
}

Alerting::Alerting(MonitoringService &service, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(*this, service))
{
    qRegisterMetaType<AlertDeliveryReport>();
    qRegisterMetaType<AlertMessage>();
    qRegisterMetaType<QList<AlertChannel>>();
    d->stopTimer.setSingleShot(true);
    connect(&d->book, &ChannelBook::changed, this, [this](const QList<AlertChannel> &channels) {
        for (const AlertChannel &channel : channels) {
            if (!channel.enabled)
                d->grouping.drop(channel.id); // what waited for it is not sent
        }
        emit channelsChanged(channels);
    });
    connect(&d->book, &ChannelBook::failed, this, &Alerting::deliveryFailed);
    connect(&d->grouping, &AlertGrouping::ready, this, [this](const AlertMessage &message) {
        // A channel removed or disabled meanwhile gets nothing.
        const auto channel = d->book.channel(message.channelId);
        if (channel && channel->enabled)
            d->send(*channel, message);
    });
    connect(&d->delivery, &AlertDelivery::delivered, this,
            [this](quint64 ticket, const AlertDeliveryReport &report) {
                auto test =
                    d->tests.contains(ticket) ? std::optional(d->tests.take(ticket)) : std::nullopt;
                d->finished(report, std::move(test));
            });
    connect(&d->stopTimer, &QTimer::timeout, this, [this] { d->stopDelivery(); });
    connect(&d->silencer, &Silencer::holdEnded, this, [this] {
        if (!d->stopping)
            d->releaseHeld();
    });
    connect(&d->silencer, &Silencer::failed, this, &Alerting::deliveryFailed);
}

Alerting::~Alerting() = default;

void Alerting::start()
{
    if (d->started || d->stopping)
        return;
    d->started = true;
    connect(&d->service, &MonitoringService::resultsReady, this,
            [this](const ResultBatch &batch) { d->onResults(batch); });
    connect(&d->service, &MonitoringService::monitorsRemoved, this,
            [this](const QList<qint64> &ids) {
                for (const qint64 id : ids)
                    d->rules.forget(id);
            });
    d->delivery.start();
    d->silencer.start();
    if (d->service.isLoaded()) {
        d->book.start();
        return;
    }
    // The channels load once the service has opened (and migrated) the database.
    connect(&d->service, &MonitoringService::loaded, this, [this] {
        if (!d->stopping)
            d->book.start();
    });
}

void Alerting::stop(QObject *context, std::function<void()> done)
{
    d->stopContext = context;
    d->stopDone = std::move(done);
    if (d->stopped) {
        // Stopped already: done() still comes later, never from inside this call.
        QMetaObject::invokeMethod(
            this,
            [this] {
                const auto finished = std::exchange(d->stopDone, {});
                if (finished && d->stopContext)
                    finished();
            },
            Qt::QueuedConnection);
        return;
    }
    if (d->stopping)
        return;
    d->stopping = true;
    d->book.stop();
    d->silencer.stop(); // what was held stays unsaid: quiet hours are quiet to the end
    d->service.disconnect(this);
    // What waits to be grouped leaves now; with what is under way it gets kStopWaitMs in all.
    d->stopTimer.start(kStopWaitMs);
    d->grouping.flushAll();
    if (d->secretReads == 0)
        d->stopDelivery();
}

void Alerting::setCertificateWarningDays(int days)
{
    d->rules.setCertificateWarningDays(days);
}

Silencer &Alerting::silencer()
{
    return d->silencer;
}

const QList<AlertChannel> &Alerting::channels() const
{
    return d->book.channels();
}

void Alerting::saveChannel(const AlertChannel &channel, std::optional<WebhookSecret> newSecret,
                           QObject *context, SaveDone done)
{
    d->book.save(channel, std::move(newSecret), context, std::move(done));
}

void Alerting::removeChannel(qint64 id, QObject *context,
                             std::function<void(const QString &error)> done)
{
    d->grouping.drop(id);
    d->book.remove(id, context, std::move(done));
}

void Alerting::readSecret(
    qint64 id, QObject *context,
    std::function<void(const std::optional<WebhookSecret> &, const QString &)> done)
{
    const auto channel = d->book.channel(id);
    if (channel) {
        d->book.readSecret(*channel, context, std::move(done));
        return;
    }
    QPointer<QObject> guard(context);
    QMetaObject::invokeMethod(
        this,
        [guard, done, id] {
            if (guard)
                done(std::nullopt, QStringLiteral("there is no channel with id %1").arg(id));
        },
        Qt::QueuedConnection);
}

void Alerting::testChannel(qint64 id, QObject *context, TestDone done)
{
    AlertMessage message;
    message.channelId = id;
    message.events = {AlertEvent::testEvent(d->service.clock()->nowUtc())};
    message.count = 1;
    const auto channel = d->book.channel(id);
    if (channel && !d->stopping) {
        d->send(*channel, message, Private::TestCall{context, std::move(done)});
        return;
    }
    AlertDeliveryReport report;
    report.channelId = id;
    report.channelName = channel ? channel->name : QString();
    report.events = 1;
    report.test = true;
    report.at = d->service.clock()->nowUtc();
    report.error = channel ? QStringLiteral("not sent: alerting is stopping")
                           : QStringLiteral("there is no channel with id %1").arg(id);
    Private::TestCall call{context, std::move(done)};
    QMetaObject::invokeMethod(
        this, [this, report, call] { d->finished(report, call); }, Qt::QueuedConnection);
}
