#include "core/io/Csv.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestCsv final : public QObject {
    Q_OBJECT

private slots:
    void textCell_data();
    void textCell();
    void numberCell_data();
    void numberCell();
    void row_data();
    void row();
};

void TestCsv::textCell_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("cell");

    // RFC 4180 quoting.
    QTest::newRow("plain") << u"api"_s << u"api"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("spaces need no quotes") << u"  padded  "_s << u"  padded  "_s;
    QTest::newRow("comma") << u"a,b"_s << u"\"a,b\""_s;
    QTest::newRow("quote") << u"say \"hi\""_s << u"\"say \"\"hi\"\"\""_s;
    QTest::newRow("only a quote") << u"\""_s << u"\"\"\"\""_s;
    QTest::newRow("embedded CR") << u"a\rb"_s << u"\"a\rb\""_s;
    QTest::newRow("embedded LF") << u"a\nb"_s << u"\"a\nb\""_s;
    QTest::newRow("embedded CRLF") << u"a\r\nb"_s << u"\"a\r\nb\""_s;
    QTest::newRow("semicolon is plain") << u"a;b"_s << u"a;b"_s;
    QTest::newRow("single quote is plain") << u"it's"_s << u"it's"_s;

    // Formula injection: a leading = + - @ tab or CR gets a quote in front.
    QTest::newRow("leading =") << u"=1+2"_s << u"'=1+2"_s;
    QTest::newRow("leading +") << u"+1"_s << u"'+1"_s;
    QTest::newRow("leading -") << u"-1"_s << u"'-1"_s;
    QTest::newRow("leading @") << u"@SUM(A1:A2)"_s << u"'@SUM(A1:A2)"_s;
    QTest::newRow("leading tab") << u"\t=1"_s << u"'\t=1"_s;
    QTest::newRow("leading CR, then quoted") << u"\r=1"_s << u"\"'\r=1\""_s;
    QTest::newRow("only =") << u"="_s << u"'="_s;
    QTest::newRow("formula with commas and quotes")
        << u"=HYPERLINK(\"x\",\"y\")"_s << u"\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\""_s;
    QTest::newRow("DDE") << u"=cmd|' /C calc'!A0"_s << u"'=cmd|' /C calc'!A0"_s;
    QTest::newRow("= later is plain") << u"a=b"_s << u"a=b"_s;
    QTest::newRow("- later is plain") << u"host-1"_s << u"host-1"_s;
    QTest::newRow("@ later is plain") << u"ops@example.com"_s << u"ops@example.com"_s;
    // Only the first character counts (see Csv.h): a spreadsheet reads " =1" as text.
    QTest::newRow("leading space before =") << u" =1"_s << u" =1"_s;
    // A leading LF is not on the list (no spreadsheet runs it) but still needs quotes.
    QTest::newRow("leading LF is only quoted") << u"\n=1"_s << u"\"\n=1\""_s;
    QTest::newRow("leading quote stays") << u"'=1"_s << u"'=1"_s;

    // Unicode passes through untouched.
    QTest::newRow("umlaut") << u"Grüße"_s << u"Grüße"_s;
    QTest::newRow("emoji") << u"up 🚀"_s << u"up 🚀"_s;
    QTest::newRow("right to left") << u"שלום עולם"_s << u"שלום עולם"_s;
    QTest::newRow("right to left with comma") << u"שלום,עולם"_s << u"\"שלום,עולם\""_s;
    QTest::newRow("unicode formula") << u"=ü"_s << u"'=ü"_s;
}

void TestCsv::textCell()
{
    QFETCH(QString, text);
    QFETCH(QString, cell);

    QCOMPARE(Csv::textCell(text), cell);
}

void TestCsv::numberCell_data()
{
    QTest::addColumn<qint64>("value");
    QTest::addColumn<QString>("cell");

    QTest::newRow("zero") << qint64(0) << u"0"_s;
    QTest::newRow("status") << qint64(200) << u"200"_s;
    // A number is a number: no quote in front of a negative one.
    QTest::newRow("negative") << qint64(-5) << u"-5"_s;
    QTest::newRow("largest") << std::numeric_limits<qint64>::max() << u"9223372036854775807"_s;
    QTest::newRow("smallest") << std::numeric_limits<qint64>::min() << u"-9223372036854775808"_s;
}

void TestCsv::numberCell()
{
    QFETCH(qint64, value);
    QFETCH(QString, cell);

    QCOMPARE(Csv::numberCell(value), cell);
}

void TestCsv::row_data()
{
    QTest::addColumn<QStringList>("cells");
    QTest::addColumn<QString>("line");

    QTest::newRow("no cells") << QStringList() << u"\r\n"_s;
    QTest::newRow("one cell") << QStringList{u"a"_s} << u"a\r\n"_s;
    QTest::newRow("empty cells keep their commas")
        << QStringList{u"a"_s, QString(), QString()} << u"a,,\r\n"_s;
    QTest::newRow("header")
        << QStringList{u"timestamp"_s,   u"monitor_id"_s, u"monitor_name"_s, u"url"_s,
                       u"method"_s,      u"verdict"_s,    u"reason"_s,       u"http_status"_s,
                       u"response_ms"_s, u"error"_s}
        << u"timestamp,monitor_id,monitor_name,url,method,verdict,reason,http_status,"
           "response_ms,error\r\n"_s;
    QTest::newRow("escaped record")
        << QStringList{Csv::textCell(u"2024-05-01T10:00:00.000Z"),
                       Csv::numberCell(7),
                       Csv::textCell(u"=evil(1,2)"),
                       Csv::textCell(u"https://example.com/"),
                       Csv::textCell(u"GET"),
                       Csv::textCell(u"down"),
                       Csv::textCell(u"status"),
                       Csv::numberCell(503),
                       Csv::numberCell(12),
                       QString()}
        << u"2024-05-01T10:00:00.000Z,7,\"'=evil(1,2)\",https://example.com/,GET,down,status,"
           "503,12,\r\n"_s;
}

void TestCsv::row()
{
    QFETCH(QStringList, cells);
    QFETCH(QString, line);

    QCOMPARE(Csv::row(cells), line);
}

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
