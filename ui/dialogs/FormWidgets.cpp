#include "ui/dialogs/FormWidgets.h"

#include "ui/window/StatusStyle.h"

#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTextDocument>

namespace {

constexpr int kTextRows = 4;

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

QLabel *addErrorRow(QFormLayout *form, QWidget *fallbackParent, const QString &objectName)
{
    auto *label = new QLabel(form->parentWidget() ? form->parentWidget() : fallbackParent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    setTextColor(label, StatusStyle::color(MonitorState::Down));
    label->hide();
    form->addRow(QString(), label);
    return label;
}

void showError(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

void setTextColor(QLabel *label, const QColor &color)
{
    QPalette palette;
    if (color.isValid())
        palette.setColor(QPalette::WindowText, color);
    label->setPalette(palette);
}

} // namespace FormWidgets
