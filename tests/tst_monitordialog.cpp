#include "core/secret/MemorySecretStore.h"
#include "tests/support/Builders.h"
#include "tests/support/TestServer.h"
#include "tests/support/TlsFixtures.h"
#include "ui/dialogs/AuthenticationTab.h"
#include "ui/dialogs/MonitorDialog.h"
#include "ui/dialogs/MonitorInput.h"
#include "ui/window/StatusStyle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

// A widget of the dialog by objectName; a missing one is a broken contract with the main window.
template<typename T>
T *field(const QWidget *dialog, const QString &name)
{
    T *widget = dialog->findChild<T *>(name);
    if (!widget)
        qFatal("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
    return widget;
}

QPushButton *okButton(const QWidget *dialog)
{
    return field<QDialogButtonBox>(dialog, u"buttonBox"_s)->button(QDialogButtonBox::Ok);
}

// The tab holding `widget` (-1 when it is not on a tab).
int tabOf(const QWidget *dialog, const QWidget *widget, QTabWidget **tabsOut = nullptr)
{
    auto *tabs = dialog->findChild<QTabWidget *>();
    if (tabsOut)
        *tabsOut = tabs;
    for (int i = 0; tabs && i < tabs->count(); ++i) {
        if (tabs->widget(i)->isAncestorOf(widget))
            return i;
    }
    return -1;
}

// Shows the widget's tab, then replaces its text with `text` the way a user would: select all,
// delete, type (Return between lines).
void retype(QWidget *dialog, QWidget *widget, const QString &text)
{
    QTabWidget *tabs = nullptr;
    const int tab = tabOf(dialog, widget, &tabs);
    if (tab >= 0)
        tabs->setCurrentIndex(tab);
    QTest::keyClick(widget, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(widget, Qt::Key_Backspace);
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            QTest::keyClick(widget, Qt::Key_Return);
        QTest::keyClicks(widget, lines.at(i));
    }
}

void retype(QWidget *dialog, const QString &name, const QString &text)
{
    retype(dialog, field<QWidget>(dialog, name), text);
}

void toggle(QWidget *dialog, const QString &name)
{
    auto *check = field<QCheckBox>(dialog, name);
    const int tab = tabOf(dialog, check);
    if (tab >= 0)
        dialog->findChild<QTabWidget *>()->setCurrentIndex(tab);
    QTest::keyClick(check, Qt::Key_Space);
}

// Picks the combo entry that starts with `text` with the keyboard: Home, then Down.
void choose(QWidget *dialog, const QString &name, const QString &text)
{
    auto *combo = field<QComboBox>(dialog, name);
    const int tab = tabOf(dialog, combo);
    if (tab >= 0)
        dialog->findChild<QTabWidget *>()->setCurrentIndex(tab);
    const int index = combo->findText(text, Qt::MatchStartsWith);
    QVERIFY2(index >= 0, qPrintable(text));
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < index; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(combo->currentIndex(), index);
}

// Adds a JSON assertion row with the Add button and types `text` into it, then Return.
void addAssertion(QWidget *dialog, const QString &text)
{
    auto *table = field<QTableWidget>(dialog, u"jsonAssertionTable"_s);
    dialog->findChild<QTabWidget *>()->setCurrentIndex(tabOf(dialog, table));
    QTest::mouseClick(field<QPushButton>(dialog, u"jsonAssertionAdd"_s), Qt::LeftButton);
    auto *editor = table->viewport()->findChild<QLineEdit *>();
    QVERIFY(editor);
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return); // the delegate commits from the event loop
    QTRY_COMPARE(table->item(table->rowCount() - 1, 0)->text(), text);
    QTRY_VERIFY(!table->viewport()->findChild<QLineEdit *>());
    QCoreApplication::processEvents(); // the list checks its rows from the event loop too
}

QStringList assertionRows(const QWidget *dialog)
{
    const auto *table = field<QTableWidget>(dialog, u"jsonAssertionTable"_s);
    QStringList rows;
    for (int row = 0; row < table->rowCount(); ++row)
        rows.append(table->item(row, 0)->text());
    return rows;
}

bool errorShown(const QWidget *dialog, const QString &name)
{
    return !field<QLabel>(dialog, name)->isHidden();
}

QString errorText(const QWidget *dialog, const QString &name)
{
    return field<QLabel>(dialog, name)->text();
}

QStringList comboTexts(const QComboBox *combo)
{
    QStringList texts;
    for (int i = 0; i < combo->count(); ++i)
        texts.append(combo->itemText(i));
    return texts;
}

Monitor stored(qint64 id, const QString &name, qint64 parentId = 0)
{
    return MonitorBuilder(name).id(id).url(u"https://example.com/"_s).parentId(parentId).build();
}

// A monitor with every option away from its default.
Monitor fullMonitor()
{
    Monitor monitor;
    monitor.id = 42;
    monitor.name = u"Shop"_s;
    monitor.url = QUrl(u"https://shop.example.com/health?full=1"_s);
    monitor.method = HttpMethod::Post;
    monitor.headers = {{"Accept", "application/json"}, {"X-Token", "abc def"}};
    monitor.body = "{\"ping\": 1}";
    monitor.intervalSeconds = 30;
    monitor.timeoutMs = 4500;
    monitor.expectedStatuses = *StatusRanges::parse(u"200-299,301");
    monitor.keyword = u"maint[a-z]+nce"_s;
    monitor.invertKeyword = true;
    monitor.keywordIsRegex = true;
    monitor.jsonAssertions =
        *JsonAssertion::parseAll({uR"(/status == "ok")"_s, u"/queue/depth < 100"_s});
    monitor.maxRedirects = 3;
    monitor.ignoreTlsErrors = true;
    monitor.degradedAboveMs = 800;
    monitor.maxBodyBytes = 64 * 1024;
    monitor.retries = 2;
    monitor.recovery = 3;
    monitor.locations = 3;
    monitor.quorum = 2;
    monitor.parentId = 3;
    monitor.tags = {u"prod"_s, u"web"_s};
    monitor.paused = true;
    monitor.credentialKey = u"upwatch/42"_s;
    return monitor;
}

const QList<Monitor> &someOthers()
{
    static const QList<Monitor> others{stored(3, u"gateway"_s), stored(4, u"database"_s)};
    return others;
}

} // namespace

// The add/edit dialog: fields, inline validation, and "Test now" against a loopback server.
class TestMonitorDialog final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void titleAndOkButton();
    void typedMonitorHasEveryField();
    void editPrefillsEveryField();
    void editRoundTripsUnchanged_data();
    void editRoundTripsUnchanged();
    void duplicateKeepsCredentialButNoId();

    void validation_data();
    void validation();
    void untouchedEmptyFieldsShowNoMessage();
    void messagesKeepTheDialogsHeight_data();
    void messagesKeepTheDialogsHeight();
    void messagesHaveTheirPlace();
    void namesAreCaseSensitive();
    void ownNameIsNotADuplicate();
    void keywordNeedsAResponseBody();
    void invertNeedsAKeyword();
    void otherProblemsAreShownToo();
    void keywordRegexIsValidated();
    void jsonAssertionRowsAreValidated();
    void jsonAssertionNeedsAResponseBody();

    void parentExcludesSelfAndDescendants();
    void parentIsChosenByName();
    void bodyOnlyForPost();
    void tags_data();
    void tags();

    void testNowReportsUp();
    void testNowReportsDownWithReason();
    void testNowSendsTheMonitorAsEntered();
    void testNowNeedsValidInput();
    void testNowTrustsExtraCaCertificates();
    void closingMidTestIsSafe();
    void testNowShowsTheFailedAssertion();

    void authenticationTab();
    void monitorCarriesAuth();
    void okDisabledWhileAuthInvalid();
    void urlPasswordNote_data();
    void urlPasswordNote();
    void testNowWithoutReadableSecretSendsNothing_data();
    void testNowWithoutReadableSecretSendsNothing();
    void noKeychainIsSaidBeforeTyping();
    void testNowReadsTheStoredSecret();

    void describeResult_data();
    void describeResult();

private:
    std::unique_ptr<MonitorDialog> addDialog(const QString &url = QString());

    TestServer m_server;
};

