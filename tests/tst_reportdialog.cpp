#include "core/format/DisplayFormat.h"
#include "core/report/UptimeReport.h"
#include "core/store/HistoryReader.h"
#include "core/store/StoreThread.h"
#include "tests/support/FakeClock.h"
#include "tests/support/ReportFixture.h"
#include "tests/support/StoreHelpers.h"
#include "ui/dialogs/ReportDialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kTimeout = 60'000;

QString readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

// The window's uptime report dialog, offscreen, on the report tests' month of history: the
// period and selection it is given are the report it writes.
class TestReportDialog final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void lastMonthAndATagWriteHtml();
    void previewShowsTheFigures();
    void pdfFromChosenMonitors();
    void problemsDisableSave();

private:
    template<typename T>
    T *child(const char *name)
    {
        T *found = m_dialog->findChild<T *>(QString::fromLatin1(name));
        if (!found)
            qWarning("no child %s", name);
        return found;
    }
    [[nodiscard]] UptimeReport expected(const QList<Monitor> &monitors);

    TempDatabase m_db;
    ReportFixture m_fixture;
    std::shared_ptr<FakeClock> m_clock;
    std::unique_ptr<StoreThread> m_store;
    std::unique_ptr<ReportDialog> m_dialog;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestReportDialog::initTestCase()
{
    QVERIFY2(m_db.isOpen(), qPrintable(m_db.error()));
    QVERIFY(m_fixture.seed(m_db.db()));
    // Ten days into December, local time: last month is the fixture's November.
    m_clock = std::make_shared<FakeClock>(
        QDateTime(QDate(2026, 12, 10), QTime(9, 0), Qt::LocalTime).toUTC());
    QCOMPARE(ReportPeriod::lastMonth(*m_clock), m_fixture.period);
}

void TestReportDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<StoreThread>(m_db.path());
    m_dialog = std::make_unique<ReportDialog>(
        *m_store, QList<Monitor>{m_fixture.api, m_fixture.web, m_fixture.blog}, m_clock);
    m_dialog->setFilePath(m_dir->path());
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestReportDialog::cleanup()
{
    m_dialog.reset();
    m_store.reset();
    m_dir.reset();
}

UptimeReport TestReportDialog::expected(const QList<Monitor> &monitors)
{
    HistoryReader reader(m_db.db());
    return UptimeReport::compute(reader, monitors, m_fixture.period, m_clock->nowUtc())
        .value_or(UptimeReport());
}

void TestReportDialog::lastMonthAndATagWriteHtml()
{
    // The default file name is for the default period, last month.
    QCOMPARE(child<QLineEdit>("pathEdit")->text(),
             QDir::toNativeSeparators(m_dir->filePath(u"upwatch-report-2026-11.pdf"_s)));
    child<QRadioButton>("lastMonthRadio")->setChecked(true);
    child<QRadioButton>("tagRadio")->setChecked(true);
    auto *tags = child<QComboBox>("tagCombo");
    QCOMPARE(tags->count(), 3); // eu, home, prod
    tags->setCurrentText(u"prod"_s);
    const QString path = m_dir->filePath(u"report.html"_s);
    child<QLineEdit>("pathEdit")->setText(path);
    auto *save = child<QPushButton>("saveButton");
    QVERIFY(save->isEnabled());
    QSignalSpy saved(m_dialog.get(), &ReportDialog::saved);
    save->click();
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, kTimeout);
    QCOMPARE(saved.at(0).at(0).toString(), path);
    QVERIFY(child<QLabel>("statusLabel")->text().startsWith(u"Saved the report to"_s));

    const QString html = readAll(path);
    QVERIFY(html.contains(u"<title>Uptime report: November 2026</title>"_s));
    QVERIFY(html.contains(u"<b>api</b>"_s));
    QVERIFY(html.contains(u"<b>web</b>"_s));
    QVERIFY(!html.contains(u"<b>blog</b>"_s)); // tagged home, not prod
    // The figures are those of the same report computed here.
    const UptimeReport report = expected({m_fixture.api, m_fixture.web});
    const QString nbsp(QChar(0xa0));
    const auto shown = [&nbsp](QString text) { return text.replace(u' ', nbsp); };
    QVERIFY(html.contains(shown(DisplayFormat::percent(report.monitors.at(0).uptimePercent()))));
    QVERIFY(html.contains(shown(DisplayFormat::percent(report.uptimePercent()))));
    QVERIFY(html.contains(u">95</td>"_s));  // api's minutes down
    QVERIFY(html.contains(u">120</td>"_s)); // web's minutes in maintenance
    QVERIFY(html.contains(u"ongoing"_s));
}

void TestReportDialog::previewShowsTheFigures()
{
    child<QRadioButton>("tagRadio")->setChecked(true);
    child<QComboBox>("tagCombo")->setCurrentText(u"home"_s);
    auto *preview = child<QTextBrowser>("preview");
    QTRY_VERIFY_WITH_TIMEOUT(preview->toPlainText().contains(u"blog"_s), kTimeout);
    const QString text = preview->toPlainText();
    QVERIFY(text.contains(u"Uptime report: November 2026"_s));
    QVERIFY(!text.contains(u"api"_s));
    QVERIFY(QString(text).replace(QChar(0xa0), u' ').contains(DisplayFormat::percent(100.0)));
    // Another choice replaces it.
    child<QRadioButton>("allRadio")->setChecked(true);
    QTRY_VERIFY_WITH_TIMEOUT(preview->toPlainText().contains(u"api"_s), kTimeout);
}

void TestReportDialog::pdfFromChosenMonitors()
{
    child<QRadioButton>("chosenRadio")->setChecked(true);
    auto *list = child<QListWidget>("monitorList");
    QCOMPARE(list->count(), 3);
    list->item(2)->setCheckState(Qt::Checked); // blog
    const QString path = m_dir->filePath(u"report.pdf"_s);
    child<QLineEdit>("pathEdit")->setText(path);
    QSignalSpy saved(m_dialog.get(), &ReportDialog::saved);
    child<QPushButton>("saveButton")->click();
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, kTimeout);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.read(5), QByteArray("%PDF-"));
}

void TestReportDialog::problemsDisableSave()
{
    auto *save = child<QPushButton>("saveButton");
    auto *status = child<QLabel>("statusLabel");
    QVERIFY(save->isEnabled());
    child<QRadioButton>("chosenRadio")->setChecked(true);
    QVERIFY(!save->isEnabled());
    QCOMPARE(status->text(), u"Tick at least one monitor."_s);
    child<QRadioButton>("allRadio")->setChecked(true);
    QVERIFY(save->isEnabled());

    child<QRadioButton>("customRadio")->setChecked(true);
    child<QDateEdit>("fromEdit")->setDate(QDate(2026, 11, 20));
    child<QDateEdit>("toEdit")->setDate(QDate(2026, 11, 10));
    QVERIFY(!save->isEnabled());
    QCOMPARE(status->text(), u"The first day must not be after the last."_s);
    child<QDateEdit>("toEdit")->setDate(QDate(2026, 11, 30));
    QVERIFY(save->isEnabled());

    child<QLineEdit>("pathEdit")->setText(m_dir->filePath(u"report.txt"_s));
    QVERIFY(!save->isEnabled());
    QCOMPARE(status->text(), u"The file name must end in .pdf or .html."_s);
    child<QLineEdit>("pathEdit")->setText(u"relative.pdf"_s);
    QVERIFY(!save->isEnabled());
}

QTEST_MAIN(TestReportDialog)
#include "tst_reportdialog.moc"
