#include "core/store/ChannelStore.h"
#include "core/store/MaintenanceStore.h"
#include "core/store/MonitorStore.h"
#include "core/store/StoreDatabase.h"
#include "tests/support/Builders.h"
#include "tests/support/StoreHelpers.h"

#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

MaintenanceWindow deploy(const QString &name)
{
    MaintenanceWindow window;
    window.name = name;
    window.kind = MaintenanceKind::Once;
    window.startsAt = QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC);
    window.endsAt = QDateTime(QDate(2026, 11, 20), QTime(12, 30), Qt::UTC);
    window.monitorIds = {4, 2};
    return window;
}

MaintenanceWindow backup(const QString &name)
{
    MaintenanceWindow window;
    window.name = name;
    window.kind = MaintenanceKind::Weekly;
    window.weekdays = (1 << 4) | (1 << 6); // Friday and Sunday
    window.startMinute = 22 * 60 + 30;
    window.durationMinutes = 240;
    window.timeZone = u"Europe/Berlin"_s;
    window.tags = {u"prod"_s, u"eu"_s};
    return window;
}

} // namespace

class TestMaintenanceStore final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void addAndList();
    void update();
    void remove();
    void findByNameOrId();
    void duplicateNameIsRefused();
    void invalidWindowIsRefused();
    void storedAsDocumented();
    void revisionChangesOnEveryChange();
    void revisionSeenByAnotherConnection();
    void idsAreNeverReused();

private:
    std::unique_ptr<TempDatabase> m_db;
};

void TestMaintenanceStore::initTestCase()
{
    UPWATCH_SKIP_UNLESS_ENGINE_RUNS();
}

void TestMaintenanceStore::init()
{
    m_db = std::make_unique<TempDatabase>();
    QVERIFY2(m_db->isOpen(), qPrintable(m_db->error()));
}

void TestMaintenanceStore::cleanup()
{
    m_db.reset();
}

void TestMaintenanceStore::addAndList()
{
    MaintenanceStore store(m_db->db());
    QCOMPARE(store.all()->size(), 0);
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    MaintenanceWindow first = deploy(u" release "_s);
    QVERIFY2(store.add(first), qPrintable(store.lastError()));
    QVERIFY(first.id > 0);
    QCOMPARE(first.name, u"release"_s);
    QVERIFY(first.createdAt.isValid());
    QVERIFY(first.createdAt >= before);
    QVERIFY(first.createdAt <= QDateTime::currentDateTimeUtc().addSecs(1));
    MaintenanceWindow second = backup(u"nightly backup"_s);
    QVERIFY2(store.add(second), qPrintable(store.lastError()));
    QVERIFY(second.id > first.id);
    const auto all = store.all();
    QVERIFY(all);
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->at(0), first);
    QCOMPARE(all->at(1), second);
    QCOMPARE(all->at(0).monitorIds, (QList<qint64>{4, 2}));
    QCOMPARE(all->at(1).tags, (QStringList{u"prod"_s, u"eu"_s}));
    QCOMPARE(all->at(1).kind, MaintenanceKind::Weekly);
    QCOMPARE(all->at(1).timeZone, u"Europe/Berlin"_s);
    QVERIFY(!all->at(1).startsAt.isValid());
    // Every monitor: both lists empty, read back empty.
    MaintenanceWindow everything = backup(u"all"_s);
    everything.tags.clear();
    everything.timeZone.clear();
    QVERIFY2(store.add(everything), qPrintable(store.lastError()));
    const auto read = store.byId(everything.id);
    QVERIFY(read);
    QVERIFY(read->coversAllMonitors());
    QCOMPARE(*read, everything);
}

