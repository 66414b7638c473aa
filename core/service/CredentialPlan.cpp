#include "core/service/CredentialPlan.h"

#include <QUuid>

QString CredentialPlan::newKey(AuthKind kind)
{
    return authKindName(kind) + u'/' + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

CredentialPlan CredentialPlan::make(const Monitor &edited, const std::optional<Monitor> &stored,
                                    std::optional<QByteArray> newSecret)
{
    CredentialPlan plan;
    plan.monitor = edited;
    Monitor &monitor = plan.monitor;
    // The key that is really stored, whatever the edited copy says.
    const QString storedKey = stored ? stored->credentialKey : QString();
    monitor.credentialKey = storedKey;

    // A password in the URL becomes Basic authentication; the URL keeps neither user nor
    // password (both are sent up front, as before).
    if (!monitor.url.password().isEmpty()) {
        const QString user = monitor.url.userName();
        const bool otherKind = !monitor.auth.isNone() &&
                               !(monitor.auth.kind == AuthKind::Basic && monitor.auth.user == user);
        if (otherKind) {
            plan.error = QStringLiteral("the URL has a password and the monitor uses %1 "
                                        "authentication: remove the password from the URL")
                             .arg(authKindTitle(monitor.auth.kind));
            return plan;
        }
        if (newSecret) {
            plan.error = QStringLiteral("the URL has a password and a password was given too: "
                                        "remove the one in the URL");
            return plan;
        }
        monitor.auth = {};
        monitor.auth.kind = AuthKind::Basic;
        monitor.auth.user = user;
        newSecret = monitor.url.password().toUtf8();
        monitor.url.setUserInfo(QString());
        plan.movedUrlPassword = true;
    }

    const bool kindChanged = !stored || stored->auth.kind != monitor.auth.kind;
    if (monitor.auth.isNone() ||
        (monitor.auth.kind == AuthKind::ClientCertificate && kindChanged && !newSecret)) {
        // No secret any more (a certificate without a passphrase needs none).
        monitor.credentialKey.clear();
        plan.obsoleteKey = storedKey;
        return plan;
    }
    if (newSecret) {
        if (newSecret->isEmpty() && monitor.auth.requiresSecret()) {
            plan.error = QStringLiteral("the %1 is empty").arg(monitor.auth.secretTitle());
            return plan;
        }
        // Never overwritten in place: under a new key, so a failed save leaves the stored
        // monitor with its old secret, and every process sees the key change and reads again.
        monitor.credentialKey = newKey(monitor.auth.kind);
        plan.keyIsNew = true;
        plan.obsoleteKey = storedKey;
        plan.secret = std::move(newSecret);
        return plan;
    }
    if (storedKey.isEmpty() || kindChanged) {
        if (monitor.auth.requiresSecret()) {
            plan.error = QStringLiteral("%1 authentication needs a %2")
                             .arg(authKindTitle(monitor.auth.kind), monitor.auth.secretTitle());
            return plan;
        }
        // A client certificate whose key has no passphrase.
        monitor.credentialKey.clear();
        plan.obsoleteKey = storedKey;
    }
    return plan;
}
