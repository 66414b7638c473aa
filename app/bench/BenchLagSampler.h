#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <vector>

// How late the event loop of the thread it lives in runs a precise timer: LoopLagProbe's drift
// measure, every kPeriodMs, with every sample kept for percentiles.
class BenchLagSampler final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BenchLagSampler)

public:
    static constexpr int kPeriodMs = 10;

    explicit BenchLagSampler(QObject *parent = nullptr);

    void start();
    void stop();
    // One sample per tick: how much later than kPeriodMs after the previous one it ran, in ms.
    [[nodiscard]] const std::vector<double> &lagsMs() const { return m_lags; }

private:
    void onTimeout();

    QTimer m_timer;
    QElapsedTimer m_sinceLast;
    std::vector<double> m_lags;
};
