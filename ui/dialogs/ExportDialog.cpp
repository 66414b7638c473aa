#include "ui/dialogs/ExportDialog.h"

#include "core/base/Clock.h"
#include "core/store/StoreThread.h"
#include "ui/dialogs/MonitorInput.h"
#include "ui/window/StatusStyle.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <algorithm>
#include <cstdlib>

namespace {

// Progress of a known total is shown per mille: totals may not fit the bar's int.
constexpr int kProgressSteps = 1000;

// The minute a time edit shows, in UTC.
QDateTime shownMinute(const QDateTimeEdit &edit)
{
    const QDateTime shown = edit.dateTime();
    const QTime time = shown.time();
    return QDateTime(shown.date(), QTime(time.hour(), time.minute()), Qt::LocalTime).toUTC();
}

QString pathOf(const QLineEdit &edit)
{
    return QDir::fromNativeSeparators(edit.text().trimmed());
}

} // namespace

ExportDialog::ExportDialog(QString databasePath, const QList<Monitor> &monitors,
                           const QList<qint64> &selectedIds, std::shared_ptr<const Clock> clock,
                           QWidget *parent)
    : QDialog(parent)
    , m_databasePath(std::move(databasePath))
    , m_clock(std::move(clock))
    , m_selectedIds(selectedIds)
    , m_allRadio(new QRadioButton(tr("&All monitors (%L1)").arg(monitors.size()), this))
    , m_selectedRadio(
          new QRadioButton(tr("&Selected monitors (%L1)").arg(selectedIds.size()), this))
    , m_fromEdit(new QDateTimeEdit(this))
    , m_toEdit(new QDateTimeEdit(this))
    , m_allHistoryCheck(new QCheckBox(tr("All &history"), this))
    , m_pathEdit(new QLineEdit(this))
    , m_browseButton(new QPushButton(tr("&Browse…"), this))
    , m_exportButton(new QPushButton(tr("&Export"), this))
    , m_progressBar(new QProgressBar(this))
    , m_statusLabel(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setWindowTitle(tr("Export history"));
    m_allRadio->setObjectName(QStringLiteral("allRadio"));
    m_selectedRadio->setObjectName(QStringLiteral("selectedRadio"));
    m_fromEdit->setObjectName(QStringLiteral("fromEdit"));
    m_toEdit->setObjectName(QStringLiteral("toEdit"));
    m_allHistoryCheck->setObjectName(QStringLiteral("allHistoryCheck"));
    m_pathEdit->setObjectName(QStringLiteral("pathEdit"));
    m_browseButton->setObjectName(QStringLiteral("browseButton"));
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_progressBar->setObjectName(QStringLiteral("progressBar"));
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));

    auto *which = new QGroupBox(tr("Monitors"), this);
    auto *whichLayout = new QVBoxLayout(which);
    whichLayout->addWidget(m_allRadio);
    whichLayout->addWidget(m_selectedRadio);
    auto *whichGroup = new QButtonGroup(this);
    whichGroup->addButton(m_allRadio);
    whichGroup->addButton(m_selectedRadio);
    m_selectedRadio->setEnabled(!selectedIds.isEmpty());
    (selectedIds.isEmpty() ? m_allRadio : m_selectedRadio)->setChecked(true);

    auto *when = new QGroupBox(tr("Time range"), this);
    auto *whenLayout = new QFormLayout(when);
    const QDateTime now = m_clock->nowUtc().toLocalTime();
    for (QDateTimeEdit *edit : {m_fromEdit, m_toEdit}) {
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        edit->setCalendarPopup(true);
        edit->setToolTip(tr("Local time; both minutes are included"));
    }
    m_fromEdit->setDateTime(now.addDays(-7));
    m_toEdit->setDateTime(now);
    whenLayout->addRow(m_allHistoryCheck);
    whenLayout->addRow(tr("&From:"), m_fromEdit);
    whenLayout->addRow(tr("&To:"), m_toEdit);
    auto *zone = new QLabel(timeZoneText(now), when);
    zone->setObjectName(QStringLiteral("timeZoneLabel"));
    zone->setWordWrap(true);
    whenLayout->addRow(zone);

    auto *file = new QGroupBox(tr("File"), this);
    auto *fileLayout = new QHBoxLayout(file);
    m_pathEdit->setPlaceholderText(tr("Where to save the CSV file"));
    m_pathEdit->setMinimumWidth(m_pathEdit->fontMetrics().averageCharWidth() * 48);
    fileLayout->addWidget(m_pathEdit, 1);
    fileLayout->addWidget(m_browseButton);

    m_progressBar->setRange(0, kProgressSteps);
    m_progressBar->setValue(0);
    m_progressBar->setTextVisible(false);
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_buttons->addButton(m_exportButton, QDialogButtonBox::AcceptRole);
    m_exportButton->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(which);
    layout->addWidget(when);
    layout->addWidget(file);
    layout->addWidget(m_progressBar);
    layout->addWidget(m_statusLabel);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_allHistoryCheck, &QCheckBox::toggled, this, &ExportDialog::updateState);
    connect(m_fromEdit, &QDateTimeEdit::dateTimeChanged, this, &ExportDialog::updateState);
    connect(m_toEdit, &QDateTimeEdit::dateTimeChanged, this, &ExportDialog::updateState);
    connect(m_pathEdit, &QLineEdit::textChanged, this, &ExportDialog::updateState);
    connect(m_browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_exportButton, &QPushButton::clicked, this, &ExportDialog::startExport);
    // Close closes, but while an export runs the same button cancels it and the window stays.
    connect(m_buttons->button(QDialogButtonBox::Close), &QPushButton::clicked, this, [this] {
        if (m_cancel)
            cancelExport();
        else
            reject();
    });

    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    setFilePath(QFileInfo(documents).isDir() ? documents : QDir::homePath());
}

