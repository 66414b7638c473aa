#include "app/JsonLine.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

// QJsonDocument knows how to escape a value; it only writes arrays and objects, so write a
// one-element array and take the element back out.
QString encode(const QJsonValue &value)
{
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

} // namespace

JsonLine &JsonLine::add(const QString &key, const QJsonValue &value)
{
    m_fields.append({key, encode(value)});
    return *this;
}

JsonLine &JsonLine::add(const QString &key, const JsonLine &object)
{
    m_fields.append({key, object.toString()});
    return *this;
}

QString JsonLine::toString() const
{
    QString out = QStringLiteral("{");
    for (qsizetype i = 0; i < m_fields.size(); ++i) {
        if (i > 0)
            out += u',';
        out += encode(m_fields.at(i).first) + u':' + m_fields.at(i).second;
    }
    out += u'}';
    return out;
}
