#pragma once

#include <QByteArray>
#include <QByteArrayMatcher>
#include <QByteArrayView>

// Finds a keyword in a body that arrives in pieces, keeping only the last keyword-length - 1
// bytes between pieces instead of the whole body.
class KeywordScanner {
public:
    explicit KeywordScanner(const QByteArray &keyword = {});

    // Scans the next piece of the body. Does nothing once the keyword was found.
    void feed(QByteArrayView chunk);
    [[nodiscard]] bool found() const { return m_found; }
    [[nodiscard]] bool isEmpty() const { return m_keyword.isEmpty(); }

private:
    QByteArray m_keyword;
    QByteArrayMatcher m_matcher;
    QByteArray m_tail; // last bytes of what came before, to catch a keyword split across pieces
    bool m_found = false;
};
