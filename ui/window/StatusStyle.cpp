#include "ui/window/StatusStyle.h"

#include <QCoreApplication>
#include <QHash>
#include <QPainter>
#include <QPixmap>

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
    QIcon result;
    for (const int size : {16, 22, 32, 64}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const QColor fill = color(state);
        painter.setPen(QPen(fill.darker(130), qMax(1.0, size / 16.0)));
        painter.setBrush(fill);
        const qreal margin = size / 8.0;
        painter.drawEllipse(QRectF(margin, margin, size - 2 * margin, size - 2 * margin));
        if (state == MonitorState::Paused) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(Qt::white);
            const qreal bar = size / 8.0;
            painter.drawRect(QRectF(size * 0.36, size * 0.32, bar, size * 0.36));
            painter.drawRect(QRectF(size * 0.64 - bar, size * 0.32, bar, size * 0.36));
        }
        painter.end();
        result.addPixmap(pixmap);
    }
    cache.insert(int(state), result);
    return result;
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
    case MonitorState::Pending:
        break;
    }
    return QCoreApplication::translate("StatusStyle", "Pending");
}

MonitorState worst(const QList<int> &counts)
{
    static constexpr std::array order{MonitorState::Down,     MonitorState::Unreachable,
                                      MonitorState::Degraded, MonitorState::Pending,
                                      MonitorState::Up,       MonitorState::Paused};
    for (const MonitorState state : order) {
        if (counts.value(int(state)) > 0)
            return state;
    }
    return MonitorState::Up;
}

} // namespace StatusStyle
