#pragma once

#include <QDebug>
#include <QProcess>
#include <QSignalSpy>
#include <QString>
#include <QStringList>

// The upwatch executable run as a user would, while this test's event loop (and with it any
// in-process test server) keeps running.
struct UpwatchRun {
    int exitCode = -1; // -1: did not finish in time; -2: crashed
    QString out;
    QString err;
};

// `input` goes to its standard input, which is then closed (else it stays open and empty).
inline UpwatchRun runUpwatch(const QStringList &arguments, int timeoutMs = 60000,
                             const QByteArray &input = {})
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
