#pragma once

#include "ui/dialogs/ChannelBackend.h"

#include <QHash>
#include <QList>
#include <QPointer>

#include <functional>
#include <optional>

// A ChannelBackend for UI tests: channels and secrets in memory, every request recorded, and
// answers given later like Alerting's (queued to the event loop), or held until release() so a
// test can look at the "Saving…" state. Save and remove behave like the store: ids are given
// out, names are unique, channelsChanged follows a change. Errors and test results are set by
// the test.
class FakeChannelBackend final : public ChannelBackend {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeChannelBackend)

public:
    struct Saved {
        AlertChannel channel;
        std::optional<WebhookSecret> secret;
    };

    explicit FakeChannelBackend(QObject *parent = nullptr);

    [[nodiscard]] QList<AlertChannel> channels() const override { return m_channels; }
    void save(const AlertChannel &channel, std::optional<WebhookSecret> newSecret, QObject *context,
              SaveDone done) override;
    void remove(qint64 id, QObject *context, RemoveDone done) override;
    void readSecret(qint64 id, QObject *context, SecretDone done) override;
    void test(qint64 id, QObject *context, TestDone done) override;

    // Stores a channel (id given out when 0) and its secret without recording a save; returns
    // the channel as stored.
    AlertChannel addChannel(AlertChannel channel,
                            const std::optional<WebhookSecret> &secret = std::nullopt);

    // What the next requests answer.
    QString saveError;
    QString removeError;
    QString secretError;
    AlertDeliveryReport testResult; // ok, attempts and error; the rest is filled in

    // Held answers wait for release().
    void setHold(bool hold) { m_hold = hold; }
    void release();
    [[nodiscard]] qsizetype pendingAnswers() const { return m_pending.size(); }

    // What was asked.
    QList<Saved> saves;
    QList<qint64> removals;
    QList<qint64> secretReads;
    QList<qint64> tests;
    QHash<qint64, WebhookSecret> secrets;

private:
    void answer(QObject *context, std::function<void()> reply);

    QList<AlertChannel> m_channels;
    qint64 m_nextId = 1;
    bool m_hold = false;
    QList<QPair<QPointer<QObject>, std::function<void()>>> m_pending;
};
