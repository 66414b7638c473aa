#include "core/model/HttpMethod.h"

#include <QCoreApplication>
#include <QStringList>

namespace {

// "A, B or C".
QString listed(const QStringList &names)
{
    if (names.size() < 2)
        return names.join(QString());
    //: A list of HTTP methods: "GET, HEAD or POST".
    return QCoreApplication::translate("HttpMethod", "%1 or %2")
        .arg(names.first(names.size() - 1).join(QStringLiteral(", ")), names.constLast());
}

} // namespace

QByteArray httpMethodName(HttpMethod method)
{
    switch (method) {
    case HttpMethod::Head:
        return QByteArrayLiteral("HEAD");
    case HttpMethod::Get:
        return QByteArrayLiteral("GET");
    case HttpMethod::Post:
        return QByteArrayLiteral("POST");
    case HttpMethod::Put:
        return QByteArrayLiteral("PUT");
    case HttpMethod::Patch:
        return QByteArrayLiteral("PATCH");
    case HttpMethod::Delete:
        return QByteArrayLiteral("DELETE");
    case HttpMethod::Options:
        return QByteArrayLiteral("OPTIONS");
    }
    return QByteArrayLiteral("GET");
}

std::optional<HttpMethod> httpMethodFromName(QStringView name)
{
    for (const HttpMethod method : kHttpMethods) {
        if (name.compare(QLatin1StringView(httpMethodName(method)), Qt::CaseInsensitive) == 0)
            return method;
    }
    return std::nullopt;
}

QString httpMethodNames()
{
    QStringList names;
    for (const HttpMethod method : kHttpMethods)
        names.append(QString::fromLatin1(httpMethodName(method)));
    return listed(names);
}

bool httpMethodSendsBody(HttpMethod method)
{
    switch (method) {
    case HttpMethod::Post:
    case HttpMethod::Put:
    case HttpMethod::Patch:
    case HttpMethod::Delete:
        return true;
    case HttpMethod::Head:
    case HttpMethod::Get:
    case HttpMethod::Options:
        break;
    }
    return false;
}

QString httpMethodsWithBody()
{
    QStringList names;
    for (const HttpMethod method : kHttpMethods) {
        if (httpMethodSendsBody(method))
            names.append(QString::fromLatin1(httpMethodName(method)));
    }
    return listed(names);
}
