#include "core/io/HistoryCsv.h"
#include "core/store/HistoryReader.h"
#include "core/store/HistoryStore.h"
#include "core/store/StoreDatabase.h"
#include "core/store/StoreThread.h"
#include "tests/support/Builders.h"
#include "tests/support/FakeClock.h"
#include "tests/support/StoreHelpers.h"
#include "ui/dialogs/ExportDialog.h"

#include <QBuffer>
#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <sys/stat.h>

using namespace Qt::Literals::StringLiterals;

namespace {

// A whole minute, as the dialog's time edits show them.
const QDateTime kNow(QDate(2026, 6, 15), QTime(12, 30), Qt::UTC);
constexpr int kDays = 10; // of hourly history per monitor
constexpr int kTimeout = 120'000;

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QList<QByteArray> records(const QByteArray &csv)
{
    QList<QByteArray> lines = csv.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

} // namespace

class TestExportDialog final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void defaults();
    void defaultsWithoutSelection();
    void exportsLastWeekOfAllMonitors();
    void exportsAllHistory();
    void exportsSelectedMonitors();
    void dateRangeFiltersRows();
    void controlsDisabledWhileRunning();
    void invalidInput_data();
    void invalidInput();
    void fromAfterToDisablesExport();
    void browseChoosesFile();
    void unwritableFolderReportsError();
    void databaseErrorReportsError();
    void cancelImmediately();
    void cancelDuringExport();
    void closingCancels();
    void deletingCancels();
    void storeIsFreeDuringExport();
    void saysWhichTimeZone_data();
    void saysWhichTimeZone();
    void timeZoneLabelShown();

private:
    qint64 addMonitor(const QString &name, const QString &url);
    [[nodiscard]] QByteArray expectedCsv(const ResultFilter &filter);
    [[nodiscard]] std::unique_ptr<ExportDialog> makeDialog(const QList<qint64> &selected = {});
    void addManyResults(int count);
    // Clicks Export and waits for the export to end; false if it did not start or end.
    bool runExport(ExportDialog &dialog);
    void cancelTest(bool waitForProgress);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<StoreDatabase> m_db;
    std::unique_ptr<StoreThread> m_store;
    std::shared_ptr<FakeClock> m_clock;
    QList<Monitor> m_monitors;
    QList<qint64> m_ids;
};

qint64 TestExportDialog::addMonitor(const QString &name, const QString &url)
{
    const Monitor monitor = storeMonitor(*m_db, makeMonitor(name, url));
    m_monitors.append(monitor);
    return monitor.id;
}

void TestExportDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const QString path = m_dir->filePath(u"upwatch.sqlite"_s);
    QString error;
    m_db = StoreDatabase::open(path, &error);
    QVERIFY2(m_db, qPrintable(error));
    m_clock = std::make_shared<FakeClock>(kNow);
    m_monitors.clear();
    m_ids = {addMonitor(u"api"_s, u"https://api.example.com/health"_s),
             addMonitor(u"shop, \"main\""_s, u"https://shop.example.com/"_s),
             addMonitor(u"=cmd"_s, u"http://127.0.0.1:8080/"_s)};

    HistoryStore history(*m_db);
    QList<CheckResult> batch;
    for (int hour = kDays * 24; hour > 0; --hour) {
        const QDateTime at = kNow.addSecs(-3600LL * hour);
        batch.append(makeResult(m_ids[0], at, Verdict::Up, 120));
        batch.append(makeResult(m_ids[1], at, Verdict::Down));
        batch.append(makeResult(m_ids[2], at, Verdict::Degraded, 2500));
    }
    QVERIFY2(history.append(batch), qPrintable(history.lastError()));
    m_store = std::make_unique<StoreThread>(path);
}

void TestExportDialog::cleanup()
{
    m_store.reset();
    m_db.reset();
    m_dir.reset();
}

