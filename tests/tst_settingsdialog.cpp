#include "ui/desktop/AppSettings.h"
#include "ui/dialogs/MetricsSettingsPage.h"
#include "ui/dialogs/SettingsDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>

using namespace Qt::Literals::StringLiterals;

namespace QTest {
template<>
char *toString(const AppSettings &settings)
{
    return qstrdup(QStringLiteral("raw %1 h, minute %2 d, hour %3 d, day %4 d, interval %5 s, "
                                  "timeout %6 ms, notifications %7, cert %8 d, minimized %9, "
                                  "metrics %10 on %11:%12")
                       .arg(settings.retention.rawHours)
                       .arg(settings.retention.minuteDays)
                       .arg(settings.retention.hourDays)
                       .arg(settings.retention.dayDays)
                       .arg(settings.defaultIntervalSeconds)
                       .arg(settings.defaultTimeoutMs)
                       .arg(settings.notificationsEnabled)
                       .arg(settings.certificateWarningDays)
                       .arg(settings.startMinimized)
                       .arg(settings.metricsEnabled)
                       .arg(settings.metricsBind)
                       .arg(settings.metricsPort)
                       .toUtf8()
                       .constData());
}
} // namespace QTest

namespace {

AppSettings custom()
{
    AppSettings settings;
    settings.retention = {72, 30, 400, 2000};
    settings.defaultIntervalSeconds = 300;
    settings.defaultTimeoutMs = 2500;
    settings.notificationsEnabled = false;
    settings.certificateWarningDays = 30;
    settings.startMinimized = true;
    settings.metricsEnabled = true;
    settings.metricsPort = 9500;
    settings.metricsBind = u"0.0.0.0"_s;
    settings.checkAsAgent = true;
    settings.agentLocation = u"eu-west"_s;
    return settings;
}

QSpinBox *spin(const QDialog &dialog, const QString &name)
{
    return dialog.findChild<QSpinBox *>(name);
}

// Replaces a spin box's number by typing, as a user would.
void type(QSpinBox *box, int value)
{
    box->setFocus();
    box->selectAll();
    QTest::keyClicks(box, QString::number(value));
}

// Toggles a check box from the keyboard (a click at its middle may miss a wide box's text).
void toggle(QCheckBox *box)
{
    box->setFocus();
    QTest::keyClick(box, Qt::Key_Space);
}

QPushButton *okButton(const QDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

} // namespace

class TestSettingsDialog final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void roundTrip();
    void missingFileGivesDefaults();
    void badValuesFallBack_data();
    void badValuesFallBack();

