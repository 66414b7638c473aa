#include "ui/window/DetailPane.h"

#include "core/store/StoreDatabase.h"
#include "core/store/StoreThread.h"
#include "ui/charts/ResponseTimeChart.h"
#include "ui/window/StatusStyle.h"

#include <QButtonGroup>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStackedWidget>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace {

constexpr qint64 kHourMs = 3600 * 1000;
constexpr qint64 kDayMs = 24 * kHourMs;
// The uptime windows, in the order of the labels.
constexpr std::array kUptimeSpans{kDayMs, 7 * kDayMs, 30 * kDayMs, 365 * kDayMs};

enum IncidentColumn { StateColumn, ReasonColumn, StartedColumn, DurationColumn, ErrorColumn };

QString formatPercent(const std::optional<double> &percent)
{
    if (!percent)
        return QStringLiteral("—");
    // Never round a bad day up to a perfect one.
    double shown = *percent;
    if (shown < 100 && shown > 99.99)
        shown = 99.99;
    return QLocale().toString(shown, 'f', 2) + QStringLiteral(" %");
}

QString formatMs(const std::optional<qint64> &ms)
{
    if (!ms)
        return QStringLiteral("—");
    return DetailPane::tr("%1 ms").arg(QLocale().toString(*ms));
}

QString formatTime(const QDateTime &at)
{
    return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
}

QString formatDuration(qint64 ms)
{
    const qint64 seconds = std::max<qint64>(ms / 1000, 0);
    if (seconds < 60)
        return DetailPane::tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return DetailPane::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    if (seconds < 86400)
        return DetailPane::tr("%1 h %2 min").arg(seconds / 3600).arg(seconds % 3600 / 60);
    return DetailPane::tr("%1 d %2 h").arg(seconds / 86400).arg(seconds % 86400 / 3600);
}

QString formatSeconds(qint64 seconds)
{
    if (seconds >= 3600 && seconds % 3600 == 0)
        return DetailPane::tr("%1 h").arg(seconds / 3600);
    if (seconds >= 60 && seconds % 60 == 0)
        return DetailPane::tr("%1 min").arg(seconds / 60);
    return DetailPane::tr("%1 s").arg(seconds);
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
    auto *label = new QLabel(QStringLiteral("—"), parent);
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

    auto *uptime = new QGridLayout;
    uptime->setHorizontalSpacing(16);
    const std::array<QString, 4> uptimeCaptions{tr("Uptime 24 h"), tr("Uptime 7 d"),
                                                tr("Uptime 30 d"), tr("Uptime 1 y")};
    const std::array<QString, 4> uptimeNames{
        QStringLiteral("uptimeDay"), QStringLiteral("uptimeWeek"), QStringLiteral("uptimeMonth"),
        QStringLiteral("uptimeYear")};
    for (std::size_t i = 0; i < m_uptime.size(); ++i) {
        uptime->addWidget(captionLabel(uptimeCaptions.at(i), page), 0, int(i));
        m_uptime.at(i) = valueLabel(uptimeNames.at(i), page);
        uptime->addWidget(m_uptime.at(i), 1, int(i));
    }
    uptime->setColumnStretch(int(m_uptime.size()), 1);
    layout->addLayout(uptime);

    auto *line = new QFrame(page);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addWidget(line);

    auto *errorRow = new QHBoxLayout;
    auto *errorTitle = new QLabel(tr("Last error"), page);
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
    m_incidents = new QTreeWidget(page);
    m_incidents->setObjectName(QStringLiteral("incidentList"));
    m_incidents->setRootIsDecorated(false);
    m_incidents->setUniformRowHeights(true);
    m_incidents->setAlternatingRowColors(true);
    m_incidents->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_incidents->setHeaderLabels(
        {tr("State"), tr("Reason"), tr("Started"), tr("Duration"), tr("Error")});
    m_incidents->header()->setStretchLastSection(true);
    m_incidents->header()->setSectionResizeMode(QHeaderView::Interactive);
    layout->addWidget(m_incidents, 2);
}