QByteArray TestExportDialog::expectedCsv(const ResultFilter &filter)
{
    QHash<qint64, Monitor> byId;
    for (const Monitor &monitor : std::as_const(m_monitors))
        byId.insert(monitor.id, monitor);
    HistoryReader reader(*m_db);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    const auto written = HistoryCsv::write(reader, byId, filter, buffer, &error);
    if (!written)
        qWarning("expected CSV failed: %s", qPrintable(error));
    return buffer.data();
}

std::unique_ptr<ExportDialog> TestExportDialog::makeDialog(const QList<qint64> &selected)
{
    auto dialog = std::make_unique<ExportDialog>(m_store->path(), m_monitors, selected, m_clock);
    dialog->setFilePath(m_dir->filePath(u"export.csv"_s));
    dialog->show();
    return dialog;
}

void TestExportDialog::addManyResults(int count)
{
    HistoryStore history(*m_db);
    QList<CheckResult> batch;
    batch.reserve(count);
    for (int i = 0; i < count; ++i)
        batch.append(makeResult(m_ids[0], kNow.addSecs(-count + i), Verdict::Up, i % 1000));
    QVERIFY2(history.append(batch), qPrintable(history.lastError()));
}

bool TestExportDialog::runExport(ExportDialog &dialog)
{
    auto *button = dialog.findChild<QPushButton *>(u"exportButton"_s);
    if (!button->isEnabled())
        return false;
    QTest::mouseClick(button, Qt::LeftButton);
    if (button->isEnabled())
        return false; // an export in progress disables it
    return QTest::qWaitFor([button] { return button->isEnabled(); }, kTimeout);
}

void TestExportDialog::defaults()
{
    const auto dialog = makeDialog({m_ids[1]});
    auto *all = dialog->findChild<QRadioButton *>(u"allRadio"_s);
    auto *selected = dialog->findChild<QRadioButton *>(u"selectedRadio"_s);
    QCOMPARE(all->text().remove(u'&'), u"All monitors (3)"_s);
    QCOMPARE(selected->text().remove(u'&'), u"Selected monitors (1)"_s);
    QVERIFY(selected->isEnabled());
    QVERIFY(selected->isChecked());
    auto *from = dialog->findChild<QDateTimeEdit *>(u"fromEdit"_s);
    auto *to = dialog->findChild<QDateTimeEdit *>(u"toEdit"_s);
    QCOMPARE(from->dateTime().toUTC(), kNow.addDays(-7));
    QCOMPARE(to->dateTime().toUTC(), kNow);
    QCOMPARE(to->dateTime().timeSpec(), Qt::LocalTime);
    QCOMPARE(to->displayFormat(), u"yyyy-MM-dd HH:mm"_s);
    auto *allHistory = dialog->findChild<QCheckBox *>(u"allHistoryCheck"_s);
    QVERIFY(!allHistory->isChecked());
    QVERIFY(from->isEnabled());
    allHistory->click();
    QVERIFY(!from->isEnabled());
    QVERIFY(!to->isEnabled());
    QVERIFY(dialog->findChild<QPushButton *>(u"exportButton"_s)->isEnabled());
    QVERIFY(dialog->findChild<QPushButton *>(u"browseButton"_s)->isEnabled());
    QVERIFY(dialog->findChild<QLabel *>(u"statusLabel"_s)->text().isEmpty());
    QCOMPARE(dialog->findChild<QProgressBar *>(u"progressBar"_s)->value(), 0);

    // Given a folder, the field gets the default file name, dated by the clock.
    ExportDialog fresh(m_store->path(), m_monitors, {}, m_clock);
    fresh.setFilePath(m_dir->path());
    QCOMPARE(QDir::fromNativeSeparators(fresh.findChild<QLineEdit *>(u"pathEdit"_s)->text()),
             m_dir->filePath(
                 u"upwatch-history-%1.csv"_s.arg(kNow.toLocalTime().date().toString(Qt::ISODate))));
}

