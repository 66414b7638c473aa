#include "ui/window/MaintenanceListModel.h"
#include "ui/window/MaintenanceText.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <cstdlib>
#include <ctime>

using namespace Qt::StringLiterals;

namespace {

// Wednesday 2 December 2026, 10:00 UTC; the test runs in UTC.
const QDateTime kNow(QDate(2026, 12, 2), QTime(10, 0), Qt::UTC);

MaintenanceWindow once(qint64 id, const QString &name, qint64 fromMinutes, qint64 toMinutes)
{
    MaintenanceWindow window;
    window.id = id;
    window.name = name;
    window.kind = MaintenanceKind::Once;
    window.startsAt = kNow.addSecs(fromMinutes * 60);
    window.endsAt = kNow.addSecs(toMinutes * 60);
    return window;
}

MaintenanceWindow saturdayNights(qint64 id)
{
    MaintenanceWindow window;
    window.id = id;
    window.name = u"Backups"_s;
    window.kind = MaintenanceKind::Weekly;
    window.weekdays = MaintenanceText::weekdayBit(Qt::Saturday);
    window.startMinute = 23 * 60;
    window.durationMinutes = 3 * 60;
    window.tags = {u"db"_s, u"prod"_s};
    return window;
}

QString cell(const QAbstractItemModel &model, int row, int column)
{
    return model.index(row, column).data().toString();
}

} // namespace

// The list of maintenance windows as a table: what each column says (open, next, ended; whom
// it covers; the schedule), merging new lists by id without a reset, and the status moving on
// with the time.
class TestMaintenanceListModel final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void columnsSayWhatAndWhen();
    void mergesByIdAndMovesOnWithTime();
};

void TestMaintenanceListModel::initTestCase()
{
    qputenv("TZ", "UTC");
    tzset();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestMaintenanceListModel::columnsSayWhatAndWhen()
{
    MaintenanceListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setNow(kNow);
    model.setMonitorNames({{1, u"Shop"_s}, {2, u"API"_s}});

    MaintenanceWindow deploy = once(1, u"Deploy"_s, -30, 60); // open until 11:00
    deploy.monitorIds = {1, 2};
    const MaintenanceWindow past = once(2, u"Migration"_s, -300, -240);
    model.setWindows({deploy, saturdayNights(3), past});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(MaintenanceListModel::ColumnCount));
    QCOMPARE(model.headerData(MaintenanceListModel::StatusColumn, Qt::Horizontal, Qt::DisplayRole)
                 .toString(),
             u"Status"_s);

    QCOMPARE(cell(model, 0, MaintenanceListModel::NameColumn), u"Deploy"_s);
    QCOMPARE(cell(model, 0, MaintenanceListModel::AppliesToColumn), u"Shop, API"_s);
    QCOMPARE(cell(model, 0, MaintenanceListModel::ScheduleColumn),
             u"Once, Wed 2 Dec 09:30\u201311:00"_s);
    QCOMPARE(cell(model, 0, MaintenanceListModel::StatusColumn), u"Open until 11:00"_s);
    QVERIFY(model.index(0, 0).data(MaintenanceListModel::OpenRole).toBool());
    QCOMPARE(model.index(0, 0).data(MaintenanceListModel::WindowIdRole).toLongLong(), 1);

    QCOMPARE(cell(model, 1, MaintenanceListModel::AppliesToColumn), u"Tags: db, prod"_s);
    QCOMPARE(cell(model, 1, MaintenanceListModel::ScheduleColumn), u"Every Sat at 23:00 for 3 h"_s);
    QCOMPARE(cell(model, 1, MaintenanceListModel::StatusColumn), u"Next Sat 23:00"_s);
    QVERIFY(!model.index(1, 0).data(MaintenanceListModel::OpenRole).toBool());
    QCOMPARE(model.index(1, MaintenanceListModel::StatusColumn).data(Qt::ToolTipRole).toString(),
             u"Next: Sat 5 Dec 23:00 \u2013 Sun 6 Dec 02:00"_s);

    QCOMPARE(cell(model, 2, MaintenanceListModel::AppliesToColumn), u"All monitors"_s);
    QCOMPARE(cell(model, 2, MaintenanceListModel::StatusColumn), u"Ended"_s);

    // Many monitors: the first three and a count; an unknown id reads as such.
    MaintenanceWindow many = once(4, u"Many"_s, 10, 20);
    many.monitorIds = {1, 2, 9, 10, 11};
    many.tags = {u"edge"_s};
    model.setWindows({deploy, saturdayNights(3), past, many});
    QCOMPARE(cell(model, 3, MaintenanceListModel::AppliesToColumn),
             u"Shop, API, monitor 9 and 2 more; tags: edge"_s);
    QCOMPARE(cell(model, 3, MaintenanceListModel::StatusColumn), u"Next today 10:10"_s);
}

void TestMaintenanceListModel::mergesByIdAndMovesOnWithTime()
{
    MaintenanceListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setNow(kNow);
    model.setWindows({once(1, u"A"_s, -30, 60), once(2, u"B"_s, 30, 60), saturdayNights(3)});

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    // B goes, A is renamed, D comes.
    model.setWindows({once(1, u"A2"_s, -30, 60), saturdayNights(3), once(4, u"D"_s, 0, 5)});
    QCOMPARE(reset.size(), 0);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.rowOf(2), -1);
    QCOMPARE(cell(model, model.rowOf(1), 0), u"A2"_s);
    QCOMPARE(model.windowAt(model.rowOf(4))->name, u"D"_s);
    QVERIFY(!model.windowAt(7));

    // An hour and a half later A has ended, and Saturday's window opens at 23:00.
    model.setNow(kNow.addSecs(90 * 60));
    QCOMPARE(cell(model, model.rowOf(1), MaintenanceListModel::StatusColumn), u"Ended"_s);
    model.setNow(QDateTime(QDate(2026, 12, 5), QTime(23, 30), Qt::UTC));
    QCOMPARE(cell(model, model.rowOf(3), MaintenanceListModel::StatusColumn),
             u"Open until Sun 6 Dec 02:00"_s);
    QVERIFY(model.index(model.rowOf(3), 0).data(MaintenanceListModel::OpenRole).toBool());
    model.setNow(QDateTime(QDate(2026, 12, 6), QTime(0, 30), Qt::UTC));
    QCOMPARE(cell(model, model.rowOf(3), MaintenanceListModel::StatusColumn),
             u"Open until 02:00"_s);

    model.setWindows({});
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(TestMaintenanceListModel)
#include "tst_maintenancelistmodel.moc"
