#include "core/store/StoreFile.h"

#include "core/store/StoreFailure.h"

#include <QDir>
#include <QFileInfo>
#include <QStringList>
#include <QtEndian>

#include <cerrno>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

// https://sqlite.org/fileformat.html#the_database_header
constexpr qsizetype kHeaderSize = 100;
constexpr char kMagic[] = "SQLite format 3"; // and its terminating zero: 16 bytes
constexpr int kWriteVersionOffset = 18;
constexpr int kSchemaCookieOffset = 40;
constexpr int kUserVersionOffset = 60;
constexpr int kApplicationIdOffset = 68;

quint32 field(const QByteArray &header, int offset)
{
    return qFromBigEndian<quint32>(header.constData() + offset);
}

} // namespace

namespace StoreFile {

bool readHeader(const QString &path, QByteArray *header, QString *error)
{
    // O_NONBLOCK: opening a FIFO must not wait for a writer; it is refused below.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) {
        *error = StoreFailure::fromErrno(errno);
        return false;
    }
    struct stat info {};
    if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
        *error = QStringLiteral("it is not a regular file");
        ::close(fd);
        return false;
    }
    header->resize(kHeaderSize);
    qsizetype filled = 0;
    while (filled < kHeaderSize) {
        const ssize_t got = ::read(fd, header->data() + filled, size_t(kHeaderSize - filled));
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0) {
            *error = StoreFailure::fromErrno(errno);
            ::close(fd);
            return false;
        }
        if (got == 0)
            break;
        filled += got;
    }
    ::close(fd);
    header->truncate(filled);
    return true;
}

Kind classify(const QByteArray &header)
{
    if (header.isEmpty())
        return Kind::Empty;
    if (header.size() < kHeaderSize ||
        !header.startsWith(QByteArray::fromRawData(kMagic, sizeof kMagic)))
        return Kind::NotADatabase;
    const quint32 applicationId = field(header, kApplicationIdOffset);
    if (applicationId == kApplicationId)
        return Kind::Upwatch;
    if (applicationId != 0)
        return Kind::Foreign;
    // Upwatch writes its tables and its user_version in one transaction, so tables without a
    // user_version are another program's. (In WAL mode this header may lag behind the log; it
    // never shows the tables without the version.)
    if (field(header, kUserVersionOffset) == 0 && field(header, kSchemaCookieOffset) != 0)
        return Kind::Foreign;
    return Kind::Unknown;
}

bool isWal(const QByteArray &header)
{
    return header.size() >= kHeaderSize && header.at(kWriteVersionOffset) == 2;
}

bool makePrivateFolder(const QString &path, QString *error)
{
    QStringList missing;
    QFileInfo folder(QDir::cleanPath(QFileInfo(path).absoluteFilePath()));
    while (!folder.exists() && !folder.isRoot()) {
        missing.prepend(folder.absoluteFilePath());
        folder.setFile(folder.absolutePath());
    }
    for (const QString &each : std::as_const(missing)) {
        const QByteArray name = QFile::encodeName(each);
        // mkdir applies the umask, which may only take bits away; chmod makes it exactly 0700.
        // A folder made meanwhile by someone else keeps its mode.
        const bool made = ::mkdir(name.constData(), 0700) == 0;
        if ((made && ::chmod(name.constData(), 0700) != 0) || (!made && errno != EEXIST)) {
            *error = QStringLiteral("cannot create the folder %1: %2")
                         .arg(each, StoreFailure::fromErrno(errno));
            return false;
        }
    }
    return true;
}

bool createPrivateFile(const QString &path, QString *error)
{
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        if (errno == EEXIST)
            return true;
        *error = StoreFailure::fromErrno(errno);
        return false;
    }
    const bool ok = ::fchmod(fd, 0600) == 0;
    const int failure = errno;
    ::close(fd);
    if (!ok) {
        *error = StoreFailure::fromErrno(failure);
        return false;
    }
    return true;
}

} // namespace StoreFile