std::optional<qint64> DetailPane::monitorId() const
{
    if (!m_monitor)
        return std::nullopt;
    return m_monitor->id;
}

qint64 DetailPane::rangeMs(Range range)
{
    switch (range) {
    case Range::Hour:
        return kHourMs;
    case Range::Day:
        return kDayMs;
    case Range::Week:
        return 7 * kDayMs;
    case Range::Month:
        return 30 * kDayMs;
    case Range::Year:
        break;
    }
    return 365 * kDayMs;
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
        m_stack->setCurrentIndex(0);
        return;
    }
    m_stack->setCurrentIndex(1);
    if (!same) {
        m_lastError.reset();
        m_refreshTimer.stop();
        clearHistory();
        if (latest && !latest->isUp())
            noteFailure({latest->reason, latest->error, latest->startedAt});
        loadChart();
        loadInfo();
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
    for (const StateChange &change : batch.changes) {
        if (change.monitorId != id)
            continue;
        m_state = change.to;
        touched = true;
    }
    for (const CheckResult &result : batch.results) {
        if (result.monitorId != id)
            continue;
        touched = true;
        if (!m_latest || m_latest->startedAt <= result.startedAt)
            m_latest = result;
        if (!result.isUp())
            noteFailure({result.reason, result.error, result.startedAt});
    }
    if (!touched)
        return;
    updateHeader();
    updateLastError();
    if (!m_refreshTimer.isActive())
        m_refreshTimer.start();
}

void DetailPane::setRange(Range range)
{
    if (QAbstractButton *button = m_rangeGroup->button(int(range)))
        button->setChecked(true);
    if (range == m_range)
        return;
    m_range = range;
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
}

void DetailPane::loadChart()
{
    const quint64 request = ++m_chartRequest;
    const qint64 id = m_monitor->id;
    const Range range = m_range;
    const int maxPoints = m_chart->maxPoints();
    const QDateTime now = m_clock->nowUtc();
    StoreThread *store = &m_store;
    m_store.run<ChartAnswer>(
        this,
        [store, request, id, range, maxPoints, now](StoreDatabase *database) {
            ChartAnswer answer;
            answer.request = request;
            answer.to = now;
            answer.from = now.addMSecs(-rangeMs(range));
            if (!database) {
                answer.error = store->openError();
                return answer;
            }
            HistoryReader history(*database);
            answer.total = history.window(id, answer.from, answer.to);
            if (range == Range::Hour) {
                answer.raw = true;
                ResultFilter filter;
                filter.monitorIds = {id};
                filter.since = answer.from;
                filter.until = answer.to;
                QList<ChartPoint> points;
                answer.ok = history.forEachResult(filter, [&points](const CheckResult &result) {
                    points.append(ChartSeries::fromResult(result));
                    return true;
                });
                answer.points =
                    ChartSeries::downsampleByTime(points, answer.from.toMSecsSinceEpoch(),
                                                  answer.to.toMSecsSinceEpoch(), maxPoints);
            }
            else {
                const RollupLevel level = range == Range::Day || range == Range::Week
                                              ? RollupLevel::Minute
                                              : RollupLevel::Hour;
                answer.from = QDateTime::fromMSecsSinceEpoch(
                    rollupBucketStart(level, answer.from.toMSecsSinceEpoch()), Qt::UTC);
                const auto rows = history.series(id, level, answer.from, answer.to);
                answer.ok = rows.has_value();
                if (rows) {
                    QList<ChartPoint> points;
                    points.reserve(rows->size());
                    for (const auto &[bucket, rollup] : *rows)
                        points.append(ChartSeries::fromRollup(bucket.toMSecsSinceEpoch(), rollup));
                    answer.points =
                        ChartSeries::downsampleByTime(points, answer.from.toMSecsSinceEpoch(),
                                                      answer.to.toMSecsSinceEpoch(), maxPoints);
                }
            }
            answer.ok = answer.ok && answer.total.has_value();
            if (!answer.ok)
                answer.error = history.lastError();
            return answer;
        },
        [this](const ChartAnswer &answer) { showChart(answer); });
}

