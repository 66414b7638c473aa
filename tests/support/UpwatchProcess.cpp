#include "tests/support/UpwatchProcess.h"

#include <QDebug>
#include <QProcess>
#include <QSignalSpy>

UpwatchRun runUpwatch(const QStringList &arguments, int timeoutMs, const QByteArray &input)
{
    QProcess process;
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(UPWATCH_BINARY), arguments);
    if (!input.isEmpty() && process.waitForStarted()) {
        process.write(input);
        process.closeWriteChannel();
    }
    UpwatchRun run;
    if (!finished.wait(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    if (run.exitCode < 0 || run.exitCode > 2) // a crash or a sanitizer report: show it
        qWarning().noquote() << "upwatch" << arguments.join(u' ') << "exited with" << run.exitCode
                             << '\n'
                             << run.err;
    return run;
}
