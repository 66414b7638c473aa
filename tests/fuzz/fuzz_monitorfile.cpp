// libFuzzer target: MonitorFile::fromJson, the file of `upwatch import`. Properties:
//  - a refused file has a one-line error message with no raw control characters;
//  - every imported monitor has id 0, a trimmed non-empty unique name, no problems by
//    MonitorValidator, and is not its own parent;
//  - export and import round-trip: toJson of the imported monitors (parents resolved within the
//    file) imports again, equal to the originals less what an export leaves out on purpose (the
//    URL password, the Authorization, Proxy-Authorization and Cookie headers, and parents that
//    are not in the file), and the report names one left-out secret per such item;
//  - exporting the re-imported monitors writes the same bytes again.
#include "core/io/MonitorFile.h"
#include "core/model/MonitorValidator.h"
#include "tests/fuzz/FuzzCheck.h"

#include <QHash>
#include <QSet>

#include <algorithm>

using FuzzCheck::quoted;
using FuzzCheck::require;
using MonitorFile::ImportedMonitor;

namespace {

bool isSecretHeader(const QByteArray &name)
{
    const QByteArray lower = name.toLower();
    return lower == "authorization" || lower == "proxy-authorization" || lower == "cookie";
}

bool hasRawControl(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.category() == QChar::Other_Control; });
}

// The monitors as an export gets them from a database: ids 1..n, parents resolved by name.
QList<Monitor> stored(const QList<ImportedMonitor> &imported)
{
    QHash<QString, qint64> idByName;
    QList<Monitor> monitors;
    for (qsizetype i = 0; i < imported.size(); ++i) {
        Monitor monitor = imported.at(i).monitor;
        monitor.id = i + 1;
        idByName.insert(monitor.name, monitor.id);
        monitors.append(monitor);
    }
    for (qsizetype i = 0; i < imported.size(); ++i)
        monitors[i].parentId = idByName.value(imported.at(i).parentName, 0);
    return monitors;
}

// Which fields of two monitors differ, for the report of a broken round-trip.
QString differences(const ImportedMonitor &want, const ImportedMonitor &got)
{
    const Monitor &a = want.monitor;
    const Monitor &b = got.monitor;
    QStringList fields;
    const auto note = [&fields](bool same, const char *field) {
        if (!same)
            fields.append(QString::fromLatin1(field));
    };
    note(a.name == b.name, "name");
    note(a.url == b.url, "url");
    note(a.method == b.method, "method");
    note(a.headers == b.headers, "headers");
    note(a.body == b.body, "body");
    note(a.intervalSeconds == b.intervalSeconds, "interval_s");
    note(a.timeoutMs == b.timeoutMs, "timeout_ms");
    note(a.expectedStatuses == b.expectedStatuses, "expected_statuses");
    note(a.keyword == b.keyword, "keyword");
    note(a.invertKeyword == b.invertKeyword, "invert_keyword");
    note(a.maxRedirects == b.maxRedirects, "max_redirects");
    note(a.ignoreTlsErrors == b.ignoreTlsErrors, "ignore_tls_errors");
    note(a.degradedAboveMs == b.degradedAboveMs, "degraded_ms");
    note(a.retries == b.retries, "retries");
    note(a.recovery == b.recovery, "recovery");
    note(a.tags == b.tags, "tags");
    note(a.paused == b.paused, "paused");
    note(a == b, "(other Monitor fields)");
    note(want.parentName == got.parentName, "parent");
    QString text = fields.join(u", ");
    if (a.name != b.name)
        text += u"\nname: " + quoted(a.name) + u" -> " + quoted(b.name);
    if (a.url != b.url) {
        text += u"\nurl: " + quoted(a.url.toString(QUrl::FullyEncoded)) + u" -> " +
                quoted(b.url.toString(QUrl::FullyEncoded));
    }
    if (a.keyword != b.keyword)
        text += u"\nkeyword: " + quoted(a.keyword) + u" -> " + quoted(b.keyword);
    return text;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray json = FuzzCheck::bytes(data, size);
    QString error;
    const std::optional<QList<ImportedMonitor>> imported = MonitorFile::fromJson(json, &error);
    if (!imported) {
        require(!error.isEmpty(), "a refused file has an error message");
        require(!hasRawControl(error), "an error message has no raw control characters",
                quoted(error));
        return 0;
    }

    QSet<QString> names;
    QList<ImportedMonitor> expected;
    int secrets = 0;
    for (const ImportedMonitor &one : *imported) {
        const Monitor &monitor = one.monitor;
        require(monitor.id == 0 && monitor.parentId == 0, "an imported monitor has no ids");
        require(!monitor.name.isEmpty() && monitor.name == monitor.name.trimmed(),
                "an imported name is trimmed and not empty", quoted(monitor.name));
        require(!names.contains(monitor.name), "imported names are unique", quoted(monitor.name));
        names.insert(monitor.name);
        require(one.parentName != monitor.name, "a monitor is not its own parent");
        const QStringList problems = MonitorValidator::problems(monitor);
        require(problems.isEmpty(), "an imported monitor has no problems", problems.join(u"; "));

        ImportedMonitor want = one;
        if (!want.monitor.url.password().isEmpty())
            ++secrets;
        want.monitor.url.setPassword(QString());
        secrets += static_cast<int>(want.monitor.headers.removeIf(
            [](const HttpHeader &header) { return isSecretHeader(header.name); }));
        expected.append(want);
    }
    for (ImportedMonitor &want : expected) {
        if (!names.contains(want.parentName))
            want.parentName.clear();
    }

    MonitorFile::ExportReport report;
    const QByteArray written = MonitorFile::toJson(stored(*imported), &report);
    require(report.monitors == imported->size(), "the report counts every monitor");
    require(report.leftOut.size() == secrets, "the report names every secret left out",
            report.leftOut.join(u"; "));

    const std::optional<QList<ImportedMonitor>> again = MonitorFile::fromJson(written, &error);
    require(again.has_value(), "an exported file imports",
            error + u"\n" + QString::fromUtf8(written));
    require(again->size() == expected.size(), "an exported file has every monitor");
    for (qsizetype i = 0; i < expected.size(); ++i) {
        require(again->at(i) == expected.at(i), "export and import give back the same monitor",
                QStringLiteral("monitor %1 differs in: ").arg(i + 1) +
                    differences(expected.at(i), again->at(i)) + u"\n" + QString::fromUtf8(written));
    }

    const QByteArray rewritten = MonitorFile::toJson(stored(*again));
    require(rewritten == written, "a second export writes the same file",
            QString::fromUtf8(written) + u"\n---\n" + QString::fromUtf8(rewritten));
    return 0;
}
