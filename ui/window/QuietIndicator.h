#pragma once

#include "ui/tray/NotificationHold.h"

#include <QWidget>

class QLabel;
class QToolButton;

// The status bar's note while notifications are held: a struck-through bell and "Notifications
// paused until 14:30" with a Resume button, or "Quiet hours until 07:00". Hidden otherwise.
class QuietIndicator final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuietIndicator)

public:
    explicit QuietIndicator(QWidget *parent = nullptr);

    void setHold(const NotificationHold &hold);
    [[nodiscard]] QString text() const;
    [[nodiscard]] QToolButton *resumeButton() const { return m_resume; }

signals:
    void resumeRequested();

private:
    QLabel *m_icon;
    QLabel *m_text;
    QToolButton *m_resume;
};
