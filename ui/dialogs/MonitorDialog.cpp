#include "ui/dialogs/MonitorDialog.h"

#include "core/base/JsonText.h"
#include "core/model/MonitorValidator.h"
#include "core/secret/SecretStore.h"
#include "ui/dialogs/AuthenticationTab.h"
#include "ui/dialogs/ErrorLabel.h"
#include "ui/dialogs/FormWidgets.h"
#include "ui/dialogs/JsonAssertionEditor.h"
#include "ui/dialogs/MonitorInput.h"
#include "ui/dialogs/MonitorTester.h"
#include "ui/window/StatusStyle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace {

// The validator's limits, so a spin box never offers what the validator refuses.
using MonitorValidator::kMaxIntervalSeconds;
using MonitorValidator::kMaxRedirects;
using MonitorValidator::kMaxRetries;
using MonitorValidator::kMaxTimeoutMs;
constexpr int kMaxBodyKiB = 1024 * 1024; // 1 GiB
using FormWidgets::makeSpin;
using FormWidgets::makeTextEdit;
using FormWidgets::setTextColor;
using FormWidgets::showError;

} // namespace

MonitorDialog::MonitorDialog(Mode mode, const Monitor &initial, const QList<Monitor> &others,
                             QWidget *parent)
    : QDialog(parent)
    , m_initial(initial)
    , m_tester(new MonitorTester(this))
{
    for (const Monitor &other : others) {
        if (initial.id == 0 || other.id != initial.id)
            m_otherNames.insert(other.name);
    }

    setWindowTitle(mode == Mode::Add ? tr("Add monitor")
                                     : tr("Edit monitor \u2013 %1").arg(initial.name));

    auto *top = new QFormLayout;
    m_nameEdit = new QLineEdit(this);
    m_nameEdit->setObjectName(QStringLiteral("nameEdit"));
    m_nameEdit->setPlaceholderText(tr("e.g. Shop front page"));
    top->addRow(tr("&Name:"), m_nameEdit);
    m_nameError = addErrorRow(top, QStringLiteral("nameError"));
    m_urlEdit = new QLineEdit(this);
    m_urlEdit->setObjectName(QStringLiteral("urlEdit"));
    m_urlEdit->setPlaceholderText(QStringLiteral("https://example.com/health"));
    top->addRow(tr("&URL:"), m_urlEdit);
    m_urlError = addErrorRow(top, QStringLiteral("urlError"), 2); // messages of two lines
    m_urlNote = new QLabel(tr("The password will be moved to the keychain when you save."), this);
    m_urlNote->setObjectName(QStringLiteral("urlNote"));
    m_urlNote->setWordWrap(true);
    m_urlNote->hide();
    top->addRow(QString(), m_urlNote);

    m_tabs = new QTabWidget(this);
    // A warning icon no taller than the text, so the tabs keep their height when one appears.
    const int iconSide = fontMetrics().height();
    m_tabs->setIconSize(QSize(iconSide, iconSide));
    m_requestTab = buildRequestTab();
    m_checksTab = buildChecksTab();
    m_tabs->addTab(m_requestTab, tr("&Request"));
    m_tabs->addTab(m_checksTab, tr("&Checks"));
    m_tabs->addTab(buildAlertingTab(), tr("&Alerting"));
    m_authTab = new AuthenticationTab(this);
    m_authTab->setObjectName(QStringLiteral("authenticationTab"));
    m_tabs->addTab(m_authTab, tr("Auth&entication"));

    m_testButton = new QPushButton(tr("&Test now"), this);
    m_testButton->setObjectName(QStringLiteral("testButton"));
    m_testButton->setAutoDefault(false);
    m_testButton->setToolTip(tr("Check the monitor once, as entered, and show the result."));
    m_testResultLabel = new QLabel(this);
    m_testResultLabel->setObjectName(QStringLiteral("testResultLabel"));
    m_testResultLabel->setTextFormat(Qt::PlainText);
    m_testResultLabel->setWordWrap(true);
    m_testResultLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testButton, 0, Qt::AlignTop);
    testRow->addWidget(m_testResultLabel, 1);

    m_problemsError = new ErrorLabel(this);
    m_problemsError->setObjectName(QStringLiteral("problemsError"));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(mode == Mode::Add ? tr("Add") : tr("Save"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_tabs);
    layout->addLayout(testRow);
    layout->addWidget(m_problemsError);
    layout->addWidget(m_buttons);

    load(initial, others);
    connectInputs();
    validate();
}

