// libFuzzer target: StatusRanges::parse, the "200-299,301" lists of `--expect` and
// "expected_statuses". Properties: a refused list has an error; an accepted one holds only
// statuses 100-599 in ranges that do not run backwards, and its canonical text (toString) parses
// back to the same ranges and is a fixed point.
#include "core/model/StatusRanges.h"
#include "tests/fuzz/FuzzCheck.h"

using FuzzCheck::quoted;
using FuzzCheck::require;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString text = FuzzCheck::text(data, size);
    QString error;
    const std::optional<StatusRanges> parsed = StatusRanges::parse(text, &error);
    if (!parsed) {
        require(!error.isEmpty(), "a refused status list has an error message", quoted(text));
        return 0;
    }
    require(!parsed->ranges().isEmpty(), "an accepted status list is not empty", quoted(text));
    for (const StatusRanges::Range &range : parsed->ranges()) {
        require(range.first >= 100 && range.last <= 599 && range.first <= range.last,
                "every range is within 100-599 and does not run backwards", quoted(text));
        require(parsed->contains(range.first) && parsed->contains(range.last),
                "the list contains the ends of its ranges", quoted(text));
    }
    require(!parsed->contains(99) && !parsed->contains(600), "the list holds no non-status",
            quoted(text));

    const QString canonical = parsed->toString();
    QString againError;
    const std::optional<StatusRanges> again = StatusRanges::parse(canonical, &againError);
    require(again.has_value(), "toString() parses back",
            quoted(text) + u" -> " + quoted(canonical) + u": " + againError);
    require(*again == *parsed, "toString() parses back to the same ranges",
            quoted(text) + u" -> " + quoted(canonical));
    require(again->toString() == canonical, "toString() is a fixed point", quoted(canonical));
    return 0;
}
