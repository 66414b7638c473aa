#include "ui/dialogs/ChannelDialog.h"

#include "ui/dialogs/ChannelBackend.h"
#include "ui/dialogs/ChannelScopeEditor.h"
#include "ui/dialogs/ChannelWebhookEditor.h"
#include "ui/dialogs/FormWidgets.h"
#include "ui/window/StatusStyle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

namespace {

QLabel *wrappedLabel(const QString &text, QWidget *parent, const QString &objectName = {})
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QLabel *errorLabel(QWidget *parent, const QString &objectName)
{
    QLabel *label = wrappedLabel(QString(), parent, objectName);
    FormWidgets::setTextColor(label, StatusStyle::color(MonitorState::Down));
    label->hide();
    return label;
}

} // namespace

ChannelDialog::ChannelDialog(ChannelBackend &backend, const AlertChannel &initial,
                             const QStringList &monitorNames, const QStringList &tags,
                             QWidget *parent)
    : QDialog(parent)
    , m_backend(backend)
    , m_initial(initial)
{
    for (const AlertChannel &other : backend.channels()) {
        if (initial.id == 0 || other.id != initial.id)
            m_otherNames.append(other.name);
    }
    setWindowTitle(initial.id == 0 ? tr("Add alert channel")
                                   : tr("Edit alert channel \u2013 %1").arg(initial.name));

    auto *top = new QFormLayout;
    m_nameEdit = new QLineEdit(this);
    m_nameEdit->setObjectName(QStringLiteral("nameEdit"));
    m_nameEdit->setPlaceholderText(tr("e.g. Ops Slack"));
    top->addRow(tr("&Name:"), m_nameEdit);
    m_nameError = FormWidgets::addErrorRow(top, this, QStringLiteral("nameError"));
    m_kindCombo = new QComboBox(this);
    m_kindCombo->setObjectName(QStringLiteral("kindCombo"));
    m_kindCombo->addItem(tr("Webhook: POST to a URL"), int(AlertChannelKind::Webhook));
    m_kindCombo->addItem(tr("Command: run a program"), int(AlertChannelKind::Command));
    m_enabledCheck = new QCheckBox(tr("E&nabled"), this);
    m_enabledCheck->setObjectName(QStringLiteral("enabledCheck"));
    m_enabledCheck->setToolTip(tr("A disabled channel keeps its settings but is sent nothing."));
    auto *kindRow = new QHBoxLayout;
    kindRow->addWidget(m_kindCombo, 1);
    kindRow->addWidget(m_enabledCheck);
    auto *kindLabel = new QLabel(tr("&Kind:"), this);
    kindLabel->setBuddy(m_kindCombo);
    top->addRow(kindLabel, kindRow);

    m_tabs = new QTabWidget(this);
    m_deliveryTab = buildDeliveryTab();
    m_eventsTab = buildEventsTab(monitorNames, tags);
    m_tabs->addTab(m_deliveryTab, tr("&Delivery"));
    m_tabs->addTab(m_eventsTab, tr("&Events and monitors"));

    m_problemsError = errorLabel(this, QStringLiteral("problemsError"));
    m_saveStatus = wrappedLabel(QString(), this, QStringLiteral("saveStatus"));
    m_saveStatus->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(initial.id == 0 ? tr("Add") : tr("Save"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_problemsError);
    layout->addWidget(m_saveStatus);
    layout->addWidget(m_buttons);

    load(initial);
    connectInputs();
    validate();
}

QWidget *ChannelDialog::buildDeliveryTab()
{
    auto *page = new QWidget(this);
    m_kindStack = new QStackedWidget(page);
    m_webhook = new ChannelWebhookEditor(m_backend, m_kindStack);
    m_webhook->setObjectName(QStringLiteral("webhookEditor"));
    m_kindStack->addWidget(m_webhook);
    m_kindStack->addWidget(buildCommandPage(m_kindStack));

    auto *form = new QFormLayout;
    m_timeoutSpin = FormWidgets::makeSpin(page, QStringLiteral("timeoutSpin"), 1,
                                          ChannelInput::kMaxTimeoutSeconds, tr(" s"));
    m_timeoutSpin->setToolTip(tr("How long one attempt may take; a failed delivery is tried "
                                 "three times in all."));
    form->addRow(tr("&Timeout:"), m_timeoutSpin);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_kindStack, 1);
    layout->addLayout(form);
    return page;
}

