#include "tests/support/UpwatchProcess.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

#include <sys/stat.h>
#include <sys/sysmacros.h>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 kMiB = 1024 * 1024;
constexpr qint64 kImportLimit = 64 * kMiB;

// /dev/full, or where this test may create one (as root), a private copy of it: an export that
// wrongly replaces the device with a regular file (as QSaveFile does where it may write to
// /dev) must not break the machine's own /dev/full.
QString fullDevice(const QTemporaryDir &dir)
{
    const QString copy = dir.filePath(u"full"_s);
    constexpr unsigned kMemMajor = 1;
    constexpr unsigned kFullMinor = 7;
    if (::mknod(QFile::encodeName(copy).constData(), S_IFCHR | 0600,
                makedev(kMemMajor, kFullMinor)) == 0)
        return copy;
    return u"/dev/full"_s;
}

bool hasControlCharacter(const QString &text)
{
    // The one line break that ends the message is allowed.
    const QString line = text.endsWith(u'\n') ? text.chopped(1) : text;
    return std::any_of(line.cbegin(), line.cend(),
                       [](QChar c) { return c.category() == QChar::Other_Control; });
}

} // namespace

// Bounded input and the edges of the command line: what a user (or a script gone wrong) types
// that is too large, endless, out of range or full of control characters gets a clear one-line
// error, and nothing changes.
class TestCliInput final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void importRefusesHugeInput_data();
    void importRefusesHugeInput();
    void badInputIsRefused_data();
    void badInputIsRefused();
    void exportToAFullDeviceFails_data();
    void exportToAFullDeviceFails();
    void newExportsAreOwnerOnly_data();
    void newExportsAreOwnerOnly();

private:
    UpwatchRun upwatch(QStringList arguments, int timeoutMs = 60000)
    {
        // Before a "--": what follows it is positional.
        const qsizetype end = arguments.indexOf(u"--"_s);
        arguments.insert(end < 0 ? arguments.size() : end, m_db);
        arguments.insert(end < 0 ? arguments.size() - 1 : end, u"--db"_s);
        return runUpwatch(arguments, timeoutMs);
    }
    int monitorCount()
    {
        const UpwatchRun run = upwatch({u"monitor"_s, u"list"_s, u"--json"_s});
        return int(run.out.count(u'\n'));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

void TestCliInput::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = m_dir->filePath(u"upwatch.sqlite"_s);
    const UpwatchRun run = upwatch(
        {u"monitor"_s, u"add"_s, u"--name"_s, u"first"_s, u"--url"_s, u"http://127.0.0.1:9/"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(u"added monitor 1 "_s), qPrintable(run.out));
}

void TestCliInput::cleanup()
{
    m_dir.reset();
}

void TestCliInput::importRefusesHugeInput_data()
{
    QTest::addColumn<QString>("source"); // "device", "sparse file" or "stdin"
    QTest::addColumn<QString>("shownName");
    QTest::newRow("endless device") << u"device"_s << u"/dev/zero"_s;
    QTest::newRow("file one byte over the limit") << u"sparse file"_s << u"big.json"_s;
    QTest::newRow("standard input over the limit") << u"stdin"_s << u"standard input"_s;
}

void TestCliInput::importRefusesHugeInput()
{
    QFETCH(QString, source);
    QFETCH(QString, shownName);
    UpwatchRun run;
    QString name = shownName;
    if (source == u"device") {
        if (!QFileInfo::exists(u"/dev/zero"_s))
            QSKIP("no /dev/zero");
        run = upwatch({u"import"_s, name});
    }
    else if (source == u"sparse file") {
        name = m_dir->filePath(shownName);
        QFile file(name);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(kImportLimit + 1)); // sparse: no disk space used
        file.close();
        run = upwatch({u"import"_s, name});
    }
    else {
        // Whitespace: without the limit it would all be read and called "empty".
        run = runUpwatch({u"import"_s, u"-"_s, u"--db"_s, m_db}, 120000,
                         QByteArray(kImportLimit + kMiB, ' '));
    }
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err, u"upwatch: %1 is larger than 64 MiB: not a monitor file\n"_s.arg(name));
    QCOMPARE(monitorCount(), 1);
}

