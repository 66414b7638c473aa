#include "ui/table/HistoryBarDelegate.h"

#include "core/model/CheckResult.h"
#include "ui/table/MonitorTableModel.h"
#include "ui/window/StatusStyle.h"

#include <QApplication>
#include <QPainter>

namespace {

constexpr int kBarWidth = 4;
constexpr int kGap = 1;

QColor verdictColor(int verdict)
{
    switch (Verdict(verdict)) {
    case Verdict::Up:
        return StatusStyle::color(MonitorState::Up);
    case Verdict::Degraded:
        return StatusStyle::color(MonitorState::Degraded);
    case Verdict::Down:
        break;
    }
    return StatusStyle::color(MonitorState::Down);
}

} // namespace

void HistoryBarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const auto verdicts = index.data(MonitorTableModel::HistoryRole).value<QList<int>>();
    const QRect area = option.rect.adjusted(4, 4, -4, -4);
    if (area.width() <= 0 || area.height() <= 0)
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    // Right-aligned: the newest check sits at the right edge, as in a timeline.
    const int fits = (area.width() + kGap) / (kBarWidth + kGap);
    const int shown = qMin(fits, int(verdicts.size()));
    int x = area.right() - shown * (kBarWidth + kGap) + kGap + 1;
    for (qsizetype i = verdicts.size() - shown; i < verdicts.size(); ++i) {
        painter->fillRect(QRect(x, area.top(), kBarWidth, area.height()),
                          verdictColor(verdicts[i]));
        x += kBarWidth + kGap;
    }
    if (verdicts.isEmpty()) {
        painter->setPen(option.palette.color(QPalette::PlaceholderText));
        painter->drawLine(area.left(), area.center().y(), area.right(), area.center().y());
    }
    painter->restore();
}

QSize HistoryBarDelegate::sizeHint(const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(MonitorTableModel::kHistoryLength * (kBarWidth + kGap) + 8);
    return size;
}
