#include "ui/desktop/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace {

const QString kEnglish = QStringLiteral("en");

// "de-AT", "de_DE", "de" -> "de"; "C" -> "c".
QString languageCode(const QString &uiLanguage)
{
    return uiLanguage.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
}

} // namespace

QList<Translations::Language> Translations::available()
{
    // Each in its own language: a user who cannot read the current one still finds theirs.
    return {{kEnglish, QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("fr"), QStringLiteral("Fran\u00e7ais")}};
}

bool Translations::isAvailable(const QString &code)
{
    for (const Language &language : available()) {
        if (language.code == code)
            return true;
    }
    return false;
}

QString Translations::pick(const QString &chosen, const QStringList &uiLanguages)
{
    if (isAvailable(chosen))
        return chosen;
    for (const QString &uiLanguage : uiLanguages) {
        const QString code = languageCode(uiLanguage);
        if (isAvailable(code))
            return code;
    }
    return kEnglish;
}

QStringList Translations::install(QCoreApplication &app, const QString &code, bool setLocale)
{
    QStringList missing;
    const auto load = [&app, &missing](const QString &name, const QString &folder) {
        auto *translator = new QTranslator(&app);
        if (translator->load(name, folder) && QCoreApplication::installTranslator(translator))
            return;
        delete translator;
        missing.append(name);
    };
    // Qt's own strings first, then ours: the last installed is asked first.
    load(u"qtbase_" + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    load(u"upwatch_" + code, QStringLiteral(":/i18n"));
    if (setLocale)
        QLocale::setDefault(QLocale(code));
    return missing;
}

QString Translations::installFor(QCoreApplication &app, const QString &chosen)
{
    const QString code = pick(chosen, QLocale::system().uiLanguages());
    // A language chosen in the settings also formats numbers and dates; one that follows the
    // system keeps the system's locale (its region too: de_AT, fr_CA).
    (void)install(app, code, isAvailable(chosen));
    return code;
}
