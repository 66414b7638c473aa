#pragma once

#include <QObject>
#include <QString>

// One try at delivering one message: a webhook POST or a command run. It ends once, with
// ended(); the owner deletes it then. Lives in the delivery thread.
class DeliveryAttempt : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeliveryAttempt)

public:
    using QObject::QObject;
    ~DeliveryAttempt() override = default;

    virtual void start() = 0;

    // "300 ms", "10 s": how a deadline reads in a message.
    [[nodiscard]] static QString deadlineText(int ms);

signals:
    // error: empty when ok; never a secret. retryable: another try may go better.
    void ended(bool ok, const QString &error, bool retryable);
};
