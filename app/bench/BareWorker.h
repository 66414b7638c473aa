#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QUrl>

#include <atomic>
#include <vector>

class QNetworkAccessManager;
class QNetworkReply;

// What one BareWorker counts. Owned by BareLoop, so it outlives the worker (deleted with its
// thread). The counters are read from any thread; responseMs only once the thread has ended.
struct BareCounters {
    std::atomic<qint64> completed{0};
    std::atomic<qint64> failed{0};
    std::atomic<int> inFlight{0};
    std::vector<double> responseMs;
};

// One thread of BareLoop: its own network manager, `perHost` requests in flight per host.
// Created without a parent, moved to its thread, started there.
class BareWorker final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BareWorker)

public:
    BareWorker(QList<QList<QUrl>> urlsByHost, int perHost, QByteArray keyword,
               BareCounters *counters);
    ~BareWorker() override;

    void start(); // in the worker's thread

private:
    void send(int host);
    void onFinished(QNetworkReply *reply, int host);

    QList<QList<QUrl>> m_urlsByHost;
    QList<int> m_next; // per host: the URL asked next
    int m_perHost;
    QByteArray m_keyword;
    BareCounters *m_counters;
    QNetworkAccessManager *m_network = nullptr;
    QElapsedTimer m_clock;
};
