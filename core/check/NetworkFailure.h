#pragma once

#include "core/model/CheckResult.h"

#include <QList>
#include <QNetworkReply>
#include <QSslError>
#include <QString>

// Turns what QNetworkAccessManager reports into a check's reason and a sentence a person reads.
namespace NetworkFailure {

// True for errors that mean the exchange itself failed (connection, TLS, protocol), as opposed
// to an HTTP error status, which the monitor's expected statuses judge.
[[nodiscard]] bool isTransportError(QNetworkReply::NetworkError error);
// The connection could not be made (refused, no route): another address of the host may work.
[[nodiscard]] bool isConnectError(QNetworkReply::NetworkError error);

[[nodiscard]] Reason reasonFor(QNetworkReply::NetworkError error);

// "certificate expired on 2021-01-01 00:00 UTC", "self-signed certificate", ...
[[nodiscard]] QString describeSslError(const QSslError &error);
// All distinct TLS errors in one line, separated by "; ".
[[nodiscard]] QString describeSslErrors(const QList<QSslError> &errors);

} // namespace NetworkFailure
