#include "core/check/HttpFraming.h"

#include <QList>
#include <QNetworkReply>

namespace HttpFraming {

QString fault(const QNetworkReply &reply)
{
    // Qt joins repeated headers with ", ". Equal repeats are allowed (RFC 9110, 8.6); different
    // lengths leave the body's end to guesswork, and proxies disagree on it (request smuggling).
    const QByteArray lengths = reply.rawHeader("Content-Length");
    if (lengths.isNull())
        return {};
    if (reply.hasRawHeader("Transfer-Encoding")) {
        // RFC 9112, 6.1: a server must not send both; the receivers in front of it may disagree
        // about which one ends the body.
        return QStringLiteral("both Transfer-Encoding and Content-Length headers: where the body "
                              "ends is ambiguous");
    }
    QList<qint64> values;
    for (const QByteArray &part : lengths.split(',')) {
        bool ok = false;
        const QByteArray digits = part.trimmed();
        const qint64 value = digits.toLongLong(&ok);
        if (!ok || value < 0 || digits.startsWith('+')) {
            return QStringLiteral("invalid Content-Length header '%1'")
                .arg(QString::fromLatin1(lengths.left(64)));
        }
        if (!values.contains(value))
            values.append(value);
    }
    if (values.size() > 1) {
        return QStringLiteral("conflicting Content-Length headers (%1)")
            .arg(QString::fromLatin1(lengths.left(64)));
    }
    return {};
}

} // namespace HttpFraming
