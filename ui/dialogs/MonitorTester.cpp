#include "ui/dialogs/MonitorTester.h"

#include "core/check/Prober.h"
#include "core/secret/SecretStore.h"

MonitorTester::MonitorTester(QObject *parent)
    : QObject(parent)
{
}

void MonitorTester::setExtraCaCertificates(const QList<QSslCertificate> &certificates)
{
    m_extraCaCertificates = certificates;
    // A network manager keeps its connections, and the TLS settings they were opened with, for
    // a while: the next test gets a new prober that uses the new authorities from the start.
    if (m_prober) {
        stop();
        m_prober->deleteLater();
        m_prober = nullptr;
    }
}

void MonitorTester::setSecretStore(SecretStore *store)
{
    m_secretStore = store;
}

void MonitorTester::start(const Monitor &monitor, const QByteArray &secret)
{
    ++m_run;
    if (!m_prober) {
        m_prober = new Prober(this);
        m_prober->setExtraCaCertificates(m_extraCaCertificates);
        connect(m_prober, &Prober::checkFinished, this, &MonitorTester::finished);
    }
    m_prober->check(monitor, secret);
}

void MonitorTester::startWithStoredSecret(const Monitor &monitor)
{
    const int run = ++m_run;
    if (!m_secretStore) {
        finishWithoutSecret(
            tr("The stored %1 cannot be read: no secret store.").arg(monitor.auth.secretTitle()));
        return;
    }
    m_secretStore->read(monitor.credentialKey, this,
                        [this, run, monitor](const SecretStore::Reply &reply) {
                            if (run != m_run)
                                return; // stopped, or another test started meanwhile
                            if (reply.ok()) {
                                start(monitor, reply.secret);
                                return;
                            }
                            if (reply.status == SecretStore::Status::Unavailable)
                                emit secretStoreUnavailable(reply.error);
                            finishWithoutSecret(reply.error);
                        });
}

void MonitorTester::stop()
{
    ++m_run;
    if (m_prober)
        m_prober->cancelAll();
}

void MonitorTester::finishWithoutSecret(const QString &error)
{
    CheckResult result;
    result.verdict = Verdict::Down;
    result.reason = Reason::Secret;
    result.error = error;
    // From the event loop, as a probe's result comes.
    QMetaObject::invokeMethod(
        this,
        [this, result, run = m_run] {
            if (run == m_run)
                emit finished(result);
        },
        Qt::QueuedConnection);
}
