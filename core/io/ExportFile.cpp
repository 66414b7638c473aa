#include "core/io/ExportFile.h"

#include <QFileInfo>

ExportFile::ExportFile(QString path)
    : m_path(std::move(path))
    , m_saveFile(m_path)
    , m_file(m_path)
{
}

bool ExportFile::fail(const QString &why)
{
    m_error = QStringLiteral("cannot write %1: %2").arg(m_path, why);
    return false;
}

bool ExportFile::open()
{
    const QFileInfo info(m_path);
    // A character device or FIFO: QSaveFile would try to rename a regular file over it.
    m_direct = info.exists() && !info.isFile() && !info.isDir();
    if (m_direct) {
        if (!m_file.open(QIODevice::WriteOnly))
            return fail(m_file.errorString());
        return true;
    }
    const bool isNew = !info.exists();
    if (!m_saveFile.open(QIODevice::WriteOnly))
        return fail(m_saveFile.errorString());
    // The temporary file gets the mode the final one keeps; an existing file keeps its own.
    if (isNew && !m_saveFile.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        m_saveFile.cancelWriting();
        return fail(m_saveFile.errorString());
    }
    return true;
}

QFileDevice &ExportFile::device()
{
    if (m_direct)
        return m_file;
    return m_saveFile;
}

bool ExportFile::writeFailed()
{
    if (device().error() == QFileDevice::NoError)
        return false;
    return !fail(device().errorString());
}

bool ExportFile::commit()
{
    if (m_direct) {
        // Buffered bytes meet the device here: /dev/full fails now, not at write().
        if (!m_file.flush() || m_file.error() != QFileDevice::NoError) {
            const QString why = m_file.errorString();
            m_file.close();
            return fail(why);
        }
        m_file.close();
        if (m_file.error() != QFileDevice::NoError)
            return fail(m_file.errorString());
        return true;
    }
    if (!m_saveFile.commit())
        return fail(m_saveFile.errorString());
    return true;
}
