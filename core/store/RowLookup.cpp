#include "core/store/RowLookup.h"

#include <algorithm>

namespace RowLookup {

std::optional<qint64> idOf(const QString &text)
{
    const bool digits = !text.isEmpty() && std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return c >= u'0' && c <= u'9';
    });
    bool ok = false;
    const qint64 id = digits ? text.toLongLong(&ok) : 0;
    return ok ? std::optional<qint64>(id) : std::nullopt;
}

} // namespace RowLookup
