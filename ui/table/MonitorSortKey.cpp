#include "ui/table/MonitorSortKey.h"

bool MonitorSortKey::operator<(const MonitorSortKey &other) const
{
    switch (kind) {
    case Kind::Integer:
        return integer < other.integer;
    case Kind::Real:
        return real < other.real;
    case Kind::Text:
        return text.compare(other.text, Qt::CaseInsensitive) < 0;
    case Kind::None:
        break;
    }
    return false;
}

QVariant MonitorSortKey::toVariant() const
{
    switch (kind) {
    case Kind::Integer:
        return integer;
    case Kind::Real:
        return real;
    case Kind::Text:
        return text.toString().toCaseFolded();
    case Kind::None:
        break;
    }
    return {};
}
