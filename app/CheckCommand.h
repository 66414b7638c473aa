#pragma once

#include "core/model/Monitor.h"

#include <QObject>
#include <QStringList>

class Prober;
struct CheckResult;

// `upwatch check URL [options]`: one probe, one JSON line on stdout, exit code 0 for up or
// degraded, 1 for down, 2 for bad usage.
class CheckCommand final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckCommand)

public:
    explicit CheckCommand(QObject *parent = nullptr);

    // `arguments` starts with the program name and "check". Returns an exit code when the
    // command is over before it started (help, bad usage), or nullopt when the check runs and
    // finished() will report the exit code.
    [[nodiscard]] std::optional<int> start(const QStringList &arguments);

signals:
    void finished(int exitCode);

private:
    void report(const CheckResult &result);

    Prober *m_prober = nullptr;
    Monitor m_monitor;
    QByteArray m_secret; // for m_monitor.auth, from the environment or standard input
};
