#pragma once

#include "core/model/AlertEvent.h"

#include <QList>
#include <QMetaType>

// What one delivery to one channel carries: one event (a normal message) or several that fired
// together (a summary: "5 monitors are down: a, b, c, …").
struct AlertMessage {
    // Events a message keeps; beyond them only the count grows (an outage of 10,000 monitors
    // is one bounded message).
    static constexpr int kMaxEvents = 500;

    qint64 channelId = 0;
    QList<AlertEvent> events; // in the order they fired; at most kMaxEvents
    int count = 0;            // events in all, those beyond kMaxEvents included

    [[nodiscard]] bool isSummary() const { return count > 1; }
    [[nodiscard]] bool isTest() const { return !events.isEmpty() && events.constFirst().test; }

    friend bool operator==(const AlertMessage &, const AlertMessage &) = default;
};

Q_DECLARE_METATYPE(AlertMessage)
