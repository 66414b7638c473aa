#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <vector>

// Records every lag of the event loop of the thread it lives in: a precise timer ticks every
// period and each tick's delay past its due time is kept (0 when on time). Unlike
// LoopLagProbe, which keeps only the worst per report, this gives the whole distribution, for
// percentiles. Bounded: at most kMaxSamples are kept (over an hour at the default period).
class LagRecorder final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LagRecorder)

public:
    static constexpr int kDefaultPeriodMs = 5;
    static constexpr std::size_t kMaxSamples = 1'000'000;

    explicit LagRecorder(int periodMs = kDefaultPeriodMs, QObject *parent = nullptr);

    void start();
    void stop();
    // The lags since start() (or the last take), in ms; clears them.
    [[nodiscard]] std::vector<double> take();

private:
    void onTimeout();

    int m_periodMs;
    QTimer m_timer;
    QElapsedTimer m_sinceLast;
    std::vector<double> m_lagsMs;
};
