#include "ui/window/MonitorActions.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QStyle>

namespace {

QAction *makeAction(QObject *parent, const QString &text, const QString &themeIcon,
                    QStyle::StandardPixmap fallback, const QKeySequence &shortcut,
                    const QString &name)
{
    auto *action = new QAction(text, parent);
    action->setObjectName(name);
    action->setIcon(QIcon::fromTheme(themeIcon, QApplication::style()->standardIcon(fallback)));
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WindowShortcut);
    return action;
}

} // namespace

MonitorActions::MonitorActions(QObject *parent)
    : QObject(parent)
    , add(makeAction(this, tr("&Add monitor…"), QStringLiteral("list-add"),
                     QStyle::SP_FileDialogNewFolder, QKeySequence::New,
                     QStringLiteral("addAction")))
    , edit(makeAction(this, tr("&Edit…"), QStringLiteral("document-edit"),
                      QStyle::SP_FileDialogDetailedView, QKeySequence(Qt::CTRL | Qt::Key_E),
                      QStringLiteral("editAction")))
    , duplicate(makeAction(this, tr("D&uplicate…"), QStringLiteral("edit-copy"),
                           QStyle::SP_FileLinkIcon, QKeySequence(Qt::CTRL | Qt::Key_D),
                           QStringLiteral("duplicateAction")))
    , pause(makeAction(this, tr("&Pause"), QStringLiteral("media-playback-pause"),
                       QStyle::SP_MediaPause, QKeySequence(Qt::CTRL | Qt::Key_P),
                       QStringLiteral("pauseAction")))
    , resume(makeAction(this, tr("&Resume"), QStringLiteral("media-playback-start"),
                        QStyle::SP_MediaPlay, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
                        QStringLiteral("resumeAction")))
    , checkNow(makeAction(this, tr("&Check now"), QStringLiteral("view-refresh"),
                          QStyle::SP_BrowserReload, QKeySequence::Refresh,
                          QStringLiteral("checkNowAction")))
    , remove(makeAction(this, tr("&Delete…"), QStringLiteral("edit-delete"), QStyle::SP_TrashIcon,
                        QKeySequence::Delete, QStringLiteral("deleteAction")))
    , copyUrl(makeAction(this, tr("Copy &URL"), QStringLiteral("edit-copy"), QStyle::SP_FileIcon,
                         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
                         QStringLiteral("copyUrlAction")))
    , openInBrowser(makeAction(this, tr("&Open in browser"), QStringLiteral("internet-web-browser"),
                               QStyle::SP_DirLinkIcon, QKeySequence(Qt::CTRL | Qt::Key_O),
                               QStringLiteral("openInBrowserAction")))
{
    add->setToolTip(tr("Add a monitor"));
    remove->setToolTip(tr("Delete the selected monitors and their history"));
    checkNow->setToolTip(tr("Check the selected monitors now"));
    updateFor(0, 0);
}

void MonitorActions::updateFor(int selected, int paused)
{
    edit->setEnabled(selected == 1);
    duplicate->setEnabled(selected == 1);
    copyUrl->setEnabled(selected == 1);
    openInBrowser->setEnabled(selected == 1);
    pause->setEnabled(selected > paused);
    resume->setEnabled(paused > 0);
    checkNow->setEnabled(selected > paused);
    remove->setEnabled(selected > 0);
}

void MonitorActions::addTo(QMenu *menu) const
{
    menu->addAction(add);
    menu->addAction(edit);
    menu->addAction(duplicate);
    menu->addSeparator();
    menu->addAction(pause);
    menu->addAction(resume);
    menu->addAction(checkNow);
    menu->addSeparator();
    menu->addAction(copyUrl);
    menu->addAction(openInBrowser);
    menu->addSeparator();
    menu->addAction(remove);
}
