#include "ui/dialogs/ChannelWebhookEditor.h"

#include "ui/dialogs/ChannelBackend.h"
#include "ui/dialogs/FormWidgets.h"
#include "ui/window/StatusStyle.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <set>

namespace {

constexpr WebhookPreset kPresets[] = {WebhookPreset::Json,    WebhookPreset::Slack,
                                      WebhookPreset::Discord, WebhookPreset::Ntfy,
                                      WebhookPreset::Gotify,  WebhookPreset::Custom};

QPushButton *smallButton(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setAutoDefault(false);
    return button;
}

} // namespace

ChannelWebhookEditor::ChannelWebhookEditor(ChannelBackend &backend, QWidget *parent)
    : QWidget(parent)
    , m_backend(backend)
{
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);

    m_presetCombo = new QComboBox(this);
    m_presetCombo->setObjectName(QStringLiteral("presetCombo"));
    for (const WebhookPreset preset : kPresets)
        m_presetCombo->addItem(webhookPresetTitle(preset), int(preset));
    form->addRow(tr("&Preset:"), m_presetCombo);
    m_presetHint = new QLabel(this);
    m_presetHint->setObjectName(QStringLiteral("presetHint"));
    m_presetHint->setWordWrap(true);
    form->addRow(QString(), m_presetHint);

    m_urlEdit = new QLineEdit(this);
    m_urlEdit->setObjectName(QStringLiteral("urlEdit"));
    m_urlEdit->setToolTip(tr("Kept in the keychain, with the headers: webhook URLs often are "
                             "the password."));
    form->addRow(tr("&URL:"), m_urlEdit);
    m_urlError = FormWidgets::addErrorRow(form, this, QStringLiteral("urlError"));

    m_secretRow = new QWidget(this);
    m_secretLabel = new QLabel(m_secretRow);
    m_secretLabel->setObjectName(QStringLiteral("secretLabel"));
    m_secretLabel->setWordWrap(true);
    m_showSecretButton =
        smallButton(tr("&Show and change\u2026"), QStringLiteral("showSecretButton"), m_secretRow);
    auto *secretLayout = new QHBoxLayout(m_secretRow);
    secretLayout->setContentsMargins(0, 0, 0, 0);
    secretLayout->addWidget(m_secretLabel, 1);
    secretLayout->addWidget(m_showSecretButton, 0, Qt::AlignTop);
    form->addRow(QString(), m_secretRow);

    m_headersTable = new QTableWidget(0, 2, this);
    m_headersTable->setObjectName(QStringLiteral("headersTable"));
    m_headersTable->setHorizontalHeaderLabels({tr("Header"), tr("Value")});
    m_headersTable->horizontalHeader()->setStretchLastSection(true);
    m_headersTable->verticalHeader()->setVisible(false);
    m_headersTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_headersTable->setToolTip(tr("Extra request headers, e.g. Authorization: Bearer \u2026"));
    m_headersTable->setMinimumHeight(80);
    m_addHeaderButton = smallButton(tr("A&dd"), QStringLiteral("addHeaderButton"), this);
    m_removeHeaderButton = smallButton(tr("Re&move"), QStringLiteral("removeHeaderButton"), this);
    m_removeHeaderButton->setEnabled(false);
    auto *headerButtons = new QVBoxLayout;
    headerButtons->addWidget(m_addHeaderButton);
    headerButtons->addWidget(m_removeHeaderButton);
    headerButtons->addStretch(1);
    auto *headersRow = new QHBoxLayout;
    headersRow->addWidget(m_headersTable, 1);
    headersRow->addLayout(headerButtons);
    auto *headersLabel = new QLabel(tr("&Headers:"), this);
    headersLabel->setBuddy(m_headersTable);
    form->addRow(headersLabel, headersRow);
    m_headersError = FormWidgets::addErrorRow(form, this, QStringLiteral("headersError"));

    m_templateBox = new QWidget(this);
    m_templateEdit =
        FormWidgets::makeTextEdit(m_templateBox, QStringLiteral("templateEdit"),
                                  QStringLiteral("{\"text\": \"{{monitor}} is "
                                                 "{{state}}: {{reason}} {{error}}\"}"));
    auto *placeholders = new QLabel(
        tr("Placeholders: %1").arg(ChannelInput::placeholders().join(QStringLiteral(", "))),
        m_templateBox);
    placeholders->setObjectName(QStringLiteral("placeholdersLabel"));
    placeholders->setWordWrap(true);
    placeholders->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_placeholderButton = new QToolButton(m_templateBox);
    m_placeholderButton->setObjectName(QStringLiteral("placeholderButton"));
    m_placeholderButton->setText(tr("&Insert"));
    m_placeholderButton->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_placeholderButton);
    for (const QString &placeholder : ChannelInput::placeholders()) {
        menu->addAction(placeholder, this, [this, placeholder] { insertPlaceholder(placeholder); });
    }
    m_placeholderButton->setMenu(menu);
    auto *placeholderRow = new QHBoxLayout;
    placeholderRow->addWidget(placeholders, 1);
    placeholderRow->addWidget(m_placeholderButton, 0, Qt::AlignTop);
    auto *templateForm = new QFormLayout(m_templateBox);
    templateForm->setContentsMargins(0, 0, 0, 0);
    templateForm->addRow(tr("Body &template:"), m_templateEdit);
    templateForm->addRow(QString(), placeholderRow);
    m_templateError =
        FormWidgets::addErrorRow(templateForm, m_templateBox, QStringLiteral("templateError"));
    form->addRow(m_templateBox);

    connect(m_presetCombo, &QComboBox::currentIndexChanged, this,
            &ChannelWebhookEditor::presetChanged);
    connect(m_urlEdit, &QLineEdit::textEdited, this, [this] { m_urlTouched = true; });
    connect(m_urlEdit, &QLineEdit::textChanged, this, &ChannelWebhookEditor::changed);
    connect(m_templateEdit, &QPlainTextEdit::textChanged, this, [this] {
        m_templateTouched = true;
        emit changed();
    });
    connect(m_showSecretButton, &QPushButton::clicked, this,
            &ChannelWebhookEditor::readStoredSecret);
    connect(m_addHeaderButton, &QPushButton::clicked, this, [this] {
        addHeaderRow();
        const int row = m_headersTable->rowCount() - 1;
        m_headersTable->setCurrentCell(row, 0);
        m_headersTable->editItem(m_headersTable->item(row, 0));
    });
    connect(m_removeHeaderButton, &QPushButton::clicked, this,
            &ChannelWebhookEditor::removeSelectedHeaders);
    connect(m_headersTable, &QTableWidget::itemSelectionChanged, this, [this] {
        m_removeHeaderButton->setEnabled(m_secretShown &&
                                         !m_headersTable->selectedItems().isEmpty());
    });
    // Queued: a cell still being typed commits as the dialog closes; a call to an editor deleted
    // by then is dropped.
    connect(m_headersTable, &QTableWidget::itemChanged, this, &ChannelWebhookEditor::changed,
            Qt::QueuedConnection);

    presetChanged();
    setSecretShown(true);
}

