#include "core/base/SystemClock.h"
#include "core/format/DisplayFormat.h"
#include "core/store/StoreDatabase.h"
#include "tests/support/Builders.h"
#include "tests/support/ReportFixture.h"
#include "tests/support/StoreHelpers.h"
#include "tests/support/UpwatchProcess.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

// Runs of blanks (no-break spaces included) as one space: table cells as a line of words.
QString words(const QString &text)
{
    static const QRegularExpression blanks(u"[\\s\\x{00a0}\\x{202f}]+"_s);
    return QString(text).replace(blanks, u" "_s).trimmed();
}

// The figures of a monitor's row as the report shows them, from `stats --json` for the same
// period: name, checks, uptime, minutes down, in maintenance and degraded, incidents, p50, p95.
QString expectedRow(const QJsonObject &stats)
{
    const auto ms = [&stats](const char16_t *key) {
        const QJsonValue value = stats.value(QString::fromUtf16(key));
        return DisplayFormat::milliseconds(value.isNull() ? std::nullopt
                                                          : std::optional(value.toInteger()));
    };
    const QJsonValue uptime = stats.value(u"uptime"_s);
    const QLocale locale;
    return words(QStringList{
        stats.value(u"name"_s).toString(), locale.toString(stats.value(u"checks"_s).toInteger()),
        DisplayFormat::percent(uptime.isNull() ? std::nullopt : std::optional(uptime.toDouble())),
        locale.toString(stats.value(u"downtime_minutes"_s).toInteger()),
        locale.toString(stats.value(u"maintenance_minutes"_s).toInteger()),
        locale.toString(stats.value(u"degraded_minutes"_s).toInteger()),
        locale.toString(stats.value(u"incidents"_s).toInteger()), ms(u"p50_ms"), ms(u"p95_ms")}
                     .join(u' '));
}

} // namespace

// `upwatch report` and `upwatch stats` for a period, run as processes on a seeded database: the
// PDF's text (pdftotext) and the HTML show the figures `stats --json` gives for the same month.
class TestCliReport final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void pdfShowsTheFiguresOfStats();
    void htmlShowsTheFiguresOfStats();
    void statsTableForAPeriod();
    void selectionByTagAndMonitor();
    void lastMonthRuns();
    void badInput_data();
    void badInput();
    void statsWithoutAPeriodAddsMaintenance();

private:
    UpwatchRun upwatch(QStringList arguments, const QString &db = {});
    QList<QJsonObject> statsJson(const QStringList &extra = {});
    QString pdfText(const QString &path);

    QTemporaryDir m_dir;
    QString m_db;
    ReportFixture m_fixture;
};

void TestCliReport::initTestCase()
{
    QVERIFY(QFileInfo::exists(QStringLiteral(UPWATCH_BINARY)));
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(u"upwatch.sqlite"_s);
    QString error;
    auto database = StoreDatabase::open(m_db, &error);
    QVERIFY2(database, qPrintable(error));
    QVERIFY(m_fixture.seed(*database));
}

UpwatchRun TestCliReport::upwatch(QStringList arguments, const QString &db)
{
    arguments << u"--db"_s << (db.isEmpty() ? m_db : db);
    return runUpwatch(arguments);
}

QList<QJsonObject> TestCliReport::statsJson(const QStringList &extra)
{
    const UpwatchRun run = upwatch(QStringList{u"stats"_s, u"--json"_s} + extra);
    if (run.exitCode != 0)
        qWarning("stats failed: %s", qPrintable(run.err));
    QList<QJsonObject> objects;
    for (const QString &line : run.out.split(u'\n', Qt::SkipEmptyParts))
        objects.append(QJsonDocument::fromJson(line.toUtf8()).object());
    return objects;
}

QString TestCliReport::pdfText(const QString &path)
{
    QProcess pdftotext;
    pdftotext.start(QStandardPaths::findExecutable(u"pdftotext"_s),
                    {u"-raw"_s, u"-enc"_s, u"UTF-8"_s, path, u"-"_s});
    if (!pdftotext.waitForFinished(60000) || pdftotext.exitCode() != 0)
        return {};
    return QString::fromUtf8(pdftotext.readAllStandardOutput());
}

