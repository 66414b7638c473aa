#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

// The HTTP statuses a monitor accepts, as a list of codes and inclusive ranges:
// "200-299,301". The default accepts 200-299.
class StatusRanges {
public:
    struct Range {
        int first = 0;
        int last = 0;
        friend bool operator==(const Range &, const Range &) = default;
    };

    StatusRanges();
    explicit StatusRanges(QList<Range> ranges);

    // Parses "200-299, 301,404". On failure returns nullopt and, if given, sets *error to a
    // sentence naming the bad part.
    [[nodiscard]] static std::optional<StatusRanges> parse(QStringView text,
                                                           QString *error = nullptr);

    [[nodiscard]] bool contains(int status) const;
    [[nodiscard]] const QList<Range> &ranges() const { return m_ranges; }
    // The canonical text form, which parse() reads back: "200-299,301".
    [[nodiscard]] QString toString() const;

    friend bool operator==(const StatusRanges &, const StatusRanges &) = default;

private:
    QList<Range> m_ranges;
};
