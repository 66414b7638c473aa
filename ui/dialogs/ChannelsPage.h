#pragma once

#include "core/model/AlertChannel.h"

#include <QStringList>
#include <QWidget>

#include <optional>

class ChannelBackend;
class ChannelListModel;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

// The Channels page of the Settings dialog: the alert channels in a table, with Add…, Edit…
// (or a double-click), Remove (after a confirmation) and Send test, whose result is shown under
// the table ("Delivered in 1 attempt" or why it failed). Changes are saved through the backend
// at once, not when Settings closes. Without channels the page explains what they are.
// The backend must outlive the page.
class ChannelsPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChannelsPage)

public:
    // `monitorNames`, `tags`: what a channel's scope can be narrowed to.
    ChannelsPage(ChannelBackend &backend, const QStringList &monitorNames, const QStringList &tags,
                 QWidget *parent = nullptr);

    // The monitors and tags offered by the channel dialogs opened from now on.
    void setMonitors(const QStringList &monitorNames, const QStringList &tags);

    [[nodiscard]] ChannelListModel *model() const { return m_model; }

private:
    void reload();
    void addChannel();
    void editSelected();
    void openDialog(const AlertChannel &channel);
    void removeSelected();
    void testSelected();
    void selectChannel(qint64 id);
    void showStatus(const QString &text, bool problem);
    void updateButtons();
    [[nodiscard]] std::optional<AlertChannel> selectedChannel() const;

    ChannelBackend &m_backend;
    QStringList m_monitorNames;
    QStringList m_tags;
    qint64 m_testing = 0; // the channel a test runs for, 0: none
    ChannelListModel *m_model;
    QSortFilterProxyModel *m_sorted;
    QStackedWidget *m_stack;
    QLabel *m_emptyLabel;
    QTableView *m_table;
    QPushButton *m_addButton;
    QPushButton *m_editButton;
    QPushButton *m_removeButton;
    QPushButton *m_testButton;
    QLabel *m_statusLabel;
};
