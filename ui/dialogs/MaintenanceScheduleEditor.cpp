#include "ui/dialogs/MaintenanceScheduleEditor.h"

#include "ui/window/MaintenanceText.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QRadioButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTimeEdit>
#include <QTimeZone>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

QDateTimeEdit *dateTimeEdit(QWidget *parent, const QString &objectName)
{
    auto *edit = new QDateTimeEdit(parent);
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setTimeSpec(Qt::LocalTime);
    // The locale's date with hours and minutes: seconds mean nothing here.
    const QLocale locale;
    edit->setDisplayFormat(locale.dateFormat(QLocale::ShortFormat) + u' ' +
                           locale.timeFormat(QLocale::ShortFormat));
    return edit;
}

} // namespace

MaintenanceScheduleEditor::MaintenanceScheduleEditor(QWidget *parent)
    : QWidget(parent)
{
    m_onceRadio = new QRadioButton(tr("&Once"), this);
    m_onceRadio->setObjectName(QStringLiteral("onceRadio"));
    m_weeklyRadio = new QRadioButton(tr("Every &week"), this);
    m_weeklyRadio->setObjectName(QStringLiteral("weeklyRadio"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_onceRadio);
    group->addButton(m_weeklyRadio);
    m_onceRadio->setChecked(true);
    auto *kinds = new QHBoxLayout;
    kinds->addWidget(m_onceRadio);
    kinds->addWidget(m_weeklyRadio);
    kinds->addStretch(1);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(buildOncePage());
    m_pages->addWidget(buildWeeklyPage());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(kinds);
    layout->addWidget(m_pages);

    connect(m_weeklyRadio, &QRadioButton::toggled, this, [this] {
        showKind();
        emit changed();
    });
    for (QDateTimeEdit *edit : {m_startEdit, m_endEdit})
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, &MaintenanceScheduleEditor::changed);
    for (QToolButton *button : std::as_const(m_dayButtons))
        connect(button, &QToolButton::toggled, this, &MaintenanceScheduleEditor::changed);
    connect(m_timeEdit, &QTimeEdit::timeChanged, this, &MaintenanceScheduleEditor::changed);
    for (QSpinBox *spin : {m_hoursSpin, m_minutesSpin})
        connect(spin, &QSpinBox::valueChanged, this, &MaintenanceScheduleEditor::changed);
    connect(m_zoneCombo, &QComboBox::currentIndexChanged, this,
            &MaintenanceScheduleEditor::changed);
    showKind();
}

QWidget *MaintenanceScheduleEditor::buildOncePage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    m_startEdit = dateTimeEdit(page, QStringLiteral("startEdit"));
    m_endEdit = dateTimeEdit(page, QStringLiteral("endEdit"));
    form->addRow(tr("&Starts:"), m_startEdit);
    form->addRow(tr("&Ends:"), m_endEdit);
    return page;
}

QWidget *MaintenanceScheduleEditor::buildWeeklyPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);

    const QLocale locale;
    auto *days = new QHBoxLayout;
    days->setSpacing(2);
    m_dayButtons.resize(7);
    for (const int qtDay : MaintenanceText::weekdaysInLocaleOrder()) {
        auto *button = new QToolButton(page);
        button->setObjectName(QStringLiteral("day%1").arg(qtDay));
        button->setText(locale.dayName(qtDay, QLocale::ShortFormat));
        button->setToolTip(locale.dayName(qtDay, QLocale::LongFormat));
        button->setCheckable(true);
        button->setMinimumWidth(fontMetrics().horizontalAdvance(u'M') * 3);
        // A chosen day must stand out from the others at a glance, in any style.
        button->setStyleSheet(QStringLiteral(
            "QToolButton:checked { background: palette(highlight); color: "
            "palette(highlighted-text); border: 1px solid palette(highlight); border-radius: 3px; "
            "padding: 3px 6px; }"));
        m_dayButtons[qtDay - 1] = button;
        days->addWidget(button);
    }
    days->addStretch(1);
    auto *daysLabel = new QLabel(tr("On:"), page);
    form->addRow(daysLabel, days);

    m_timeEdit = new QTimeEdit(page);
    m_timeEdit->setObjectName(QStringLiteral("startTimeEdit"));
    m_timeEdit->setDisplayFormat(locale.timeFormat(QLocale::ShortFormat));
    m_timeEdit->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    form->addRow(tr("&At:"), m_timeEdit);

    m_hoursSpin = new QSpinBox(page);
    m_hoursSpin->setObjectName(QStringLiteral("durationHours"));
    m_hoursSpin->setRange(0, MaintenanceWindow::kMinutesPerWeek / 60);
    m_hoursSpin->setSuffix(tr(" h"));
    m_minutesSpin = new QSpinBox(page);
    m_minutesSpin->setObjectName(QStringLiteral("durationMinutes"));
    m_minutesSpin->setRange(0, 59);
    m_minutesSpin->setSingleStep(5);
    m_minutesSpin->setSuffix(tr(" min"));
    auto *duration = new QHBoxLayout;
    duration->addWidget(m_hoursSpin);
    duration->addWidget(m_minutesSpin);
    duration->addStretch(1);
    auto *durationLabel = new QLabel(tr("&For:"), page);
    durationLabel->setBuddy(m_hoursSpin);
    form->addRow(durationLabel, duration);

    m_zoneCombo = new QComboBox(page);
    m_zoneCombo->setObjectName(QStringLiteral("zoneCombo"));
    m_zoneCombo->setMaxVisibleItems(20);
    const QByteArray system = QTimeZone::systemTimeZoneId();
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_zoneCombo->addItem(QString::fromUtf8(id), QString::fromUtf8(id));
    if (m_zoneCombo->findData(QString::fromUtf8(system)) < 0)
        m_zoneCombo->insertItem(0, QString::fromUtf8(system), QString::fromUtf8(system));
    const int systemIndex = m_zoneCombo->findData(QString::fromUtf8(system));
    m_zoneCombo->setItemText(systemIndex,
                             tr("%1 (this computer's)").arg(QString::fromUtf8(system)));
    m_zoneCombo->setCurrentIndex(systemIndex);
    m_zoneCombo->setToolTip(tr("The day and time are in this time zone; across a daylight-saving "
                               "change the window opens at the same wall-clock time."));
    form->addRow(tr("Time &zone:"), m_zoneCombo);
    return page;
}