void TestMonitorDialog::initTestCase()
{
    QVERIFY(m_server.start());
    m_server.setRoute("/ok", TestRoute::ok("all good"));
    m_server.setRoute("/500", TestRoute::withStatus(500, "boom"));
    m_server.setRoute("/slow", TestRoute::ok().delayed(300));
    m_server.setRoute("/very-slow", TestRoute::ok().delayed(10000));
    m_server.setRoute(
        "/json", TestRoute::ok(R"({"status": "ok", "note": ")" + QByteArray(200, 'n') + R"("})"));
}

void TestMonitorDialog::init()
{
    m_server.clearRecords();
}

// A shown Add dialog with a valid name and, if given, URL typed in.
std::unique_ptr<MonitorDialog> TestMonitorDialog::addDialog(const QString &url)
{
    Monitor initial;
    initial.intervalSeconds = 120;
    initial.timeoutMs = 5000;
    auto dialog = std::make_unique<MonitorDialog>(MonitorDialog::Mode::Add, initial, someOthers());
    dialog->show();
    retype(dialog.get(), u"nameEdit"_s, u"Probe"_s);
    if (!url.isEmpty())
        retype(dialog.get(), u"urlEdit"_s, url);
    return dialog;
}

void TestMonitorDialog::titleAndOkButton()
{
    const MonitorDialog add(MonitorDialog::Mode::Add, Monitor(), someOthers());
    QCOMPARE(add.windowTitle(), u"Add monitor"_s);
    QCOMPARE(okButton(&add)->text(), u"Add"_s);

    const MonitorDialog edit(MonitorDialog::Mode::Edit, fullMonitor(), someOthers());
    QCOMPARE(edit.windowTitle(), u"Edit monitor \u2013 Shop"_s);
    QCOMPARE(okButton(&edit)->text(), u"Save"_s);
}

void TestMonitorDialog::typedMonitorHasEveryField()
{
    Monitor initial;
    initial.intervalSeconds = 120; // the user's defaults
    initial.timeoutMs = 5000;
    MonitorDialog dialog(MonitorDialog::Mode::Add, initial, someOthers());
    dialog.show();
    QWidget *d = &dialog;
    QVERIFY(!okButton(d)->isEnabled());

    retype(d, u"nameEdit"_s, u"  Shop  "_s);
    retype(d, u"urlEdit"_s, u"https://shop.example.com/health?full=1"_s);
    choose(d, u"methodCombo"_s, u"POST"_s);
    retype(d, u"headersEdit"_s, u"Accept: application/json\n\nX-Token:  abc def "_s);
    retype(d, u"bodyEdit"_s, u"{\"ping\": 1}"_s);
    retype(d, u"intervalSpin"_s, u"30"_s);
    retype(d, u"timeoutSpin"_s, u"4500"_s);
    retype(d, u"statusesEdit"_s, u"200-299, 301"_s);
    retype(d, u"keywordEdit"_s, u"maint[a-z]+nce"_s);
    toggle(d, u"invertKeywordCheck"_s);
    toggle(d, u"keywordRegexCheck"_s);
    addAssertion(d, uR"(  /status   == "ok")"_s);
    addAssertion(d, u"/queue/depth < 100"_s);
    retype(d, u"maxRedirectsSpin"_s, u"3"_s);
    toggle(d, u"ignoreTlsCheck"_s);
    retype(d, u"degradedSpin"_s, u"800"_s);
    retype(d, u"maxBodySpin"_s, u"64"_s);
    retype(d, u"retriesSpin"_s, u"2"_s);
    retype(d, u"recoverySpin"_s, u"3"_s);
    QVERIFY(!field<QSpinBox>(d, u"quorumSpin"_s)->isEnabled()); // one location: no quorum
    retype(d, u"locationsSpin"_s, u"3"_s);
    QVERIFY(field<QSpinBox>(d, u"quorumSpin"_s)->isEnabled());
    QCOMPARE(field<QSpinBox>(d, u"quorumSpin"_s)->maximum(), 3);
    retype(d, u"quorumSpin"_s, u"2"_s);
    choose(d, u"parentCombo"_s, u"gat"_s);
    retype(d, u"tagsEdit"_s, u"prod, web,, prod ,"_s);
    toggle(d, u"pausedCheck"_s);

    QVERIFY(okButton(d)->isEnabled());
    Monitor expected = fullMonitor();
    expected.id = 0;
    expected.credentialKey.clear();
    const Monitor monitor = dialog.monitor();
    QCOMPARE(monitor.id, expected.id);
    QCOMPARE(monitor.name, expected.name);
    QCOMPARE(monitor.url, expected.url);
    QCOMPARE(monitor.method, expected.method);
    QCOMPARE(monitor.headers.size(), 2);
    QCOMPARE(monitor.headers.at(0).name, "Accept");
    QCOMPARE(monitor.headers.at(1).value, "abc def");
    QVERIFY(monitor.headers == expected.headers);
    QCOMPARE(monitor.body, expected.body);
    QCOMPARE(monitor.intervalSeconds, expected.intervalSeconds);
    QCOMPARE(monitor.timeoutMs, expected.timeoutMs);
    QCOMPARE(monitor.expectedStatuses.toString(), expected.expectedStatuses.toString());
    QCOMPARE(monitor.keyword, expected.keyword);
    QCOMPARE(monitor.invertKeyword, expected.invertKeyword);
    QCOMPARE(monitor.keywordIsRegex, expected.keywordIsRegex);
    QCOMPARE(JsonAssertion::texts(monitor.jsonAssertions),
             JsonAssertion::texts(expected.jsonAssertions));
    QCOMPARE(monitor.maxRedirects, expected.maxRedirects);
    QCOMPARE(monitor.ignoreTlsErrors, expected.ignoreTlsErrors);
    QCOMPARE(monitor.degradedAboveMs, expected.degradedAboveMs);
    QCOMPARE(monitor.maxBodyBytes, expected.maxBodyBytes);
    QCOMPARE(monitor.retries, expected.retries);
    QCOMPARE(monitor.recovery, expected.recovery);
    QCOMPARE(monitor.locations, expected.locations);
    QCOMPARE(monitor.quorum, expected.quorum);
    QCOMPARE(monitor.parentId, expected.parentId);
    QCOMPARE(monitor.tags, expected.tags);
    QCOMPARE(monitor.paused, expected.paused);
    QVERIFY(monitor == expected);
}

void TestMonitorDialog::editPrefillsEveryField()
{
    const MonitorDialog dialog(MonitorDialog::Mode::Edit, fullMonitor(), someOthers());
    const QWidget *d = &dialog;
    QCOMPARE(field<QLineEdit>(d, u"nameEdit"_s)->text(), u"Shop"_s);
    QCOMPARE(field<QLineEdit>(d, u"urlEdit"_s)->text(),
             u"https://shop.example.com/health?full=1"_s);
    QCOMPARE(field<QComboBox>(d, u"methodCombo"_s)->currentText(), u"POST"_s);
    QCOMPARE(field<QPlainTextEdit>(d, u"headersEdit"_s)->toPlainText(),
             u"Accept: application/json\nX-Token: abc def"_s);
    QCOMPARE(field<QPlainTextEdit>(d, u"bodyEdit"_s)->toPlainText(), u"{\"ping\": 1}"_s);
    QVERIFY(field<QPlainTextEdit>(d, u"bodyEdit"_s)->isEnabled());
    QCOMPARE(field<QSpinBox>(d, u"intervalSpin"_s)->value(), 30);
    QCOMPARE(field<QSpinBox>(d, u"timeoutSpin"_s)->value(), 4500);
    QCOMPARE(field<QLineEdit>(d, u"statusesEdit"_s)->text(), u"200-299,301"_s);
    QCOMPARE(field<QLineEdit>(d, u"keywordEdit"_s)->text(), u"maint[a-z]+nce"_s);
    QVERIFY(field<QCheckBox>(d, u"invertKeywordCheck"_s)->isChecked());
    QVERIFY(field<QCheckBox>(d, u"keywordRegexCheck"_s)->isChecked());
    QCOMPARE(assertionRows(d), QStringList({uR"(/status == "ok")"_s, u"/queue/depth < 100"_s}));
    QCOMPARE(field<QSpinBox>(d, u"maxRedirectsSpin"_s)->value(), 3);
    QVERIFY(field<QCheckBox>(d, u"ignoreTlsCheck"_s)->isChecked());
    QCOMPARE(field<QSpinBox>(d, u"degradedSpin"_s)->value(), 800);
    QCOMPARE(field<QSpinBox>(d, u"maxBodySpin"_s)->value(), 64);
    QCOMPARE(field<QSpinBox>(d, u"retriesSpin"_s)->value(), 2);
    QCOMPARE(field<QSpinBox>(d, u"recoverySpin"_s)->value(), 3);
    QCOMPARE(field<QSpinBox>(d, u"locationsSpin"_s)->value(), 3);
    QCOMPARE(field<QSpinBox>(d, u"quorumSpin"_s)->value(), 2);
    QCOMPARE(field<QComboBox>(d, u"parentCombo"_s)->currentText(), u"gateway"_s);
    QCOMPARE(field<QLineEdit>(d, u"tagsEdit"_s)->text(), u"prod, web"_s);
    QVERIFY(field<QCheckBox>(d, u"pausedCheck"_s)->isChecked());
    QVERIFY(okButton(d)->isEnabled());
    QVERIFY(field<QPushButton>(d, u"testButton"_s)->isEnabled());
    QVERIFY(field<QLabel>(d, u"testResultLabel"_s)->text().isEmpty());

    // Off is the degraded threshold's zero.
    Monitor plain = fullMonitor();
    plain.degradedAboveMs = 0;
    const MonitorDialog off(MonitorDialog::Mode::Edit, plain, someOthers());
    QCOMPARE(field<QSpinBox>(&off, u"degradedSpin"_s)->text(), u"Off"_s);
}

