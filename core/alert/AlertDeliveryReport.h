#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

// How one delivery to one channel ended, after its retries.
struct AlertDeliveryReport {
    qint64 channelId = 0;
    QString channelName;
    bool ok = false;
    int attempts = 0;  // 1 + retries used
    int events = 0;    // events in the message (a summary carries several)
    QString error;     // why it failed, for people; empty when ok; never a secret
    QDateTime at;      // when it ended
    bool test = false; // a test event (channel test), not a real one
};

Q_DECLARE_METATYPE(AlertDeliveryReport)
