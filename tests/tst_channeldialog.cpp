#include "tests/support/FakeChannelBackend.h"
#include "tests/support/WidgetDriver.h"
#include "ui/dialogs/ChannelDialog.h"
#include "ui/dialogs/ChannelInput.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using WidgetDriver::click;
using WidgetDriver::field;
using WidgetDriver::retype;
using WidgetDriver::shown;

namespace {

const QStringList kMonitors{u"Shop"_s, u"API"_s, u"Blog"_s};
const QStringList kTags{u"prod"_s, u"web"_s};

QPushButton *okButton(const QWidget *dialog)
{
    return field<QDialogButtonBox>(dialog, u"buttonBox"_s)->button(QDialogButtonBox::Ok);
}

// Picks the combo entry whose data is `value`, with the keyboard.
void choose(QWidget *dialog, const QString &name, int value)
{
    auto *combo = field<QComboBox>(dialog, name);
    const int index = combo->findData(value);
    QVERIFY(index >= 0);
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < index; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(combo->currentIndex(), index);
}

void checkItem(QWidget *dialog, const QString &list, const QString &name)
{
    const auto items = field<QListWidget>(dialog, list)->findItems(name, Qt::MatchStartsWith);
    QVERIFY2(!items.isEmpty(), qPrintable(name));
    items.first()->setCheckState(items.first()->checkState() == Qt::Checked ? Qt::Unchecked
                                                                            : Qt::Checked);
}

AlertChannel storedWebhook()
{
    AlertChannel channel;
    channel.name = u"Ops Slack"_s;
    channel.preset = WebhookPreset::Slack;
    channel.target = u"https://hooks.slack.com/services/\u2026"_s;
    channel.credentialKey = u"channel/abc"_s;
    channel.monitorNames = {u"Gone"_s};
    return channel;
}

const WebhookSecret kSecret{QUrl(u"https://hooks.slack.com/services/T1/B2/XYZ"_s),
                            {{"X-Token", "t0k"}}};

// Sets a header table cell and lets the queued check run.
void setHeader(QWidget *dialog, int row, const QString &name, const QString &value)
{
    auto *table = field<QTableWidget>(dialog, u"headersTable"_s);
    table->item(row, 0)->setText(name);
    table->item(row, 1)->setText(value);
    QCoreApplication::processEvents();
}

} // namespace

class TestChannelDialog : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void addsWebhook();
    void fieldsAreCheckedAsTyped();
    void editKeepsSecretWithoutReadingIt();
    void showAndChangeSecret();
    void unreadableSecret();
    void command();
    void presetsAndTemplate();
    void saveFailureKeepsDialogOpen();
    void browseForProgram();

private:
    std::unique_ptr<ChannelDialog> open(const AlertChannel &channel)
    {
        auto dialog = std::make_unique<ChannelDialog>(*m_backend, channel, kMonitors, kTags);
        dialog->show();
        return dialog;
    }

    std::unique_ptr<FakeChannelBackend> m_backend;
};

void TestChannelDialog::init()
{
    m_backend = std::make_unique<FakeChannelBackend>();
}

void TestChannelDialog::cleanup()
{
    m_backend.reset();
}

void TestChannelDialog::addsWebhook()
{
    const auto dialog = open(AlertChannel());
    QCOMPARE(dialog->windowTitle(), u"Add alert channel"_s);
    QVERIFY(!okButton(dialog.get())->isEnabled());
    QVERIFY(!shown(dialog.get(), u"nameError"_s)); // nothing typed yet: no reproach
    QVERIFY(!shown(dialog.get(), u"urlError"_s));

    retype(field<QLineEdit>(dialog.get(), u"nameEdit"_s), u"Team hook"_s);
    retype(field<QLineEdit>(dialog.get(), u"urlEdit"_s), u"https://example.com/hooks/x?key=s"_s);
    click(dialog.get(), u"addHeaderButton"_s);
    setHeader(dialog.get(), 0, u"Authorization"_s, u"Bearer abc"_s);
    field<QSpinBox>(dialog.get(), u"timeoutSpin"_s)->setValue(5);
    QVERIFY(okButton(dialog.get())->isEnabled());
    QCOMPARE(okButton(dialog.get())->text(), u"Add"_s);

    QSignalSpy accepted(dialog.get(), &QDialog::accepted);
    QTest::mouseClick(okButton(dialog.get()), Qt::LeftButton);
    QTRY_COMPARE(accepted.size(), 1);
    QCOMPARE(m_backend->saves.size(), 1);
    const FakeChannelBackend::Saved &saved = m_backend->saves.first();
    QCOMPARE(saved.channel.id, qint64(0));
    QCOMPARE(saved.channel.name, u"Team hook"_s);
    QCOMPARE(saved.channel.kind, AlertChannelKind::Webhook);
    QCOMPARE(saved.channel.preset, WebhookPreset::Json);
    QCOMPARE(saved.channel.events, AlertChannel().events);
    QVERIFY(saved.channel.monitorNames.isEmpty());
    QCOMPARE(saved.channel.timeoutMs, 5000);
    QCOMPARE(saved.channel.target, u"https://example.com/hooks/\u2026"_s);
    QVERIFY(saved.channel.credentialKey.startsWith(u"channel/"_s));
    QVERIFY(saved.secret.has_value());
    QCOMPARE(saved.secret->url, QUrl(u"https://example.com/hooks/x?key=s"_s));
    QCOMPARE(saved.secret->headers,
             (QList<QPair<QByteArray, QByteArray>>{{"Authorization", "Bearer abc"}}));
    QVERIFY(dialog->savedChannel().has_value());
    QVERIFY(dialog->savedChannel()->id != 0);
    QVERIFY(m_backend->secretReads.isEmpty());
}

