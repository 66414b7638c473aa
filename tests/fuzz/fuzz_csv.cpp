// libFuzzer target: Csv::textCell and Csv::row, the cells of `upwatch history export`. The input
// is one or more cell texts separated by the byte 0x1F (ASCII unit separator). Properties, checked
// with the strict RFC 4180 reader below:
//  - every escaped cell reads back as exactly one field, holding the text unchanged, with a single
//    quote in front when the text begins with = + - @ TAB or CR (and only then);
//  - no field read back begins with one of those characters (nothing a spreadsheet would run);
//  - the record row() joins them into reads back as the same fields, ended by one CRLF.
#include "core/io/Csv.h"
#include "tests/fuzz/FuzzCheck.h"

#include <QStringList>

#include <optional>

using FuzzCheck::quoted;
using FuzzCheck::require;

namespace {

bool isFormulaStart(QChar c)
{
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

struct Record {
    QStringList fields;
    bool endedByCrLf = false;
};

// One RFC 4180 record from the start of `text`, which it must use up: fields separated by commas,
// a field either plain (no comma, quote, CR or LF) or in double quotes with inner quotes doubled;
// optionally ended by CRLF. nullopt when the text is not exactly that.
std::optional<Record> readRecord(QStringView text)
{
    Record record;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (true) {
        QString field;
        if (i < n && text[i] == u'"') {
            ++i;
            while (true) {
                if (i >= n)
                    return std::nullopt; // unterminated quoted field
                if (text[i] == u'"') {
                    if (i + 1 < n && text[i + 1] == u'"') {
                        field += u'"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += text[i++];
            }
        }
        else {
            while (i < n && text[i] != u',' && text[i] != u'\r' && text[i] != u'\n') {
                if (text[i] == u'"')
                    return std::nullopt; // a bare quote in a plain field
                field += text[i++];
            }
        }
        record.fields.append(field);
        if (i == n)
            return record;
        if (text[i] == u',') {
            ++i;
            continue;
        }
        if (text[i] == u'\r' && i + 1 < n && text[i + 1] == u'\n' && i + 2 == n) {
            record.endedByCrLf = true;
            return record;
        }
        return std::nullopt; // something after a quoted field, or a stray line break
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QStringList texts = FuzzCheck::text(data, size).split(QChar(0x1F));

    QStringList cells;
    QStringList expected;
    for (const QString &text : texts) {
        const QString cell = Csv::textCell(text);
        const QString want = !text.isEmpty() && isFormulaStart(text.front()) ? u'\'' + text : text;
        const std::optional<Record> read = readRecord(cell);
        require(read && read->fields.size() == 1 && !read->endedByCrLf,
                "an escaped cell reads back as one RFC 4180 field",
                quoted(text) + u" -> " + quoted(cell));
        require(read->fields.constFirst() == want,
                "an escaped cell reads back as its text (neutralised when it starts a formula)",
                quoted(text) + u" -> " + quoted(cell) + u" -> " +
                    quoted(read->fields.constFirst()));
        require(read->fields.constFirst().isEmpty() ||
                    !isFormulaStart(read->fields.constFirst().front()),
                "no cell read back starts a formula", quoted(text) + u" -> " + quoted(cell));
        cells.append(cell);
        expected.append(want);
    }

    const QString record = Csv::row(cells);
    const std::optional<Record> read = readRecord(record);
    require(read && read->endedByCrLf, "a row is one RFC 4180 record ended by CRLF",
            quoted(record));
    require(read->fields == expected, "a row reads back as its cells' texts", quoted(record));
    return 0;
}
