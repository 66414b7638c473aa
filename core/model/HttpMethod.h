#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <array>
#include <optional>

// The HTTP methods a monitor can use. Their names are the wire names (upper case). Stored by
// name, so the order is free; new ones go at the end all the same.
enum class HttpMethod { Head, Get, Post, Put, Patch, Delete, Options };

// Every method, in the order a list shows them.
inline constexpr std::array kHttpMethods{HttpMethod::Get,    HttpMethod::Head,  HttpMethod::Post,
                                         HttpMethod::Put,    HttpMethod::Patch, HttpMethod::Delete,
                                         HttpMethod::Options};

[[nodiscard]] QByteArray httpMethodName(HttpMethod method);
// Case-insensitive: "get", "GET" and "Get" are all HttpMethod::Get.
[[nodiscard]] std::optional<HttpMethod> httpMethodFromName(QStringView name);
// "GET, HEAD, POST, PUT, PATCH, DELETE or OPTIONS", for messages and help.
[[nodiscard]] QString httpMethodNames();
// POST, PUT, PATCH and DELETE send a request body; the others have none.
[[nodiscard]] bool httpMethodSendsBody(HttpMethod method);
// Those that send one, as a phrase: "POST, PUT, PATCH or DELETE".
[[nodiscard]] QString httpMethodsWithBody();
