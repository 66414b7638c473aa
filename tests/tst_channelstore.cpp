#include "core/store/ChannelStore.h"
#include "core/store/MaintenanceStore.h"
#include "core/store/MonitorStore.h"
#include "core/store/SettingsStore.h"
#include "core/store/StoreDatabase.h"
#include "tests/support/Builders.h"
#include "tests/support/StoreHelpers.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

AlertChannel webhook(const QString &name)
{
    AlertChannel channel;
    channel.name = name;
    channel.preset = WebhookPreset::Slack;
    channel.target = u"https://hooks.slack.com/services/…"_s;
    channel.credentialKey = u"channel/"_s + name;
    return channel;
}

AlertChannel command(const QString &name)
{
    AlertChannel channel;
    channel.name = name;
    channel.kind = AlertChannelKind::Command;
    channel.program = u"/usr/bin/logger"_s;
    channel.arguments = {u"-t"_s, u"up watch"_s};
    channel.events = {AlertEventKind::Down, AlertEventKind::Up};
    channel.monitorNames = {u"Shop"_s};
    channel.tags = {u"prod"_s, u"eu"_s};
    channel.timeoutMs = 2500;
    channel.enabled = false;
    return channel;
}

} // namespace

class TestChannelStore final : public QObject {
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
    void invalidChannelIsRefused();
    void revisionChangesOnEveryChange();
    void revisionSeenByAnotherConnection();
    void idsAreNeverReused();
    void unknownEventsAreSkipped();
    void schemaTwoIsUpgraded();
    void schemaOneIsUpgraded();

private:
    std::unique_ptr<TempDatabase> m_db;
};

void TestChannelStore::initTestCase()
{
    UPWATCH_SKIP_UNLESS_ENGINE_RUNS();
}

void TestChannelStore::init()
{
    m_db = std::make_unique<TempDatabase>();
    QVERIFY2(m_db->isOpen(), qPrintable(m_db->error()));
}

void TestChannelStore::cleanup()
{
    m_db.reset();
}

void TestChannelStore::addAndList()
{
    ChannelStore store(m_db->db());
    QCOMPARE(store.all()->size(), 0);
    AlertChannel first = webhook(u" ops "_s);
    QVERIFY2(store.add(first), qPrintable(store.lastError()));
    QVERIFY(first.id > 0);
    QCOMPARE(first.name, u"ops"_s);
    AlertChannel second = command(u"pager"_s);
    QVERIFY2(store.add(second), qPrintable(store.lastError()));
    QVERIFY(second.id > first.id);
    const auto all = store.all();
    QVERIFY(all);
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->at(0), first);
    QCOMPARE(all->at(1), second);
}

void TestChannelStore::update()
{
    ChannelStore store(m_db->db());
    AlertChannel channel = webhook(u"ops"_s);
    QVERIFY(store.add(channel));
    channel.events = {AlertEventKind::CertExpiry};
    channel.preset = WebhookPreset::Custom;
    channel.bodyTemplate = u"{\"text\":\"{{summary}}\"}"_s;
    channel.enabled = false;
    QVERIFY2(store.update(channel), qPrintable(store.lastError()));
    QCOMPARE(*store.byId(channel.id), channel);
    AlertChannel missing = channel;
    missing.id = 999;
    missing.name = u"gone"_s;
    QVERIFY(!store.update(missing));
    QVERIFY(store.lastError().contains(u"no channel with id 999"));
}

void TestChannelStore::remove()
{
    ChannelStore store(m_db->db());
    AlertChannel channel = webhook(u"ops"_s);
    QVERIFY(store.add(channel));
    QVERIFY(store.remove(channel.id));
    QCOMPARE(store.all()->size(), 0);
    QVERIFY(!store.remove(channel.id));
    QVERIFY(store.lastError().contains(u"no channel"));
}

void TestChannelStore::findByNameOrId()
{
    ChannelStore store(m_db->db());
    AlertChannel ops = webhook(u"ops"_s);
    AlertChannel numbered = webhook(u"1"_s);
    QVERIFY(store.add(ops));
    QVERIFY(store.add(numbered));
    QCOMPARE(store.find(u"ops"_s)->id, ops.id);
    // A name wins over an id.
    QCOMPARE(store.find(u"1"_s)->id, numbered.id);
    QCOMPARE(store.find(QString::number(numbered.id))->name,
             numbered.id == 1 ? u"1"_s : numbered.name);
    QCOMPARE(store.find(QString::number(ops.id))->id, ops.id == 1 ? numbered.id : ops.id);
    QVERIFY(!store.find(u"nope"_s));
    QVERIFY(store.lastError().contains(u"'nope'"));
}

void TestChannelStore::duplicateNameIsRefused()
{
    ChannelStore store(m_db->db());
    AlertChannel first = webhook(u"ops"_s);
    QVERIFY(store.add(first));
    AlertChannel again = command(u"ops"_s);
    QVERIFY(!store.add(again));
    QVERIFY2(store.lastError().contains(u"already exists"), qPrintable(store.lastError()));
    QCOMPARE(store.all()->size(), 1);
    // Renaming another one onto it too.
    AlertChannel other = command(u"pager"_s);
    QVERIFY(store.add(other));
    other.name = u"ops"_s;
    QVERIFY(!store.update(other));
    QCOMPARE(store.byId(other.id)->name, u"pager"_s);
}

