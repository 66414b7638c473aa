#include "core/check/KeywordScanner.h"

KeywordScanner::KeywordScanner(const QByteArray &keyword)
    : m_keyword(keyword)
    , m_matcher(keyword)
{
}

void KeywordScanner::feed(QByteArrayView chunk)
{
    if (m_found || m_keyword.isEmpty() || chunk.isEmpty())
        return;
    const qsizetype keep = m_keyword.size() - 1;
    if (keep > 0 && !m_tail.isEmpty()) {
        // Only the seam can hold a match that neither piece holds alone.
        QByteArray seam = m_tail;
        seam.append(chunk.first(std::min(keep, chunk.size())));
        if (m_matcher.indexIn(seam) >= 0) {
            m_found = true;
            return;
        }
    }
    if (m_matcher.indexIn(chunk) >= 0) {
        m_found = true;
        return;
    }
    if (keep == 0)
        return;
    if (chunk.size() >= keep) {
        m_tail = chunk.last(keep).toByteArray();
    }
    else {
        m_tail.append(chunk);
        m_tail = m_tail.right(keep);
    }
}
