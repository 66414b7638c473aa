#include "core/base/SystemClock.h"
#include "ui/desktop/DesktopApp.h"
#include "ui/desktop/DesktopSession.h"
#include "ui/window/AboutDialog.h"
#include "ui/window/AppIcons.h"
#include "ui/window/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

class TestAboutDialog final : public QObject {
    Q_OBJECT

private slots:
    void showsVersionAndDescription();
    void linksToHomepageAndLicence();
    void showsQtVersionAndDatabase();
    void showsAppIcon();
    void aboutQtOpensQtsBox();
    void closeButtonCloses();
    void appIconIsTheWindowIconAndHelpAboutOpensIt();

private:
    [[nodiscard]] static QString textOf(const AboutDialog &dialog, const QString &name);
};

QString TestAboutDialog::textOf(const AboutDialog &dialog, const QString &name)
{
    const auto *label = dialog.findChild<QLabel *>(name);
    return label != nullptr ? label->text() : QString();
}

void TestAboutDialog::showsVersionAndDescription()
{
    AboutDialog dialog(u"/tmp/upwatch.db"_s);
    QCOMPARE(dialog.windowTitle(), u"About Upwatch"_s);
    const QString title = textOf(dialog, u"title"_s);
    QVERIFY2(title.contains(u"Upwatch"_s), qPrintable(title));
    QVERIFY2(title.contains(QStringLiteral(UPWATCH_VERSION)), qPrintable(title));
    QVERIFY(!textOf(dialog, u"description"_s).isEmpty());
}

void TestAboutDialog::linksToHomepageAndLicence()
{
    AboutDialog dialog(u"/tmp/upwatch.db"_s);
    const auto *homepage = dialog.findChild<QLabel *>(u"homepage"_s);
    QVERIFY(homepage);
    QVERIFY(homepage->openExternalLinks());
    QVERIFY(homepage->text().contains(u"href=\"%1\""_s.arg(QStringLiteral(UPWATCH_HOMEPAGE))));

    const auto *licence = dialog.findChild<QLabel *>(u"licence"_s);
    QVERIFY(licence);
    QVERIFY(licence->openExternalLinks());
    QVERIFY(licence->text().contains(u"GPL-3.0-or-later"_s));
    QVERIFY(licence->text().contains(u"href=\"https://www.gnu.org/licenses/gpl-3.0.html\""_s));
    QVERIFY(licence->text().contains(u"NO WARRANTY"_s));
}

void TestAboutDialog::showsQtVersionAndDatabase()
{
    AboutDialog dialog(u"/tmp/a <b>.db"_s);
    QVERIFY(textOf(dialog, u"qtVersion"_s).contains(QString::fromLatin1(qVersion())));
    // The path is text, not markup.
    QVERIFY(textOf(dialog, u"database"_s).contains(u"/tmp/a &lt;b&gt;.db"_s));
}

void TestAboutDialog::showsAppIcon()
{
    AboutDialog dialog(u"/tmp/upwatch.db"_s);
    const auto *icon = dialog.findChild<QLabel *>(u"appIcon"_s);
    QVERIFY(icon);
    const QPixmap shown = icon->pixmap();
    QVERIFY(!shown.isNull());
    QCOMPARE(shown.deviceIndependentSize().toSize(), QSize(64, 64));
    QCOMPARE(shown.toImage(), AppIcons::app().pixmap(QSize(64, 64)).toImage());
    QVERIFY(!dialog.windowIcon().isNull());
}

void TestAboutDialog::aboutQtOpensQtsBox()
{
    AboutDialog dialog(u"/tmp/upwatch.db"_s);
    dialog.show();
    auto *aboutQt = dialog.findChild<QPushButton *>(u"aboutQtButton"_s);
    QVERIFY(aboutQt);
    QCOMPARE(aboutQt->text(), u"About &Qt"_s);

    // Qt's box may run its own event loop: find it from a timer, note its text and close it.
    QString seen;
    auto closeQtBox = [&seen] {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *box = qobject_cast<QMessageBox *>(widget); box && box->isVisible()) {
                seen = box->windowTitle();
                box->close();
            }
        }
    };
    QTimer poll;
    poll.setInterval(10);
    connect(&poll, &QTimer::timeout, &dialog, closeQtBox);
    poll.start();
    QTest::mouseClick(aboutQt, Qt::LeftButton);
    QTRY_COMPARE(seen, u"About Qt"_s);
}

void TestAboutDialog::closeButtonCloses()
{
    AboutDialog dialog(u"/tmp/upwatch.db"_s);
    dialog.show();
    QVERIFY(dialog.isVisible());
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    QVERIFY(buttons);
    QPushButton *close = buttons->button(QDialogButtonBox::Close);
    QVERIFY(close);
    QTest::mouseClick(close, Qt::LeftButton);
    QVERIFY(!dialog.isVisible());
}

void TestAboutDialog::appIconIsTheWindowIconAndHelpAboutOpensIt()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QSettings settings(dir.filePath(u"upwatch.ini"_s), QSettings::IniFormat);
    DesktopApp::Options options;
    options.databasePath = dir.filePath(u"upwatch.sqlite"_s);
    options.useTray = false;
    DesktopApp app(options, settings, std::make_shared<SystemClock>());
    QSignalSpy loaded(&app.session(), &DesktopSession::loaded);
    app.start();
    QVERIFY(loaded.wait(10'000));

    // The desktop matches the windows to io.github.upwatch.Upwatch.desktop and its icon.
    QCOMPARE(QGuiApplication::desktopFileName(), u"io.github.upwatch.Upwatch"_s);
    const QImage appIcon = AppIcons::app().pixmap(QSize(32, 32)).toImage();
    QCOMPARE(QGuiApplication::windowIcon().pixmap(QSize(32, 32)).toImage(), appIcon);
    MainWindow &window = app.window();
    QCOMPARE(window.windowIcon().pixmap(QSize(32, 32)).toImage(), appIcon);

    QAction *about = nullptr;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->text() == u"&About Upwatch"_s)
            about = action;
    }
    QVERIFY(about);
    about->trigger();
    auto *dialog = window.findChild<AboutDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(textOf(*dialog, u"database"_s).contains(options.databasePath));
    dialog->reject();

    QSignalSpy finished(&app, &DesktopApp::finished);
    app.quit();
    QVERIFY(finished.wait(15'000));
}

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
