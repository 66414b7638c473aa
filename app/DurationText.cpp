#include "app/DurationText.h"

#include <QRegularExpression>

namespace DurationText {

std::optional<qint64> parseMs(const QString &text)
{
    const QString trimmed = text.trimmed().toLower();
    bool isNumber = false;
    const qint64 minutes = trimmed.toLongLong(&isNumber);
    if (isNumber)
        return minutes > 0 && minutes <= 525'600 ? std::optional(minutes * 60'000) : std::nullopt;
    static const QRegularExpression whole(QStringLiteral(R"(^(?:\d+[dhms])+$)"));
    if (!whole.match(trimmed).hasMatch())
        return std::nullopt;
    static const QRegularExpression part(QStringLiteral(R"((\d+)([dhms]))"));
    qint64 total = 0;
    for (auto it = part.globalMatch(trimmed); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const qint64 value = match.captured(1).toLongLong();
        const QChar unit = match.captured(2).at(0);
        const qint64 unitMs = unit == u'd'   ? 86'400'000
                              : unit == u'h' ? 3'600'000
                              : unit == u'm' ? 60'000
                                             : 1000;
        if (value > 366LL * 86'400'000 / unitMs)
            return std::nullopt; // more than a year: a typo, not a plan
        total += value * unitMs;
    }
    if (total <= 0 || total > 366LL * 86'400'000)
        return std::nullopt;
    return total;
}

} // namespace DurationText
