#pragma once

#include "core/model/CheckResult.h"
#include "core/model/Monitor.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

// The judgements of a check that need the whole decoded body, not a stream: a keyword that is a
// regular expression, and the JSON assertions. Keeps the body only when the monitor has one of
// them (the caller bounds it by the body cap). A substring keyword is not judged here
// (KeywordScanner finds it without keeping the body).
class BodyCheck {
public:
    explicit BodyCheck(const Monitor &monitor = {});

    [[nodiscard]] bool keepsBody() const { return m_keepsBody; }
    // The next piece of the decoded body.
    void feed(QByteArrayView decoded);

    struct Failure {
        Reason reason = Reason::Unknown;
        QString message;
    };
    // The first judgement that fails: the regular expression keyword (reason keyword), then the
    // assertions in their order (reason json). `capped`: the body was cut after `readText`
    // ("1 MiB") at the read limit `limitText`.
    [[nodiscard]] std::optional<Failure> judge(bool capped, const QString &readText,
                                               const QString &limitText) const;

    // The body as one JSON value (any kind, not only an object or an array), or nullopt and
    // *error: "the body is not JSON: line 1, column 2: ...".
    [[nodiscard]] static std::optional<QJsonValue> readJson(const QByteArray &body, QString *error);

private:
    Monitor m_monitor;
    bool m_keepsBody = false;
    QByteArray m_body;
};
