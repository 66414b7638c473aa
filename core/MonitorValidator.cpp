#include "MonitorValidator.h"

#include <algorithm>
#include <array>

namespace {

// QUrl's error text goes on with "; source was ...": the first clause is the useful part.
QString urlProblem(const QUrl &url)
{
    const QString text = url.errorString();
    return text.left(text.indexOf(u';')).trimmed();
}

// RFC 3986: a letter, then letters, digits, '+', '-' or '.'.
bool isSchemeName(QStringView name)
{
    const auto isAsciiLetter = [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
    };
    if (name.isEmpty() || !isAsciiLetter(name.front()))
        return false;
    return std::all_of(name.begin(), name.end(), [&isAsciiLetter](QChar c) {
        return isAsciiLetter(c) || c.isDigit() || c == u'+' || c == u'-' || c == u'.';
    });
}

// "8080", "8080/health": what follows "host:" when a URL was typed without a scheme.
bool startsWithPort(QStringView rest)
{
    qsizetype digits = 0;
    while (digits < rest.size() && rest.at(digits).isDigit())
        ++digits;
    return digits > 0 && (digits == rest.size() || rest.at(digits) == u'/' ||
                          rest.at(digits) == u'?' || rest.at(digits) == u'#');
}

void setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
}

// RFC 9110 token characters.
bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

// Set by the HTTP stack itself. Accept-Encoding among them: Qt decompresses a body only when it
// asked for the encoding itself, and a keyword must be searched in the decompressed text.
constexpr std::array kManagedHeaders{
    "content-length", "transfer-encoding", "connection", "upgrade", "te", "accept-encoding"};

constexpr int kMaxTimeoutMs = 24 * 60 * 60 * 1000;
constexpr int kMaxRedirectsLimit = 100;

} // namespace

namespace MonitorValidator {

bool isCheckableUrl(const QUrl &url, QString *error)
{
    const QString shown = displayUrl(url);
    if (!url.isValid()) {
        setError(error, QStringLiteral("malformed URL: %1").arg(urlProblem(url)));
        return false;
    }
    const QString scheme = url.scheme();
    if (scheme.isEmpty()) {
        setError(
            error,
            QStringLiteral("URL '%1' has no scheme: start it with http:// or https://").arg(shown));
        return false;
    }
    if (scheme != u"http" && scheme != u"https") {
        setError(error, QStringLiteral("unsupported scheme '%1' in '%2': only http and https "
                                       "URLs can be checked")
                            .arg(scheme, shown));
        return false;
    }
    if (url.host().isEmpty()) {
        setError(error, QStringLiteral("URL '%1' has no host").arg(shown));
        return false;
    }
    return true;
}

std::optional<QUrl> parseUrl(const QString &text, QString *error)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        setError(error, QStringLiteral("the URL is empty"));
        return std::nullopt;
    }
    const QString shown = hidePassword(trimmed);
    const qsizetype colon = trimmed.indexOf(u':');
    const QString scheme = trimmed.left(std::max<qsizetype>(colon, 0)).toLower();
    const QStringView rest = QStringView(trimmed).mid(colon + 1);
    // "example.com" has no scheme, and neither has "localhost:8080": its "scheme" is a port away.
    if (colon <= 0 || !isSchemeName(scheme) || startsWithPort(rest)) {
        setError(
            error,
            QStringLiteral("URL '%1' has no scheme: start it with http:// or https://").arg(shown));
        return std::nullopt;
    }
    // The scheme first: "ftp://..." is unsupported however the rest of it looks.
    if (scheme != u"http" && scheme != u"https") {
        setError(error, QStringLiteral("unsupported scheme '%1' in '%2': only http and https "
                                       "URLs can be checked")
                            .arg(scheme, shown));
        return std::nullopt;
    }
    if (!rest.startsWith(u"//")) {
        setError(error, QStringLiteral("malformed URL '%1': '%2:' must be followed by '//'")
                            .arg(shown, scheme));
        return std::nullopt;
    }
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid()) {
        setError(error, QStringLiteral("malformed URL '%1': %2").arg(shown, urlProblem(url)));
        return std::nullopt;
    }
    if (!isCheckableUrl(url, error))
        return std::nullopt;
    return url;
}

std::optional<HttpHeader> parseHeader(const QString &text, QString *error)
{
    const qsizetype colon = text.indexOf(u':');
    if (colon < 0) {
        setError(error, QStringLiteral("header '%1' is not in the form 'Name: value'").arg(text));
        return std::nullopt;
    }
    const QByteArray name = text.left(colon).trimmed().toUtf8();
    const QByteArray value = text.mid(colon + 1).trimmed().toUtf8();
    if (name.isEmpty()) {
        setError(error, QStringLiteral("header '%1' has no name").arg(text));
        return std::nullopt;
    }
    if (!std::all_of(name.cbegin(), name.cend(), isTokenChar)) {
        setError(error, QStringLiteral("header name '%1' contains characters a header name "
                                       "cannot have")
                            .arg(QString::fromUtf8(name)));
        return std::nullopt;
    }
    if (value.contains('\r') || value.contains('\n') || value.contains('\0')) {
        setError(error, QStringLiteral("value of header '%1' contains a line break")
                            .arg(QString::fromUtf8(name)));
        return std::nullopt;
    }
    const QByteArray lower = name.toLower();
    for (const char *managed : kManagedHeaders) {
        if (lower == managed) {
            setError(error, QStringLiteral("header '%1' is set by the HTTP client itself and "
                                           "cannot be given")
                                .arg(QString::fromUtf8(name)));
            return std::nullopt;
        }
    }
    return HttpHeader{name, value};
}

QStringList problems(const Monitor &monitor)
{
    QStringList found;
    QString error;
    if (!isCheckableUrl(monitor.url, &error))
        found.append(error);
    for (const HttpHeader &header : monitor.headers) {
        const QString text =
            QString::fromUtf8(header.name) + u": " + QString::fromUtf8(header.value);
        if (!parseHeader(text, &error))
            found.append(error);
    }
    if (monitor.intervalSeconds < 1)
        found.append(QStringLiteral("the interval must be at least 1 second"));
    if (monitor.timeoutMs < 1 || monitor.timeoutMs > kMaxTimeoutMs)
        found.append(QStringLiteral("the timeout must be between 1 ms and 24 hours"));
    if (monitor.maxRedirects < 0 || monitor.maxRedirects > kMaxRedirectsLimit)
        found.append(
            QStringLiteral("the redirect limit must be between 0 and %1").arg(kMaxRedirectsLimit));
    if (monitor.degradedAboveMs < 0)
        found.append(QStringLiteral("the degraded threshold cannot be negative"));
    if (monitor.maxBodyBytes < 1)
        found.append(QStringLiteral("the body read limit must be at least 1 byte"));
    if (monitor.retries < 0)
        found.append(QStringLiteral("retries cannot be negative"));
    if (monitor.recovery < 1)
        found.append(QStringLiteral("recovery needs at least 1 successful check"));
    if (!monitor.body.isEmpty() && monitor.method != HttpMethod::Post)
        found.append(QStringLiteral("a request body needs the POST method"));
    if (!monitor.keyword.isEmpty() && monitor.method == HttpMethod::Head)
        found.append(QStringLiteral("a keyword needs a response body: use GET or POST, not HEAD"));
    if (monitor.invertKeyword && monitor.keyword.isEmpty())
        found.append(QStringLiteral("inverting the keyword needs a keyword"));
    return found;
}

} // namespace MonitorValidator