void TestExportDialog::defaultsWithoutSelection()
{
    const auto dialog = makeDialog();
    auto *selected = dialog->findChild<QRadioButton *>(u"selectedRadio"_s);
    QCOMPARE(selected->text().remove(u'&'), u"Selected monitors (0)"_s);
    QVERIFY(!selected->isEnabled());
    QVERIFY(dialog->findChild<QRadioButton *>(u"allRadio"_s)->isChecked());
}

void TestExportDialog::exportsLastWeekOfAllMonitors()
{
    const auto dialog = makeDialog({m_ids[0]});
    dialog->findChild<QRadioButton *>(u"allRadio"_s)->click();
    QSignalSpy exported(dialog.get(), &ExportDialog::exported);
    QVERIFY(runExport(*dialog));

    const QString path = m_dir->filePath(u"export.csv"_s);
    const qint64 rows = 3 * 7 * 24; // hourly, the "To" minute included
    QCOMPARE(exported.size(), 1);
    QCOMPARE(exported.first().at(0).toLongLong(), rows);
    QCOMPARE(exported.first().at(1).toString(), path);
    QCOMPARE(dialog->findChild<QLabel *>(u"statusLabel"_s)->text(),
             u"Exported %1 results to %2"_s.arg(rows).arg(QDir::toNativeSeparators(path)));
    auto *bar = dialog->findChild<QProgressBar *>(u"progressBar"_s);
    QCOMPARE(bar->value(), bar->maximum());
    // A new export is for its owner only (0600).
    QCOMPARE(QFileInfo(path).permissions() &
                 (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther),
             QFile::Permissions());

    const QByteArray csv = readAll(path);
    QCOMPARE(csv, expectedCsv({{}, kNow.addDays(-7), kNow.addSecs(60)}));
    const QList<QByteArray> lines = records(csv);
    QCOMPARE(lines.size(), rows + 1);
    QCOMPARE(QString::fromUtf8(lines.first() + '\n'), HistoryCsv::header());
    // Per monitor, oldest first; escaping as in the CLI's export.
    QCOMPARE(lines.at(1), "2026-06-08T12:30:00.000Z,1,api,https://api.example.com/health,GET,"
                          "up,ok,200,120,,,,,,,\r");
    QVERIFY(lines.at(1 + 7 * 24)
                .startsWith("2026-06-08T12:30:00.000Z,2,\"shop, "
                            "\"\"main\"\"\",https://shop.example.com/,GET,down,"));
    QVERIFY(lines.last().startsWith("2026-06-15T11:30:00.000Z,3,'=cmd,"));
}

void TestExportDialog::exportsAllHistory()
{
    const auto dialog = makeDialog();
    dialog->findChild<QCheckBox *>(u"allHistoryCheck"_s)->click();
    QSignalSpy exported(dialog.get(), &ExportDialog::exported);
    QVERIFY(runExport(*dialog));
    QCOMPARE(exported.size(), 1);
    QCOMPARE(exported.first().at(0).toLongLong(), 3 * kDays * 24);
    const QByteArray csv = readAll(m_dir->filePath(u"export.csv"_s));
    QCOMPARE(csv, expectedCsv({}));
    QCOMPARE(records(csv).size(), 3 * kDays * 24 + 1);
}

void TestExportDialog::exportsSelectedMonitors()
{
    const auto dialog = makeDialog({m_ids[0], m_ids[2]});
    QVERIFY(dialog->findChild<QRadioButton *>(u"selectedRadio"_s)->isChecked());
    dialog->findChild<QCheckBox *>(u"allHistoryCheck"_s)->click();
    QSignalSpy exported(dialog.get(), &ExportDialog::exported);
    QVERIFY(runExport(*dialog));
    QCOMPARE(exported.size(), 1);
    QCOMPARE(exported.first().at(0).toLongLong(), 2 * kDays * 24);
    const QByteArray csv = readAll(m_dir->filePath(u"export.csv"_s));
    QCOMPARE(csv, expectedCsv({{m_ids[0], m_ids[2]}, {}, {}}));
    const QList<QByteArray> lines = records(csv);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray id = lines.at(i).split(',').at(1);
        QVERIFY2(id == "1" || id == "3", lines.at(i).constData());
    }
    QVERIFY(lines.at(1).contains(",api,"));
    QVERIFY(lines.last().contains(",'=cmd,"));
}

