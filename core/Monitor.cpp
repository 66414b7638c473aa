#include "Monitor.h"

QString displayUrl(const QUrl &url)
{
    return url.toString(QUrl::RemovePassword);
}

QByteArray Monitor::header(QByteArrayView headerName) const
{
    for (const HttpHeader &h : headers) {
        if (h.name.compare(headerName, Qt::CaseInsensitive) == 0)
            return h.value;
    }
    return {};
}
