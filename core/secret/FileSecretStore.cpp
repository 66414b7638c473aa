#include "core/secret/FileSecretStore.h"

#include "core/secret/CallLater.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>

#include <QCoreApplication>
#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kFormatVersion = 1;

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

} // namespace

FileSecretStore::FileSecretStore(const QString &path, QObject *parent)
    : SecretStore(parent)
    , m_path(path)
{
}

void FileSecretStore::read(const QString &key, QObject *context, Callback done)
{
    Reply reply;
    if (const std::optional<Secrets> secrets = load(&reply))
        reply = lookup(*secrets, key);
    callSecretCallbackLater(context, std::move(done), std::move(reply));
}

void FileSecretStore::write(const QString &key, const QByteArray &secret, QObject *context,
                            Callback done)
{
    change(context, std::move(done), [&key, &secret](Secrets &secrets) {
        secrets.insert(key, secret);
        return true;
    });
}

void FileSecretStore::remove(const QString &key, QObject *context, Callback done)
{
    // Removing a key that is not there is Ok and leaves the file alone (or absent).
    change(context, std::move(done), [&key](Secrets &secrets) { return secrets.remove(key) > 0; });
}

void FileSecretStore::change(QObject *context, Callback done,
                             const std::function<bool(Secrets &)> &edit)
{
    Reply reply;
    if (const auto lock = lockForChange(&reply)) {
        if (std::optional<Secrets> secrets = load(&reply)) {
            if (!edit(*secrets) || save(*secrets, &reply))
                reply = Reply{Status::Ok, {}, {}};
        }
    }
    callSecretCallbackLater(context, std::move(done), std::move(reply));
}

std::unique_ptr<QLockFile> FileSecretStore::lockForChange(Reply *failure) const
{
    // Another process (the window, `upwatch run`, `monitor add`) may change the file at the same
    // time: each change reads and rewrites it under this lock, so none is lost.
    auto lock = std::make_unique<QLockFile>(m_path + u".lock"_s);
    if (lock->tryLock(kLockWaitMs))
        return lock;
    // No lock can be made there (a missing folder, no permission): the change itself fails next
    // and says why, naming the file.
    if (lock->error() != QLockFile::LockFailedError)
        return lock;
    *failure = failed(Status::Failed, u"The secrets file %1 is being changed by another process "
                                      "(lock file %1.lock); try again."_s.arg(m_path));
    return nullptr;
}

QString FileSecretStore::describe() const
{
    return QCoreApplication::translate("SecretStore", "the secrets file %1").arg(m_path);
}

std::optional<FileSecretStore::Secrets> FileSecretStore::load(Reply *failure) const
{
    struct stat info {};
    if (::stat(QFile::encodeName(m_path).constData(), &info) != 0) {
        const int error = errno;
        if (error == ENOENT)
            return Secrets();
        *failure =
            failed(Status::Failed,
                   u"Could not read the secrets file %1: %2."_s.arg(m_path, systemError(error)));
        return std::nullopt;
    }
    // Checked before opening: opening a FIFO would block.
    if (!S_ISREG(info.st_mode)) {
        *failure =
            failed(Status::Failed, u"The secrets file %1 is not a regular file."_s.arg(m_path));
        return std::nullopt;
    }

    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        *failure =
            failed(Status::Failed,
                   u"Could not read the secrets file %1: %2."_s.arg(m_path, file.errorString()));
        return std::nullopt;
    }
    // The checks that matter are made on the file that was opened.
    if (::fstat(file.handle(), &info) != 0) {
        *failure =
            failed(Status::Failed,
                   u"Could not read the secrets file %1: %2."_s.arg(m_path, systemError(errno)));
        return std::nullopt;
    }
    if (info.st_uid != ::geteuid()) {
        *failure = failed(Status::Denied,
                          u"The secrets file %1 belongs to another user (uid %2, not %3), so it "
                          "is not read. It must be yours and readable only by you: remove it, "
                          "or have it given to you and then run `chmod 600 %1`."_s.arg(
                              m_path, QString::number(info.st_uid), QString::number(::geteuid())));
        return std::nullopt;
    }
    if ((info.st_mode & 077) != 0) {
        *failure =
            failed(Status::Denied,
                   u"The secrets file %1 can be read or changed by other users (mode %2), "
                   "so it is not read. Run `chmod 600 %1` and try again."_s.arg(
                       m_path, QString::number(info.st_mode & 07777, 8).rightJustified(4, u'0')));
        return std::nullopt;
    }
    if (info.st_size > kMaxFileBytes) {
        *failure = failed(Status::Failed,
                          u"The secrets file %1 is larger than %2 bytes, so it is not read."_s.arg(
                              m_path, QString::number(kMaxFileBytes)));
        return std::nullopt;
    }
    const QByteArray bytes = file.read(kMaxFileBytes + 1);
    if (bytes.size() > kMaxFileBytes) {
        *failure = failed(Status::Failed,
                          u"The secrets file %1 is larger than %2 bytes, so it is not read."_s.arg(
                              m_path, QString::number(kMaxFileBytes)));
        return std::nullopt;
    }
    if (file.error() != QFileDevice::NoError) {
        *failure =
            failed(Status::Failed,
                   u"Could not read the secrets file %1: %2."_s.arg(m_path, file.errorString()));
        return std::nullopt;
    }
    // An empty file is how a user opts into the file before Upwatch wrote to it.
    if (bytes.trimmed().isEmpty())
        return Secrets();
    return parse(bytes, failure);
}

