#include "core/engine/Engine.h"

// The engine's side of monitors' secrets: a check that needs one waits until the owner hands it
// over (setSecret), or fails without a request when it cannot be read (setSecretFailure).
// Engine.cpp has the rest.

CheckResult Engine::secretFailureResult(const Tracked &tracked) const
{
    CheckResult result;
    result.monitorId = tracked.monitor.id;
    result.startedAt = m_clock->nowUtc();
    result.verdict = Verdict::Down;
    result.reason = Reason::Secret;
    result.error = tracked.secretFailure;
    return result;
}

void Engine::setSecret(qint64 id, const QByteArray &secret)
{
    const auto it = m_monitors.find(id);
    if (it == m_monitors.end() || it->secretState == SecretState::NotNeeded)
        return;
    it->secretState = SecretState::Loaded;
    it->secret = secret;
    it->secretFailure.clear();
    if (std::exchange(it->heldForSecret, false)) {
        m_scheduler.runSoon(id, m_clock->steadyMs());
        armTimer();
    }
}

void Engine::setSecretFailure(qint64 id, const QString &failure)
{
    const auto it = m_monitors.find(id);
    if (it == m_monitors.end() || it->secretState == SecretState::NotNeeded)
        return;
    it->secretState = SecretState::Failed;
    it->secret.clear();
    it->secretFailure = failure;
    if (std::exchange(it->heldForSecret, false)) {
        m_scheduler.runSoon(id, m_clock->steadyMs());
        armTimer();
    }
}

bool Engine::waitsForSecret(qint64 id) const
{
    const auto it = m_monitors.constFind(id);
    return it != m_monitors.cend() && it->secretState == SecretState::Waiting;
}
