#pragma once

#include "core/base/OwnedThread.h"

#include <QList>
#include <QObject>
#include <QUrl>

#include <atomic>
#include <memory>
#include <vector>

struct BareCounters;

// The ceiling the check benchmark compares the service with: the least a QNAM-driven checker
// can do. Worker threads, each with its own QNetworkAccessManager, keep `perHost` GETs in
// flight to each of their hosts (hosts sharded over the workers as the engine shards them),
// read each body, look for the keyword and send the next request at once. Nothing is
// scheduled, stored or tracked. Counts are read from the owner's thread while it runs.
class BareLoop final {
    Q_DISABLE_COPY_MOVE(BareLoop)

public:
    struct Options {
        QList<QList<QUrl>> urlsByHost; // each host's URLs, asked in turn
        int workers = 2;
        int perHost = 6;
        QByteArray keyword = "OK";
    };

    explicit BareLoop(const Options &options);
    ~BareLoop();

    void start();
    // Ends the workers (running requests are dropped); the counts stay readable.
    void stop();

    [[nodiscard]] qint64 completed() const;
    [[nodiscard]] qint64 failed() const;
    [[nodiscard]] int inFlight() const;
    // The response times (ms) of every finished check; read after stop().
    [[nodiscard]] std::vector<double> responseTimes() const;

private:
    Options m_options;
    std::vector<std::unique_ptr<OwnedThread>> m_threads;
    std::vector<std::unique_ptr<BareCounters>> m_counters; // one per worker, outliving it
};