void TestExportDialog::dateRangeFiltersRows()
{
    const auto dialog = makeDialog();
    const QDateTime from = kNow.addDays(-3); // 2026-06-12 12:30 UTC, a result's time
    const QDateTime to = kNow.addDays(-2);   // 2026-06-13 12:30 UTC
    dialog->findChild<QDateTimeEdit *>(u"fromEdit"_s)->setDateTime(from.toLocalTime());
    dialog->findChild<QDateTimeEdit *>(u"toEdit"_s)->setDateTime(to.toLocalTime());
    QSignalSpy exported(dialog.get(), &ExportDialog::exported);
    QVERIFY(runExport(*dialog));
    QCOMPARE(exported.size(), 1);
    const QByteArray csv = readAll(m_dir->filePath(u"export.csv"_s));
    QCOMPARE(csv, expectedCsv({{}, from, to.addSecs(60)}));
    const QList<QByteArray> lines = records(csv);
    QCOMPARE(lines.size(), 1 + 3 * 25); // 12:30 to 12:30 the next day, both ends included
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QDateTime at =
            QDateTime::fromString(QString::fromUtf8(lines.at(i).split(',').first()), Qt::ISODate);
        QVERIFY2(at >= from && at <= to, lines.at(i).constData());
    }
    QVERIFY(lines.at(1).startsWith("2026-06-12T12:30:00.000Z,1,"));
    QVERIFY(lines.at(25).startsWith("2026-06-13T12:30:00.000Z,1,"));
}

void TestExportDialog::controlsDisabledWhileRunning()
{
    const auto dialog = makeDialog({m_ids[0]});
    auto *button = dialog->findChild<QPushButton *>(u"exportButton"_s);
    auto *close = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close);
    QCOMPARE(close->text(), u"Close"_s);
    QTest::mouseClick(button, Qt::LeftButton);
    // The answer can only arrive through the event loop, which has not run yet.
    QVERIFY(!button->isEnabled());
    for (const char *name : {"allRadio", "selectedRadio", "fromEdit", "toEdit", "allHistoryCheck",
                             "pathEdit", "browseButton"})
        QVERIFY2(!dialog->findChild<QWidget *>(QString::fromLatin1(name))->isEnabled(), name);
    QCOMPARE(close->text(), u"Cancel"_s);
    QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), kTimeout);
    QCOMPARE(close->text(), u"Close"_s);
    QVERIFY(dialog->findChild<QLineEdit *>(u"pathEdit"_s)->isEnabled());
    QVERIFY(dialog->findChild<QLabel *>(u"statusLabel"_s)->text().startsWith(u"Exported "_s));
}

void TestExportDialog::invalidInput_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QString() << u"Choose the file"_s;
    QTest::newRow("blank") << u"   "_s << u"Choose the file"_s;
    QTest::newRow("relative") << u"export.csv"_s << u"full path"_s;
    QTest::newRow("missing folder") << u"/no/such/folder/export.csv"_s << u"does not exist"_s;
    QTest::newRow("folder") << u"/tmp"_s << u"is a folder"_s;
}

