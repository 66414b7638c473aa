// screenshot-channels DIR: renders the Channels page and the channel dialog with sample
// channels (a fake backend: nothing is stored or sent) into DIR/settings-channels.png and
// DIR/channel-dialog.png, for the README. Run it under a real display server, e.g.
//   xvfb-run -a build/tests/screenshot-channels docs/screenshots
#include "tests/support/FakeChannelBackend.h"
#include "ui/dialogs/ChannelDialog.h"
#include "ui/dialogs/ChannelListModel.h"
#include "ui/dialogs/ChannelsPage.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTextStream>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace {

AlertChannel webhook(const QString &name, WebhookPreset preset, const QString &target)
{
    AlertChannel channel;
    channel.name = name;
    channel.preset = preset;
    channel.target = target;
    channel.credentialKey = u"channel/"_s + name;
    return channel;
}

bool save(QWidget *widget, const QString &path)
{
    QApplication::processEvents();
    if (!widget->grab().save(path)) {
        QTextStream(stderr) << "screenshot-channels: cannot write " << path << '\n';
        return false;
    }
    QTextStream(stdout) << path << '\n';
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (argc != 2) {
        QTextStream(stderr) << "usage: screenshot-channels DIR\n";
        return 2;
    }
    const QDir dir(QString::fromLocal8Bit(argv[1]));

    FakeChannelBackend backend;
    const AlertChannel slack = backend.addChannel(webhook(
        u"Ops Slack"_s, WebhookPreset::Slack, u"https://hooks.slack.com/services/\u2026"_s));
    AlertChannel ntfy =
        webhook(u"Phone (ntfy)"_s, WebhookPreset::Ntfy, u"https://ntfy.sh/\u2026"_s);
    ntfy.events = {AlertEventKind::Down, AlertEventKind::Up};
    ntfy.tags = {u"production"_s};
    ntfy = backend.addChannel(ntfy);
    AlertChannel command;
    command.name = u"Pager script"_s;
    command.kind = AlertChannelKind::Command;
    command.program = u"/usr/local/bin/page-oncall"_s;
    command.arguments = {u"--team"_s, u"web"_s};
    command.events = {AlertEventKind::Down};
    command.monitorNames = {u"Shop checkout"_s, u"Payments API"_s};
    command.enabled = false;
    backend.addChannel(command);

    const QStringList monitors{u"Shop checkout"_s, u"Payments API"_s, u"Blog"_s, u"Status page"_s};
    const QStringList tags{u"production"_s, u"staging"_s};
    ChannelsPage page(backend, monitors, tags);
    page.resize(940, 320);
    AlertDeliveryReport ok;
    ok.channelId = slack.id;
    ok.ok = true;
    ok.attempts = 1;
    ok.at = QDateTime::currentDateTime();
    page.model()->recordDelivery(ok);
    AlertDeliveryReport failed;
    failed.channelId = ntfy.id;
    failed.attempts = 3;
    failed.error = u"HTTP 403 Forbidden"_s;
    failed.at = QDateTime::currentDateTime().addSecs(-300);
    page.model()->recordDelivery(failed);
    page.show();
    page.findChild<QTableView *>()->selectRow(0);
    page.findChild<QPushButton *>(u"testButton"_s)->click(); // "Delivered in 1 attempt"
    QApplication::processEvents();
    bool written = save(&page, dir.filePath(u"settings-channels.png"_s));

    AlertChannel fresh;
    ChannelDialog dialog(backend, fresh, monitors, tags);
    dialog.findChild<QLineEdit *>(u"nameEdit"_s)->setText(u"On-call phone"_s);
    auto *preset = dialog.findChild<QComboBox *>(u"presetCombo"_s);
    preset->setCurrentIndex(preset->findData(int(WebhookPreset::Ntfy)));
    dialog.findChild<QLineEdit *>(u"urlEdit"_s)->setText(u"https://ntfy.sh/acme-alerts"_s);
    auto *headers = dialog.findChild<QTableWidget *>(u"headersTable"_s);
    headers->insertRow(0);
    headers->setItem(0, 0, new QTableWidgetItem(u"Authorization"_s));
    headers->setItem(0, 1, new QTableWidgetItem(u"Bearer tk_\u2026"_s));
    dialog.resize(620, 560);
    dialog.show();
    written = save(&dialog, dir.filePath(u"channel-dialog.png"_s)) && written;
    return written ? 0 : 1;
}
