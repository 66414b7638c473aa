#pragma once

#include "core/secret/SecretStore.h"

namespace QKeychain {
class Job;
}

// Secrets in the OS keychain through QtKeychain: on Linux the Secret Service on the session D-Bus
// (gnome-keyring, KeePassXC, KWallet 5.97+), reached through libsecret. One service name for the
// app ("upwatch"); a secret's key is the entry's name. In the Secret Service an entry carries the
// attributes {user: <key>, server: "upwatch", type: "base64"} under the schema "org.qt.keychain",
// so `secret-tool lookup server upwatch user KEY type base64` prints the secret in base64.
//
// Nothing here waits on the keychain: a QKeychain job is started and its finished() signal turns
// into the callback (posted once more, so it never runs inside the call). QtKeychain's plain-text
// fallback (QSettings) is switched off on every job: without a keychain the answer is
// Unavailable, never a clear-text copy.
//
// How QtKeychain 0.13 (Debian 12) behaves, tried by hand and in tst_keychain:
// - It picks a backend once per process: libsecret when libsecret-1.so.0 can be loaded (it is
//   loaded at run time, so libsecret-1-0 is a run-time dependency), else KWallet over D-Bus.
// - No session bus (DBUS_SESSION_BUS_ADDRESS unset without $DISPLAY, or pointing nowhere): every
//   job fails at once (a few ms) with OtherError, "Cannot autolaunch D-Bus without X11 $DISPLAY"
//   or "Could not connect: No such file or directory". Answered as Unavailable.
// - A session bus but no Secret Service: OtherError at once, "The name org.freedesktop.secrets
//   was not provided by any .service files". Unavailable. Where gnome-keyring is installed, the
//   bus starts it on the first job instead (D-Bus activation, ~50 ms).
// - gnome-keyring running with no "login" keyring and no way to prompt (no display): reads answer
//   EntryNotFound, writes fail with "Object does not exist at path
//   /org/freedesktop/secrets/collection/login". The write is answered Unavailable.
// - A locked keyring and no way to prompt: reads answer EntryNotFound (libsecret skips locked
//   items), writes answer AccessDenied ("Cannot create an item in a locked collection": Denied),
//   and removes answer Ok without removing anything.
// - A keychain daemon that hangs: the job waits for D-Bus's method-call timeout (GDBus: 25 s)
//   before it fails.
// - Jobs run one at a time (QtKeychain queues them).
// So probe() (a read of a key that is never written) tells "a keychain answers" from "none":
// Ok when one answers, Unavailable when there is none; a write may still find it locked.
//
// A started job is not owned by the store: libsecret calls back into it without a way to cancel,
// so deleting it mid-flight would crash. It deletes itself when done; callbacks are guarded by
// their context objects, so a store or a caller that is gone is simply not called.
class KeychainSecretStore final : public SecretStore {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainSecretStore)

public:
    enum class Operation { Read, Write, Remove };

    [[nodiscard]] static QString defaultService();
    // The key probe() reads; it is never written.
    [[nodiscard]] static QString probeKey();

    explicit KeychainSecretStore(QObject *parent = nullptr);
    KeychainSecretStore(const QString &service, QObject *parent);

    void read(const QString &key, QObject *context, Callback done) override;
    void write(const QString &key, const QByteArray &secret, QObject *context,
               Callback done) override;
    void remove(const QString &key, QObject *context, Callback done) override;
    [[nodiscard]] QString describe() const override;

    // Is there a keychain? Ok when one answers (the probe key is simply not found), Unavailable
    // (with the message to show) when there is none, Denied or Failed otherwise.
    void probe(QObject *context, Callback done);

    [[nodiscard]] QString service() const { return m_service; }

    // What a finished job means. `keychainError` is a QKeychain::Error; `detail` its
    // errorString(), which goes into the message (it never holds the secret).
    [[nodiscard]] static Reply replyFor(Operation operation, const QString &key, int keychainError,
                                        const QString &detail, const QByteArray &secret = {});

private:
    void start(QKeychain::Job *job, Operation operation, const QString &key, QObject *context,
               Callback done);

    QString m_service;
};
