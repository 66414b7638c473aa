#include "ui/dialogs/QuietHoursEditor.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QTimeEdit>
#include <QVBoxLayout>

QuietHoursEditor::QuietHoursEditor(QWidget *parent)
    : QWidget(parent)
    , m_enabled(new QCheckBox(tr("Hold notifications e&very day from"), this))
    , m_start(new QTimeEdit(this))
    , m_end(new QTimeEdit(this))
    , m_to(new QLabel(tr("to"), this))
{
    setObjectName(QStringLiteral("quietHoursEditor"));
    m_enabled->setObjectName(QStringLiteral("quietHoursCheck"));
    m_start->setObjectName(QStringLiteral("quietStartEdit"));
    m_end->setObjectName(QStringLiteral("quietEndEdit"));
    for (QTimeEdit *edit : {m_start, m_end}) {
        edit->setDisplayFormat(QStringLiteral("HH:mm"));
        connect(edit, &QTimeEdit::timeChanged, this, &QuietHoursEditor::changed);
    }
    m_start->setAccessibleName(tr("Quiet hours start"));
    m_end->setAccessibleName(tr("Quiet hours end"));
    m_to->setBuddy(m_end);

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_enabled);
    row->addWidget(m_start);
    row->addWidget(m_to);
    row->addWidget(m_end);
    row->addStretch(1);
    auto *help = new QLabel(tr("Alerts wait and arrive as one summary when quiet hours end. The "
                               "tray still shows the current state."),
                            this);
    help->setObjectName(QStringLiteral("quietHoursHelp"));
    help->setWordWrap(true);
    help->setForegroundRole(QPalette::PlaceholderText); // muted, as a hint
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(help);

    connect(m_enabled, &QCheckBox::toggled, this, &QuietHoursEditor::updateEnabled);
    connect(m_enabled, &QCheckBox::toggled, this, &QuietHoursEditor::changed);
    setQuietHours({});
}

void QuietHoursEditor::setQuietHours(const QuietHours &hours)
{
    m_enabled->setChecked(hours.enabled);
    m_start->setTime(hours.start);
    m_end->setTime(hours.end);
    updateEnabled();
}

QuietHours QuietHoursEditor::quietHours() const
{
    return QuietHours{m_enabled->isChecked(), m_start->time(), m_end->time()};
}

QString QuietHoursEditor::problem() const
{
    if (m_enabled->isChecked() && m_start->time() == m_end->time())
        return tr("Quiet hours must end at another time than they start.");
    return {};
}

void QuietHoursEditor::updateEnabled()
{
    const bool on = m_enabled->isChecked();
    m_start->setEnabled(on);
    m_end->setEnabled(on);
    m_to->setEnabled(on);
}
