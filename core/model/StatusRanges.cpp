#include "core/model/StatusRanges.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

namespace {

// The translation context of this file's messages.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(StatusRanges)
};

constexpr int kLowestStatus = 100;
constexpr int kHighestStatus = 599;

std::optional<int> parseCode(QStringView text, QStringView item, QString *error)
{
    bool ok = false;
    const int code = text.trimmed().toInt(&ok);
    const bool digitsOnly = std::all_of(text.trimmed().begin(), text.trimmed().end(),
                                        [](QChar c) { return c.isDigit(); });
    if (!ok || !digitsOnly) {
        if (error)
            *error = Text::tr("'%1' is not a status code or range").arg(item);
        return std::nullopt;
    }
    if (code < kLowestStatus || code > kHighestStatus) {
        if (error)
            *error = Text::tr("status %1 is outside %2-%3")
                         .arg(code)
                         .arg(kLowestStatus)
                         .arg(kHighestStatus);
        return std::nullopt;
    }
    return code;
}

} // namespace

StatusRanges::StatusRanges()
    : m_ranges{{200, 299}}
{
}

StatusRanges::StatusRanges(QList<Range> ranges)
    : m_ranges(std::move(ranges))
{
}

std::optional<StatusRanges> StatusRanges::parse(QStringView text, QString *error)
{
    if (text.trimmed().isEmpty()) {
        if (error)
            *error = Text::tr("the list of expected statuses is empty");
        return std::nullopt;
    }
    QList<Range> ranges;
    for (QStringView item : text.split(u',')) {
        const QStringView trimmed = item.trimmed();
        if (trimmed.isEmpty()) {
            if (error)
                *error = Text::tr("empty item in status list '%1'").arg(text);
            return std::nullopt;
        }
        const qsizetype dash = trimmed.indexOf(u'-');
        if (dash < 0) {
            const auto code = parseCode(trimmed, trimmed, error);
            if (!code)
                return std::nullopt;
            ranges.append({*code, *code});
            continue;
        }
        const auto first = parseCode(trimmed.left(dash), trimmed, error);
        if (!first)
            return std::nullopt;
        const auto last = parseCode(trimmed.mid(dash + 1), trimmed, error);
        if (!last)
            return std::nullopt;
        if (*first > *last) {
            if (error)
                *error = Text::tr("range '%1' ends before it starts").arg(trimmed);
            return std::nullopt;
        }
        ranges.append({*first, *last});
    }
    return StatusRanges(std::move(ranges));
}

bool StatusRanges::contains(int status) const
{
    return std::any_of(m_ranges.cbegin(), m_ranges.cend(), [status](const Range &range) {
        return status >= range.first && status <= range.last;
    });
}

QString StatusRanges::toString() const
{
    QStringList parts;
    parts.reserve(m_ranges.size());
    for (const Range &range : m_ranges) {
        parts.append(range.first == range.last
                         ? QString::number(range.first)
                         : QString::number(range.first) + u'-' + QString::number(range.last));
    }
    return parts.join(u',');
}
