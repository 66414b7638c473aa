#include "ui/dialogs/ChannelsPage.h"

#include "ui/dialogs/ChannelBackend.h"
#include "ui/dialogs/ChannelDialog.h"
#include "ui/dialogs/ChannelInput.h"
#include "ui/dialogs/ChannelListModel.h"
#include "ui/dialogs/FormWidgets.h"
#include "ui/window/StatusStyle.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace {

QPushButton *button(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *result = new QPushButton(text, parent);
    result->setObjectName(objectName);
    result->setAutoDefault(false);
    return result;
}

} // namespace

ChannelsPage::ChannelsPage(ChannelBackend &backend, const QStringList &monitorNames,
                           const QStringList &tags, QWidget *parent)
    : QWidget(parent)
    , m_backend(backend)
    , m_monitorNames(monitorNames)
    , m_tags(tags)
    , m_model(new ChannelListModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_stack(new QStackedWidget(this))
    , m_emptyLabel(new QLabel(m_stack))
    , m_table(new QTableView(m_stack))
    , m_addButton(button(tr("&Add\u2026"), QStringLiteral("addButton"), this))
    , m_editButton(button(tr("&Edit\u2026"), QStringLiteral("editButton"), this))
    , m_removeButton(button(tr("&Remove"), QStringLiteral("removeButton"), this))
    , m_testButton(button(tr("Send &test"), QStringLiteral("testButton"), this))
    , m_statusLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("channelsPage"));
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_table->setObjectName(QStringLiteral("channelTable"));
    m_table->setModel(m_sorted);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ChannelListModel::NameColumn, Qt::AscendingOrder);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);

    m_emptyLabel->setObjectName(QStringLiteral("emptyLabel"));
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setMargin(24);
    m_emptyLabel->setText(
        tr("No alert channels yet.\n\nA channel tells someone else when a monitor goes down, "
           "recovers, slows down or has a certificate about to expire: a webhook posts to "
           "Slack, Discord, ntfy, Gotify or any URL; a command runs a program of yours. The "
           "window and `upwatch run` both use them.\n\nClick Add\u2026 to create one."));
    m_stack->addWidget(m_emptyLabel);
    m_stack->addWidget(m_table);

    auto *intro = new QLabel(tr("Changes to channels are saved at once."), this);
    intro->setWordWrap(true);

    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextFormat(Qt::PlainText);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QHBoxLayout;
    for (QPushButton *each : {m_addButton, m_editButton, m_removeButton, m_testButton})
        buttons->addWidget(each);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_stack, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_statusLabel);

    connect(&m_backend, &ChannelBackend::channelsChanged, this, &ChannelsPage::reload);
    connect(&m_backend, &ChannelBackend::deliveryFinished, m_model,
            &ChannelListModel::recordDelivery);
    connect(m_addButton, &QPushButton::clicked, this, &ChannelsPage::addChannel);
    connect(m_editButton, &QPushButton::clicked, this, &ChannelsPage::editSelected);
    connect(m_removeButton, &QPushButton::clicked, this, &ChannelsPage::removeSelected);
    connect(m_testButton, &QPushButton::clicked, this, &ChannelsPage::testSelected);
    connect(m_table, &QTableView::doubleClicked, this, &ChannelsPage::editSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ChannelsPage::updateButtons);

    reload();
    if (m_sorted->rowCount() > 0)
        m_table->selectRow(0);
}

void ChannelsPage::setMonitors(const QStringList &monitorNames, const QStringList &tags)
{
    m_monitorNames = monitorNames;
    m_tags = tags;
}

void ChannelsPage::reload()
{
    m_model->setChannels(m_backend.channels());
    m_stack->setCurrentWidget(m_model->rowCount() == 0 ? static_cast<QWidget *>(m_emptyLabel)
                                                       : m_table);
    // Fit the columns to their text, but no column takes the width of all others (a long
    // command line); its full text is in the tooltip.
    m_table->resizeColumnsToContents();
    const int widest = m_table->fontMetrics().averageCharWidth() * 26;
    for (int column = 0; column < ChannelListModel::ColumnCount; ++column)
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), widest));
    updateButtons();
}

void ChannelsPage::addChannel()
{
    openDialog(AlertChannel());
}

void ChannelsPage::editSelected()
{
    if (const auto channel = selectedChannel())
        openDialog(*channel);
}

void ChannelsPage::openDialog(const AlertChannel &channel)
{
    auto *dialog = new ChannelDialog(m_backend, channel, m_monitorNames, m_tags, this);
    dialog->setObjectName(QStringLiteral("channelDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const auto saved = dialog->savedChannel();
        if (!saved)
            return;
        reload(); // the backend may announce the change later; show it now
        selectChannel(saved->id);
        showStatus(tr("Saved the channel '%1'.").arg(saved->name), false);
    });
    dialog->open();
}

void ChannelsPage::removeSelected()
{
    const auto channel = selectedChannel();
    if (!channel)
        return;
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("Remove channel"),
        tr("Remove the channel '%1'? It will not be told about anything any more, and its "
           "stored URL and headers are deleted from the keychain.")
            .arg(channel->name),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("removeConfirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->button(QMessageBox::Yes)->setText(tr("Remove"));
    box->setDefaultButton(QMessageBox::Cancel);
    const qint64 id = channel->id;
    const QString name = channel->name;
    connect(box, &QMessageBox::finished, this, [this, id, name](int result) {
        if (result != QMessageBox::Yes)
            return;
        m_backend.remove(id, this, [this, name](const QString &error) {
            if (!error.isEmpty()) {
                showStatus(tr("The channel '%1' was not removed: %2").arg(name, error), true);
                return;
            }
            reload();
            showStatus(tr("Removed the channel '%1'.").arg(name), false);
        });
    });
    box->open();
}

void ChannelsPage::testSelected()
{
    const auto channel = selectedChannel();
    if (!channel || m_testing != 0)
        return;
    m_testing = channel->id;
    showStatus(tr("Sending a test alert to '%1'\u2026").arg(channel->name), false);
    updateButtons();
    const QString name = channel->name;
    m_backend.test(channel->id, this, [this, name](const AlertDeliveryReport &report) {
        m_testing = 0;
        m_model->recordDelivery(report);
        showStatus(tr("Test alert to '%1': %2").arg(name, ChannelInput::describeDelivery(report)),
                   !report.ok);
        updateButtons();
    });
}

void ChannelsPage::selectChannel(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_sorted->mapFromSource(m_model->index(row, 0));
    m_table->selectRow(index.row());
    m_table->scrollTo(index);
}

void ChannelsPage::showStatus(const QString &text, bool problem)
{
    FormWidgets::setTextColor(m_statusLabel,
                              problem ? StatusStyle::color(MonitorState::Down) : QColor());
    m_statusLabel->setText(text);
}

void ChannelsPage::updateButtons()
{
    const bool selected = selectedChannel().has_value();
    m_editButton->setEnabled(selected);
    m_removeButton->setEnabled(selected);
    m_testButton->setEnabled(selected && m_testing == 0);
}

std::optional<AlertChannel> ChannelsPage::selectedChannel() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_model->channelAt(m_sorted->mapToSource(rows.first()).row());
}
