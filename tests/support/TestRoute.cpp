#include "tests/support/TestRoute.h"

#include <zlib.h>

#include <array>

namespace {

// Gzip of `plain` followed by `zeros` zero bytes, compressed piece by piece.
QByteArray gzip(const QByteArray &plain, qint64 zeros)
{
    z_stream stream{};
    // 15 + 16: the largest window, with a gzip wrapper; 8: zlib's default memory level.
    if (deflateInit2(&stream, 9, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out;
    std::array<char, 64 * 1024> buffer;
    const QByteArray zeroChunk(1 << 20, '\0');
    const auto pump = [&](const QByteArray &input, int flush) {
        stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(input.constData()));
        stream.avail_in = uInt(input.size());
        do {
            stream.next_out = reinterpret_cast<Bytef *>(buffer.data());
            stream.avail_out = uInt(buffer.size());
            deflate(&stream, flush);
            out.append(buffer.data(), qsizetype(buffer.size() - stream.avail_out));
        } while (stream.avail_out == 0);
    };
    pump(plain, Z_NO_FLUSH);
    for (qint64 left = zeros; left > 0; left -= zeroChunk.size())
        pump(left >= zeroChunk.size() ? zeroChunk : zeroChunk.left(left), Z_NO_FLUSH);
    pump({}, Z_FINISH);
    deflateEnd(&stream);
    return out;
}

} // namespace

TestRoute TestRoute::ok(const QByteArray &body)
{
    return withStatus(200, body);
}

TestRoute TestRoute::withStatus(int status, const QByteArray &body)
{
    TestRoute route;
    route.status = status;
    route.body = body;
    return route;
}

TestRoute TestRoute::redirect(const QByteArray &location, int status)
{
    TestRoute route = withStatus(status, QByteArrayLiteral("moved"));
    route.header("Location", location);
    return route;
}

TestRoute TestRoute::drip(const QByteArray &body, int intervalMs, int chunk)
{
    TestRoute route = ok(body);
    route.kind = Kind::Drip;
    route.dripIntervalMs = intervalMs;
    route.dripChunk = chunk;
    return route;
}

TestRoute TestRoute::endless()
{
    TestRoute route;
    route.kind = Kind::Endless;
    return route;
}

TestRoute TestRoute::closeWithoutResponse()
{
    TestRoute route;
    route.kind = Kind::CloseWithoutResponse;
    return route;
}

TestRoute TestRoute::reset()
{
    TestRoute route;
    route.kind = Kind::Reset;
    return route;
}

TestRoute TestRoute::deflated(const QByteArray &plain)
{
    // qCompress() gives a 4-byte length and then exactly the zlib stream HTTP calls "deflate".
    TestRoute route = ok(qCompress(plain, 9).mid(4));
    route.header("Content-Encoding", "deflate");
    return route;
}

TestRoute TestRoute::gzipped(const QByteArray &plain)
{
    TestRoute route = ok(gzip(plain, 0));
    route.header("Content-Encoding", "gzip");
    return route;
}

TestRoute TestRoute::gzipBomb(qint64 zeros)
{
    TestRoute route = ok(gzip({}, zeros));
    route.header("Content-Encoding", "gzip");
    return route;
}

TestRoute TestRoute::raw(const QByteArray &response, bool closeAfter)
{
    TestRoute route;
    route.kind = Kind::Raw;
    route.body = response;
    route.closeAfterRaw = closeAfter;
    return route;
}

TestRoute TestRoute::oauthToken(const QByteArray &clientId, const QByteArray &clientSecret,
                                int expiresIn)
{
    TestRoute route;
    route.kind = Kind::OAuthToken;
    route.clientId = clientId;
    route.clientSecret = clientSecret;
    route.expiresIn = expiresIn;
    return route;
}

TestRoute TestRoute::oauthProtected(const QByteArray &body)
{
    TestRoute route = ok(body);
    route.requireIssuedToken = true;
    return route;
}

TestRoute &TestRoute::requiring(const QByteArray &name, const QByteArray &value)
{
    requiredHeader = name;
    requiredValue = value;
    return *this;
}

TestRoute &TestRoute::requiringBasic(const QByteArray &user, const QByteArray &password)
{
    return requiring("Authorization", "Basic " + QByteArray(user + ':' + password).toBase64());
}

TestRoute &TestRoute::delayed(int ms)
{
    delayMs = ms;
    return *this;
}

TestRoute &TestRoute::header(const QByteArray &name, const QByteArray &value)
{
    headers.append({name, value});
    return *this;
}

TestRoute &TestRoute::withBody(const QByteArray &newBody)
{
    body = newBody;
    return *this;
}
