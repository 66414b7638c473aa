#include "ui/window/DetailPane.h"

#include "core/format/DisplayFormat.h"
#include "ui/charts/PhaseChart.h"
#include "ui/charts/ResponseTimeChart.h"
#include "ui/window/IncidentList.h"
#include "ui/window/MaintenanceLine.h"
#include "ui/window/MuteNote.h"
#include "ui/window/StatusStyle.h"
#include "ui/window/UptimeGrid.h"

#include <QButtonGroup>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

HistoryRange historyRange(DetailPane::Range range)
{
    return HistoryRange(int(range));
}

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

QLabel *valueLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(DisplayFormat::noValue(), parent);
    label->setObjectName(objectName);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.2);
    font.setBold(true);
    label->setFont(font);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

DetailPane::DetailPane(StoreThread &store, std::shared_ptr<const Clock> clock, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_clock(std::move(clock))
    , m_refreshTimer(this)
{
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(kRefreshMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, &DetailPane::refresh);
    buildUi();
    showMonitor(std::nullopt, MonitorState::Pending, std::nullopt);
}

void DetailPane::buildUi()
{
    m_stack = new QStackedWidget(this);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    auto *placeholder = new QLabel(tr("Select a monitor to see its history."), m_stack);
    placeholder->setObjectName(QStringLiteral("placeholder"));
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setEnabled(false);
    m_stack->addWidget(placeholder);

    auto *page = new QWidget(m_stack);
    m_stack->addWidget(page);
    auto *layout = new QVBoxLayout(page);

    // Header: state icon, name, state; URL; method and timing; last check.
    auto *title = new QHBoxLayout;
    m_icon = new QLabel(page);
    m_name = new QLabel(page);
    m_name->setObjectName(QStringLiteral("nameLabel"));
    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.4);
    nameFont.setBold(true);
    m_name->setFont(nameFont);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_name->setMinimumWidth(1); // a long name is cut, it does not widen the pane
    m_stateLabel = new QLabel(page);
    m_stateLabel->setObjectName(QStringLiteral("stateLabel"));
    QFont stateFont = m_stateLabel->font();
    stateFont.setBold(true);
    m_stateLabel->setFont(stateFont);
    title->addWidget(m_icon);
    title->addWidget(m_name);
    title->addSpacing(8);
    title->addWidget(m_stateLabel);
    title->addStretch(1);
    layout->addLayout(title);

    m_url = new QLabel(page);
    m_url->setObjectName(QStringLiteral("urlLabel"));
    m_url->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_url->setWordWrap(true);
    layout->addWidget(m_url);
    m_details = captionLabel(QString(), page);
    m_details->setObjectName(QStringLiteral("detailsLabel"));
    m_details->setWordWrap(true);
    layout->addWidget(m_details);
    m_lastCheck = captionLabel(QString(), page);
    m_lastCheck->setObjectName(QStringLiteral("lastCheckLabel"));
    m_lastCheck->setWordWrap(true);
    layout->addWidget(m_lastCheck);
    m_maintenanceLine = new MaintenanceLine(m_clock, page);
    layout->addWidget(m_maintenanceLine);
    m_muteNote = new MuteNote(m_clock, page);
    layout->addWidget(m_muteNote);

    // Range buttons above the chart.
    auto *rangeRow = new QHBoxLayout;
    auto *chartTitle = new QLabel(tr("Response time"), page);
    QFont sectionFont = chartTitle->font();
    sectionFont.setBold(true);
    chartTitle->setFont(sectionFont);
    rangeRow->addWidget(chartTitle);
    rangeRow->addStretch(1);
    m_rangeGroup = new QButtonGroup(this);
    m_rangeGroup->setExclusive(true);
    const std::array<std::pair<Range, QString>, 5> ranges{{
        {Range::Hour, tr("1 h")},
        {Range::Day, tr("24 h")},
        {Range::Week, tr("7 d")},
        {Range::Month, tr("30 d")},
        {Range::Year, tr("1 y")},
    }};
    const std::array<QString, 5> rangeNames{
        QStringLiteral("rangeHour"), QStringLiteral("rangeDay"), QStringLiteral("rangeWeek"),
        QStringLiteral("rangeMonth"), QStringLiteral("rangeYear")};
    for (const auto &[range, text] : ranges) {
        auto *button = new QToolButton(page);
        button->setObjectName(rangeNames.at(std::size_t(range)));
        button->setText(text);
        button->setCheckable(true);
        button->setAutoRaise(true);
        button->setChecked(range == m_range);
        m_rangeGroup->addButton(button, int(range));
        rangeRow->addWidget(button);
    }
    connect(m_rangeGroup, &QButtonGroup::idClicked, this, [this](int id) { setRange(Range(id)); });
    layout->addLayout(rangeRow);

    m_chart = new ResponseTimeChart(page);
    m_chart->setObjectName(QStringLiteral("responseChart"));
    layout->addWidget(m_chart, 3);
    m_phaseChart = new PhaseChart(page);
    m_phaseChart->setObjectName(QStringLiteral("phaseChart"));
    layout->addWidget(m_phaseChart, 1);

    m_storeError = new QLabel(page);
    m_storeError->setObjectName(QStringLiteral("storeError"));
    m_storeError->setWordWrap(true);
    m_storeError->hide();
    layout->addWidget(m_storeError);

    // The selected range's response times under the chart, then the uptime windows.
    auto *times = new QHBoxLayout;
    times->addWidget(captionLabel(tr("Average"), page));
    m_average = valueLabel(QStringLiteral("averageLabel"), page);
    times->addWidget(m_average);
    times->addSpacing(16);
    times->addWidget(captionLabel(tr("95th percentile"), page));
    m_p95 = valueLabel(QStringLiteral("p95Label"), page);
    times->addWidget(m_p95);
    times->addStretch(1);
    layout->addLayout(times);

    m_uptimeGrid = new UptimeGrid(page);
    layout->addWidget(m_uptimeGrid);

    auto *line = new QFrame(page);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addWidget(line);

    auto *errorRow = new QHBoxLayout;
    auto *errorTitle = new QLabel(tr("Last problem"), page);
    errorTitle->setFont(sectionFont);
    errorRow->addWidget(errorTitle);
    m_lastErrorLabel = new QLabel(page);
    m_lastErrorLabel->setObjectName(QStringLiteral("lastErrorLabel"));
    m_lastErrorLabel->setWordWrap(true);
    m_lastErrorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    errorRow->addWidget(m_lastErrorLabel, 1);
    layout->addLayout(errorRow);

    auto *incidentTitle = new QLabel(tr("Incidents"), page);
    incidentTitle->setFont(sectionFont);
    layout->addWidget(incidentTitle);
    m_incidents = new IncidentList(page);
    m_incidents->setObjectName(QStringLiteral("incidentList"));
    layout->addWidget(m_incidents, 2);
}

