#pragma once

#include "core/alert/AlertMessage.h"
#include "core/model/AlertChannel.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

// What a message looks like on the wire, for each kind of channel:
// - webhook presets: json (Upwatch's own JSON), slack {"text"}, discord {"content"}, ntfy (plain
//   text with Title/Priority/Tags headers), gotify {"title","message","priority"}, and a custom
//   body template with {{placeholders}};
// - a command: the event in UPWATCH_* environment variables and as JSON on standard input.
// Pure functions: no network, no clock.
namespace AlertPayload {

using Headers = QList<QPair<QByteArray, QByteArray>>;

struct WebhookRequest {
    QUrl url;
    Headers headers; // Content-Type first, then the preset's, then the channel's own
    QByteArray body;
};

struct CommandInput {
    QList<QPair<QString, QString>> environment; // UPWATCH_* added to the inherited environment
    QByteArray input;                           // JSON, on standard input
};

// Names a summary lists before "and N more".
inline constexpr int kSummaryNames = 10;
// Discord refuses longer content.
inline constexpr int kDiscordMaxChars = 2000;

// A short title: "api is down", "[test] Upwatch test is down", "5 monitors are down",
// "Upwatch: 7 alerts".
[[nodiscard]] QString title(const AlertMessage &message);
// The text for people: one event's sentence and URL, or one line per kind for a summary
// ("5 monitors are down: a, b, c, d, e").
[[nodiscard]] QString text(const AlertMessage &message);
// Upwatch's JSON: one event's object, or {"event":"summary","count","events":[...],"test"}.
[[nodiscard]] QJsonObject json(const AlertMessage &message);
// Whether a custom template is JSON: it starts with '[', or '{' but not a "{{" placeholder.
[[nodiscard]] bool isJsonTemplate(const QString &bodyTemplate);
// The names a custom template may use as {{name}}: event, monitor, monitor_id, url, state,
// previous_state, reason, error, time, duration, summary, count.
[[nodiscard]] QStringList placeholderNames();
// The custom template filled in. Values are JSON-escaped when the template is JSON (starts
// with '[', or '{' but not a "{{" placeholder), raw otherwise. Unknown placeholders stay as they
// are.
[[nodiscard]] QString renderTemplate(const QString &bodyTemplate, const AlertMessage &message);

[[nodiscard]] WebhookRequest webhook(const AlertChannel &channel, const WebhookSecret &secret,
                                     const AlertMessage &message);
[[nodiscard]] CommandInput command(const AlertMessage &message);

} // namespace AlertPayload
