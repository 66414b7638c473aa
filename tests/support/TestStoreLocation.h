#pragma once

#include <QString>
#include <QTemporaryDir>

// The engine a store test runs on. A test executable runs on SQLite, or on PostgreSQL when
// UPWATCH_TEST_ENGINE=postgres: ctest runs each store test twice, the second time against the
// run's throwaway cluster (tests/postgres/test-cluster, whose state file UPWATCH_TEST_POSTGRES
// names).
namespace TestEngine {

[[nodiscard]] bool isPostgres();
// Why this process cannot run its tests on the engine it was asked for (no PostgreSQL server
// could be started here), or empty. A test case skips itself with it (QSKIP in initTestCase).
[[nodiscard]] QString unavailable();

} // namespace TestEngine

// Skips the whole test case when its engine cannot run here; for initTestCase().
#define UPWATCH_SKIP_UNLESS_ENGINE_RUNS()                                                          \
    do {                                                                                           \
        if (const QString why_ = TestEngine::unavailable(); !why_.isEmpty())                       \
            QSKIP(qPrintable(why_));                                                               \
    } while (false)

// Skips one test that is about SQLite's files (PRAGMAs, locks, damaged files) on PostgreSQL.
#define UPWATCH_SQLITE_ONLY()                                                                      \
    do {                                                                                           \
        if (TestEngine::isPostgres())                                                              \
            QSKIP("about SQLite database files");                                                  \
    } while (false)

// Where one test's database lives: a file in a temporary folder of its own, or a new, empty
// database on the test cluster. Both go away with this.
class TestStoreLocation final {
    Q_DISABLE_COPY_MOVE(TestStoreLocation)

public:
    TestStoreLocation();
    ~TestStoreLocation();

    [[nodiscard]] bool isValid() const { return !m_path.isEmpty(); }
    [[nodiscard]] const QString &error() const { return m_error; }
    // What StoreDatabase::open() and --db take: the file's path or the database's URL.
    [[nodiscard]] const QString &path() const { return m_path; }
    // A temporary folder for anything else the test writes.
    [[nodiscard]] QString folder() const { return m_dir.path(); }
    [[nodiscard]] QString filePath(const QString &name) const { return m_dir.filePath(name); }
    // On the test cluster: makes a role of this location's own that must log in with `password`
    // (a member of upwatch_passwords, the group the cluster asks a password of), with every
    // right on this database's tables, and returns this database's URL as that role; empty,
    // with a sentence in *error, on failure.
    [[nodiscard]] QString passwordRoleUrl(const QString &password, QString *error) const;

private:
    QTemporaryDir m_dir;
    QString m_path;
    QString m_error;
    QString m_postgresName; // the database made for it on the cluster
};
