#pragma once

// How long history is kept at each granularity. Incidents are kept as long as the longest.
// Minute rollups draw the day and week charts (HistoryQueries::chartLevel), so a week of them
// keeps those charts whole; uptime windows read them only at their edges (windowSpans).
struct Retention {
    int rawHours = 48;
    int minuteDays = 7;
    int hourDays = 365;
    int dayDays = 5 * 365;

    friend bool operator==(const Retention &, const Retention &) = default;
};