void TestExportDialog::invalidInput()
{
    QFETCH(QString, path);
    QFETCH(QString, message);
    const auto dialog = makeDialog();
    auto *edit = dialog->findChild<QLineEdit *>(u"pathEdit"_s);
    auto *button = dialog->findChild<QPushButton *>(u"exportButton"_s);
    auto *status = dialog->findChild<QLabel *>(u"statusLabel"_s);
    QVERIFY(button->isEnabled());
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, path);
    QVERIFY(!button->isEnabled());
    QVERIFY2(status->text().contains(message), qPrintable(status->text()));
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(edit->isEnabled()); // nothing started

    edit->clear();
    QTest::keyClicks(edit, m_dir->filePath(u"fixed.csv"_s));
    QVERIFY(button->isEnabled());
    QVERIFY(status->text().isEmpty());
}

void TestExportDialog::fromAfterToDisablesExport()
{
    const auto dialog = makeDialog();
    auto *from = dialog->findChild<QDateTimeEdit *>(u"fromEdit"_s);
    auto *to = dialog->findChild<QDateTimeEdit *>(u"toEdit"_s);
    auto *button = dialog->findChild<QPushButton *>(u"exportButton"_s);
    auto *status = dialog->findChild<QLabel *>(u"statusLabel"_s);
    from->setDateTime(to->dateTime().addSecs(3600));
    QVERIFY(!button->isEnabled());
    QVERIFY2(status->text().contains(u"“From” must be before “To”"_s), qPrintable(status->text()));
    from->setDateTime(to->dateTime()); // the same minute is no range either
    QVERIFY(!button->isEnabled());
    // "All history" ignores the range.
    dialog->findChild<QCheckBox *>(u"allHistoryCheck"_s)->click();
    QVERIFY(button->isEnabled());
    QVERIFY(status->text().isEmpty());
    dialog->findChild<QCheckBox *>(u"allHistoryCheck"_s)->click();
    QVERIFY(!button->isEnabled());
    from->setDateTime(to->dateTime().addSecs(-60));
    QVERIFY(button->isEnabled());
}

void TestExportDialog::browseChoosesFile()
{
    const auto dialog = makeDialog();
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"browseButton"_s), Qt::LeftButton);
    QFileDialog *files = nullptr;
    QTRY_VERIFY((files = dialog->findChild<QFileDialog *>()) && files->isVisible());
    QVERIFY(files->isModal()); // open(), window-modal: no nested event loop
    QCOMPARE(files->acceptMode(), QFileDialog::AcceptSave);
    QCOMPARE(files->defaultSuffix(), u"csv"_s);
    QCOMPARE(files->directory().absolutePath(), QDir(m_dir->path()).absolutePath());
    QCOMPARE(files->selectedFiles(), QStringList{m_dir->filePath(u"export.csv"_s)});

    const QString chosen = m_dir->filePath(u"chosen.csv"_s);
    files->selectFile(chosen);
    static_cast<QDialog *>(files)->accept(); // as the Save button does
    QCOMPARE(QDir::fromNativeSeparators(dialog->findChild<QLineEdit *>(u"pathEdit"_s)->text()),
             chosen);
    QTRY_VERIFY(!dialog->findChild<QFileDialog *>()); // deleted on close
    QVERIFY(runExport(*dialog));
    QVERIFY(QFile::exists(chosen));
}

