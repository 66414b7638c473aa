#include "Console.h"

#include <cstdio>

namespace Console {

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
    if (!line.isEmpty() && line.at(0).isUpper() && (line.size() < 2 || !line.at(1).isUpper()))
        line[0] = line.at(0).toLower();
    if (line.endsWith(u'.'))
        line.chop(1);
    line.replace(u'\n', u' ');
    const QByteArray bytes = QByteArrayLiteral("upwatch: ") + line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

} // namespace Console
