#include "ui/window/QuietIndicator.h"

#include "ui/table/MuteMarks.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

QuietIndicator::QuietIndicator(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_resume(new QToolButton(this))
{
    setObjectName(QStringLiteral("quietIndicator"));
    m_text->setObjectName(QStringLiteral("quietIndicatorText"));
    m_resume->setObjectName(QStringLiteral("resumeNotificationsButton"));
    const int size = fontMetrics().height();
    m_icon->setPixmap(MuteMarks::icon().pixmap(size, size));
    m_resume->setText(tr("Resume"));
    m_resume->setToolTip(tr("Send notifications again now; what was held comes as one summary"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_icon);
    layout->addWidget(m_text);
    layout->addWidget(m_resume);
    connect(m_resume, &QToolButton::clicked, this, &QuietIndicator::resumeRequested);
    setHold({});
}

void QuietIndicator::setHold(const NotificationHold &hold)
{
    m_text->setText(hold.text);
    // Quiet hours are a setting, not something to resume from here.
    m_resume->setVisible(hold.isSnoozed());
    setVisible(hold.isHolding());
}

QString QuietIndicator::text() const
{
    return isHidden() ? QString() : m_text->text();
}