void TestChannelDialog::fieldsAreCheckedAsTyped()
{
    AlertChannel other;
    other.name = u"Taken"_s;
    m_backend->addChannel(other);
    const auto dialog = open(AlertChannel());
    QWidget *d = dialog.get();

    retype(field<QLineEdit>(d, u"nameEdit"_s), u"Taken"_s);
    QVERIFY(shown(d, u"nameError"_s));
    QCOMPARE(WidgetDriver::text(d, u"nameError"_s),
             u"Another channel is already called 'Taken'. Choose a different name."_s);
    retype(field<QLineEdit>(d, u"nameEdit"_s), u"Mine"_s);
    QVERIFY(!shown(d, u"nameError"_s));

    retype(field<QLineEdit>(d, u"urlEdit"_s), u"ftp://example.com/x"_s);
    QVERIFY(shown(d, u"urlError"_s));
    QVERIFY(!okButton(d)->isEnabled());
    auto *tabs = d->findChild<QTabWidget *>();
    QVERIFY(!tabs->tabIcon(0).isNull()); // the Delivery tab is marked
    retype(field<QLineEdit>(d, u"urlEdit"_s), u"https://example.com/x"_s);
    QVERIFY(!shown(d, u"urlError"_s));
    QVERIFY(okButton(d)->isEnabled());
    QVERIFY(tabs->tabIcon(0).isNull());

    // A header row without a name.
    click(d, u"addHeaderButton"_s);
    setHeader(d, 0, QString(), u"value"_s);
    QTRY_VERIFY(shown(d, u"headersError"_s));
    QCOMPARE(WidgetDriver::text(d, u"headersError"_s), u"Header 1 has no name."_s);
    QVERIFY(!okButton(d)->isEnabled());
    auto *table = field<QTableWidget>(d, u"headersTable"_s);
    table->selectRow(0);
    click(d, u"removeHeaderButton"_s);
    QCOMPARE(table->rowCount(), 0);
    QVERIFY(!shown(d, u"headersError"_s));
    QVERIFY(okButton(d)->isEnabled());

    // No event: refused.
    tabs->setCurrentIndex(1);
    for (const QString &event : {u"down"_s, u"up"_s, u"degraded"_s, u"cert_expiry"_s})
        field<QCheckBox>(d, u"event_"_s + event)->click();
    QVERIFY(shown(d, u"eventsError"_s));
    QVERIFY(!okButton(d)->isEnabled());
    QVERIFY(!tabs->tabIcon(1).isNull());
    field<QCheckBox>(d, u"event_down"_s)->click();
    QVERIFY(!shown(d, u"eventsError"_s));

    // Only chosen monitors, none chosen: refused; one monitor and a tag: fine.
    field<QRadioButton>(d, u"chosenMonitorsRadio"_s)->click();
    QVERIFY(shown(d, u"scopeError"_s));
    QVERIFY(!okButton(d)->isEnabled());
    checkItem(d, u"monitorList"_s, u"Shop"_s);
    checkItem(d, u"tagList"_s, u"web"_s);
    QVERIFY(!shown(d, u"scopeError"_s));
    QVERIFY(okButton(d)->isEnabled());

    // The filter narrows the lists.
    retype(field<QLineEdit>(d, u"scopeFilter"_s), u"sh"_s);
    const auto *monitors = field<QListWidget>(d, u"monitorList"_s);
    int visible = 0;
    for (int i = 0; i < monitors->count(); ++i)
        visible += monitors->item(i)->isHidden() ? 0 : 1;
    QCOMPARE(visible, 1);

    const ChannelInput::Result entered = dialog->entered();
    QCOMPARE(entered.channel.events, QList<AlertEventKind>{AlertEventKind::Down});
    QCOMPARE(entered.channel.monitorNames, QStringList{u"Shop"_s});
    QCOMPARE(entered.channel.tags, QStringList{u"web"_s});
}

