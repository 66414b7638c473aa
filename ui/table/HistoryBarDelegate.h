#pragma once

#include <QStyledItemDelegate>

// Paints MonitorTableModel::HistoryRole as a row of small bars, one per recent check, coloured
// by verdict, oldest on the left.
class HistoryBarDelegate final : public QStyledItemDelegate {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryBarDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const override;
};
