#pragma once

// How long history is kept at each granularity. Incidents are kept as long as the longest.
// Minute rollups draw the day and week charts, hour rollups the month chart and day rollups the
// year chart (HistoryQueries::chartLevel), so a week of minutes and a month of hours keep those
// charts whole. Uptime windows read the finer levels only at their edges (windowSpans), and
// start at the hour or day where those are gone. A year of hours would be 8,760 rows per
// monitor that nothing draws; 35 days keep the month chart and 30-day window whole.
struct Retention {
    int rawHours = 48;
    int minuteDays = 7;
    int hourDays = 35;
    int dayDays = 5 * 365;

    friend bool operator==(const Retention &, const Retention &) = default;
};