void TestMonitorDialog::editRoundTripsUnchanged_data()
{
    QTest::addColumn<Monitor>("monitor");

    QTest::newRow("every option") << fullMonitor();
    Monitor monitor = fullMonitor();
    monitor.url = QUrl(u"https://example.com/a%20b?q=%2F&x=%C3%A9"_s);
    monitor.body = QByteArray("\xff\xfe not UTF-8 \r\n");
    monitor.maxBodyBytes = 1000; // not whole KiB
    QTest::newRow("exact URL, body bytes and read limit") << monitor;
    monitor = stored(9, u"plain"_s);
    QTest::newRow("defaults") << monitor;
    monitor.parentId = 77;
    QTest::newRow("parent not in the list") << monitor;
}

void TestMonitorDialog::editRoundTripsUnchanged()
{
    QFETCH(Monitor, monitor);
    const MonitorDialog dialog(MonitorDialog::Mode::Edit, monitor, someOthers());
    QVERIFY(okButton(&dialog)->isEnabled());
    const Monitor result = dialog.monitor();
    QCOMPARE(result.url, monitor.url);
    QCOMPARE(result.body, monitor.body);
    QCOMPARE(result.maxBodyBytes, monitor.maxBodyBytes);
    QCOMPARE(result.parentId, monitor.parentId);
    QVERIFY(result == monitor);
}

void TestMonitorDialog::duplicateKeepsCredentialButNoId()
{
    Monitor copy = fullMonitor();
    copy.id = 0;
    copy.name = u"Shop (copy)"_s;
    MonitorDialog dialog(MonitorDialog::Mode::Add, copy,
                         QList<Monitor>(someOthers()) << fullMonitor());
    QCOMPARE(dialog.windowTitle(), u"Add monitor"_s);
    QVERIFY(okButton(&dialog)->isEnabled());
    QVERIFY(dialog.monitor() == copy);

    // Taking the "(copy)" away collides with the original.
    dialog.show();
    retype(&dialog, u"nameEdit"_s, u"Shop"_s);
    QVERIFY(!okButton(&dialog)->isEnabled());
    QVERIFY(errorShown(&dialog, u"nameError"_s));
}

void TestMonitorDialog::validation_data()
{
    QTest::addColumn<QString>("fieldName");
    QTest::addColumn<QString>("bad");
    QTest::addColumn<QString>("errorName");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("good");

    const QString url = u"https://example.com/"_s;
    QTest::newRow("URL with a space in the host")
        << "urlEdit"
        << "http://exa mple.com/"
        << "urlError"
        << "Malformed URL 'http://exa mple.com/': Invalid hostname (contains invalid characters)."
        << url;
    QTest::newRow("URL without a scheme")
        << "urlEdit"
        << "example.com/health"
        << "urlError"
        << "URL 'example.com/health' has no scheme: start it with http:// or https://." << url;
    QTest::newRow("ftp URL") << "urlEdit"
                             << "ftp://example.com/file"
                             << "urlError"
                             << "Unsupported scheme 'ftp' in 'ftp://example.com/file': only "
                                "http and https URLs can be checked."
                             << url;
    QTest::newRow("URL without //") << "urlEdit"
                                    << "https:example.com"
                                    << "urlError"
                                    << "'https:' must be followed by '//'" << url;
    QTest::newRow("URL deleted") << "urlEdit"
                                 << ""
                                 << "urlError"
                                 << "The URL is empty." << url;
    QTest::newRow("status word") << "statusesEdit"
                                 << "200-299,abc"
                                 << "statusesError"
                                 << "'abc' is not a status code or range. Write codes and ranges "
                                    "like 200-299,301."
                                 << "200-299";
    QTest::newRow("status out of range") << "statusesEdit"
                                         << "600"
                                         << "statusesError"
                                         << "Status 600 is outside 100-599."
                                         << "200";
    QTest::newRow("range backwards") << "statusesEdit"
                                     << "299-200"
                                     << "statusesError"
                                     << "Range '299-200' ends before it starts."
                                     << "200-299";
    QTest::newRow("empty item") << "statusesEdit"
                                << "200,,301"
                                << "statusesError"
                                << "Empty item in status list '200,,301'."
                                << "200,301";
    QTest::newRow("status list deleted") << "statusesEdit"
                                         << ""
                                         << "statusesError"
                                         << "The list of expected statuses is empty."
                                         << "200";
    QTest::newRow("header without colon")
        << "headersEdit"
        << "Accept: text/html\nno colon here"
        << "headersError"
        << "Line 2: Header 'no colon here' is not in the form 'Name: value'."
        << "Accept: text/html";
    QTest::newRow("header without name") << "headersEdit"
                                         << ": value"
                                         << "headersError"
                                         << "Line 1: Header ': value' has no name."
                                         << "X-A: value";
    QTest::newRow("header the client sets")
        << "headersEdit"
        << "X-A: 1\n\nConnection: close"
        << "headersError"
        << "Line 3: Header 'Connection' is set by the HTTP client itself and cannot be given."
        << "X-A: 1\n\nX-B: close";
    QTest::newRow("name deleted") << "nameEdit"
                                  << ""
                                  << "nameError"
                                  << "Enter a name for the monitor."
                                  << "Probe";
    QTest::newRow("name only spaces") << "nameEdit"
                                      << "   "
                                      << "nameError"
                                      << "Enter a name for the monitor."
                                      << "Probe";
    QTest::newRow("name too long")
        << "nameEdit" << QString(201, u'n') << "nameError"
        << "The name is 201 characters long; the limit is 200." << QString(200, u'n');
    QTest::newRow("keyword too long")
        << "keywordEdit" << QString(1025, u'k') << "keywordError"
        << "The keyword is 1025 bytes long; the limit is 1024." << QString(1024, u'k');
    QTest::newRow("name taken") << "nameEdit"
                                << "gateway"
                                << "nameError"
                                << "Another monitor is already called 'gateway'. Choose a "
                                   "different name."
                                << "gateway 2";
}

