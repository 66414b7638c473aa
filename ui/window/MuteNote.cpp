#include "ui/window/MuteNote.h"

#include <QHBoxLayout>
#include <QLabel>

MuteNote::MuteNote(std::shared_ptr<const Clock> clock, QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("muteNote"));
    m_text->setObjectName(QStringLiteral("muteNoteText"));
    m_marks.setClock(std::move(clock));
    const int size = fontMetrics().height();
    m_icon->setPixmap(MuteMarks::icon().pixmap(size, size));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    connect(&m_marks, &MuteMarks::expired, this, &MuteNote::refresh);
    hide();
}

void MuteNote::showFor(const Monitor &monitor)
{
    m_monitor = monitor;
    m_marks.follow(monitor);
    refresh();
}

QString MuteNote::text() const
{
    return isHidden() ? QString() : m_text->text();
}

void MuteNote::refresh()
{
    const QString text = m_monitor ? MuteMarks::text(*m_monitor, m_marks.now()) : QString();
    m_text->setText(text);
    setVisible(!text.isEmpty());
}