QWidget *MonitorDialog::buildChecksTab()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);

    m_intervalSpin =
        makeSpin(page, QStringLiteral("intervalSpin"), 1, kMaxIntervalSeconds, tr(" s"));
    m_intervalSpin->setToolTip(tr("How often the monitor is checked."));
    form->addRow(tr("Check &every:"), m_intervalSpin);
    m_timeoutSpin = makeSpin(page, QStringLiteral("timeoutSpin"), 1, kMaxTimeoutMs, tr(" ms"));
    m_timeoutSpin->setToolTip(tr("The deadline for the whole check, redirects included."));
    form->addRow(tr("Time&out:"), m_timeoutSpin);

    m_statusesEdit = new QLineEdit(page);
    m_statusesEdit->setObjectName(QStringLiteral("statusesEdit"));
    m_statusesEdit->setPlaceholderText(QStringLiteral("200-299,301"));
    m_statusesEdit->setToolTip(tr("HTTP status codes and ranges that count as up."));
    form->addRow(tr("Expected &statuses:"), m_statusesEdit);
    m_statusesError = addErrorRow(form, QStringLiteral("statusesError"), 2);

    m_keywordEdit = new QLineEdit(page);
    m_keywordEdit->setObjectName(QStringLiteral("keywordEdit"));
    m_keywordEdit->setPlaceholderText(tr("Optional text the response must contain"));
    m_invertKeywordCheck = new QCheckBox(tr("&Fail when found"), page);
    m_invertKeywordCheck->setObjectName(QStringLiteral("invertKeywordCheck"));
    auto *keywordRow = new QHBoxLayout;
    keywordRow->addWidget(m_keywordEdit, 1);
    keywordRow->addWidget(m_invertKeywordCheck);
    m_keywordRegexCheck = new QCheckBox(tr("Regular e&xpression"), page);
    m_keywordRegexCheck->setObjectName(QStringLiteral("keywordRegexCheck"));
    keywordRow->addWidget(m_keywordRegexCheck);
    auto *keywordLabel = new QLabel(tr("&Keyword:"), page);
    keywordLabel->setBuddy(m_keywordEdit);
    form->addRow(keywordLabel, keywordRow);
    m_keywordError = addErrorRow(form, QStringLiteral("keywordError"));
    m_jsonAssertions = new JsonAssertionEditor(page);
    form->addRow(tr("&JSON assertions:"), m_jsonAssertions);

    m_maxRedirectsSpin =
        makeSpin(page, QStringLiteral("maxRedirectsSpin"), 0, kMaxRedirects, QString());
    m_maxRedirectsSpin->setSpecialValueText(tr("Do not follow"));
    form->addRow(tr("Ma&ximum redirects:"), m_maxRedirectsSpin);
    m_ignoreTlsCheck = new QCheckBox(tr("&Ignore TLS certificate errors"), page);
    m_ignoreTlsCheck->setObjectName(QStringLiteral("ignoreTlsCheck"));
    form->addRow(QString(), m_ignoreTlsCheck);
    m_degradedSpin = makeSpin(page, QStringLiteral("degradedSpin"), 0, kMaxTimeoutMs, tr(" ms"));
    m_degradedSpin->setSpecialValueText(tr("Off"));
    m_degradedSpin->setToolTip(tr("Responses slower than this count as degraded."));
    form->addRow(tr("&Degraded above:"), m_degradedSpin);
    m_maxBodySpin = makeSpin(page, QStringLiteral("maxBodySpin"), 1, kMaxBodyKiB, tr(" KiB"));
    m_maxBodySpin->setToolTip(tr("How much of the response body is read and searched for the "
                                 "keyword; the rest is not downloaded."));
    form->addRow(tr("Read at &most:"), m_maxBodySpin);
    return page;
}

QLabel *MonitorDialog::addErrorRow(QFormLayout *form, const QString &objectName, int reservedLines)
{
    return FormWidgets::addErrorRow(form, this, objectName, reservedLines);
}