void TestMonitorDialog::validation()
{
    QFETCH(QString, fieldName);
    QFETCH(QString, bad);
    QFETCH(QString, errorName);
    QFETCH(QString, message);
    QFETCH(QString, good);

    const auto dialog = addDialog(u"https://example.com/"_s);
    QWidget *d = dialog.get();
    auto *input = field<QWidget>(d, fieldName);
    QTabWidget *tabs = nullptr;
    const int tab = tabOf(d, input, &tabs);
    QVERIFY(okButton(d)->isEnabled());
    QVERIFY(!errorShown(d, errorName));

    retype(d, input, bad);
    QVERIFY(!okButton(d)->isEnabled());
    QVERIFY(!field<QPushButton>(d, u"testButton"_s)->isEnabled());
    QVERIFY(errorShown(d, errorName));
    QVERIFY2(errorText(d, errorName).contains(message), qPrintable(errorText(d, errorName)));
    if (tab >= 0) {
        QVERIFY(!tabs->tabIcon(tab).isNull()); // the tab says it holds a problem
        tabs->setCurrentIndex(tab == 0 ? 1 : 0);
    }

    retype(d, input, good);
    QVERIFY2(okButton(d)->isEnabled(), qPrintable(errorText(d, errorName)));
    QVERIFY(field<QPushButton>(d, u"testButton"_s)->isEnabled());
    QVERIFY(!errorShown(d, errorName));
    if (tab >= 0)
        QVERIFY(tabs->tabIcon(tab).isNull());
}

void TestMonitorDialog::untouchedEmptyFieldsShowNoMessage()
{
    MonitorDialog dialog(MonitorDialog::Mode::Add, Monitor(), someOthers());
    dialog.show();
    QVERIFY(!okButton(&dialog)->isEnabled());
    QVERIFY(!field<QPushButton>(&dialog, u"testButton"_s)->isEnabled());
    QVERIFY(!errorShown(&dialog, u"nameError"_s));
    QVERIFY(!errorShown(&dialog, u"urlError"_s));

    retype(&dialog, u"nameEdit"_s, u"New"_s);
    QVERIFY(!okButton(&dialog)->isEnabled()); // still no URL
    retype(&dialog, u"urlEdit"_s, u"http://127.0.0.1:8080/health"_s);
    QVERIFY(okButton(&dialog)->isEnabled());
}

void TestMonitorDialog::messagesKeepTheDialogsHeight_data()
{
    QTest::addColumn<QString>("edit");
    QTest::addColumn<QString>("bad");
    QTest::addColumn<QString>("good");
    QTest::addColumn<QString>("error");
    QTest::newRow("statuses") << u"statusesEdit"_s << u"200-299,abc"_s << u"200-299"_s
                              << u"statusesError"_s;
    QTest::newRow("name") << u"nameEdit"_s << u"gateway"_s << u"New"_s << u"nameError"_s;
    QTest::newRow("url") << u"urlEdit"_s << u"ftp://example.com/"_s << u"https://example.com/"_s
                         << u"urlError"_s;
    QTest::newRow("headers") << u"headersEdit"_s << u"no colon here"_s << u"Accept: text/html"_s
                             << u"headersError"_s;
}

// An inline message takes room kept for it: the dialog keeps its height while messages come and
// go, and a message is never squeezed (its label is as tall as its wrapped text).
void TestMonitorDialog::messagesKeepTheDialogsHeight()
{
    QFETCH(QString, edit);
    QFETCH(QString, bad);
    QFETCH(QString, good);
    QFETCH(QString, error);
    MonitorDialog dialog(MonitorDialog::Mode::Add, Monitor(), someOthers());
    // As a desktop shows it (the offscreen screen would cut it to 600 pixels).
    dialog.resize(dialog.sizeHint());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    retype(&dialog, u"nameEdit"_s, u"New"_s);
    retype(&dialog, u"urlEdit"_s, u"https://example.com/"_s);
    // Layout requests post more of them as sizes follow the wrapped text: until none is left.
    const auto settle = [] {
        for (int i = 0; i < 5; ++i)
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    };
    settle();
    QVERIFY(okButton(&dialog)->isEnabled());
    const int height = dialog.height();

    auto *label = field<QLabel>(&dialog, error);
    for (int round = 0; round < 2; ++round) {
        retype(&dialog, edit, bad);
        settle();
        QVERIFY(errorShown(&dialog, error));
        QCOMPARE(dialog.height(), height);
        QVERIFY(label->height() >= label->fontMetrics().lineSpacing());
        QVERIFY2(label->height() >= label->heightForWidth(label->width()),
                 qPrintable(u"%1 px for %2 px of text"_s.arg(label->height())
                                .arg(label->heightForWidth(label->width()))));

        retype(&dialog, edit, good);
        settle();
        QVERIFY(!errorShown(&dialog, error));
        QCOMPARE(dialog.height(), height);
    }

    // Several at once, and the tabs get warning icons: none is squeezed, the tabs keep their
    // height.
    retype(&dialog, edit, bad);
    const auto *tabs = dialog.findChild<QTabWidget *>();
    const int tabBarHeight = tabs->tabBar()->height();
    for (const auto &[other, text] :
         {std::pair(u"nameEdit"_s, u"gateway"_s), std::pair(u"urlEdit"_s, u"ftp://x/"_s),
          std::pair(u"statusesEdit"_s, u"abc"_s), std::pair(u"headersEdit"_s, u"no colon"_s)}) {
        if (other != edit)
            retype(&dialog, other, text);
    }
    settle();
    QCOMPARE(tabs->tabBar()->height(), tabBarHeight);
    for (const QString &name :
         {u"nameError"_s, u"urlError"_s, u"statusesError"_s, u"headersError"_s}) {
        const auto *shown = field<QLabel>(&dialog, name);
        QVERIFY(errorShown(&dialog, name));
        if (shown->isVisible())
            QVERIFY(shown->height() >= shown->heightForWidth(shown->width()));
    }
}

// A message takes the line(s) kept for it: nothing under it moves.
void TestMonitorDialog::messagesHaveTheirPlace()
{
    MonitorDialog dialog(MonitorDialog::Mode::Add, Monitor(), someOthers());
    dialog.resize(790, 560);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    retype(&dialog, u"nameEdit"_s, u"New"_s);
    retype(&dialog, u"urlEdit"_s, u"https://example.com/"_s);
    // Layout requests post more of them as sizes follow the wrapped text: until none is left.
    const auto settle = [] {
        for (int i = 0; i < 5; ++i)
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    };
    settle();
    const auto *tabs = dialog.findChild<QTabWidget *>();
    const auto *keyword = field<QWidget>(&dialog, u"keywordEdit"_s);
    const QPoint tabsAt = tabs->pos();
    const int height = dialog.height();

    retype(&dialog, u"nameEdit"_s, QString()); // "Enter a name for the monitor."
    settle();
    QVERIFY(errorShown(&dialog, u"nameError"_s));
    QCOMPARE(tabs->pos(), tabsAt);
    retype(&dialog, u"nameEdit"_s, u"New"_s);
    settle();
    QCOMPARE(tabs->pos(), tabsAt);

    // The statuses' message ("... Write codes and ranges like 200-299,301.") has two lines kept.
    retype(&dialog, u"statusesEdit"_s, u"200"_s); // shows its tab
    settle();
    const int keywordY = keyword->y();
    retype(&dialog, u"statusesEdit"_s, u"1000"_s);
    settle();
    QVERIFY(errorShown(&dialog, u"statusesError"_s));
    QCOMPARE(keyword->y(), keywordY);
    retype(&dialog, u"statusesEdit"_s, u"200"_s);
    settle();
    QCOMPARE(keyword->y(), keywordY);
    QCOMPARE(dialog.height(), height);
}

void TestMonitorDialog::namesAreCaseSensitive()
{
    // Like the database's UNIQUE column: "Gateway" is not "gateway".
    const auto dialog = addDialog(u"https://example.com/"_s);
    retype(dialog.get(), u"nameEdit"_s, u"Gateway"_s);
    QVERIFY(okButton(dialog.get())->isEnabled());
    QVERIFY(!errorShown(dialog.get(), u"nameError"_s));
    QCOMPARE(dialog->monitor().name, u"Gateway"_s);
}

void TestMonitorDialog::ownNameIsNotADuplicate()
{
    // Even when the caller passes the edited monitor among the others.
    const Monitor gateway = someOthers().at(0);
    const MonitorDialog dialog(MonitorDialog::Mode::Edit, gateway, someOthers());
    QVERIFY(okButton(&dialog)->isEnabled());
    QVERIFY(!errorShown(&dialog, u"nameError"_s));
}