void TestChannelDialog::editKeepsSecretWithoutReadingIt()
{
    const AlertChannel stored = m_backend->addChannel(storedWebhook(), kSecret);
    const auto dialog = open(stored);
    QWidget *d = dialog.get();
    QCOMPARE(dialog->windowTitle(), u"Edit alert channel \u2013 Ops Slack"_s);
    QCOMPARE(okButton(d)->text(), u"Save"_s);
    QVERIFY(okButton(d)->isEnabled());
    QVERIFY(!field<QLineEdit>(d, u"urlEdit"_s)->isEnabled());
    QVERIFY(field<QLineEdit>(d, u"urlEdit"_s)->text().isEmpty());
    QVERIFY(field<QLabel>(d, u"secretLabel"_s)->isVisibleTo(d));
    QCOMPARE(field<QComboBox>(d, u"presetCombo"_s)->currentText(), u"Slack"_s);
    // A monitor the channel names but that is gone stays listed and chosen.
    QVERIFY(field<QRadioButton>(d, u"chosenMonitorsRadio"_s)->isChecked());
    const auto gone =
        field<QListWidget>(d, u"monitorList"_s)->findItems(u"Gone"_s, Qt::MatchStartsWith);
    QCOMPARE(gone.size(), 1);
    QCOMPARE(gone.first()->text(), u"Gone (no such monitor)"_s);
    QCOMPARE(gone.first()->checkState(), Qt::Checked);

    retype(field<QLineEdit>(d, u"nameEdit"_s), u"Ops Slack (eu)"_s);
    QSignalSpy accepted(dialog.get(), &QDialog::accepted);
    QTest::mouseClick(okButton(d), Qt::LeftButton);
    QTRY_COMPARE(accepted.size(), 1);
    QCOMPARE(m_backend->saves.size(), 1);
    QVERIFY(!m_backend->saves.first().secret.has_value()); // kept as stored
    QCOMPARE(m_backend->saves.first().channel.id, stored.id);
    QCOMPARE(m_backend->saves.first().channel.credentialKey, stored.credentialKey);
    QCOMPARE(m_backend->saves.first().channel.target, stored.target);
    QCOMPARE(m_backend->saves.first().channel.monitorNames, QStringList{u"Gone"_s});
    QVERIFY(m_backend->secretReads.isEmpty()); // the keychain was never asked
    QCOMPARE(m_backend->secrets.value(stored.id), kSecret);
}

void TestChannelDialog::showAndChangeSecret()
{
    const AlertChannel stored = m_backend->addChannel(storedWebhook(), kSecret);
    const auto dialog = open(stored);
    QWidget *d = dialog.get();
    click(d, u"showSecretButton"_s);
    QCOMPARE(m_backend->secretReads, QList<qint64>{stored.id});
    auto *url = field<QLineEdit>(d, u"urlEdit"_s);
    QTRY_COMPARE(url->text(), kSecret.url.toString());
    QVERIFY(url->isEnabled());
    auto *table = field<QTableWidget>(d, u"headersTable"_s);
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 0)->text(), u"X-Token"_s);
    QCOMPARE(table->item(0, 1)->text(), u"t0k"_s);
    QVERIFY(!field<QWidget>(d, u"secretLabel"_s)->isVisibleTo(d));

    // Shown but unchanged: nothing new to store.
    QCOMPARE(dialog->entered().secret, std::nullopt);

    retype(url, u"https://hooks.slack.com/services/T1/B2/NEW"_s);
    QSignalSpy accepted(dialog.get(), &QDialog::accepted);
    QTest::mouseClick(okButton(d), Qt::LeftButton);
    QTRY_COMPARE(accepted.size(), 1);
    const auto &secret = m_backend->saves.first().secret;
    QVERIFY(secret.has_value());
    QCOMPARE(secret->url, QUrl(u"https://hooks.slack.com/services/T1/B2/NEW"_s));
    QCOMPARE(secret->headers, kSecret.headers); // the headers were kept
    QCOMPARE(m_backend->saves.first().channel.credentialKey, stored.credentialKey);
}

