#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QString>

// The answer to one host name lookup, as a value: what HostResolver hands to a check.
struct HostLookup {
    enum class Status {
        Found,    // addresses holds at least one address
        NotFound, // the name does not exist (or has no address)
        NoAnswer, // the name server did not answer in time
        Failed,   // any other failure; error says which
    };

    Status status = Status::Failed;
    QList<QHostAddress> addresses; // Found: IPv4 addresses first, then IPv6
    QString error;                 // Failed: what the system resolver said

    [[nodiscard]] bool found() const { return status == Status::Found && !addresses.isEmpty(); }
    // The address a check connects to: the first IPv4 one when there is one.
    [[nodiscard]] QHostAddress preferred() const;
    // A sentence about a failed lookup of host, for a check's error.
    [[nodiscard]] QString describe(const QString &host) const;
    // Why a check's lookup of host failed when its deadline passed first. asked: the name
    // server was asked (else every lookup thread was busy).
    [[nodiscard]] static QString deadlineText(const QString &host, int deadlineMs, bool asked);

    // The blocking lookup of the system (getaddrinfo). aceHost is the name in ASCII (IDNA).
    // Safe to call from any thread; touches no Qt object.
    [[nodiscard]] static HostLookup system(const QByteArray &aceHost);
};
