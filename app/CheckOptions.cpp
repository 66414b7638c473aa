#include "app/CheckOptions.h"

#include "core/base/JsonText.h"
#include "core/model/MonitorValidator.h"

namespace {

constexpr QLatin1StringView kMethod("method");
constexpr QLatin1StringView kHeader("header");
constexpr QLatin1StringView kData("data");
constexpr QLatin1StringView kExpectStatus("expect-status");
constexpr QLatin1StringView kKeyword("keyword");
constexpr QLatin1StringView kInvertKeyword("invert-keyword");
constexpr QLatin1StringView kTimeout("timeout");
constexpr QLatin1StringView kMaxRedirects("max-redirects");
constexpr QLatin1StringView kIgnoreTlsErrors("ignore-tls-errors");
constexpr QLatin1StringView kDegradedMs("degraded-ms");
constexpr QLatin1StringView kJsonAssert("json-assert");
constexpr QLatin1StringView kKeywordRegex("keyword-regex");

} // namespace

namespace CheckOptions {

std::optional<int> wholeNumber(const QCommandLineParser &parser, const QString &name, int minimum,
                               int maximum, const QString &unit, QString *error)
{
    const QString text = parser.value(name);
    bool ok = false;
    const qlonglong value = text.trimmed().toLongLong(&ok);
    if (!ok || value < minimum) {
        *error = QStringLiteral("--%1 needs a whole number of %2 (at least %3), not '%4'")
                     .arg(name, unit)
                     .arg(minimum)
                     .arg(text);
        return std::nullopt;
    }
    if (value > maximum) {
        *error = QStringLiteral("--%1 must be between %2 and %3, not %4")
                     .arg(name)
                     .arg(minimum)
                     .arg(maximum)
                     .arg(value);
        return std::nullopt;
    }
    return int(value);
}

void addTo(QCommandLineParser &parser)
{
    parser.addOptions({
        {kMethod,
         QStringLiteral("HTTP method: %1 (default GET; POST with --data).").arg(httpMethodNames()),
         QStringLiteral("method")},
        {kHeader, QStringLiteral("Request header \"Name: value\"; repeat for more."),
         QStringLiteral("header")},
        {kData, QStringLiteral("Request body to POST."), QStringLiteral("body")},
        {kExpectStatus,
         QStringLiteral("Accepted HTTP statuses: codes and ranges (default 200-299)."),
         QStringLiteral("list")},
        {kKeyword, QStringLiteral("Text the response body must contain."), QStringLiteral("text")},
        {kInvertKeyword, QStringLiteral("Fail when the body contains the keyword instead.")},
        {kTimeout, QStringLiteral("Deadline for the whole check in ms (default 10000)."),
         QStringLiteral("ms")},
        {kMaxRedirects, QStringLiteral("Redirects to follow; 0 judges the redirect (default 10)."),
         QStringLiteral("n")},
        {kIgnoreTlsErrors,
         QStringLiteral("Accept expired, self-signed or mismatched certificates.")},
        {kDegradedMs, QStringLiteral("Report DEGRADED when slower than this many ms."),
         QStringLiteral("ms")},
        {kJsonAssert,
         QStringLiteral("JSON assertion 'POINTER OP VALUE' the body must hold, e.g. "
                        "'/status == \"ok\"'; repeat for more."),
         QStringLiteral("expression")},
        {kKeywordRegex, QStringLiteral("The keyword is a regular expression.")},
    });
}

std::optional<Monitor> apply(const QCommandLineParser &parser, Monitor base, QString *error)
{
    Monitor monitor = std::move(base);
    if (parser.isSet(kData)) {
        monitor.body = parser.value(kData).toUtf8();
        monitor.method = HttpMethod::Post;
    }
    if (parser.isSet(kMethod)) {
        const auto method = httpMethodFromName(parser.value(kMethod));
        if (!method) {
            *error = QStringLiteral("unsupported method '%1': use %2")
                         .arg(JsonText::oneLine(parser.value(kMethod)), httpMethodNames());
            return std::nullopt;
        }
        monitor.method = *method;
    }
    for (const QString &text : parser.values(kHeader)) {
        const auto header = MonitorValidator::parseHeader(text, error);
        if (!header)
            return std::nullopt;
        monitor.headers.append(*header);
    }
    if (parser.isSet(kExpectStatus)) {
        QString why;
        const auto statuses = StatusRanges::parse(parser.value(kExpectStatus), &why);
        if (!statuses) {
            *error = QStringLiteral("bad --expect-status: %1").arg(why);
            return std::nullopt;
        }
        monitor.expectedStatuses = *statuses;
    }
    if (parser.isSet(kKeyword))
        monitor.keyword = parser.value(kKeyword);
    if (parser.isSet(kKeyword) && monitor.keyword.isEmpty()) {
        *error = QStringLiteral("--keyword needs some text");
        return std::nullopt;
    }
    monitor.invertKeyword = monitor.invertKeyword || parser.isSet(kInvertKeyword);
    monitor.keywordIsRegex = monitor.keywordIsRegex || parser.isSet(kKeywordRegex);
    for (const QString &text : parser.values(kJsonAssert)) {
        QString why;
        const auto assertion = JsonAssertion::parse(text, &why);
        if (!assertion) {
            *error = QStringLiteral("bad --json-assert '%1': %2").arg(JsonText::oneLine(text), why);
            return std::nullopt;
        }
        monitor.jsonAssertions.append(*assertion);
    }
    monitor.ignoreTlsErrors = monitor.ignoreTlsErrors || parser.isSet(kIgnoreTlsErrors);
    const struct {
        QLatin1StringView name;
        int minimum;
        int maximum;
        const char16_t *unit;
        int &target;
    } numbers[] = {
        {kTimeout, 1, MonitorValidator::kMaxTimeoutMs, u"milliseconds", monitor.timeoutMs},
        {kMaxRedirects, 0, MonitorValidator::kMaxRedirects, u"redirects", monitor.maxRedirects},
        {kDegradedMs, 1, MonitorValidator::kMaxTimeoutMs, u"milliseconds", monitor.degradedAboveMs},
    };
    for (const auto &number : numbers) {
        if (!parser.isSet(number.name))
            continue;
        const auto value = wholeNumber(parser, QString(number.name), number.minimum, number.maximum,
                                       QString::fromUtf16(number.unit), error);
        if (!value)
            return std::nullopt;
        number.target = *value;
    }
    const QStringList problems = MonitorValidator::problems(monitor);
    if (!problems.isEmpty()) {
        *error = problems.constFirst();
        return std::nullopt;
    }
    return monitor;
}

} // namespace CheckOptions
