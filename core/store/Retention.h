#pragma once

// How long history is kept at each granularity. Incidents are kept as long as the longest.
struct Retention {
    int rawHours = 48;
    int minuteDays = 14;
    int hourDays = 365;
    int dayDays = 5 * 365;

    friend bool operator==(const Retention &, const Retention &) = default;
};
