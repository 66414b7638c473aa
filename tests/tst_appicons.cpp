#include "ui/tray/NotificationIcon.h"
#include "ui/tray/TrayController.h"
#include "ui/window/AppIcons.h"
#include "ui/window/StatusStyle.h"

#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr std::array kStates{MonitorState::Pending,     MonitorState::Up,
                             MonitorState::Degraded,    MonitorState::Down,
                             MonitorState::Unreachable, MonitorState::Paused};

QImage imageOf(const QIcon &icon, int side, qreal ratio = 1.0)
{
    return icon.pixmap(QSize(side, side), ratio).toImage();
}

// The colour in the middle of the left edge of an icon's badge (inside its outline).
QColor badgeColor(const QIcon &icon)
{
    return imageOf(icon, 64).pixelColor(10, 40);
}

bool near(const QColor &a, const QColor &b)
{
    return qAbs(a.red() - b.red()) <= 8 && qAbs(a.green() - b.green()) <= 8 &&
           qAbs(a.blue() - b.blue()) <= 8;
}

} // namespace

// The icons in resources/upwatch.qrc: compiled in, drawn at the size asked for, one per state.
class TestAppIcons final : public QObject {
    Q_OBJECT

private slots:
    void appIconIsCompiledIn();
    void appIconIsSharpAtEverySize();
    void stateIconsAreDistinctAndColoured();
    void trayIconsAreDistinctAndColoured();
    void missingIconIsNull();
    void notificationIconFile();
};

void TestAppIcons::appIconIsCompiledIn()
{
    QVERIFY(!AppIcons::app().isNull());
    // Registered from the static library: every file of resources/upwatch.qrc is there.
    QVERIFY(QFile::exists(u":/icons/upwatch.svg"_s));
    for (const MonitorState state : kStates) {
        const QString name = StatusStyle::iconName(state);
        QVERIFY2(QFile::exists(u":/icons/state/%1.svg"_s.arg(name)), qPrintable(name));
        QVERIFY2(QFile::exists(u":/icons/tray/%1.svg"_s.arg(name)), qPrintable(name));
    }
    QVERIFY(QFile::exists(u":/icons/tray/none.svg"_s));
    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256}) {
        const QImage png = QImage::fromData(AppIcons::appPng(size), "PNG");
        QCOMPARE(png.size(), QSize(size, size));
    }
    QVERIFY(AppIcons::appPng(20).isEmpty());
    QVERIFY(AppIcons::app().availableSizes().contains(QSize(256, 256)));
}

void TestAppIcons::appIconIsSharpAtEverySize()
{
    // Drawn at the size asked for (not a scaled 16 px bitmap), HiDPI included.
    for (const int side : {16, 24, 48, 256}) {
        const QImage image = imageOf(AppIcons::app(), side);
        QCOMPARE(image.size(), QSize(side, side));
        // The badge fills the square: its centre row is opaque; the corners are rounded off.
        QCOMPARE(image.pixelColor(side / 2, side / 2).alpha(), 255);
        QVERIFY(image.pixelColor(0, 0).alpha() < 128);
    }
    QCOMPARE(imageOf(AppIcons::app(), 24, 2.0).size(), QSize(48, 48));
}

void TestAppIcons::stateIconsAreDistinctAndColoured()
{
    QList<QImage> seen;
    for (const MonitorState state : kStates) {
        const QIcon icon = StatusStyle::icon(state);
        QVERIFY2(!icon.isNull(), qPrintable(monitorStateName(state)));
        QVERIFY2(near(badgeColor(icon), StatusStyle::color(state)),
                 qPrintable(monitorStateName(state) + u": "_s + badgeColor(icon).name()));
        const QImage image = imageOf(icon, 22);
        QVERIFY(!seen.contains(image));
        seen.append(image);
        // Cached: the same icon every time.
        QCOMPARE(StatusStyle::icon(state).cacheKey(), icon.cacheKey());
    }
}

void TestAppIcons::trayIconsAreDistinctAndColoured()
{
    QList<QImage> seen;
    for (const MonitorState state : kStates) {
        const QIcon icon = TrayController::stateIcon(state);
        QVERIFY(!icon.isNull());
        QVERIFY2(near(badgeColor(icon), StatusStyle::color(state)),
                 qPrintable(monitorStateName(state) + u": "_s + badgeColor(icon).name()));
        const QImage image = imageOf(icon, 22);
        QVERIFY(!seen.contains(image));
        QVERIFY(image != imageOf(StatusStyle::icon(state), 22));
        seen.append(image);
    }
    // No monitors: a neutral grey, unlike every state.
    const QColor none = badgeColor(TrayController::noMonitorsIcon());
    QVERIFY(qAbs(none.red() - none.blue()) < 24 && qAbs(none.green() - none.blue()) < 24);
    QVERIFY(!seen.contains(imageOf(TrayController::noMonitorsIcon(), 22)));
}

void TestAppIcons::missingIconIsNull()
{
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"Cannot open file"_s));
    QVERIFY(AppIcons::fromSvg(u":/icons/no-such-icon.svg"_s).isNull());
}

void TestAppIcons::notificationIconFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = NotificationIcon::writeFile(dir.filePath(u"cache/deep"_s));
    QVERIFY(!path.isEmpty());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), AppIcons::appPng(64));
    file.close();
    QCOMPARE(QImage(path).size(), QSize(64, 64));

    // A stale or damaged file is replaced; a good one is kept.
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("not a png");
    file.close();
    QCOMPARE(NotificationIcon::writeFile(dir.filePath(u"cache/deep"_s)), path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), AppIcons::appPng(64));
    file.close();

    // A folder that cannot be made: no file, no crash.
    QFile blocker(dir.filePath(u"blocker"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    QVERIFY(NotificationIcon::writeFile(dir.filePath(u"blocker/sub"_s)).isEmpty());
}

QTEST_MAIN(TestAppIcons)
#include "tst_appicons.moc"