ExportDialog::~ExportDialog()
{
    if (m_cancel)
        m_cancel->store(true);
    // The export's thread waits for the job, which stops at the flag, and ends.
    delete m_exportStore;
}

void ExportDialog::setFilePath(const QString &path)
{
    const QString chosen = QFileInfo(path).isDir() ? QDir(path).filePath(defaultFileName()) : path;
    m_pathEdit->setText(QDir::toNativeSeparators(chosen));
    updateState();
}

void ExportDialog::reject()
{
    // Escape or the window's close button: stop the export and go; nothing is left behind.
    if (m_cancel)
        cancelExport();
    QDialog::reject();
}

void ExportDialog::browse()
{
    auto *dialog = new QFileDialog(this, tr("Export history"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setNameFilters({tr("CSV files (*.csv)"), tr("All files (*)")});
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    const QFileInfo current(pathOf(*m_pathEdit));
    if (!current.filePath().isEmpty() && current.dir().exists())
        dialog->setDirectory(current.absolutePath());
    dialog->selectFile(current.fileName().isEmpty() ? defaultFileName() : current.fileName());
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString &path) { m_pathEdit->setText(QDir::toNativeSeparators(path)); });
    dialog->open();
}

QString ExportDialog::timeZoneText(const QDateTime &localNow)
{
    const int offset = localNow.offsetFromUtc();
    const int minutes = std::abs(offset) / 60;
    const QString utcOffset = QStringLiteral("UTC%1%2:%3")
                                  .arg(QChar(offset < 0 ? u'-' : u'+'))
                                  .arg(minutes / 60, 2, 10, QChar(u'0'))
                                  .arg(minutes % 60, 2, 10, QChar(u'0'));
    QString zone = localNow.timeZoneAbbreviation();
    if (zone.isEmpty() || zone == utcOffset || zone.startsWith(QStringLiteral("UTC")) ||
        zone.startsWith(QStringLiteral("GMT")))
        zone = utcOffset;
    else
        zone = QStringLiteral("%1, %2").arg(zone, utcOffset);
    return tr("From and To are local time (%1). The file's timestamps are in UTC (ISO 8601).")
        .arg(zone);
}

QString ExportDialog::defaultFileName() const
{
    return QStringLiteral("upwatch-history-%1.csv")
        .arg(m_clock->nowUtc().toLocalTime().date().toString(Qt::ISODate));
}

QString ExportDialog::problem() const
{
    if (!m_allHistoryCheck->isChecked() && shownMinute(*m_fromEdit) >= shownMinute(*m_toEdit))
        return tr("“From” must be before “To”.");
    const QString path = pathOf(*m_pathEdit);
    if (path.isEmpty())
        return tr("Choose the file to export to.");
    const QFileInfo info(path);
    if (info.isRelative())
        return tr("Enter the full path of the file, or choose one with Browse….");
    if (info.isDir())
        return tr("%1 is a folder; enter a file name.").arg(QDir::toNativeSeparators(path));
    if (!info.dir().exists())
        return tr("The folder %1 does not exist.")
            .arg(QDir::toNativeSeparators(info.absolutePath()));
    return {};
}

