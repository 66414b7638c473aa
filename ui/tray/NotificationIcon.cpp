#include "ui/tray/NotificationIcon.h"

#include "ui/window/AppIcons.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>

namespace NotificationIcon {

QString writeFile(const QString &directory)
{
    constexpr int kSize = 64;
    const QByteArray png = AppIcons::appPng(kSize);
    if (png.isEmpty() || directory.isEmpty() || !QDir().mkpath(directory))
        return {};
    const QString path = QDir(directory).absoluteFilePath(QStringLiteral("upwatch-64.png"));
    if (QFile existing(path); existing.open(QIODevice::ReadOnly) && existing.readAll() == png)
        return path;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(png) != png.size() || !file.commit())
        return {};
    return path;
}

QString cachedFile()
{
    return writeFile(QStandardPaths::writableLocation(QStandardPaths::CacheLocation));
}

} // namespace NotificationIcon
