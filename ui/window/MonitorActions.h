#pragma once

#include <QObject>

class QAction;
class QMenu;

// The actions on monitors shown in the toolbar, the Monitor menu and the table's context menu,
// with their shortcuts, icons and enabled state for a selection.
class MonitorActions final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MonitorActions)

public:
    explicit MonitorActions(QObject *parent = nullptr);

    // Enables what makes sense for `selected` monitors, `paused` of them paused.
    void updateFor(int selected, int paused);
    // Fills a context menu or the Monitor menu.
    void addTo(QMenu *menu) const;

    QAction *const add;
    QAction *const edit;
    QAction *const duplicate;
    QAction *const pause;
    QAction *const resume;
    QAction *const checkNow;
    QAction *const remove;
    QAction *const copyUrl;
    QAction *const openInBrowser;
};