QWidget *ChannelDialog::buildCommandPage(QWidget *parent)
{
    auto *page = new QWidget(parent);
    page->setObjectName(QStringLiteral("commandPage"));
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);

    m_programEdit = new QLineEdit(page);
    m_programEdit->setObjectName(QStringLiteral("programEdit"));
    m_programEdit->setPlaceholderText(QStringLiteral("/usr/local/bin/page-me"));
    m_browseButton = new QPushButton(tr("&Browse\u2026"), page);
    m_browseButton->setObjectName(QStringLiteral("browseButton"));
    m_browseButton->setAutoDefault(false);
    auto *programRow = new QHBoxLayout;
    programRow->addWidget(m_programEdit, 1);
    programRow->addWidget(m_browseButton);
    auto *programLabel = new QLabel(tr("&Program:"), page);
    programLabel->setBuddy(m_programEdit);
    form->addRow(programLabel, programRow);
    m_programError = FormWidgets::addErrorRow(form, page, QStringLiteral("programError"));
    m_programNote = wrappedLabel(QString(), page, QStringLiteral("programNote"));
    m_programNote->hide();
    form->addRow(QString(), m_programNote);

    m_argumentsEdit = FormWidgets::makeTextEdit(page, QStringLiteral("argumentsEdit"),
                                                tr("One per line, e.g.\n--room\nops alerts"));
    form->addRow(tr("&Arguments:"), m_argumentsEdit);
    m_argumentsError = FormWidgets::addErrorRow(form, page, QStringLiteral("argumentsError"));
    form->addRow(QString(),
                 wrappedLabel(tr("Each line is one argument, passed as written: no shell is "
                                 "involved. In double quotes, an argument keeps its outer "
                                 "spaces and may use \\\" and \\n; \"\" is an empty one."),
                              page));
    form->addRow(QString(),
                 wrappedLabel(tr("The event comes in environment variables (UPWATCH_EVENT, "
                                 "UPWATCH_MONITOR, UPWATCH_STATE, UPWATCH_REASON, UPWATCH_ERROR, "
                                 "UPWATCH_URL, \u2026) and as JSON on standard input. Exit code 0 "
                                 "means delivered."),
                              page));
    return page;
}

QWidget *ChannelDialog::buildEventsTab(const QStringList &monitorNames, const QStringList &tags)
{
    auto *page = new QWidget(this);
    auto *events = new QGroupBox(tr("Alert when a monitor"), page);
    auto *eventsLayout = new QVBoxLayout(events);
    const QString texts[] = {tr("goes do&wn"), tr("&recovers (up again)"),
                             tr("becomes de&graded (slow)"),
                             tr("has a TLS &certificate about to expire")};
    for (int i = 0; i <= int(kLastAlertEventKind); ++i) {
        const auto kind = static_cast<AlertEventKind>(i);
        auto *check = new QCheckBox(texts[i], events);
        check->setObjectName(u"event_" + alertEventKindName(kind));
        eventsLayout->addWidget(check);
        m_eventChecks.append(check);
    }
    m_eventsError = errorLabel(events, QStringLiteral("eventsError"));
    eventsLayout->addWidget(m_eventsError);

    auto *scope = new QGroupBox(tr("For"), page);
    auto *scopeLayout = new QVBoxLayout(scope);
    m_scope = new ChannelScopeEditor(monitorNames, tags, scope);
    m_scope->setObjectName(QStringLiteral("scopeEditor"));
    scopeLayout->addWidget(m_scope, 1);
    m_scopeError = errorLabel(scope, QStringLiteral("scopeError"));
    scopeLayout->addWidget(m_scopeError);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(events);
    layout->addWidget(scope, 1);
    return page;
}

void ChannelDialog::connectInputs()
{
    connect(m_nameEdit, &QLineEdit::textEdited, this, [this] { m_nameTouched = true; });
    connect(m_programEdit, &QLineEdit::textEdited, this, [this] { m_programTouched = true; });
    for (QLineEdit *edit : {m_nameEdit, m_programEdit})
        connect(edit, &QLineEdit::textChanged, this, &ChannelDialog::validate);
    connect(m_argumentsEdit, &QPlainTextEdit::textChanged, this, &ChannelDialog::validate);
    connect(m_kindCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_kindStack->setCurrentIndex(m_kindCombo->currentIndex());
        validate();
    });
    connect(m_enabledCheck, &QCheckBox::toggled, this, &ChannelDialog::validate);
    connect(m_timeoutSpin, &QSpinBox::valueChanged, this, &ChannelDialog::validate);
    for (QCheckBox *check : std::as_const(m_eventChecks))
        connect(check, &QCheckBox::toggled, this, &ChannelDialog::validate);
    connect(m_scope, &ChannelScopeEditor::changed, this, &ChannelDialog::validate);
    connect(m_webhook, &ChannelWebhookEditor::changed, this, &ChannelDialog::validate);
    connect(m_browseButton, &QPushButton::clicked, this, &ChannelDialog::browseProgram);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ChannelDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void ChannelDialog::load(const AlertChannel &channel)
{
    const ChannelInput::Form form = ChannelInput::formOf(channel);
    m_nameEdit->setText(form.name);
    m_kindCombo->setCurrentIndex(std::max(0, m_kindCombo->findData(int(form.kind))));
    m_kindStack->setCurrentIndex(m_kindCombo->currentIndex());
    m_enabledCheck->setChecked(form.enabled);
    m_webhook->load(channel);
    m_programEdit->setText(form.program);
    m_argumentsEdit->setPlainText(form.arguments);
    m_timeoutSpin->setValue(form.timeoutSeconds);
    for (int i = 0; i < m_eventChecks.size(); ++i)
        m_eventChecks.at(i)->setChecked(form.events.contains(static_cast<AlertEventKind>(i)));
    m_scope->setScope(form.monitorNames, form.tags);
}

