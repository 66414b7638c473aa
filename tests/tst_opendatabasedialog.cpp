#include "core/store/DatabaseLocation.h"
#include "core/store/StoreDatabase.h"
#include "ui/dialogs/OpenDatabaseDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <memory>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

const QString kUrl = u"postgresql://upwatch@db.example.com:5432/upwatch?sslmode=require"_s;

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

// The 100-byte header of an SQLite database whose application_id is not Upwatch's.
QByteArray foreignHeader()
{
    QByteArray header(100, '\0');
    header.replace(0, 16, QByteArray("SQLite format 3\0", 16));
    const quint32 id = qToBigEndian<quint32>(0x12345678);
    header.replace(68, 4, QByteArray(reinterpret_cast<const char *>(&id), 4));
    return header;
}

// Clicks a radio button on its circle, as a person does (its middle may be past its text).
void clickRadio(QRadioButton *radio)
{
    QTest::mouseClick(radio, Qt::LeftButton, {}, QPoint(4, radio->height() / 2));
}

// The sentence the dialog makes of DatabaseLocation::parse's error.
QString parseError(const QString &url)
{
    QString error;
    if (DatabaseLocation::parse(url, &error))
        return {};
    error[0] = error.at(0).toUpper();
    return error + u'.';
}

} // namespace

class TestOpenDatabaseDialog final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void startsWithTheCurrentFile();
    void startsWithTheCurrentUrl();
    void relativeCurrentPathShownInFull();
    void fileProblems_data();
    void fileProblems();
    void fileThatCannotBeWritten();
    void newFileIsCreated();
    void anUpwatchDatabaseOpens();
    void urlProblems_data();
    void urlProblems();
    void longMessagesAreWhollyShown();
    void choosingEnablesItsField();
    void tabGoesDownTheDialog();
    void acceptReturnsTheFile();
    void acceptReturnsTheUrl();
    void passwordForAServer();
    void passwordForTheDatabaseOpenNow();
    void homeFolderIsExpanded();
    void enterDoesNothingWhileInvalid();
    void browseChoosesFile();
    void isSameDatabase_data();
    void isSameDatabase();

private:
    [[nodiscard]] std::unique_ptr<OpenDatabaseDialog> makeDialog(const QString &current);
    template<typename T>
    T *child(const QString &name)
    {
        T *found = m_dialog ? m_dialog->findChild<T *>(name) : nullptr;
        if (!found)
            qWarning("no child %s", qPrintable(name));
        return found;
    }
    QPushButton *openButton() { return child<QPushButton>(u"openButton"_s); }
    QLabel *pathMessage() { return child<QLabel>(u"pathMessage"_s); }
    QLabel *urlMessage() { return child<QLabel>(u"urlMessage"_s); }
    // Replaces the path field's text the way a person types it.
    void typePath(const QString &text);
    void typeUrl(const QString &text);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<OpenDatabaseDialog> m_dialog;
    QString m_current; // an Upwatch database
};

void TestOpenDatabaseDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_current = m_dir->filePath(u"current.sqlite"_s);
    QString error;
    QVERIFY2(StoreDatabase::open(m_current, &error), qPrintable(error));
}

void TestOpenDatabaseDialog::cleanup()
{
    m_dialog.reset();
    m_dir.reset();
}

std::unique_ptr<OpenDatabaseDialog> TestOpenDatabaseDialog::makeDialog(const QString &current)
{
    auto dialog = std::make_unique<OpenDatabaseDialog>(current);
    dialog->show();
    if (!QTest::qWaitForWindowActive(dialog.get()))
        qWarning("the dialog did not become active");
    return dialog;
}

