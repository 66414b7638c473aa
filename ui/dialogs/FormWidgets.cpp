#include "ui/dialogs/FormWidgets.h"

#include "ui/dialogs/ErrorLabel.h"

#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QResizeEvent>
#include <QSpinBox>
#include <QTextDocument>

namespace {

constexpr int kTextRows = 4;

// The form row of an ErrorLabel: as tall as the label's wrapped text at the row's width, and
// still there (one line) while the label is hidden; a form drops a hidden widget's row whatever
// its size policy says.
class ErrorSlot final : public QWidget {
public:
    explicit ErrorSlot(QWidget *parent)
        : QWidget(parent)
    {
        QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Minimum);
        policy.setHeightForWidth(true);
        setSizePolicy(policy);
    }
    Q_DISABLE_COPY_MOVE(ErrorSlot)
    ~ErrorSlot() override = default;

    void setLabel(ErrorLabel *label)
    {
        m_label = label;
        m_label->setGeometry(rect());
        updateGeometry();
    }
    [[nodiscard]] QSize sizeHint() const override
    {
        return {m_label ? m_label->sizeHint().width() : 0, heightForWidth(width())};
    }
    [[nodiscard]] QSize minimumSizeHint() const override
    {
        return {m_label ? m_label->minimumSizeHint().width() : 0, heightForWidth(width())};
    }
    [[nodiscard]] bool hasHeightForWidth() const override { return true; }
    [[nodiscard]] int heightForWidth(int width) const override
    {
        if (!m_label)
            return 0;
        return m_label->heightForWidth(width > 0 ? width : m_label->sizeHint().width());
    }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QWidget::resizeEvent(event);
        if (m_label)
            m_label->setGeometry(rect());
        if (event->size().width() != event->oldSize().width())
            updateGeometry();
    }
    bool event(QEvent *event) override
    {
        // The label's text changed (it has no layout to tell).
        if (event->type() == QEvent::LayoutRequest)
            updateGeometry();
        return QWidget::event(event);
    }

private:
    ErrorLabel *m_label = nullptr;
};

} // namespace

namespace FormWidgets {

QSpinBox *makeSpin(QWidget *parent, const QString &objectName, int minimum, int maximum,
                   const QString &suffix)
{
    auto *spin = new QSpinBox(parent);
    spin->setObjectName(objectName);
    spin->setRange(minimum, maximum);
    spin->setSuffix(suffix);
    spin->setAccelerated(true);
    return spin;
}

QPlainTextEdit *makeTextEdit(QWidget *parent, const QString &objectName, const QString &placeholder)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    const int lineHeight = edit->fontMetrics().lineSpacing();
    // At least kTextRows lines; more when the dialog is taller (another tab needs the height),
    // rather than the form spreading its rows apart.
    edit->setMinimumHeight(lineHeight * kTextRows + 2 * edit->frameWidth() +
                           int(edit->document()->documentMargin() * 2));
    edit->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    return edit;
}

QLabel *addErrorRow(QFormLayout *form, QWidget *fallbackParent, const QString &objectName,
                    int reservedLines)
{
    auto *slot = new ErrorSlot(form->parentWidget() ? form->parentWidget() : fallbackParent);
    auto *label = new ErrorLabel(slot);
    label->setObjectName(objectName);
    label->setReservedLines(reservedLines);
    slot->setLabel(label);
    form->addRow(QString(), slot);
    return label;
}

void showError(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
    // Its size follows the text at its width, also while it was hidden: ask the layout again.
    label->updateGeometry();
}

void setTextColor(QLabel *label, const QColor &color)
{
    QPalette palette;
    if (color.isValid())
        palette.setColor(QPalette::WindowText, color);
    label->setPalette(palette);
}

} // namespace FormWidgets