std::optional<FileSecretStore::Secrets> FileSecretStore::parse(const QByteArray &bytes,
                                                               Reply *failure) const
{
    const QString unchanged = u" It was left unchanged: fix it, or remove it and enter the "
                              "secrets again."_s;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *failure = failed(Status::Failed, u"The secrets file %1 is not valid JSON (%2 at byte "
                                          "%3)."_s.arg(m_path, parseError.errorString(),
                                                       QString::number(parseError.offset)) %
                                              unchanged);
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    if (!document.isObject() || root.value("version"_L1).toInt() != kFormatVersion ||
        !root.value("secrets"_L1).isObject()) {
        *failure = failed(Status::Failed,
                          u"The secrets file %1 is not an Upwatch secrets file (version %2 with a "
                          "\"secrets\" object)."_s.arg(m_path, QString::number(kFormatVersion)) %
                              unchanged);
        return std::nullopt;
    }
    Secrets secrets;
    const QJsonObject entries = root.value("secrets"_L1).toObject();
    for (auto it = entries.constBegin(); it != entries.constEnd(); ++it) {
        const QByteArray::FromBase64Result decoded = QByteArray::fromBase64Encoding(
            it.value().toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!it.value().isString() || !decoded) {
            *failure = failed(Status::Failed,
                              u"The secrets file %1 is not valid: the value of \"%2\" is not a "
                              "base64 string."_s.arg(m_path, it.key()) %
                                  unchanged);
            return std::nullopt;
        }
        secrets.insert(it.key(), decoded.decoded);
    }
    return secrets;
}

bool FileSecretStore::save(const Secrets &secrets, Reply *failure) const
{
    QJsonObject entries;
    for (auto it = secrets.cbegin(); it != secrets.cend(); ++it)
        entries.insert(it.key(), QString::fromLatin1(it.value().toBase64()));
    const QJsonObject root{{"version"_L1, kFormatVersion}, {"secrets"_L1, entries}};

    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        *failure =
            failed(Status::Failed,
                   u"Could not write the secrets file %1: %2."_s.arg(m_path, file.errorString()));
        return false;
    }
    // Before a byte is written: the new file is the user's alone.
    if (::fchmod(file.handle(), S_IRUSR | S_IWUSR) != 0) {
        const int error = errno;
        file.cancelWriting();
        *failure = failed(Status::Failed, u"Could not make the secrets file %1 private: %2."_s.arg(
                                              m_path, systemError(error)));
        return false;
    }
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        *failure =
            failed(Status::Failed,
                   u"Could not write the secrets file %1: %2."_s.arg(m_path, file.errorString()));
        return false;
    }
    return true;
}

SecretStore::Reply FileSecretStore::failed(SecretStore::Status status, const QString &error) const
{
    return Reply{status, {}, error};
}
