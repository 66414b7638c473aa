#include "ui/dialogs/SettingsDialog.h"

#include "ui/desktop/Translations.h"
#include "ui/dialogs/AgentSettingsPage.h"
#include "ui/dialogs/MetricsSettingsPage.h"
#include "ui/dialogs/QuietHoursEditor.h"
#include "ui/window/StatusStyle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace {

// The ranges AppSettings::load accepts, so that whatever the dialog gives is kept.
QSpinBox *spinBox(QWidget *parent, const QString &name, int min, int max, const QString &suffix)
{
    auto *spin = new QSpinBox(parent);
    spin->setObjectName(name);
    spin->setRange(min, max);
    spin->setSuffix(suffix);
    spin->setAccelerated(true);
    return spin;
}

} // namespace

SettingsDialog::SettingsDialog(const AppSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_rawHoursSpin(spinBox(this, QStringLiteral("rawHoursSpin"), 1, 24 * 365, tr(" h")))
    , m_minuteDaysSpin(spinBox(this, QStringLiteral("minuteDaysSpin"), 1, 3650, tr(" days")))
    , m_hourDaysSpin(spinBox(this, QStringLiteral("hourDaysSpin"), 1, 3650, tr(" days")))
    , m_dayDaysSpin(spinBox(this, QStringLiteral("dayDaysSpin"), 1, 36500, tr(" days")))
    , m_intervalSpin(spinBox(this, QStringLiteral("intervalSpin"), 1, 7 * 24 * 3600, tr(" s")))
    , m_timeoutSpin(spinBox(this, QStringLiteral("timeoutSpin"), 1, 10 * 60 * 1000, tr(" ms")))
    , m_notificationsCheck(new QCheckBox(tr("Show &notifications"), this))
    , m_certDaysSpin(spinBox(this, QStringLiteral("certDaysSpin"), 0, 365, tr(" days")))
    , m_quietHours(new QuietHoursEditor(this))
    , m_startMinimizedCheck(new QCheckBox(tr("Start &minimized to the tray"), this))
    , m_languageCombo(new QComboBox(this))
    , m_autostart(AutostartEntry::forCurrentUser())
    , m_startOnLoginCheck(new QCheckBox(tr("Start on &login"), this))
    , m_tabs(new QTabWidget(this))
    , m_metricsPage(new MetricsSettingsPage(this))
    , m_agentPage(new AgentSettingsPage(this))
    , m_errorLabel(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel |
                                         QDialogButtonBox::RestoreDefaults,
                                     this))
{
    setWindowTitle(tr("Settings"));
    m_notificationsCheck->setObjectName(QStringLiteral("notificationsCheck"));
    m_startMinimizedCheck->setObjectName(QStringLiteral("startMinimizedCheck"));
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));

    auto *history = new QGroupBox(tr("History"), this);
    auto *help = new QLabel(tr("Each check is kept in full for a while, then only as summaries, "
                               "which take far less space. Keep each summary at least as long "
                               "as the finer one above it."),
                            history);
    help->setWordWrap(true);
    auto *retention = new QFormLayout;
    const auto addRetentionRow = [history, retention](const QString &label, QSpinBox *spin,
                                                      const QString &keeps) {
        auto *row = new QHBoxLayout;
        row->addWidget(spin);
        auto *caption = new QLabel(keeps, history);
        caption->setForegroundRole(QPalette::PlaceholderText); // muted, as a hint
        row->addWidget(caption, 1);
        auto *name = new QLabel(label, history);
        name->setBuddy(spin);
        retention->addRow(name, row);
    };
    addRetentionRow(tr("&Raw results:"), m_rawHoursSpin,
                    tr("every check with its status and error, as exported to CSV"));
    addRetentionRow(tr("M&inute summaries:"), m_minuteDaysSpin,
                    tr("uptime and response times per minute, for daily and weekly charts"));
    addRetentionRow(tr("&Hour summaries:"), m_hourDaysSpin,
                    tr("the same per hour, for monthly charts"));
    addRetentionRow(tr("&Day summaries:"), m_dayDaysSpin,
                    tr("the same per day, for yearly charts and uptime"));
    int spinWidth = 0;
    for (const QSpinBox *spin : {m_rawHoursSpin, m_minuteDaysSpin, m_hourDaysSpin, m_dayDaysSpin})
        spinWidth = std::max(spinWidth, spin->sizeHint().width());
    for (QSpinBox *spin : {m_rawHoursSpin, m_minuteDaysSpin, m_hourDaysSpin, m_dayDaysSpin})
        spin->setMinimumWidth(spinWidth);
    auto *historyLayout = new QVBoxLayout(history);
    historyLayout->addWidget(help);
    historyLayout->addLayout(retention);

    auto *monitors = new QGroupBox(tr("New monitors"), this);
    auto *monitorsLayout = new QFormLayout(monitors);
    monitorsLayout->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_intervalSpin->setToolTip(tr("How often a new monitor is checked"));
    m_timeoutSpin->setToolTip(tr("How long a check of a new monitor may take before it fails"));
    monitorsLayout->addRow(tr("Check &every:"), m_intervalSpin);
    monitorsLayout->addRow(tr("&Timeout:"), m_timeoutSpin);

    auto *notifications = new QGroupBox(tr("Notifications"), this);
    auto *notificationsLayout = new QFormLayout(notifications);
    notificationsLayout->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_certDaysSpin->setSpecialValueText(tr("Never"));
    m_certDaysSpin->setToolTip(
        tr("Notify when a monitor's TLS certificate expires within this many days"));
    notificationsLayout->addRow(m_notificationsCheck);
    notificationsLayout->addRow(tr("&Warn before certificates expire:"), m_certDaysSpin);
    notificationsLayout->addRow(m_quietHours);

    auto *window = new QGroupBox(tr("Window"), this);
    auto *windowLayout = new QVBoxLayout(window);
    windowLayout->addWidget(m_startMinimizedCheck);
    m_startOnLoginCheck->setObjectName(QStringLiteral("startOnLoginCheck"));
    m_startOnLoginCheck->setToolTip(tr("Start Upwatch in the tray when you log in (an entry in %1)")
                                        .arg(m_autostart.filePath()));
    m_startOnLoginCheck->setChecked(m_autostart.isEnabled());
    windowLayout->addWidget(m_startOnLoginCheck);

    // The language: read at start, so a change shows after a restart (retranslating every open
    // widget live is not worth its code here).
    auto *language = new QGroupBox(tr("Language"), this);
    auto *languageLayout = new QFormLayout(language);
    languageLayout->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_languageCombo->setObjectName(QStringLiteral("languageCombo"));
    m_languageCombo->addItem(tr("System default"), QString());
    for (const Translations::Language &each : Translations::available())
        m_languageCombo->addItem(each.nativeName, each.code);
    languageLayout->addRow(tr("&Language:"), m_languageCombo);
    auto *restartNote = new QLabel(tr("Takes effect after a restart of Upwatch."), language);
    restartNote->setForegroundRole(QPalette::PlaceholderText);
    languageLayout->addRow(QString(), restartNote);

    m_errorLabel->setWordWrap(true);
    QPalette errorPalette = m_errorLabel->palette();
    errorPalette.setColor(QPalette::WindowText, StatusStyle::color(MonitorState::Down));
    m_errorLabel->setPalette(errorPalette);
    m_errorLabel->hide();

    auto *general = new QWidget(this);
    auto *generalLayout = new QVBoxLayout(general);
    generalLayout->addWidget(history);
    generalLayout->addWidget(monitors);
    generalLayout->addWidget(notifications);
    generalLayout->addWidget(window);
    generalLayout->addWidget(language);
    generalLayout->addStretch(1);

    m_tabs->setObjectName(QStringLiteral("settingsTabs"));
    m_tabs->addTab(general, tr("&General"));
    m_tabs->addTab(m_metricsPage, tr("M&etrics"));
    m_tabs->addTab(m_agentPage, tr("&Agents"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_buttons);

    for (QSpinBox *spin : {m_rawHoursSpin, m_minuteDaysSpin, m_hourDaysSpin, m_dayDaysSpin})
        connect(spin, &QSpinBox::valueChanged, this, &SettingsDialog::updateState);
    connect(m_notificationsCheck, &QCheckBox::toggled, this, &SettingsDialog::updateState);
    connect(m_startOnLoginCheck, &QCheckBox::toggled, this, &SettingsDialog::updateState);
    connect(m_metricsPage, &MetricsSettingsPage::changed, this, &SettingsDialog::updateState);
    connect(m_agentPage, &AgentSettingsPage::changed, this, &SettingsDialog::updateState);
    connect(m_quietHours, &QuietHoursEditor::changed, this, &SettingsDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] {
                fill(AppSettings());
                m_startOnLoginCheck->setChecked(false);
                m_quietHours->setQuietHours({});
            });

    fill(settings);
}

