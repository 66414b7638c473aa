#include "core/check/ProbeAuth.h"

#include "core/base/JsonText.h"
#include "core/model/MonitorValidator.h"

#include <algorithm>
#include <array>

namespace {

bool sameName(const QByteArray &a, const QByteArray &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

// A header value cannot carry line breaks or NUL (they would end or break the header).
bool fitsInHeader(const QByteArray &value)
{
    return !value.contains('\r') && !value.contains('\n') && !value.contains('\0');
}

} // namespace

ProbeAuth::ProbeAuth(const Monitor &monitor, const QByteArray &secret, OAuthTokens *tokens)
    : m_secret(secret)
{
    const MonitorAuth &auth = monitor.auth;
    if (auth.requiresSecret() && secret.isEmpty()) {
        fail(Reason::Secret,
             QStringLiteral("no %1 for %2 authentication: edit the monitor and enter it, or "
                            "import it again with --secrets-stdin")
                 .arg(auth.secretTitle(), authKindTitle(auth.kind)));
        return;
    }
    const bool inHeader = auth.kind == AuthKind::Bearer || auth.kind == AuthKind::Header;
    if (inHeader && !fitsInHeader(secret)) {
        fail(Reason::Secret, QStringLiteral("the %1 for %2 authentication contains a line break "
                                            "or NUL, which cannot be sent in a header")
                                 .arg(auth.secretTitle(), authKindTitle(auth.kind)));
        return;
    }
    switch (auth.kind) {
    case AuthKind::None:
    case AuthKind::ClientCertificate: // the Prober sets the TLS identity
        break;
    case AuthKind::Basic: {
        const QByteArray pair = auth.user.toUtf8() + ':' + secret;
        m_headers.append({"Authorization", "Basic " + pair.toBase64()});
        break;
    }
    case AuthKind::Bearer:
        m_headers.append({"Authorization", "Bearer " + secret});
        break;
    case AuthKind::Header: {
        // The name checked as in "Name: -"; a ':' in it would end it early.
        QString error;
        const std::optional<HttpHeader> parsed =
            MonitorValidator::parseHeader(QString::fromLatin1(auth.headerName) + u": -", &error);
        if (parsed && parsed->name != auth.headerName) {
            error = QStringLiteral("header name '%1' contains characters a header name cannot "
                                   "have")
                        .arg(JsonText::oneLine(QString::fromLatin1(auth.headerName)));
        }
        if (!parsed || !error.isEmpty()) {
            fail(Reason::Unknown,
                 QStringLiteral("the secret header cannot be sent: %1").arg(error));
            return;
        }
        m_secretHeaderName = auth.headerName;
        m_headers.append({auth.headerName, secret});
        break;
    }
    case AuthKind::OAuth2: {
        QString error;
        if (!MonitorValidator::isCheckableUrl(auth.tokenUrl, &error)) {
            fail(Reason::InvalidUrl, QStringLiteral("OAuth2 token URL: %1").arg(error));
            return;
        }
        m_tokens = tokens;
        m_tokenRequest = {auth.tokenUrl, auth.clientId, auth.scope, secret, monitor.timeoutMs};
        if (!m_tokens)
            fail(Reason::Unknown, QStringLiteral("OAuth2 tokens cannot be fetched here"));
        break;
    }
    }
}

void ProbeAuth::applyTo(QUrl *url, QList<HttpHeader> *headers) const
{
    for (const HttpHeader &header : m_headers) {
        headers->removeIf([&header](const HttpHeader &h) { return sameName(h.name, header.name); });
        headers->append(header);
    }
    if (url->userName().isEmpty())
        return;
    const bool authorized = std::any_of(headers->cbegin(), headers->cend(), [](const auto &h) {
        return sameName(h.name, "Authorization");
    });
    if (!authorized && m_tokens == nullptr) {
        const QByteArray pair = url->userName().toUtf8() + ':' + url->password().toUtf8();
        headers->append({"Authorization", "Basic " + pair.toBase64()});
    }
    url->setUserInfo(QString());
}

bool ProbeAuth::isOriginBound(const QByteArray &name) const
{
    static constexpr std::array kNames{"authorization", "proxy-authorization", "cookie", "host"};
    if (!m_secretHeaderName.isEmpty() && sameName(name, m_secretHeaderName))
        return true;
    const QByteArray lower = name.toLower();
    return std::any_of(kNames.cbegin(), kNames.cend(),
                       [&lower](const char *candidate) { return lower == candidate; });
}

void ProbeAuth::fetchToken(
    QObject *context, std::function<void(const std::optional<Failure> &, const HttpHeader &)> done)
{
    m_awaitingToken = true;
    m_tokens->token(m_tokenRequest, context,
                    [this, done = std::move(done)](const OAuthTokens::Answer &answer) {
                        m_awaitingToken = false;
                        if (!answer.ok()) {
                            done(Failure{answer.reason, answer.error}, {});
                            return;
                        }
                        m_token = answer.token;
                        done(std::nullopt, {"Authorization", "Bearer " + answer.token});
                    });
}

QString ProbeAuth::tokenDeadlineText(int timeoutMs) const
{
    return QStringLiteral("no OAuth2 token from %1 within %2 ms")
        .arg(displayUrl(m_tokenRequest.tokenUrl))
        .arg(timeoutMs);
}

void ProbeAuth::unauthorized()
{
    if (m_tokens && !m_token.isEmpty())
        m_tokens->reject(m_tokenRequest, m_token);
}

QString ProbeAuth::redact(QString text) const
{
    // A server may echo what it was sent (an error page listing the request headers, a JSON
    // body quoted by an assertion): the secret in every form it travelled in goes. Most checks
    // (no error, or no secret) have nothing to look for.
    if (text.isEmpty() || (m_secret.isEmpty() && m_token.isEmpty() && m_headers.isEmpty()))
        return text;
    QList<QByteArray> forms{m_secret, m_secret.toBase64(),
                            QUrl::toPercentEncoding(QString::fromUtf8(m_secret)), m_token};
    for (const HttpHeader &header : m_headers) {
        const qsizetype space = header.value.indexOf(' ');
        forms.append(space > 0 ? header.value.mid(space + 1) : header.value);
    }
    for (const QByteArray &form : std::as_const(forms)) {
        // Very short secrets would blank out ordinary words; they are not worth hiding that way.
        if (form.size() >= 4)
            text.replace(QString::fromUtf8(form), QStringLiteral("[secret]"));
    }
    return text;
}
