#include "ui/dialogs/ChannelScopeEditor.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRadioButton>
#include <QVBoxLayout>

#include <algorithm>

namespace {

constexpr int kNameRole = Qt::UserRole + 1; // the name or tag itself, without any mark

QStringList sortedUnique(QStringList list)
{
    list.removeDuplicates();
    list.removeAll(QString());
    std::sort(list.begin(), list.end(), [](const QString &a, const QString &b) {
        return QString::localeAwareCompare(a, b) < 0;
    });
    return list;
}

QStringList checkedIn(const QListWidget *list)
{
    QStringList checked;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            checked.append(list->item(i)->data(kNameRole).toString());
    }
    return checked;
}

} // namespace

ChannelScopeEditor::ChannelScopeEditor(const QStringList &monitorNames, const QStringList &tags,
                                       QWidget *parent)
    : QWidget(parent)
    , m_knownNames(sortedUnique(monitorNames))
    , m_knownTags(sortedUnique(tags))
    , m_allRadio(new QRadioButton(tr("&All monitors"), this))
    , m_chosenRadio(new QRadioButton(tr("&Only the monitors checked here, and those with a "
                                        "checked tag"),
                                     this))
    , m_filterEdit(new QLineEdit(this))
    , m_monitorList(new QListWidget(this))
    , m_tagList(new QListWidget(this))
{
    m_allRadio->setObjectName(QStringLiteral("allMonitorsRadio"));
    m_chosenRadio->setObjectName(QStringLiteral("chosenMonitorsRadio"));
    m_filterEdit->setObjectName(QStringLiteral("scopeFilter"));
    m_filterEdit->setPlaceholderText(tr("Filter monitors and tags"));
    m_filterEdit->setClearButtonEnabled(true);
    m_monitorList->setObjectName(QStringLiteral("monitorList"));
    m_tagList->setObjectName(QStringLiteral("tagList"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_allRadio);
    group->addButton(m_chosenRadio);
    m_allRadio->setChecked(true);

    auto *monitorsLabel = new QLabel(tr("&Monitors:"), this);
    monitorsLabel->setBuddy(m_monitorList);
    auto *tagsLabel = new QLabel(tr("&Tags:"), this);
    tagsLabel->setBuddy(m_tagList);
    auto *lists = new QGridLayout;
    lists->setContentsMargins(0, 0, 0, 0);
    lists->addWidget(monitorsLabel, 0, 0);
    lists->addWidget(tagsLabel, 0, 1);
    lists->addWidget(m_monitorList, 1, 0);
    lists->addWidget(m_tagList, 1, 1);
    lists->setColumnStretch(0, 3);
    lists->setColumnStretch(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_allRadio);
    layout->addWidget(m_chosenRadio);
    layout->addWidget(m_filterEdit);
    layout->addLayout(lists);

    setScope({}, {});
    connect(m_chosenRadio, &QRadioButton::toggled, this, [this] {
        updateEnabled();
        emit changed();
    });
    connect(m_filterEdit, &QLineEdit::textChanged, this, &ChannelScopeEditor::applyFilter);
    for (QListWidget *list : {m_monitorList, m_tagList})
        connect(list, &QListWidget::itemChanged, this, &ChannelScopeEditor::changed);
}

void ChannelScopeEditor::setScope(const QStringList &monitorNames, const QStringList &tags)
{
    const QSignalBlocker blockMonitors(m_monitorList);
    const QSignalBlocker blockTags(m_tagList);
    fillList(m_monitorList, m_knownNames, monitorNames, tr("%1 (no such monitor)"));
    fillList(m_tagList, m_knownTags, tags, tr("%1 (no monitor has it)"));
    const bool all = monitorNames.isEmpty() && tags.isEmpty();
    {
        const QSignalBlocker blockRadio(m_chosenRadio);
        m_allRadio->setChecked(all);
        m_chosenRadio->setChecked(!all);
    }
    applyFilter();
    updateEnabled();
    emit changed();
}

void ChannelScopeEditor::fillList(QListWidget *list, const QStringList &known,
                                  const QStringList &checked, const QString &unknownText)
{
    list->clear();
    const auto add = [list, &checked](const QString &name, const QString &text) {
        auto *item = new QListWidgetItem(text, list);
        item->setData(kNameRole, name);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(name) ? Qt::Checked : Qt::Unchecked);
    };
    // What the channel names but nobody has, first: it is what needs attention.
    for (const QString &name : checked) {
        if (!known.contains(name))
            add(name, unknownText.arg(name));
    }
    for (const QString &name : known)
        add(name, name);
}

bool ChannelScopeEditor::allMonitors() const
{
    return m_allRadio->isChecked();
}

QStringList ChannelScopeEditor::monitorNames() const
{
    return allMonitors() ? QStringList() : checkedIn(m_monitorList);
}

QStringList ChannelScopeEditor::tags() const
{
    return allMonitors() ? QStringList() : checkedIn(m_tagList);
}

void ChannelScopeEditor::applyFilter()
{
    const QString filter = m_filterEdit->text().trimmed();
    for (QListWidget *list : {m_monitorList, m_tagList}) {
        for (int i = 0; i < list->count(); ++i) {
            QListWidgetItem *item = list->item(i);
            item->setHidden(!filter.isEmpty() && !item->data(kNameRole).toString().contains(
                                                     filter, Qt::CaseInsensitive));
        }
    }
}

void ChannelScopeEditor::updateEnabled()
{
    const bool chosen = m_chosenRadio->isChecked();
    m_filterEdit->setEnabled(chosen);
    m_monitorList->setEnabled(chosen);
    m_tagList->setEnabled(chosen);
}
