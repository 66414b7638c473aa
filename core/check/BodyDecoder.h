#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <functional>
#include <memory>

// Decodes an HTTP response body as it arrives, for the checks: identity, gzip and deflate (zlib
// or raw). Decoding is bounded by the caller: feed() produces at most `limit` decoded bytes in
// all, so a small compressed body can never make it inflate a large one. Upwatch asks servers
// for gzip and deflate only; a body in any other coding is reported as not decodable.
class BodyDecoder {
public:
    enum class Coding { Identity, Gzip, Deflate, Unsupported };

    // `contentEncoding` is the response's Content-Encoding header ("" or "identity": none).
    explicit BodyDecoder(QByteArrayView contentEncoding = {});
    ~BodyDecoder();
    BodyDecoder(BodyDecoder &&) noexcept;
    BodyDecoder &operator=(BodyDecoder &&) noexcept;
    BodyDecoder(const BodyDecoder &) = delete;
    BodyDecoder &operator=(const BodyDecoder &) = delete;

    using Sink = std::function<void(QByteArrayView decoded)>;

    // Decodes `encoded` and hands the result to `sink`, stopping once `limit` decoded bytes have
    // been produced since the start (the rest of `encoded` is then dropped). Returns false when
    // the data cannot be decoded; error() says why.
    bool feed(QByteArrayView encoded, qint64 limit, const Sink &sink);
    // The body ended: false when a compressed stream was cut short.
    [[nodiscard]] bool finish();

    [[nodiscard]] Coding coding() const { return m_coding; }
    [[nodiscard]] bool isCompressed() const
    {
        return m_coding == Coding::Gzip || m_coding == Coding::Deflate;
    }
    [[nodiscard]] QByteArray codingName() const { return m_name; }
    // Encoded bytes decoded so far (input beyond the limit is not counted).
    [[nodiscard]] qint64 encodedBytes() const { return m_encodedBytes; }
    [[nodiscard]] qint64 decodedBytes() const { return m_decodedBytes; }
    [[nodiscard]] QString error() const { return m_error; }

    static constexpr QByteArrayView kAcceptEncoding = "gzip, deflate";

private:
    struct Inflater;

    bool startInflater(QByteArrayView firstBytes);
    bool inflateInto(QByteArrayView encoded, qint64 limit, const Sink &sink);
    bool fail(const QString &error);

    Coding m_coding = Coding::Identity;
    QByteArray m_name;
    std::unique_ptr<Inflater> m_inflater;
    QByteArray m_head; // a first byte of "deflate", kept until the second tells its format
    qint64 m_encodedBytes = 0;
    qint64 m_decodedBytes = 0;
    bool m_streamEnded = false;
    QString m_error;
};
