#include "ui/window/AboutDialog.h"

#include "ui/window/AppIcons.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

constexpr int kIconSize = 64;
// Wide enough that the wrapped licence text stays a short paragraph (the dialog's height follows
// from its text's width).
constexpr int kTextWidth = 380;

QLabel *textLabel(const QString &objectName, const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setMinimumWidth(kTextWidth);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    return label;
}

QString link(const QString &url)
{
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(url, url.toHtmlEscaped());
}

} // namespace

AboutDialog::AboutDialog(const QString &databasePath, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Upwatch"));
    setWindowIcon(AppIcons::app());

    auto *icon = new QLabel(this);
    icon->setObjectName(QStringLiteral("appIcon"));
    icon->setPixmap(AppIcons::app().pixmap(QSize(kIconSize, kIconSize), devicePixelRatioF()));
    icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);

    auto *title =
        textLabel(QStringLiteral("title"),
                  QStringLiteral("<span style=\"font-size:x-large\"><b>%1</b></span> %2")
                      .arg(tr("Upwatch"), tr("version %1").arg(QStringLiteral(UPWATCH_VERSION))),
                  this);
    auto *description = textLabel(
        QStringLiteral("description"),
        tr("Watches your websites and APIs and tells you the moment one goes down."), this);
    auto *homepage =
        textLabel(QStringLiteral("homepage"), link(QStringLiteral(UPWATCH_HOMEPAGE)), this);
    homepage->setOpenExternalLinks(true);
    auto *qtVersion =
        textLabel(QStringLiteral("qtVersion"),
                  tr("Built with Qt %1, running on Qt %2.")
                      .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())),
                  this);
    auto *database = textLabel(QStringLiteral("database"),
                               tr("Database: %1").arg(databasePath.toHtmlEscaped()), this);
    auto *licence = textLabel(
        QStringLiteral("licence"),
        tr("Copyright © the Upwatch authors. Licensed under the GNU General Public License, "
           "version 3 or later (GPL-3.0-or-later). Upwatch is free software: you can "
           "redistribute it and change it under the terms of that licence. It comes with "
           "ABSOLUTELY NO WARRANTY. See %1.")
            .arg(link(kLicenceUrl)),
        this);
    licence->setOpenExternalLinks(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *aboutQt = buttons->addButton(tr("About &Qt"), QDialogButtonBox::ActionRole);
    aboutQt->setObjectName(QStringLiteral("aboutQtButton"));
    aboutQt->setAutoDefault(false);
    connect(aboutQt, &QPushButton::clicked, this, &AboutDialog::showAboutQt);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *texts = new QVBoxLayout;
    for (QLabel *label : {title, description, homepage, qtVersion, database, licence})
        texts->addWidget(label);

    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addSpacing(12);
    top->addLayout(texts, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addSpacing(8);
    layout->addStretch();
    layout->addWidget(buttons);
}

void AboutDialog::showAboutQt()
{
    QMessageBox::aboutQt(this, tr("About Qt"));
}
