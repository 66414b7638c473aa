#include "ui/desktop/AutostartEntry.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace {

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

bool writeText(const QString &path, const QByteArray &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
}

// Sets an environment variable for one scope and puts the old value back.
class ScopedEnv final {
public:
    ScopedEnv(const char *name, const QByteArray &value)
        : m_name(name)
        , m_was(qEnvironmentVariableIsSet(name))
        , m_old(qgetenv(name))
    {
        qputenv(name, value);
    }
    ~ScopedEnv()
    {
        if (m_was)
            qputenv(m_name, m_old);
        else
            qunsetenv(m_name);
    }
    Q_DISABLE_COPY_MOVE(ScopedEnv)

private:
    const char *m_name;
    bool m_was;
    QByteArray m_old;
};

} // namespace

class TestAutostartEntry final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void userDirectoryFollowsXdgConfigHome();
    void userDirectoryFallsBackToHome_data();
    void userDirectoryFallsBackToHome();
    void forCurrentUserRunsThisExecutable();
    void programIsTheNameWhenPathFindsIt();
    void writeReadBackRemove();
    void writeCreatesTheFolder();
    void entryIsValid();
    void fileIsTheTruth();
    void execArgument_data();
    void execArgument();
    void pathWithSpacesIsQuoted();
    void folderInTheWayIsAnError();
    void unwritableFolderIsAnError();
    void unremovableEntryIsAnError();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestAutostartEntry::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestAutostartEntry::cleanup()
{
    // A test may leave a read-only folder behind; the temporary dir must still go.
    QFile::setPermissions(m_dir->filePath(u"config"_s),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    m_dir.reset();
}

void TestAutostartEntry::userDirectoryFollowsXdgConfigHome()
{
    const QString config = m_dir->filePath(u"config"_s);
    ScopedEnv env("XDG_CONFIG_HOME", config.toLocal8Bit());
    QCOMPARE(AutostartEntry::userAutostartDirectory(), config + u"/autostart"_s);
    QCOMPARE(AutostartEntry::forCurrentUser().filePath(),
             config + u"/autostart/io.github.upwatch.Upwatch.desktop"_s);
}

void TestAutostartEntry::userDirectoryFallsBackToHome_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("relative") << "relative/config"_ba;
}

void TestAutostartEntry::userDirectoryFallsBackToHome()
{
    QFETCH(QByteArray, value);
    ScopedEnv home("HOME", m_dir->path().toLocal8Bit());
    ScopedEnv env("XDG_CONFIG_HOME", value);
    QCOMPARE(AutostartEntry::userAutostartDirectory(), m_dir->path() + u"/.config/autostart"_s);
}

void TestAutostartEntry::forCurrentUserRunsThisExecutable()
{
    ScopedEnv path("PATH", m_dir->path().toLocal8Bit()); // no upwatch there
    QCOMPARE(AutostartEntry::forCurrentUser().program(), QCoreApplication::applicationFilePath());
}

