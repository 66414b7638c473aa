#pragma once

#include "core/model/AlertChannel.h"
#include "ui/dialogs/ChannelInput.h"

#include <QWidget>

#include <optional>

class ChannelBackend;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QToolButton;

// The webhook half of the channel dialog: the preset (with a hint of what its receiver wants),
// the URL and extra headers, and the custom template with its placeholders. A stored webhook's
// URL and headers are secrets in the keychain: they are not read until the user asks to see or
// change them ("Show and change…"), and while unread they are kept as stored.
class ChannelWebhookEditor final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChannelWebhookEditor)

public:
    explicit ChannelWebhookEditor(ChannelBackend &backend, QWidget *parent = nullptr);

    // Shows the channel's preset and template; a stored webhook's secret stays unread.
    void load(const AlertChannel &channel);
    // Puts the preset, template, URL, headers and secretShown into the form.
    void fill(ChannelInput::Form &form) const;
    // The stored secret as read for display (nullopt until read).
    [[nodiscard]] const std::optional<WebhookSecret> &loadedSecret() const { return m_loaded; }
    // Shows the errors of its fields; untouched empty fields show none.
    void showErrors(const ChannelInput::Errors &errors);
    // Whether one of its fields shows an error.
    [[nodiscard]] bool showsProblem() const;

signals:
    void changed();

private:
    void readStoredSecret();
    void setSecretShown(bool shown);
    void addHeaderRow(const QString &name = {}, const QString &value = {});
    void removeSelectedHeaders();
    void insertPlaceholder(const QString &placeholder);
    void presetChanged();

    ChannelBackend &m_backend;
    AlertChannel m_channel;
    std::optional<WebhookSecret> m_loaded;
    bool m_secretShown = true;
    bool m_urlTouched = false;
    bool m_templateTouched = false;

    QComboBox *m_presetCombo = nullptr;
    QLabel *m_presetHint = nullptr;
    QLineEdit *m_urlEdit = nullptr;
    QLabel *m_urlError = nullptr;
    QWidget *m_secretRow = nullptr;
    QLabel *m_secretLabel = nullptr;
    QPushButton *m_showSecretButton = nullptr;
    QTableWidget *m_headersTable = nullptr;
    QPushButton *m_addHeaderButton = nullptr;
    QPushButton *m_removeHeaderButton = nullptr;
    QLabel *m_headersError = nullptr;
    QWidget *m_templateBox = nullptr;
    QPlainTextEdit *m_templateEdit = nullptr;
    QToolButton *m_placeholderButton = nullptr;
    QLabel *m_templateError = nullptr;
};
