#include "ui/window/UptimeGrid.h"

#include "core/format/DisplayFormat.h"
#include "ui/window/StatusStyle.h"

#include <QCoreApplication>
#include <QGridLayout>
#include <QLabel>

namespace {

QLabel *captionLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QPalette pal = label->palette();
    QColor dim = pal.color(QPalette::WindowText);
    dim.setAlpha(160);
    pal.setColor(QPalette::WindowText, dim);
    label->setPalette(pal);
    return label;
}

} // namespace

UptimeGrid::UptimeGrid(QWidget *parent)
    : QWidget(parent)
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(16);
    // The captions the detail pane had, with their translations.
    static constexpr std::array<const char *, 4> kCaptions{
        QT_TRANSLATE_NOOP("DetailPane", "Uptime 24 h"),
        QT_TRANSLATE_NOOP("DetailPane", "Uptime 7 d"),
        QT_TRANSLATE_NOOP("DetailPane", "Uptime 30 d"),
        QT_TRANSLATE_NOOP("DetailPane", "Uptime 1 y")};
    const std::array<QString, 4> names{QStringLiteral("uptimeDay"), QStringLiteral("uptimeWeek"),
                                       QStringLiteral("uptimeMonth"), QStringLiteral("uptimeYear")};
    const std::array<QString, 4> maintenanceNames{
        QStringLiteral("maintenanceDay"), QStringLiteral("maintenanceWeek"),
        QStringLiteral("maintenanceMonth"), QStringLiteral("maintenanceYear")};
    for (std::size_t i = 0; i < m_uptime.size(); ++i) {
        grid->addWidget(
            captionLabel(QCoreApplication::translate("DetailPane", kCaptions.at(i)), this), 0,
            int(i));
        auto *value = new QLabel(DisplayFormat::noValue(), this);
        value->setObjectName(names.at(i));
        QFont font = value->font();
        font.setPointSizeF(font.pointSizeF() * 1.2);
        font.setBold(true);
        value->setFont(font);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_uptime.at(i) = value;
        grid->addWidget(value, 1, int(i));
        auto *maintenance = new QLabel(this);
        maintenance->setObjectName(maintenanceNames.at(i));
        QPalette pal = maintenance->palette();
        pal.setColor(QPalette::WindowText, StatusStyle::color(MonitorState::Maintenance));
        maintenance->setPalette(pal);
        maintenance->setToolTip(tr("Time in maintenance, left out of the uptime above"));
        QSizePolicy policy = maintenance->sizePolicy();
        policy.setRetainSizeWhenHidden(false);
        maintenance->setSizePolicy(policy);
        maintenance->hide();
        m_maintenance.at(i) = maintenance;
        grid->addWidget(maintenance, 2, int(i));
    }
    grid->setColumnStretch(int(m_uptime.size()), 1);
}

void UptimeGrid::setUptime(const UptimeWindows &uptime)
{
    for (std::size_t i = 0; i < m_uptime.size(); ++i) {
        m_uptime.at(i)->setText(DisplayFormat::percent(uptime.windows.at(i).uptimePercent()));
        const qint64 ms = uptime.maintenanceMs.at(i);
        m_maintenance.at(i)->setText(ms > 0 ? tr("Maintenance %1").arg(DisplayFormat::duration(ms))
                                            : QString());
        m_maintenance.at(i)->setVisible(ms > 0);
    }
}

void UptimeGrid::clear()
{
    for (QLabel *label : m_uptime)
        label->setText(QStringLiteral("…"));
    for (QLabel *label : m_maintenance)
        label->hide();
}