void TestExportDialog::unwritableFolderReportsError()
{
    // A folder that exists but cannot be written to; root writes anywhere but in /proc.
    QString folder = m_dir->filePath(u"locked"_s);
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    QFile probe(folder + u"/probe"_s);
    if (probe.open(QIODevice::WriteOnly)) {
        probe.remove();
        folder = u"/proc"_s;
    }
    const QString path = folder + u"/upwatch-export.csv"_s;

    const auto dialog = makeDialog();
    dialog->setFilePath(path);
    QSignalSpy exported(dialog.get(), &ExportDialog::exported);
    QVERIFY(runExport(*dialog));
    const QString status = dialog->findChild<QLabel *>(u"statusLabel"_s)->text();
    QVERIFY2(status.startsWith(u"Cannot write %1: "_s.arg(path)), qPrintable(status));
    QVERIFY(exported.isEmpty());
    QVERIFY(!QFile::exists(path));
    QVERIFY(QDir(folder).entryList({u"upwatch-export*"_s}).isEmpty()); // no temporary left
    QCOMPARE(dialog->findChild<QProgressBar *>(u"progressBar"_s)->value(), 0);
    QFile::setPermissions(m_dir->filePath(u"locked"_s),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

void TestExportDialog::databaseErrorReportsError()
{
    ExportDialog dialog(m_dir->filePath(u"missing/upwatch.sqlite"_s), m_monitors, {}, m_clock);
    const QString path = m_dir->filePath(u"export.csv"_s);
    dialog.setFilePath(path);
    dialog.show();
    QSignalSpy exported(&dialog, &ExportDialog::exported);
    QVERIFY(runExport(dialog));
    const QString status = dialog.findChild<QLabel *>(u"statusLabel"_s)->text();
    QVERIFY2(status.startsWith(u"Cannot open database"_s), qPrintable(status));
    QVERIFY(exported.isEmpty());
    QVERIFY(!QFile::exists(path));
}

void TestExportDialog::cancelTest(bool waitForProgress)
{
    constexpr int kMany = 50'000;
    addManyResults(kMany);
    const auto dialog = makeDialog();
    dialog->findChild<QCheckBox *>(u"allHistoryCheck"_s)->click();
    const QString path = m_dir->filePath(u"export.csv"_s);
    QSignalSpy exported(dialog.get(), &ExportDialog::exported);
    auto *button = dialog->findChild<QPushButton *>(u"exportButton"_s);
    auto *bar = dialog->findChild<QProgressBar *>(u"progressBar"_s);
    auto *status = dialog->findChild<QLabel *>(u"statusLabel"_s);
    auto *cancel = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close);
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(!button->isEnabled());
    if (waitForProgress)
        QTRY_VERIFY_WITH_TIMEOUT(bar->value() > 0 || button->isEnabled(), kTimeout);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), kTimeout);
    QVERIFY(dialog->isVisible()); // Cancel stops the export, not the dialog
    qInfo("%s", qPrintable(status->text()));

    if (status->text().contains(u"cancelled"_s)) {
        QCOMPARE(status->text(), u"Export cancelled; no file was written."_s);
        QVERIFY(exported.isEmpty());
        QVERIFY(!QFile::exists(path));
        QCOMPARE(QDir(m_dir->path()).entryList({u"export*"_s}), QStringList());
        QCOMPARE(bar->value(), 0);
    }
    else { // it finished before the cancel was seen: then all of it
        QVERIFY2(status->text().startsWith(u"Exported "_s), qPrintable(status->text()));
        QCOMPARE(exported.size(), 1);
        QCOMPARE(exported.first().at(0).toLongLong(), kMany + 3 * kDays * 24);
        QCOMPARE(records(readAll(path)).size(), kMany + 3 * kDays * 24 + 1);
    }
    // The dialog is usable again, and exports in full.
    QVERIFY(runExport(*dialog));
    QVERIFY(status->text().startsWith(u"Exported "_s));
    QCOMPARE(readAll(path), expectedCsv({}));
}

void TestExportDialog::cancelImmediately()
{
    cancelTest(false);
}

void TestExportDialog::cancelDuringExport()
{
    cancelTest(true);
}

void TestExportDialog::closingCancels()
{
    addManyResults(50'000);
    const auto dialog = makeDialog();
    dialog->findChild<QCheckBox *>(u"allHistoryCheck"_s)->click();
    const QString path = m_dir->filePath(u"export.csv"_s);
    QSignalSpy exported(dialog.get(), &ExportDialog::exported);
    auto *button = dialog->findChild<QPushButton *>(u"exportButton"_s);
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(!button->isEnabled());
    QTest::keyClick(dialog.get(), Qt::Key_Escape);
    QVERIFY(!dialog->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), kTimeout);
    const QString status = dialog->findChild<QLabel *>(u"statusLabel"_s)->text();
    QCOMPARE(status.contains(u"cancelled"_s), exported.isEmpty());
    QCOMPARE(QFile::exists(path), !exported.isEmpty());
}

