#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <algorithm>
#include <utility>

// A request as the test server received it.
struct RecordedRequest {
    QByteArray method;
    QByteArray path; // with the query, as on the request line
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QString clientCertificate; // the common name of the client's TLS certificate, if it sent one

    // The first header with this name (case-insensitive), or a null array.
    [[nodiscard]] QByteArray header(QByteArrayView name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    [[nodiscard]] bool hasHeader(QByteArrayView name) const
    {
        return std::any_of(headers.cbegin(), headers.cend(), [name](const auto &pair) {
            return pair.first.compare(name, Qt::CaseInsensitive) == 0;
        });
    }
};
