#pragma once

#include "ui/desktop/AppSettings.h"

#include <QString>
#include <QUrl>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSpinBox;

// The "Metrics" page of the settings: whether the app serves /metrics (Prometheus) and /health,
// on which port and address, the URL to scrape, and how the server fares now (listening, or
// why it could not). An address other than loopback is open to the network: the page says so.
class MetricsSettingsPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MetricsSettingsPage)

public:
    explicit MetricsSettingsPage(QWidget *parent = nullptr);

    void fill(const AppSettings &settings);
    // Writes the shown metrics settings into `settings` (the other fields stay).
    void apply(AppSettings &settings) const;
    // Why the shown settings cannot be kept; empty when they can.
    [[nodiscard]] QString problem() const;
    // What the running server does: listening at `url`, or not because of `error` (both empty:
    // switched off).
    void setServerState(const QUrl &url, const QString &error);

signals:
    void changed();

private:
    void updateState();

    QCheckBox *m_enabledCheck;
    QSpinBox *m_portSpin;
    QLineEdit *m_bindEdit;
    QLabel *m_urlLabel;
    QLabel *m_bindError;
    QLabel *m_openWarning;
    QLabel *m_statusLabel;
};