void DetailPane::loadInfo()
{
    const quint64 request = ++m_infoRequest;
    const qint64 id = m_monitor->id;
    const QDateTime now = m_clock->nowUtc();
    StoreThread *store = &m_store;
    m_store.run<InfoAnswer>(
        this,
        [store, request, id, now](StoreDatabase *database) {
            InfoAnswer answer;
            answer.request = request;
            if (!database) {
                answer.error = store->openError();
                return answer;
            }
            HistoryReader history(*database);
            answer.ok = true;
            for (std::size_t i = 0; i < kUptimeSpans.size(); ++i) {
                answer.uptime.at(i) = history.window(id, now.addMSecs(-kUptimeSpans.at(i)), now);
                answer.ok = answer.ok && answer.uptime.at(i).has_value();
            }
            const auto incidents = history.incidents(id, kIncidentLimit);
            const auto recent = history.recentResults(id, kRecentForLastError);
            answer.ok = answer.ok && incidents && recent;
            if (!answer.ok) {
                answer.error = history.lastError();
                return answer;
            }
            answer.incidents = *incidents;
            // The newest failed check still kept raw, else what started the newest outage.
            const auto failed = std::find_if(recent->cbegin(), recent->cend(),
                                             [](const CheckResult &r) { return !r.isUp(); });
            if (failed != recent->cend()) {
                answer.lastError = LastError{failed->reason, failed->error, failed->startedAt};
            }
            else {
                const auto outage =
                    std::find_if(incidents->cbegin(), incidents->cend(),
                                 [](const Incident &i) { return isDownState(i.state); });
                if (outage != incidents->cend())
                    answer.lastError = LastError{outage->reason, outage->error, outage->startedAt};
            }
            return answer;
        },
        [this](const InfoAnswer &answer) { showInfo(answer); });
}

void DetailPane::showChart(const ChartAnswer &answer)
{
    if (answer.request != m_chartRequest || !m_monitor)
        return; // the user has moved on
    if (!answer.ok) {
        showStoreError(answer.error);
        m_chart->clear();
        return;
    }
    m_chart->setPoints(answer.points, answer.from, answer.to, answer.raw);
    m_average->setText(formatMs(answer.total ? answer.total->averageMs() : std::nullopt));
    m_p95->setText(formatMs(answer.total ? answer.total->p95Ms() : std::nullopt));
    emit historyLoaded();
}

void DetailPane::showInfo(const InfoAnswer &answer)
{
    if (answer.request != m_infoRequest || !m_monitor)
        return;
    if (!answer.ok) {
        showStoreError(answer.error);
        return;
    }
    m_storeError->hide();
    for (std::size_t i = 0; i < m_uptime.size(); ++i) {
        const auto &rollup = answer.uptime.at(i);
        m_uptime.at(i)->setText(formatPercent(rollup ? rollup->uptimePercent() : std::nullopt));
    }

    const QDateTime now = m_clock->nowUtc();
    m_incidents->clear();
    QList<QTreeWidgetItem *> items;
    items.reserve(answer.incidents.size());
    for (const Incident &incident : answer.incidents) {
        auto *item = new QTreeWidgetItem;
        item->setIcon(StateColumn, StatusStyle::icon(incident.state));
        item->setText(StateColumn, StatusStyle::label(incident.state));
        item->setText(ReasonColumn, reasonName(incident.reason));
        item->setText(StartedColumn, formatTime(incident.startedAt));
        item->setToolTip(StartedColumn, incident.startedAt.toLocalTime().toString(Qt::ISODate));
        if (incident.endedAt.isValid()) {
            item->setText(DurationColumn,
                          formatDuration(incident.startedAt.msecsTo(incident.endedAt)));
            item->setToolTip(DurationColumn, tr("Ended %1").arg(formatTime(incident.endedAt)));
        }
        else {
            item->setText(DurationColumn, tr("ongoing"));
            item->setToolTip(
                DurationColumn,
                tr("For %1 so far").arg(formatDuration(incident.startedAt.msecsTo(now))));
        }
        item->setText(ErrorColumn, incident.error);
        item->setToolTip(ErrorColumn, incident.error);
        items.append(item);
    }
    m_incidents->addTopLevelItems(items);
    for (int column = StateColumn; column < ErrorColumn; ++column)
        m_incidents->resizeColumnToContents(column);

    if (answer.lastError)
        noteFailure(*answer.lastError);
    updateLastError();
    emit historyLoaded();
}