void MaintenanceScheduleEditor::showKind()
{
    m_pages->setCurrentIndex(m_weeklyRadio->isChecked() ? 1 : 0);
}

void MaintenanceScheduleEditor::load(const MaintenanceWindow &window)
{
    const QSignalBlocker block(this);
    const bool weekly = window.kind == MaintenanceKind::Weekly;
    m_startEdit->setDateTime(window.startsAt.toLocalTime());
    m_endEdit->setDateTime(window.endsAt.toLocalTime());

    int weekdays = window.weekdays;
    int startMinute = window.startMinute;
    int duration = window.durationMinutes;
    if (!weekly && window.startsAt.isValid()) {
        // A one-off window made weekly starts from its day, time and length.
        const QDateTime start = window.startsAt.toLocalTime();
        weekdays = MaintenanceText::weekdayBit(start.date().dayOfWeek());
        startMinute = start.time().hour() * 60 + start.time().minute();
        if (window.endsAt > window.startsAt)
            duration = int(std::min<qint64>(window.startsAt.secsTo(window.endsAt) / 60,
                                            MaintenanceWindow::kMinutesPerWeek));
    }
    for (int qtDay = 1; qtDay <= 7; ++qtDay)
        m_dayButtons.at(qtDay - 1)->setChecked(weekdays & MaintenanceText::weekdayBit(qtDay));
    m_timeEdit->setTime(QTime(0, 0).addSecs(qint64(startMinute) * 60));
    m_hoursSpin->setValue(duration / 60);
    m_minutesSpin->setValue(duration % 60);
    const QString zone = window.timeZone.isEmpty()
                             ? QString::fromUtf8(QTimeZone::systemTimeZoneId())
                             : window.timeZone;
    int index = m_zoneCombo->findData(zone);
    if (index < 0) { // a zone this system does not know: kept, and refused when saved
        m_zoneCombo->addItem(zone, zone);
        index = m_zoneCombo->count() - 1;
    }
    m_zoneCombo->setCurrentIndex(index);
    (weekly ? m_weeklyRadio : m_onceRadio)->setChecked(true);
    showKind();
}

void MaintenanceScheduleEditor::fill(MaintenanceWindow &window) const
{
    window.kind = m_weeklyRadio->isChecked() ? MaintenanceKind::Weekly : MaintenanceKind::Once;
    if (window.kind == MaintenanceKind::Once) {
        window.startsAt = m_startEdit->dateTime().toUTC();
        window.endsAt = m_endEdit->dateTime().toUTC();
        return;
    }
    window.startsAt = {};
    window.endsAt = {};
    window.weekdays = 0;
    for (int qtDay = 1; qtDay <= 7; ++qtDay) {
        if (m_dayButtons.at(qtDay - 1)->isChecked())
            window.weekdays |= MaintenanceText::weekdayBit(qtDay);
    }
    const QTime time = m_timeEdit->time();
    window.startMinute = time.hour() * 60 + time.minute();
    window.durationMinutes = m_hoursSpin->value() * 60 + m_minutesSpin->value();
    window.timeZone = m_zoneCombo->currentData().toString();
}
