#include "ui/dialogs/MetricsSettingsPage.h"

#include "core/metrics/MetricsServer.h"
#include "ui/dialogs/FormWidgets.h"
#include "ui/window/StatusStyle.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

MetricsSettingsPage::MetricsSettingsPage(QWidget *parent)
    : QWidget(parent)
    , m_enabledCheck(new QCheckBox(tr("&Serve metrics for Prometheus and a health check"), this))
    , m_portSpin(FormWidgets::makeSpin(this, QStringLiteral("metricsPortSpin"), 1, 65535, {}))
    , m_bindEdit(new QLineEdit(this))
    , m_urlLabel(new QLabel(this))
    , m_bindError(nullptr)
    , m_openWarning(new QLabel(this))
    , m_statusLabel(new QLabel(this))
{
    m_enabledCheck->setObjectName(QStringLiteral("metricsEnabledCheck"));
    m_bindEdit->setObjectName(QStringLiteral("metricsBindEdit"));
    m_urlLabel->setObjectName(QStringLiteral("metricsUrlLabel"));
    m_openWarning->setObjectName(QStringLiteral("metricsOpenWarning"));
    m_statusLabel->setObjectName(QStringLiteral("metricsStatusLabel"));
    m_portSpin->setGroupSeparatorShown(false);
    m_bindEdit->setPlaceholderText(QStringLiteral("127.0.0.1"));
    m_bindEdit->setToolTip(tr("127.0.0.1 or ::1: this computer only; 0.0.0.0 or ::: every "
                              "network interface"));
    m_urlLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_statusLabel->setWordWrap(true);
    m_openWarning->setWordWrap(true);
    m_openWarning->setText(
        tr("Anyone who can reach this address can read the metrics, unless a bearer token is "
           "set: UPWATCH_METRICS_TOKEN in the environment, or \"metrics-token\" in the keychain."));

    auto *help = new QLabel(tr("Prometheus scrapes /metrics: every monitor's state, response "
                               "times and checks, and the engine's health. /health answers "
                               "with the app's own status as JSON."),
                            this);
    help->setWordWrap(true);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(tr("&Port:"), m_portSpin);
    form->addRow(tr("&Address:"), m_bindEdit);
    m_bindError = FormWidgets::addErrorRow(form, this, QStringLiteral("metricsBindError"));
    form->addRow(tr("Scrape URL:"), m_urlLabel);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(help);
    layout->addWidget(m_enabledCheck);
    layout->addLayout(form);
    layout->addWidget(m_openWarning);
    layout->addWidget(m_statusLabel);
    layout->addStretch(1);

    connect(m_enabledCheck, &QCheckBox::toggled, this, &MetricsSettingsPage::updateState);
    connect(m_portSpin, &QSpinBox::valueChanged, this, &MetricsSettingsPage::updateState);
    connect(m_bindEdit, &QLineEdit::textChanged, this, &MetricsSettingsPage::updateState);
    setServerState({}, {});
    updateState();
}

void MetricsSettingsPage::fill(const AppSettings &settings)
{
    m_enabledCheck->setChecked(settings.metricsEnabled);
    m_portSpin->setValue(settings.metricsPort);
    m_bindEdit->setText(settings.metricsBind);
    updateState();
}

void MetricsSettingsPage::apply(AppSettings &settings) const
{
    settings.metricsEnabled = m_enabledCheck->isChecked();
    settings.metricsPort = m_portSpin->value();
    settings.metricsBind = m_bindEdit->text().trimmed();
}

QString MetricsSettingsPage::problem() const
{
    if (MetricsServer::parseAddress(m_bindEdit->text()))
        return {};
    return tr("The metrics address must be an IP address, such as 127.0.0.1, ::1 or 0.0.0.0.");
}

void MetricsSettingsPage::setServerState(const QUrl &url, const QString &error)
{
    if (!error.isEmpty()) {
        m_statusLabel->setText(tr("The metrics server is not running: %1").arg(error));
        FormWidgets::setTextColor(m_statusLabel, StatusStyle::color(MonitorState::Down));
    }
    else if (!url.isEmpty()) {
        m_statusLabel->setText(tr("Listening on %1").arg(url.toString()));
        FormWidgets::setTextColor(m_statusLabel, {});
    }
    else {
        m_statusLabel->setText(tr("The metrics server is off."));
        FormWidgets::setTextColor(m_statusLabel, {});
    }
}

void MetricsSettingsPage::updateState()
{
    const bool enabled = m_enabledCheck->isChecked();
    m_portSpin->setEnabled(enabled);
    m_bindEdit->setEnabled(enabled);
    const auto address = MetricsServer::parseAddress(m_bindEdit->text());
    FormWidgets::showError(m_bindError, problem());
    m_urlLabel->setText(
        address ? MetricsServer::urlFor(*address, quint16(m_portSpin->value())).toString()
                : QString());
    m_urlLabel->setEnabled(enabled);
    m_openWarning->setVisible(enabled && address && !address->isLoopback());
    emit changed();
}
