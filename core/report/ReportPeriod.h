#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringView>

#include <optional>

class Clock;

// The stretch of time a report covers, [from, to) in UTC. Months are calendar months in local
// time: November 2026 runs from its first local midnight to December's, whatever the UTC offset
// (and across a daylight-saving change).
struct ReportPeriod {
    QDateTime from;
    QDateTime to;

    // The local calendar month holding `date`.
    [[nodiscard]] static ReportPeriod monthOf(const QDate &date);
    // "2026-11" (YYYY-MM); nullopt when it is not such a month.
    [[nodiscard]] static std::optional<ReportPeriod> month(QStringView yearMonth);
    // The month holding the clock's now, and the one before it (local time).
    [[nodiscard]] static ReportPeriod thisMonth(const Clock &clock);
    [[nodiscard]] static ReportPeriod lastMonth(const Clock &clock);
    // Whole local days, `first` to `last` included.
    [[nodiscard]] static ReportPeriod days(const QDate &first, const QDate &last);

    // from before to, both valid.
    [[nodiscard]] bool isValid() const { return from.isValid() && to.isValid() && from < to; }
    // "2026-11" when it is exactly a local calendar month; else empty.
    [[nodiscard]] QString monthName() const;

    friend bool operator==(const ReportPeriod &, const ReportPeriod &) = default;
};
