#include "core/io/MonitorFile.h"

#include "core/base/JsonText.h"
#include "core/model/MonitorValidator.h"

#include <QHash>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>

#include <algorithm>
#include <array>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr QLatin1StringView kFormatName = "upwatch-monitors"_L1;

constexpr QLatin1StringView kFormatKey = "format"_L1;
constexpr QLatin1StringView kVersionKey = "version"_L1;
constexpr QLatin1StringView kMonitorsKey = "monitors"_L1;

constexpr QLatin1StringView kName = "name"_L1;
constexpr QLatin1StringView kUrl = "url"_L1;
constexpr QLatin1StringView kMethod = "method"_L1;
constexpr QLatin1StringView kHeaders = "headers"_L1;
constexpr QLatin1StringView kBody = "body"_L1;
constexpr QLatin1StringView kInterval = "interval_s"_L1;
constexpr QLatin1StringView kTimeout = "timeout_ms"_L1;
constexpr QLatin1StringView kStatuses = "expected_statuses"_L1;
constexpr QLatin1StringView kKeyword = "keyword"_L1;
constexpr QLatin1StringView kInvertKeyword = "invert_keyword"_L1;
constexpr QLatin1StringView kMaxRedirects = "max_redirects"_L1;
constexpr QLatin1StringView kIgnoreTlsErrors = "ignore_tls_errors"_L1;
constexpr QLatin1StringView kDegraded = "degraded_ms"_L1;
constexpr QLatin1StringView kRetries = "retries"_L1;
constexpr QLatin1StringView kRecovery = "recovery"_L1;
constexpr QLatin1StringView kLocations = "locations"_L1;
constexpr QLatin1StringView kQuorum = "quorum"_L1;
constexpr QLatin1StringView kParent = "parent"_L1;
constexpr QLatin1StringView kTags = "tags"_L1;
constexpr QLatin1StringView kPaused = "paused"_L1;
constexpr QLatin1StringView kKeywordRegex = "keyword_regex"_L1;
constexpr QLatin1StringView kJsonAssertions = "json_assertions"_L1;
constexpr QLatin1StringView kAuth = "auth"_L1;

constexpr std::array kMonitorKeys{
    kName,     kUrl,      kMethod,   kHeaders,       kBody,         kInterval,
    kTimeout,  kStatuses, kKeyword,  kInvertKeyword, kMaxRedirects, kIgnoreTlsErrors,
    kDegraded, kRetries,  kRecovery, kParent,        kTags,         kPaused};
// Keys added in issue 11, and for monitors checked from several locations in issue 16 (optional
// on import, as every key but "name" and "url").
constexpr std::array kDeeperCheckKeys{kKeywordRegex, kJsonAssertions, kAuth, kLocations, kQuorum};

// Headers that carry credentials: never written to a file that gets mailed and committed.
constexpr std::array kSecretHeaders{"authorization"_L1, "proxy-authorization"_L1, "cookie"_L1};

bool isSecretHeader(const QByteArray &name)
{
    return std::any_of(kSecretHeaders.cbegin(), kSecretHeaders.cend(), [&name](auto secret) {
        return QLatin1StringView(name).compare(secret, Qt::CaseInsensitive) == 0;
    });
}

void setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
}

// Reads the keys of one monitor object. Every reader leaves its output alone when the key is
// absent, so a missing key keeps Monitor's default; on a bad value it sets the error and
// returns false.
class MonitorReader {
public:
    MonitorReader(const QJsonObject &object, QString where, QString *error)
        : m_object(object)
        , m_where(std::move(where))
        , m_error(error)
    {
    }

    bool fail(const QString &problem) const
    {
        setError(m_error, m_where + u": " + problem);
        return false;
    }

    bool string(QLatin1StringView key, QString *out) const
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined())
            return true;
        if (!value.isString())
            return fail(u"%1 must be a string, not %2"_s.arg(key, JsonText::describe(value)));
        *out = value.toString();
        return true;
    }

    bool number(QLatin1StringView key, int minimum, int *out) const
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined())
            return true;
        const std::optional<int> whole = JsonText::wholeNumber(value);
        if (!whole || *whole < minimum) {
            return fail(
                u"%1 must be a whole number of at least %2, not %3"_s.arg(key).arg(minimum).arg(
                    JsonText::describe(value)));
        }
        *out = *whole;
        return true;
    }

    bool boolean(QLatin1StringView key, bool *out) const
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined())
            return true;
        if (!value.isBool())
            return fail(u"%1 must be true or false, not %2"_s.arg(key, JsonText::describe(value)));
        *out = value.toBool();
        return true;
    }

    bool strings(QLatin1StringView key, QStringList *out) const
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined())
            return true;
        if (!value.isArray())
            return fail(
                u"%1 must be an array of strings, not %2"_s.arg(key, JsonText::describe(value)));
        QStringList list;
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isString()) {
                return fail(u"item %1 of %2 must be a string, not %3"_s.arg(i + 1).arg(
                    key, JsonText::describe(array.at(i))));
            }
            list.append(array.at(i).toString());
        }
        *out = list;
        return true;
    }

