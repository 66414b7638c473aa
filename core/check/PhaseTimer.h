#pragma once

#include "core/model/TimingPhases.h"

#include <QElapsedTimer>

class QNetworkReply;
class QObject;

// Splits one check's time into its phases (TimingPhases) from the signals of its replies. Qt 6.4
// tells a QNetworkReply's user when the socket starts connecting (socketStartedConnecting), when
// a TLS handshake is done (encrypted), when the request has been written (requestSent), when the
// response headers are in (metaDataChanged) and when the reply is complete (finished); the rest
// happens inside Qt's HTTP thread. So, for each request of a check (the first and one per
// redirect):
// - resolve: the time the check waits for HostResolver to look the host up; null when the host
//   is an IP address or a proxy looks it up (no lookup by Upwatch).
// - connect (http): socketStartedConnecting -> requestSent: the TCP connect and the writing of
//   the request (Qt signals no point between the two). Null on a reused keep-alive connection,
//   which emits no socketStartedConnecting.
// - tls (https): socketStartedConnecting -> encrypted: the TCP connect and the TLS handshake.
//   QSslSocket starts the handshake by itself the moment TCP is connected and a reply hears of
//   neither moment, so the two cannot be told apart: for https, connect stays null and tls
//   holds the whole connection setup. Null on a reused connection.
// - processing: requestSent -> the response headers (the server's time to first byte).
// - transfer: the response headers -> the end of the body (or the body cap).
// Each phase is summed over the requests where it happened. A check that ends early keeps the
// phases it reached, the one in progress counted up to the end (a timeout while connecting
// shows where the time went). Time between these spans (Qt's queueing, writing a request on a
// reused connection) belongs to no phase, so the phases add up to about the response time.
class PhaseTimer {
public:
    // Starts the clock (the check starts).
    void start();
    // A request starts (the first, or one after a redirect); closes the previous one.
    void beginRequest(bool https);
    void lookupStarted();
    void lookupFinished();
    // Follows the timing signals of reply, the current request's, while context lives.
    void watch(QNetworkReply *reply, QObject *context);
    // The current request's response is complete (or its body reached the cap).
    void responseComplete();
    // The phases so far, the one in progress counted up to now.
    [[nodiscard]] TimingPhases phases() const;

private:
    // Moments in ns since start(); -1: not seen.
    struct Request {
        bool https = false;
        qint64 lookup = -1;
        qint64 connecting = -1;
        qint64 encrypted = -1;
        qint64 sent = -1;
        qint64 headers = -1;
        qint64 end = -1;
    };

    [[nodiscard]] qint64 now() const;
    static void addRequest(TimingPhases &phases, const Request &request, qint64 now);

    QElapsedTimer m_clock;
    TimingPhases m_done; // the phases of the requests closed so far
    Request m_request;
    bool m_open = false;
};