void TestAutostartEntry::programIsTheNameWhenPathFindsIt()
{
    const QString bin = m_dir->filePath(u"bin"_s);
    QVERIFY(QDir().mkpath(bin));
    const QString installed = bin + u"/upwatch"_s;
    QVERIFY(writeText(installed, "#!/bin/sh\n"));
    QVERIFY(
        QFile::setPermissions(installed, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    const QString other = m_dir->filePath(u"upwatch"_s);
    QVERIFY(QFile::copy(installed, other));
    ScopedEnv path("PATH", bin.toLocal8Bit());
    QCOMPARE(AutostartEntry::programFor(installed), u"upwatch"_s);
    QCOMPARE(AutostartEntry::programFor(other), other); // another copy than PATH's
}

void TestAutostartEntry::writeReadBackRemove()
{
    const AutostartEntry entry(m_dir->filePath(u"autostart"_s), u"/usr/bin/upwatch"_s);
    QVERIFY(!entry.isEnabled());

    QCOMPARE(entry.setEnabled(true), QString());
    QVERIFY(entry.isEnabled());
    QVERIFY(QFileInfo(entry.filePath()).isFile());
    const QStringList lines = readText(entry.filePath()).split(u'\n');
    QCOMPARE(lines.value(0), u"[Desktop Entry]"_s);
    QVERIFY(lines.contains(u"Type=Application"_s));
    QVERIFY(lines.contains(u"Exec=/usr/bin/upwatch --minimized"_s));
    QVERIFY(lines.contains(u"X-GNOME-Autostart-enabled=true"_s));
    QVERIFY(lines.contains(u"Icon=io.github.upwatch.Upwatch"_s));
    QCOMPARE(readText(entry.filePath()), entry.contents());

    QCOMPARE(entry.setEnabled(true), QString()); // writing again is fine
    QVERIFY(entry.isEnabled());

    QCOMPARE(entry.setEnabled(false), QString());
    QVERIFY(!entry.isEnabled());
    QVERIFY(!QFileInfo::exists(entry.filePath()));
    QCOMPARE(entry.setEnabled(false), QString());                // and so is removing what is gone
    QVERIFY(QFileInfo(m_dir->filePath(u"autostart"_s)).isDir()); // the folder stays
}

void TestAutostartEntry::writeCreatesTheFolder()
{
    const QString config = m_dir->filePath(u"fresh/config"_s);
    ScopedEnv env("XDG_CONFIG_HOME", config.toLocal8Bit());
    const AutostartEntry entry = AutostartEntry::forCurrentUser();
    QCOMPARE(entry.setEnabled(true), QString());
    QVERIFY(QFileInfo(config + u"/autostart/io.github.upwatch.Upwatch.desktop"_s).isFile());
}

void TestAutostartEntry::entryIsValid()
{
    const QString validate = QStandardPaths::findExecutable(u"desktop-file-validate"_s);
    if (validate.isEmpty())
        QSKIP("desktop-file-validate is not installed (desktop-file-utils; tools/install-deps)");
    const AutostartEntry entry(m_dir->filePath(u"autostart"_s),
                               m_dir->filePath(u"odd $dir/up\"watch"_s));
    QCOMPARE(entry.setEnabled(true), QString());
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(validate, {entry.filePath()});
    QVERIFY(process.waitForFinished(60'000));
    const QString output = QString::fromLocal8Bit(process.readAll());
    QVERIFY2(process.exitCode() == 0 && output.trimmed().isEmpty(), qPrintable(output));
}

void TestAutostartEntry::fileIsTheTruth()
{
    const QString folder = m_dir->filePath(u"autostart"_s);
    QVERIFY(QDir().mkpath(folder));
    const AutostartEntry entry(folder, u"upwatch"_s);
    // Written by someone else (another copy of Upwatch, the desktop's own settings).
    QVERIFY(writeText(entry.filePath(), "[Desktop Entry]\nType=Application\nExec=true\n"));
    QVERIFY(entry.isEnabled());
    QCOMPARE(entry.setEnabled(false), QString());
    QVERIFY(!entry.isEnabled());
}

void TestAutostartEntry::execArgument_data()
{
    QTest::addColumn<QString>("argument");
    QTest::addColumn<QString>("written");
    QTest::newRow("plain") << u"/usr/bin/upwatch"_s << u"/usr/bin/upwatch"_s;
    QTest::newRow("name") << u"upwatch"_s << u"upwatch"_s;
    QTest::newRow("space") << u"/opt/my apps/upwatch"_s << u"\"/opt/my apps/upwatch\""_s;
    QTest::newRow("percent") << u"/opt/100%/upwatch"_s << u"/opt/100%%/upwatch"_s;
    QTest::newRow("dollar") << u"/opt/$x/upwatch"_s << uR"("/opt/\\$x/upwatch")"_s;
    QTest::newRow("quote") << u"/opt/a\"b"_s << uR"("/opt/a\\"b")"_s;
    QTest::newRow("backtick") << u"/opt/a`b"_s << uR"("/opt/a\\`b")"_s;
    QTest::newRow("backslash") << uR"(/opt/a\b)"_s << uR"("/opt/a\\\\b")"_s;
    QTest::newRow("single quote") << u"/opt/it's"_s << u"\"/opt/it's\""_s;
}

void TestAutostartEntry::execArgument()
{
    QFETCH(QString, argument);
    QFETCH(QString, written);
    QCOMPARE(AutostartEntry::execArgument(argument), written);
}

void TestAutostartEntry::pathWithSpacesIsQuoted()
{
    const AutostartEntry entry(m_dir->filePath(u"autostart"_s), u"/opt/my apps/upwatch"_s);
    QCOMPARE(entry.setEnabled(true), QString());
    QVERIFY(readText(entry.filePath())
                .split(u'\n')
                .contains(u"Exec=\"/opt/my apps/upwatch\" --minimized"_s));
}

void TestAutostartEntry::folderInTheWayIsAnError()
{
    // A file where the autostart folder should be: refused with the path, for root too.
    const QString folder = m_dir->filePath(u"autostart"_s);
    QVERIFY(writeText(folder, "not a folder"));
    const AutostartEntry entry(folder, u"upwatch"_s);
    QVERIFY(!entry.isEnabled());
    const QString error = entry.setEnabled(true);
    QCOMPARE(error, u"Cannot start Upwatch on login: %1 is not a folder."_s.arg(folder));
    QVERIFY(!entry.isEnabled());
    QCOMPARE(readText(folder), u"not a folder"_s); // left as it was

    // And a file where the folder above it should be.
    const AutostartEntry below(folder + u"/deeper/autostart"_s, u"upwatch"_s);
    QCOMPARE(
        below.setEnabled(true),
        u"Cannot start Upwatch on login: the folder %1/deeper/autostart cannot be created."_s.arg(
            folder));
}

void TestAutostartEntry::unwritableFolderIsAnError()
{
    if (::geteuid() == 0)
        QSKIP("root writes into read-only folders (folderInTheWayIsAnError covers the error)");
    const QString config = m_dir->filePath(u"config"_s);
    const QString folder = config + u"/autostart"_s;
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
    const AutostartEntry entry(folder, u"upwatch"_s);
    const QString error = entry.setEnabled(true);
    QVERIFY(error.startsWith(
        u"Cannot start Upwatch on login: %1 cannot be written ("_s.arg(entry.filePath())));
    QVERIFY(!entry.isEnabled());
    QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
}

void TestAutostartEntry::unremovableEntryIsAnError()
{
    // A folder under the entry's name cannot be removed as a file (not even by root).
    const QString folder = m_dir->filePath(u"autostart"_s);
    const AutostartEntry entry(folder, u"upwatch"_s);
    QVERIFY(QDir().mkpath(entry.filePath() + u"/inside"_s));
    QVERIFY(entry.isEnabled());
    const QString error = entry.setEnabled(false);
    QVERIFY2(
        error.startsWith(u"Cannot stop starting Upwatch on login: %1 cannot be removed ("_s.arg(
            entry.filePath())),
        qPrintable(error));
    QVERIFY(entry.isEnabled());
}

QTEST_GUILESS_MAIN(TestAutostartEntry)
#include "tst_autostartentry.moc"