private:
    const QJsonObject &m_object;
    QString m_where;
    QString *m_error;
};

// Monitor `index` (0-based) of the file into *imported; false and *error when it is not usable.
bool readMonitor(const QJsonValue &value, qsizetype index, MonitorFile::ImportedMonitor *imported,
                 QString *error)
{
    QString where = u"monitor %1"_s.arg(index + 1);
    if (!value.isObject()) {
        setError(error, where + u" must be a JSON object, not " + JsonText::describe(value));
        return false;
    }
    const QJsonObject object = value.toObject();
    // Name the monitor in every message as soon as it has a usable name.
    // A name too long to be one is cut, and the message stays readable.
    constexpr qsizetype kShownName = 40;
    const QString knownName = object.value(kName).toString().trimmed();
    if (!knownName.isEmpty())
        where +=
            u" (\"" +
            (knownName.size() <= kShownName ? knownName : knownName.left(kShownName) + u"...") +
            u"\")";
    const MonitorReader read(object, where, error);

    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (std::find(kMonitorKeys.cbegin(), kMonitorKeys.cend(), it.key()) ==
                kMonitorKeys.cend() &&
            std::find(kDeeperCheckKeys.cbegin(), kDeeperCheckKeys.cend(), it.key()) ==
                kDeeperCheckKeys.cend())
            return read.fail(u"unknown key \"%1\""_s.arg(it.key()));
    }

    Monitor &monitor = imported->monitor;
    if (!object.contains(kName))
        return read.fail(u"name is missing"_s);
    if (!read.string(kName, &monitor.name))
        return false;
    monitor.name = monitor.name.trimmed();
    if (const QString problem = MonitorValidator::nameProblem(monitor.name); !problem.isEmpty())
        return read.fail(problem);

    if (!object.contains(kUrl))
        return read.fail(u"url is missing"_s);
    QString urlText;
    if (!read.string(kUrl, &urlText))
        return false;
    QString problem;
    const std::optional<QUrl> url = MonitorValidator::parseUrl(urlText, &problem);
    if (!url)
        return read.fail(problem);
    monitor.url = *url;

    QString methodName;
    if (!read.string(kMethod, &methodName))
        return false;
    if (object.contains(kMethod)) {
        const std::optional<HttpMethod> method = httpMethodFromName(methodName);
        if (!method)
            return read.fail(u"unknown method \"%1\": use %2"_s.arg(methodName, httpMethodNames()));
        monitor.method = *method;
    }

    QStringList headers;
    if (!read.strings(kHeaders, &headers))
        return false;
    for (const QString &text : std::as_const(headers)) {
        const std::optional<HttpHeader> header = MonitorValidator::parseHeader(text, &problem);
        if (!header)
            return read.fail(problem);
        monitor.headers.append(*header);
    }

    QString body;
    if (!read.string(kBody, &body))
        return false;
    monitor.body = body.toUtf8();

    QString statuses;
    if (!read.string(kStatuses, &statuses))
        return false;
    if (object.contains(kStatuses)) {
        const std::optional<StatusRanges> ranges = StatusRanges::parse(statuses, &problem);
        if (!ranges)
            return read.fail(kStatuses + u": " + problem);
        monitor.expectedStatuses = *ranges;
    }

    // null, a missing key and "" all mean: no parent.
    const QJsonValue parent = object.value(kParent);
    if (parent.isString())
        imported->parentName = parent.toString().trimmed();
    else if (!parent.isNull() && !parent.isUndefined())
        return read.fail(u"parent must be a monitor name or null, not "_s +
                         JsonText::describe(parent));
    if (imported->parentName == monitor.name)
        return read.fail(u"a monitor cannot be its own parent"_s);

    if (!read.number(kInterval, 1, &monitor.intervalSeconds) ||
        !read.number(kTimeout, 1, &monitor.timeoutMs) || !read.string(kKeyword, &monitor.keyword) ||
        !read.boolean(kInvertKeyword, &monitor.invertKeyword) ||
        !read.number(kMaxRedirects, 0, &monitor.maxRedirects) ||
        !read.boolean(kIgnoreTlsErrors, &monitor.ignoreTlsErrors) ||
        !read.number(kDegraded, 0, &monitor.degradedAboveMs) ||
        !read.number(kRetries, 0, &monitor.retries) ||
        !read.number(kRecovery, 1, &monitor.recovery) || !read.strings(kTags, &monitor.tags) ||
        !read.boolean(kPaused, &monitor.paused) ||
        !read.number(kLocations, 1, &monitor.locations) ||
        !read.number(kQuorum, 1, &monitor.quorum))
        return false;
    QStringList assertions;
    if (!read.boolean(kKeywordRegex, &monitor.keywordIsRegex) ||
        !read.strings(kJsonAssertions, &assertions))
        return false;
    if (const auto parsed = JsonAssertion::parseAll(assertions, &problem))
        monitor.jsonAssertions = *parsed;
    else
        return read.fail(kJsonAssertions + u": " + problem);
    // How to authenticate, never the secret (import asks for that).
    if (object.contains(kAuth)) {
        const auto auth = MonitorAuth::fromJson(object.value(kAuth).toObject(), &problem);
        if (!object.value(kAuth).isObject() || !auth)
            return read.fail(object.value(kAuth).isObject() ? u"auth: "_s + problem
                                                            : u"auth must be an object"_s);
        monitor.auth = *auth;
    }

    const QStringList problems = MonitorValidator::problems(monitor);
    if (!problems.isEmpty())
        return read.fail(problems.constFirst());
    return true;
}

} // namespace

