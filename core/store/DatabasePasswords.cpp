#include "core/store/DatabasePasswords.h"

#include <QHash>
#include <QMutex>

namespace {

struct Registry {
    QMutex mutex;
    QHash<QString, QByteArray> passwords;
};

Registry &registry()
{
    static Registry instance;
    return instance;
}

} // namespace

namespace DatabasePasswords {

void set(const QString &key, const QByteArray &password)
{
    if (password.isEmpty()) {
        forget(key);
        return;
    }
    Registry &passwords = registry();
    const QMutexLocker lock(&passwords.mutex);
    passwords.passwords.insert(key, password);
}

void forget(const QString &key)
{
    Registry &passwords = registry();
    const QMutexLocker lock(&passwords.mutex);
    passwords.passwords.remove(key);
}

std::optional<QByteArray> find(const QString &key)
{
    Registry &passwords = registry();
    const QMutexLocker lock(&passwords.mutex);
    const auto found = passwords.passwords.constFind(key);
    if (found == passwords.passwords.cend())
        return std::nullopt;
    return *found;
}

} // namespace DatabasePasswords
