#include "ui/window/StoreStatusLabel.h"

#include "ui/window/StatusStyle.h"

#include <QTimer>

StoreStatusLabel::StoreStatusLabel(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("storeStatusLabel"));
}

void StoreStatusLabel::showMessage(const QString &message, bool problem, bool fades)
{
    if (message.isEmpty()) {
        clear();
        setToolTip({});
        return;
    }
    QString text = message;
    text[0] = text[0].toUpper();
    setText(problem ? QStringLiteral("<span style=\"color:%1\">%2</span>")
                          .arg(StatusStyle::color(MonitorState::Down).name(), text.toHtmlEscaped())
                    : text.toHtmlEscaped());
    setToolTip(text);
    if (!fades)
        return;
    QTimer::singleShot(30'000, this, [this, text] {
        if (toolTip() == text) // not replaced meanwhile
            clear();
    });
}
