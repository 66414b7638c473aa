#include "core/model/HttpMethod.h"

QByteArray httpMethodName(HttpMethod method)
{
    switch (method) {
    case HttpMethod::Head:
        return QByteArrayLiteral("HEAD");
    case HttpMethod::Get:
        return QByteArrayLiteral("GET");
    case HttpMethod::Post:
        return QByteArrayLiteral("POST");
    }
    return QByteArrayLiteral("GET");
}

std::optional<HttpMethod> httpMethodFromName(QStringView name)
{
    for (HttpMethod method : {HttpMethod::Head, HttpMethod::Get, HttpMethod::Post}) {
        if (name.compare(QLatin1StringView(httpMethodName(method)), Qt::CaseInsensitive) == 0)
            return method;
    }
    return std::nullopt;
}