void TestCliInput::badInputIsRefused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");

    const QStringList add = {u"monitor"_s, u"add"_s, u"--url"_s, u"http://127.0.0.1:9/"_s};
    const QStringList named = add + QStringList{u"--name"_s, u"second"_s};
    const QStringList history = {u"history"_s, u"export"_s, u"--out"_s, u"-"_s};

    // An id is digits only; "-1" is not an option.
    QTest::newRow("remove ' 1'") << QStringList{u"monitor"_s, u"remove"_s, u" 1"_s} << 1
                                 << u"there is no monitor with the id or name ' 1'"_s;
    QTest::newRow("pause +1") << QStringList{u"monitor"_s, u"pause"_s, u"+1"_s} << 1
                              << u"there is no monitor with the id or name '+1'"_s;
    QTest::newRow("remove -1") << QStringList{u"monitor"_s, u"remove"_s, u"-1"_s} << 2
                               << u"'-1' is not an option, and ids and counts are never negative "
                                  "(put '--' before a name that starts with '-')"_s;
    QTest::newRow("remove -- -1") << QStringList{u"monitor"_s, u"remove"_s, u"--"_s, u"-1"_s} << 1
                                  << u"there is no monitor with the id or name '-1'"_s;

    // Commands without positional arguments say so.
    QTest::newRow("monitor list x") << QStringList{u"monitor"_s, u"list"_s, u"x"_s} << 2
                                    << u"unexpected argument 'x' (see 'upwatch monitor list "
                                       "--help')"_s;
    QTest::newRow("stats x") << QStringList{u"stats"_s, u"x"_s} << 2
                             << u"unexpected argument 'x' (see 'upwatch stats --help')"_s;
    QTest::newRow("history export x")
        << history + QStringList{u"x"_s} << 2
        << u"unexpected argument 'x' (see 'upwatch history export --help')"_s;

    // Dates are strict ISO 8601.
    QTest::newRow("--since hour 25")
        << history + QStringList{u"--since"_s, u"2026-11-21T25:00:00Z"_s} << 2
        << u"--since needs an ISO 8601 date or time such as 2026-11-21 or 2026-11-21T08:00:00Z, "
           "not '2026-11-21T25:00:00Z'"_s;
    QTest::newRow("--since trailing text")
        << history + QStringList{u"--since"_s, u"2026-11-21junk"_s} << 2
        << u"not '2026-11-21junk'"_s;

    // Numbers have upper bounds.
    QTest::newRow("--workers 5000") << QStringList{u"run"_s, u"--workers"_s, u"5000"_s} << 2
                                    << u"--workers must be between 1 and 64, not 5000"_s;
    QTest::newRow("--max-in-flight 1000000")
        << QStringList{u"run"_s, u"--max-in-flight"_s, u"1000000"_s} << 2
        << u"--max-in-flight must be between 1 and 100000, not 1000000"_s;
    QTest::newRow("--max-per-host 5000")
        << QStringList{u"run"_s, u"--max-per-host"_s, u"5000"_s} << 2
        << u"--max-per-host must be between 1 and 1000, not 5000"_s;
    QTest::newRow("--duration beyond a year")
        << QStringList{u"run"_s, u"--duration"_s, u"99999999"_s} << 2
        << u"--duration must be between 1 and 31536000, not 99999999"_s;
    QTest::newRow("--interval beyond 30 days")
        << named + QStringList{u"--interval"_s, u"2592001"_s} << 2
        << u"--interval must be between 1 and 2592000, not 2592001"_s;
    QTest::newRow("--retries 1000") << named + QStringList{u"--retries"_s, u"1000"_s} << 2
                                    << u"--retries must be between 0 and 100, not 1000"_s;
    QTest::newRow("--locations 17") << named + QStringList{u"--locations"_s, u"17"_s} << 2
                                    << u"--locations must be between 1 and 16, not 17"_s;
    QTest::newRow("--quorum above --locations")
        << named + QStringList{u"--locations"_s, u"2"_s, u"--quorum"_s, u"3"_s} << 2
        << u"--quorum 3 is more than the 2 locations it is checked from: raise --locations"_s;

    // Control characters are refused, and never echoed raw.
    QTest::newRow("--method GET\\r\\n") << named + QStringList{u"--method"_s, u"GET\r\n"_s} << 2
                                        << u"unsupported method 'GET\\r\\n'"_s;
    QTest::newRow("name with a line break")
        << add + QStringList{u"--name"_s, u"a\nb"_s} << 2
        << u"--name: the name contains the control character \\n"_s;
    QTest::newRow("name with a tab")
        << add + QStringList{u"--name"_s, u"a\tb"_s} << 2 << u"control character \\t"_s;
    QTest::newRow("unknown action with escapes")
        << QStringList{u"monitor"_s, u"ren\u001bame"_s} << 2
        << u"unknown monitor action 'ren\\u001bame'"_s;

    // Lengths have limits, stated in the message.
    QTest::newRow("name of 201 characters")
        << add + QStringList{u"--name"_s, QString(201, u'n')} << 2
        << u"--name: the name is 201 characters long; the limit is 200"_s;
    QTest::newRow("keyword of 1025 bytes")
        << named + QStringList{u"--keyword"_s, QString(1025, u'k')} << 2
        << u"the keyword is 1025 bytes long; the limit is 1024"_s;
    QTest::newRow("header of 9000 bytes")
        << named + QStringList{u"--header"_s, u"X-Big: "_s + QString(9000, u'h')} << 2
        << u"bytes long; the limit is 8192"_s;
    QTest::newRow("empty tag") << named + QStringList{u"--tag"_s, u"prod"_s, u"--tag"_s, u" "_s}
                               << 2 << u"a tag is empty"_s;
    QTest::newRow("tag of 65 characters") << named + QStringList{u"--tag"_s, QString(65, u't')} << 2
                                          << u"characters long; the limit is 64"_s;
}

