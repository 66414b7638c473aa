#include "core/check/ClientIdentityCache.h"

#include <QCryptographicHash>
#include <QFileInfo>

namespace {

// Milliseconds since the epoch; -1 when the file does not exist.
qint64 modified(const QString &path)
{
    const QFileInfo info(path);
    return info.exists() ? info.lastModified().toMSecsSinceEpoch() : -1;
}

} // namespace

std::optional<ClientIdentityCache::Loaded> ClientIdentityCache::load(const QString &certificateFile,
                                                                     const QString &keyFile,
                                                                     const QByteArray &passphrase,
                                                                     const QSslConfiguration &base,
                                                                     QString *error)
{
    const QString key = certificateFile + u'\n' + keyFile;
    const qint64 certificateModified = modified(certificateFile);
    const qint64 keyModified = modified(keyFile);
    const QByteArray passphraseHash =
        QCryptographicHash::hash(passphrase, QCryptographicHash::Sha256);
    const auto it = m_entries.constFind(key);
    if (it != m_entries.cend() && it->certificateModified == certificateModified &&
        it->keyModified == keyModified && it->passphraseHash == passphraseHash &&
        certificateModified >= 0 && keyModified >= 0) {
        return it->loaded;
    }
    const std::optional<ClientIdentity> identity =
        ClientIdentity::load(certificateFile, keyFile, passphrase, error);
    if (!identity) {
        m_entries.remove(key);
        return std::nullopt;
    }
    ++m_loadCount;
    Entry entry{certificateModified, keyModified, passphraseHash, {identity->applyTo(base), 0}};
    // The same identity read again (another passphrase hash for the same files, a touched
    // file) keeps its generation: connections made with it may still be used.
    const bool same = it != m_entries.cend() &&
                      it->loaded.tls.localCertificateChain() == identity->chain &&
                      it->loaded.tls.privateKey() == identity->key;
    entry.loaded.generation = same ? it->loaded.generation : m_nextGeneration++;
    m_entries.insert(key, entry);
    return entry.loaded;
}
