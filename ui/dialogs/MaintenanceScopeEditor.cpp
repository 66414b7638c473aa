#include "ui/dialogs/MaintenanceScopeEditor.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRadioButton>

#include <algorithm>

namespace {

constexpr int kValueRole = Qt::UserRole + 1; // the tag, or the monitor id

bool localeLess(const QString &a, const QString &b)
{
    return QString::localeAwareCompare(a, b) < 0;
}

QListWidgetItem *addCheckable(QListWidget *list, const QString &text, const QVariant &value,
                              bool checked)
{
    auto *item = new QListWidgetItem(text, list);
    item->setData(kValueRole, value);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    return item;
}

QList<QVariant> checkedValues(const QListWidget *list)
{
    QList<QVariant> values;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            values.append(list->item(i)->data(kValueRole));
    }
    return values;
}

} // namespace

MaintenanceScopeEditor::MaintenanceScopeEditor(const QList<Monitor> &monitors, QWidget *parent)
    : QWidget(parent)
    , m_monitors(monitors)
    , m_allRadio(new QRadioButton(tr("&All monitors"), this))
    , m_tagsRadio(new QRadioButton(tr("Monitors with &tags:"), this))
    , m_monitorsRadio(new QRadioButton(tr("C&hosen monitors:"), this))
    , m_tagList(new QListWidget(this))
    , m_filterEdit(new QLineEdit(this))
    , m_monitorList(new QListWidget(this))
    , m_keptNote(new QLabel(this))
{
    m_keptNote->setObjectName(QStringLiteral("keptTagsNote"));
    m_keptNote->setWordWrap(true);
    m_keptNote->hide();
    std::sort(m_monitors.begin(), m_monitors.end(),
              [](const Monitor &a, const Monitor &b) { return localeLess(a.name, b.name); });
    m_allRadio->setObjectName(QStringLiteral("allMonitorsRadio"));
    m_tagsRadio->setObjectName(QStringLiteral("tagsRadio"));
    m_monitorsRadio->setObjectName(QStringLiteral("chosenMonitorsRadio"));
    m_tagList->setObjectName(QStringLiteral("tagList"));
    m_filterEdit->setObjectName(QStringLiteral("monitorFilter"));
    m_filterEdit->setPlaceholderText(tr("Filter monitors"));
    m_filterEdit->setClearButtonEnabled(true);
    m_monitorList->setObjectName(QStringLiteral("monitorList"));
    const int rows = fontMetrics().height() * 6;
    m_tagList->setMinimumHeight(rows);
    m_monitorList->setMinimumHeight(rows);

    auto *group = new QButtonGroup(this);
    for (QRadioButton *radio : {m_allRadio, m_tagsRadio, m_monitorsRadio})
        group->addButton(radio);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_allRadio, 0, 0, 1, 2);
    layout->addWidget(m_tagsRadio, 1, 0);
    layout->addWidget(m_monitorsRadio, 1, 1);
    layout->addWidget(m_tagList, 2, 0, 2, 1);
    layout->addWidget(m_filterEdit, 2, 1);
    layout->addWidget(m_monitorList, 3, 1);
    layout->setColumnStretch(0, 2);
    layout->setColumnStretch(1, 3);
    layout->addWidget(m_keptNote, 4, 0, 1, 2);
    layout->setRowStretch(3, 1);

    setScope({}, {});
    for (QRadioButton *radio : {m_allRadio, m_tagsRadio, m_monitorsRadio}) {
        connect(radio, &QRadioButton::toggled, this, [this](bool on) {
            if (!on)
                return;
            updateEnabled();
            emit changed();
        });
    }
    connect(m_filterEdit, &QLineEdit::textChanged, this, &MaintenanceScopeEditor::applyFilter);
    for (QListWidget *list : {m_tagList, m_monitorList})
        connect(list, &QListWidget::itemChanged, this, &MaintenanceScopeEditor::changed);
}