void ChannelWebhookEditor::load(const AlertChannel &channel)
{
    m_channel = channel;
    m_loaded.reset();
    m_presetCombo->setCurrentIndex(std::max(0, m_presetCombo->findData(int(channel.preset))));
    {
        const QSignalBlocker blocker(m_templateEdit);
        m_templateEdit->setPlainText(channel.bodyTemplate);
    }
    m_templateTouched = false;
    m_urlEdit->clear();
    m_urlTouched = false;
    m_headersTable->setRowCount(0);
    const ChannelInput::Form form = ChannelInput::formOf(channel);
    setSecretShown(form.secretShown);
    FormWidgets::setTextColor(m_secretLabel, QColor());
    if (!form.secretShown)
        m_secretLabel->setText(tr("The URL and headers are stored in the keychain; they are "
                                  "kept as they are."));
    presetChanged();
}

void ChannelWebhookEditor::fill(ChannelInput::Form &form) const
{
    form.preset = static_cast<WebhookPreset>(m_presetCombo->currentData().toInt());
    form.bodyTemplate = m_templateEdit->toPlainText();
    form.secretShown = m_secretShown;
    form.url = m_urlEdit->text();
    form.headers.clear();
    for (int row = 0; row < m_headersTable->rowCount(); ++row) {
        const QTableWidgetItem *name = m_headersTable->item(row, 0);
        const QTableWidgetItem *value = m_headersTable->item(row, 1);
        form.headers.append({name ? name->text() : QString(), value ? value->text() : QString()});
    }
}