void TestOpenDatabaseDialog::typePath(const QString &text)
{
    auto *edit = child<QLineEdit>(u"pathEdit"_s);
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

void TestOpenDatabaseDialog::typeUrl(const QString &text)
{
    auto *edit = child<QLineEdit>(u"urlEdit"_s);
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

void TestOpenDatabaseDialog::startsWithTheCurrentFile()
{
    m_dialog = makeDialog(m_current);
    QCOMPARE(m_dialog->windowTitle(), u"Open database"_s);
    QVERIFY(child<QRadioButton>(u"fileRadio"_s)->isChecked());
    QVERIFY(!child<QRadioButton>(u"serverRadio"_s)->isChecked());
    auto *path = child<QLineEdit>(u"pathEdit"_s);
    QCOMPARE(QDir::fromNativeSeparators(path->text()), m_current);
    QVERIFY(path->isEnabled());
    QCOMPARE(m_dialog->focusWidget(), path);
    QVERIFY(child<QPushButton>(u"browseButton"_s)->isEnabled());
    QVERIFY(!child<QLineEdit>(u"urlEdit"_s)->isEnabled());
    QVERIFY(child<QLineEdit>(u"urlEdit"_s)->text().isEmpty());
    QCOMPARE(child<QLineEdit>(u"urlEdit"_s)->placeholderText(),
             u"postgresql://upwatch@db.example.com:5432/upwatch"_s);
    QVERIFY(child<QLabel>(u"urlHint"_s)->text().contains(u"~/.pgpass or PGPASSWORD"_s));
    QVERIFY(openButton()->isEnabled());
    QVERIFY(openButton()->isDefault());
    QCOMPARE(pathMessage()->text(), u"This database is open now."_s);
    QVERIFY(m_dialog->problem().isEmpty());
    QCOMPARE(m_dialog->location(), m_current);
}

void TestOpenDatabaseDialog::startsWithTheCurrentUrl()
{
    m_dialog = makeDialog(kUrl);
    QVERIFY(child<QRadioButton>(u"serverRadio"_s)->isChecked());
    auto *url = child<QLineEdit>(u"urlEdit"_s);
    QCOMPARE(url->text(), kUrl);
    QVERIFY(url->isEnabled());
    QCOMPARE(m_dialog->focusWidget(), url);
    QVERIFY(child<QLineEdit>(u"pathEdit"_s)->text().isEmpty());
    QVERIFY(!child<QLineEdit>(u"pathEdit"_s)->isEnabled());
    QVERIFY(!child<QPushButton>(u"browseButton"_s)->isEnabled());
    QVERIFY(openButton()->isEnabled());
    QCOMPARE(urlMessage()->text(), u"This database is open now."_s);
    QVERIFY(pathMessage()->isHidden());
    QCOMPARE(m_dialog->location(), kUrl);
}

void TestOpenDatabaseDialog::relativeCurrentPathShownInFull()
{
    const QString previous = QDir::currentPath();
    QVERIFY(QDir::setCurrent(m_dir->path()));
    m_dialog = makeDialog(u"current.sqlite"_s);
    QVERIFY(QDir::setCurrent(previous));
    QCOMPARE(QDir::fromNativeSeparators(child<QLineEdit>(u"pathEdit"_s)->text()),
             QFileInfo(m_current).canonicalFilePath());
}

void TestOpenDatabaseDialog::fileProblems_data()
{
    QTest::addColumn<QString>("input"); // {dir} is the temporary folder
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QString()
                           << u"Enter the database file's path, or choose one with Browse…."_s;
    QTest::newRow("spaces") << u"   "_s
                            << u"Enter the database file's path, or choose one with Browse…."_s;
    QTest::newRow("relative") << u"upwatch.sqlite"_s
                              << u"Enter the full path of the file, or choose one with Browse…."_s;
    QTest::newRow("folder") << u"{dir}"_s
                            << u"{dir} is a folder. Enter the name of a database file in it."_s;
    QTest::newRow("folder with slash")
        << u"{dir}/"_s << u"{dir}/ is a folder. Enter the name of a database file in it."_s;
    QTest::newRow("missing folder")
        << u"{dir}/nowhere/upwatch.sqlite"_s << u"The folder {dir}/nowhere does not exist."_s;
    QTest::newRow("url") << kUrl
                         << u"This is the URL of a PostgreSQL database: choose “A PostgreSQL "
                            "server” to open it."_s;
    QTest::newRow("text file") << u"{dir}/notes.txt"_s
                               << u"{dir}/notes.txt is not a database file."_s;
    QTest::newRow("foreign") << u"{dir}/other.db"_s
                             << u"{dir}/other.db is an SQLite database of another program."_s;
}

void TestOpenDatabaseDialog::fileProblems()
{
    QFETCH(QString, input);
    QFETCH(QString, message);
    QVERIFY(writeFile(m_dir->filePath(u"notes.txt"_s), "not a database, but long enough to "
                                                       "have a header's worth of bytes in it, "
                                                       "which this sentence has, surely"));
    QVERIFY(writeFile(m_dir->filePath(u"other.db"_s), foreignHeader()));
    input.replace(u"{dir}"_s, m_dir->path());
    message.replace(u"{dir}"_s, m_dir->path());

    m_dialog = makeDialog(m_current);
    QVERIFY(openButton()->isEnabled());
    typePath(input);
    QCOMPARE(m_dialog->problem(), message);
    QVERIFY(!openButton()->isEnabled());
    QVERIFY(pathMessage()->isVisible());
    QCOMPARE(pathMessage()->text(), message);
    QCOMPARE(child<QLineEdit>(u"pathEdit"_s)->accessibleDescription(), message);
    // Back to something that opens: the message goes, Open comes back.
    typePath(m_current);
    QVERIFY(openButton()->isEnabled());
    QCOMPARE(pathMessage()->text(), u"This database is open now."_s);
}

void TestOpenDatabaseDialog::fileThatCannotBeWritten()
{
    if (::geteuid() == 0)
        QSKIP("root writes anything");
    const QString path = m_dir->filePath(u"readonly.sqlite"_s);
    QVERIFY(QFile::copy(m_current, path));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner));
    m_dialog = makeDialog(m_current);
    typePath(path);
    QVERIFY(!openButton()->isEnabled());
    QCOMPARE(pathMessage()->text(),
             u"Upwatch cannot write to %1: you may only read it."_s.arg(path));
}

