#include "app/Console.h"

#include "core/base/JsonText.h"

#include <algorithm>
#include <cstdio>

namespace Console {

namespace {
bool lowerFirstLetter = true;
}

void setEnglish(bool english)
{
    lowerFirstLetter = english;
}

void printOut(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    if (!text.endsWith(u'\n'))
        std::fputc('\n', stdout);
    std::fflush(stdout);
}

void printError(const QString &problem)
{
    QString line = problem.trimmed();
    // Qt's own messages ("Unknown option 'x'.") read like the rest once lowered and unpunctuated.
    // Only in English: a translation writes its own first letter (a German noun keeps its capital).
    if (lowerFirstLetter && !line.isEmpty() && line.at(0).isUpper() &&
        (line.size() < 2 || !line.at(1).isUpper()))
        line[0] = line.at(0).toLower();
    if (line.endsWith(u'.'))
        line.chop(1);
    // Whatever a message quotes from the user, a control character never reaches the terminal
    // raw: "GET\r\n" shows as GET\r\n.
    line = JsonText::oneLine(line);
    const QByteArray bytes = QByteArrayLiteral("upwatch: ") + line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

QString table(const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QStringList &row : rows) {
        for (qsizetype column = 0; column < row.size(); ++column) {
            if (widths.size() <= column)
                widths.append(0);
            widths[column] = std::max(widths[column], row[column].size());
        }
    }
    QStringList lines;
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype column = 0; column < row.size(); ++column) {
            // The last column is not padded, so lines carry no trailing spaces.
            line += column + 1 < row.size() ? row[column].leftJustified(widths[column] + 2)
                                            : row[column];
        }
        lines.append(line);
    }
    return lines.join(u'\n');
}

} // namespace Console
