#include "core/base/SystemClock.h"
#include "ui/desktop/AppSettings.h"
#include "ui/desktop/DesktopApp.h"
#include "ui/desktop/DesktopSession.h"
#include "ui/desktop/Translations.h"
#include "ui/dialogs/SettingsDialog.h"
#include "ui/window/MainWindow.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;

// Issue 13: the translations are built in, load for the language of the settings or the system,
// and the window and the command line speak German when asked to.
class TestTranslations final : public QObject {
    Q_OBJECT

private slots:
    void cleanup();

    void picksTheLanguage_data();
    void picksTheLanguage();
    void translationsAreBuiltIn();
    void englishHasItsPluralForms();
    void languageSettingRoundTrips();
    void settingsDialogChoosesTheLanguage();
    void windowMenusReadGermanWhenSetToGerman();
    void commandLineFollowsLang_data();
    void commandLineFollowsLang();
};

void TestTranslations::cleanup()
{
    // Back to no translation, the way every other test runs.
    for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    QLocale::setDefault(QLocale::c());
}

void TestTranslations::picksTheLanguage_data()
{
    QTest::addColumn<QString>("chosen");
    QTest::addColumn<QStringList>("uiLanguages");
    QTest::addColumn<QString>("expected");
    QTest::newRow("system German") << QString() << QStringList{u"de-DE"_s, u"de"_s} << u"de"_s;
    QTest::newRow("system Austrian German") << QString() << QStringList{u"de-AT"_s} << u"de"_s;
    QTest::newRow("system French") << QString() << QStringList{u"fr_FR"_s} << u"fr"_s;
    QTest::newRow("C locale") << QString() << QStringList{u"C"_s} << u"en"_s;
    QTest::newRow("no languages") << QString() << QStringList() << u"en"_s;
    QTest::newRow("first we have")
        << QString() << QStringList{u"ja"_s, u"fr-CA"_s, u"de"_s} << u"fr"_s;
    QTest::newRow("setting wins") << u"fr"_s << QStringList{u"de-DE"_s} << u"fr"_s;
    QTest::newRow("English setting") << u"en"_s << QStringList{u"de-DE"_s} << u"en"_s;
    QTest::newRow("unknown setting") << u"xx"_s << QStringList{u"de-DE"_s} << u"de"_s;
}

void TestTranslations::picksTheLanguage()
{
    QFETCH(QString, chosen);
    QFETCH(QStringList, uiLanguages);
    QFETCH(QString, expected);
    QCOMPARE(Translations::pick(chosen, uiLanguages), expected);
}

void TestTranslations::translationsAreBuiltIn()
{
    for (const Translations::Language &language : Translations::available()) {
        const QString path = u":/i18n/upwatch_%1.qm"_s.arg(language.code);
        QVERIFY2(QFile::exists(path), qPrintable(path));
    }
    QCOMPARE(Translations::available().size(), 3);
    QCOMPARE(Translations::available().at(1).nativeName, u"Deutsch"_s);
    QCOMPARE(Translations::available().at(2).nativeName, u"Fran\u00e7ais"_s);
}

void TestTranslations::englishHasItsPluralForms()
{
    // Without upwatch_en the source text shows: "1 attempt(s)".
    QVERIFY(Translations::install(*qApp, u"en"_s, false).filter(u"upwatch"_s).isEmpty());
    QCOMPARE(QCoreApplication::translate("ChannelCommand", "%n attempt(s)", nullptr, 1),
             u"1 attempt"_s);
    QCOMPARE(QCoreApplication::translate("ChannelCommand", "%n attempt(s)", nullptr, 3),
             u"3 attempts"_s);
}

void TestTranslations::languageSettingRoundTrips()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"upwatch.ini"_s), QSettings::IniFormat);
    QCOMPARE(AppSettings::load(settings).language, QString()); // follows the system
    AppSettings chosen;
    chosen.language = u"fr"_s;
    chosen.save(settings);
    QCOMPARE(AppSettings::load(settings).language, u"fr"_s);
    settings.setValue(u"general/language"_s, u"klingon"_s);
    QCOMPARE(AppSettings::load(settings).language, QString());
}

