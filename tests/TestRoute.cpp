#include "TestRoute.h"

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
