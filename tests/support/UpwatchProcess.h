#pragma once

#include <QByteArray>
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
UpwatchRun runUpwatch(const QStringList &arguments, int timeoutMs = 60000,
                      const QByteArray &input = {});
