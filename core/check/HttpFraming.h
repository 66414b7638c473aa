#pragma once

#include <QString>

class QNetworkReply;

// HTTP/1.1 framing rules a response's headers break, checked as soon as they arrive.
namespace HttpFraming {

// Why the response's headers leave the end of its body in doubt (RFC 9112, 6): conflicting or
// invalid Content-Length, or both Content-Length and Transfer-Encoding. Empty when they don't.
[[nodiscard]] QString fault(const QNetworkReply &reply);

} // namespace HttpFraming