    void prefills();
    void typingGivesSettings();
    void certificateWarningNever();
    void inconsistentRetention_data();
    void inconsistentRetention();
    void restoreDefaults();
    void okAccepts();
    void tabs();
    void addedPage();
    void metricsPrefillAndTyping();
    void agentsPrefillAndTyping();
    void metricsAddress_data();
    void metricsAddress();
    void metricsServerState();
    void startOnLoginReadsTheFile();
    void startOnLoginWritesAndRemoves();
    void startOnLoginCancelWritesNothing();
    void startOnLoginErrorKeepsTheDialogOpen();
    void quietHoursRoundTrip();
    void quietHoursMustEndAtAnotherTime();

private:
    [[nodiscard]] QString iniPath() const { return m_dir->filePath(u"upwatch.ini"_s); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSettingsDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // The autostart entry ("Start on login") goes to this test's folder, never the user's.
    qputenv("XDG_CONFIG_HOME", m_dir->filePath(u"config"_s).toLocal8Bit());
}

void TestSettingsDialog::cleanup()
{
    m_dir.reset();
}

void TestSettingsDialog::roundTrip()
{
    {
        QSettings settings(iniPath(), QSettings::IniFormat);
        custom().save(settings);
        settings.sync();
        QCOMPARE(settings.status(), QSettings::NoError);
    }
    const QSettings settings(iniPath(), QSettings::IniFormat);
    QCOMPARE(settings.value(u"retention/rawHours"_s).toInt(), 72);
    QCOMPARE(AppSettings::load(settings), custom());
    QVERIFY(!(custom() == AppSettings()));
}

void TestSettingsDialog::missingFileGivesDefaults()
{
    const QSettings settings(iniPath(), QSettings::IniFormat);
    QCOMPARE(AppSettings::load(settings), AppSettings());
}

void TestSettingsDialog::badValuesFallBack_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QVariant>("value");
    QTest::newRow("raw hours text") << u"retention/rawHours"_s << QVariant(u"lots"_s);
    QTest::newRow("raw hours zero") << u"retention/rawHours"_s << QVariant(0);
    QTest::newRow("raw hours over a year") << u"retention/rawHours"_s << QVariant(24 * 366);
    QTest::newRow("minute days negative") << u"retention/minuteDays"_s << QVariant(-3);
    QTest::newRow("hour days huge") << u"retention/hourDays"_s << QVariant(99999);
    QTest::newRow("day days empty") << u"retention/dayDays"_s << QVariant(QString());
    QTest::newRow("interval zero") << u"monitors/defaultIntervalSeconds"_s << QVariant(0);
    QTest::newRow("timeout text") << u"monitors/defaultTimeoutMs"_s << QVariant(u"10s"_s);
    QTest::newRow("timeout over 10 min")
        << u"monitors/defaultTimeoutMs"_s << QVariant(10 * 60 * 1000 + 1);
    QTest::newRow("cert days negative")
        << u"notifications/certificateWarningDays"_s << QVariant(-1);
    QTest::newRow("cert days over a year")
        << u"notifications/certificateWarningDays"_s << QVariant(366);
    QTest::newRow("metrics port zero") << u"metrics/port"_s << QVariant(0);
    QTest::newRow("metrics port too big") << u"metrics/port"_s << QVariant(65536);
    QTest::newRow("metrics port text") << u"metrics/port"_s << QVariant(u"http"_s);
    QTest::newRow("metrics bind host name") << u"metrics/bind"_s << QVariant(u"example.org"_s);
    QTest::newRow("metrics bind nonsense") << u"metrics/bind"_s << QVariant(u"1.2.3.4.5"_s);
    QTest::newRow("metrics bind empty") << u"metrics/bind"_s << QVariant(QString());
    QTest::newRow("agent location with a slash") << u"agents/location"_s << QVariant(u"eu/west"_s);
}

void TestSettingsDialog::badValuesFallBack()
{
    QFETCH(QString, key);
    QFETCH(QVariant, value);
    {
        QSettings settings(iniPath(), QSettings::IniFormat);
        custom().save(settings);
        settings.setValue(key, value);
        settings.sync();
    }
    const QSettings settings(iniPath(), QSettings::IniFormat);
    const AppSettings loaded = AppSettings::load(settings);
    // Only the bad key falls back; the good ones are kept.
    AppSettings expected = custom();
    const AppSettings defaults;
    if (key == u"retention/rawHours")
        expected.retention.rawHours = defaults.retention.rawHours;
    else if (key == u"retention/minuteDays")
        expected.retention.minuteDays = defaults.retention.minuteDays;
    else if (key == u"retention/hourDays")
        expected.retention.hourDays = defaults.retention.hourDays;
    else if (key == u"retention/dayDays")
        expected.retention.dayDays = defaults.retention.dayDays;
    else if (key == u"monitors/defaultIntervalSeconds")
        expected.defaultIntervalSeconds = defaults.defaultIntervalSeconds;
    else if (key == u"monitors/defaultTimeoutMs")
        expected.defaultTimeoutMs = defaults.defaultTimeoutMs;
    else if (key == u"metrics/port")
        expected.metricsPort = defaults.metricsPort;
    else if (key == u"metrics/bind")
        expected.metricsBind = defaults.metricsBind;
    else if (key == u"agents/location")
        expected.agentLocation = defaults.agentLocation;
    else
        expected.certificateWarningDays = defaults.certificateWarningDays;
    QCOMPARE(loaded, expected);
}

