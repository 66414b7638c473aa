#include "ui/dialogs/AgentSettingsPage.h"

#include "ui/dialogs/ErrorLabel.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSysInfo>
#include <QVBoxLayout>

AgentSettingsPage::AgentSettingsPage(QWidget *parent)
    : QWidget(parent)
    , m_agentCheck(new QCheckBox(tr("Check monitors from this computer as an &agent"), this))
    , m_locationEdit(new QLineEdit(this))
    , m_locationError(new ErrorLabel(this))
{
    auto *about = new QLabel(
        tr("Several computers can share one database (a PostgreSQL server, see the README): each "
           "runs <tt>upwatch run</tt> as an agent and checks its share of the monitors. By "
           "default this window checks only the monitors no running agent takes, and shows what "
           "the agents find for the others. As an agent, it takes its share like they do."),
        this);
    about->setWordWrap(true);
    about->setTextFormat(Qt::RichText);

    m_agentCheck->setObjectName(QStringLiteral("agentCheck"));
    m_locationEdit->setObjectName(QStringLiteral("agentLocationEdit"));
    m_locationEdit->setMaxLength(kMaxLocationLength);
    m_locationEdit->setPlaceholderText(QSysInfo::machineHostName());
    m_locationEdit->setToolTip(tr("Where its checks are made from, as results and incidents name "
                                  "it; empty: this computer's name"));
    m_locationError->setObjectName(QStringLiteral("agentLocationError"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(m_agentCheck);
    form->addRow(tr("&Location:"), m_locationEdit);
    form->addRow(QString(), m_locationError);
    auto *restartNote = new QLabel(tr("Takes effect after a restart of Upwatch."), this);
    restartNote->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), restartNote);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(about);
    layout->addLayout(form);
    layout->addStretch(1);

    connect(m_agentCheck, &QCheckBox::toggled, this, &AgentSettingsPage::updateState);
    connect(m_locationEdit, &QLineEdit::textChanged, this, &AgentSettingsPage::updateState);
    updateState();
}

void AgentSettingsPage::fill(const AppSettings &settings)
{
    m_agentCheck->setChecked(settings.checkAsAgent);
    m_locationEdit->setText(settings.agentLocation);
    updateState();
}

void AgentSettingsPage::apply(AppSettings &settings) const
{
    settings.checkAsAgent = m_agentCheck->isChecked();
    settings.agentLocation = m_locationEdit->text().trimmed();
}

QString AgentSettingsPage::problem() const
{
    if (m_agentCheck->isChecked() &&
        !AppSettings::isValidLocation(m_locationEdit->text().trimmed()))
        return tr("A location cannot contain '/'.");
    return {};
}

void AgentSettingsPage::updateState()
{
    m_locationEdit->setEnabled(m_agentCheck->isChecked());
    const QString why = problem();
    m_locationError->setText(why);
    emit changed();
}