void DetailPane::clearHistory()
{
    m_chart->clear();
    for (QLabel *label : m_uptime)
        label->setText(QStringLiteral("…"));
    m_average->setText(QStringLiteral("…"));
    m_p95->setText(QStringLiteral("…"));
    m_incidents->clear();
    m_storeError->hide();
}

void DetailPane::updateHeader()
{
    if (!m_monitor)
        return;
    const Monitor &monitor = *m_monitor;
    m_icon->setPixmap(StatusStyle::icon(m_state).pixmap(22, 22));
    m_name->setText(monitor.name);
    m_stateLabel->setText(StatusStyle::label(m_state));
    QPalette pal = m_stateLabel->palette();
    pal.setColor(QPalette::WindowText, StatusStyle::color(m_state));
    m_stateLabel->setPalette(pal);
    m_url->setText(displayUrl(monitor.url));

    QStringList details{QString::fromLatin1(httpMethodName(monitor.method)),
                        tr("every %1").arg(formatSeconds(monitor.intervalSeconds))};
    details.append(monitor.timeoutMs % 1000 == 0
                       ? tr("timeout %1").arg(formatSeconds(monitor.timeoutMs / 1000))
                       : tr("timeout %1 ms").arg(monitor.timeoutMs));
    if (!monitor.tags.isEmpty())
        details.append(monitor.tags.join(QStringLiteral(", ")));
    m_details->setText(details.join(QStringLiteral(" · ")));

    if (!m_latest) {
        m_lastCheck->setText(tr("Not checked yet"));
        return;
    }
    QStringList parts{tr("Last check %1").arg(formatTime(m_latest->startedAt))};
    if (m_latest->isUp() && m_latest->responseMs >= 0)
        parts.append(tr("%1 ms").arg(m_latest->responseMs));
    if (m_latest->httpStatus > 0)
        parts.append(tr("HTTP %1").arg(m_latest->httpStatus));
    if (!m_latest->isUp())
        parts.append(reasonName(m_latest->reason));
    m_lastCheck->setText(parts.join(QStringLiteral(" · ")));
}

void DetailPane::noteFailure(const LastError &failure)
{
    if (!m_lastError || m_lastError->at <= failure.at)
        m_lastError = failure;
}

void DetailPane::updateLastError()
{
    if (!m_lastError) {
        m_lastErrorLabel->setText(tr("No errors"));
        m_lastErrorLabel->setToolTip(QString());
        return;
    }
    QString text = reasonName(m_lastError->reason);
    if (!m_lastError->error.isEmpty())
        text += QStringLiteral(": ") + m_lastError->error;
    text += QStringLiteral(" (") + formatTime(m_lastError->at) + u')';
    m_lastErrorLabel->setText(text);
    m_lastErrorLabel->setToolTip(m_lastError->at.toLocalTime().toString(Qt::ISODate));
}

void DetailPane::showStoreError(const QString &error)
{
    m_storeError->setText(tr("Cannot read the history: %1").arg(error));
    m_storeError->show();
}