void TestSettingsDialog::prefills()
{
    const AppSettings given = custom();
    SettingsDialog dialog(given);
    QCOMPARE(spin(dialog, u"rawHoursSpin"_s)->value(), 72);
    QCOMPARE(spin(dialog, u"minuteDaysSpin"_s)->value(), 30);
    QCOMPARE(spin(dialog, u"hourDaysSpin"_s)->value(), 400);
    QCOMPARE(spin(dialog, u"dayDaysSpin"_s)->value(), 2000);
    QCOMPARE(spin(dialog, u"intervalSpin"_s)->value(), 300);
    QCOMPARE(spin(dialog, u"timeoutSpin"_s)->value(), 2500);
    QCOMPARE(spin(dialog, u"certDaysSpin"_s)->value(), 30);
    QVERIFY(!dialog.findChild<QCheckBox *>(u"notificationsCheck"_s)->isChecked());
    QVERIFY(dialog.findChild<QCheckBox *>(u"startMinimizedCheck"_s)->isChecked());
    // The certificate warning is a notification: off with them.
    QVERIFY(!spin(dialog, u"certDaysSpin"_s)->isEnabled());
    QCOMPARE(dialog.settings(), given);
    QVERIFY(okButton(dialog)->isEnabled());
    QVERIFY(dialog.findChild<QLabel *>(u"errorLabel"_s)->isHidden());

    const SettingsDialog defaults{AppSettings()};
    QCOMPARE(defaults.settings(), AppSettings());
}

void TestSettingsDialog::typingGivesSettings()
{
    SettingsDialog dialog{AppSettings()};
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    type(spin(dialog, u"rawHoursSpin"_s), 96);
    type(spin(dialog, u"minuteDaysSpin"_s), 21);
    type(spin(dialog, u"hourDaysSpin"_s), 180);
    type(spin(dialog, u"dayDaysSpin"_s), 730);
    type(spin(dialog, u"intervalSpin"_s), 30);
    type(spin(dialog, u"timeoutSpin"_s), 5000);
    type(spin(dialog, u"certDaysSpin"_s), 7);
    toggle(dialog.findChild<QCheckBox *>(u"notificationsCheck"_s));
    toggle(dialog.findChild<QCheckBox *>(u"startMinimizedCheck"_s));

    AppSettings expected;
    expected.retention = {96, 21, 180, 730};
    expected.defaultIntervalSeconds = 30;
    expected.defaultTimeoutMs = 5000;
    expected.certificateWarningDays = 7;
    expected.notificationsEnabled = false;
    expected.startMinimized = true;
    QCOMPARE(dialog.settings(), expected);
    QVERIFY(okButton(dialog)->isEnabled());
}

void TestSettingsDialog::certificateWarningNever()
{
    SettingsDialog dialog{AppSettings()};
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSpinBox *days = spin(dialog, u"certDaysSpin"_s);
    type(days, 1);
    days->setFocus();
    QTest::keyClick(days, Qt::Key_Down);
    QCOMPARE(days->value(), 0);
    QCOMPARE(days->text(), u"Never"_s);
    QCOMPARE(dialog.settings().certificateWarningDays, 0);
}

void TestSettingsDialog::inconsistentRetention_data()
{
    QTest::addColumn<int>("rawHours");
    QTest::addColumn<int>("minuteDays");
    QTest::addColumn<int>("hourDays");
    QTest::addColumn<int>("dayDays");
    QTest::addColumn<QString>("message"); // empty: consistent

    QTest::newRow("defaults") << 48 << 14 << 365 << 1825 << QString();
    QTest::newRow("all equal") << 24 << 1 << 1 << 1 << QString();
    QTest::newRow("raw longer than minutes")
        << 25 << 1 << 1 << 1 << u"Keep minute summaries at least as long as raw results"_s;
    QTest::newRow("raw a bit longer than 14 days")
        << 14 * 24 + 1 << 14 << 365 << 1825
        << u"Keep minute summaries at least as long as raw results (337 hours, so at least 15 "
           "days)."_s;
    QTest::newRow("minutes longer than hours")
        << 48 << 30 << 29 << 1825
        << u"Keep hour summaries at least as long as minute summaries (30 days)."_s;
    QTest::newRow("hours longer than days")
        << 48 << 14 << 365 << 364
        << u"Keep day summaries at least as long as hour summaries (365 days)."_s;
}