void TestOpenDatabaseDialog::newFileIsCreated()
{
    m_dialog = makeDialog(m_current);
    const QString path = m_dir->filePath(u"new.sqlite"_s);
    typePath(path);
    QVERIFY(openButton()->isEnabled());
    QVERIFY(m_dialog->problem().isEmpty());
    QCOMPARE(pathMessage()->text(),
             u"There is no database there yet: Upwatch creates a new, empty one."_s);
    // An empty file is a new database too.
    QVERIFY(writeFile(path, {}));
    typePath(m_current);
    typePath(path);
    QVERIFY(openButton()->isEnabled());
    QCOMPARE(pathMessage()->text(),
             u"There is no database there yet: Upwatch creates a new, empty one."_s);
}

void TestOpenDatabaseDialog::anUpwatchDatabaseOpens()
{
    const QString other = m_dir->filePath(u"other.sqlite"_s);
    QString error;
    QVERIFY2(StoreDatabase::open(other, &error), qPrintable(error));
    m_dialog = makeDialog(m_current);
    typePath(other);
    QVERIFY(openButton()->isEnabled());
    QVERIFY(pathMessage()->isHidden()); // nothing to say
    QCOMPARE(m_dialog->location(), other);
}

void TestOpenDatabaseDialog::urlProblems_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QString() << u"Enter the URL of the PostgreSQL database."_s;
    QTest::newRow("other scheme")
        << u"mysql://db.example.com/upwatch"_s
        << u"A PostgreSQL URL starts with postgresql:// (or postgres://), such as "
           "postgresql://upwatch@db.example.com:5432/upwatch."_s;
    QTest::newRow("a path") << u"/var/lib/upwatch.sqlite"_s
                            << u"A PostgreSQL URL starts with postgresql:// (or postgres://), "
                               "such as postgresql://upwatch@db.example.com:5432/upwatch."_s;
    for (const QString &url :
         {u"postgresql://upwatch:secret@db.example.com/upwatch"_s,
          u"postgresql://upwatch@db.example.com/upwatch?password=secret"_s,
          u"postgresql://db.example.com/upwatch?colour=blue"_s,
          u"postgresql://db.example.com:99999/upwatch"_s, u"postgresql://db.example.com/up/watch"_s,
          u"postgresql://db.example.com/upwatch?sslmode=maybe"_s,
          u"postgresql://db.example.com/upwatch#top"_s}) {
        QTest::newRow(qPrintable(url)) << url << parseError(url);
    }
}

void TestOpenDatabaseDialog::urlProblems()
{
    QFETCH(QString, input);
    QFETCH(QString, message);
    QVERIFY(!message.isEmpty());
    m_dialog = makeDialog(kUrl);
    QVERIFY(openButton()->isEnabled());
    typeUrl(input);
    QVERIFY(!openButton()->isEnabled());
    QVERIFY(urlMessage()->isVisible());
    QCOMPARE(urlMessage()->text(), message);
    QCOMPARE(child<QLineEdit>(u"urlEdit"_s)->accessibleDescription(), message);
    QCOMPARE(m_dialog->problem(), message);
    typeUrl(u"postgres://localhost/upwatch"_s);
    QVERIFY(openButton()->isEnabled());
    QVERIFY(urlMessage()->isHidden());
}

