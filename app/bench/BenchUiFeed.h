#pragma once

#include "core/model/MonitorState.h"
#include "core/model/ResultBatch.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QRandomGenerator>
#include <QTimer>

#include <vector>

// Results for every monitor at a steady rate, handed over in batches every kBatchMs as the
// engine hands them to the window: round-robin over the monitors, mostly up with a response
// time that varies, one in a hundred down, with the state changes that causes.
class BenchUiFeed final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BenchUiFeed)

public:
    static constexpr int kBatchMs = 10;

    BenchUiFeed(QList<qint64> ids, int perSecond, QObject *parent = nullptr);

    void start();
    void stop();
    [[nodiscard]] qint64 resultsSent() const { return m_sent; }
    // Time spent making the batches (not handing them over), in ms.
    [[nodiscard]] double buildMs() const { return double(m_buildNs) / 1e6; }

signals:
    void batchReady(const ResultBatch &batch);

private:
    void onTimeout();

    QList<qint64> m_ids;
    std::vector<MonitorState> m_states; // by position in m_ids
    qsizetype m_next = 0;
    int m_perSecond;
    QTimer m_timer;
    QElapsedTimer m_running;
    QRandomGenerator m_random{42};
    qint64 m_sent = 0;
    qint64 m_buildNs = 0;
};