void TestSettingsDialog::inconsistentRetention()
{
    QFETCH(int, rawHours);
    QFETCH(int, minuteDays);
    QFETCH(int, hourDays);
    QFETCH(int, dayDays);
    QFETCH(QString, message);
    SettingsDialog dialog{AppSettings()};
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    type(spin(dialog, u"dayDaysSpin"_s), dayDays);
    type(spin(dialog, u"hourDaysSpin"_s), hourDays);
    type(spin(dialog, u"minuteDaysSpin"_s), minuteDays);
    type(spin(dialog, u"rawHoursSpin"_s), rawHours);
    QCOMPARE(dialog.settings().retention, (Retention{rawHours, minuteDays, hourDays, dayDays}));

    auto *error = dialog.findChild<QLabel *>(u"errorLabel"_s);
    QCOMPARE(okButton(dialog)->isEnabled(), message.isEmpty());
    QCOMPARE(error->isVisible(), !message.isEmpty());
    QVERIFY2(error->text().startsWith(message), qPrintable(error->text()));
    if (message.isEmpty())
        return;
    // Fixing it enables OK again.
    QTest::mouseClick(
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::RestoreDefaults),
        Qt::LeftButton);
    QVERIFY(okButton(dialog)->isEnabled());
    QVERIFY(!error->isVisible());
}

void TestSettingsDialog::restoreDefaults()
{
    SettingsDialog dialog(custom());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.settings(), custom());
    QTest::mouseClick(
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::RestoreDefaults),
        Qt::LeftButton);
    QCOMPARE(dialog.settings(), AppSettings());
    QCOMPARE(spin(dialog, u"rawHoursSpin"_s)->value(), AppSettings().retention.rawHours);
    QVERIFY(dialog.findChild<QCheckBox *>(u"notificationsCheck"_s)->isChecked());
    QVERIFY(spin(dialog, u"certDaysSpin"_s)->isEnabled());
    QVERIFY(dialog.isVisible()); // restoring is not accepting
}

void TestSettingsDialog::okAccepts()
{
    SettingsDialog dialog(custom());
    dialog.open();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    type(spin(dialog, u"intervalSpin"_s), 45);
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.isVisible());
    AppSettings expected = custom();
    expected.defaultIntervalSeconds = 45;
    QCOMPARE(dialog.settings(), expected);
}

void TestSettingsDialog::tabs()
{
    SettingsDialog dialog{AppSettings()};
    auto *tabs = dialog.findChild<QTabWidget *>(u"settingsTabs"_s);
    QVERIFY(tabs);
    QCOMPARE(tabs->count(), 3);
    QCOMPARE(tabs->tabText(0), u"&General"_s);
    QCOMPARE(tabs->tabText(1), u"M&etrics"_s);
    QCOMPARE(tabs->tabText(2), u"&Agents"_s);
    QVERIFY(tabs->widget(0)->isAncestorOf(spin(dialog, u"rawHoursSpin"_s)));
    QCOMPARE(tabs->widget(1), &dialog.metricsPage());
    QVERIFY(dialog.metricsPage().isAncestorOf(spin(dialog, u"metricsPortSpin"_s)));
    // The defaults: off, 9464, loopback.
    QVERIFY(!dialog.findChild<QCheckBox *>(u"metricsEnabledCheck"_s)->isChecked());
    QVERIFY(!spin(dialog, u"metricsPortSpin"_s)->isEnabled());
    QCOMPARE(spin(dialog, u"metricsPortSpin"_s)->value(), 9464);
    QCOMPARE(dialog.findChild<QLineEdit *>(u"metricsBindEdit"_s)->text(), u"127.0.0.1"_s);
}

void TestSettingsDialog::addedPage()
{
    SettingsDialog dialog{AppSettings()};
    auto *page = new QWidget;
    page->setObjectName(u"channelsPage"_s);
    dialog.addPage(page, u"Alert channels"_s);
    auto *tabs = dialog.findChild<QTabWidget *>(u"settingsTabs"_s);
    QCOMPARE(tabs->count(), 4);
    QCOMPARE(tabs->tabText(3), u"Alert channels"_s);
    QCOMPARE(tabs->widget(3), page);
    QVERIFY(dialog.isAncestorOf(page));         // the dialog owns it now
    QCOMPARE(dialog.settings(), AppSettings()); // and it changes nothing of the settings
}