// The URL's sentences take three lines: the label gets them all, above the buttons.
void TestOpenDatabaseDialog::longMessagesAreWhollyShown()
{
    m_dialog = makeDialog(kUrl);
    const auto settle = [] {
        for (int i = 0; i < 5; ++i)
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    };
    settle();
    for (const QString &url :
         {u"postgresql://upwatch:secret@db.example.com:5432/upwatch"_s,
          u"postgresql://upwatch@db.example.com:5432/upwatch?sslmode=sometimes&x=1"_s}) {
        typeUrl(url);
        settle();
        QLabel *label = urlMessage();
        QVERIFY(label->isVisible());
        QVERIFY2(label->height() >= label->heightForWidth(label->width()),
                 qPrintable(u"%1 px for %2 px of text"_s.arg(label->height())
                                .arg(label->heightForWidth(label->width()))));
        QVERIFY(label->heightForWidth(label->width()) > 2 * label->fontMetrics().lineSpacing());
        const QRect buttons = child<QDialogButtonBox>(u"buttonBox"_s)->geometry();
        QVERIFY2(
            label->geometry().bottom() < buttons.top(),
            qPrintable(u"label ends at %1, buttons start at %2"_s.arg(label->geometry().bottom())
                           .arg(buttons.top())));
    }
}

void TestOpenDatabaseDialog::choosingEnablesItsField()
{
    m_dialog = makeDialog(m_current);
    auto *path = child<QLineEdit>(u"pathEdit"_s);
    auto *url = child<QLineEdit>(u"urlEdit"_s);
    auto *server = child<QRadioButton>(u"serverRadio"_s);
    clickRadio(server);
    QVERIFY(server->isChecked());
    QVERIFY(url->isEnabled());
    QCOMPARE(m_dialog->focusWidget(), url);
    QVERIFY(!path->isEnabled());
    QVERIFY(!child<QPushButton>(u"browseButton"_s)->isEnabled());
    // The URL field is empty: its problem shows there, the file's note goes.
    QVERIFY(!openButton()->isEnabled());
    QCOMPARE(urlMessage()->text(), u"Enter the URL of the PostgreSQL database."_s);
    QVERIFY(pathMessage()->isHidden());
    QTest::keyClicks(url, u"postgresql://localhost/upwatch"_s);
    QVERIFY(openButton()->isEnabled());
    QCOMPARE(m_dialog->location(), u"postgresql://localhost/upwatch"_s);

    // Back to the file, by keyboard: the file field is as it was.
    auto *file = child<QRadioButton>(u"fileRadio"_s);
    file->setFocus();
    QTest::keyClick(file, Qt::Key_Space);
    QVERIFY(file->isChecked());
    QVERIFY(path->isEnabled());
    QVERIFY(!url->isEnabled());
    QVERIFY(openButton()->isEnabled());
    QCOMPARE(m_dialog->location(), m_current);
}

void TestOpenDatabaseDialog::tabGoesDownTheDialog()
{
    m_dialog = makeDialog(m_current);
    QStringList order;
    for (int i = 0; i < 6; ++i) {
        QWidget *focused = QApplication::focusWidget();
        QVERIFY(focused);
        order.append(focused->objectName());
        QTest::keyClick(focused, Qt::Key_Tab);
    }
    QCOMPARE(order.mid(0, 5), (QStringList{u"pathEdit"_s, u"browseButton"_s, u"serverRadio"_s,
                                           u"openButton"_s, u"cancelButton"_s}));
}

void TestOpenDatabaseDialog::acceptReturnsTheFile()
{
    m_dialog = makeDialog(m_current);
    QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);
    const QString path = m_dir->filePath(u"next.sqlite"_s);
    typePath(u"  "_s + QDir::toNativeSeparators(path) + u"  "_s);
    QTest::mouseClick(openButton(), Qt::LeftButton);
    QCOMPARE(accepted.size(), 1);
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QCOMPARE(m_dialog->location(), path);
}

