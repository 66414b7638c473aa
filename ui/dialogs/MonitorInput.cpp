#include "ui/dialogs/MonitorInput.h"

#include "core/base/JsonText.h"
#include "core/model/MonitorValidator.h"
#include "ui/window/StatusStyle.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace MonitorInput {

MonitorState verdictState(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Up:
        return MonitorState::Up;
    case Verdict::Degraded:
        return MonitorState::Degraded;
    case Verdict::Down:
        break;
    }
    return MonitorState::Down;
}

std::optional<QList<HttpHeader>> parseHeaders(const QString &text, QString *error)
{
    QList<HttpHeader> headers;
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        QString problem;
        const auto header = MonitorValidator::parseHeader(line, &problem);
        if (!header) {
            if (error)
                *error = QCoreApplication::translate("MonitorInput", "Line %1: %2")
                             .arg(i + 1)
                             .arg(sentence(problem));
            return std::nullopt;
        }
        headers.append(*header);
    }
    return headers;
}

QString headersText(const QList<HttpHeader> &headers)
{
    QStringList lines;
    lines.reserve(headers.size());
    for (const HttpHeader &header : headers)
        lines.append(QString::fromUtf8(header.name) + u": " + JsonText::utf8Text(header.value));
    return lines.join(u'\n');
}

QStringList parseTags(const QString &text)
{
    QStringList tags;
    for (const QString &part : text.split(u',')) {
        const QString tag = part.trimmed();
        if (!tag.isEmpty() && !tags.contains(tag))
            tags.append(tag);
    }
    return tags;
}

QString tagsText(const QStringList &tags)
{
    return tags.join(QStringLiteral(", "));
}

QString sentence(const QString &text)
{
    QString result = text.trimmed();
    if (result.isEmpty())
        return result;
    result[0] = result.at(0).toUpper();
    if (!result.endsWith(u'.') && !result.endsWith(u'?') && !result.endsWith(u'!'))
        result.append(u'.');
    return result;
}

QList<Monitor> parentCandidates(qint64 id, const QList<Monitor> &others)
{
    // Walk down from the monitor itself: its children, their children... (a visited set, so a
    // loop already in the data cannot hang the dialog).
    QSet<qint64> excluded;
    if (id != 0) {
        excluded.insert(id);
        bool grew = true;
        while (grew) {
            grew = false;
            for (const Monitor &other : others) {
                if (other.id != 0 && !excluded.contains(other.id) &&
                    excluded.contains(other.parentId)) {
                    excluded.insert(other.id);
                    grew = true;
                }
            }
        }
    }
    QList<Monitor> candidates;
    for (const Monitor &other : others) {
        if (other.id != 0 && !excluded.contains(other.id))
            candidates.append(other);
    }
    std::sort(candidates.begin(), candidates.end(), [](const Monitor &a, const Monitor &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    return candidates;
}

QString keywordError(const QString &keyword, HttpMethod method, bool regex)
{
    if (!keyword.isEmpty() && method == HttpMethod::Head)
        return QCoreApplication::translate(
            "MonitorInput", "A keyword needs a response body: use another method than HEAD.");
    QString problem = MonitorValidator::keywordProblem(keyword);
    if (problem.isEmpty() && regex && !keyword.isEmpty())
        problem = MonitorValidator::keywordRegexProblem(keyword);
    return sentence(problem);
}

QString describeResult(const CheckResult &result)
{
    QString text = StatusStyle::label(verdictState(result.verdict)) + u" \u2014 " +
                   reasonName(result.reason).replace(u'_', u' ');
    if (result.httpStatus > 0 && result.responseMs >= 0)
        text += QCoreApplication::translate("MonitorInput", ", HTTP %1 in %2 ms")
                    .arg(result.httpStatus)
                    .arg(result.responseMs);
    else if (result.httpStatus > 0)
        text += QCoreApplication::translate("MonitorInput", ", HTTP %1").arg(result.httpStatus);
    else if (result.responseMs >= 0)
        text += QCoreApplication::translate("MonitorInput", " after %1 ms").arg(result.responseMs);
    if (!result.error.isEmpty())
        text += u": " + result.error;
    return text;
}

} // namespace MonitorInput