void MonitorDialog::connectInputs()
{
    connect(m_nameEdit, &QLineEdit::textEdited, this, [this] {
        m_nameTouched = true;
        validate();
    });
    connect(m_urlEdit, &QLineEdit::textEdited, this, [this] {
        m_urlTouched = true;
        validate();
    });
    for (QLineEdit *edit : {m_nameEdit, m_urlEdit, m_statusesEdit, m_keywordEdit, m_tagsEdit})
        connect(edit, &QLineEdit::textChanged, this, &MonitorDialog::validate);
    for (QPlainTextEdit *edit : {m_headersEdit, m_bodyEdit})
        connect(edit, &QPlainTextEdit::textChanged, this, &MonitorDialog::validate);
    for (QSpinBox *spin : {m_intervalSpin, m_timeoutSpin, m_maxRedirectsSpin, m_degradedSpin,
                           m_maxBodySpin, m_retriesSpin, m_recoverySpin, m_quorumSpin})
        connect(spin, &QSpinBox::valueChanged, this, &MonitorDialog::validate);
    connect(m_locationsSpin, &QSpinBox::valueChanged, this, [this](int locations) {
        // A quorum is at most every location.
        m_quorumSpin->setMaximum(locations);
        m_quorumSpin->setEnabled(locations > 1);
        validate();
    });
    connect(m_jsonAssertions, &JsonAssertionEditor::changed, this, &MonitorDialog::validate);
    connect(m_keywordRegexCheck, &QCheckBox::toggled, this, &MonitorDialog::validate);
    for (QCheckBox *check : {m_invertKeywordCheck, m_ignoreTlsCheck, m_pausedCheck})
        connect(check, &QCheckBox::toggled, this, &MonitorDialog::validate);
    for (QComboBox *combo : {m_methodCombo, m_parentCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, &MonitorDialog::validate);

    connect(m_authTab, &AuthenticationTab::changed, this, &MonitorDialog::validate);
    connect(m_tester, &MonitorTester::finished, this, &MonitorDialog::onTestFinished);
    connect(m_tester, &MonitorTester::secretStoreUnavailable, m_authTab,
            &AuthenticationTab::setSecretStoreProblem);
    connect(m_testButton, &QPushButton::clicked, this, &MonitorDialog::startTest);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void MonitorDialog::load(const Monitor &monitor, const QList<Monitor> &others)
{
    m_nameEdit->setText(monitor.name);
    m_initialUrlText = monitor.url.isEmpty() ? QString() : monitor.url.toString();
    m_urlEdit->setText(m_initialUrlText);
    m_methodCombo->setCurrentIndex(std::max(0, m_methodCombo->findData(int(monitor.method))));
    m_headersEdit->setPlainText(MonitorInput::headersText(monitor.headers));
    m_bodyEdit->setPlainText(JsonText::utf8Text(monitor.body));
    // Unless the user edits the body, the bytes stay exactly as stored (even if not UTF-8).
    m_bodyEdit->document()->setModified(false);

    m_intervalSpin->setValue(monitor.intervalSeconds);
    m_timeoutSpin->setValue(monitor.timeoutMs);
    m_statusesEdit->setText(monitor.expectedStatuses.toString());
    m_keywordEdit->setText(monitor.keyword);
    m_invertKeywordCheck->setChecked(monitor.invertKeyword);
    m_keywordRegexCheck->setChecked(monitor.keywordIsRegex);
    m_jsonAssertions->setAssertions(monitor.jsonAssertions);
    m_maxRedirectsSpin->setValue(monitor.maxRedirects);
    m_ignoreTlsCheck->setChecked(monitor.ignoreTlsErrors);
    m_degradedSpin->setValue(monitor.degradedAboveMs);
    m_maxBodySpin->setValue(
        int(std::clamp<qint64>((monitor.maxBodyBytes + 1023) / 1024, 1, kMaxBodyKiB)));
    m_initialMaxBodyKiB = m_maxBodySpin->value();

    m_retriesSpin->setValue(monitor.retries);
    m_recoverySpin->setValue(monitor.recovery);
    m_locationsSpin->setValue(monitor.locations);
    m_quorumSpin->setMaximum(std::max(1, monitor.locations));
    m_quorumSpin->setValue(monitor.quorum);
    m_quorumSpin->setEnabled(monitor.locations > 1);
    m_parentCombo->addItem(tr("None"), qint64(0));
    for (const Monitor &candidate : MonitorInput::parentCandidates(monitor.id, others))
        m_parentCombo->addItem(candidate.name, candidate.id);
    const bool parentKnown =
        std::any_of(others.cbegin(), others.cend(),
                    [&monitor](const Monitor &other) { return other.id == monitor.parentId; });
    if (monitor.parentId != 0 && monitor.parentId != monitor.id && !parentKnown) {
        // Not among the monitors given: keep the link rather than drop it silently.
        m_parentCombo->addItem(tr("Unknown monitor (id %1)").arg(monitor.parentId),
                               monitor.parentId);
    }
    m_parentCombo->setCurrentIndex(std::max(0, m_parentCombo->findData(monitor.parentId)));
    m_tagsEdit->setText(MonitorInput::tagsText(monitor.tags));
    m_pausedCheck->setChecked(monitor.paused);
    m_authTab->setAuth(monitor.auth, !monitor.credentialKey.isEmpty());
}

Monitor MonitorDialog::monitor() const
{
    Monitor monitor = m_initial;
    monitor.name = m_nameEdit->text().trimmed();
    monitor.url = enteredUrl();
    monitor.method = static_cast<HttpMethod>(m_methodCombo->currentData().toInt());
    monitor.headers =
        MonitorInput::parseHeaders(m_headersEdit->toPlainText()).value_or(QList<HttpHeader>());
    if (!httpMethodSendsBody(monitor.method))
        monitor.body.clear();
    else if (m_bodyEdit->document()->isModified())
        monitor.body = m_bodyEdit->toPlainText().toUtf8();
    monitor.intervalSeconds = m_intervalSpin->value();
    monitor.timeoutMs = m_timeoutSpin->value();
    monitor.expectedStatuses = StatusRanges::parse(m_statusesEdit->text()).value_or(StatusRanges());
    monitor.keyword = m_keywordEdit->text();
    monitor.invertKeyword = m_invertKeywordCheck->isChecked() && !monitor.keyword.isEmpty();
    monitor.keywordIsRegex = m_keywordRegexCheck->isChecked() && !monitor.keyword.isEmpty();
    monitor.jsonAssertions = m_jsonAssertions->assertions();
    monitor.maxRedirects = m_maxRedirectsSpin->value();
    monitor.ignoreTlsErrors = m_ignoreTlsCheck->isChecked();
    monitor.degradedAboveMs = m_degradedSpin->value();
    if (m_maxBodySpin->value() != m_initialMaxBodyKiB)
        monitor.maxBodyBytes = qint64(m_maxBodySpin->value()) * 1024;
    monitor.retries = m_retriesSpin->value();
    monitor.recovery = m_recoverySpin->value();
    monitor.locations = m_locationsSpin->value();
    monitor.quorum = std::min(m_quorumSpin->value(), monitor.locations);
    monitor.parentId = m_parentCombo->currentData().toLongLong();
    monitor.tags = MonitorInput::parseTags(m_tagsEdit->text());
    monitor.paused = m_pausedCheck->isChecked();
    monitor.auth = m_authTab->auth();
    return monitor;
}

std::optional<QByteArray> MonitorDialog::newSecret() const
{
    return m_authTab->newSecret();
}

void MonitorDialog::setSecretStore(SecretStore *store)
{
    m_tester->setSecretStore(store);
    if (!store)
        return;
    m_authTab->setSecretLocation(store->describe());
    // Whether a secret can be kept at all, said before one is typed (a key never written).
    store->read(QStringLiteral("upwatch-probe/never-written"), this,
                [this](const SecretStore::Reply &reply) {
                    if (reply.status == SecretStore::Status::Unavailable)
                        m_authTab->setSecretStoreProblem(reply.error);
                });
}

void MonitorDialog::setExtraCaCertificates(const QList<QSslCertificate> &certificates)
{
    stopTest();
    m_tester->setExtraCaCertificates(certificates);
}

void MonitorDialog::done(int result)
{
    stopTest();
    QDialog::done(result);
}

void MonitorDialog::stopTest()
{
    m_tester->stop();
    if (m_testing) {
        m_testing = false;
        m_testResultLabel->clear();
        updateButtons();
    }
}

QUrl MonitorDialog::enteredUrl(QString *error) const
{
    const QString text = m_urlEdit->text();
    // The stored URL as it was, not re-parsed from its display form.
    if (!text.isEmpty() && text == m_initialUrlText)
        return MonitorValidator::isCheckableUrl(m_initial.url, error) ? m_initial.url : QUrl();
    return MonitorValidator::parseUrl(text, error).value_or(QUrl());
}

void MonitorDialog::validate()
{
    bool valid = true;
    const auto check = [&valid](QLabel *label, const QString &error) {
        showError(label, error);
        valid = valid && error.isEmpty();
    };

    const QString name = m_nameEdit->text().trimmed();
    QString nameError;
    if (m_otherNames.contains(name))
        nameError =
            tr("Another monitor is already called '%1'. Choose a different name.").arg(name);
    else if (name.isEmpty() && m_nameTouched)
        nameError = tr("Enter a name for the monitor.");
    else if (!name.isEmpty())
        nameError = MonitorInput::sentence(MonitorValidator::nameProblem(name));
    check(m_nameError, nameError);
    valid = valid && !name.isEmpty();

    QString urlError;
    const QUrl url = enteredUrl(&urlError);
    const bool urlValid = !url.isEmpty();
    const bool urlUntouchedEmpty = m_urlEdit->text().trimmed().isEmpty() && !m_urlTouched;
    // A password in the URL moves to the keychain on save (as Basic), unless auth is set already.
    const bool authNone = m_authTab->auth().isNone();
    m_urlNote->setVisible(urlValid && !url.password().isEmpty() && authNone);
    if (urlValid && !url.password().isEmpty() && !authNone)
        urlError = tr("remove the password from the URL: the monitor authenticates with %1")
                       .arg(authKindTitle(m_authTab->auth().kind));
    check(m_urlError, urlUntouchedEmpty ? QString() : MonitorInput::sentence(urlError));
    valid = valid && urlValid && m_authTab->isValid();

    QString headersError;
    if (!MonitorInput::parseHeaders(m_headersEdit->toPlainText(), &headersError))
        check(m_headersError, headersError);
    else
        check(m_headersError, QString());

    QString statusesError;
    if (!StatusRanges::parse(m_statusesEdit->text(), &statusesError))
        check(m_statusesError, MonitorInput::sentence(statusesError) + u' ' +
                                   tr("Write codes and ranges like 200-299,301."));
    else
        check(m_statusesError, QString());

    const auto method = static_cast<HttpMethod>(m_methodCombo->currentData().toInt());
    const bool hasKeyword = !m_keywordEdit->text().isEmpty();
    check(m_keywordError, MonitorInput::keywordError(m_keywordEdit->text(), method,
                                                     m_keywordRegexCheck->isChecked()));
    m_invertKeywordCheck->setEnabled(hasKeyword);
    m_keywordRegexCheck->setEnabled(hasKeyword);
    valid = valid && m_jsonAssertions->isValid();
    m_bodyEdit->setEnabled(httpMethodSendsBody(method));

    // Whatever the fields above cannot show (a stored value out of range, say).
    QStringList problems;
    if (valid) {
        for (const QString &problem : MonitorValidator::problems(monitor()))
            problems.append(MonitorInput::sentence(problem));
    }
    check(m_problemsError, problems.join(u'\n'));

    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    m_tabs->setTabIcon(m_tabs->indexOf(m_requestTab),
                       m_headersError->isHidden() ? QIcon() : warning);
    const bool checksOk = m_statusesError->isHidden() && m_keywordError->isHidden();
    m_tabs->setTabIcon(m_tabs->indexOf(m_checksTab),
                       checksOk && m_jsonAssertions->isValid() ? QIcon() : warning);
    m_tabs->setTabIcon(m_tabs->indexOf(m_authTab), m_authTab->showsProblem() ? warning : QIcon());
    m_valid = valid;
    updateButtons();
}

void MonitorDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_valid);
    m_testButton->setEnabled(m_valid && !m_testing);
}

void MonitorDialog::startTest()
{
    if (!m_valid || m_testing)
        return;
    m_testing = true;
    setTextColor(m_testResultLabel, QColor());
    m_testResultLabel->setText(tr("Testing\u2026"));
    updateButtons();
    if (m_authTab->usesStoredSecret() && !m_initial.credentialKey.isEmpty())
        m_tester->startWithStoredSecret(monitor());
    else
        m_tester->start(monitor(), m_authTab->newSecret().value_or(QByteArray()));
}

void MonitorDialog::onTestFinished(const CheckResult &result)
{
    m_testing = false;
    setTextColor(m_testResultLabel, StatusStyle::color(MonitorInput::verdictState(result.verdict)));
    m_testResultLabel->setText(MonitorInput::describeResult(result));
    updateButtons();
}