void ExportDialog::updateState()
{
    if (m_cancel)
        return; // the controls stay as they are until the export ends
    const QString why = problem();
    m_fromEdit->setEnabled(!m_allHistoryCheck->isChecked());
    m_toEdit->setEnabled(!m_allHistoryCheck->isChecked());
    m_exportButton->setEnabled(why.isEmpty());
    if (!why.isEmpty())
        showStatus(why, true);
    else if (QFileInfo::exists(pathOf(*m_pathEdit)))
        showStatus(tr("The file exists; Export replaces it."));
    else
        showStatus({});
}

ResultFilter ExportDialog::filter() const
{
    ResultFilter filter;
    if (m_selectedRadio->isChecked())
        filter.monitorIds = m_selectedIds;
    if (!m_allHistoryCheck->isChecked()) {
        filter.since = shownMinute(*m_fromEdit);
        filter.until = shownMinute(*m_toEdit).addSecs(60); // the "To" minute is included
    }
    return filter;
}

void ExportDialog::setRunning(bool running)
{
    m_allRadio->setEnabled(!running);
    m_selectedRadio->setEnabled(!running && !m_selectedIds.isEmpty());
    m_allHistoryCheck->setEnabled(!running);
    m_fromEdit->setEnabled(!running && !m_allHistoryCheck->isChecked());
    m_toEdit->setEnabled(!running && !m_allHistoryCheck->isChecked());
    m_pathEdit->setEnabled(!running);
    m_browseButton->setEnabled(!running);
    m_exportButton->setEnabled(!running && problem().isEmpty());
    m_buttons->button(QDialogButtonBox::Close)->setText(running ? tr("Cancel") : tr("Close"));
}

void ExportDialog::startExport()
{
    if (m_cancel || !problem().isEmpty())
        return;
    const QString path = pathOf(*m_pathEdit);
    const ResultFilter selection = filter();
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_cancel = cancel;
    setRunning(true);
    m_progressBar->setRange(0, 0);
    showStatus(tr("Exporting…"));

    // A connection of its own: the session's store thread runs one job at a time.
    m_exportStore = new StoreThread(m_databasePath, this);
    HistoryExportJob::start(
        *m_exportStore, this, selection, path, cancel,
        [this](qint64 written, qint64 total) { showProgress(written, total); },
        [this, path](HistoryExportJob::Outcome outcome) {
            outcome.error = MonitorInput::sentence(outcome.error);
            finishExport(outcome, path);
        });
}

void ExportDialog::showStatus(const QString &text, bool isProblem)
{
    QPalette palette = m_statusLabel->palette();
    palette.setColor(QPalette::WindowText, isProblem ? StatusStyle::color(MonitorState::Down)
                                                     : this->palette().color(QPalette::WindowText));
    m_statusLabel->setPalette(palette);
    m_statusLabel->setText(text);
}

void ExportDialog::cancelExport()
{
    if (!m_cancel)
        return;
    m_cancel->store(true);
    m_buttons->button(QDialogButtonBox::Close)->setEnabled(false);
    showStatus(tr("Cancelling…"));
}

void ExportDialog::showProgress(qint64 written, qint64 total)
{
    if (!m_cancel || m_cancel->load())
        return;
    if (total < 0) {
        m_progressBar->setRange(0, 0); // busy: a filtered export's size is not known up front
        showStatus(tr("Exporting… %L1 results written").arg(written));
        return;
    }
    m_progressBar->setRange(0, kProgressSteps);
    m_progressBar->setTextVisible(true);
    m_progressBar->setValue(total > 0 ? int(std::min(written, total) * kProgressSteps / total)
                                      : kProgressSteps);
    showStatus(tr("Exporting… %L1 of %L2 results").arg(written).arg(total));
}

void ExportDialog::finishExport(const HistoryExportJob::Outcome &outcome, const QString &path)
{
    m_cancel.reset();
    // Its job is done: the thread ends and the connection closes.
    m_exportStore->deleteLater();
    m_exportStore = nullptr;
    m_buttons->button(QDialogButtonBox::Close)->setEnabled(true);
    setRunning(false);
    m_progressBar->setRange(0, kProgressSteps);
    const bool ok = outcome.succeeded();
    m_progressBar->setValue(ok ? kProgressSteps : 0);
    m_progressBar->setTextVisible(ok);
    if (outcome.cancelled) {
        showStatus(tr("Export cancelled; no file was written."));
        return;
    }
    if (!ok) {
        showStatus(outcome.error, true);
        return;
    }
    const QString shownPath = QDir::toNativeSeparators(path);
    showStatus(outcome.written == 1
                   ? tr("Exported 1 result to %1").arg(shownPath)
                   : tr("Exported %L1 results to %2").arg(outcome.written).arg(shownPath));
    emit exported(outcome.written, path);
}