void TestSettingsDialog::agentsPrefillAndTyping()
{
    SettingsDialog dialog(custom());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *tabs = dialog.findChild<QTabWidget *>(u"settingsTabs"_s);
    tabs->setCurrentIndex(2);
    auto *agent = dialog.findChild<QCheckBox *>(u"agentCheck"_s);
    auto *location = dialog.findChild<QLineEdit *>(u"agentLocationEdit"_s);
    auto *error = dialog.findChild<QLabel *>(u"agentLocationError"_s);
    QVERIFY(agent && location && error);
    QVERIFY(tabs->widget(2)->isAncestorOf(agent));
    QVERIFY(agent->isChecked());
    QCOMPARE(location->text(), u"eu-west"_s);
    // A '/' cannot be in a location: said under the field, and OK waits.
    location->setFocus();
    location->selectAll();
    QTest::keyClicks(location, u"eu/west"_s);
    QVERIFY(!okButton(dialog)->isEnabled());
    QCOMPARE(error->text(), u"A location cannot contain '/'."_s);
    location->selectAll();
    QTest::keyClicks(location, u" Frankfurt "_s);
    QVERIFY(okButton(dialog)->isEnabled());
    QVERIFY(error->text().isEmpty());
    AppSettings expected = custom();
    expected.agentLocation = u"Frankfurt"_s;
    QCOMPARE(dialog.settings(), expected);
    // Not an agent: the location is kept but cannot be edited.
    toggle(agent);
    QVERIFY(!location->isEnabled());
    expected.checkAsAgent = false;
    QCOMPARE(dialog.settings(), expected);
    QCOMPARE(AppSettings().checkAsAgent, false); // an observer by default
}

void TestSettingsDialog::metricsPrefillAndTyping()
{
    SettingsDialog dialog(custom());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.findChild<QTabWidget *>(u"settingsTabs"_s)->setCurrentWidget(&dialog.metricsPage());
    auto *enabled = dialog.findChild<QCheckBox *>(u"metricsEnabledCheck"_s);
    auto *port = spin(dialog, u"metricsPortSpin"_s);
    auto *bind = dialog.findChild<QLineEdit *>(u"metricsBindEdit"_s);
    auto *url = dialog.findChild<QLabel *>(u"metricsUrlLabel"_s);
    QVERIFY(enabled->isChecked());
    QCOMPARE(port->value(), 9500);
    QCOMPARE(bind->text(), u"0.0.0.0"_s);
    QCOMPARE(url->text(), u"http://0.0.0.0:9500/metrics"_s);
    // Every interface: open to the network, and the page says so.
    QVERIFY(dialog.findChild<QLabel *>(u"metricsOpenWarning"_s)->isVisible());

    type(port, 9100);
    bind->setFocus();
    bind->selectAll();
    QTest::keyClicks(bind, u"::1"_s);
    QCOMPARE(url->text(), u"http://[::1]:9100/metrics"_s);
    QVERIFY(!dialog.findChild<QLabel *>(u"metricsOpenWarning"_s)->isVisible());
    toggle(enabled);
    QVERIFY(!port->isEnabled());
    QVERIFY(!bind->isEnabled());

    AppSettings expected = custom();
    expected.metricsEnabled = false;
    expected.metricsPort = 9100;
    expected.metricsBind = u"::1"_s;
    QCOMPARE(dialog.settings(), expected);
    QVERIFY(okButton(dialog)->isEnabled());

    // Saved and loaded again, the same.
    QSettings settings(iniPath(), QSettings::IniFormat);
    expected.save(settings);
    QCOMPARE(AppSettings::load(settings), expected);
}

