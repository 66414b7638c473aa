#pragma once

#include "core/model/CheckResult.h"
#include "core/model/Monitor.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QString>

class Prober;
class SecretStore;

// "Test now" without the widgets: one probe of a monitor as entered, with a secret typed in the
// dialog or the one stored under the monitor's credential key. The stored secret is read from
// the SecretStore without waiting; the probe starts once it is there. A secret that cannot be
// read finishes the test DOWN with reason `secret`, like the engine does, and nothing is sent.
class MonitorTester final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MonitorTester)

public:
    explicit MonitorTester(QObject *parent = nullptr);

    // Certificate authorities trusted besides the system's; stops a running test.
    void setExtraCaCertificates(const QList<QSslCertificate> &certificates);
    void setSecretStore(SecretStore *store);

    // Probes `monitor` with `secret` (empty: none).
    void start(const Monitor &monitor, const QByteArray &secret);
    // Reads monitor.credentialKey's secret from the store, then probes.
    void startWithStoredSecret(const Monitor &monitor);
    // Stops a running test: finished() does not follow.
    void stop();

signals:
    void finished(const CheckResult &result);
    // The store has no keychain to read from: `message` says why.
    void secretStoreUnavailable(const QString &message);

private:
    void finishWithoutSecret(const QString &error);

    QList<QSslCertificate> m_extraCaCertificates;
    QPointer<SecretStore> m_secretStore;
    Prober *m_prober = nullptr; // created on the first test
    int m_run = 0;              // which test a secret being read belongs to
};
