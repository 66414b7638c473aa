#include "core/model/Monitor.h"

QString displayUrl(const QUrl &url)
{
    // Spaces stay encoded so the text can be pasted back as a URL.
    return url.toString(QUrl::RemovePassword | QUrl::EncodeSpaces);
}

QString hidePassword(const QString &urlText)
{
    // The authority runs from after "scheme:/" or "scheme://" (or the start) to the first '/',
    // '?' or '#'; a password is what lies between its first ':' and its last '@'.
    qsizetype start = 0;
    const qsizetype colon0 = urlText.indexOf(u':');
    if (colon0 > 0 && urlText.mid(colon0 + 1).startsWith(u'/')) {
        start = colon0 + 1;
        while (start < urlText.size() && urlText.at(start) == u'/')
            ++start;
    }
    qsizetype end = start;
    while (end < urlText.size() && urlText.at(end) != u'/' && urlText.at(end) != u'?' &&
           urlText.at(end) != u'#')
        ++end;
    const qsizetype at = urlText.lastIndexOf(u'@', end - 1);
    if (at < start)
        return urlText;
    const qsizetype colon = urlText.indexOf(u':', start);
    if (colon < 0 || colon > at)
        return urlText;
    return urlText.left(colon) + urlText.mid(at);
}

QByteArray Monitor::header(QByteArrayView headerName) const
{
    for (const HttpHeader &h : headers) {
        if (h.name.compare(headerName, Qt::CaseInsensitive) == 0)
            return h.value;
    }
    return {};
}