void DetailPane::showPage(int index)
{
    // A hidden page's size does not count: the placeholder asks for no room the details need.
    for (int i = 0; i < m_stack->count(); ++i) {
        const auto policy = i == index ? QSizePolicy::Preferred : QSizePolicy::Ignored;
        m_stack->widget(i)->setSizePolicy(policy, policy);
    }
    m_stack->setCurrentIndex(index);
}

std::optional<qint64> DetailPane::monitorId() const
{
    if (!m_monitor)
        return std::nullopt;
    return m_monitor->id;
}

qint64 DetailPane::rangeMs(Range range)
{
    return HistoryQueries::rangeMs(historyRange(range));
}

void DetailPane::showMonitor(const std::optional<Monitor> &monitor, MonitorState state,
                             const std::optional<CheckResult> &latest)
{
    const bool same = monitor && m_monitor && monitor->id == m_monitor->id;
    m_monitor = monitor;
    m_state = state;
    if (!same || (latest && (!m_latest || m_latest->startedAt < latest->startedAt)))
        m_latest = latest;
    if (!monitor) {
        // Answers still on their way are for nobody now.
        ++m_chartRequest;
        ++m_infoRequest;
        m_refreshTimer.stop();
        m_chartData.reset();
        m_info.reset();
        m_maintenanceLine->showMonitor(0, MonitorState::Pending);
        showPage(0);
        return;
    }
    showPage(1);
    if (!same) {
        m_lastError.reset();
        m_live.clear();
        m_liveChanges.clear();
        clearHistory();
        if (latest) {
            // The table's latest check may not be written yet: the answers get it like a live
            // one (they leave it out when they have it), so the pane and the table agree at once.
            m_live.append(*latest);
            if (latest->verdict != Verdict::Up) // a failure, or degraded (slow, say)
                noteFailure({latest->reason, latest->error, latest->startedAt});
        }
        refresh();
    }
    updateHeader();
    updateLastError();
}

