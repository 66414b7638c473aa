#include "core/io/Csv.h"

namespace {

bool startsLikeFormula(QStringView text)
{
    if (text.isEmpty())
        return false;
    const QChar first = text.front();
    return first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' ||
           first == u'\r';
}

bool needsQuotes(QStringView text)
{
    for (const QChar c : text) {
        if (c == u',' || c == u'"' || c == u'\r' || c == u'\n')
            return true;
    }
    return false;
}

} // namespace

namespace Csv {

QString textCell(QStringView text)
{
    QString cell = text.toString();
    if (startsLikeFormula(text))
        cell.prepend(u'\'');
    if (!needsQuotes(cell))
        return cell;
    cell.replace(u'"', QStringLiteral("\"\""));
    return u'"' + cell + u'"';
}

QString numberCell(qint64 value)
{
    return QString::number(value);
}

QString row(const QStringList &cells)
{
    return cells.join(u',') + QStringLiteral("\r\n");
}

} // namespace Csv
