#include "core/store/StoreFailure.h"

#include <QFileInfo>

#include <cerrno>
#include <cstring>

#include <sys/statvfs.h>

namespace StoreFailure {

QString fromErrno(int error)
{
    switch (error) {
    case EROFS:
        return QStringLiteral("the file system is read-only");
    case ENOSPC:
    case EDQUOT:
        return QStringLiteral("the disk is full");
    case EACCES:
    case EPERM:
        return QStringLiteral("permission denied");
    default: {
        // The system's words in the middle of a sentence: "no such file or directory".
        QString words = QString::fromLocal8Bit(std::strerror(error));
        if (!words.isEmpty())
            words[0] = words.at(0).toLower();
        return words;
    }
    }
}

QString fromSqlite(int code, const QString &text, bool readOnlyFileSystem)
{
    const QString sqlite = text.isEmpty() ? QStringLiteral("SQLite error %1").arg(code) : text;
    const auto withText = [&sqlite](const char *words) {
        return QStringLiteral("%1 (%2)").arg(QLatin1StringView(words), sqlite);
    };
    const int primary = code & 0xff;
    if (readOnlyFileSystem &&
        (primary == kReadOnly || primary == kCantOpen || primary == kIoErr || primary == kPerm))
        return withText("the file system is read-only");
    switch (primary) {
    case kBusy:
    case kLocked:
        return withText("it is locked by another process");
    case kFull:
        return withText("the disk is full");
    case kCorrupt:
        return withText("it is damaged");
    case kNotADb:
        return withText("it is not a database file");
    case kReadOnly:
        return withText("it cannot be written");
    case kPerm:
        return withText("permission denied");
    case kCantOpen:
        return withText("it cannot be opened");
    case kIoErr:
        return withText("reading or writing it failed");
    default:
        return sqlite;
    }
}

bool concernsFile(int code)
{
    switch (code & 0xff) {
    case kPerm:
    case kBusy:
    case kLocked:
    case kReadOnly:
    case kIoErr:
    case kCorrupt:
    case kFull:
    case kCantOpen:
    case kProtocol:
    case kNotADb:
        return true;
    default:
        return false;
    }
}

bool onReadOnlyFileSystem(const QString &path)
{
    const QFileInfo info(path);
    const QString existing = info.exists() ? info.absoluteFilePath() : info.absolutePath();
    struct statvfs fs {};
    if (::statvfs(QFile::encodeName(existing).constData(), &fs) != 0)
        return false;
    return (fs.f_flag & ST_RDONLY) != 0;
}

} // namespace StoreFailure