void MaintenanceScopeEditor::setScope(const QList<qint64> &monitorIds, const QStringList &tags)
{
    const QSignalBlocker blockTags(m_tagList);
    const QSignalBlocker blockMonitors(m_monitorList);
    m_tagList->clear();
    m_monitorList->clear();

    QStringList known;
    for (const Monitor &monitor : std::as_const(m_monitors))
        known << monitor.tags;
    known.removeDuplicates();
    known.removeAll(QString());
    std::sort(known.begin(), known.end(), localeLess);
    // What the window names but nobody has comes first: it is what needs attention.
    for (const QString &tag : tags) {
        if (!known.contains(tag))
            addCheckable(m_tagList, tr("%1 (no monitor has it)").arg(tag), tag, true);
    }
    for (const QString &tag : std::as_const(known))
        addCheckable(m_tagList, tag, tag, tags.contains(tag));

    for (const qint64 id : monitorIds) {
        const bool exists = std::any_of(m_monitors.cbegin(), m_monitors.cend(),
                                        [id](const Monitor &m) { return m.id == id; });
        if (!exists)
            addCheckable(m_monitorList, tr("Monitor %1 (deleted)").arg(id), id, true);
    }
    for (const Monitor &monitor : std::as_const(m_monitors)) {
        QListWidgetItem *item =
            addCheckable(m_monitorList, monitor.name, monitor.id, monitorIds.contains(monitor.id));
        item->setToolTip(
            monitor.tags.isEmpty()
                ? monitor.url.toDisplayString()
                : tr("%1\nTags: %2")
                      .arg(monitor.url.toDisplayString(), monitor.tags.join(QStringLiteral(", "))));
    }
    {
        const QSignalBlocker a(m_allRadio);
        const QSignalBlocker t(m_tagsRadio);
        const QSignalBlocker m(m_monitorsRadio);
        if (!monitorIds.isEmpty())
            m_monitorsRadio->setChecked(true);
        else if (!tags.isEmpty())
            m_tagsRadio->setChecked(true);
        else
            m_allRadio->setChecked(true);
    }
    m_keptTags = monitorIds.isEmpty() ? QStringList() : tags;
    m_keptNote->setText(
        tr("Also covers the monitors tagged %1.").arg(m_keptTags.join(QStringLiteral(", "))));
    applyFilter();
    updateEnabled();
    emit changed();
}

MaintenanceScopeEditor::Mode MaintenanceScopeEditor::mode() const
{
    if (m_tagsRadio->isChecked())
        return Mode::Tags;
    if (m_monitorsRadio->isChecked())
        return Mode::Monitors;
    return Mode::All;
}

QList<qint64> MaintenanceScopeEditor::monitorIds() const
{
    QList<qint64> ids;
    if (mode() != Mode::Monitors)
        return ids;
    for (const QVariant &value : checkedValues(m_monitorList))
        ids.append(value.toLongLong());
    return ids;
}

QStringList MaintenanceScopeEditor::tags() const
{
    QStringList tags;
    if (mode() == Mode::Monitors)
        return m_keptTags;
    if (mode() != Mode::Tags)
        return tags;
    for (const QVariant &value : checkedValues(m_tagList))
        tags.append(value.toString());
    return tags;
}

QString MaintenanceScopeEditor::problem() const
{
    if (mode() == Mode::Tags && tags().isEmpty())
        return m_tagList->count() == 0 ? tr("No monitor has a tag yet: choose the monitors.")
                                       : tr("Check at least one tag.");
    if (mode() == Mode::Monitors && monitorIds().isEmpty() && m_keptTags.isEmpty())
        return tr("Check at least one monitor.");
    return {};
}

void MaintenanceScopeEditor::applyFilter()
{
    const QString filter = m_filterEdit->text().trimmed();
    for (int i = 0; i < m_monitorList->count(); ++i) {
        QListWidgetItem *item = m_monitorList->item(i);
        item->setHidden(!filter.isEmpty() && !item->text().contains(filter, Qt::CaseInsensitive));
    }
}

void MaintenanceScopeEditor::updateEnabled()
{
    m_tagList->setEnabled(m_tagsRadio->isChecked());
    m_filterEdit->setEnabled(m_monitorsRadio->isChecked());
    m_monitorList->setEnabled(m_monitorsRadio->isChecked());
    m_keptNote->setVisible(m_monitorsRadio->isChecked() && !m_keptTags.isEmpty());
}