ChannelInput::Form ChannelDialog::form() const
{
    ChannelInput::Form form;
    form.name = m_nameEdit->text();
    form.kind = static_cast<AlertChannelKind>(m_kindCombo->currentData().toInt());
    form.enabled = m_enabledCheck->isChecked();
    for (int i = 0; i < m_eventChecks.size(); ++i) {
        if (m_eventChecks.at(i)->isChecked())
            form.events.append(static_cast<AlertEventKind>(i));
    }
    form.allMonitors = m_scope->allMonitors();
    form.monitorNames = m_scope->monitorNames();
    form.tags = m_scope->tags();
    form.timeoutSeconds = m_timeoutSpin->value();
    m_webhook->fill(form);
    form.program = m_programEdit->text();
    form.arguments = m_argumentsEdit->toPlainText();
    return form;
}

ChannelInput::Result ChannelDialog::entered() const
{
    return ChannelInput::parse(form(), m_initial, m_webhook->loadedSecret(), m_otherNames);
}

void ChannelDialog::validate()
{
    const ChannelInput::Result result = entered();
    const ChannelInput::Errors &errors = result.errors;
    const bool nameShown = m_nameTouched || !m_nameEdit->text().trimmed().isEmpty();
    FormWidgets::showError(m_nameError, nameShown ? errors.name : QString());
    const bool webhook = result.channel.kind == AlertChannelKind::Webhook;
    m_webhook->showErrors(errors);
    const bool programShown = m_programTouched || !m_programEdit->text().trimmed().isEmpty();
    FormWidgets::showError(m_programError, programShown ? errors.program : QString());
    const QString note = ChannelInput::programNote(m_programEdit->text());
    m_programNote->setText(note);
    m_programNote->setVisible(errors.program.isEmpty() && !note.isEmpty());
    FormWidgets::showError(m_argumentsError, errors.arguments);
    FormWidgets::showError(m_eventsError, errors.events);
    FormWidgets::showError(m_scopeError, errors.scope);
    FormWidgets::showError(m_problemsError, errors.other);

    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    const bool deliveryProblem = webhook
                                     ? m_webhook->showsProblem()
                                     : !m_programError->isHidden() || !m_argumentsError->isHidden();
    m_tabs->setTabIcon(m_tabs->indexOf(m_deliveryTab), deliveryProblem ? warning : QIcon());
    const bool eventsProblem = !errors.events.isEmpty() || !errors.scope.isEmpty();
    m_tabs->setTabIcon(m_tabs->indexOf(m_eventsTab), eventsProblem ? warning : QIcon());

    m_valid = result.ok();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_valid && !m_saving);
}

void ChannelDialog::save()
{
    if (!m_valid || m_saving)
        return;
    const ChannelInput::Result result = entered();
    if (!result.ok())
        return;
    m_saving = true;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    FormWidgets::setTextColor(m_saveStatus, QColor());
    m_saveStatus->setText(result.secret ? tr("Saving (the URL goes to the keychain)\u2026")
                                        : tr("Saving\u2026"));
    m_saveStatus->show();
    m_backend.save(
        result.channel, result.secret, this,
        [this](const std::optional<AlertChannel> &saved, const QString &error) {
            m_saving = false;
            if (!isVisible()) // cancelled meanwhile
                return;
            if (saved) {
                m_saved = saved;
                m_saveStatus->hide();
                accept();
                return;
            }
            FormWidgets::setTextColor(m_saveStatus, StatusStyle::color(MonitorState::Down));
            m_saveStatus->setText(tr("The channel was not saved: %1")
                                      .arg(error.isEmpty() ? tr("no reason was given.") : error));
            validate();
        });
}

void ChannelDialog::browseProgram()
{
    auto *dialog = new QFileDialog(this, tr("Choose the program to run"));
    dialog->setObjectName(QStringLiteral("programFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setFilter(QDir::Files | QDir::Executable | QDir::AllDirs | QDir::NoDotAndDotDot);
    const QFileInfo current(m_programEdit->text().trimmed());
    if (current.isAbsolute())
        dialog->setDirectory(current.absolutePath());
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) {
        m_programTouched = true;
        m_programEdit->setText(file);
    });
    dialog->open();
}
