#include "core/check/PhaseTimer.h"

#include <QNetworkReply>

#include <algorithm>
#include <cmath>
#include <initializer_list>

namespace {

int msBetween(qint64 fromNs, qint64 toNs)
{
    return int(std::llround(double(std::max<qint64>(toNs - fromNs, 0)) / 1e6));
}

// The first of the moments that was seen, else fallback.
qint64 firstSeen(std::initializer_list<qint64> moments, qint64 fallback)
{
    for (const qint64 moment : moments) {
        if (moment >= 0)
            return moment;
    }
    return fallback;
}

} // namespace

void PhaseTimer::start()
{
    m_clock.start();
    m_done = {};
    m_request = {};
    m_open = false;
}

qint64 PhaseTimer::now() const
{
    return m_clock.isValid() ? m_clock.nsecsElapsed() : 0;
}

void PhaseTimer::beginRequest(bool https)
{
    if (m_open)
        addRequest(m_done, m_request, now());
    m_request = {};
    m_request.https = https;
    m_open = true;
}

void PhaseTimer::lookupStarted()
{
    m_request.lookup = now();
}

void PhaseTimer::lookupFinished()
{
    if (m_request.lookup < 0)
        return;
    m_done.add(Phase::Resolve, msBetween(m_request.lookup, now()));
    m_request.lookup = -1;
}

void PhaseTimer::watch(QNetworkReply *reply, QObject *context)
{
    // A name with several addresses may take several replies for one request: the connect
    // phase runs from the first attempt.
    QObject::connect(reply, &QNetworkReply::socketStartedConnecting, context, [this] {
        if (m_request.connecting < 0 && m_request.headers < 0)
            m_request.connecting = now();
    });
    QObject::connect(reply, &QNetworkReply::encrypted, context, [this] {
        if (m_request.connecting >= 0 && m_request.encrypted < 0)
            m_request.encrypted = now();
    });
    // Sent again after a 401 or a lost keep-alive connection: the last one before the answer.
    QObject::connect(reply, &QNetworkReply::requestSent, context, [this] {
        if (m_request.headers < 0)
            m_request.sent = now();
    });
    QObject::connect(reply, &QNetworkReply::metaDataChanged, context, [this] {
        if (m_request.headers < 0)
            m_request.headers = now();
    });
}

void PhaseTimer::responseComplete()
{
    if (m_request.end < 0)
        m_request.end = now();
}

TimingPhases PhaseTimer::phases() const
{
    TimingPhases phases = m_done;
    const qint64 at = now();
    if (m_request.lookup >= 0)
        phases.add(Phase::Resolve, msBetween(m_request.lookup, at));
    if (m_open)
        addRequest(phases, m_request, at);
    return phases;
}

void PhaseTimer::addRequest(TimingPhases &phases, const Request &request, qint64 now)
{
    const qint64 end = request.end >= 0 ? request.end : now;
    if (request.connecting >= 0) {
        const qint64 ready =
            request.https ? firstSeen({request.encrypted, request.sent, request.headers}, end)
                          : firstSeen({request.sent, request.headers}, end);
        phases.add(request.https ? Phase::Tls : Phase::Connect,
                   msBetween(request.connecting, ready));
    }
    if (request.sent >= 0)
        phases.add(Phase::Processing, msBetween(request.sent, firstSeen({request.headers}, end)));
    if (request.headers >= 0)
        phases.add(Phase::Transfer, msBetween(request.headers, end));
}
