#pragma once

#include "core/model/QuietSettings.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QTimeEdit;

// Settings' quiet hours: "Hold notifications every day from [22:00] to [07:00]" and a line on
// what that means. They are stored in the database (Silencer::setQuietHours), so `upwatch run`
// holds its alerts then too; the dialog only shows and edits them.
class QuietHoursEditor final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuietHoursEditor)

public:
    explicit QuietHoursEditor(QWidget *parent = nullptr);

    void setQuietHours(const QuietHours &hours);
    // What the editor shows (the times are kept while switched off).
    [[nodiscard]] QuietHours quietHours() const;
    // Why the shown quiet hours cannot be kept; empty when they can.
    [[nodiscard]] QString problem() const;

signals:
    void changed();

private:
    void updateEnabled();

    QCheckBox *m_enabled;
    QTimeEdit *m_start;
    QTimeEdit *m_end;
    QLabel *m_to;
};
