#include "core/check/BodyDecoder.h"

#include <zlib.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <utility>

namespace {

constexpr size_t kOutputChunk = 16 * 1024;

BodyDecoder::Coding codingFor(const QByteArray &name)
{
    if (name.isEmpty() || name == "identity")
        return BodyDecoder::Coding::Identity;
    if (name == "gzip" || name == "x-gzip")
        return BodyDecoder::Coding::Gzip;
    if (name == "deflate")
        return BodyDecoder::Coding::Deflate;
    return BodyDecoder::Coding::Unsupported; // br, zstd, "gzip, gzip", ...
}

// HTTP's "deflate" is meant to be a zlib stream, but some servers send raw deflate: a zlib
// stream starts with a header whose 16-bit value is a multiple of 31 and names method 8.
bool looksLikeZlib(QByteArrayView bytes)
{
    if (bytes.size() < 2)
        return true;
    const auto first = static_cast<unsigned char>(bytes.at(0));
    const auto second = static_cast<unsigned char>(bytes.at(1));
    return (first & 0x0F) == 8 && ((first << 8) | second) % 31 == 0;
}

} // namespace

struct BodyDecoder::Inflater {
    z_stream stream{};
    bool initialised = false;

    ~Inflater()
    {
        if (initialised)
            inflateEnd(&stream);
    }
};

BodyDecoder::BodyDecoder(QByteArrayView contentEncoding)
    : m_name(contentEncoding.toByteArray().trimmed().toLower())
{
    m_coding = codingFor(m_name);
}

BodyDecoder::~BodyDecoder() = default;
BodyDecoder::BodyDecoder(BodyDecoder &&) noexcept = default;
BodyDecoder &BodyDecoder::operator=(BodyDecoder &&) noexcept = default;

bool BodyDecoder::fail(const QString &error)
{
    m_error = error;
    m_inflater.reset();
    return false;
}

bool BodyDecoder::startInflater(QByteArrayView firstBytes)
{
    m_inflater = std::make_unique<Inflater>();
    // 15: the largest window; +16 reads a gzip wrapper; negative: raw deflate without a wrapper.
    int windowBits = 15;
    if (m_coding == Coding::Gzip)
        windowBits += 16;
    else if (!looksLikeZlib(firstBytes))
        windowBits = -15;
    if (inflateInit2(&m_inflater->stream, windowBits) != Z_OK)
        return fail(QStringLiteral("the decompressor could not start"));
    m_inflater->initialised = true;
    return true;
}

bool BodyDecoder::feed(QByteArrayView encoded, qint64 limit, const Sink &sink)
{
    if (!m_error.isEmpty())
        return false;
    if (m_coding == Coding::Unsupported) {
        return fail(QStringLiteral("the body is encoded with '%1', which Upwatch did not ask for "
                                   "and cannot decode")
                        .arg(QString::fromLatin1(m_name)));
    }
    if (m_coding == Coding::Identity) {
        m_encodedBytes += encoded.size();
        const qint64 room = std::max<qint64>(limit - m_decodedBytes, 0);
        const QByteArrayView piece = encoded.first(std::min<qint64>(room, encoded.size()));
        if (!piece.isEmpty()) {
            m_decodedBytes += piece.size();
            sink(piece);
        }
        return true;
    }
    if (encoded.isEmpty() || m_streamEnded)
        return true; // bytes after the end of the compressed stream are ignored
    if (m_decodedBytes >= limit)
        return true;
    if (!m_inflater) {
        // Whether "deflate" has a zlib wrapper shows in its first two bytes: wait for both.
        if (m_coding == Coding::Deflate && m_head.size() + encoded.size() < 2) {
            m_head.append(encoded.data(), encoded.size());
            return true;
        }
        if (!m_head.isEmpty()) {
            const QByteArray joined = std::exchange(m_head, {}) + encoded.toByteArray();
            return startInflater(joined) && inflateInto(joined, limit, sink);
        }
        if (!startInflater(encoded))
            return false;
    }
    return inflateInto(encoded, limit, sink);
}

bool BodyDecoder::inflateInto(QByteArrayView encoded, qint64 limit, const Sink &sink)
{
    z_stream &stream = m_inflater->stream;
    // zlib's API takes non-const input; it never writes to it.
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(encoded.data()));
    stream.avail_in = uInt(encoded.size());
    std::array<char, kOutputChunk> output;
    while (m_decodedBytes < limit) {
        const size_t room = size_t(std::min<qint64>(limit - m_decodedBytes, qint64(output.size())));
        stream.next_out = reinterpret_cast<Bytef *>(output.data());
        stream.avail_out = uInt(room);
        const int status = inflate(&stream, Z_NO_FLUSH);
        const size_t produced = room - stream.avail_out;
        if (produced > 0) {
            m_decodedBytes += qint64(produced);
            sink(QByteArrayView(output.data(), qsizetype(produced)));
        }
        if (status == Z_STREAM_END) {
            m_streamEnded = true;
            break;
        }
        if (status == Z_BUF_ERROR)
            break; // no progress possible: the stream needs more input
        if (status != Z_OK) {
            const char *detail = stream.msg ? stream.msg : "invalid data";
            return fail(QStringLiteral("the body could not be decompressed (Content-Encoding: %1): "
                                       "%2")
                            .arg(QString::fromLatin1(m_name), QString::fromLatin1(detail)));
        }
        if (stream.avail_in == 0 && stream.avail_out > 0)
            break; // everything given was decoded
    }
    m_encodedBytes += encoded.size() - qsizetype(stream.avail_in); // what was decoded
    stream.next_in = nullptr; // `encoded` is not kept beyond this call
    stream.avail_in = 0;
    return true;
}

bool BodyDecoder::finish()
{
    if (!m_error.isEmpty())
        return false;
    if (!isCompressed() || m_streamEnded || (m_encodedBytes == 0 && m_head.isEmpty()))
        return true;
    return fail(QStringLiteral("the compressed body ends before its end of stream "
                               "(Content-Encoding: %1)")
                    .arg(QString::fromLatin1(m_name)));
}
