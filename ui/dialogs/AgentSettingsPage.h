#pragma once

#include "ui/desktop/AppSettings.h"

#include <QString>
#include <QWidget>

class ErrorLabel;
class QCheckBox;
class QLineEdit;

// The "Agents" page of the settings: on a database shared with `upwatch run` agents, whether the
// window's engine is an agent too (it leases its share of the monitors and checks them, from a
// location) or, by default, checks only what no agent leases. Read at start: a change shows after
// a restart.
class AgentSettingsPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgentSettingsPage)

public:
    // The longest location the page takes (it labels every result and incident).
    static constexpr int kMaxLocationLength = 64;

    explicit AgentSettingsPage(QWidget *parent = nullptr);

    void fill(const AppSettings &settings);
    // Writes the shown agent settings into `settings` (the other fields stay).
    void apply(AppSettings &settings) const;
    // Why the shown settings cannot be kept; empty when they can.
    [[nodiscard]] QString problem() const;

signals:
    void changed();

private:
    void updateState();

    QCheckBox *m_agentCheck;
    QLineEdit *m_locationEdit;
    ErrorLabel *m_locationError;
};
