#pragma once

#include <QLabel>

// A field's problem, in red and word-wrapped, in a slot that is always there: hidden, it keeps
// one line of room, so a form does not jump when a one-line message comes or goes. A longer
// message asks for the height its wrapped text needs at the label's actual width (never less,
// so it is never squeezed and clipped).
class ErrorLabel final : public QLabel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ErrorLabel)

public:
    explicit ErrorLabel(QWidget *parent = nullptr);

    // The lines kept while hidden (1 by default): 2 for a field whose messages wrap, so they do
    // not grow a dialog that is at its smallest.
    void setReservedLines(int lines);

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;
    [[nodiscard]] int heightForWidth(int width) const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    [[nodiscard]] int lineHeight() const;
    [[nodiscard]] int wrappedHeight() const;

    int m_reservedLines = 1;
};