void TestOpenDatabaseDialog::acceptReturnsTheUrl()
{
    m_dialog = makeDialog(m_current);
    QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);
    clickRadio(child<QRadioButton>(u"serverRadio"_s));
    QTest::keyClicks(child<QLineEdit>(u"urlEdit"_s), u" "_s + kUrl + u" "_s);
    QTest::keyClick(child<QLineEdit>(u"urlEdit"_s), Qt::Key_Return); // Open is the default
    QCOMPARE(accepted.size(), 1);
    QCOMPARE(m_dialog->location(), kUrl);
}

void TestOpenDatabaseDialog::passwordForAServer()
{
    m_dialog = makeDialog(m_current);
    auto *password = child<QLineEdit>(u"passwordEdit"_s);
    auto *remember = child<QCheckBox>(u"rememberPasswordCheck"_s);
    QVERIFY(password && remember);
    // A file has no password.
    QVERIFY(!password->isEnabled());
    QVERIFY(!remember->isEnabled());
    QVERIFY(m_dialog->password().isEmpty());
    QVERIFY(!m_dialog->rememberPassword());
    QVERIFY(child<QLabel>(u"urlHint"_s)->text().contains(u"keychain"_s));

    clickRadio(child<QRadioButton>(u"serverRadio"_s));
    QTest::keyClicks(child<QLineEdit>(u"urlEdit"_s), kUrl);
    QVERIFY(password->isEnabled());
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    QCOMPARE(password->accessibleName(), u"PostgreSQL password"_s);
    // Nothing typed: the stored one (keychain, ~/.pgpass, PGPASSWORD) is used, nothing is kept.
    QVERIFY(remember->isChecked());
    QVERIFY(!remember->isEnabled());
    QVERIFY(m_dialog->password().isEmpty());
    QVERIFY(!m_dialog->rememberPassword());
    QVERIFY(openButton()->isEnabled());

    // Tab goes from the URL to the password, the check box, then Open.
    QTest::keyClick(child<QLineEdit>(u"urlEdit"_s), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), password);
    QTest::keyClicks(password, u"it's p"_s);
    password->insert(u"\u00e4ss"_s); // QTest types ASCII only

    QVERIFY(remember->isEnabled());
    QCOMPARE(m_dialog->password(), QByteArray("it's p\xc3\xa4ss"));
    QVERIFY(m_dialog->rememberPassword());
    QTest::keyClick(password, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), remember);
    QTest::keyClick(remember, Qt::Key_Space);
    QVERIFY(!remember->isChecked());
    QVERIFY(!m_dialog->rememberPassword());
    QCOMPARE(m_dialog->password(), QByteArray("it's p\xc3\xa4ss")); // used once, not kept
    QTest::keyClick(remember, Qt::Key_Space);
    QVERIFY(m_dialog->rememberPassword());
    // The URL stays without it.
    QCOMPARE(m_dialog->location(), kUrl);

    // Back to a file: no password goes with it.
    clickRadio(child<QRadioButton>(u"fileRadio"_s));
    QVERIFY(!password->isEnabled());
    QVERIFY(!remember->isEnabled());
    QVERIFY(m_dialog->password().isEmpty());
    QVERIFY(!m_dialog->rememberPassword());

    // Return in the password field opens, like anywhere else.
    clickRadio(child<QRadioButton>(u"serverRadio"_s));
    QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);
    QTest::keyClick(password, Qt::Key_Return);
    QCOMPARE(accepted.size(), 1);
    QCOMPARE(m_dialog->password(), QByteArray("it's p\xc3\xa4ss"));
}

void TestOpenDatabaseDialog::passwordForTheDatabaseOpenNow()
{
    // The database open now, again: with a password typed, Upwatch opens it again with it.
    m_dialog = makeDialog(kUrl);
    QCOMPARE(urlMessage()->text(), u"This database is open now."_s);
    QTest::keyClicks(child<QLineEdit>(u"passwordEdit"_s), u"secret"_s);
    QCOMPARE(urlMessage()->text(),
             u"This database is open now: Upwatch opens it again with this password."_s);
    QVERIFY(openButton()->isEnabled());
}

void TestOpenDatabaseDialog::homeFolderIsExpanded()
{
    m_dialog = makeDialog(m_current);
    typePath(u"~/upwatch-test-that-is-not-there.sqlite"_s);
    QCOMPARE(m_dialog->location(), QDir::homePath() + u"/upwatch-test-that-is-not-there.sqlite"_s);
}

