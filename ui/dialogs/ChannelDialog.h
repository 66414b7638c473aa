#pragma once

#include "core/model/AlertChannel.h"
#include "ui/dialogs/ChannelInput.h"

#include <QDialog>
#include <QStringList>

#include <optional>

class ChannelBackend;
class ChannelScopeEditor;
class ChannelWebhookEditor;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTabWidget;

// Adds or edits one alert channel: its name and kind; for a webhook the preset, URL, headers
// and template (ChannelWebhookEditor), for a command the program and its arguments; the events
// and monitors it alerts for; its timeout. Every field is checked as it is typed (ChannelInput),
// with a sentence under a bad one, and OK stays disabled until all are valid. OK saves through
// the backend; the dialog closes once the save succeeded, and stays open with the error shown
// when it failed, so nothing typed is lost.
class ChannelDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChannelDialog)

public:
    // `initial`: the channel to edit, or a new AlertChannel (id 0) to add one.
    // `monitorNames`, `tags`: what the scope can be narrowed to.
    ChannelDialog(ChannelBackend &backend, const AlertChannel &initial,
                  const QStringList &monitorNames, const QStringList &tags,
                  QWidget *parent = nullptr);

    // What the fields say now, parsed.
    [[nodiscard]] ChannelInput::Result entered() const;
    // The channel as saved, once OK succeeded.
    [[nodiscard]] const std::optional<AlertChannel> &savedChannel() const { return m_saved; }

private:
    QWidget *buildDeliveryTab();
    QWidget *buildCommandPage(QWidget *parent);
    QWidget *buildEventsTab(const QStringList &monitorNames, const QStringList &tags);
    void connectInputs();
    void load(const AlertChannel &channel);
    [[nodiscard]] ChannelInput::Form form() const;
    void validate();
    void save();
    void browseProgram();

    ChannelBackend &m_backend;
    AlertChannel m_initial;
    QStringList m_otherNames;
    std::optional<AlertChannel> m_saved;
    bool m_saving = false;
    bool m_valid = false;
    bool m_nameTouched = false;
    bool m_programTouched = false;

    QLineEdit *m_nameEdit = nullptr;
    QLabel *m_nameError = nullptr;
    QComboBox *m_kindCombo = nullptr;
    QCheckBox *m_enabledCheck = nullptr;
    QTabWidget *m_tabs = nullptr;
    QWidget *m_deliveryTab = nullptr;
    QWidget *m_eventsTab = nullptr;
    QStackedWidget *m_kindStack = nullptr;
    ChannelWebhookEditor *m_webhook = nullptr;
    QLineEdit *m_programEdit = nullptr;
    QPushButton *m_browseButton = nullptr;
    QLabel *m_programError = nullptr;
    QLabel *m_programNote = nullptr;
    QPlainTextEdit *m_argumentsEdit = nullptr;
    QLabel *m_argumentsError = nullptr;
    QSpinBox *m_timeoutSpin = nullptr;
    QList<QCheckBox *> m_eventChecks; // indexed by AlertEventKind
    QLabel *m_eventsError = nullptr;
    ChannelScopeEditor *m_scope = nullptr;
    QLabel *m_scopeError = nullptr;
    QLabel *m_problemsError = nullptr;
    QLabel *m_saveStatus = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
