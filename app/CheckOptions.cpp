#include "app/CheckOptions.h"

#include "core/base/JsonText.h"
#include "core/model/MonitorValidator.h"

#include <QCoreApplication>

namespace {

// The translation context of this file's messages.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(CheckOptions)
};

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
        *error = Text::tr("--%1 needs a whole number of %2 (at least %3), not '%4'")
                     .arg(name, unit)
                     .arg(minimum)
                     .arg(text);
        return std::nullopt;
    }
    if (value > maximum) {
        *error = Text::tr("--%1 must be between %2 and %3, not %4")
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
         Text::tr("HTTP method: %1 (default GET; POST with --data).").arg(httpMethodNames()),
         QStringLiteral("method")},
        {kHeader, Text::tr("Request header \"Name: value\"; repeat for more."),
         QStringLiteral("header")},
        {kData, Text::tr("Request body to POST."), QStringLiteral("body")},
        {kExpectStatus, Text::tr("Accepted HTTP statuses: codes and ranges (default 200-299)."),
         QStringLiteral("list")},
        {kKeyword, Text::tr("Text the response body must contain."), QStringLiteral("text")},
        {kInvertKeyword, Text::tr("Fail when the body contains the keyword instead.")},
        {kTimeout, Text::tr("Deadline for the whole check in ms (default 10000)."),
         QStringLiteral("ms")},
        {kMaxRedirects, Text::tr("Redirects to follow; 0 judges the redirect (default 10)."),
         QStringLiteral("n")},
        {kIgnoreTlsErrors, Text::tr("Accept expired, self-signed or mismatched certificates.")},
        {kDegradedMs, Text::tr("Report DEGRADED when slower than this many ms."),
         QStringLiteral("ms")},
        {kJsonAssert,
         Text::tr("JSON assertion 'POINTER OP VALUE' the body must hold, e.g. "
                  "'/status == \"ok\"'; repeat for more."),
         QStringLiteral("expression")},
        {kKeywordRegex, Text::tr("The keyword is a regular expression.")},
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
            *error = Text::tr("unsupported method '%1': use %2")
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
            *error = Text::tr("bad --expect-status: %1").arg(why);
            return std::nullopt;
        }
        monitor.expectedStatuses = *statuses;
    }
    if (parser.isSet(kKeyword))
        monitor.keyword = parser.value(kKeyword);
    if (parser.isSet(kKeyword) && monitor.keyword.isEmpty()) {
        *error = Text::tr("--keyword needs some text");
        return std::nullopt;
    }
    monitor.invertKeyword = monitor.invertKeyword || parser.isSet(kInvertKeyword);
    monitor.keywordIsRegex = monitor.keywordIsRegex || parser.isSet(kKeywordRegex);
    for (const QString &text : parser.values(kJsonAssert)) {
        QString why;
        const auto assertion = JsonAssertion::parse(text, &why);
        if (!assertion) {
            *error = Text::tr("bad --json-assert '%1': %2").arg(JsonText::oneLine(text), why);
            return std::nullopt;
        }
        monitor.jsonAssertions.append(*assertion);
    }
    monitor.ignoreTlsErrors = monitor.ignoreTlsErrors || parser.isSet(kIgnoreTlsErrors);
    const struct {
        QLatin1StringView name;
        int minimum;
        int maximum;
        const char *unit; // translated when shown
        int &target;
    } numbers[] = {
        {kTimeout, 1, MonitorValidator::kMaxTimeoutMs,
         QT_TRANSLATE_NOOP("CheckOptions", "milliseconds"), monitor.timeoutMs},
        {kMaxRedirects, 0, MonitorValidator::kMaxRedirects,
         QT_TRANSLATE_NOOP("CheckOptions", "redirects"), monitor.maxRedirects},
        {kDegradedMs, 1, MonitorValidator::kMaxTimeoutMs,
         QT_TRANSLATE_NOOP("CheckOptions", "milliseconds"), monitor.degradedAboveMs},
    };
    for (const auto &number : numbers) {
        if (!parser.isSet(number.name))
            continue;
        const auto value = wholeNumber(parser, QString(number.name), number.minimum, number.maximum,
                                       Text::tr(number.unit), error);
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
