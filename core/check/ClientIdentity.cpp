#include "core/check/ClientIdentity.h"

#include "core/base/JsonText.h"

#include <QFile>

namespace {

QString named(const QString &path)
{
    return u'\'' + JsonText::oneLine(path) + u'\'';
}

// The whole file, at most ClientIdentity::kMaxFileBytes; nullopt with *error set otherwise.
std::optional<QByteArray> readSmallFile(const QString &path, const QString &what, QString *error)
{
    QFile file(path);
    if (path.isEmpty()) {
        *error = QStringLiteral("no %1 file was given").arg(what);
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error =
            QStringLiteral("cannot read %1 file %2: %3").arg(what, named(path), file.errorString());
        return std::nullopt;
    }
    QByteArray data = file.read(ClientIdentity::kMaxFileBytes + 1);
    if (data.size() > ClientIdentity::kMaxFileBytes) {
        *error = QStringLiteral("%1 file %2 is larger than 1 MiB: not a PEM file")
                     .arg(what, named(path));
        return std::nullopt;
    }
    return data;
}

// One DER element (tag, length, content) at the start of `der`.
struct DerElement {
    quint8 tag = 0;
    QByteArrayView whole;
    QByteArrayView content;
};

std::optional<DerElement> derElement(QByteArrayView der)
{
    if (der.size() < 2)
        return std::nullopt;
    const auto byte = [&der](qsizetype i) { return quint8(der.at(i)); };
    qsizetype length = byte(1);
    qsizetype header = 2;
    if (length & 0x80) {
        const int octets = length & 0x7f;
        if (octets == 0 || octets > 3 || der.size() < 2 + octets)
            return std::nullopt;
        length = 0;
        for (int i = 0; i < octets; ++i)
            length = (length << 8) | byte(2 + i);
        header += octets;
    }
    if (der.size() < header + length)
        return std::nullopt;
    return DerElement{byte(0), der.first(header + length), der.sliced(header, length)};
}

// False when the private key certainly does not belong to the public key. Both are DER as Qt
// writes them: the public key as SubjectPublicKeyInfo, the private key as PKCS#1 (RSA: the
// modulus and exponent follow the version) or SEC1 (EC: the public point is included).
bool keyMatches(const QSslKey &publicKey, const QSslKey &privateKey)
{
    constexpr quint8 kSequence = 0x30;
    constexpr quint8 kBitString = 0x03;
    if (publicKey.algorithm() != privateKey.algorithm())
        return false;
    const QByteArray info = publicKey.toDer();
    const QByteArray priv = privateKey.toDer();
    const std::optional<DerElement> outer = derElement(info);
    if (!outer || outer->tag != kSequence)
        return true;
    const std::optional<DerElement> algorithm = derElement(outer->content);
    if (!algorithm)
        return true;
    const std::optional<DerElement> bits =
        derElement(outer->content.sliced(algorithm->whole.size()));
    if (!bits || bits->tag != kBitString || bits->content.size() < 2)
        return true;
    if (privateKey.algorithm() == QSsl::Ec)
        return priv.contains(bits->whole);
    // RSA: the bit string holds SEQUENCE { modulus, exponent }.
    const std::optional<DerElement> rsa = derElement(bits->content.sliced(1));
    if (!rsa || rsa->tag != kSequence)
        return true;
    return priv.contains(rsa->content);
}

bool isEncryptedPem(const QByteArray &pem)
{
    return pem.contains("-----BEGIN ENCRYPTED PRIVATE KEY-----") ||
           pem.contains("Proc-Type: 4,ENCRYPTED");
}

} // namespace

std::optional<ClientIdentity> ClientIdentity::load(const QString &certificateFile,
                                                   const QString &keyFile,
                                                   const QByteArray &passphrase, QString *error)
{
    const QString certificateWhat = QStringLiteral("client certificate");
    const QString keyWhat = QStringLiteral("client key");
    const std::optional<QByteArray> certificatePem =
        readSmallFile(certificateFile, certificateWhat, error);
    if (!certificatePem)
        return std::nullopt;
    ClientIdentity identity;
    identity.chain = QSslCertificate::fromData(*certificatePem, QSsl::Pem);
    if (identity.chain.isEmpty() || identity.chain.constFirst().isNull()) {
        *error = QStringLiteral("client certificate file %1 holds no PEM certificate")
                     .arg(named(certificateFile));
        return std::nullopt;
    }
    identity.certificate = identity.chain.constFirst();

    const std::optional<QByteArray> keyPem = readSmallFile(keyFile, keyWhat, error);
    if (!keyPem)
        return std::nullopt;
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec}) {
        identity.key = QSslKey(*keyPem, algorithm, QSsl::Pem, QSsl::PrivateKey, passphrase);
        if (!identity.key.isNull())
            break;
    }
    if (identity.key.isNull()) {
        if (!isEncryptedPem(*keyPem)) {
            *error = QStringLiteral("client key file %1 holds no PEM RSA or EC private key")
                         .arg(named(keyFile));
        }
        else if (passphrase.isEmpty()) {
            *error = QStringLiteral("client key file %1 is encrypted, and no key passphrase was "
                                    "given")
                         .arg(named(keyFile));
        }
        else {
            *error = QStringLiteral("cannot decrypt client key file %1: wrong key passphrase")
                         .arg(named(keyFile));
        }
        return std::nullopt;
    }
    if (!keyMatches(identity.certificate.publicKey(), identity.key)) {
        *error = QStringLiteral("client key file %1 does not belong to the certificate in %2")
                     .arg(named(keyFile), named(certificateFile));
        return std::nullopt;
    }
    return identity;
}

QSslConfiguration ClientIdentity::applyTo(QSslConfiguration base) const
{
    base.setLocalCertificateChain(chain);
    base.setPrivateKey(key);
    return base;
}