void TestChannelDialog::unreadableSecret()
{
    const AlertChannel stored = m_backend->addChannel(storedWebhook(), kSecret);
    m_backend->secretError = u"The keychain is locked."_s;
    const auto dialog = open(stored);
    QWidget *d = dialog.get();
    click(d, u"showSecretButton"_s);
    auto *label = field<QLabel>(d, u"secretLabel"_s);
    QTRY_VERIFY(label->text().contains(u"The keychain is locked."_s));
    QVERIFY(label->isVisibleTo(d));
    auto *url = field<QLineEdit>(d, u"urlEdit"_s);
    QVERIFY(url->isEnabled());
    QVERIFY(url->text().isEmpty());
    // Opened but empty: a URL is needed now; a new one replaces the stored one.
    QVERIFY(!okButton(d)->isEnabled());
    retype(url, u"https://hooks.slack.com/services/T9/B9/Z"_s);
    QVERIFY(okButton(d)->isEnabled());
    QCOMPARE(dialog->entered().secret->url, QUrl(u"https://hooks.slack.com/services/T9/B9/Z"_s));
}

void TestChannelDialog::command()
{
    const auto dialog = open(AlertChannel());
    QWidget *d = dialog.get();
    retype(field<QLineEdit>(d, u"nameEdit"_s), u"Pager"_s);
    choose(d, u"kindCombo"_s, int(AlertChannelKind::Command));
    QVERIFY(field<QWidget>(d, u"commandPage"_s)->isVisibleTo(d));
    QVERIFY(!okButton(d)->isEnabled()); // no program yet
    retype(field<QLineEdit>(d, u"programEdit"_s), u"/bin/sh"_s);
    QVERIFY(!shown(d, u"programNote"_s)); // it exists
    retype(field<QPlainTextEdit>(d, u"argumentsEdit"_s), u"-c\necho \"$UPWATCH_MONITOR\"\n\"\""_s);
    QVERIFY(okButton(d)->isEnabled());
    retype(field<QPlainTextEdit>(d, u"argumentsEdit"_s), u"\"open"_s);
    QVERIFY(shown(d, u"argumentsError"_s));
    QCOMPARE(WidgetDriver::text(d, u"argumentsError"_s),
             u"Line 1: the closing quote is missing."_s);
    QVERIFY(!okButton(d)->isEnabled());
    retype(field<QPlainTextEdit>(d, u"argumentsEdit"_s), u"-c\necho \"$UPWATCH_MONITOR\"\n\"\""_s);

    retype(field<QLineEdit>(d, u"programEdit"_s), u"no-such-program-here"_s);
    QVERIFY(shown(d, u"programNote"_s)); // a note, not an error
    QVERIFY(okButton(d)->isEnabled());
    retype(field<QLineEdit>(d, u"programEdit"_s), u"/bin/sh"_s);

    QSignalSpy accepted(dialog.get(), &QDialog::accepted);
    QTest::mouseClick(okButton(d), Qt::LeftButton);
    QTRY_COMPARE(accepted.size(), 1);
    const AlertChannel &saved = m_backend->saves.first().channel;
    QCOMPARE(saved.kind, AlertChannelKind::Command);
    QCOMPARE(saved.program, u"/bin/sh"_s);
    QCOMPARE(saved.arguments, (QStringList{u"-c"_s, u"echo \"$UPWATCH_MONITOR\""_s, QString()}));
    QVERIFY(!m_backend->saves.first().secret.has_value());
    QVERIFY(saved.credentialKey.isEmpty());
}