void TestExportDialog::deletingCancels()
{
    addManyResults(50'000);
    auto dialog = makeDialog();
    dialog->findChild<QCheckBox *>(u"allHistoryCheck"_s)->click();
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"exportButton"_s), Qt::LeftButton);
    dialog.reset(); // waits for the export's thread, which stops at the cancel
    QCOMPARE(QDir(m_dir->path()).entryList({u"export*"_s}), QStringList());
}

void TestExportDialog::storeIsFreeDuringExport()
{
    // The export waits to open a FIFO nobody reads yet: it runs until the test reads.
    const QString fifo = m_dir->filePath(u"export.fifo"_s);
    QCOMPARE(mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const auto dialog = makeDialog();
    dialog->findChild<QCheckBox *>(u"allHistoryCheck"_s)->click();
    dialog->setFilePath(fifo);
    auto *button = dialog->findChild<QPushButton *>(u"exportButton"_s);
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(!button->isEnabled());
    QByteArray csv;
    bool drained = false;
    const auto drain = [&] { // lets the export go on
        QFile reader(fifo);
        if (!drained && reader.open(QIODevice::ReadOnly))
            csv = reader.readAll();
        drained = true;
    };
    const auto drainOnFailure = qScopeGuard(drain);

    // A job of the session's store (pause, delete, sync) is not queued behind the export.
    bool done = false;
    m_store->run<bool>(
        this, [](StoreDatabase *database) { return database != nullptr; },
        [&done](bool opened) { done = opened; });
    QTRY_VERIFY_WITH_TIMEOUT(done, kTimeout);
    QVERIFY(!button->isEnabled()); // still exporting

    drain();
    QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), kTimeout);
    QVERIFY(dialog->findChild<QLabel *>(u"statusLabel"_s)->text().startsWith(u"Exported "_s));
    QCOMPARE(csv, expectedCsv({}));
}

void TestExportDialog::saysWhichTimeZone_data()
{
    QTest::addColumn<QDateTime>("localNow");
    QTest::addColumn<QString>("zone");
    const QDate day(2026, 6, 15);
    const QTime noon(12, 0);
    QTest::newRow("UTC") << QDateTime(day, noon, Qt::UTC) << u"(UTC+00:00)"_s;
    QTest::newRow("east") << QDateTime(day, noon, Qt::OffsetFromUTC, 2 * 3600) << u"(UTC+02:00)"_s;
    QTest::newRow("west, half hour")
        << QDateTime(day, noon, Qt::OffsetFromUTC, -(3 * 3600 + 1800)) << u"(UTC-03:30)"_s;
    QTest::newRow("named zone") << QDateTime(day, noon, QTimeZone("Europe/Berlin"))
                                << u"(CEST, UTC+02:00)"_s;
}

void TestExportDialog::saysWhichTimeZone()
{
    QFETCH(QDateTime, localNow);
    QFETCH(QString, zone);
    const QString text = ExportDialog::timeZoneText(localNow);
    QVERIFY2(text.contains(zone), qPrintable(text));
    // What the file holds: HistoryCsv writes ISO 8601 in UTC.
    QVERIFY2(text.contains(u"timestamps are in UTC (ISO 8601)"_s), qPrintable(text));
}

void TestExportDialog::timeZoneLabelShown()
{
    const auto dialog = makeDialog();
    dialog->show();
    auto *label = dialog->findChild<QLabel *>(u"timeZoneLabel"_s);
    QVERIFY(label);
    QVERIFY(label->isVisible());
    QCOMPARE(label->text(), ExportDialog::timeZoneText(kNow.toLocalTime()));
}

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