void TestCliInput::badInputIsRefused()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const UpwatchRun run = upwatch(arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.startsWith(u"upwatch: "_s), qPrintable(run.err));
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QCOMPARE(run.err.count(u'\n'), 1);
    QVERIFY2(!hasControlCharacter(run.err), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    QCOMPARE(monitorCount(), 1); // nothing added, nothing removed
}

void TestCliInput::exportToAFullDeviceFails_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("export") << QStringList{u"export"_s, u"FULL"_s};
    QTest::newRow("history export")
        << QStringList{u"history"_s, u"export"_s, u"--out"_s, u"FULL"_s};
}

void TestCliInput::exportToAFullDeviceFails()
{
    QFETCH(QStringList, arguments);
    const QString full = fullDevice(*m_dir);
    if (!QFileInfo::exists(full) || QFileInfo(full).isFile())
        QSKIP("no /dev/full device");
    arguments.replace(arguments.indexOf(u"FULL"_s), full);
    const UpwatchRun run = upwatch(arguments);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith(u"upwatch: cannot write %1: "_s.arg(full)), qPrintable(run.err));
    QVERIFY2(run.err.contains(u"No space left on device"_s), qPrintable(run.err));
    QCOMPARE(run.err.count(u'\n'), 1);
    QVERIFY(run.out.isEmpty());
    QVERIFY(!QFileInfo(full).isFile()); // still the device
}

void TestCliInput::newExportsAreOwnerOnly_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("export") << QStringList{u"export"_s, u"FILE"_s};
    QTest::newRow("history export")
        << QStringList{u"history"_s, u"export"_s, u"--out"_s, u"FILE"_s};
}

void TestCliInput::newExportsAreOwnerOnly()
{
    QFETCH(QStringList, arguments);
    const QString path = m_dir->filePath(u"new-export"_s);
    arguments.replace(arguments.indexOf(u"FILE"_s), path);
    const UpwatchRun run = upwatch(arguments);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                      QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    QCOMPARE(QFileInfo(path).permissions() & others, QFile::Permissions());
    QVERIFY(QFileInfo(path).permissions().testFlag(QFile::ReadOwner));
    QVERIFY(QFileInfo(path).permissions().testFlag(QFile::WriteOwner));

    // An export that replaces a file keeps the mode that file had.
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup));
    QCOMPARE(upwatch(arguments).exitCode, 0);
    QVERIFY(QFileInfo(path).permissions().testFlag(QFile::ReadGroup));
}

QTEST_GUILESS_MAIN(TestCliInput)
#include "tst_cli_input.moc"
