#include "core/check/ProbeRequest.h"

#include "core/check/BodyDecoder.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>

namespace ProbeRequest {

bool needsLookup(const QUrl &url, const QNetworkAccessManager &network)
{
    const QString host = url.host();
    if (host.isEmpty() || !QHostAddress(host).isNull())
        return false;
    // The proxy QNAM will use for this URL, found as QNAM finds it.
    QNetworkProxy proxy = network.proxy();
    if (proxy.type() == QNetworkProxy::DefaultProxy) {
        const QNetworkProxyQuery query(url, QNetworkProxyQuery::UrlRequest);
        const QList<QNetworkProxy> proxies = network.proxyFactory()
                                                 ? network.proxyFactory()->queryProxy(query)
                                                 : QNetworkProxyFactory::proxyForQuery(query);
        proxy = proxies.value(0, QNetworkProxy(QNetworkProxy::NoProxy));
    }
    return proxy.type() == QNetworkProxy::NoProxy;
}

QNetworkRequest build(const QUrl &url, HttpMethod method, const QList<HttpHeader> &headers,
                      const QHostAddress &address, const std::optional<QSslConfiguration> &tls,
                      int transferTimeoutMs)
{
    const bool https = url.scheme() == u"https";
    QUrl target = url;
    if (!address.isNull())
        target.setHost(address.toString());
    QNetworkRequest request(target);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    // Every check stands alone: no cookies carried over from earlier checks, no HTTP cache.
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setTransferTimeout(transferTimeoutMs);
    for (const HttpHeader &header : headers) {
        // A repeated header name sends all its values, as one comma-separated list.
        request.setRawHeader(header.name, request.hasRawHeader(header.name)
                                              ? request.rawHeader(header.name) + ", " + header.value
                                              : header.value);
    }
    if (!request.hasRawHeader("User-Agent"))
        request.setHeader(QNetworkRequest::UserAgentHeader,
                          QByteArrayLiteral("Upwatch/" UPWATCH_VERSION " (uptime monitor)"));
    if (httpMethodSendsBody(method) && !request.hasRawHeader("Content-Type"))
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/x-www-form-urlencoded"));
    if (tls && https)
        request.setSslConfiguration(*tls);
    // Asked for here, so Qt passes the body on as it came and BodyDecoder decodes it within the
    // body cap; Qt's own decoding would inflate far more than a check reads.
    request.setRawHeader("Accept-Encoding", BodyDecoder::kAcceptEncoding.toByteArray());

    if (!address.isNull()) {
        if (!request.hasRawHeader("Host")) {
            // What Qt itself would send for url: the host in ASCII, the port unless default.
            QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
            const int port = url.port();
            if (port != -1 && port != (https ? 443 : 80))
                host += ':' + QByteArray::number(port);
            request.setRawHeader("Host", host);
        }
        // The certificate is checked against the name, and the name goes out as SNI. Qt keys
        // its connection cache by URL and peerVerifyName, so two names on one address never
        // share a TLS connection (tst_prober_tls checks this).
        if (https)
            request.setPeerVerifyName(url.host());
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    }
    return request;
}

} // namespace ProbeRequest
