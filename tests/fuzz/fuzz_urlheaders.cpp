// libFuzzer target: MonitorValidator::parseUrl, isCheckableUrl and parseHeader, which read the
// URL and the "Name: value" headers of every monitor (command line, dialog, imported file). The
// whole input is tried as a URL and as a header. Properties:
//  - a refused URL or header has an error message, and the message does not show a password
//    the URL carried;
//  - an accepted URL is valid, http or https, has a host, and passes isCheckableUrl;
//  - the form a URL is exported in (MonitorFile: no password, spaces encoded) parses back to the
//    same URL without its password; the fully encoded form parses back to the same URL;
//  - an accepted header has a token name that is not one the HTTP stack sets, a trimmed value
//    without CR, LF or NUL, and its "Name: value" text (how files and problems() write it)
//    parses back to the same header.
#include "core/base/JsonText.h"
#include "core/model/Monitor.h"
#include "core/model/MonitorValidator.h"
#include "tests/fuzz/FuzzCheck.h"

#include <algorithm>

using FuzzCheck::quoted;
using FuzzCheck::require;

namespace {

bool isTokenChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

void checkUrl(const QString &text)
{
    QString error;
    const std::optional<QUrl> url = MonitorValidator::parseUrl(text, &error);
    if (!url) {
        require(!error.isEmpty(), "a refused URL has an error message", quoted(text));
        // A password the text plainly carries must not be repeated in the message. Only checked
        // when the password appears once in the text and is long enough not to occur by chance.
        const QString password = QUrl(text.trimmed()).password(QUrl::FullyEncoded);
        if (password.size() >= 4 && text.count(password) == 1) {
            require(!error.contains(password), "an error message shows no password",
                    quoted(text) + u" -> " + quoted(error));
        }
        return;
    }
    require(url->isValid() && (url->scheme() == u"http" || url->scheme() == u"https") &&
                !url->host().isEmpty(),
            "an accepted URL is a valid http(s) URL with a host", quoted(text));
    QString checkError;
    require(MonitorValidator::isCheckableUrl(*url, &checkError), "an accepted URL is checkable",
            quoted(text) + u": " + checkError);

    QUrl withoutPassword = *url;
    withoutPassword.setPassword(QString());
    const QString exported = url->toString(QUrl::RemovePassword | QUrl::EncodeSpaces);
    const std::optional<QUrl> reread = MonitorValidator::parseUrl(exported, &error);
    require(reread.has_value(), "an accepted URL's exported form parses",
            quoted(text) + u" -> " + quoted(exported) + u": " + error);
    require(*reread == withoutPassword,
            "an accepted URL's exported form parses back to the same URL",
            quoted(text) + u" -> " + quoted(exported) + u" -> " +
                quoted(reread->toString(QUrl::FullyEncoded)));

    // How MonitorStore stores a URL and reads it back.
    const QString encoded = url->toString(QUrl::FullyEncoded);
    const std::optional<QUrl> again = MonitorValidator::parseUrl(encoded, &error);
    require(again.has_value() && *again == *url,
            "an accepted URL's fully encoded form parses back to the same URL",
            quoted(text) + u" -> " + quoted(encoded) + u": " + error);
}

void checkTolerantUrl(const QString &text)
{
    // isCheckableUrl on what QUrl makes of any text (the dialog's path before parseUrl).
    const QUrl url(text);
    QString error;
    if (MonitorValidator::isCheckableUrl(url, &error)) {
        require(url.isValid() && !url.host().isEmpty(), "a checkable URL is valid with a host",
                quoted(text));
    }
    else {
        require(!error.isEmpty(), "an uncheckable URL has an error message", quoted(text));
    }
}

void checkHeader(const QString &text)
{
    QString error;
    const std::optional<HttpHeader> header = MonitorValidator::parseHeader(text, &error);
    if (!header) {
        require(!error.isEmpty(), "a refused header has an error message", quoted(text));
        return;
    }
    const QByteArray &name = header->name;
    const QByteArray &value = header->value;
    require(!name.isEmpty() && std::all_of(name.cbegin(), name.cend(), isTokenChar),
            "a header name is a non-empty RFC 9110 token", quoted(text));
    require(!value.contains('\r') && !value.contains('\n') && !value.contains('\0'),
            "a header value has no CR, LF or NUL", quoted(text));
    require(value == value.trimmed(), "a header value is trimmed", quoted(text));
    for (const char *managed :
         {"content-length", "transfer-encoding", "connection", "upgrade", "te", "accept-encoding"})
        require(name.toLower() != managed, "a header the HTTP stack sets is refused", quoted(text));

    const QString written = QString::fromUtf8(name) + u": " + JsonText::utf8Text(value);
    const std::optional<HttpHeader> again = MonitorValidator::parseHeader(written, &error);
    require(again.has_value() && *again == *header,
            "an accepted header's \"Name: value\" text parses back to the same header",
            quoted(text) + u" -> " + quoted(written) + u": " + error);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString text = FuzzCheck::text(data, size);
    checkUrl(text);
    checkTolerantUrl(text);
    checkHeader(text);
    return 0;
}
