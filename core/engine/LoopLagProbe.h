#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

// Measures how late the event loop of the thread it lives in runs a precise timer: the lag a
// user feels as stutter in the GUI thread, or as late checks in a worker. Create it in (or move
// it to) the thread to watch, then call start() there.
class LoopLagProbe final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoopLagProbe)

public:
    static constexpr int kPeriodMs = 100;

    explicit LoopLagProbe(QObject *parent = nullptr);

    void start();
    void stop();
    // The largest lag since the last call, in ms (0 when the loop kept up).
    [[nodiscard]] qint64 takeMaxLagMs();

private:
    void onTimeout();

    QTimer m_timer;
    QElapsedTimer m_sinceLast;
    qint64 m_maxLagMs = 0;
};