void ChannelWebhookEditor::showErrors(const ChannelInput::Errors &errors)
{
    const bool urlShown = m_urlTouched || !m_urlEdit->text().trimmed().isEmpty();
    FormWidgets::showError(m_urlError, urlShown ? errors.url : QString());
    FormWidgets::showError(m_headersError, errors.headers);
    const bool templateShown =
        m_templateTouched || !m_templateEdit->toPlainText().trimmed().isEmpty();
    FormWidgets::showError(m_templateError, templateShown ? errors.bodyTemplate : QString());
}

bool ChannelWebhookEditor::showsProblem() const
{
    return !m_urlError->isHidden() || !m_headersError->isHidden() || !m_templateError->isHidden();
}

void ChannelWebhookEditor::readStoredSecret()
{
    m_showSecretButton->setEnabled(false);
    m_secretLabel->setText(tr("Reading the keychain\u2026"));
    m_backend.readSecret(
        m_channel.id, this,
        [this](const std::optional<WebhookSecret> &secret, const QString &error) {
            m_showSecretButton->setEnabled(true);
            if (!secret) {
                // Nothing to show: the user may enter the URL again, which replaces it.
                FormWidgets::setTextColor(m_secretLabel, StatusStyle::color(MonitorState::Down));
                m_secretLabel->setText(
                    error.isEmpty()
                        ? tr("No URL is stored for this channel. Enter one.")
                        : tr("The stored URL could not be read: %1 Enter it again to replace "
                             "it, or cancel to keep it.")
                              .arg(error));
                setSecretShown(true);
                m_secretRow->show();
                emit changed();
                return;
            }
            m_loaded = secret;
            {
                const QSignalBlocker blocker(m_headersTable);
                m_headersTable->setRowCount(0);
                for (const auto &[name, value] : secret->headers)
                    addHeaderRow(QString::fromUtf8(name), QString::fromUtf8(value));
            }
            m_urlEdit->setText(secret->url.toString());
            setSecretShown(true);
            m_urlEdit->setFocus();
            emit changed();
        });
}

void ChannelWebhookEditor::setSecretShown(bool shown)
{
    m_secretShown = shown;
    m_secretRow->setVisible(!shown);
    m_urlEdit->setEnabled(shown);
    m_urlEdit->setPlaceholderText(shown ? ChannelInput::presetUrlExample(static_cast<WebhookPreset>(
                                              m_presetCombo->currentData().toInt()))
                                        : tr("Stored in the keychain"));
    m_headersTable->setEnabled(shown);
    m_addHeaderButton->setEnabled(shown);
    m_removeHeaderButton->setEnabled(shown && !m_headersTable->selectedItems().isEmpty());
}

void ChannelWebhookEditor::addHeaderRow(const QString &name, const QString &value)
{
    const int row = m_headersTable->rowCount();
    m_headersTable->insertRow(row);
    m_headersTable->setItem(row, 0, new QTableWidgetItem(name));
    m_headersTable->setItem(row, 1, new QTableWidgetItem(value));
}

void ChannelWebhookEditor::removeSelectedHeaders()
{
    std::set<int, std::greater<>> rows;
    for (const QTableWidgetItem *item : m_headersTable->selectedItems())
        rows.insert(item->row());
    for (const int row : rows)
        m_headersTable->removeRow(row);
    emit changed();
}

void ChannelWebhookEditor::insertPlaceholder(const QString &placeholder)
{
    m_templateEdit->insertPlainText(placeholder);
    m_templateEdit->setFocus();
}

void ChannelWebhookEditor::presetChanged()
{
    const auto preset = static_cast<WebhookPreset>(m_presetCombo->currentData().toInt());
    m_presetHint->setText(ChannelInput::presetHint(preset));
    if (m_secretShown)
        m_urlEdit->setPlaceholderText(ChannelInput::presetUrlExample(preset));
    m_templateBox->setVisible(preset == WebhookPreset::Custom);
    emit changed();
}