void TestChannelDialog::presetsAndTemplate()
{
    const auto dialog = open(AlertChannel());
    QWidget *d = dialog.get();
    retype(field<QLineEdit>(d, u"nameEdit"_s), u"Hook"_s);
    retype(field<QLineEdit>(d, u"urlEdit"_s), u"https://ntfy.sh/alerts"_s);
    auto *templateEdit = field<QPlainTextEdit>(d, u"templateEdit"_s);
    QVERIFY(!templateEdit->isVisibleTo(d));

    choose(d, u"presetCombo"_s, int(WebhookPreset::Ntfy));
    QCOMPARE(WidgetDriver::text(d, u"presetHint"_s), ChannelInput::presetHint(WebhookPreset::Ntfy));
    choose(d, u"presetCombo"_s, int(WebhookPreset::Slack));
    QCOMPARE(WidgetDriver::text(d, u"presetHint"_s),
             ChannelInput::presetHint(WebhookPreset::Slack));
    QCOMPARE(field<QLineEdit>(d, u"urlEdit"_s)->placeholderText(),
             ChannelInput::presetUrlExample(WebhookPreset::Slack));

    choose(d, u"presetCombo"_s, int(WebhookPreset::Custom));
    QVERIFY(templateEdit->isVisibleTo(d));
    QVERIFY(!okButton(d)->isEnabled()); // a custom body needs a template
    QVERIFY(WidgetDriver::text(d, u"placeholdersLabel"_s).contains(u"{{previous_state}}"_s));
    retype(templateEdit, u"{{monitor}} is {{sate}}"_s);
    QVERIFY(shown(d, u"templateError"_s));
    QCOMPARE(WidgetDriver::text(d, u"templateError"_s),
             ChannelInput::templateProblem(u"{{monitor}} is {{sate}}"_s));
    QVERIFY(!okButton(d)->isEnabled());
    retype(templateEdit, u"{{monitor}} is "_s);
    // The Insert menu puts a placeholder at the cursor.
    auto *menu = field<QToolButton>(d, u"placeholderButton"_s)->menu();
    QAction *state = nullptr;
    for (QAction *action : menu->actions()) {
        if (action->text() == u"{{state}}"_s)
            state = action;
    }
    QVERIFY(state);
    state->trigger();
    QCOMPARE(templateEdit->toPlainText(), u"{{monitor}} is {{state}}"_s);
    QVERIFY(!shown(d, u"templateError"_s));
    QVERIFY(okButton(d)->isEnabled());
    const ChannelInput::Result entered = dialog->entered();
    QCOMPARE(entered.channel.preset, WebhookPreset::Custom);
    QCOMPARE(entered.channel.bodyTemplate, u"{{monitor}} is {{state}}"_s);
}

void TestChannelDialog::saveFailureKeepsDialogOpen()
{
    m_backend->saveError = u"The keychain is not available."_s;
    m_backend->setHold(true);
    const auto dialog = open(AlertChannel());
    QWidget *d = dialog.get();
    retype(field<QLineEdit>(d, u"nameEdit"_s), u"Hook"_s);
    retype(field<QLineEdit>(d, u"urlEdit"_s), u"https://example.com/h"_s);
    QSignalSpy accepted(dialog.get(), &QDialog::accepted);
    QTest::mouseClick(okButton(d), Qt::LeftButton);
    QCOMPARE(m_backend->pendingAnswers(), 1);
    QVERIFY(!okButton(d)->isEnabled()); // no second save while one runs
    QVERIFY(WidgetDriver::text(d, u"saveStatus"_s).startsWith(u"Saving"_s));
    m_backend->release();
    QVERIFY(d->isVisible());
    QCOMPARE(accepted.size(), 0);
    QCOMPARE(WidgetDriver::text(d, u"saveStatus"_s),
             u"The channel was not saved: The keychain is not available."_s);
    QCOMPARE(field<QLineEdit>(d, u"urlEdit"_s)->text(), u"https://example.com/h"_s);
    QVERIFY(okButton(d)->isEnabled());

    m_backend->saveError.clear();
    m_backend->setHold(false);
    QTest::mouseClick(okButton(d), Qt::LeftButton);
    QTRY_COMPARE(accepted.size(), 1);
    QCOMPARE(m_backend->saves.size(), 2);
    QCOMPARE(m_backend->channels().size(), 1);
}

void TestChannelDialog::browseForProgram()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString script = dir.filePath(u"page-me"_s);
    {
        QFile file(script);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("#!/bin/sh\nexit 0\n");
    }
    QVERIFY(QFile::setPermissions(script, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));

    const auto dialog = open(AlertChannel());
    QWidget *d = dialog.get();
    choose(d, u"kindCombo"_s, int(AlertChannelKind::Command));
    click(d, u"browseButton"_s);
    auto *files = d->findChild<QFileDialog *>(u"programFileDialog"_s);
    QVERIFY(files);
    QTRY_VERIFY(files->isVisible());
    files->selectFile(script);
    static_cast<QDialog *>(files)->accept(); // what its Open button does
    QCOMPARE(field<QLineEdit>(d, u"programEdit"_s)->text(), script);
    QVERIFY(!shown(d, u"programNote"_s));
}

QTEST_MAIN(TestChannelDialog)
#include "tst_channeldialog.moc"
