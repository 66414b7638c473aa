#include "core/check/BodyCheck.h"

#include "core/base/JsonText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

BodyCheck::BodyCheck(const Monitor &monitor)
    : m_monitor(monitor)
    , m_keepsBody((monitor.keywordIsRegex && !monitor.keyword.isEmpty()) ||
                  !monitor.jsonAssertions.isEmpty())
{
}

void BodyCheck::feed(QByteArrayView decoded)
{
    if (m_keepsBody)
        m_body.append(decoded);
}

std::optional<QJsonValue> BodyCheck::readJson(const QByteArray &body, QString *error)
{
    if (body.trimmed().isEmpty()) {
        *error = u"the body is empty, not JSON"_s;
        return std::nullopt;
    }
    // Qt reads only an array or an object at the top level: a bare value goes in one.
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson('[' + body + ']', &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        parseError.offset = std::max(parseError.offset - 1, 0);
        *error = u"the body is not JSON: "_s + JsonText::syntaxError(body, parseError);
        return std::nullopt;
    }
    const QJsonArray values = document.array();
    if (values.size() != 1) {
        *error = u"the body is not JSON: it holds %1 values, not one"_s.arg(values.size());
        return std::nullopt;
    }
    return values.at(0);
}

std::optional<BodyCheck::Failure> BodyCheck::judge(bool capped, const QString &readText,
                                                   const QString &limitText) const
{
    if (!m_keepsBody)
        return std::nullopt;
    if (m_monitor.keywordIsRegex && !m_monitor.keyword.isEmpty()) {
        const QRegularExpression regex(m_monitor.keyword);
        const bool found = regex.match(QString::fromUtf8(m_body)).hasMatch();
        if (found == m_monitor.invertKeyword) {
            const QString scope = capped ? u" in the first "_s + readText : QString();
            const QString shown = JsonText::oneLine(m_monitor.keyword);
            return Failure{
                Reason::Keyword,
                m_monitor.invertKeyword
                    ? u"regular expression '%1' matched%2, but must not"_s.arg(shown, scope)
                    : u"regular expression '%1' did not match%2"_s.arg(shown, scope)};
        }
    }
    if (m_monitor.jsonAssertions.isEmpty())
        return std::nullopt;
    if (capped)
        return Failure{
            Reason::Json,
            u"the body is larger than the %1 read limit, so it cannot be read as JSON"_s.arg(
                limitText)};
    QString error;
    const std::optional<QJsonValue> root = readJson(m_body, &error);
    if (!root)
        return Failure{Reason::Json, error};
    for (const JsonAssertion &assertion : m_monitor.jsonAssertions) {
        JsonAssertion::Outcome outcome = assertion.evaluate(*root);
        if (!outcome.holds)
            return Failure{Reason::Json, std::move(outcome.message)};
    }
    return std::nullopt;
}
