#pragma once

#include "core/alert/AlertPayload.h"
#include "core/alert/DeliveryAttempt.h"

#include <QProcess>
#include <QStringList>
#include <QTimer>

// Runs a channel's program directly (never through a shell), with the event in UPWATCH_*
// environment variables and as JSON on standard input. Exit code 0 is delivered; a program that
// does not end within the deadline is killed. Its output is read away (the start of its error
// output explains a failure).
class CommandAttempt final : public DeliveryAttempt {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommandAttempt)

public:
    // Error output kept for the failure message; the rest is read and dropped.
    static constexpr qsizetype kKeptErrorBytes = 4096;

    CommandAttempt(QString program, QStringList arguments, AlertPayload::CommandInput input,
                   int timeoutMs, QObject *parent = nullptr);
    ~CommandAttempt() override;

    void start() override;

private:
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void onError(QProcess::ProcessError error);
    void onTimeout();
    void finish(bool ok, const QString &error, bool retryable);
    [[nodiscard]] QString errorOutput() const;

    QString m_program;
    QStringList m_arguments;
    AlertPayload::CommandInput m_input;
    int m_timeoutMs;
    QProcess *m_process;
    QTimer m_deadline;
    QByteArray m_stderr;
    bool m_done = false;
};