void TestChannelStore::invalidChannelIsRefused()
{
    ChannelStore store(m_db->db());
    AlertChannel channel = command(u"pager"_s);
    channel.program.clear();
    QVERIFY(!store.add(channel));
    QVERIFY2(store.lastError().contains(u"program"), qPrintable(store.lastError()));
    QCOMPARE(store.all()->size(), 0);
}

void TestChannelStore::revisionChangesOnEveryChange()
{
    ChannelStore store(m_db->db());
    MonitorStore monitors(m_db->db());
    const auto start = store.revision();
    QVERIFY(start);
    AlertChannel channel = webhook(u"ops"_s);
    QVERIFY(store.add(channel));
    const qint64 added = *store.revision();
    QVERIFY(added > *start);
    channel.enabled = false;
    QVERIFY(store.update(channel));
    const qint64 updated = *store.revision();
    QVERIFY(updated > added);
    QVERIFY(store.remove(channel.id));
    QVERIFY(*store.revision() > updated);
    // Monitors have their own revision: editing them does not touch the channels'.
    const qint64 channelsBefore = *store.revision();
    const qint64 monitorsBefore = *monitors.revision();
    (void)storeMonitor(m_db->db(), makeMonitor(u"api"_s));
    QCOMPARE(*store.revision(), channelsBefore);
    QVERIFY(*monitors.revision() > monitorsBefore);
}

void TestChannelStore::revisionSeenByAnotherConnection()
{
    QString error;
    auto other = StoreDatabase::open(m_db->path(), &error);
    QVERIFY2(other, qPrintable(error));
    ChannelStore mine(m_db->db());
    ChannelStore theirs(*other);
    const qint64 before = *mine.revision();
    AlertChannel channel = command(u"pager"_s);
    QVERIFY(theirs.add(channel));
    QVERIFY(*mine.revision() > before);
    QCOMPARE(mine.all()->size(), 1);
}

void TestChannelStore::idsAreNeverReused()
{
    ChannelStore store(m_db->db());
    AlertChannel first = webhook(u"a"_s);
    QVERIFY(store.add(first));
    QVERIFY(store.remove(first.id));
    AlertChannel second = webhook(u"b"_s);
    QVERIFY(store.add(second));
    QVERIFY(second.id > first.id);
}

void TestChannelStore::unknownEventsAreSkipped()
{
    ChannelStore store(m_db->db());
    AlertChannel channel = webhook(u"ops"_s);
    QVERIFY(store.add(channel));
    QVERIFY(m_db->db().exec(
        u"UPDATE channels SET events = '[\"down\",\"snoozed\",\"up\"]' WHERE id = %1"_s.arg(
            channel.id)));
    const QList<AlertEventKind> expected{AlertEventKind::Down, AlertEventKind::Up};
    QCOMPARE(store.byId(channel.id)->events, expected);
}

void TestChannelStore::schemaTwoIsUpgraded()
{
    // tests/data/schema-v2.db was written by Upwatch at schema 2 (before channels): two
    // monitors, Shop (tagged prod) and Blog.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"v2.db"_s);
    QVERIFY(QFile::copy(QStringLiteral(UPWATCH_TEST_DATA "/schema-v2.db"), path));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    QString error;
    auto db = StoreDatabase::open(path, &error);
    QVERIFY2(db, qPrintable(error));
    QCOMPARE(db->schemaVersion(), StoreDatabase::kSchemaVersion);
    const auto monitors = MonitorStore(*db).all();
    QVERIFY(monitors);
    QCOMPARE(monitors->size(), 2);
    QCOMPARE(monitors->at(0).name, u"Shop"_s);
    QCOMPARE(monitors->at(0).tags, QStringList{u"prod"_s});
    QCOMPARE(monitors->at(1).name, u"Blog"_s);
    QCOMPARE(monitors->at(1).intervalSeconds, 300);
    // Schema 4 on top: nobody muted, no maintenance windows, quiet settings empty.
    QVERIFY(!monitors->at(0).mutedUntil.isValid());
    QCOMPARE(MaintenanceStore(*db).all()->size(), 0);
    QCOMPARE(SettingsStore(*db).quietSettings(), QuietSettings{});
    // The monitors' revision is kept; channels start empty, with a revision of their own.
    QSqlQuery query(db->db());
    QVERIFY(query.exec(u"SELECT value FROM meta WHERE key = 'monitors_revision'"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 2);
    ChannelStore channels(*db);
    QCOMPARE(channels.all()->size(), 0);
    QCOMPARE(*channels.revision(), 0);
    AlertChannel channel = command(u"pager"_s);
    QVERIFY2(channels.add(channel), qPrintable(channels.lastError()));
    QCOMPARE(*channels.revision(), 1);
    // Opened again: no second migration.
    db.reset();
    db = StoreDatabase::open(path, &error);
    QVERIFY2(db, qPrintable(error));
    QCOMPARE(ChannelStore(*db).all()->size(), 1);
}

void TestChannelStore::schemaOneIsUpgraded()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"v1.db"_s);
    QVERIFY(QFile::copy(QStringLiteral(UPWATCH_TEST_DATA "/schema-v1.db"), path));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    QString error;
    auto db = StoreDatabase::open(path, &error);
    QVERIFY2(db, qPrintable(error));
    QCOMPARE(db->schemaVersion(), StoreDatabase::kSchemaVersion);
    QCOMPARE(MonitorStore(*db).all()->size(), 2);
    ChannelStore channels(*db);
    AlertChannel channel = webhook(u"ops"_s);
    QVERIFY2(channels.add(channel), qPrintable(channels.lastError()));
}

QTEST_GUILESS_MAIN(TestChannelStore)
#include "tst_channelstore.moc"