void TestSettingsDialog::metricsAddress_data()
{
    QTest::addColumn<QString>("bind");
    QTest::addColumn<bool>("valid");
    QTest::newRow("loopback") << u"127.0.0.1"_s << true;
    QTest::newRow("any v4") << u"0.0.0.0"_s << true;
    QTest::newRow("lan") << u"192.168.1.20"_s << true;
    QTest::newRow("v6 loopback") << u"::1"_s << true;
    QTest::newRow("v6 bracketed") << u"[::1]"_s << true;
    QTest::newRow("localhost") << u"localhost"_s << true;
    QTest::newRow("host name") << u"example.org"_s << false;
    QTest::newRow("too many parts") << u"1.2.3.4.5"_s << false;
    QTest::newRow("with port") << u"127.0.0.1:9464"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestSettingsDialog::metricsAddress()
{
    QFETCH(QString, bind);
    QFETCH(bool, valid);
    AppSettings start;
    start.metricsEnabled = true;
    SettingsDialog dialog(start);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.findChild<QTabWidget *>(u"settingsTabs"_s)->setCurrentWidget(&dialog.metricsPage());
    auto *edit = dialog.findChild<QLineEdit *>(u"metricsBindEdit"_s);
    edit->setFocus();
    edit->selectAll();
    if (bind.isEmpty())
        QTest::keyClick(edit, Qt::Key_Delete);
    else
        QTest::keyClicks(edit, bind);
    QCOMPARE(edit->text(), bind);
    QCOMPARE(okButton(dialog)->isEnabled(), valid);
    const QString message =
        u"The metrics address must be an IP address, such as 127.0.0.1, ::1 or 0.0.0.0."_s;
    QCOMPARE(dialog.findChild<QLabel *>(u"metricsBindError"_s)->isVisible(), !valid);
    QCOMPARE(dialog.findChild<QLabel *>(u"errorLabel"_s)->text(), valid ? QString() : message);
    QCOMPARE(dialog.metricsPage().problem().isEmpty(), valid);
}

void TestSettingsDialog::metricsServerState()
{
    SettingsDialog dialog{AppSettings()};
    auto *status = dialog.findChild<QLabel *>(u"metricsStatusLabel"_s);
    QCOMPARE(status->text(), u"The metrics server is off."_s);
    dialog.metricsPage().setServerState(QUrl(u"http://127.0.0.1:9464/metrics"_s), {});
    QCOMPARE(status->text(), u"Listening on http://127.0.0.1:9464/metrics"_s);
    dialog.metricsPage().setServerState(
        {}, u"cannot listen on 127.0.0.1:9464: the port is already in use"_s);
    QCOMPARE(status->text(), u"The metrics server is not running: cannot listen on "
                             "127.0.0.1:9464: the port is already in use"_s);
}

namespace {

QString autostartFile(const QTemporaryDir &dir)
{
    return dir.filePath(u"config/autostart/io.github.upwatch.Upwatch.desktop"_s);
}

QCheckBox *startOnLogin(const QDialog &dialog)
{
    return dialog.findChild<QCheckBox *>(u"startOnLoginCheck"_s);
}

} // namespace

void TestSettingsDialog::startOnLoginReadsTheFile()
{
    {
        SettingsDialog dialog{AppSettings()};
        QVERIFY(!startOnLogin(dialog)->isChecked());
    }
    // The file is the truth, whoever wrote it.
    QVERIFY(QDir().mkpath(m_dir->filePath(u"config/autostart"_s)));
    QFile file(autostartFile(*m_dir));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("[Desktop Entry]\nType=Application\nExec=upwatch --minimized\n");
    file.close();
    SettingsDialog dialog{AppSettings()};
    QVERIFY(startOnLogin(dialog)->isChecked());
    QCOMPARE(dialog.settings(), AppSettings()); // not a QSettings value
    // Restore Defaults unchecks it; nothing changes on disk before OK.
    QTest::mouseClick(
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::RestoreDefaults),
        Qt::LeftButton);
    QVERIFY(!startOnLogin(dialog)->isChecked());
    QVERIFY(QFileInfo::exists(autostartFile(*m_dir)));
}

void TestSettingsDialog::startOnLoginWritesAndRemoves()
{
    {
        SettingsDialog dialog{AppSettings()};
        dialog.open();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        toggle(startOnLogin(dialog));
        QVERIFY(startOnLogin(dialog)->isChecked());
        QVERIFY(!QFileInfo::exists(autostartFile(*m_dir))); // only OK writes
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    QFile file(autostartFile(*m_dir));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY2(text.contains(u" --minimized\n"_s), qPrintable(text));
    QVERIFY(text.contains(u"X-GNOME-Autostart-enabled=true\n"_s));
    file.close();

    SettingsDialog dialog{AppSettings()};
    dialog.open();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(startOnLogin(dialog)->isChecked());
    toggle(startOnLogin(dialog));
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!QFileInfo::exists(autostartFile(*m_dir)));
}

