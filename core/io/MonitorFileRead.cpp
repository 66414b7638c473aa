#include "core/io/MonitorFile.h"

#include <QIODevice>

#include <algorithm>

// Reading a monitor file's bytes, bounded; MonitorFile.cpp reads and writes what they say.

using namespace Qt::Literals::StringLiterals;

namespace MonitorFile {

std::optional<QByteArray> readAll(QIODevice &device, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
    };
    const QString tooLarge =
        u"is larger than %1 MiB: not a monitor file"_s.arg(kMaxFileBytes >> 20);
    // A file with a size is measured before anything is read.
    if (!device.isSequential() && device.size() > kMaxFileBytes) {
        fail(tooLarge);
        return std::nullopt;
    }
    // Anything else in chunks, one byte past the limit at most: /dev/zero or an endless pipe
    // ends here.
    constexpr qint64 kChunk = 1024 * 1024;
    QByteArray bytes;
    for (;;) {
        const qint64 room = kMaxFileBytes + 1 - bytes.size();
        if (room <= 0)
            break;
        const qsizetype before = bytes.size();
        bytes.resize(before + std::min(kChunk, room));
        const qint64 got = device.read(bytes.data() + before, bytes.size() - before);
        if (got < 0) {
            fail(u"cannot be read: "_s + device.errorString());
            return std::nullopt;
        }
        bytes.resize(before + got);
        if (got == 0)
            break;
    }
    if (bytes.size() > kMaxFileBytes) {
        fail(tooLarge);
        return std::nullopt;
    }
    return bytes;
}

} // namespace MonitorFile