void TestMonitorDialog::keywordNeedsAResponseBody()
{
    const auto dialog = addDialog(u"https://example.com/"_s);
    QWidget *d = dialog.get();
    retype(d, u"keywordEdit"_s, u"healthy"_s);
    QVERIFY(okButton(d)->isEnabled());
    choose(d, u"methodCombo"_s, u"HEAD"_s);
    QCOMPARE(field<QComboBox>(d, u"methodCombo"_s)->currentText(), u"HEAD"_s);
    QVERIFY(!okButton(d)->isEnabled());
    QVERIFY(errorShown(d, u"keywordError"_s));
    QCOMPARE(errorText(d, u"keywordError"_s),
             u"A keyword needs a response body: use another method than HEAD."_s);

    choose(d, u"methodCombo"_s, u"GET"_s);
    QVERIFY(okButton(d)->isEnabled());
    QVERIFY(!errorShown(d, u"keywordError"_s));
}

void TestMonitorDialog::invertNeedsAKeyword()
{
    const auto dialog = addDialog(u"https://example.com/"_s);
    QWidget *d = dialog.get();
    auto *invert = field<QCheckBox>(d, u"invertKeywordCheck"_s);
    QVERIFY(!invert->isEnabled());
    retype(d, u"keywordEdit"_s, u"error"_s);
    QVERIFY(invert->isEnabled());
    toggle(d, u"invertKeywordCheck"_s);
    QVERIFY(dialog->monitor().invertKeyword);

    retype(d, u"keywordEdit"_s, QString());
    QVERIFY(!invert->isEnabled());
    QVERIFY(!dialog->monitor().invertKeyword); // no keyword, nothing to invert
    QVERIFY(okButton(d)->isEnabled());
}

void TestMonitorDialog::otherProblemsAreShownToo()
{
    // A stored value no field can show as wrong: MonitorValidator still catches it.
    Monitor monitor = stored(5, u"odd"_s);
    monitor.maxBodyBytes = 0;
    MonitorDialog dialog(MonitorDialog::Mode::Edit, monitor, someOthers());
    dialog.show();
    QVERIFY(!okButton(&dialog)->isEnabled());
    QVERIFY(errorShown(&dialog, u"problemsError"_s));
    QCOMPARE(errorText(&dialog, u"problemsError"_s),
             u"The body read limit must be at least 1 byte."_s);

    retype(&dialog, u"maxBodySpin"_s, u"16"_s);
    QVERIFY(okButton(&dialog)->isEnabled());
    QVERIFY(!errorShown(&dialog, u"problemsError"_s));
    QCOMPARE(dialog.monitor().maxBodyBytes, 16 * 1024);
}

void TestMonitorDialog::keywordRegexIsValidated()
{
    const auto dialog = addDialog(u"https://example.com/"_s);
    QWidget *d = dialog.get();
    retype(d, u"keywordEdit"_s, u"(up|ok"_s);
    QVERIFY(okButton(d)->isEnabled()); // as text, any keyword will do
    toggle(d, u"keywordRegexCheck"_s);
    QVERIFY(!okButton(d)->isEnabled());
    QVERIFY(errorShown(d, u"keywordError"_s));
    QCOMPARE(errorText(d, u"keywordError"_s),
             u"The keyword is not a valid regular expression: missing closing parenthesis at "
             u"character 7."_s);
    retype(d, u"keywordEdit"_s, u"(up|ok)"_s);
    QVERIFY(okButton(d)->isEnabled());
    QVERIFY(!errorShown(d, u"keywordError"_s));
    QVERIFY(dialog->monitor().keywordIsRegex);
}

void TestMonitorDialog::jsonAssertionRowsAreValidated()
{
    const auto dialog = addDialog(u"https://example.com/"_s);
    QWidget *d = dialog.get();
    QTabWidget *tabs = nullptr;
    const int checksTab = tabOf(d, field<QTableWidget>(d, u"jsonAssertionTable"_s), &tabs);
    QVERIFY(okButton(d)->isEnabled());
    QVERIFY(!errorShown(d, u"jsonAssertionError"_s));

    addAssertion(d, uR"(/status = "ok")"_s);
    QVERIFY(!okButton(d)->isEnabled());
    QVERIFY(!field<QPushButton>(d, u"testButton"_s)->isEnabled());
    QVERIFY(errorShown(d, u"jsonAssertionError"_s));
    QCOMPARE(errorText(d, u"jsonAssertionError"_s),
             u"Assertion 1: Unknown operator '=' at column 9: use ==, !=, <, <=, >, >=, contains, "
             u"matches, exists or !exists, with spaces around it."_s);
    QVERIFY(!tabs->tabIcon(checksTab).isNull());
    auto *table = field<QTableWidget>(d, u"jsonAssertionTable"_s);
    QVERIFY(table->item(0, 0)->toolTip().startsWith(u"Unknown operator '='"_s));

    // A second, good row; the bad one still holds OK back.
    addAssertion(d, u"/id exists"_s);
    QVERIFY(!okButton(d)->isEnabled());
    QVERIFY(table->item(1, 0)->toolTip().isEmpty());

    // Fixed in place.
    table->item(0, 0)->setText(uR"(/status == "ok")"_s);
    QTRY_VERIFY(okButton(d)->isEnabled());
    QVERIFY(!errorShown(d, u"jsonAssertionError"_s));
    QVERIFY(tabs->tabIcon(checksTab).isNull());
    QCOMPARE(JsonAssertion::texts(dialog->monitor().jsonAssertions),
             QStringList({uR"(/status == "ok")"_s, u"/id exists"_s}));

    // An empty row is not valid either; removing it is.
    QTest::mouseClick(field<QPushButton>(d, u"jsonAssertionAdd"_s), Qt::LeftButton);
    QVERIFY(!okButton(d)->isEnabled());
    QVERIFY2(
        errorText(d, u"jsonAssertionError"_s).startsWith(u"Assertion 3: The expression is empty"_s),
        qPrintable(errorText(d, u"jsonAssertionError"_s)));
    table->selectRow(2);
    QTest::mouseClick(field<QPushButton>(d, u"jsonAssertionRemove"_s), Qt::LeftButton);
    QCOMPARE(table->rowCount(), 2);
    QVERIFY(okButton(d)->isEnabled());
    table->selectRow(0);
    QTest::mouseClick(field<QPushButton>(d, u"jsonAssertionRemove"_s), Qt::LeftButton);
    QCOMPARE(assertionRows(d), QStringList({u"/id exists"_s}));

    // Closed while a row is being typed: the half-typed row goes nowhere, and nothing crashes.
    QTest::mouseClick(field<QPushButton>(d, u"jsonAssertionAdd"_s), Qt::LeftButton);
    QTest::keyClicks(table->viewport()->findChild<QLineEdit *>(), u"/half"_s);
}

void TestMonitorDialog::jsonAssertionNeedsAResponseBody()
{
    const auto dialog = addDialog(u"https://example.com/"_s);
    QWidget *d = dialog.get();
    addAssertion(d, u"/id exists"_s);
    QVERIFY(okButton(d)->isEnabled());
    choose(d, u"methodCombo"_s, u"HEAD"_s);
    QVERIFY(!okButton(d)->isEnabled());
    QCOMPARE(errorText(d, u"problemsError"_s),
             u"A JSON assertion needs a response body: use another method than HEAD."_s);
}

void TestMonitorDialog::parentExcludesSelfAndDescendants()
{
    // root <- child <- grandchild; web <- api; loop-a <-> loop-b (bad data must not hang).
    const QList<Monitor> all{stored(1, u"root"_s),          stored(2, u"child"_s, 1),
                             stored(3, u"grandchild"_s, 2), stored(4, u"web"_s),
                             stored(5, u"api"_s, 4),        stored(6, u"loop-a"_s, 7),
                             stored(7, u"loop-b"_s, 6)};
    const auto parentsOf = [&all](const Monitor &monitor) {
        const MonitorDialog dialog(
            monitor.id == 0 ? MonitorDialog::Mode::Add : MonitorDialog::Mode::Edit, monitor, all);
        return comboTexts(field<QComboBox>(&dialog, u"parentCombo"_s));
    };

    QCOMPARE(parentsOf(all.at(0)),
             (QStringList{u"None"_s, u"api"_s, u"loop-a"_s, u"loop-b"_s, u"web"_s}));
    QCOMPARE(parentsOf(all.at(1)),
             (QStringList{u"None"_s, u"api"_s, u"loop-a"_s, u"loop-b"_s, u"root"_s, u"web"_s}));
    QCOMPARE(parentsOf(all.at(2)), (QStringList{u"None"_s, u"api"_s, u"child"_s, u"loop-a"_s,
                                                u"loop-b"_s, u"root"_s, u"web"_s}));
    QCOMPARE(parentsOf(all.at(5)),
             (QStringList{u"None"_s, u"api"_s, u"child"_s, u"grandchild"_s, u"root"_s, u"web"_s}));
    QCOMPARE(parentsOf(stored(0, u"new"_s)),
             (QStringList{u"None"_s, u"api"_s, u"child"_s, u"grandchild"_s, u"loop-a"_s,
                          u"loop-b"_s, u"root"_s, u"web"_s}));
}