void TestOpenDatabaseDialog::enterDoesNothingWhileInvalid()
{
    m_dialog = makeDialog(m_current);
    QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);
    typePath(m_dir->path()); // a folder
    QTest::keyClick(child<QLineEdit>(u"pathEdit"_s), Qt::Key_Return);
    QCOMPARE(accepted.size(), 0);
    QVERIFY(m_dialog->isVisible());
    // Escape cancels.
    QSignalSpy rejected(m_dialog.get(), &QDialog::rejected);
    QTest::keyClick(child<QLineEdit>(u"pathEdit"_s), Qt::Key_Escape);
    QCOMPARE(rejected.size(), 1);
}

void TestOpenDatabaseDialog::browseChoosesFile()
{
    m_dialog = makeDialog(kUrl);
    auto *browse = child<QPushButton>(u"browseButton"_s);
    QCOMPARE(browse->text(), u"&Browse…"_s);
    QVERIFY(!browse->isEnabled()); // the file is not chosen yet
    clickRadio(child<QRadioButton>(u"fileRadio"_s));
    typePath(m_current);
    QVERIFY(browse->isEnabled());
    QTest::mouseClick(browse, Qt::LeftButton);
    QFileDialog *files = nullptr;
    QTRY_VERIFY((files = m_dialog->findChild<QFileDialog *>()) && files->isVisible());
    QVERIFY(files->isModal()); // open(), window-modal: no nested event loop
    QCOMPARE(files->acceptMode(), QFileDialog::AcceptOpen);
    QCOMPARE(files->fileMode(), QFileDialog::AnyFile); // a new file is a new database
    QVERIFY(files->nameFilters().constFirst().contains(u"*.sqlite"_s));
    QVERIFY(files->nameFilters().constLast().contains(u"(*)"_s));
    QCOMPARE(files->directory().absolutePath(), QDir(m_dir->path()).absolutePath());
    QCOMPARE(files->selectedFiles(), QStringList{m_current});

    const QString chosen = m_dir->filePath(u"chosen.sqlite"_s);
    files->selectFile(chosen);
    static_cast<QDialog *>(files)->accept(); // as the Open button does
    QCOMPARE(QDir::fromNativeSeparators(child<QLineEdit>(u"pathEdit"_s)->text()), chosen);
    QVERIFY(openButton()->isEnabled());
    QCOMPARE(m_dialog->location(), chosen);
    QTRY_VERIFY(!m_dialog->findChild<QFileDialog *>()); // deleted on close
}

void TestOpenDatabaseDialog::isSameDatabase_data()
{
    QTest::addColumn<QString>("a"); // {dir} is the temporary folder
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("same");
    QTest::newRow("same file") << u"{dir}/current.sqlite"_s << u"{dir}/current.sqlite"_s << true;
    QTest::newRow("dots") << u"{dir}/./x/../current.sqlite"_s << u"{dir}/current.sqlite"_s << true;
    QTest::newRow("link") << u"{dir}/link.sqlite"_s << u"{dir}/current.sqlite"_s << true;
    QTest::newRow("relative") << u"current.sqlite"_s << u"{dir}/current.sqlite"_s << true;
    QTest::newRow("other file") << u"{dir}/other.sqlite"_s << u"{dir}/current.sqlite"_s << false;
    QTest::newRow("same url") << kUrl << u" "_s + kUrl << true;
    QTest::newRow("other url") << kUrl << u"postgresql://upwatch@db.example.com/upwatch"_s << false;
    QTest::newRow("file and url") << u"{dir}/current.sqlite"_s << kUrl << false;
    QTest::newRow("nothing") << QString() << u"{dir}/current.sqlite"_s << false;
}

void TestOpenDatabaseDialog::isSameDatabase()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, same);
    QVERIFY(QFile::link(m_current, m_dir->filePath(u"link.sqlite"_s)));
    QVERIFY(QDir(m_dir->path()).mkdir(u"x"_s));
    a.replace(u"{dir}"_s, m_dir->path());
    b.replace(u"{dir}"_s, m_dir->path());
    const QString previous = QDir::currentPath();
    QVERIFY(QDir::setCurrent(m_dir->path()));
    const bool answer = OpenDatabaseDialog::isSameDatabase(a, b);
    const bool reverse = OpenDatabaseDialog::isSameDatabase(b, a);
    QVERIFY(QDir::setCurrent(previous));
    QCOMPARE(answer, same);
    QCOMPARE(reverse, same);
}

QTEST_MAIN(TestOpenDatabaseDialog)
#include "tst_opendatabasedialog.moc"
