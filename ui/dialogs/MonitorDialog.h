#pragma once

#include "core/model/CheckResult.h"
#include "core/model/Monitor.h"

#include <QByteArray>
#include <QDialog>
#include <QList>
#include <QSet>
#include <QSslCertificate>
#include <QString>

#include <optional>

class AuthenticationTab;
class JsonAssertionEditor;
class MonitorTester;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class SecretStore;

// Adds or edits one monitor: every option, checked as the user types. Each bad field gets a
// sentence right under it and OK stays disabled until everything is valid. "Test now" runs one
// probe of the monitor as entered and shows its verdict, without blocking the dialog.
class MonitorDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MonitorDialog)

public:
    enum class Mode { Add, Edit };

    // `initial`: the monitor to edit, or (Add) a new Monitor with the user's default
    // interval/timeout already set (a "Duplicate" passes a copy with id 0 and name "X (copy)").
    // `others`: all other stored monitors, for the parent choice and unique names.
    MonitorDialog(Mode mode, const Monitor &initial, const QList<Monitor> &others,
                  QWidget *parent = nullptr);

    // The edited value; keeps initial's id and credentialKey.
    [[nodiscard]] Monitor monitor() const;
    // A secret typed on the Authentication tab, to store under the monitor's credential key;
    // nullopt: keep the stored one (or none is needed). See AuthenticationTab::newSecret().
    [[nodiscard]] std::optional<QByteArray> newSecret() const;
    // Where "Test now" reads a stored secret from, and where the tab says secrets are kept.
    void setSecretStore(SecretStore *store);
    // Certificate authorities "Test now" trusts besides the system's.
    void setExtraCaCertificates(const QList<QSslCertificate> &certificates);

    // Closing stops a running test: its result would have nowhere to go.
    void done(int result) override;

private:
    QWidget *buildRequestTab();
    QWidget *buildChecksTab();
    QWidget *buildAlertingTab();
    QLabel *addErrorRow(QFormLayout *form, const QString &objectName, int reservedLines = 1);
    void connectInputs();
    void load(const Monitor &monitor, const QList<Monitor> &others);

    [[nodiscard]] QUrl enteredUrl(QString *error = nullptr) const;
    void validate();
    void updateButtons();
    void startTest();
    void stopTest();
    void onTestFinished(const CheckResult &result);

    Monitor m_initial;
    QSet<QString> m_otherNames;
    QString m_initialUrlText;
    int m_initialMaxBodyKiB = 0;
    bool m_nameTouched = false;
    bool m_urlTouched = false;
    bool m_valid = false;
    bool m_testing = false;
    MonitorTester *m_tester;

    QLineEdit *m_nameEdit = nullptr;
    QLabel *m_nameError = nullptr;
    QLineEdit *m_urlEdit = nullptr;
    QLabel *m_urlError = nullptr;
    QLabel *m_urlNote = nullptr;
    QTabWidget *m_tabs = nullptr;
    QWidget *m_requestTab = nullptr;
    QWidget *m_checksTab = nullptr;
    QComboBox *m_methodCombo = nullptr;
    QPlainTextEdit *m_headersEdit = nullptr;
    QLabel *m_headersError = nullptr;
    QPlainTextEdit *m_bodyEdit = nullptr;
    QSpinBox *m_intervalSpin = nullptr;
    QSpinBox *m_timeoutSpin = nullptr;
    QLineEdit *m_statusesEdit = nullptr;
    QLabel *m_statusesError = nullptr;
    QLineEdit *m_keywordEdit = nullptr;
    QCheckBox *m_invertKeywordCheck = nullptr;
    QCheckBox *m_keywordRegexCheck = nullptr;
    JsonAssertionEditor *m_jsonAssertions = nullptr;
    QLabel *m_keywordError = nullptr;
    QSpinBox *m_maxRedirectsSpin = nullptr;
    QCheckBox *m_ignoreTlsCheck = nullptr;
    QSpinBox *m_degradedSpin = nullptr;
    QSpinBox *m_maxBodySpin = nullptr;
    QSpinBox *m_retriesSpin = nullptr;
    QSpinBox *m_recoverySpin = nullptr;
    QSpinBox *m_locationsSpin = nullptr;
    QSpinBox *m_quorumSpin = nullptr;
    QComboBox *m_parentCombo = nullptr;
    QLineEdit *m_tagsEdit = nullptr;
    QCheckBox *m_pausedCheck = nullptr;
    AuthenticationTab *m_authTab = nullptr;
    QPushButton *m_testButton = nullptr;
    QLabel *m_testResultLabel = nullptr;
    QLabel *m_problemsError = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
