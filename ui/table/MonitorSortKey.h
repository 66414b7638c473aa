#pragma once

#include <QStringView>
#include <QVariant>

// A monitor table row's value in one column as it sorts: a whole number, a real number, or text
// compared without case. Plain values, so 100,000 rows sort without building QVariants. Keys of
// one column are of one kind.
struct MonitorSortKey {
    enum class Kind { None, Integer, Real, Text };
    Kind kind = Kind::None;
    qint64 integer = 0;
    double real = 0.0;
    QStringView text; // the row's own string: valid until the row changes

    [[nodiscard]] bool operator<(const MonitorSortKey &other) const;
    [[nodiscard]] QVariant toVariant() const;
};
