#include "core/model/MonitorValidator.h"

#include "core/base/JsonText.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <array>

namespace {

// The translation context of this file's messages.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(MonitorValidator)
};

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

// The first control character of `text` (NUL, line breaks, tab, DEL ...), escaped for a
// message ("\\n", "\\u0000"); empty when there is none. `allowTab` lets tabs through.
QString firstControl(QStringView text, bool allowTab = false)
{
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control && !(allowTab && c == u'\t'))
            return JsonText::oneLine(QString(c));
    }
    return {};
}

// Quoted user text for a message: control characters escaped, long text cut.
QString quoted(const QString &text)
{
    constexpr qsizetype kShown = 60;
    const QString shown = text.size() <= kShown ? text : text.left(kShown) + u"...";
    return u'\'' + JsonText::oneLine(shown) + u'\'';
}

} // namespace

namespace MonitorValidator {

bool isCheckableUrl(const QUrl &url, QString *error)
{
    const QString shown = displayUrl(url);
    if (!url.isValid()) {
        setError(error, Text::tr("malformed URL: %1").arg(urlProblem(url)));
        return false;
    }
    const QString scheme = url.scheme();
    if (scheme.isEmpty()) {
        setError(error,
                 Text::tr("URL '%1' has no scheme: start it with http:// or https://").arg(shown));
        return false;
    }
    if (scheme != u"http" && scheme != u"https") {
        setError(error, Text::tr("unsupported scheme '%1' in '%2': only http and https "
                                 "URLs can be checked")
                            .arg(scheme, shown));
        return false;
    }
    if (url.host().isEmpty()) {
        setError(error, Text::tr("URL '%1' has no host").arg(shown));
        return false;
    }
    return true;
}

namespace {

// One measure of a URL's length wherever it is checked: its fully encoded form, as the store
// keeps it (an "ü" counts 6 bytes, %C3%BC).
QString urlLengthProblem(const QUrl &url)
{
    const qsizetype length = url.toEncoded().size();
    if (length <= kMaxUrlLength)
        return {};
    return Text::tr("the URL is %1 bytes long when encoded; the limit is %2")
        .arg(length)
        .arg(kMaxUrlLength);
}

} // namespace

std::optional<QUrl> parseUrl(const QString &text, QString *error)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        setError(error, Text::tr("the URL is empty"));
        return std::nullopt;
    }
    if (trimmed.size() > kMaxUrlLength) { // longer still once encoded: no need to parse it
        setError(error, Text::tr("the URL is %1 characters long; the limit is %2 bytes")
                            .arg(trimmed.size())
                            .arg(kMaxUrlLength));
        return std::nullopt;
    }
    const QString shown = JsonText::oneLine(hidePassword(trimmed));
    const qsizetype colon = trimmed.indexOf(u':');
    const QString scheme = trimmed.left(std::max<qsizetype>(colon, 0)).toLower();
    const QStringView rest = QStringView(trimmed).mid(colon + 1);
    // "example.com" has no scheme, and neither has "localhost:8080": its "scheme" is a port away.
    if (colon <= 0 || !isSchemeName(scheme) || startsWithPort(rest)) {
        setError(error,
                 Text::tr("URL '%1' has no scheme: start it with http:// or https://").arg(shown));
        return std::nullopt;
    }
    // The scheme first: "ftp://..." is unsupported however the rest of it looks.
    if (scheme != u"http" && scheme != u"https") {
        setError(error, Text::tr("unsupported scheme '%1' in '%2': only http and https "
                                 "URLs can be checked")
                            .arg(scheme, shown));
        return std::nullopt;
    }
    if (!rest.startsWith(u"//")) {
        setError(error,
                 Text::tr("malformed URL '%1': '%2:' must be followed by '//'").arg(shown, scheme));
        return std::nullopt;
    }
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid()) {
        setError(error, Text::tr("malformed URL '%1': %2").arg(shown, urlProblem(url)));
        return std::nullopt;
    }
    if (!isCheckableUrl(url, error))
        return std::nullopt;
    if (const QString problem = urlLengthProblem(url); !problem.isEmpty()) {
        setError(error, problem);
        return std::nullopt;
    }
    // The URL as the store keeps it: its fully encoded form read back. A raw '#' inside the
    // fragment ("#a#b") is written as %23, and would otherwise come back as another URL.
    const QUrl stored(url.toString(QUrl::FullyEncoded), QUrl::StrictMode);
    return stored.isValid() ? stored : url;
}