void TestMonitorDialog::parentIsChosenByName()
{
    Monitor child = stored(8, u"child"_s, 3);
    MonitorDialog dialog(MonitorDialog::Mode::Edit, child, someOthers());
    dialog.show();
    QCOMPARE(dialog.monitor().parentId, 3);
    choose(&dialog, u"parentCombo"_s, u"data"_s);
    QCOMPARE(dialog.monitor().parentId, 4);
    choose(&dialog, u"parentCombo"_s, u"None"_s);
    QCOMPARE(dialog.monitor().parentId, 0);
}

void TestMonitorDialog::bodyOnlyForPost()
{
    const auto dialog = addDialog(u"https://example.com/"_s);
    QWidget *d = dialog.get();
    auto *body = field<QPlainTextEdit>(d, u"bodyEdit"_s);
    QCOMPARE(field<QComboBox>(d, u"methodCombo"_s)->currentText(), u"GET"_s);
    QVERIFY(!body->isEnabled());

    choose(d, u"methodCombo"_s, u"POST"_s);
    QVERIFY(body->isEnabled());
    retype(d, body, u"x=1"_s);
    QCOMPARE(dialog->monitor().body, "x=1");

    choose(d, u"methodCombo"_s, u"HEAD"_s);
    QVERIFY(!body->isEnabled());
    QVERIFY(dialog->monitor().body.isEmpty());
    QVERIFY(okButton(d)->isEnabled());

    choose(d, u"methodCombo"_s, u"POST"_s); // what was typed is still there
    QCOMPARE(dialog->monitor().body, "x=1");

    // Every method is offered; those that send a body keep it, the others leave it out.
    QCOMPARE(field<QComboBox>(d, u"methodCombo"_s)->count(), qsizetype(kHttpMethods.size()));
    for (const HttpMethod method : kHttpMethods) {
        choose(d, u"methodCombo"_s, QString::fromLatin1(httpMethodName(method)));
        QCOMPARE(dialog->monitor().method, method);
        QCOMPARE(body->isEnabled(), httpMethodSendsBody(method));
        QCOMPARE(dialog->monitor().body, httpMethodSendsBody(method) ? "x=1" : QByteArray());
        QVERIFY(okButton(d)->isEnabled());
    }
}

void TestMonitorDialog::tags_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("tags");

    QTest::newRow("none") << "" << QStringList();
    QTest::newRow("blank") << " , ," << QStringList();
    QTest::newRow("one") << "prod" << QStringList{u"prod"_s};
    QTest::newRow("trimmed") << "  prod ,  web  " << QStringList{u"prod"_s, u"web"_s};
    QTest::newRow("empties dropped") << "a,,b," << QStringList{u"a"_s, u"b"_s};
    QTest::newRow("duplicates once") << "b, a, b, a" << QStringList{u"b"_s, u"a"_s};
    QTest::newRow("case kept") << "Web, web" << QStringList{u"Web"_s, u"web"_s};
    QTest::newRow("inner spaces kept") << "eu west" << QStringList{u"eu west"_s};
}

void TestMonitorDialog::tags()
{
    QFETCH(QString, typed);
    QFETCH(QStringList, tags);
    const auto dialog = addDialog(u"https://example.com/"_s);
    retype(dialog.get(), u"tagsEdit"_s, typed);
    QCOMPARE(dialog->monitor().tags, tags);
    QVERIFY(okButton(dialog.get())->isEnabled());
}

void TestMonitorDialog::testNowReportsUp()
{
    const auto dialog = addDialog(m_server.url(u"/slow"_s).toString());
    auto *button = field<QPushButton>(dialog.get(), u"testButton"_s);
    auto *label = field<QLabel>(dialog.get(), u"testResultLabel"_s);
    QVERIFY(button->isEnabled());

    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(label->text(), u"Testing\u2026"_s);
    QVERIFY(!button->isEnabled());
    // The dialog keeps taking input while the check runs.
    retype(dialog.get(), u"nameEdit"_s, u"Renamed"_s);
    QCOMPARE(dialog->monitor().name, u"Renamed"_s);

    QTRY_VERIFY(button->isEnabled());
    QVERIFY2(label->text().startsWith(u"Up \u2014 ok, HTTP 200 in "_s), qPrintable(label->text()));
    QVERIFY(label->text().endsWith(u" ms"_s));
    QCOMPARE(label->palette().color(QPalette::WindowText), StatusStyle::color(MonitorState::Up));
    QCOMPARE(m_server.requests().size(), 1);

    // Again, with the same prober.
    retype(dialog.get(), u"urlEdit"_s, m_server.url(u"/ok"_s).toString());
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(!button->isEnabled());
    QTRY_VERIFY(button->isEnabled());
    QVERIFY2(label->text().startsWith(u"Up \u2014 ok, HTTP 200"_s), qPrintable(label->text()));
    QCOMPARE(m_server.requests().size(), 2);
    QCOMPARE(m_server.requests().at(1).path, "/ok");
}

void TestMonitorDialog::testNowReportsDownWithReason()
{
    const auto dialog = addDialog(m_server.url(u"/500"_s).toString());
    auto *button = field<QPushButton>(dialog.get(), u"testButton"_s);
    auto *label = field<QLabel>(dialog.get(), u"testResultLabel"_s);
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY(button->isEnabled());
    const QString text = label->text();
    QVERIFY2(text.startsWith(u"Down \u2014 status, HTTP 500 in "_s), qPrintable(text));
    QVERIFY2(text.contains(u": HTTP 500 Internal Server Error, expected 200-299"_s),
             qPrintable(text));
    QCOMPARE(label->palette().color(QPalette::WindowText), StatusStyle::color(MonitorState::Down));

    // With 500 expected, the same endpoint is up.
    retype(dialog.get(), u"statusesEdit"_s, u"200-299,500"_s);
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY(button->isEnabled());
    QVERIFY2(label->text().startsWith(u"Up \u2014 ok, HTTP 500"_s), qPrintable(label->text()));
}

void TestMonitorDialog::testNowSendsTheMonitorAsEntered()
{
    const auto dialog = addDialog(m_server.url(u"/ok"_s).toString());
    QWidget *d = dialog.get();
    choose(d, u"methodCombo"_s, u"POST"_s);
    retype(d, u"headersEdit"_s, u"X-Probe: from the dialog"_s);
    retype(d, u"bodyEdit"_s, u"ping=1"_s);
    retype(d, u"keywordEdit"_s, u"missing words"_s);
    QTest::mouseClick(field<QPushButton>(d, u"testButton"_s), Qt::LeftButton);
    QTRY_VERIFY(field<QPushButton>(d, u"testButton"_s)->isEnabled());

    QCOMPARE(m_server.requests().size(), 1);
    const RecordedRequest &request = m_server.requests().at(0);
    QCOMPARE(request.method, "POST");
    QCOMPARE(request.header("X-Probe"), "from the dialog");
    QCOMPARE(request.body, "ping=1");
    const QString text = field<QLabel>(d, u"testResultLabel"_s)->text();
    QVERIFY2(text.startsWith(u"Down \u2014 keyword, HTTP 200"_s), qPrintable(text));
}