void TestTranslations::settingsDialogChoosesTheLanguage()
{
    AppSettings german;
    german.language = u"de"_s;
    SettingsDialog dialog(german);
    auto *combo = dialog.findChild<QComboBox *>(u"languageCombo"_s);
    QVERIFY(combo);
    QCOMPARE(combo->currentText(), u"Deutsch"_s);
    QStringList shown;
    for (int i = 0; i < combo->count(); ++i)
        shown.append(combo->itemText(i));
    QCOMPARE(shown,
             (QStringList{u"System default"_s, u"English"_s, u"Deutsch"_s, u"Fran\u00e7ais"_s}));
    QCOMPARE(dialog.settings().language, u"de"_s);
    combo->setCurrentIndex(combo->findData(u"fr"_s));
    QCOMPARE(dialog.settings().language, u"fr"_s);
    combo->setCurrentIndex(0);
    QCOMPARE(dialog.settings().language, QString()); // follows the system
}

void TestTranslations::windowMenusReadGermanWhenSetToGerman()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QSettings settings(dir.filePath(u"upwatch.ini"_s), QSettings::IniFormat);
    AppSettings german;
    german.language = u"de"_s;
    german.save(settings);

    // What main() does before it opens the window.
    QCOMPARE(Translations::installFor(*qApp, AppSettings::load(settings).language), u"de"_s);
    QCOMPARE(QLocale().language(), QLocale::German);

    DesktopApp::Options options;
    options.databasePath = dir.filePath(u"upwatch.sqlite"_s);
    options.useTray = false;
    DesktopApp app(options, settings, std::make_shared<SystemClock>());
    QSignalSpy loaded(&app.session(), &DesktopSession::loaded);
    app.start();
    QVERIFY(loaded.wait(10'000));

    QStringList titles;
    for (const QAction *action : app.window().menuBar()->actions())
        titles.append(action->text());
    QVERIFY2(titles.contains(u"&Datei"_s), qPrintable(titles.join(u", ")));
    QVERIFY2(titles.contains(u"&Ansicht"_s), qPrintable(titles.join(u", ")));
    QVERIFY2(titles.contains(u"&Hilfe"_s), qPrintable(titles.join(u", ")));
    QMenu *file = app.window().menuBar()->actions().constFirst()->menu();
    QVERIFY(file);
    QStringList items;
    for (const QAction *action : file->actions())
        items.append(action->text());
    QVERIFY2(items.contains(u"&Einstellungen…"_s), qPrintable(items.join(u", ")));
    QVERIFY2(items.contains(u"&Beenden"_s), qPrintable(items.join(u", ")));

    // The table's headings fit in German ("Verfügbarkeit 24 h"), and so does the longest state.
    auto *table = app.window().findChild<QTableView *>();
    QVERIFY(table);
    const QHeaderView *header = table->horizontalHeader();
    for (int column = 0; column < header->count(); ++column) {
        if (header->sectionResizeMode(column) == QHeaderView::Interactive)
            QVERIFY2(header->sectionSize(column) >= header->sectionSizeHint(column),
                     qPrintable(table->model()->headerData(column, Qt::Horizontal).toString()));
    }
    const int beeintraechtigt = table->fontMetrics().horizontalAdvance(u"Beeintr\u00e4chtigt"_s);
    QVERIFY(header->sectionSize(0) > beeintraechtigt);

    QSignalSpy finished(&app, &DesktopApp::finished);
    app.quit();
    QVERIFY(finished.wait(15'000));
}

void TestTranslations::commandLineFollowsLang_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("expected");
    QTest::newRow("German")
        << u"de_DE.UTF-8"_s
        << u"upwatch: unbekannter Befehl \u201Efrobnicate\u201C (siehe \u201Eupwatch --help\u201C)\n"_s;
    QTest::newRow("C") << u"C.UTF-8"_s
                       << u"upwatch: unknown command 'frobnicate' (see 'upwatch --help')\n"_s;
}

void TestTranslations::commandLineFollowsLang()
{
    QFETCH(QString, lang);
    QFETCH(QString, expected);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"LC_ALL"_s);
    environment.remove(u"LC_MESSAGES"_s);
    environment.remove(u"LANGUAGE"_s);
    environment.insert(u"LANG"_s, lang);
    QProcess upwatch;
    upwatch.setProcessEnvironment(environment);
    upwatch.start(QStringLiteral(UPWATCH_BINARY), {u"frobnicate"_s});
    QVERIFY(upwatch.waitForFinished(60'000));
    QCOMPARE(upwatch.exitCode(), 2);
    QCOMPARE(QString::fromUtf8(upwatch.readAllStandardError()), expected);
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
