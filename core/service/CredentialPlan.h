#pragma once

#include "core/model/Monitor.h"

#include <QByteArray>
#include <QString>

#include <optional>

// What saving a monitor means for its secret, worked out before anything is written: which
// secret to write under which key, which old key to delete once the monitor is stored, and the
// monitor as it will be stored (no password left in its URL). The same rules hold for the
// dialog, `monitor add`, import and the upgrade of old databases.
//
// Order of work for the caller: write `secret` under `monitor.credentialKey` (when set), then
// store the monitor; if storing fails, remove that key again when `keyIsNew`; once stored,
// remove `obsoleteKey` (when not empty).
struct CredentialPlan {
    Monitor monitor;                  // to store; credentialKey set when it has a secret
    std::optional<QByteArray> secret; // to write under monitor.credentialKey first
    bool keyIsNew = false; // the key is new (always, for a new secret): nothing was under it
    QString obsoleteKey;   // the old secret's key, to remove once stored
    QString error;         // not empty: nothing may be saved; a sentence saying why
    bool movedUrlPassword = false; // the secret came out of the URL

    [[nodiscard]] bool ok() const { return error.isEmpty(); }

    // `edited`: the monitor as the user left it (its credentialKey as loaded); `stored`: what
    // the database holds under its id (nullopt for a new one); `newSecret`: a secret the user
    // typed (nullopt: keep the stored one, if any).
    [[nodiscard]] static CredentialPlan make(const Monitor &edited,
                                             const std::optional<Monitor> &stored,
                                             std::optional<QByteArray> newSecret);

    // A fresh key for one monitor's secret of this kind, e.g. "basic/5f0c…".
    [[nodiscard]] static QString newKey(AuthKind kind);
};
