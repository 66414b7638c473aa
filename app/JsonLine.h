#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>

// One JSON object on one line, keys in the order they were added (QJsonDocument sorts them,
// which makes output harder to read than the documented order).
class JsonLine {
public:
    JsonLine &add(const QString &key, const QJsonValue &value);
    // A nested object, its keys in its own order.
    JsonLine &add(const QString &key, const JsonLine &object);
    [[nodiscard]] QString toString() const;

private:
    QList<std::pair<QString, QString>> m_fields; // keys and their values as JSON text
};
