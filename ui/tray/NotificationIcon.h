#pragma once

#include <QString>

// The app icon as a PNG file a notification service can read, for the "image-path" hint: an
// uninstalled build has no icon in the theme for the service to find by name.
namespace NotificationIcon {
// Writes the 64 px app icon to `directory`/upwatch-64.png unless the same bytes are there
// already, and returns the file's path; empty when it cannot be written.
[[nodiscard]] QString writeFile(const QString &directory);
// writeFile() into the app's cache folder (QStandardPaths::CacheLocation).
[[nodiscard]] QString cachedFile();
} // namespace NotificationIcon