void DetailPane::applyBatch(const ResultBatch &batch)
{
    if (!m_monitor)
        return;
    const qint64 id = m_monitor->id;
    bool touched = false;
    bool incidents = false;
    const QDateTime now = m_clock->nowUtc();
    for (const CheckResult &result : batch.results) {
        if (result.monitorId != id)
            continue;
        touched = true;
        if (!m_latest || m_latest->startedAt <= result.startedAt)
            m_latest = result;
        m_live.append(result);
        if (result.verdict != Verdict::Up)
            noteFailure({result.reason, result.error, result.startedAt});
        if (m_chartData)
            m_chartData->add(result, historyRange(m_range), now);
        if (m_info)
            m_info->add(result);
    }
    for (const StateChange &change : batch.changes) {
        if (change.monitorId != id)
            continue;
        m_state = change.to;
        touched = true;
        m_liveChanges.append(change);
        if (m_info) {
            m_info->apply(change);
            incidents = true;
        }
    }
    if (!touched)
        return;
    if (m_live.size() > kLiveKept)
        m_live.remove(0, m_live.size() - kLiveKept);
    if (m_liveChanges.size() > kLiveKept)
        m_liveChanges.remove(0, m_liveChanges.size() - kLiveKept);
    updateHeader();
    updateLastError();
    if (m_chartData)
        renderChart();
    if (m_info)
        renderUptime();
    if (incidents)
        m_incidents->setIncidents(m_info->incidents, now);
}

void DetailPane::setRange(Range range)
{
    if (QAbstractButton *button = m_rangeGroup->button(int(range)))
        button->setChecked(true);
    if (range == m_range)
        return;
    m_range = range;
    m_chartData.reset(); // the old range's: live checks wait for the new answer
    if (m_monitor)
        loadChart();
    emit rangeChanged(range);
}

void DetailPane::refresh()
{
    if (!m_monitor)
        return;
    loadChart();
    loadInfo();
    m_refreshTimer.start();
}

void DetailPane::loadChart()
{
    const quint64 request = ++m_chartRequest;
    HistoryQueries::loadChart(
        m_store, this, m_monitor->id, historyRange(m_range), m_clock->nowUtc(),
        m_chart->maxPoints(),
        [this, request](const HistoryAnswer<ChartData> &answer) { showChart(answer, request); });
}

void DetailPane::loadInfo()
{
    const quint64 request = ++m_infoRequest;
    HistoryQueries::loadDetail(
        m_store, this, m_monitor->id, m_clock->nowUtc(),
        [this, request](const HistoryAnswer<DetailInfo> &answer) { showInfo(answer, request); });
}

void DetailPane::showChart(const HistoryAnswer<ChartData> &answer, quint64 request)
{
    if (request != m_chartRequest || !m_monitor)
        return; // the user has moved on
    if (!answer.value) {
        showStoreError(answer.error);
        m_chartData.reset();
        m_chart->clear();
        return;
    }
    m_chartData = answer.value;
    // Checks that came in while the answer was on its way (the ones it has are left out).
    for (const CheckResult &result : std::as_const(m_live))
        m_chartData->add(result, historyRange(m_range), m_clock->nowUtc());
    renderChart();
    emit historyLoaded();
}

void DetailPane::renderChart()
{
    const ChartData &shown = *m_chartData;
    m_chart->setPoints(shown.points, shown.from, shown.to, shown.raw, !shown.historyBefore);
    m_phaseChart->setPoints(shown.points, shown.from, shown.to, !shown.historyBefore);
    m_average->setText(DisplayFormat::milliseconds(shown.total.averageMs()));
    m_p95->setText(DisplayFormat::milliseconds(shown.total.p95Ms()));
}

void DetailPane::showInfo(const HistoryAnswer<DetailInfo> &answer, quint64 request)
{
    if (request != m_infoRequest || !m_monitor)
        return;
    if (!answer.value) {
        m_info.reset();
        showStoreError(answer.error);
        return;
    }
    m_storeError->hide();
    m_info = answer.value;
    for (const CheckResult &result : std::as_const(m_live))
        m_info->add(result);
    for (const StateChange &change : std::as_const(m_liveChanges))
        m_info->apply(change);
    renderUptime();
    m_incidents->setIncidents(m_info->incidents, m_clock->nowUtc());
    if (m_info->lastFailure)
        noteFailure(*m_info->lastFailure);
    updateLastError();
    emit historyLoaded();
}

void DetailPane::renderUptime()
{
    m_uptimeGrid->setUptime(m_info->uptime);
}

void DetailPane::setMaintenancePlanner(MaintenancePlanner *planner)
{
    m_maintenanceLine->setPlanner(planner);
}

void DetailPane::clearHistory()
{
    m_chartData.reset();
    m_info.reset();
    m_chart->clear();
    m_phaseChart->setPoints({}, {}, {});
    m_uptimeGrid->clear();
    m_average->setText(QStringLiteral("…"));
    m_p95->setText(QStringLiteral("…"));
    m_incidents->clear();
    m_storeError->hide();
}

void DetailPane::showStoreError(const QString &error)
{
    m_storeError->setText(tr("Cannot read the history: %1").arg(error));
    m_storeError->show();
}
