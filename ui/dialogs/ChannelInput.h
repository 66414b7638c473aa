#pragma once

#include "core/alert/Alerting.h"
#include "core/model/AlertChannel.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

// What the channel dialog shows and reads back, kept apart from the widgets so it can be tested
// as values: the form's fields become an AlertChannel (and a new webhook secret), with one
// sentence per field that is wrong; and the words the Channels page describes a channel with.
namespace ChannelInput {

inline constexpr qsizetype kMaxArguments = 256;
inline constexpr int kMaxTimeoutSeconds = AlertChannel::kMaxTimeoutMs / 1000;

// The dialog's fields as typed.
struct Form {
    QString name;
    AlertChannelKind kind = AlertChannelKind::Webhook;
    bool enabled = true;
    QList<AlertEventKind> events;
    bool allMonitors = true; // false: only `monitorNames` and monitors with one of `tags`
    QStringList monitorNames;
    QStringList tags;
    int timeoutSeconds = AlertChannel::kDefaultTimeoutMs / 1000;
    // Webhook. `secretShown` false: editing a stored webhook whose URL and headers were not
    // opened; they stay as stored and `url`/`headers` are ignored.
    bool secretShown = true;
    QString url;
    QList<QPair<QString, QString>> headers; // the table's rows; rows left empty are skipped
    WebhookPreset preset = WebhookPreset::Json;
    QString bodyTemplate;
    // Command
    QString program;
    QString arguments; // see parseArguments
};

// One sentence for each field that is wrong; empty strings where it is fine.
struct Errors {
    QString name;
    QString url;
    QString headers;
    QString bodyTemplate;
    QString program;
    QString arguments;
    QString events;
    QString scope;
    QString other; // what no field shows (the channel's own check)

    [[nodiscard]] bool isEmpty() const;
};

struct Result {
    AlertChannel channel;
    std::optional<WebhookSecret> secret; // nullopt: keep the stored secret (or none is needed)
    Errors errors;

    [[nodiscard]] bool ok() const { return errors.isEmpty(); }
};

// The form as a channel. `initial`: the channel edited (id 0: a new one), whose id, credential
// key and exact timeout are kept; `loadedSecret`: the stored secret the dialog loaded into the
// URL and header fields (nullopt if it did not), so an unchanged one is not written again;
// `otherNames`: the other channels' names, which this one must not take.
[[nodiscard]] Result parse(const Form &form, const AlertChannel &initial,
                           const std::optional<WebhookSecret> &loadedSecret,
                           const QStringList &otherNames);

// The form showing a stored channel (its secret is not part of it: secretShown is false for a
// stored webhook, true otherwise).
[[nodiscard]] Form formOf(const AlertChannel &channel);

// A note (not an error) about a command's program: that no such program is found here, which
// may be right when `upwatch run` runs the channel on another machine. Empty when it is found.
[[nodiscard]] QString programNote(const QString &program);

// Arguments, one per line; blank lines are skipped and each line is trimmed. A line in double
// quotes is taken as written inside them, with \" for a quote and \\ for a backslash ("" is an
// empty argument, "  x" keeps its spaces). nullopt with `*error` naming the line on a bad one.
[[nodiscard]] std::optional<QStringList> parseArguments(const QString &text,
                                                        QString *error = nullptr);
// The arguments as parseArguments reads them back: quoted where they need it.
[[nodiscard]] QString argumentsText(const QStringList &arguments);

// The placeholders a custom template may use: "{{event}}", "{{monitor}}", …
[[nodiscard]] QStringList placeholders();
// The problem with a custom body template, or an empty string: not empty, only known
// placeholders, and valid JSON once filled in when it starts with { or [.
[[nodiscard]] QString templateProblem(const QString &bodyTemplate);

// A sentence under the preset choice: what the receiver expects and what URL to paste.
[[nodiscard]] QString presetHint(WebhookPreset preset);
// An example URL for the preset, as the URL field's placeholder.
[[nodiscard]] QString presetUrlExample(WebhookPreset preset);

// For lists: "All events" or "Down, Recovered".
[[nodiscard]] QString describeEvents(const QList<AlertEventKind> &events);
// For lists: "All monitors", "Shop, API", "Tags: prod", "3 monitors; tags: prod, web".
[[nodiscard]] QString describeScope(const AlertChannel &channel);
// "Delivered in 1 attempt", "Delivered in 2 attempts", "Failed after 3 attempts: HTTP 500".
[[nodiscard]] QString describeDelivery(const AlertDeliveryReport &report);

// A timeout in whole seconds, as the dialog's spin box shows it (rounded up, at least 1).
[[nodiscard]] int timeoutSeconds(int timeoutMs);

} // namespace ChannelInput
