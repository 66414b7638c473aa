#include "core/store/MonitorColumns.h"

#include "core/model/JsonAssertion.h"
#include "core/model/StatusRanges.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QUrl>
#include <QVariant>

// How a Monitor is kept in a row of the monitors table (MonitorStore): the columns, and the
// JSON of its list-valued fields.

namespace {

QList<HttpHeader> decodeHeaders(const QString &text)
{
    QList<HttpHeader> headers;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue &value : array) {
        const QByteArray line = value.toString().toUtf8();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    return headers;
}

QStringList decodeTags(const QString &text)
{
    QStringList tags;
    for (const QJsonValue &value : QJsonDocument::fromJson(text.toUtf8()).array())
        tags.append(value.toString());
    return tags;
}

// A JSON array of JsonAssertion::text() strings. An entry this version cannot parse (a row
// edited by hand) is left out.
QList<JsonAssertion> decodeAssertions(const QString &text)
{
    QList<JsonAssertion> assertions;
    for (const QString &written : decodeTags(text)) {
        if (const auto assertion = JsonAssertion::parse(written))
            assertions.append(*assertion);
    }
    return assertions;
}

} // namespace

namespace MonitorColumns {

QString encodeHeaders(const QList<HttpHeader> &headers)
{
    QJsonArray array;
    for (const HttpHeader &header : headers)
        array.append(QString::fromUtf8(header.name + ": " + header.value));
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QString encodeAuth(const MonitorAuth &auth)
{
    if (auth.isNone())
        return QStringLiteral("");
    return QString::fromUtf8(QJsonDocument(auth.toJson()).toJson(QJsonDocument::Compact));
}

MonitorAuth decodeAuth(const QString &text)
{
    if (text.isEmpty())
        return {};
    QString ignored;
    return MonitorAuth::fromJson(QJsonDocument::fromJson(text.toUtf8()).object(), &ignored)
        .value_or(MonitorAuth());
}

QString encodeTags(const QStringList &tags)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(tags)).toJson(QJsonDocument::Compact));
}

QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

Monitor fromRow(const QSqlQuery &query)
{
    Monitor monitor;
    int column = 0;
    const auto next = [&query, &column] { return query.value(column++); };
    monitor.id = next().toLongLong();
    monitor.name = next().toString();
    monitor.url = QUrl(next().toString(), QUrl::StrictMode);
    monitor.method = httpMethodFromName(next().toString()).value_or(HttpMethod::Get);
    monitor.headers = decodeHeaders(next().toString());
    monitor.body = next().toByteArray();
    monitor.intervalSeconds = next().toInt();
    monitor.timeoutMs = next().toInt();
    monitor.expectedStatuses = StatusRanges::parse(next().toString()).value_or(StatusRanges());
    monitor.keyword = next().toString();
    monitor.invertKeyword = next().toBool();
    monitor.maxRedirects = next().toInt();
    monitor.ignoreTlsErrors = next().toBool();
    monitor.degradedAboveMs = next().toInt();
    monitor.maxBodyBytes = next().toLongLong();
    monitor.retries = next().toInt();
    monitor.recovery = next().toInt();
    monitor.parentId = next().toLongLong();
    monitor.tags = decodeTags(next().toString());
    monitor.paused = next().toBool();
    monitor.credentialKey = next().toString();
    monitor.auth = decodeAuth(next().toString());
    monitor.keywordIsRegex = next().toBool();
    monitor.jsonAssertions = decodeAssertions(next().toString());
    const qint64 mutedUntil = next().toLongLong();
    if (mutedUntil > 0)
        monitor.mutedUntil = QDateTime::fromMSecsSinceEpoch(mutedUntil, Qt::UTC);
    monitor.locations = next().toInt();
    monitor.quorum = next().toInt();
    return monitor;
}

} // namespace MonitorColumns
