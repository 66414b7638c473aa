#pragma once

#include <QString>
#include <QWidget>

#include <cstdlib>

// Driving widgets in UI tests the way a user would, found by objectName.
namespace WidgetDriver {

// A widget by objectName; a missing one is a broken contract, so the test stops there.
template<typename T>
T *field(const QWidget *parent, const QString &name)
{
    T *widget = parent->findChild<T *>(name);
    if (!widget)
        qFatal("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
    return widget;
}

// Shows the tab holding `widget` (if any), then replaces its text: select all, delete, type
// (Return between lines).
void retype(QWidget *widget, const QString &text);
// Clicks the button named `name` with the mouse (it must be enabled to react).
void click(const QWidget *parent, const QString &name);
// Whether the label named `name` is shown with some text (when its window is).
[[nodiscard]] bool shown(const QWidget *parent, const QString &name);
// The text of the label named `name`.
[[nodiscard]] QString text(const QWidget *parent, const QString &name);

} // namespace WidgetDriver