void TestMonitorDialog::testNowNeedsValidInput()
{
    MonitorDialog dialog(MonitorDialog::Mode::Add, Monitor(), someOthers());
    dialog.show();
    auto *button = field<QPushButton>(&dialog, u"testButton"_s);
    QVERIFY(!button->isEnabled());
    retype(&dialog, u"nameEdit"_s, u"n"_s);
    retype(&dialog, u"urlEdit"_s, m_server.url(u"/ok"_s).toString());
    QVERIFY(button->isEnabled());
    retype(&dialog, u"statusesEdit"_s, u"2xx"_s);
    QVERIFY(!button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(field<QLabel>(&dialog, u"testResultLabel"_s)->text().isEmpty());
    QVERIFY(m_server.requests().isEmpty());
}

void TestMonitorDialog::testNowTrustsExtraCaCertificates()
{
    TestServer tls;
    QVERIFY(tls.startTls(TlsFixtures::certificate(u"localhost.pem"_s), TlsFixtures::serverKey()));
    tls.setRoute("/ok", TestRoute::ok());

    const auto dialog = addDialog(tls.url(u"/ok"_s).toString());
    auto *button = field<QPushButton>(dialog.get(), u"testButton"_s);
    auto *label = field<QLabel>(dialog.get(), u"testResultLabel"_s);
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY(button->isEnabled());
    QVERIFY2(label->text().startsWith(u"Down \u2014 tls"_s), qPrintable(label->text()));

    dialog->setExtraCaCertificates({TlsFixtures::testCa()});
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY(button->isEnabled());
    QVERIFY2(label->text().startsWith(u"Up \u2014 ok, HTTP 200"_s), qPrintable(label->text()));
}

void TestMonitorDialog::closingMidTestIsSafe()
{
    // Closed (rejected) while testing: the check stops, the dialog can test again.
    auto dialog = addDialog(m_server.url(u"/very-slow"_s).toString());
    auto *button = field<QPushButton>(dialog.get(), u"testButton"_s);
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_COMPARE(m_server.requests().size(), 1);
    dialog->reject();
    QTRY_COMPARE(m_server.openConnectionCount(), 0);
    QVERIFY(field<QLabel>(dialog.get(), u"testResultLabel"_s)->text().isEmpty());
    QVERIFY(button->isEnabled());

    // Destroyed while testing: nothing is left running.
    dialog->show();
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_COMPARE(m_server.requests().size(), 2);
    QPointer<QLabel> label = field<QLabel>(dialog.get(), u"testResultLabel"_s);
    dialog.reset();
    QVERIFY(label.isNull());
    QTRY_COMPARE(m_server.openConnectionCount(), 0);
}

void TestMonitorDialog::testNowShowsTheFailedAssertion()
{
    const auto dialog = addDialog(m_server.url(u"/json"_s).toString());
    QWidget *d = dialog.get();
    addAssertion(d, uR"(/status == "ok")"_s);
    addAssertion(d, uR"(/note == "short")"_s);
    auto *button = field<QPushButton>(d, u"testButton"_s);
    auto *label = field<QLabel>(d, u"testResultLabel"_s);
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY(button->isEnabled());
    const QString text = label->text();
    QVERIFY2(text.startsWith(u"Down — json, HTTP 200 in "_s), qPrintable(text));
    // The second assertion, its actual value cut short, and the whole message on screen.
    const QString actual = u'"' + QString(JsonAssertion::kShownValueLength - 2, u'n') + u'…';
    QVERIFY2(text.endsWith(u": /note is " + actual + uR"(, expected == "short")"_s),
             qPrintable(text));
    QVERIFY(label->wordWrap());
    QTRY_VERIFY(label->height() >= label->heightForWidth(label->width()));
}

void TestMonitorDialog::authenticationTab()
{
    MonitorDialog dialog(MonitorDialog::Mode::Add, Monitor(), someOthers());
    auto *tab = field<AuthenticationTab>(&dialog, u"authenticationTab"_s);
    QTabWidget *tabs = nullptr;
    const int index = tabOf(&dialog, field<QComboBox>(&dialog, u"authKindCombo"_s), &tabs);
    QVERIFY(index >= 0);
    QCOMPARE(tabs->widget(index), tab);
    QCOMPARE(tabs->tabText(index).remove(u'&'), u"Authentication"_s);
    QVERIFY(dialog.monitor().auth.isNone());
    QCOMPARE(dialog.newSecret(), std::nullopt);
}

void TestMonitorDialog::monitorCarriesAuth()
{
    const auto dialog = addDialog(u"https://example.com/"_s);
    QWidget *d = dialog.get();
    choose(d, u"authKindCombo"_s, u"Secret header"_s);
    retype(d, u"authHeaderNameEdit"_s, u"X-API-Key"_s);
    retype(d, u"authSecretEdit"_s, u"k3y"_s);
    QVERIFY(okButton(d)->isEnabled());
    const Monitor monitor = dialog->monitor();
    QCOMPARE(monitor.auth.kind, AuthKind::Header);
    QCOMPARE(monitor.auth.headerName, "X-API-Key");
    QCOMPARE(dialog->newSecret(), std::optional<QByteArray>("k3y"));

    // Editing a monitor with a stored secret keeps its key and asks for no new secret.
    Monitor stored = fullMonitor();
    stored.auth = monitor.auth;
    MonitorDialog edit(MonitorDialog::Mode::Edit, stored, someOthers());
    QVERIFY(okButton(&edit)->isEnabled());
    QVERIFY(edit.monitor() == stored);
    QCOMPARE(edit.newSecret(), std::nullopt);
    QVERIFY(field<QLineEdit>(&edit, u"authSecretEdit"_s)->text().isEmpty());

    // Without a credential key there is no secret to keep: one must be typed.
    stored.credentialKey.clear();
    MonitorDialog noSecret(MonitorDialog::Mode::Edit, stored, someOthers());
    QVERIFY(!okButton(&noSecret)->isEnabled());
    QVERIFY(errorShown(&noSecret, u"authSecretError"_s));
}

void TestMonitorDialog::okDisabledWhileAuthInvalid()
{
    const auto dialog = addDialog(m_server.url(u"/ok"_s).toString());
    QWidget *d = dialog.get();
    auto *testButton = field<QPushButton>(d, u"testButton"_s);
    QVERIFY(okButton(d)->isEnabled());
    choose(d, u"authKindCombo"_s, u"HTTP Basic"_s);
    QVERIFY(!okButton(d)->isEnabled());
    QVERIFY(!testButton->isEnabled());
    retype(d, u"authUserEdit"_s, u"a:b"_s);
    QVERIFY(errorShown(d, u"authUserError"_s));
    QTabWidget *tabs = nullptr;
    const int tab = tabOf(d, field<QWidget>(d, u"authUserEdit"_s), &tabs);
    QVERIFY(!tabs->tabIcon(tab).isNull());

    retype(d, u"authUserEdit"_s, u"alice"_s);
    QVERIFY(!okButton(d)->isEnabled()); // the password still missing
    retype(d, u"authSecretEdit"_s, u"pw"_s);
    QVERIFY(okButton(d)->isEnabled());
    QVERIFY(testButton->isEnabled());
    QVERIFY(tabs->tabIcon(tab).isNull());
}

void TestMonitorDialog::urlPasswordNote_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("note");
    QTest::addColumn<QString>("error");

    QTest::newRow("no password") << "https://example.com/"
                                 << "None" << false << "";
    QTest::newRow("user only") << "https://alice@example.com/"
                               << "None" << false << "";
    QTest::newRow("password, no auth") << "https://alice:pw@example.com/"
                                       << "None" << true << "";
    QTest::newRow("password and Bearer")
        << "https://alice:pw@example.com/"
        << "Bearer" << false
        << "Remove the password from the URL: the monitor authenticates with Bearer token.";
}

void TestMonitorDialog::urlPasswordNote()
{
    QFETCH(QString, url);
    QFETCH(QString, kind);
    QFETCH(bool, note);
    QFETCH(QString, error);

    const auto dialog = addDialog(url);
    QWidget *d = dialog.get();
    choose(d, u"authKindCombo"_s, kind);
    if (kind == u"Bearer")
        retype(d, u"authSecretEdit"_s, u"t"_s);
    auto *label = field<QLabel>(d, u"urlNote"_s);
    QCOMPARE(!label->isHidden(), note);
    if (note) {
        QCOMPARE(label->text(), u"The password will be moved to the keychain when you save."_s);
        QCOMPARE(dialog->monitor().url, QUrl(url)); // the lead's save code moves it
    }
    QCOMPARE(errorShown(d, u"urlError"_s), !error.isEmpty());
    if (!error.isEmpty())
        QCOMPARE(errorText(d, u"urlError"_s), error);
    QCOMPARE(okButton(d)->isEnabled(), error.isEmpty());
}

