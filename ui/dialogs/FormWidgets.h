#pragma once

#include <QColor>
#include <QString>

class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QSpinBox;
class QWidget;

// Small pieces the monitor dialog and its tabs build their forms from, so every tab looks and
// reports problems the same way.
namespace FormWidgets {

[[nodiscard]] QSpinBox *makeSpin(QWidget *parent, const QString &objectName, int minimum,
                                 int maximum, const QString &suffix);
// A plain-text editor a few lines high, where Tab moves on.
[[nodiscard]] QPlainTextEdit *makeTextEdit(QWidget *parent, const QString &objectName,
                                           const QString &placeholder);
// A hidden ErrorLabel in its own row under the previous one, for a field's problem (its line
// stays reserved). Its parent is the form's widget, or `fallbackParent` when the form has none
// yet.
// `reservedLines`: ErrorLabel::setReservedLines.
QLabel *addErrorRow(QFormLayout *form, QWidget *fallbackParent, const QString &objectName,
                    int reservedLines = 1);
// Shows `text` in the label, or hides the label when `text` is empty.
void showError(QLabel *label, const QString &text);
// The label's text colour; an invalid colour restores the palette's own.
void setTextColor(QLabel *label, const QColor &color);

} // namespace FormWidgets