void TestMaintenanceStore::update()
{
    MaintenanceStore store(m_db->db());
    MaintenanceWindow window = backup(u"nightly"_s);
    QVERIFY(store.add(window));
    const QDateTime created = window.createdAt;
    window.name = u"weekend"_s;
    window.weekdays = 1 << 5;
    window.startMinute = 0;
    window.durationMinutes = 3 * 24 * 60;
    window.tags = {u"staging"_s};
    window.monitorIds = {9};
    QVERIFY2(store.update(window), qPrintable(store.lastError()));
    const auto read = store.byId(window.id);
    QVERIFY(read);
    QCOMPARE(*read, window);
    QCOMPARE(read->createdAt, created);
    // One-off now.
    window.kind = MaintenanceKind::Once;
    window.startsAt = QDateTime(QDate(2027, 1, 1), QTime(0, 0), Qt::UTC);
    window.endsAt = window.startsAt.addSecs(3600);
    QVERIFY2(store.update(window), qPrintable(store.lastError()));
    QCOMPARE(*store.byId(window.id), window);

    MaintenanceWindow missing = window;
    missing.id = 999;
    missing.name = u"gone"_s;
    QVERIFY(!store.update(missing));
    QVERIFY2(store.lastError().contains(u"there is no maintenance window with id 999"),
             qPrintable(store.lastError()));
}

void TestMaintenanceStore::remove()
{
    MaintenanceStore store(m_db->db());
    MaintenanceWindow window = deploy(u"release"_s);
    MaintenanceWindow other = backup(u"nightly"_s);
    QVERIFY(store.add(window));
    QVERIFY(store.add(other));
    QVERIFY2(store.remove(window.id), qPrintable(store.lastError()));
    const auto all = store.all();
    QCOMPARE(all->size(), 1);
    QCOMPARE(all->constFirst().name, u"nightly"_s);
    QVERIFY(!store.remove(window.id));
    QVERIFY2(store.lastError().contains(u"there is no maintenance window"),
             qPrintable(store.lastError()));
    QVERIFY(!store.byId(window.id));
}

void TestMaintenanceStore::findByNameOrId()
{
    MaintenanceStore store(m_db->db());
    MaintenanceWindow release = deploy(u"release"_s);
    MaintenanceWindow numbered = backup(u"1"_s);
    QVERIFY(store.add(release));
    QVERIFY(store.add(numbered));
    QCOMPARE(release.id, 1);
    QCOMPARE(numbered.id, 2);
    QCOMPARE(store.find(u"release"_s)->id, release.id);
    QCOMPARE(store.find(u" release "_s)->id, release.id);
    // A name wins over an id: "1" is the window named so, not the one with id 1.
    QCOMPARE(store.find(u"1"_s)->id, numbered.id);
    QCOMPARE(store.find(u"2"_s)->id, numbered.id);
    QVERIFY(!store.find(u"3"_s));
    QVERIFY(!store.find(u"nope"_s));
    QVERIFY2(store.lastError().contains(u"there is no maintenance window with the id or name "
                                        u"'nope'"),
             qPrintable(store.lastError()));
}

void TestMaintenanceStore::duplicateNameIsRefused()
{
    MaintenanceStore store(m_db->db());
    MaintenanceWindow first = deploy(u"release"_s);
    QVERIFY(store.add(first));
    MaintenanceWindow again = backup(u"release"_s);
    QVERIFY(!store.add(again));
    QCOMPARE(again.id, 0);
    QVERIFY2(store.lastError().contains(u"a maintenance window named 'release' already exists "
                                        u"(id %1)"_s.arg(first.id)),
             qPrintable(store.lastError()));
    QCOMPARE(store.all()->size(), 1);
    // Renaming another one onto it too.
    MaintenanceWindow other = backup(u"nightly"_s);
    QVERIFY(store.add(other));
    other.name = u"release"_s;
    QVERIFY(!store.update(other));
    QCOMPARE(store.byId(other.id)->name, u"nightly"_s);
    // The refusals left no transaction open: the next change goes through.
    MaintenanceWindow third = backup(u"third"_s);
    QVERIFY2(store.add(third), qPrintable(store.lastError()));
}

void TestMaintenanceStore::invalidWindowIsRefused()
{
    MaintenanceStore store(m_db->db());
    MaintenanceWindow window = deploy(u"release"_s);
    window.endsAt = window.startsAt;
    QVERIFY(!store.add(window));
    QVERIFY2(store.lastError().contains(u"not after its start"), qPrintable(store.lastError()));
    MaintenanceWindow weekly = backup(u"nightly"_s);
    weekly.weekdays = 0;
    QVERIFY(!store.add(weekly));
    QVERIFY2(store.lastError().contains(u"weekday"), qPrintable(store.lastError()));
    QCOMPARE(store.all()->size(), 0);
    // A stored one cannot be changed into an invalid one either.
    MaintenanceWindow good = backup(u"good"_s);
    QVERIFY(store.add(good));
    MaintenanceWindow bad = good;
    bad.timeZone = u"Mars/Olympus_Mons"_s;
    QVERIFY(!store.update(bad));
    QCOMPARE(*store.byId(good.id), good);
}

