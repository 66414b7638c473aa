#pragma once

#include <QMetaType>
#include <QString>

// Where every result handed to the history writer is: stored in the database, pending in
// memory (writing fails, it is retried), or dropped (writing failed for so long that the
// pending results passed their bound). stored + pending + dropped = every result received.
struct WriterAccounting {
    qint64 stored = 0;
    qint64 pending = 0;
    qint64 dropped = 0;
    // Why writing fails now (SQLite's words: "database or disk is full"); empty while it works.
    QString failure;

    // Results that are not in the database and, once the writer closes, never will be.
    [[nodiscard]] qint64 notStored() const { return pending + dropped; }

    friend bool operator==(const WriterAccounting &, const WriterAccounting &) = default;
};

Q_DECLARE_METATYPE(WriterAccounting)