AppSettings SettingsDialog::settings() const
{
    AppSettings shown;
    shown.retention.rawHours = m_rawHoursSpin->value();
    shown.retention.minuteDays = m_minuteDaysSpin->value();
    shown.retention.hourDays = m_hourDaysSpin->value();
    shown.retention.dayDays = m_dayDaysSpin->value();
    shown.defaultIntervalSeconds = m_intervalSpin->value();
    shown.defaultTimeoutMs = m_timeoutSpin->value();
    shown.notificationsEnabled = m_notificationsCheck->isChecked();
    shown.certificateWarningDays = m_certDaysSpin->value();
    shown.startMinimized = m_startMinimizedCheck->isChecked();
    shown.language = m_languageCombo->currentData().toString();
    m_metricsPage->apply(shown);
    m_agentPage->apply(shown);
    return shown;
}

void SettingsDialog::fill(const AppSettings &settings)
{
    m_rawHoursSpin->setValue(settings.retention.rawHours);
    m_minuteDaysSpin->setValue(settings.retention.minuteDays);
    m_hourDaysSpin->setValue(settings.retention.hourDays);
    m_dayDaysSpin->setValue(settings.retention.dayDays);
    m_intervalSpin->setValue(settings.defaultIntervalSeconds);
    m_timeoutSpin->setValue(settings.defaultTimeoutMs);
    m_notificationsCheck->setChecked(settings.notificationsEnabled);
    m_certDaysSpin->setValue(settings.certificateWarningDays);
    m_startMinimizedCheck->setChecked(settings.startMinimized);
    m_languageCombo->setCurrentIndex(std::max(0, m_languageCombo->findData(settings.language)));
    m_metricsPage->fill(settings);
    m_agentPage->fill(settings);
    updateState();
}

