#pragma once

#include "core/secret/SecretStore.h"

#include <QHash>

#include <functional>
#include <memory>
#include <optional>

// The opt-in fallback for machines without a keychain (a headless server with no Secret
// Service): secrets in one file the user chose, "<database>.secrets" beside the database.
//
// The file is JSON, {"version": 1, "secrets": {"<key>": "<base64 of the secret>"}}. It must be a
// regular file owned by the user running Upwatch with no permission bits for group or others
// (mode 0600); any other file is refused, unread, with a message saying what to run
// (`chmod 600 FILE`). Writes replace it atomically (QSaveFile) with a file whose mode is set to
// 0600 before any secret is written to it. A file that cannot be parsed is never overwritten: a
// write answers Failed and leaves it as it is, for the user to fix or remove. Reading it is
// bounded (kMaxFileBytes).
//
// The file is small and local, so each operation reads (and a change rewrites) it at once, in
// the calling thread; only the callback waits for the event loop, as the interface promises.
// Nothing is cached: a file changed by hand is seen by the next operation.
class QLockFile;

class FileSecretStore final : public SecretStore {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileSecretStore)

public:
    static constexpr qint64 kMaxFileBytes = 1024 * 1024;
    // How long a change waits for another process's change of the same file.
    static constexpr int kLockWaitMs = 5000;

    explicit FileSecretStore(const QString &path, QObject *parent = nullptr);

    void read(const QString &key, QObject *context, Callback done) override;
    void write(const QString &key, const QByteArray &secret, QObject *context,
               Callback done) override;
    void remove(const QString &key, QObject *context, Callback done) override;
    [[nodiscard]] QString describe() const override;

    [[nodiscard]] QString path() const { return m_path; }

private:
    using Secrets = QHash<QString, QByteArray>;

    // The secrets in the file (none when it does not exist), or nullopt with `failure` set.
    [[nodiscard]] std::optional<Secrets> load(Reply *failure) const;
    [[nodiscard]] std::optional<Secrets> parse(const QByteArray &bytes, Reply *failure) const;
    [[nodiscard]] bool save(const Secrets &secrets, Reply *failure) const;
    [[nodiscard]] std::unique_ptr<QLockFile> lockForChange(Reply *failure) const;
    // Reads, edits (edit answers whether it changed anything) and saves the file under the lock.
    void change(QObject *context, Callback done, const std::function<bool(Secrets &)> &edit);
    [[nodiscard]] Reply failed(SecretStore::Status status, const QString &error) const;

    QString m_path;
};
