#include "core/check/HostLookup.h"

#include <netdb.h>
#include <sys/socket.h>

#include <memory>

QHostAddress HostLookup::preferred() const
{
    for (const QHostAddress &address : addresses) {
        if (address.protocol() == QAbstractSocket::IPv4Protocol)
            return address;
    }
    return addresses.isEmpty() ? QHostAddress() : addresses.constFirst();
}

QString HostLookup::describe(const QString &host) const
{
    switch (status) {
    case Status::Found:
        return addresses.isEmpty() ? QStringLiteral("host '%1' has no address").arg(host)
                                   : QString();
    case Status::NotFound:
        return QStringLiteral("host '%1' not found").arg(host);
    case Status::NoAnswer:
        return error.isEmpty() ? QStringLiteral("the name server did not answer for '%1'").arg(host)
                               : QStringLiteral("the name server did not answer for '%1' (%2)")
                                     .arg(host, error);
    case Status::Failed:
        break;
    }
    return QStringLiteral("could not look up host '%1': %2").arg(host, error);
}

QString HostLookup::deadlineText(const QString &host, int deadlineMs, bool asked)
{
    return asked ? QStringLiteral("the name server did not answer for '%1' within %2 ms")
                       .arg(host)
                       .arg(deadlineMs)
                 : QStringLiteral("the lookup of '%1' did not start within %2 ms: every lookup "
                                  "thread was busy with name servers that do not answer")
                       .arg(host)
                       .arg(deadlineMs);
}

HostLookup HostLookup::system(const QByteArray &aceHost)
{
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    // No AI_ADDRCONFIG: on a machine with only a loopback interface it hides 127.0.0.1.
    addrinfo *list = nullptr;
    const int code = getaddrinfo(aceHost.constData(), nullptr, &hints, &list);
    const std::unique_ptr<addrinfo, decltype(&freeaddrinfo)> owner(list, &freeaddrinfo);

    HostLookup answer;
    if (code == EAI_NONAME || code == EAI_NODATA) {
        answer.status = Status::NotFound;
        answer.error = QString::fromLocal8Bit(gai_strerror(code));
        return answer;
    }
    if (code == EAI_AGAIN) {
        // glibc's answer when every name server timed out (or said SERVFAIL).
        answer.status = Status::NoAnswer;
        answer.error = QString::fromLocal8Bit(gai_strerror(code));
        return answer;
    }
    if (code != 0) {
        answer.status = Status::Failed;
        answer.error = QString::fromLocal8Bit(gai_strerror(code));
        return answer;
    }
    QList<QHostAddress> v6;
    for (const addrinfo *entry = list; entry; entry = entry->ai_next) {
        if (entry->ai_family != AF_INET && entry->ai_family != AF_INET6)
            continue;
        const QHostAddress address(entry->ai_addr);
        QList<QHostAddress> &into =
            address.protocol() == QAbstractSocket::IPv4Protocol ? answer.addresses : v6;
        if (!into.contains(address))
            into.append(address);
    }
    answer.addresses += v6;
    answer.status = answer.addresses.isEmpty() ? Status::NotFound : Status::Found;
    return answer;
}
