#include "ui/dialogs/ReportDialog.h"

#include "core/base/Clock.h"
#include "core/store/StoreThread.h"
#include "ui/report/ReportDocument.h"
#include "ui/window/StatusStyle.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {

QString pathOf(const QLineEdit &edit)
{
    return QDir::fromNativeSeparators(edit.text().trimmed());
}

// The core's lower-case error as a sentence to show.
QString sentence(QString text)
{
    if (text.isEmpty())
        return text;
    text[0] = text.at(0).toUpper();
    if (!text.endsWith(u'.'))
        text += u'.';
    return text;
}

} // namespace

ReportDialog::ReportDialog(StoreThread &store, const QList<Monitor> &monitors,
                           std::shared_ptr<const Clock> clock, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_clock(std::move(clock))
    , m_thisMonthRadio(new QRadioButton(tr("&This month"), this))
    , m_lastMonthRadio(new QRadioButton(tr("&Last month"), this))
    , m_customRadio(new QRadioButton(tr("&Custom:"), this))
    , m_fromEdit(new QDateEdit(this))
    , m_toEdit(new QDateEdit(this))
    , m_allRadio(new QRadioButton(tr("&All monitors (%L1)").arg(monitors.size()), this))
    , m_tagRadio(new QRadioButton(tr("With the t&ag:"), this))
    , m_chosenRadio(new QRadioButton(tr("C&hosen monitors:"), this))
    , m_tagCombo(new QComboBox(this))
    , m_monitorList(new QListWidget(this))
    , m_pathEdit(new QLineEdit(this))
    , m_browseButton(new QPushButton(tr("&Browse…"), this))
    , m_preview(new QTextBrowser(this))
    , m_statusLabel(new QLabel(this))
    , m_saveButton(new QPushButton(tr("&Save"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setWindowTitle(tr("Uptime report"));
    m_thisMonthRadio->setObjectName(QStringLiteral("thisMonthRadio"));
    m_lastMonthRadio->setObjectName(QStringLiteral("lastMonthRadio"));
    m_customRadio->setObjectName(QStringLiteral("customRadio"));
    m_fromEdit->setObjectName(QStringLiteral("fromEdit"));
    m_toEdit->setObjectName(QStringLiteral("toEdit"));
    m_allRadio->setObjectName(QStringLiteral("allRadio"));
    m_tagRadio->setObjectName(QStringLiteral("tagRadio"));
    m_chosenRadio->setObjectName(QStringLiteral("chosenRadio"));
    m_tagCombo->setObjectName(QStringLiteral("tagCombo"));
    m_monitorList->setObjectName(QStringLiteral("monitorList"));
    m_pathEdit->setObjectName(QStringLiteral("pathEdit"));
    m_browseButton->setObjectName(QStringLiteral("browseButton"));
    m_preview->setObjectName(QStringLiteral("preview"));
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_saveButton->setObjectName(QStringLiteral("saveButton"));

    // Period: a finished month is what is usually handed on, so last month comes first.
    auto *when = new QGroupBox(tr("Period"), this);
    auto *whenLayout = new QGridLayout(when);
    auto *whenGroup = new QButtonGroup(this);
    for (QRadioButton *radio : {m_thisMonthRadio, m_lastMonthRadio, m_customRadio})
        whenGroup->addButton(radio);
    m_lastMonthRadio->setChecked(true);
    const QDate today = m_clock->nowUtc().toLocalTime().date();
    for (QDateEdit *edit : {m_fromEdit, m_toEdit}) {
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setCalendarPopup(true);
        edit->setToolTip(tr("Local time; both days are included"));
    }
    m_fromEdit->setDate(QDate(today.year(), today.month(), 1));
    m_toEdit->setDate(today);
    whenLayout->addWidget(m_thisMonthRadio, 0, 0, 1, 4);
    whenLayout->addWidget(m_lastMonthRadio, 1, 0, 1, 4);
    whenLayout->addWidget(m_customRadio, 2, 0);
    whenLayout->addWidget(m_fromEdit, 2, 1);
    whenLayout->addWidget(new QLabel(tr("to"), when), 2, 2);
    whenLayout->addWidget(m_toEdit, 2, 3);
    whenLayout->setColumnStretch(4, 1);

    // Which monitors.
    auto *which = new QGroupBox(tr("Monitors"), this);
    auto *whichLayout = new QGridLayout(which);
    auto *whichGroup = new QButtonGroup(this);
    for (QRadioButton *radio : {m_allRadio, m_tagRadio, m_chosenRadio})
        whichGroup->addButton(radio);
    m_allRadio->setChecked(true);
    QStringList tags;
    for (const Monitor &monitor : monitors) {
        for (const QString &tag : monitor.tags) {
            if (!tags.contains(tag))
                tags.append(tag);
        }
        auto *item = new QListWidgetItem(monitor.name, m_monitorList);
        item->setData(Qt::UserRole, monitor.id);
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
        item->setCheckState(Qt::Unchecked);
    }
    tags.sort(Qt::CaseInsensitive);
    m_tagCombo->addItems(tags);
    m_tagRadio->setEnabled(!tags.isEmpty());
    m_monitorList->setMaximumHeight(m_monitorList->fontMetrics().height() * 8);
    whichLayout->addWidget(m_allRadio, 0, 0, 1, 2);
    whichLayout->addWidget(m_tagRadio, 1, 0);
    whichLayout->addWidget(m_tagCombo, 1, 1);
    whichLayout->addWidget(m_chosenRadio, 2, 0, 1, 2);
    whichLayout->addWidget(m_monitorList, 3, 0, 1, 2);
    whichLayout->setColumnStretch(1, 1);

    auto *file = new QGroupBox(tr("File"), this);
    auto *fileLayout = new QHBoxLayout(file);
    m_pathEdit->setPlaceholderText(tr("Where to save the report (.pdf or .html)"));
    m_pathEdit->setMinimumWidth(m_pathEdit->fontMetrics().averageCharWidth() * 48);
    fileLayout->addWidget(m_pathEdit, 1);
    fileLayout->addWidget(m_browseButton);

    m_preview->setOpenLinks(false);
    m_preview->setMinimumHeight(m_preview->fontMetrics().height() * 12);
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_buttons->addButton(m_saveButton, QDialogButtonBox::AcceptRole);
    m_saveButton->setDefault(true);

    auto *choices = new QHBoxLayout;
    choices->addWidget(when, 1);
    choices->addWidget(which, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(choices);
    layout->addWidget(file);
    layout->addWidget(new QLabel(tr("Preview:"), this));
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_buttons);

    for (QRadioButton *radio :
         {m_thisMonthRadio, m_lastMonthRadio, m_customRadio, m_allRadio, m_tagRadio, m_chosenRadio})
        connect(radio, &QRadioButton::toggled, this, &ReportDialog::refreshPreview);
    connect(m_fromEdit, &QDateEdit::dateChanged, this, &ReportDialog::refreshPreview);
    connect(m_toEdit, &QDateEdit::dateChanged, this, &ReportDialog::refreshPreview);
    connect(m_tagCombo, &QComboBox::currentIndexChanged, this, &ReportDialog::refreshPreview);
    connect(m_monitorList, &QListWidget::itemChanged, this, &ReportDialog::refreshPreview);
    connect(m_pathEdit, &QLineEdit::textChanged, this, &ReportDialog::updateState);
    connect(m_browseButton, &QPushButton::clicked, this, &ReportDialog::browse);
    connect(m_saveButton, &QPushButton::clicked, this, &ReportDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    setFilePath(QFileInfo(documents).isDir() ? documents : QDir::homePath());
    refreshPreview();
}

void ReportDialog::setFilePath(const QString &path)
{
    const QString chosen = QFileInfo(path).isDir() ? QDir(path).filePath(defaultFileName()) : path;
    m_pathEdit->setText(QDir::toNativeSeparators(chosen));
    updateState();
}

QString ReportDialog::defaultFileName() const
{
    const auto shown = period();
    const QString month = shown ? shown->monthName() : QString();
    return QStringLiteral("upwatch-report-%1.pdf")
        .arg(month.isEmpty() ? m_clock->nowUtc().toLocalTime().date().toString(Qt::ISODate)
                             : month);
}

void ReportDialog::browse()
{
    auto *dialog = new QFileDialog(this, tr("Save uptime report"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setNameFilters(
        {tr("PDF documents (*.pdf)"), tr("HTML pages (*.html *.htm)"), tr("All files (*)")});
    dialog->setDefaultSuffix(QStringLiteral("pdf"));
    const QFileInfo current(pathOf(*m_pathEdit));
    if (!current.filePath().isEmpty() && current.dir().exists())
        dialog->setDirectory(current.absolutePath());
    dialog->selectFile(current.fileName().isEmpty() ? defaultFileName() : current.fileName());
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString &path) { m_pathEdit->setText(QDir::toNativeSeparators(path)); });
    dialog->open();
}

std::optional<ReportPeriod> ReportDialog::period() const
{
    if (m_thisMonthRadio->isChecked())
        return ReportPeriod::thisMonth(*m_clock);
    if (m_lastMonthRadio->isChecked())
        return ReportPeriod::lastMonth(*m_clock);
    if (m_fromEdit->date() > m_toEdit->date())
        return std::nullopt;
    return ReportPeriod::days(m_fromEdit->date(), m_toEdit->date());
}

ReportSelection ReportDialog::selection() const
{
    ReportSelection chosen;
    if (m_tagRadio->isChecked()) {
        chosen.tag = m_tagCombo->currentText();
    }
    else if (m_chosenRadio->isChecked()) {
        for (int row = 0; row < m_monitorList->count(); ++row) {
            const QListWidgetItem *item = m_monitorList->item(row);
            if (item->checkState() == Qt::Checked)
                chosen.monitorIds.append(item->data(Qt::UserRole).toLongLong());
        }
    }
    return chosen;
}

QString ReportDialog::problem() const
{
    if (!period())
        return tr("The first day must not be after the last.");
    if (m_tagRadio->isChecked() && m_tagCombo->currentText().isEmpty())
        return tr("Choose a tag.");
    if (m_chosenRadio->isChecked() && selection().monitorIds.isEmpty())
        return tr("Tick at least one monitor.");
    return {};
}

QString ReportDialog::fileProblem() const
{
    const QString path = pathOf(*m_pathEdit);
    if (path.isEmpty())
        return tr("Choose the file to save the report to.");
    const QFileInfo info(path);
    if (info.isRelative())
        return tr("Enter the full path of the file, or choose one with Browse….");
    if (info.isDir())
        return tr("%1 is a folder; enter a file name.").arg(QDir::toNativeSeparators(path));
    if (!ReportDocument::formatFor(path))
        return tr("The file name must end in .pdf or .html.");
    if (!info.dir().exists())
        return tr("The folder %1 does not exist.")
            .arg(QDir::toNativeSeparators(info.absolutePath()));
    return {};
}

void ReportDialog::updateState()
{
    m_fromEdit->setEnabled(m_customRadio->isChecked());
    m_toEdit->setEnabled(m_customRadio->isChecked());
    m_tagCombo->setEnabled(m_tagRadio->isChecked());
    m_monitorList->setEnabled(m_chosenRadio->isChecked());
    if (m_saving)
        return;
    QString why = problem();
    if (why.isEmpty())
        why = fileProblem();
    m_saveButton->setEnabled(why.isEmpty());
    if (!why.isEmpty())
        showStatus(why, true);
    else if (QFileInfo::exists(pathOf(*m_pathEdit)))
        showStatus(tr("The file exists; Save replaces it."));
    else
        showStatus({});
}

void ReportDialog::refreshPreview()
{
    updateState();
    const auto shown = period();
    if (!shown || !problem().isEmpty()) {
        ++m_generation; // an answer still on its way is for other choices
        m_preview->clear();
        return;
    }
    const quint64 generation = ++m_generation;
    m_preview->setPlainText(tr("Reading the history…"));
    UptimeReport::load(m_store, this, selection(), *shown, m_clock->nowUtc(),
                       [this, generation](const HistoryAnswer<UptimeReport> &answer) {
                           if (generation != m_generation)
                               return;
                           if (!answer.value) {
                               m_preview->clear();
                               showStatus(sentence(answer.error), true);
                               return;
                           }
                           const ReportDocument document(*answer.value);
                           m_preview->setHtml(u"<h3>" + document.title().toHtmlEscaped() +
                                              u"</h3>" + document.summaryHtml());
                       });
}

void ReportDialog::save()
{
    if (m_saving || !problem().isEmpty() || !fileProblem().isEmpty())
        return;
    const auto shown = period();
    const QString path = pathOf(*m_pathEdit);
    m_saving = true;
    m_saveButton->setEnabled(false);
    showStatus(tr("Writing the report…"));
    UptimeReport::load(
        m_store, this, selection(), *shown, m_clock->nowUtc(),
        [this, path](const HistoryAnswer<UptimeReport> &answer) {
            m_saving = false;
            m_saveButton->setEnabled(true);
            QString error = answer.error;
            if (answer.value && ReportDocument(*answer.value).write(path, &error)) {
                showStatus(tr("Saved the report to %1").arg(QDir::toNativeSeparators(path)));
                emit saved(path);
                return;
            }
            showStatus(sentence(error), true);
        });
}

void ReportDialog::showStatus(const QString &text, bool isProblem)
{
    QPalette palette = m_statusLabel->palette();
    palette.setColor(QPalette::WindowText, isProblem ? StatusStyle::color(MonitorState::Down)
                                                     : this->palette().color(QPalette::WindowText));
    m_statusLabel->setPalette(palette);
    m_statusLabel->setText(text);
}