std::optional<HttpHeader> parseHeader(const QString &text, QString *error)
{
    const qsizetype bytes = text.toUtf8().size();
    if (bytes > kMaxHeaderBytes) {
        // One arg() call: a "%2" in the user's text must stay text.
        setError(error,
                 Text::tr("header %1 is %2 bytes long; the limit is %3")
                     .arg(quoted(text), QString::number(bytes), QString::number(kMaxHeaderBytes)));
        return std::nullopt;
    }
    const qsizetype colon = text.indexOf(u':');
    if (colon < 0) {
        setError(error, Text::tr("header %1 is not in the form 'Name: value'").arg(quoted(text)));
        return std::nullopt;
    }
    const QByteArray name = text.left(colon).trimmed().toUtf8();
    const QByteArray value = text.mid(colon + 1).trimmed().toUtf8();
    if (name.isEmpty()) {
        setError(error, Text::tr("header %1 has no name").arg(quoted(text)));
        return std::nullopt;
    }
    if (!std::all_of(name.cbegin(), name.cend(), isTokenChar)) {
        setError(error, Text::tr("header name %1 contains characters a header name "
                                 "cannot have")
                            .arg(quoted(QString::fromUtf8(name))));
        return std::nullopt;
    }
    if (value.contains('\r') || value.contains('\n')) {
        setError(
            error,
            Text::tr("value of header '%1' contains a line break").arg(QString::fromUtf8(name)));
        return std::nullopt;
    }
    if (const QString control = firstControl(QString::fromUtf8(value), true); !control.isEmpty()) {
        setError(error, Text::tr("value of header '%1' contains the control character %2")
                            .arg(QString::fromUtf8(name), control));
        return std::nullopt;
    }
    const QByteArray lower = name.toLower();
    for (const char *managed : kManagedHeaders) {
        if (lower == managed) {
            setError(error, Text::tr("header '%1' is set by the HTTP client itself and "
                                     "cannot be given")
                                .arg(QString::fromUtf8(name)));
            return std::nullopt;
        }
    }
    return HttpHeader{name, value};
}

QString nameProblem(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Text::tr("the name is empty");
    if (const QString control = firstControl(trimmed); !control.isEmpty())
        return Text::tr("the name contains the control character %1: a name is one line "
                        "of text")
            .arg(control);
    if (trimmed.size() > kMaxNameLength)
        return Text::tr("the name is %1 characters long; the limit is %2")
            .arg(trimmed.size())
            .arg(kMaxNameLength);
    return {};
}

QString keywordProblem(const QString &keyword)
{
    const qsizetype bytes = keyword.toUtf8().size();
    if (bytes > kMaxKeywordBytes)
        return Text::tr("the keyword is %1 bytes long; the limit is %2")
            .arg(bytes)
            .arg(kMaxKeywordBytes);
    if (const QString control = firstControl(keyword, true); !control.isEmpty())
        return Text::tr("the keyword contains the control character %1: a keyword is one "
                        "line of text")
            .arg(control);
    return {};
}

QString keywordRegexProblem(const QString &keyword)
{
    const QRegularExpression regex(keyword);
    if (regex.isValid())
        return {};
    return Text::tr("the keyword is not a valid regular expression: %1 at character %2")
        .arg(regex.errorString())
        .arg(regex.patternErrorOffset() + 1);
}

QString tagProblem(const QString &tag)
{
    if (tag.trimmed().isEmpty())
        return Text::tr("a tag is empty");
    if (const QString control = firstControl(tag); !control.isEmpty())
        return Text::tr("tag %1 contains the control character %2").arg(quoted(tag), control);
    if (tag.size() > kMaxTagLength)
        return Text::tr("tag %1 is %2 characters long; the limit is %3")
            .arg(quoted(tag), QString::number(tag.size()), QString::number(kMaxTagLength));
    return {};
}