void TestMonitorDialog::testNowWithoutReadableSecretSendsNothing_data()
{
    QTest::addColumn<bool>("haveStore");
    QTest::addColumn<int>("failure"); // SecretStore::Status; Ok: nothing stored under the key
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("storeProblem");

    QTest::newRow("no store")
        << false << int(SecretStore::Status::Ok)
        << u"Down \u2014 secret: The stored password cannot be read: no secret store."_s << false;
    QTest::newRow("not found") << true << int(SecretStore::Status::Ok)
                               << u"Down \u2014 secret: No secret is stored under"_s << false;
    QTest::newRow("locked") << true << int(SecretStore::Status::Denied)
                            << u"Down \u2014 secret: The keychain is locked."_s << false;
    QTest::newRow("no keychain") << true << int(SecretStore::Status::Unavailable)
                                 << u"Down \u2014 secret: There is no keychain."_s << true;
}

void TestMonitorDialog::testNowWithoutReadableSecretSendsNothing()
{
    QFETCH(bool, haveStore);
    QFETCH(int, failure);
    QFETCH(QString, text);
    QFETCH(bool, storeProblem);

    MemorySecretStore store;
    const auto status = static_cast<SecretStore::Status>(failure);
    if (status == SecretStore::Status::Denied)
        store.failWith(status, u"The keychain is locked."_s);
    else if (status == SecretStore::Status::Unavailable)
        store.failWith(status, u"There is no keychain."_s);
    Monitor monitor = stored(7, u"basic"_s);
    monitor.url = m_server.url(u"/ok"_s);
    monitor.auth.kind = AuthKind::Basic;
    monitor.auth.user = u"alice"_s;
    monitor.credentialKey = u"upwatch/7/basic"_s;
    MonitorDialog dialog(MonitorDialog::Mode::Edit, monitor, someOthers());
    if (haveStore)
        dialog.setSecretStore(&store);
    dialog.show();
    auto *button = field<QPushButton>(&dialog, u"testButton"_s);
    auto *label = field<QLabel>(&dialog, u"testResultLabel"_s);
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(!button->isEnabled()); // the secret is read later, never while the click waits
    QTRY_VERIFY(button->isEnabled());
    QVERIFY2(label->text().startsWith(text), qPrintable(label->text()));
    QCOMPARE(label->palette().color(QPalette::WindowText), StatusStyle::color(MonitorState::Down));
    QVERIFY(m_server.requests().isEmpty());
    QCOMPARE(errorShown(&dialog, u"authStoreProblem"_s), storeProblem);
    if (storeProblem)
        QCOMPARE(errorText(&dialog, u"authStoreProblem"_s), u"There is no keychain."_s);
}

void TestMonitorDialog::noKeychainIsSaidBeforeTyping()
{
    // Without a keychain the tab says so as soon as the dialog has the store, not at the first
    // Test now or save.
    MemorySecretStore store;
    store.failWith(SecretStore::Status::Unavailable, u"There is no keychain."_s);
    Monitor basic;
    basic.auth.kind = AuthKind::Basic;
    basic.auth.user = u"alice"_s;
    MonitorDialog dialog(MonitorDialog::Mode::Add, basic, someOthers());
    dialog.show();
    dialog.setSecretStore(&store);
    QVERIFY(!errorShown(&dialog, u"authStoreProblem"_s)); // asked, not waited for
    QTRY_VERIFY(errorShown(&dialog, u"authStoreProblem"_s));
    QCOMPARE(errorText(&dialog, u"authStoreProblem"_s), u"There is no keychain."_s);

    MemorySecretStore working;
    MonitorDialog fine(MonitorDialog::Mode::Add, basic, someOthers());
    fine.show();
    fine.setSecretStore(&working);
    QTest::qWait(50);
    QVERIFY(!errorShown(&fine, u"authStoreProblem"_s));
}

void TestMonitorDialog::testNowReadsTheStoredSecret()
{
    // The stored password goes out with the probe; a replaced one is used instead of it.
    m_server.setRoute("/basic", TestRoute::ok("in"));
    MemorySecretStore store;
    bool written = false;
    store.write(u"upwatch/8/basic"_s, "stored-pw", this,
                [&written](const auto &) { written = true; });
    QTRY_VERIFY(written);
    Monitor monitor = stored(8, u"basic"_s);
    monitor.url = m_server.url(u"/basic"_s);
    monitor.auth.kind = AuthKind::Basic;
    monitor.auth.user = u"alice"_s;
    monitor.credentialKey = u"upwatch/8/basic"_s;
    MonitorDialog dialog(MonitorDialog::Mode::Edit, monitor, someOthers());
    dialog.setSecretStore(&store);
    dialog.show();
    QCOMPARE(field<QLineEdit>(&dialog, u"authSecretEdit"_s)->placeholderText(),
             u"Stored in "_s + store.describe());
    auto *button = field<QPushButton>(&dialog, u"testButton"_s);
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY(button->isEnabled());
    QCOMPARE(m_server.requests().size(), 1);
    QCOMPARE(m_server.requests().at(0).header("Authorization"),
             "Basic " + QByteArray("alice:stored-pw").toBase64());

    dialog.findChild<QTabWidget *>()->setCurrentWidget(
        field<AuthenticationTab>(&dialog, u"authenticationTab"_s));
    QTest::mouseClick(field<QPushButton>(&dialog, u"authReplaceButton"_s), Qt::LeftButton);
    retype(&dialog, u"authSecretEdit"_s, u"typed-pw"_s);
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY(button->isEnabled());
    QCOMPARE(m_server.requests().size(), 2);
    QCOMPARE(m_server.requests().at(1).header("Authorization"),
             "Basic " + QByteArray("alice:typed-pw").toBase64());
    QCOMPARE(store.secret(u"upwatch/8/basic"_s), "stored-pw"); // the test stored nothing
}

void TestMonitorDialog::describeResult_data()
{
    QTest::addColumn<CheckResult>("result");
    QTest::addColumn<QString>("text");

    CheckResult up;
    up.verdict = Verdict::Up;
    up.reason = Reason::Ok;
    up.httpStatus = 200;
    up.responseMs = 42;
    QTest::newRow("up") << up << u"Up \u2014 ok, HTTP 200 in 42 ms"_s;

    CheckResult slow = up;
    slow.verdict = Verdict::Degraded;
    slow.reason = Reason::Slow;
    slow.responseMs = 1500;
    QTest::newRow("degraded") << slow << u"Degraded \u2014 slow, HTTP 200 in 1500 ms"_s;

    CheckResult refused;
    refused.verdict = Verdict::Down;
    refused.reason = Reason::Refused;
    refused.responseMs = 3;
    refused.error = u"Connection refused"_s;
    QTest::newRow("refused") << refused << u"Down \u2014 refused after 3 ms: Connection refused"_s;

    CheckResult tooLarge = up;
    tooLarge.verdict = Verdict::Down;
    tooLarge.reason = Reason::BodyTooLarge;
    tooLarge.error = u"Body larger than 1024 bytes"_s;
    QTest::newRow("two-word reason")
        << tooLarge
        << u"Down \u2014 body too large, HTTP 200 in 42 ms: Body larger than 1024 bytes"_s;

    CheckResult invalid;
    invalid.reason = Reason::InvalidUrl;
    invalid.error = u"Invalid URL"_s;
    QTest::newRow("nothing sent") << invalid << u"Down \u2014 invalid url: Invalid URL"_s;
}

void TestMonitorDialog::describeResult()
{
    QFETCH(CheckResult, result);
    QFETCH(QString, text);
    QCOMPARE(MonitorInput::describeResult(result), text);
}

QTEST_MAIN(TestMonitorDialog)
#include "tst_monitordialog.moc"
