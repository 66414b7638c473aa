#include "core/store/DatabaseLocation.h"

#include <QSet>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

namespace {

// libpq's connection keywords a URL may carry, beyond those the URL's parts give. Not
// "password": a password never travels in a URL (see the header).
constexpr QStringView kPassedThrough[] = {
    u"sslmode",
    u"sslrootcert",
    u"sslcert",
    u"sslkey",
    u"sslcrl",
    u"sslcrldir",
    u"sslsni",
    u"channel_binding",
    u"gssencmode",
    u"connect_timeout",
    u"application_name",
    u"passfile",
    u"target_session_attrs",
    u"keepalives",
    u"keepalives_idle",
    u"keepalives_interval",
    u"keepalives_count",
    u"tcp_user_timeout",
};

constexpr QStringView kPasswordInUrl =
    u"it holds a password; store it in the keychain ('upwatch db password') or give it in "
    u"PGPASSWORD or ~/.pgpass instead, where no process list shows it";

constexpr QStringView kSslModes[] = {u"disable", u"allow",     u"prefer",
                                     u"require", u"verify-ca", u"verify-full"};

bool isPassedThrough(const QString &key)
{
    for (const QStringView known : kPassedThrough) {
        if (key == known)
            return true;
    }
    return false;
}

bool isSslMode(const QString &value)
{
    for (const QStringView mode : kSslModes) {
        if (value == mode)
            return true;
    }
    return false;
}

// A value in libpq's keyword='value' syntax.
QString quoted(const QString &value)
{
    QString escaped = value;
    escaped.replace(u'\\', QStringLiteral("\\\\"));
    escaped.replace(u'\'', QStringLiteral("\\'"));
    return u'\'' + escaped + u'\'';
}

} // namespace

bool DatabaseLocation::isPostgresUrl(const QString &text)
{
    const QString trimmed = text.trimmed();
    return trimmed.startsWith(u"postgresql://", Qt::CaseInsensitive) ||
           trimmed.startsWith(u"postgres://", Qt::CaseInsensitive);
}

std::optional<DatabaseLocation> DatabaseLocation::parse(const QString &text, QString *error)
{
    DatabaseLocation location;
    if (!isPostgresUrl(text)) {
        location.path = text;
        return location;
    }
    location.engine = Engine::Postgres;
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    // For messages and logs: without a password, wherever it was given.
    QUrl shown = url;
    QUrlQuery shownQuery(shown);
    shownQuery.removeAllQueryItems(QStringLiteral("password"));
    shown.setQuery(shownQuery);
    location.path = shown.toDisplayString(QUrl::RemovePassword);
    const auto refuse = [&](const QString &why) {
        *error = QStringLiteral("cannot use the database URL %1: %2")
                     .arg(url.isValid() ? location.path : QStringLiteral("'%1'").arg(text), why);
        return std::nullopt;
    };
    if (!url.isValid())
        return refuse(url.errorString());
    if (!url.password().isEmpty() || text.contains(u":@"))
        return refuse(kPasswordInUrl.toString());
    if (!url.fragment().isEmpty())
        return refuse(QStringLiteral("a URL of a database has no #fragment"));
    location.host = url.host(QUrl::FullyDecoded);
    location.port = url.port(-1);
    location.user = url.userName(QUrl::FullyDecoded);
    QString database = url.path(QUrl::FullyDecoded);
    if (database.startsWith(u'/'))
        database.remove(0, 1);
    if (database.contains(u'/'))
        return refuse(QStringLiteral("the path after the host is the database's name, which "
                                     "has no '/'"));
    location.database = database;

    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == u"password")
            return refuse(kPasswordInUrl.toString());
        if (value.contains(u';'))
            return refuse(
                QStringLiteral("the value of %1 has a ';', which cannot be passed on").arg(key));
        if (key == u"host") {
            location.host = value;
        }
        else if (key == u"port") {
            bool ok = false;
            location.port = value.toInt(&ok);
            if (!ok)
                location.port = 0;
        }
        else if (key == u"dbname") {
            location.database = value;
        }
        else if (key == u"user") {
            location.user = value;
        }
        else if (key == u"sslmode" && !isSslMode(value)) {
            return refuse(QStringLiteral("sslmode=%1 is none of disable, allow, prefer, require, "
                                         "verify-ca and verify-full")
                              .arg(value));
        }
        else if (isPassedThrough(key)) {
            location.options.append({key, value});
        }
        else {
            return refuse(QStringLiteral("unknown parameter '%1'").arg(key));
        }
    }
    if (location.port == 0 || location.port > 65535)
        return refuse(QStringLiteral("the port is not a number from 1 to 65535"));
    return location;
}

QString DatabaseLocation::connectOptions() const
{
    QStringList parts;
    QSet<QString> given;
    for (const auto &[key, value] : options) {
        parts.append(key + u'=' + quoted(value));
        given.insert(key);
    }
    // Unless the URL says otherwise: a server that does not answer fails a connection within
    // 10 s, and one that goes silent under an open connection (a black-holed network) within
    // about a minute, instead of blocking the thread for the system's TCP timeouts.
    const std::pair<QStringView, QStringView> defaults[] = {{u"connect_timeout", u"10"},
                                                            {u"keepalives_idle", u"30"},
                                                            {u"keepalives_interval", u"10"},
                                                            {u"keepalives_count", u"3"}};
    for (const auto &[key, value] : defaults) {
        if (!given.contains(key.toString()))
            parts.append(key.toString() + u'=' + quoted(value.toString()));
    }
    return parts.join(u';');
}

QString DatabaseLocation::passwordKey() const
{
    if (!isPostgres())
        return {};
    // Host names and addresses as they are (an IPv6 address in brackets); the role and the
    // database percent-encoded, so that an '@', ':' or '/' in them cannot make two keys alike.
    QString server = host.isEmpty() ? QStringLiteral("localhost") : host;
    if (server.contains(u':'))
        server = u'[' + server + u']';
    const QString role =
        user.isEmpty() ? QString() : QString::fromLatin1(QUrl::toPercentEncoding(user)) + u'@';
    return QStringLiteral("postgresql://%1%2:%3/%4")
        .arg(role, server)
        .arg(port > 0 ? port : 5432)
        .arg(QString::fromLatin1(QUrl::toPercentEncoding(database)));
}