QString SettingsDialog::problem() const
{
    const int rawHours = m_rawHoursSpin->value();
    const int minuteDays = m_minuteDaysSpin->value();
    const int hourDays = m_hourDaysSpin->value();
    if (minuteDays * 24 < rawHours)
        return tr("Keep minute summaries at least as long as raw results (%L1 hours, so at "
                  "least %L2 days).")
            .arg(rawHours)
            .arg((rawHours + 23) / 24);
    if (hourDays < minuteDays)
        return tr("Keep hour summaries at least as long as minute summaries (%L1 days).")
            .arg(minuteDays);
    if (m_dayDaysSpin->value() < hourDays)
        return tr("Keep day summaries at least as long as hour summaries (%L1 days).")
            .arg(hourDays);
    if (const QString quiet = m_quietHours->problem(); !quiet.isEmpty())
        return quiet;
    if (const QString metrics = m_metricsPage->problem(); !metrics.isEmpty())
        return metrics;
    return m_agentPage->problem();
}

void SettingsDialog::setQuietHours(const QuietHours &hours)
{
    m_quietHours->setQuietHours(hours);
}

QuietHours SettingsDialog::quietHours() const
{
    return m_quietHours->quietHours();
}

void SettingsDialog::addPage(QWidget *page, const QString &title)
{
    m_tabs->addTab(page, title);
}

void SettingsDialog::updateState()
{
    const QString why = problem();
    m_errorLabel->setText(why);
    m_errorLabel->setVisible(!why.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
    // The certificate warning is a notification: it has no effect while they are off.
    m_certDaysSpin->setEnabled(m_notificationsCheck->isChecked());
}

void SettingsDialog::accept()
{
    const bool startOnLogin = m_startOnLoginCheck->isChecked();
    if (startOnLogin != m_autostart.isEnabled()) {
        if (const QString error = m_autostart.setEnabled(startOnLogin); !error.isEmpty()) {
            m_errorLabel->setText(error);
            m_errorLabel->show();
            return;
        }
    }
    QDialog::accept();
}
