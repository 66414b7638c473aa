#pragma once

#include "core/model/CheckResult.h"
#include "core/model/Monitor.h"
#include "core/model/MonitorState.h"
#include "core/model/ResultBatch.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

// Monitors, results, state changes and batches with sensible defaults, so a test spells out
// only what it is about.

// A monitor as a user would add it (id 0: not stored yet). The default URL refuses connections.
[[nodiscard]] Monitor makeMonitor(const QString &name,
                                  const QString &url = QStringLiteral("http://127.0.0.1:1/"));

// A monitor with everything else at its default, one setting at a time:
//     const Monitor monitor = MonitorBuilder(u"api"_s).id(7).url(server.url(u"/ok"_s)).build();
class MonitorBuilder final {
public:
    explicit MonitorBuilder(const QString &name = QStringLiteral("monitor"));

    MonitorBuilder &id(qint64 id);
    MonitorBuilder &url(const QUrl &url);
    MonitorBuilder &url(const QString &url);
    MonitorBuilder &intervalSeconds(int seconds);
    MonitorBuilder &timeoutMs(int ms);
    MonitorBuilder &retries(int retries);
    MonitorBuilder &parentId(qint64 id);
    MonitorBuilder &tags(const QStringList &tags);
    MonitorBuilder &paused(bool paused = true);

    [[nodiscard]] Monitor build() const { return m_monitor; }

private:
    Monitor m_monitor;
};

// A check result: Up is a 200 answer, Degraded a slow 200, Down a timeout (no status).
[[nodiscard]] CheckResult makeResult(qint64 monitorId, const QDateTime &at, Verdict verdict,
                                     qint64 responseMs = 100);

// A transition at `at`. Into Down or Unreachable it carries a timeout as its reason and error;
// other transitions have Reason::Ok and no error.
[[nodiscard]] StateChange makeChange(qint64 monitorId, const QDateTime &at, MonitorState from,
                                     MonitorState to);

// What the engine hands on: results, state changes, or both.
[[nodiscard]] ResultBatch batchOf(const QList<CheckResult> &results,
                                  const QList<StateChange> &changes = {});
[[nodiscard]] ResultBatch batchOf(const QList<StateChange> &changes);