QStringList problems(const Monitor &monitor)
{
    QStringList found;
    QString error;
    if (!monitor.name.isEmpty()) {
        if (const QString problem = nameProblem(monitor.name); !problem.isEmpty())
            found.append(problem);
    }
    if (const QString problem = urlLengthProblem(monitor.url); !problem.isEmpty())
        found.append(problem);
    else if (!isCheckableUrl(monitor.url, &error))
        found.append(error);
    if (monitor.headers.size() > kMaxHeaders)
        found.append(Text::tr("there are %1 request headers; the limit is %2")
                         .arg(monitor.headers.size())
                         .arg(kMaxHeaders));
    for (const HttpHeader &header : monitor.headers) {
        const QString text =
            QString::fromUtf8(header.name) + u": " + JsonText::utf8Text(header.value);
        if (!parseHeader(text, &error))
            found.append(error);
    }
    if (monitor.body.size() > kMaxBodyBytes)
        found.append(Text::tr("the request body is %1 bytes long; the limit is %2")
                         .arg(monitor.body.size())
                         .arg(kMaxBodyBytes));
    if (const QString problem = keywordProblem(monitor.keyword); !problem.isEmpty())
        found.append(problem);
    if (const QString problem = monitor.auth.problem(); !problem.isEmpty())
        found.append(problem);
    if (monitor.tags.size() > kMaxTags)
        found.append(
            Text::tr("there are %1 tags; the limit is %2").arg(monitor.tags.size()).arg(kMaxTags));
    for (const QString &tag : monitor.tags) {
        if (const QString problem = tagProblem(tag); !problem.isEmpty()) {
            found.append(problem);
            break;
        }
    }
    if (monitor.intervalSeconds < 1 || monitor.intervalSeconds > kMaxIntervalSeconds)
        found.append(Text::tr("the interval must be between 1 second and 30 days"));
    if (monitor.timeoutMs < 1 || monitor.timeoutMs > kMaxTimeoutMs)
        found.append(Text::tr("the timeout must be between 1 ms and 24 hours"));
    if (monitor.maxRedirects < 0 || monitor.maxRedirects > kMaxRedirects)
        found.append(Text::tr("the redirect limit must be between 0 and %1").arg(kMaxRedirects));
    if (monitor.degradedAboveMs < 0)
        found.append(Text::tr("the degraded threshold cannot be negative"));
    else if (monitor.degradedAboveMs > kMaxTimeoutMs)
        found.append(Text::tr("the degraded threshold must be at most 24 hours"));
    if (monitor.maxBodyBytes < 1)
        found.append(Text::tr("the body read limit must be at least 1 byte"));
    if (monitor.retries < 0)
        found.append(Text::tr("retries cannot be negative"));
    else if (monitor.retries > kMaxRetries)
        found.append(Text::tr("retries must be at most %1").arg(kMaxRetries));
    if (monitor.recovery < 1)
        found.append(Text::tr("recovery needs at least 1 successful check"));
    else if (monitor.recovery > kMaxRetries)
        found.append(Text::tr("recovery must be at most %1 checks").arg(kMaxRetries));
    if (monitor.locations < 1 || monitor.locations > Monitor::kMaxLocations)
        found.append(Text::tr("the number of locations must be between 1 and %1")
                         .arg(Monitor::kMaxLocations));
    else if (monitor.quorum < 1 || monitor.quorum > monitor.locations)
        found.append(Text::tr("the quorum must be between 1 and the number of locations (%1)")
                         .arg(monitor.locations));
    if (!monitor.body.isEmpty() && !httpMethodSendsBody(monitor.method))
        found.append(
            Text::tr("a request body needs the %1 method, not %2")
                .arg(httpMethodsWithBody(), QString::fromLatin1(httpMethodName(monitor.method))));
    if (!monitor.keyword.isEmpty() && monitor.method == HttpMethod::Head)
        found.append(Text::tr("a keyword needs a response body: use another method than "
                              "HEAD"));
    if (monitor.invertKeyword && monitor.keyword.isEmpty())
        found.append(Text::tr("inverting the keyword needs a keyword"));
    if (monitor.keywordIsRegex) {
        if (const QString problem = keywordRegexProblem(monitor.keyword); !problem.isEmpty())
            found.append(problem);
    }
    if (monitor.jsonAssertions.size() > JsonAssertion::kMaxPerMonitor)
        found.append(Text::tr("there are %1 JSON assertions; the limit is %2")
                         .arg(monitor.jsonAssertions.size())
                         .arg(JsonAssertion::kMaxPerMonitor));
    for (const JsonAssertion &assertion : monitor.jsonAssertions) {
        if (const QString problem = assertion.problem(); !problem.isEmpty()) {
            found.append(Text::tr("JSON assertion %1: %2").arg(quoted(assertion.text()), problem));
            break;
        }
    }
    if (!monitor.jsonAssertions.isEmpty() && monitor.method == HttpMethod::Head)
        found.append(Text::tr("a JSON assertion needs a response body: use another method "
                              "than HEAD"));
    return found;
}

} // namespace MonitorValidator
