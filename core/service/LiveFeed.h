#pragma once

#include "core/model/MonitorState.h"
#include "core/model/ResultBatch.h"
#include "core/store/HistoryValues.h"

#include <QDateTime>
#include <QHash>
#include <QObject>

class StoreThread;

// What other engines check, read back from a shared database: the monitors that agents lease
// while this engine (the desktop app's, an observer) leaves them alone. Each poll() reads their
// live states (live_states) and the results stored since the last one, and hands them on as the
// engine hands its own: results, and the state changes they show.
class LiveFeed final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveFeed)

public:
    // At most this many results per monitor and poll: the newest (a monitor checked every
    // second, polled every two, has two).
    static constexpr int kResultsPerPoll = 50;

    explicit LiveFeed(StoreThread &store, QObject *parent = nullptr);

    // Follows a monitor from its state, since when, and newest check as known here (invalid:
    // none). A stored state no newer than `since` is taken as known: a writer that lags behind
    // what was shown here (its own engine's last change, not stored yet) changes nothing.
    void follow(qint64 monitorId, MonitorState state, const QDateTime &seen,
                const QDateTime &since = {});
    void unfollow(qint64 monitorId);
    [[nodiscard]] bool follows(qint64 monitorId) const { return m_known.contains(monitorId); }
    // Reads what changed since the last poll; observed() follows when anything did. A poll
    // still running makes this one a no-op.
    void poll();

signals:
    void observed(const ResultBatch &batch);
    // Reading failed: one sentence.
    void problem(const QString &message);

private:
    struct Known {
        MonitorState state = MonitorState::Pending;
        qint64 sinceMs = 0; // since when, as stored; a stored state no newer is not news
        qint64 seenMs = 0;  // the newest check handed on
    };
    struct Read {
        QHash<qint64, LiveState> states;
        QHash<qint64, QList<CheckResult>> results;
        QString error;
    };

    void apply(const Read &read);

    StoreThread &m_store;
    QHash<qint64, Known> m_known;
    bool m_polling = false;
};
