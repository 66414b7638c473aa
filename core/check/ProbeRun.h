#pragma once

#include "core/check/BodyDecoder.h"
#include "core/check/KeywordScanner.h"
#include "core/check/ProbeAuth.h"
#include "core/model/CheckResult.h"
#include "core/model/Monitor.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>
#include <QUrl>

#include <optional>

class HostResolver;
class QHostAddress;
class QNetworkAccessManager;
class QNetworkReply;
struct HostLookup;

// One check of one monitor: the request, the redirects it follows, the body it reads (up to the
// monitor's cap) and the verdict. Lives in the thread of the QNetworkAccessManager it is given
// and never blocks it. Emits finished() exactly once, unless cancel() is called first.
class ProbeRun final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProbeRun)

public:
    // resolver looks up the hosts of the URLs (nullptr: Qt does, without a deadline).
    ProbeRun(const Monitor &monitor, QNetworkAccessManager *network, HostResolver *resolver,
             std::optional<QSslConfiguration> tls, QObject *parent = nullptr);
    ~ProbeRun() override;

    // How the check authenticates (default: only with credentials in the URL); before start().
    void setAuth(ProbeAuth auth) { m_auth = std::move(auth); }
    // startedAt is the wall-clock time recorded in the result.
    void start(const QDateTime &startedAt);
    // Stops the check without a result.
    void cancel();

    [[nodiscard]] qint64 monitorId() const { return m_monitor.id; }

signals:
    void finished(const CheckResult &result);

private:
    struct Hop {
        QUrl url;
        HttpMethod method = HttpMethod::Get;
        QByteArray body;
        QList<HttpHeader> headers;
    };

    // Sends the current hop: looks its host up first when it is a name.
    void send();
    void onResolved(const HostLookup &answer);
    // Sends the request, to address when it is not null (the hop's host was looked up).
    void sendTo(const QHostAddress &address);
    void onMetaDataChanged();
    void onReadyRead();
    void onReplyFinished();
    void onSslErrors(const QList<QSslError> &errors);
    void onDeadline();
    // The current response is complete (or its body reached the cap): judge or follow it.
    void completeHop(bool bodyCapped);
    [[nodiscard]] QString transportErrorText(Reason reason, int status) const;
    void followRedirect(int status);
    void judgeFinalResponse(int status, bool bodyCapped);
    void noteCertificate(const QSslCertificate &certificate);
    void finish(Verdict verdict, Reason reason, const QString &error);
    void dropLookup();
    void dropReply();

    Monitor m_monitor;
    ProbeAuth m_auth;
    QPointer<QNetworkAccessManager> m_network;
    QPointer<HostResolver> m_resolver;
    quint64 m_lookupTicket = 0;             // the lookup this check waits for; 0: none
    std::optional<QSslConfiguration> m_tls; // for https requests; nullopt: Qt's default
    QPointer<QNetworkReply> m_reply;
    QTimer m_deadline;
    QElapsedTimer m_elapsed;
    CheckResult m_result;
    Hop m_hop;
    QList<QHostAddress> m_otherAddresses;         // the hop's host's addresses not tried yet
    QList<std::pair<HttpMethod, QUrl>> m_visited; // requests made so far, to spot a loop
    KeywordScanner m_keyword;
    BodyDecoder m_decoder;
    qint64 m_wireBodyBytes = 0; // body bytes as they came over the wire (before decoding)
    bool m_undecodable = false;
    QList<QSslError> m_sslErrors;
    bool m_done = false;
};
