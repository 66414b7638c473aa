#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <optional>

// The HTTP methods a monitor can use. Their names are the wire names (upper case).
enum class HttpMethod { Head, Get, Post };

[[nodiscard]] QByteArray httpMethodName(HttpMethod method);
// Case-insensitive: "get", "GET" and "Get" are all HttpMethod::Get.
[[nodiscard]] std::optional<HttpMethod> httpMethodFromName(QStringView name);
