#include "ui/window/HealthView.h"

#include "ui/charts/ChartAxis.h"
#include "ui/window/StatusStyle.h"

#include <QEvent>
#include <QGraphicsLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QDateTimeAxis>
#include <QtCharts/QLegend>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>
#include <array>
#include <cmath>

// values() gives every series' value in this order: lag (GUI, workers), requests (in flight,
// waiting), checks per second.
namespace {

constexpr int kLagGui = 0;
constexpr int kLagWorker = 1;
constexpr int kInFlight = 2;
constexpr int kWaiting = 3;
constexpr int kRate = 4;

constexpr int kMarginX = 4;
constexpr int kMarginY = 2;

QColor withAlpha(QColor color, int alpha)
{
    color.setAlpha(alpha);
    return color;
}

} // namespace

HealthView::HealthView(HealthMonitor &health, QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_saturation(new QLabel(this))
{
    m_lag = makeChart(QStringLiteral("lagChart"), tr("Event-loop lag"),
                      {tr("GUI thread"), tr("Workers (worst)")}, QStringLiteral("%.0f ms"));
    m_inFlight = makeChart(QStringLiteral("inFlightChart"), tr("Requests"),
                           {tr("In flight"), tr("Waiting")}, QStringLiteral("%.0f"));
    m_rate = makeChart(QStringLiteral("rateChart"), tr("Checks per second"), {tr("Checks/s")},
                       QStringLiteral("%.0f"));

    m_summary->setObjectName(QStringLiteral("healthSummary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_saturation->setObjectName(QStringLiteral("saturationWarning"));
    m_saturation->setWordWrap(true);
    m_saturation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_saturation->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_saturation);
    layout->addWidget(m_summary);
    for (const Chart *chart : {&m_lag, &m_inFlight, &m_rate})
        layout->addWidget(chart->view, 1);

    applyColors();
    seed(health.samples());
    connect(&health, &HealthMonitor::sampled, this, &HealthView::addSample);
}

HealthView::Chart HealthView::makeChart(const QString &objectName, const QString &title,
                                        const QStringList &names, const QString &labelFormat)
{
    Chart chart;
    auto *qchart = new QChart;
    qchart->setTitle(title);
    qchart->setBackgroundRoundness(0);
    qchart->setMargins(QMargins(kMarginX, kMarginY, kMarginX, kMarginY));
    qchart->setAnimationOptions(QChart::NoAnimation);
    qchart->legend()->setVisible(names.size() > 1);
    qchart->legend()->setAlignment(Qt::AlignTop);
    chart.time = new QDateTimeAxis;
    chart.time->setFormat(QStringLiteral("HH:mm"));
    chart.time->setTickCount(6);
    chart.value = new QValueAxis;
    chart.value->setLabelFormat(labelFormat);
    chart.value->setMinorTickCount(0);
    qchart->addAxis(chart.time, Qt::AlignBottom);
    qchart->addAxis(chart.value, Qt::AlignLeft);
    for (const QString &name : names) {
        auto *series = new QLineSeries;
        series->setName(name);
        qchart->addSeries(series);
        series->attachAxis(chart.time);
        series->attachAxis(chart.value);
        chart.series.push_back(series);
    }
    chart.view = new QChartView(qchart, this);
    chart.view->setObjectName(objectName);
    chart.view->setRenderHint(QPainter::Antialiasing);
    chart.view->setMinimumHeight(140);
    // After the layout, so every chart's axis labels are measured.
    connect(qchart, &QChart::plotAreaChanged, this, &HealthView::alignPlotAreas,
            Qt::QueuedConnection);
    return chart;
}

QList<double> HealthView::values(const HealthSample &sample)
{
    return {double(sample.ownerLagMs), double(sample.workerLagMs), double(sample.inFlight),
            double(sample.waiting), sample.checksPerSecond};
}

void HealthView::seed(const QList<HealthSample> &samples)
{
    m_samples.clear();
    if (!samples.isEmpty()) {
        const QDateTime newest = samples.last().at;
        for (const HealthSample &sample : samples) {
            if (sample.at.msecsTo(newest) < kWindowMs)
                m_samples.append(sample);
        }
    }
    std::array<QList<QPointF>, 5> points;
    for (QList<QPointF> &list : points)
        list.reserve(m_samples.size());
    for (const HealthSample &sample : std::as_const(m_samples)) {
        const auto x = qreal(sample.at.toMSecsSinceEpoch());
        const QList<double> y = values(sample);
        for (std::size_t i = 0; i < points.size(); ++i)
            points.at(i).append(QPointF(x, y.at(qsizetype(i))));
    }
    m_lag.series.at(0)->replace(points.at(kLagGui));
    m_lag.series.at(1)->replace(points.at(kLagWorker));
    m_inFlight.series.at(0)->replace(points.at(kInFlight));
    m_inFlight.series.at(1)->replace(points.at(kWaiting));
    m_rate.series.at(0)->replace(points.at(kRate));
    updateAxes();
    updateSummary();
}

void HealthView::addSample(const HealthSample &sample)
{
    if (!m_samples.isEmpty() && sample.at < m_samples.last().at) {
        // The clock went back: start over rather than draw time backwards.
        seed({sample});
        return;
    }
    m_samples.append(sample);
    qsizetype expired = 0;
    while (m_samples.at(expired).at.msecsTo(sample.at) >= kWindowMs)
        ++expired;
    m_samples.remove(0, expired);

    const auto x = qreal(sample.at.toMSecsSinceEpoch());
    const QList<double> y = values(sample);
    const std::array<QLineSeries *, 5> all{m_lag.series.at(0), m_lag.series.at(1),
                                           m_inFlight.series.at(0), m_inFlight.series.at(1),
                                           m_rate.series.at(0)};
    for (std::size_t i = 0; i < all.size(); ++i) {
        QLineSeries *series = all.at(i);
        if (expired > 0)
            series->removePoints(0, int(std::min<qsizetype>(expired, series->count())));
        series->append(QPointF(x, y.at(qsizetype(i))));
    }
    updateAxes();
    updateSummary();
}

void HealthView::updateAxes()
{
    if (m_samples.isEmpty())
        return;
    const QDateTime newest = m_samples.last().at;
    const QDateTime from = newest.addMSecs(-kWindowMs).toLocalTime();
    double lag = 0;
    double requests = 0;
    double rate = 0;
    for (const HealthSample &sample : std::as_const(m_samples)) {
        lag = std::max({lag, double(sample.ownerLagMs), double(sample.workerLagMs)});
        requests = std::max({requests, double(sample.inFlight), double(sample.waiting)});
        rate = std::max(rate, sample.checksPerSecond);
    }
    const std::array<std::pair<Chart *, double>, 3> charts{
        {{&m_lag, lag}, {&m_inFlight, requests}, {&m_rate, rate}}};
    for (const auto &[chart, highest] : charts) {
        chart->time->setRange(from, newest.toLocalTime());
        const NiceAxis axis = ChartAxis::niceAxis(highest * 1.1);
        chart->value->setRange(0, axis.max);
        chart->value->setTickCount(axis.tickCount);
    }
}

void HealthView::alignPlotAreas()
{
    // Each chart's own insets (its plot area without the margin added before), then as much
    // added to each as makes them all as wide as the widest. Layouts are brought up to date first
    // so the plot areas match the margins they were laid out with; the insets do not depend on
    // the margins added, so this settles after one round.
    const std::array<Chart *, 3> charts{&m_lag, &m_inFlight, &m_rate};
    std::array<qreal, 3> left{};
    std::array<qreal, 3> right{};
    for (std::size_t i = 0; i < charts.size(); ++i) {
        QChart *qchart = charts.at(i)->view->chart();
        if (QGraphicsLayout *layout = qchart->layout())
            layout->activate();
        const QRectF area = qchart->plotArea();
        // Only once every chart fills its view (a chart is laid out on its own time).
        if (area.isEmpty() || qchart->size() != QSizeF(charts.at(i)->view->viewport()->size()))
            return;
        const QMargins margins = qchart->margins();
        left.at(i) = area.left() - (margins.left() - kMarginX);
        right.at(i) = qchart->size().width() - area.right() - (margins.right() - kMarginX);
    }
    const qreal widestLeft = *std::max_element(left.cbegin(), left.cend());
    const qreal widestRight = *std::max_element(right.cbegin(), right.cend());
    for (std::size_t i = 0; i < charts.size(); ++i) {
        QChart *qchart = charts.at(i)->view->chart();
        // Never more than a fraction of the width: the plot stays wide enough to read.
        const int most = charts.at(i)->view->width() / 4;
        const int extraLeft = std::min(most, int(std::lround(widestLeft - left.at(i))));
        const int extraRight = std::min(most, int(std::lround(widestRight - right.at(i))));
        const QMargins margins(kMarginX + extraLeft, kMarginY, kMarginX + extraRight, kMarginY);
        if (qchart->margins() != margins)
            qchart->setMargins(margins);
    }
}

void HealthView::updateSummary()
{
    if (m_samples.isEmpty()) {
        m_summary->setText(tr("No samples yet"));
        m_saturation->hide();
        return;
    }
    const HealthSample &now = m_samples.last();
    const QLocale locale;
    m_saturation->setVisible(now.saturated);
    if (now.saturated)
        m_saturation->setText(
            tr("Saturated: needs %1 checks/s, does %2. Checks start late and missed ones are "
               "skipped; longer intervals or more agents would help.")
                .arg(locale.toString(qRound64(now.neededPerSecond)),
                     locale.toString(qRound64(now.checksPerSecond))));
    const QString rate = now.checksPerSecond < 10 ? locale.toString(now.checksPerSecond, 'f', 1)
                                                  : locale.toString(qRound64(now.checksPerSecond));
    const QStringList parts{
        tr("GUI lag %1 ms").arg(locale.toString(now.ownerLagMs)),
        tr("worker lag %1 ms").arg(locale.toString(now.workerLagMs)),
        tr("%1 in flight").arg(locale.toString(now.inFlight)),
        tr("%1 waiting").arg(locale.toString(now.waiting)),
        tr("%1 checks/s").arg(rate),
        tr("%1 late checks").arg(locale.toString(now.lateChecks)),
    };
    m_summary->setText(parts.join(QStringLiteral(" · ")));
}

void HealthView::applyColors()
{
    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::WindowText);
    const QColor accent = pal.color(QPalette::Highlight);
    const QColor second = StatusStyle::color(MonitorState::Degraded);
    QPalette warning = m_saturation->palette();
    warning.setColor(QPalette::WindowText, StatusStyle::color(MonitorState::Down));
    m_saturation->setPalette(warning);
    for (const Chart *chart : {&m_lag, &m_inFlight, &m_rate}) {
        QChart *qchart = chart->view->chart();
        qchart->setBackgroundBrush(pal.color(QPalette::Window));
        qchart->setBackgroundPen(Qt::NoPen);
        qchart->setTitleBrush(text);
        qchart->legend()->setLabelColor(text);
        for (QAbstractAxis *axis : {static_cast<QAbstractAxis *>(chart->time),
                                    static_cast<QAbstractAxis *>(chart->value)}) {
            axis->setLabelsColor(text);
            axis->setLinePenColor(withAlpha(text, 90));
            axis->setGridLineColor(withAlpha(text, 30));
        }
        chart->time->setGridLineVisible(false);
        for (std::size_t i = 0; i < chart->series.size(); ++i)
            chart->series.at(i)->setPen(QPen(i == 0 ? accent : second, 1.5));
    }
}

void HealthView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyColors();
}
