#pragma once

#include <QStringList>

// `upwatch report (--month YYYY-MM | --last-month | --from ISO --to ISO) [--monitor ID|NAME]...
// [--tag T] --out FILE.pdf|FILE.html`: the uptime report of a period, written as PDF or HTML by
// the file name's extension. The PDF needs a QGuiApplication: main() makes one for this command
// (offscreen, no display needed).
namespace ReportCommand {

// Whether the arguments run `report` (which needs a QGuiApplication).
[[nodiscard]] bool wanted(const QStringList &arguments);
[[nodiscard]] int run(const QStringList &arguments);

} // namespace ReportCommand