void TestSettingsDialog::startOnLoginCancelWritesNothing()
{
    SettingsDialog dialog{AppSettings()};
    dialog.open();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    toggle(startOnLogin(dialog));
    dialog.reject();
    QVERIFY(!QFileInfo::exists(autostartFile(*m_dir)));
}

void TestSettingsDialog::startOnLoginErrorKeepsTheDialogOpen()
{
    // A file where the autostart folder should be: the entry cannot be written.
    QVERIFY(QDir().mkpath(m_dir->filePath(u"config"_s)));
    const QString folder = m_dir->filePath(u"config/autostart"_s);
    QFile blocker(folder);
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();

    SettingsDialog dialog{AppSettings()};
    dialog.open();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    toggle(startOnLogin(dialog));
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    auto *error = dialog.findChild<QLabel *>(u"errorLabel"_s);
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), u"Cannot start Upwatch on login: %1 is not a folder."_s.arg(folder));
    // Unchecking it again clears the error and lets OK through; the blocking file stays.
    toggle(startOnLogin(dialog));
    QVERIFY(!error->isVisible());
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(QFileInfo(folder).isFile());
}

void TestSettingsDialog::quietHoursRoundTrip()
{
    SettingsDialog dialog{AppSettings()};
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // Off by default, with the usual night in the boxes (greyed out).
    auto *check = dialog.findChild<QCheckBox *>(u"quietHoursCheck"_s);
    auto *start = dialog.findChild<QTimeEdit *>(u"quietStartEdit"_s);
    auto *end = dialog.findChild<QTimeEdit *>(u"quietEndEdit"_s);
    QVERIFY(check && start && end);
    QVERIFY(!check->isChecked());
    QVERIFY(!start->isEnabled());
    QCOMPARE(dialog.quietHours(), QuietHours{});
    QCOMPARE(check->text().remove(u'&'), u"Hold notifications every day from"_s);
    auto *help = dialog.findChild<QLabel *>(u"quietHoursHelp"_s);
    QVERIFY(help && help->isVisible());
    QVERIFY(help->text().startsWith(u"Alerts wait and arrive as one summary"_s));

    // What is given shows; what is typed comes back.
    const QuietHours given{true, QTime(23, 0), QTime(6, 30)};
    dialog.setQuietHours(given);
    QVERIFY(check->isChecked());
    QVERIFY(start->isEnabled() && end->isEnabled());
    QCOMPARE(start->time(), QTime(23, 0));
    QCOMPARE(end->time(), QTime(6, 30));
    QCOMPARE(dialog.quietHours(), given);
    end->setTime(QTime(7, 15));
    QCOMPARE(dialog.quietHours(), (QuietHours{true, QTime(23, 0), QTime(7, 15)}));
    toggle(check);
    QVERIFY(!dialog.quietHours().enabled);
    QVERIFY(!end->isEnabled());

    // Restore defaults switches them off.
    dialog.setQuietHours(given);
    QTest::mouseClick(
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::RestoreDefaults),
        Qt::LeftButton);
    QCOMPARE(dialog.quietHours(), QuietHours{});
}

void TestSettingsDialog::quietHoursMustEndAtAnotherTime()
{
    SettingsDialog dialog{AppSettings()};
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.setQuietHours({true, QTime(22, 0), QTime(22, 0)});
    auto *error = dialog.findChild<QLabel *>(u"errorLabel"_s);
    QVERIFY(!okButton(dialog)->isEnabled());
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), u"Quiet hours must end at another time than they start."_s);
    // Switched off, the times do not matter.
    toggle(dialog.findChild<QCheckBox *>(u"quietHoursCheck"_s));
    QVERIFY(okButton(dialog)->isEnabled());
    toggle(dialog.findChild<QCheckBox *>(u"quietHoursCheck"_s));
    QVERIFY(!okButton(dialog)->isEnabled());
    dialog.findChild<QTimeEdit *>(u"quietEndEdit"_s)->setTime(QTime(6, 0));
    QVERIFY(okButton(dialog)->isEnabled());
    QVERIFY(!error->isVisible());
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
