#include "tests/support/RunningUpwatch.h"

#include <QSignalSpy>

RunningUpwatch::RunningUpwatch(const QStringList &arguments, QObject *parent)
    : QObject(parent)
{
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &RunningUpwatch::readOutput);
    connect(&m_process, &QProcess::readyReadStandardError, this, &RunningUpwatch::readOutput);
    connect(&m_process, &QProcess::finished, this, &RunningUpwatch::readOutput);
    m_process.start(QStringLiteral(UPWATCH_BINARY), arguments);
}

RunningUpwatch::~RunningUpwatch()
{
    if (isRunning()) {
        m_process.kill();
        m_process.waitForFinished();
    }
}

int RunningUpwatch::exitCode() const
{
    return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -2;
}

bool RunningUpwatch::terminate(int timeoutMs)
{
    if (!isRunning())
        return true;
    QSignalSpy finished(&m_process, &QProcess::finished);
    m_process.terminate();
    return finished.wait(timeoutMs) || !finished.isEmpty();
}

bool RunningUpwatch::kill(int timeoutMs)
{
    if (!isRunning())
        return true;
    QSignalSpy finished(&m_process, &QProcess::finished);
    m_process.kill();
    return finished.wait(timeoutMs) || !finished.isEmpty();
}

void RunningUpwatch::readOutput()
{
    m_out += QString::fromUtf8(m_process.readAllStandardOutput());
    m_err += QString::fromUtf8(m_process.readAllStandardError());
}
