#pragma once

#include <QObject>
#include <QProcess>
#include <QString>
#include <QStringList>

// The upwatch executable left running (`upwatch run`), its output collected as it comes while
// the test's event loop runs. Killed if still running when this goes away.
class RunningUpwatch final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunningUpwatch)

public:
    explicit RunningUpwatch(const QStringList &arguments, QObject *parent = nullptr);
    ~RunningUpwatch() override;

    // Everything it wrote so far.
    [[nodiscard]] const QString &out() const { return m_out; }
    [[nodiscard]] const QString &err() const { return m_err; }
    [[nodiscard]] bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    // After it ended: its exit code, or -2 if it crashed.
    [[nodiscard]] int exitCode() const;

    // Sends SIGTERM and waits for the end (its output is all read then). False if it did not
    // end within timeoutMs.
    bool terminate(int timeoutMs = 20000);
    // Sends SIGKILL, as a crash or the OOM killer would end it (no clean stop: nothing more is
    // written or handed back), and waits for the end. False if it did not end within timeoutMs.
    bool kill(int timeoutMs = 20000);

private:
    void readOutput();

    QProcess m_process;
    QString m_out;
    QString m_err;
};
