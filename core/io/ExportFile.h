#pragma once

#include <QFile>
#include <QSaveFile>
#include <QString>

// A file an export writes (monitor definitions, history CSV). A regular file is written to a
// temporary file and renamed on commit(), so an old export is never left half-overwritten; a
// new one is created readable by its owner only (0600), as it may list internal hosts and
// headers. A device or a pipe (/dev/stdout, /dev/full, a FIFO) cannot be replaced and is written
// directly. Either way commit() fails on any write error, such as a full disk.
class ExportFile final {
public:
    explicit ExportFile(QString path);

    [[nodiscard]] bool open();
    // What to write to, once open() succeeded.
    [[nodiscard]] QFileDevice &device();
    // A write to device() failed: "cannot write /dev/full: No space left on device".
    [[nodiscard]] bool writeFailed();
    // Finishes the file: true when every byte reached it.
    [[nodiscard]] bool commit();
    // Why open() or commit() failed: "cannot write /dev/full: No space left on device".
    [[nodiscard]] QString errorString() const { return m_error; }

private:
    bool fail(const QString &why);

    QString m_path;
    bool m_direct = false;
    QSaveFile m_saveFile;
    QFile m_file;
    QString m_error;
};