void TestMaintenanceStore::storedAsDocumented()
{
    // The columns as schema 4 describes them: JSON arrays, the kind's name, ms since the epoch.
    MaintenanceStore store(m_db->db());
    MaintenanceWindow once = deploy(u"release"_s);
    MaintenanceWindow weekly = backup(u"nightly"_s);
    QVERIFY(store.add(once));
    QVERIFY(store.add(weekly));
    QSqlQuery query(m_db->db().db());
    QVERIFY(
        query.exec(u"SELECT monitor_ids, tags, kind, starts_at, ends_at, weekdays, "
                   u"start_minute, duration_minutes, time_zone FROM maintenance ORDER BY id"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), u"[4,2]"_s);
    QCOMPARE(query.value(1).toString(), u"[]"_s);
    QCOMPARE(query.value(2).toString(), u"once"_s);
    QCOMPARE(query.value(3).toLongLong(), once.startsAt.toMSecsSinceEpoch());
    QCOMPARE(query.value(4).toLongLong(), once.endsAt.toMSecsSinceEpoch());
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), u"[]"_s);
    QCOMPARE(query.value(1).toString(), u"[\"prod\",\"eu\"]"_s);
    QCOMPARE(query.value(2).toString(), u"weekly"_s);
    QCOMPARE(query.value(5).toInt(), (1 << 4) | (1 << 6));
    QCOMPARE(query.value(6).toInt(), 22 * 60 + 30);
    QCOMPARE(query.value(7).toInt(), 240);
    QCOMPARE(query.value(8).toString(), u"Europe/Berlin"_s);
}

void TestMaintenanceStore::revisionChangesOnEveryChange()
{
    MaintenanceStore store(m_db->db());
    ChannelStore channels(m_db->db());
    const auto start = store.revision();
    QVERIFY2(start, qPrintable(store.lastError()));
    MaintenanceWindow window = backup(u"nightly"_s);
    QVERIFY(store.add(window));
    const qint64 added = *store.revision();
    QVERIFY(added > *start);
    window.durationMinutes = 30;
    QVERIFY(store.update(window));
    const qint64 updated = *store.revision();
    QVERIFY(updated > added);
    QVERIFY(store.remove(window.id));
    const qint64 removed = *store.revision();
    QVERIFY(removed > updated);
    // A refused change leaves it alone.
    MaintenanceWindow invalid = backup(u""_s);
    QVERIFY(!store.add(invalid));
    QCOMPARE(*store.revision(), removed);
    // Monitors and channels have their own revisions.
    const qint64 channelsBefore = *channels.revision();
    (void)storeMonitor(m_db->db(), makeMonitor(u"api"_s));
    QCOMPARE(*store.revision(), removed);
    MaintenanceWindow another = deploy(u"release"_s);
    QVERIFY(store.add(another));
    QCOMPARE(*channels.revision(), channelsBefore);
}

void TestMaintenanceStore::revisionSeenByAnotherConnection()
{
    QString error;
    auto other = StoreDatabase::open(m_db->path(), &error);
    QVERIFY2(other, qPrintable(error));
    MaintenanceStore mine(m_db->db());
    MaintenanceStore theirs(*other);
    const qint64 before = *mine.revision();
    MaintenanceWindow window = deploy(u"release"_s);
    QVERIFY(theirs.add(window));
    QVERIFY(*mine.revision() > before);
    QCOMPARE(mine.all()->size(), 1);
    QCOMPARE(mine.all()->constFirst(), window);
}

void TestMaintenanceStore::idsAreNeverReused()
{
    MaintenanceStore store(m_db->db());
    MaintenanceWindow first = deploy(u"a"_s);
    QVERIFY(store.add(first));
    QVERIFY(store.remove(first.id));
    MaintenanceWindow second = deploy(u"b"_s);
    QVERIFY(store.add(second));
    QVERIFY(second.id > first.id);
}

QTEST_GUILESS_MAIN(TestMaintenanceStore)
#include "tst_maintenancestore.moc"
