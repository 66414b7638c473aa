#pragma once

#include "core/model/MonitorState.h"

#include <QLatin1StringView>
#include <QString>
#include <QtGlobal>

#include <optional>

// A monitor's live state as one batch of history leaves it (schema 7's live_states, written by
// HistoryStore where several engines share the database): what is absent stays as stored.
struct LiveUpdate {
    qint64 monitorId = 0;
    std::optional<MonitorState> state; // and sinceMs, reason, error: the batch's last state change
    qint64 sinceMs = 0;
    int reason = 0;
    QString error;
    qint64 checkedAtMs = -1; // the batch's newest check of the monitor; -1: none
};

// One location's vote as one batch leaves it (schema 8's location_votes): its newest check of a
// monitor checked from several locations.
struct VoteUpdate {
    qint64 monitorId = 0;
    int verdict = 0;
    int reason = 0;
    QString error;
    qint64 checkedAtMs = 0;
};

// How both engines upsert a row of location_votes: an older check does not replace a newer one.
inline constexpr QLatin1StringView kVoteUpsert(
    "INSERT INTO location_votes (monitor_id, location, verdict, reason, error, checked_at) ");
inline constexpr QLatin1StringView kVoteConflict(
    " ON CONFLICT (monitor_id, location) DO UPDATE SET verdict = excluded.verdict, "
    "reason = excluded.reason, error = excluded.error, checked_at = excluded.checked_at "
    "WHERE excluded.checked_at >= location_votes.checked_at");

// How both engines upsert a row of live_states: a column the batch leaves NULL keeps its value.
inline constexpr QLatin1StringView kLiveStateUpsert(
    "INSERT INTO live_states (monitor_id, state, since, reason, error, checked_at, location) ");
inline constexpr QLatin1StringView kLiveStateConflict(
    " ON CONFLICT (monitor_id) DO UPDATE SET state = coalesce(excluded.state, live_states.state), "
    "since = coalesce(excluded.since, live_states.since), "
    "reason = coalesce(excluded.reason, live_states.reason), "
    "error = coalesce(excluded.error, live_states.error), "
    "checked_at = coalesce(excluded.checked_at, live_states.checked_at), "
    "location = coalesce(excluded.location, live_states.location)");