void TestCliReport::pdfShowsTheFiguresOfStats()
{
    if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    const QString path = m_dir.filePath(u"report.pdf"_s);
    const UpwatchRun run = upwatch({u"report"_s, u"--month"_s, u"2026-11"_s, u"--out"_s, path});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    QVERIFY(run.out.contains(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    const QString text = pdfText(path);
    QVERIFY(!text.isEmpty());
    const QString flat = words(text);
    QVERIFY2(flat.contains(u"Uptime report: November 2026"_s), qPrintable(text));

    const QList<QJsonObject> stats = statsJson({u"--month"_s, u"2026-11"_s});
    QCOMPARE(stats.size(), 3);
    qint64 checks = 0;
    qint64 downtime = 0;
    qint64 incidents = 0;
    for (const QJsonObject &monitor : stats) {
        // The monitors' table: each row reads as stats says.
        const QString row = expectedRow(monitor);
        QVERIFY2(flat.contains(row), qPrintable(u"missing row: "_s + row + u"\n"_s + text));
        checks += monitor.value(u"checks"_s).toInteger();
        downtime += monitor.value(u"downtime_minutes"_s).toInteger();
        incidents += monitor.value(u"incidents"_s).toInteger();
    }
    // What the fixture holds, so the comparison above is not of two empty reports.
    const QJsonObject api = stats.at(0);
    QCOMPARE(api.value(u"name"_s).toString(), u"api"_s);
    QCOMPARE(api.value(u"downtime_minutes"_s).toInteger(), 95);
    QCOMPARE(api.value(u"degraded_minutes"_s).toInteger(), 30);
    QCOMPARE(api.value(u"incidents"_s).toInteger(), 4);
    QCOMPARE(stats.at(1).value(u"maintenance_minutes"_s).toInteger(), 120);
    QVERIFY(api.value(u"uptime"_s).toDouble() < 100.0);
    // The summary: monitors, checks, incidents and downtime add up.
    const QLocale locale;
    QVERIFY2(flat.contains(u"3 "_s + locale.toString(checks)), qPrintable(text));
    QVERIFY2(
        flat.contains(u" "_s + locale.toString(downtime) + u" 120 "_s + locale.toString(incidents)),
        qPrintable(text));
    // api's incidents: durations, reasons, the open one.
    for (const QString &shown :
         {DisplayFormat::duration(2 * 3600'000), DisplayFormat::duration(30 * 60'000),
          DisplayFormat::duration(15 * 60'000), u"ongoing"_s, u"timeout"_s,
          u"Timed out after 10000 ms"_s})
        QVERIFY2(flat.contains(words(shown)), qPrintable(shown));
}

void TestCliReport::htmlShowsTheFiguresOfStats()
{
    const QString path = m_dir.filePath(u"report.html"_s);
    const UpwatchRun run = upwatch({u"report"_s, u"--month"_s, u"2026-11"_s, u"--out"_s, path});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(file.readAll());
    QVERIFY(html.startsWith(u"<!DOCTYPE html>"_s));
    QVERIFY(html.contains(u"<title>Uptime report: November 2026</title>"_s));
    // Cells as text: tags out.
    QString text = html;
    text.replace(QRegularExpression(u"<[^>]*>"_s), u" "_s);
    const QString flat = words(text);
    for (const QJsonObject &monitor : statsJson({u"--month"_s, u"2026-11"_s})) {
        const QString row = expectedRow(monitor);
        QVERIFY2(flat.contains(row), qPrintable(u"missing row: "_s + row));
    }
    QVERIFY(html.contains(u"https://api.example.com/health"_s));
}

void TestCliReport::statsTableForAPeriod()
{
    const UpwatchRun run = upwatch({u"stats"_s, u"--month"_s, u"2026-11"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QVERIFY(words(lines.at(0)).startsWith(u"ID NAME CHECKS UPTIME DOWN MIN MAINT MIN"_s));
    const QStringList api = words(lines.at(1)).split(u' ');
    QCOMPARE(api.at(1), u"api"_s);
    QCOMPARE(api.at(4), u"95"_s);                             // minutes down
    QCOMPARE(api.at(6), u"30"_s);                             // minutes degraded
    QCOMPARE(api.at(7), u"4"_s);                              // incidents
    QCOMPARE(words(lines.at(2)).split(u' ').at(5), u"120"_s); // web's maintenance
    // The same period as --from/--to.
    const ReportPeriod &period = m_fixture.period;
    const QList<QJsonObject> byMonth = statsJson({u"--month"_s, u"2026-11"_s});
    const QList<QJsonObject> byRange = statsJson({u"--from"_s, period.from.toString(Qt::ISODate),
                                                  u"--to"_s, period.to.toString(Qt::ISODate)});
    QCOMPARE(byRange, byMonth);
}

void TestCliReport::selectionByTagAndMonitor()
{
    const QString path = m_dir.filePath(u"home.html"_s);
    UpwatchRun run =
        upwatch({u"report"_s, u"--month"_s, u"2026-11"_s, u"--tag"_s, u"home"_s, u"--out"_s, path});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString html = QString::fromUtf8(file.readAll());
    QVERIFY(html.contains(u"<b>blog</b>"_s));
    QVERIFY(!html.contains(u"<b>api</b>"_s));
    QVERIFY(!html.contains(u"<b>web</b>"_s));
    file.close();

    run = upwatch({u"report"_s, u"--month"_s, u"2026-11"_s, u"--monitor"_s, u"web"_s,
                   u"--monitor"_s, QString::number(m_fixture.api.id), u"--out"_s, path});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(file.open(QIODevice::ReadOnly));
    html = QString::fromUtf8(file.readAll());
    QVERIFY(html.contains(u"<b>api</b>"_s));
    QVERIFY(html.contains(u"<b>web</b>"_s));
    QVERIFY(!html.contains(u"<b>blog</b>"_s));
}

void TestCliReport::lastMonthRuns()
{
    const QString path = m_dir.filePath(u"last.html"_s);
    const UpwatchRun run = upwatch({u"report"_s, u"--last-month"_s, u"--out"_s, path});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QDate month = SystemClock().nowUtc().toLocalTime().date().addMonths(-1);
    QVERIFY(QString::fromUtf8(file.readAll()).contains(QLocale().toString(month, u"MMMM yyyy"_s)));
}

void TestCliReport::badInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString month = u"--month"_s;
    QTest::newRow("no period") << QStringList{u"--out"_s, u"r.pdf"_s} << 2 << u"needs a period"_s;
    QTest::newRow("bad month") << QStringList{month, u"2026-13"_s, u"--out"_s, u"r.pdf"_s} << 2
                               << u"--month needs a month such as 2026-11"_s;
    QTest::newRow("no --out") << QStringList{month, u"2026-11"_s} << 2 << u"--out"_s;
    QTest::newRow("unknown extension") << QStringList{month, u"2026-11"_s, u"--out"_s, u"r.txt"_s}
                                       << 2 << u"must end in .pdf or .html"_s;
    QTest::newRow("no monitor has the tag")
        << QStringList{month, u"2026-11"_s, u"--tag"_s, u"nope"_s, u"--out"_s, u"r.pdf"_s} << 1
        << u"no monitors match the selection"_s;
    QTest::newRow("unknown monitor")
        << QStringList{month, u"2026-11"_s, u"--monitor"_s, u"nope"_s, u"--out"_s, u"r.pdf"_s} << 1
        << u"nope"_s;
    QTest::newRow("two periods") << QStringList{month, u"2026-11"_s, u"--last-month"_s, u"--out"_s,
                                                u"r.pdf"_s}
                                 << 2 << u"choose one period"_s;
    QTest::newRow("--from alone") << QStringList{u"--from"_s, u"2026-11-01"_s, u"--out"_s,
                                                 u"r.pdf"_s}
                                  << 2 << u"--from and --to go together"_s;
    QTest::newRow("--from after --to") << QStringList{u"--from"_s,     u"2026-11-02"_s, u"--to"_s,
                                                      u"2026-11-01"_s, u"--out"_s,      u"r.pdf"_s}
                                       << 2 << u"--from must be before --to"_s;
    QTest::newRow("bad time") << QStringList{u"--from"_s,     u"yesterday"_s, u"--to"_s,
                                             u"2026-11-01"_s, u"--out"_s,     u"r.pdf"_s}
                              << 2 << u"'yesterday'"_s;
    QTest::newRow("no such folder")
        << QStringList{month, u"2026-11"_s, u"--out"_s, u"/nonexistent/folder/r.pdf"_s} << 1
        << u"does not exist"_s;
}

void TestCliReport::badInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QTemporaryDir folder;
    // Relative file names land in the test's own folder: nothing may appear there.
    for (QString &argument : arguments) {
        if (argument == u"r.pdf" || argument == u"r.txt")
            argument = folder.filePath(argument);
    }
    const UpwatchRun run = upwatch(QStringList{u"report"_s} + arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.startsWith(u"upwatch: "_s), qPrintable(run.err));
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QCOMPARE(run.err.trimmed().count(u'\n'), 0);
    QVERIFY(QDir(folder.path()).isEmpty());
}

void TestCliReport::statsWithoutAPeriodAddsMaintenance()
{
    // A database of its own with a maintenance hour that ended an hour ago (by the real clock:
    // `stats` without a period counts back from now).
    TempDatabase db;
    QVERIFY(db.isOpen());
    const Monitor monitor = storeMonitor(db.db(), MonitorBuilder(u"api"_s).build());
    const QDateTime now = SystemClock().nowUtc();
    QVERIFY(storeMaintenance(db.db(), monitor.id, now.addSecs(-2 * 3600), now.addSecs(-3600)));
    db.close();
    const UpwatchRun run = upwatch({u"stats"_s, u"--json"_s}, db.path());
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject stats = QJsonDocument::fromJson(run.out.toUtf8()).object();
    // The keys it always had are all still there.
    for (const QString &key :
         {u"id"_s, u"name"_s, u"url"_s, u"state"_s, u"uptime_24h"_s, u"uptime_7d"_s,
          u"uptime_30d"_s, u"uptime_1y"_s, u"checks_24h"_s, u"down_24h"_s, u"avg_ms_24h"_s,
          u"p95_ms_24h"_s, u"min_ms_24h"_s, u"max_ms_24h"_s, u"last_check"_s})
        QVERIFY2(stats.contains(key), qPrintable(key));
    for (const QString &window : {u"24h"_s, u"7d"_s, u"30d"_s, u"1y"_s})
        QCOMPARE(stats.value(u"maintenance_minutes_"_s + window).toInteger(), 60);
    const UpwatchRun table = upwatch({u"stats"_s}, db.path());
    QVERIFY2(table.exitCode == 0, qPrintable(table.err));
    QVERIFY(table.out.contains(u"MAINT MIN 24H"_s));
    QVERIFY(words(table.out.split(u'\n').value(1)).endsWith(u"60 60 60 60"_s));
}

QTEST_GUILESS_MAIN(TestCliReport)
#include "tst_cli_report.moc"
