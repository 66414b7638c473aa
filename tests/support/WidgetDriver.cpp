#include "tests/support/WidgetDriver.h"

#include <QAbstractButton>
#include <QLabel>
#include <QStringList>
#include <QTabWidget>
#include <QTest>

namespace WidgetDriver {

void retype(QWidget *widget, const QString &text)
{
    for (QWidget *child = widget; child; child = child->parentWidget()) {
        auto *tabs = qobject_cast<QTabWidget *>(
            child->parentWidget() ? child->parentWidget()->parentWidget() : nullptr);
        if (tabs && tabs->indexOf(child) >= 0)
            tabs->setCurrentWidget(child);
    }
    QTest::keyClick(widget, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(widget, Qt::Key_Backspace);
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            QTest::keyClick(widget, Qt::Key_Return);
        QTest::keyClicks(widget, lines.at(i));
    }
}

void click(const QWidget *parent, const QString &name)
{
    QTest::mouseClick(field<QAbstractButton>(parent, name), Qt::LeftButton);
}

bool shown(const QWidget *parent, const QString &name)
{
    const auto *label = field<QLabel>(parent, name);
    return label->isVisibleTo(label->window()) && !label->text().isEmpty();
}

QString text(const QWidget *parent, const QString &name)
{
    return field<QLabel>(parent, name)->text();
}

} // namespace WidgetDriver
