#include "ui/dialogs/MaintenanceDialog.h"

#include "core/service/MaintenancePlanner.h"
#include "ui/dialogs/ErrorLabel.h"
#include "ui/dialogs/FormWidgets.h"
#include "ui/dialogs/MaintenanceScheduleEditor.h"
#include "ui/dialogs/MaintenanceScopeEditor.h"
#include "ui/dialogs/MonitorInput.h"
#include "ui/window/MaintenanceText.h"
#include "ui/window/StatusStyle.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

constexpr int kNextRefreshMs = 30'000;
constexpr qint64 kQuarterHourMs = 15 * 60 * 1000;

ErrorLabel *errorLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new ErrorLabel(parent);
    label->setObjectName(objectName);
    return label;
}

} // namespace

MaintenanceDialog::MaintenanceDialog(MaintenancePlanner &planner, const MaintenanceWindow &initial,
                                     const QList<Monitor> &monitors,
                                     std::shared_ptr<const Clock> clock, QWidget *parent)
    : QDialog(parent)
    , m_planner(planner)
    , m_initial(initial)
    , m_clock(std::move(clock))
    , m_nextTimer(this)
{
    setWindowTitle(initial.id == 0 ? tr("Plan maintenance")
                                   : tr("Edit maintenance window \u2013 %1").arg(initial.name));

    auto *top = new QFormLayout;
    m_nameEdit = new QLineEdit(this);
    m_nameEdit->setObjectName(QStringLiteral("nameEdit"));
    m_nameEdit->setPlaceholderText(tr("e.g. Nightly backup"));
    top->addRow(tr("&Name:"), m_nameEdit);
    m_nameError = FormWidgets::addErrorRow(top, this, QStringLiteral("nameError"));

    auto *scopeBox = new QGroupBox(tr("Applies to"), this);
    auto *scopeLayout = new QVBoxLayout(scopeBox);
    m_scope = new MaintenanceScopeEditor(monitors, scopeBox);
    m_scope->setObjectName(QStringLiteral("scopeEditor"));
    scopeLayout->addWidget(m_scope, 1);
    m_scopeError = errorLabel(scopeBox, QStringLiteral("scopeError"));
    scopeLayout->addWidget(m_scopeError);

    auto *whenBox = new QGroupBox(tr("When"), this);
    auto *whenLayout = new QVBoxLayout(whenBox);
    m_schedule = new MaintenanceScheduleEditor(whenBox);
    m_schedule->setObjectName(QStringLiteral("scheduleEditor"));
    whenLayout->addWidget(m_schedule);
    m_nextLabel = new QLabel(whenBox);
    m_nextLabel->setObjectName(QStringLiteral("nextLabel"));
    m_nextLabel->setWordWrap(true);
    m_nextLabel->setTextFormat(Qt::PlainText);
    QFont bold = m_nextLabel->font();
    bold.setBold(true);
    m_nextLabel->setFont(bold);
    whenLayout->addWidget(m_nextLabel);

    auto *note = new QLabel(tr("While it is open, its monitors are still checked and show "
                               "Maintenance; no alert goes out, and the time is left out of "
                               "uptime."),
                            this);
    note->setWordWrap(true);
    m_problemError = errorLabel(this, QStringLiteral("problemError"));
    m_saveStatus = new QLabel(this);
    m_saveStatus->setObjectName(QStringLiteral("saveStatus"));
    m_saveStatus->setWordWrap(true);
    m_saveStatus->setTextFormat(Qt::PlainText);
    m_saveStatus->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(initial.id == 0 ? tr("Add") : tr("Save"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(scopeBox, 1);
    layout->addWidget(whenBox);
    layout->addWidget(note);
    layout->addWidget(m_problemError);
    layout->addWidget(m_saveStatus);
    layout->addWidget(m_buttons);

    m_nameEdit->setText(initial.name);
    m_scope->setScope(initial.monitorIds, initial.tags);
    MaintenanceWindow shown = initial;
    if (!shown.startsAt.isValid()) {
        // A weekly window made one-off starts from the next quarter hour.
        const MaintenanceWindow fresh = newWindow(m_clock->nowUtc());
        shown.startsAt = fresh.startsAt;
        shown.endsAt = fresh.endsAt;
    }
    m_schedule->load(shown);

    connect(m_nameEdit, &QLineEdit::textEdited, this, [this] { m_nameTouched = true; });
    connect(m_nameEdit, &QLineEdit::textChanged, this, &MaintenanceDialog::validate);
    connect(m_scope, &MaintenanceScopeEditor::changed, this, &MaintenanceDialog::validate);
    connect(m_schedule, &MaintenanceScheduleEditor::changed, this, &MaintenanceDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &MaintenanceDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_nextTimer.setInterval(kNextRefreshMs);
    connect(&m_nextTimer, &QTimer::timeout, this, &MaintenanceDialog::updateNext);
    m_nextTimer.start();
    validate();
}

MaintenanceWindow MaintenanceDialog::newWindow(const QDateTime &now)
{
    MaintenanceWindow window;
    const qint64 ms = now.toMSecsSinceEpoch();
    const qint64 start = (ms + kQuarterHourMs - 1) / kQuarterHourMs * kQuarterHourMs;
    window.startsAt = QDateTime::fromMSecsSinceEpoch(start, Qt::UTC);
    window.endsAt = window.startsAt.addSecs(3600);
    return window;
}

MaintenanceWindow MaintenanceDialog::entered() const
{
    MaintenanceWindow window = m_initial;
    window.name = m_nameEdit->text().trimmed();
    window.monitorIds = m_scope->monitorIds();
    window.tags = m_scope->tags();
    m_schedule->fill(window);
    return window;
}

QString MaintenanceDialog::nameProblem(const QString &name) const
{
    // A window whose schedule is fine: what is left is the name's.
    MaintenanceWindow probe;
    probe.name = name;
    probe.startsAt = QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);
    probe.endsAt = probe.startsAt.addSecs(3600);
    if (const auto problem = maintenanceProblem(probe))
        return MonitorInput::sentence(*problem);
    for (const MaintenanceWindow &other : m_planner.windows()) {
        if (other.id != m_initial.id && other.name == name)
            return tr("Another maintenance window is already called '%1'. Choose a different "
                      "name.")
                .arg(name);
    }
    return {};
}

QString MaintenanceDialog::scheduleProblem(MaintenanceWindow window) const
{
    // Its sentences name the window: a name that is not right yet reads as "…".
    if (!nameProblem(window.name).isEmpty())
        window.name = QStringLiteral("\u2026");
    return MonitorInput::sentence(maintenanceProblem(window).value_or(QString()));
}

void MaintenanceDialog::validate()
{
    const MaintenanceWindow window = entered();
    const QString scopeProblem = m_scope->problem();
    FormWidgets::showError(m_scopeError, scopeProblem);
    const QString name = nameProblem(window.name);
    const bool nameShown = m_nameTouched || !m_nameEdit->text().trimmed().isEmpty();
    FormWidgets::showError(m_nameError, nameShown ? name : QString());
    const QString other = scheduleProblem(window);
    FormWidgets::showError(m_problemError, other);
    updateNext();
    m_valid = scopeProblem.isEmpty() && name.isEmpty() && other.isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_valid && !m_saving);
}

void MaintenanceDialog::updateNext()
{
    const MaintenanceWindow window = entered();
    if (!scheduleProblem(window).isEmpty()) {
        m_nextLabel->clear();
        return;
    }
    const QDateTime now = m_clock->nowUtc();
    m_nextLabel->setText(MaintenanceText::nextSentence(window, now));
    FormWidgets::setTextColor(m_nextLabel, window.isActiveAt(now)
                                               ? StatusStyle::color(MonitorState::Maintenance)
                                               : QColor());
}

void MaintenanceDialog::save()
{
    if (!m_valid || m_saving)
        return;
    const MaintenanceWindow window = entered();
    m_saving = true;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    FormWidgets::setTextColor(m_saveStatus, QColor());
    m_saveStatus->setText(tr("Saving\u2026"));
    m_saveStatus->show();
    m_planner.save(
        window, this, [this](const std::optional<MaintenanceWindow> &saved, const QString &error) {
            m_saving = false;
            if (!isVisible()) // cancelled meanwhile
                return;
            if (saved) {
                m_saved = saved;
                m_saveStatus->hide();
                accept();
                return;
            }
            FormWidgets::setTextColor(m_saveStatus, StatusStyle::color(MonitorState::Down));
            m_saveStatus->setText(tr("The maintenance window was not saved: %1")
                                      .arg(error.isEmpty() ? tr("no reason was given.") : error));
            validate();
        });
}
