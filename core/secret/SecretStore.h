#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

// Where monitors' secrets (passwords, tokens, header values, key passphrases, client secrets)
// live: the OS keychain, a private file the user opted into, or memory (tests). The database
// only keeps a secret's key (Monitor::credentialKey).
//
// Every operation is asynchronous: the callback runs later from the event loop of the thread
// that called, never from inside the call, and never when `context` is gone. Nothing here
// blocks the calling thread on the keychain's daemon. A store lives in one thread.
class SecretStore : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    enum class Status {
        Ok,
        NotFound,    // no secret under that key
        Unavailable, // no keychain to talk to (no Secret Service on the session bus, ...)
        Denied,      // the keychain is locked, or the user refused access
        Failed,      // anything else; error says what
    };

    struct Reply {
        Status status = Status::Failed;
        QByteArray secret; // read(): the secret when status is Ok; empty otherwise
        QString error;     // a sentence for people when status is not Ok; never the secret
        [[nodiscard]] bool ok() const { return status == Status::Ok; }
    };
    using Callback = std::function<void(const Reply &reply)>;

    explicit SecretStore(QObject *parent = nullptr)
        : QObject(parent)
    {
    }
    ~SecretStore() override = default;

    virtual void read(const QString &key, QObject *context, Callback done) = 0;
    // Creates or replaces.
    virtual void write(const QString &key, const QByteArray &secret, QObject *context,
                       Callback done) = 0;
    // Removing a key that does not exist is Ok.
    virtual void remove(const QString &key, QObject *context, Callback done) = 0;

    // Where the secrets are, for messages: "the OS keychain", "the secrets file /x/y.secrets".
    [[nodiscard]] virtual QString describe() const = 0;

protected:
    // The answer to read(key) from stores that hold their secrets in a hash (memory, file).
    [[nodiscard]] Reply lookup(const QHash<QString, QByteArray> &secrets, const QString &key) const
    {
        Reply reply;
        const auto found = secrets.constFind(key);
        if (found == secrets.cend()) {
            reply.status = Status::NotFound;
            reply.error =
                QStringLiteral("No secret is stored under \"%1\" in %2.").arg(key, describe());
        }
        else {
            reply.status = Status::Ok;
            reply.secret = *found;
        }
        return reply;
    }
};
