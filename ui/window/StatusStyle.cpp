#include "ui/window/StatusStyle.h"

#include "ui/window/AppIcons.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <array>

namespace StatusStyle {

QColor color(MonitorState state)
{
    switch (state) {
    case MonitorState::Up:
        return QColor(0x2e, 0xa0, 0x43);
    case MonitorState::Degraded:
        return QColor(0xe0, 0x8e, 0x0b);
    case MonitorState::Down:
        return QColor(0xd7, 0x3a, 0x31);
    case MonitorState::Unreachable:
        return QColor(0xa3, 0x5a, 0x8c);
    case MonitorState::Paused:
        return QColor(0x8c, 0x95, 0x9f);
    case MonitorState::Maintenance:
        return QColor(0x2b, 0x8a, 0x9a);
    case MonitorState::Pending:
        break;
    }
    return QColor(0x4f, 0x8c, 0xd6);
}

QIcon icon(MonitorState state)
{
    static QHash<int, QIcon> cache;
    const auto found = cache.constFind(int(state));
    if (found != cache.cend())
        return *found;
    const QIcon result =
        AppIcons::fromSvg(QStringLiteral(":/icons/state/%1.svg").arg(iconName(state)));
    cache.insert(int(state), result);
    return result;
}

QString iconName(MonitorState state)
{
    switch (state) {
    case MonitorState::Up:
        return QStringLiteral("up");
    case MonitorState::Degraded:
        return QStringLiteral("degraded");
    case MonitorState::Down:
        return QStringLiteral("down");
    case MonitorState::Unreachable:
        return QStringLiteral("unreachable");
    case MonitorState::Paused:
        return QStringLiteral("paused");
    case MonitorState::Maintenance:
        return QStringLiteral("maintenance");
    case MonitorState::Pending:
        break;
    }
    return QStringLiteral("pending");
}

QString label(MonitorState state)
{
    switch (state) {
    case MonitorState::Up:
        return QCoreApplication::translate("StatusStyle", "Up");
    case MonitorState::Degraded:
        return QCoreApplication::translate("StatusStyle", "Degraded");
    case MonitorState::Down:
        return QCoreApplication::translate("StatusStyle", "Down");
    case MonitorState::Unreachable:
        return QCoreApplication::translate("StatusStyle", "Unreachable");
    case MonitorState::Paused:
        return QCoreApplication::translate("StatusStyle", "Paused");
    case MonitorState::Maintenance:
        return QCoreApplication::translate("StatusStyle", "Maintenance");
    case MonitorState::Pending:
        break;
    }
    return QCoreApplication::translate("StatusStyle", "Pending");
}

namespace {

// Most urgent first.
constexpr std::array kBySeverity{
    MonitorState::Down, MonitorState::Unreachable, MonitorState::Degraded, MonitorState::Pending,
    MonitorState::Up,   MonitorState::Maintenance, MonitorState::Paused};

} // namespace

int severity(MonitorState state)
{
    const auto found = std::find(kBySeverity.cbegin(), kBySeverity.cend(), state);
    return int(found - kBySeverity.cbegin());
}

MonitorState worst(const QList<int> &counts)
{
    for (const MonitorState state : kBySeverity) {
        if (counts.value(int(state)) > 0)
            return state;
    }
    return MonitorState::Up;
}

} // namespace StatusStyle
