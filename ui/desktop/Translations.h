#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QCoreApplication;

// The languages Upwatch speaks and loading them: Qt's own strings (qtbase_<lang>.qm from the Qt
// installation) and Upwatch's (:/i18n/upwatch_<lang>.qm, built into upwatch_ui). English loads
// upwatch_en too: it holds the English plural forms ("1 monitor", "2 monitors").
// QtCore only, so the command line uses it as well as the window.
class Translations final {
public:
    struct Language {
        QString code;       // "en", "de", "fr"
        QString nativeName; // the language's name in itself: "Deutsch"
    };

    // Every language with a translation, English first.
    [[nodiscard]] static QList<Language> available();
    [[nodiscard]] static bool isAvailable(const QString &code);

    // The language to use: `chosen` (a code from the settings) when it is available; else the
    // first of `uiLanguages` (QLocale::system().uiLanguages(), most preferred first) that is;
    // else English.
    [[nodiscard]] static QString pick(const QString &chosen, const QStringList &uiLanguages);

    // Installs the translators of `code` into `app` (which owns them) and, when `setLocale`,
    // makes it the default locale so numbers and dates read the same as the text. Returns what
    // could not be loaded (empty when all loaded).
    static QStringList install(QCoreApplication &app, const QString &code, bool setLocale);

    // Chooses and installs: the settings' language (empty: follow the system) for the window,
    // the system's for the command line. Returns the code installed.
    static QString installFor(QCoreApplication &app, const QString &chosen);
};
