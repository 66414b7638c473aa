#include "ui/dialogs/ErrorLabel.h"

#include "ui/window/StatusStyle.h"

#include <QResizeEvent>

#include <algorithm>

ErrorLabel::ErrorLabel(QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
    setAlignment(Qt::AlignLeft | Qt::AlignTop); // a short message at the top of its room
    QPalette pal;
    pal.setColor(QPalette::WindowText, StatusStyle::color(MonitorState::Down));
    setPalette(pal);
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    policy.setHeightForWidth(true);
    policy.setRetainSizeWhenHidden(true);
    setSizePolicy(policy);
    hide();
}

void ErrorLabel::setReservedLines(int lines)
{
    m_reservedLines = std::max(1, lines);
    updateGeometry();
}

int ErrorLabel::lineHeight() const
{
    const QMargins margins = contentsMargins();
    return m_reservedLines * fontMetrics().lineSpacing() + margins.top() + margins.bottom() +
           2 * margin();
}

int ErrorLabel::heightForWidth(int width) const
{
    return std::max(lineHeight(), QLabel::heightForWidth(width));
}

QSize ErrorLabel::sizeHint() const
{
    // The wrapped text at the width the label has: QLabel guesses a narrower one for its hint
    // (two lines for a short message), and a wider one for its minimum (one line for a message
    // that needs two, then clipped at the top and the bottom).
    QSize hint = QLabel::sizeHint();
    hint.setHeight(wrappedHeight());
    return hint;
}

QSize ErrorLabel::minimumSizeHint() const
{
    QSize hint = QLabel::minimumSizeHint();
    hint.setHeight(wrappedHeight());
    return hint;
}

int ErrorLabel::wrappedHeight() const
{
    if (text().isEmpty())
        return lineHeight();
    return heightForWidth(width() > 0 ? width() : QLabel::sizeHint().width());
}

void ErrorLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    // The minimum height follows the width: tell the layout when it changes.
    if (event->size().width() != event->oldSize().width() && !text().isEmpty())
        updateGeometry();
}
