#include "app/DurationText.h"

#include "core/base/JsonText.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {

// The translation context of this file's messages.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(DurationText)
};

constexpr qint64 kMinutesPerDay = 24 * 60;
constexpr qint64 kMaxDurationMinutes = 10LL * 366 * kMinutesPerDay;

} // namespace

namespace DurationText {

std::optional<int> parseMinutes(const QString &text, QString *error)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^(?:(\d{1,6})d)?(?:(\d{1,6})h)?(?:(\d{1,9})m)?$)"),
        QRegularExpression::CaseInsensitiveOption);
    const QString trimmed = text.trimmed();
    const QRegularExpressionMatch match = pattern.match(trimmed);
    const qint64 minutes = match.captured(1).toLongLong() * kMinutesPerDay +
                           match.captured(2).toLongLong() * 60 + match.captured(3).toLongLong();
    if (trimmed.isEmpty() || !match.hasMatch()) {
        *error = Text::tr("'%1' is not a duration such as 90m, 2h, 1h30m or 2d")
                     .arg(JsonText::oneLine(text));
        return std::nullopt;
    }
    if (minutes < 1 || minutes > kMaxDurationMinutes) {
        *error = Text::tr("a duration is from 1 minute to ten years, not '%1'")
                     .arg(JsonText::oneLine(text));
        return std::nullopt;
    }
    return int(minutes);
}

} // namespace DurationText
