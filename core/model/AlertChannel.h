#pragma once

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QUrl>

#include <optional>

// What a channel can be told about. Stable names (database, CLI, JSON): "down", "up",
// "degraded", "cert_expiry". Extend only by appending.
enum class AlertEventKind {
    Down,       // a monitor went down on its own (never unreachable-through-parent)
    Up,         // it recovered from down
    Degraded,   // it became degraded (slower than its threshold)
    CertExpiry, // its TLS certificate expires within the warning window (or has expired)
};
inline constexpr AlertEventKind kLastAlertEventKind = AlertEventKind::CertExpiry;

[[nodiscard]] QString alertEventKindName(AlertEventKind kind);
[[nodiscard]] std::optional<AlertEventKind> alertEventKindFromName(QStringView name);
// For people: "Down", "Recovered", "Degraded", "Certificate expiry".
[[nodiscard]] QString alertEventKindTitle(AlertEventKind kind);

// How a channel delivers. Stable names: "webhook", "command".
enum class AlertChannelKind { Webhook, Command };
[[nodiscard]] QString alertChannelKindName(AlertChannelKind kind);
[[nodiscard]] std::optional<AlertChannelKind> alertChannelKindFromName(QStringView name);

// The shape of a webhook's body. Stable names: "json" (Upwatch's own JSON), "slack",
// "discord", "ntfy", "gotify", "custom" (bodyTemplate).
enum class WebhookPreset { Json, Slack, Discord, Ntfy, Gotify, Custom };
[[nodiscard]] QString webhookPresetName(WebhookPreset preset);
[[nodiscard]] std::optional<WebhookPreset> webhookPresetFromName(QStringView name);
// For people: "Upwatch JSON", "Slack", "Discord", "ntfy", "Gotify", "Custom template".
[[nodiscard]] QString webhookPresetTitle(WebhookPreset preset);

// The secret part of a webhook: its full URL (Slack's and Discord's URLs are the credential;
// ntfy and Gotify carry tokens in the query) and any request headers (Authorization, X-...).
// It lives in the SecretStore under AlertChannel::credentialKey as JSON, never in the
// database, an export, a log or a command line.
struct WebhookSecret {
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;

    [[nodiscard]] QByteArray toJson() const;
    [[nodiscard]] static std::optional<WebhookSecret> fromJson(const QByteArray &json,
                                                               QString *error);
    // What is wrong (one sentence), or empty: an http(s) URL with a host, header names that
    // can be sent, values without line breaks.
    [[nodiscard]] QString problem() const;

    friend bool operator==(const WebhookSecret &, const WebhookSecret &) = default;
};

// One alert channel, as stored. A channel is told about the events it chose, for the monitors
// it chose: all monitors when both `monitorNames` and `tags` are empty, else those named or
// carrying one of the tags.
struct AlertChannel {
    static constexpr int kDefaultTimeoutMs = 10'000;
    static constexpr int kMaxTimeoutMs = 300'000;

    qint64 id = 0; // 0: not stored yet
    QString name;  // unique, not empty
    AlertChannelKind kind = AlertChannelKind::Webhook;
    bool enabled = true;
    QList<AlertEventKind> events{AlertEventKind::Down, AlertEventKind::Up, AlertEventKind::Degraded,
                                 AlertEventKind::CertExpiry};
    QStringList monitorNames; // empty: every monitor (unless tags narrow it)
    QStringList tags;         // empty: every tag
    int timeoutMs = kDefaultTimeoutMs;

    // Webhook
    WebhookPreset preset = WebhookPreset::Json;
    QString bodyTemplate; // Custom only: {{placeholders}}, see AlertTemplate
    // Where it posts, for people and lists, without the secret parts: scheme://host[:port]/…
    QString target;
    QString credentialKey; // the WebhookSecret's key in the SecretStore

    // Command: run directly, never through a shell (unless `program` is one the user chose).
    QString program;
    QStringList arguments;

    [[nodiscard]] bool wants(AlertEventKind event) const { return events.contains(event); }
    // Whether a monitor with this name and these tags is in the channel's scope.
    [[nodiscard]] bool covers(const QString &monitorName, const QStringList &monitorTags) const;
    // What is wrong (one sentence), or empty: a name, at least one event, a timeout in
    // 1..kMaxTimeoutMs, a command's program, a template for Custom.
    [[nodiscard]] QString problem() const;
    // What people read in a list: the target URL or the command line.
    [[nodiscard]] QString describeTarget() const;

    // For `channel list --json`: every field but the secret (credential key included).
    [[nodiscard]] QJsonObject toJson() const;

    friend bool operator==(const AlertChannel &, const AlertChannel &) = default;
};

Q_DECLARE_METATYPE(AlertChannel)

// Where a webhook posts, for people and lists, without its secret parts: scheme://host[:port]
// and the first path segment when more follow ("https://hooks.slack.com/services/…"); a single
// segment (an ntfy topic) shows as "/…"; user, query and fragment are dropped. What the
// database keeps as AlertChannel::target.
[[nodiscard]] QString webhookTarget(const QUrl &url);
