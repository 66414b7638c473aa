#pragma once

#include <QByteArray>
#include <QIcon>
#include <QString>

// The icons compiled into upwatch_ui from resources/upwatch.qrc. SVG icons are drawn by
// QSvgRenderer at the exact size asked for (sharp at 16 px, at 48 px and on HiDPI screens) and
// need no image-format plugin.
namespace AppIcons {
// The app icon (:/icons/upwatch.svg): window, About dialog, notifications.
[[nodiscard]] QIcon app();
// An icon drawn from an SVG in the resources, e.g. ":/icons/state/up.svg". Null when the file
// is missing or not a valid SVG.
[[nodiscard]] QIcon fromSvg(const QString &resourcePath);
// The app icon as PNG bytes at one of the rendered sizes (16 22 24 32 48 64 128 256), as
// installed in hicolor; empty for another size.
[[nodiscard]] QByteArray appPng(int size);
// The sizes SVG icons announce (what a tray or a window manager picks from).
[[nodiscard]] QList<QSize> standardSizes();
} // namespace AppIcons