namespace MonitorFile {

QByteArray toJson(const QList<Monitor> &monitors, ExportReport *report)
{
    QHash<qint64, QString> namesById;
    for (const Monitor &monitor : monitors) {
        if (monitor.id != 0)
            namesById.insert(monitor.id, monitor.name);
    }

    QStringList leftOut;
    QJsonArray array;
    for (const Monitor &monitor : monitors) {
        if (!monitor.url.password().isEmpty())
            leftOut.append(u"%1: the URL password was left out"_s.arg(monitor.name));
        if (monitor.auth.requiresSecret() || !monitor.credentialKey.isEmpty())
            leftOut.append(u"%1: the %2 (%3) was left out: enter it again after import"_s.arg(
                monitor.name, monitor.auth.secretTitle(), authKindTitle(monitor.auth.kind)));
        QJsonArray headers;
        for (const HttpHeader &header : monitor.headers) {
            if (isSecretHeader(header.name)) {
                leftOut.append(u"%1: the %2 header was left out"_s.arg(
                    monitor.name, QString::fromUtf8(header.name)));
                continue;
            }
            headers.append(
                QString(QString::fromUtf8(header.name) + u": " + JsonText::utf8Text(header.value)));
        }
        const auto parent = namesById.constFind(monitor.parentId);
        // The URL without its password, but not displayUrl(): its pretty form shows "%20" as
        // a space, which the strict parser on import rightly refuses.
        QJsonObject object{
            {kName, monitor.name},
            {kUrl, monitor.url.toString(QUrl::RemovePassword | QUrl::EncodeSpaces)},
            {kMethod, QString::fromLatin1(httpMethodName(monitor.method))},
            {kHeaders, headers},
            {kBody, JsonText::utf8Text(monitor.body)},
            {kInterval, monitor.intervalSeconds},
            {kTimeout, monitor.timeoutMs},
            {kStatuses, monitor.expectedStatuses.toString()},
            {kKeyword, monitor.keyword},
            {kInvertKeyword, monitor.invertKeyword},
            {kMaxRedirects, monitor.maxRedirects},
            {kIgnoreTlsErrors, monitor.ignoreTlsErrors},
            {kDegraded, monitor.degradedAboveMs},
            {kRetries, monitor.retries},
            {kRecovery, monitor.recovery},
            {kLocations, monitor.locations},
            {kQuorum, monitor.quorum},
            {kParent, parent != namesById.cend() ? QJsonValue(*parent) : QJsonValue()},
            {kTags, QJsonArray::fromStringList(monitor.tags)},
            {kPaused, monitor.paused},
            {kKeywordRegex, monitor.keywordIsRegex},
            {kJsonAssertions,
             QJsonArray::fromStringList(JsonAssertion::texts(monitor.jsonAssertions))},
            {kAuth, monitor.auth.toJson()},
        };
        array.append(object);
    }

    const QJsonObject root{
        {kFormatKey, kFormatName},
        {kVersionKey, kFormatVersion},
        {kMonitorsKey, array},
    };
    if (report) {
        report->monitors = static_cast<int>(monitors.size());
        report->leftOut = leftOut;
    }
    // Qt 6.4's JSON reader drops a U+FEFF that starts a string without escapes (it decodes the
    // string as a document of its own): written as an escape, it reads back.
    return QJsonDocument(root).toJson(QJsonDocument::Indented).replace("\xEF\xBB\xBF", "\\ufeff");
}

namespace {

std::optional<QList<ImportedMonitor>> readFile(const QByteArray &json, QString *error)
{
    // Editors on Windows like to start UTF-8 files with a byte order mark; JSON does not allow it.
    const QByteArray text = json.startsWith("\xEF\xBB\xBF") ? json.mid(3) : json;
    if (text.trimmed().isEmpty()) {
        setError(error, u"the file is empty"_s);
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        setError(error, JsonText::syntaxError(text, parseError));
        return std::nullopt;
    }
    const QString notOurs = u"the file is not an Upwatch monitor file: "_s;
    if (!document.isObject()) {
        setError(error, notOurs + u"its top level must be a JSON object, not an array");
        return std::nullopt;
    }
    const QJsonObject root = document.object();

    const QJsonValue format = root.value(kFormatKey);
    if (format.isUndefined()) {
        setError(error, notOurs + u"\"format\" is missing");
        return std::nullopt;
    }
    if (format.toString() != kFormatName) {
        setError(error, notOurs + u"\"format\" must be \"" + kFormatName + u"\", not " +
                            JsonText::describe(format));
        return std::nullopt;
    }

    const QJsonValue versionValue = root.value(kVersionKey);
    if (versionValue.isUndefined()) {
        setError(error,
                 u"\"version\" is missing: this Upwatch reads version %1"_s.arg(kFormatVersion));
        return std::nullopt;
    }
    const std::optional<int> version = JsonText::wholeNumber(versionValue);
    if (!version) {
        setError(error, u"\"version\" must be a whole number, not %1"_s.arg(
                            JsonText::describe(versionValue)));
        return std::nullopt;
    }
    if (*version > kFormatVersion) {
        setError(error,
                 u"version %1 is newer than this Upwatch understands (%2)"_s.arg(*version).arg(
                     kFormatVersion));
        return std::nullopt;
    }
    if (*version < kFormatVersion) {
        setError(error, u"version %1 is not a version of this format (this Upwatch reads "
                        "version %2)"_s.arg(*version)
                            .arg(kFormatVersion));
        return std::nullopt;
    }

    for (auto it = root.constBegin(); it != root.constEnd(); ++it) {
        if (it.key() != kFormatKey && it.key() != kVersionKey && it.key() != kMonitorsKey) {
            setError(error, u"unknown key \"%1\" at the top level: a file has only \"format\", "
                            "\"version\" and \"monitors\""_s.arg(it.key()));
            return std::nullopt;
        }
    }

    const QJsonValue monitorsValue = root.value(kMonitorsKey);
    if (!monitorsValue.isArray()) {
        setError(error, monitorsValue.isUndefined()
                            ? u"\"monitors\" is missing"_s
                            : u"\"monitors\" must be an array of monitors, not %1"_s.arg(
                                  JsonText::describe(monitorsValue)));
        return std::nullopt;
    }
    const QJsonArray array = monitorsValue.toArray();

    QList<ImportedMonitor> imported;
    imported.reserve(array.size());
    QHash<QString, qsizetype> indexByName;
    for (qsizetype i = 0; i < array.size(); ++i) {
        ImportedMonitor one;
        if (!readMonitor(array.at(i), i, &one, error))
            return std::nullopt;
        const QString &name = one.monitor.name;
        const auto earlier = indexByName.constFind(name);
        if (earlier != indexByName.cend()) {
            setError(error,
                     u"monitor %1 (\"%2\"): the name is already used by monitor %3"_s.arg(i + 1)
                         .arg(name)
                         .arg(*earlier + 1));
            return std::nullopt;
        }
        indexByName.insert(name, i);
        imported.append(std::move(one));
    }
    return imported;
}

} // namespace

std::optional<QList<ImportedMonitor>> fromJson(const QByteArray &json, QString *error)
{
    std::optional<QList<ImportedMonitor>> imported = readFile(json, error);
    // Messages quote the file's text, which may hold line breaks: the error stays one line.
    if (!imported && error)
        *error = JsonText::oneLine(*error);
    return imported;
}

} // namespace MonitorFile
