#include "ui/charts/ResponseTimeChart.h"

#include "core/format/DisplayFormat.h"
#include "ui/charts/ChartAxis.h"
#include "ui/window/StatusStyle.h"

#include <QEvent>
#include <QGraphicsSimpleTextItem>
#include <QLocale>
#include <QResizeEvent>
#include <QStringList>
#include <QToolTip>
#include <QtCharts/QAreaSeries>
#include <QtCharts/QChart>
#include <QtCharts/QDateTimeAxis>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>
#include <array>
#include <climits>

namespace {

constexpr int kMargin = 4;

QColor withAlpha(QColor color, int alpha)
{
    color.setAlpha(alpha);
    return color;
}

} // namespace

ResponseTimeChart::ResponseTimeChart(QWidget *parent)
    : QChartView(new QChart, parent)
    , m_average(new QLineSeries(this))
    , m_upper(new QLineSeries(this))
    , m_lower(new QLineSeries(this))
    , m_band(new QAreaSeries(m_upper, m_lower))
    , m_marks(new QScatterSeries(this))
    , m_degraded(new QScatterSeries(this))
    , m_down(new QScatterSeries(this))
    , m_timeAxis(new QDateTimeAxis(this))
    , m_msAxis(new QValueAxis(this))
    , m_emptyText(new QGraphicsSimpleTextItem(chart()))
    , m_sinceText(new QGraphicsSimpleTextItem(chart()))
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(160);

    QChart *c = chart();
    c->legend()->hide();
    c->setBackgroundRoundness(0);
    c->setMargins(QMargins(kMargin, kMargin, kMargin, kMargin));
    c->setAnimationOptions(QChart::NoAnimation);

    m_average->setObjectName(QStringLiteral("averageLine"));
    m_marks->setObjectName(QStringLiteral("checkMarks"));
    m_degraded->setObjectName(QStringLiteral("degradedMarks"));
    m_down->setObjectName(QStringLiteral("failedMarks"));
    m_average->setName(tr("Response time"));
    m_band->setName(tr("Min to max"));
    m_marks->setName(tr("Checks"));
    m_degraded->setName(tr("Degraded checks"));
    m_down->setName(tr("Failed checks"));
    const std::array<std::pair<QScatterSeries *, qreal>, 3> marks{
        {{m_marks, 6}, {m_degraded, 8}, {m_down, 8}}};
    for (const auto &[series, size] : marks) {
        series->setMarkerShape(QScatterSeries::MarkerShapeCircle);
        series->setMarkerSize(size);
        series->setPointsVisible(true);
    }

    c->addSeries(m_band);
    c->addSeries(m_average);
    c->addSeries(m_marks);
    c->addSeries(m_degraded);
    c->addSeries(m_down);
    c->addAxis(m_timeAxis, Qt::AlignBottom);
    c->addAxis(m_msAxis, Qt::AlignLeft);
    for (QAbstractSeries *series : c->series()) {
        series->attachAxis(m_timeAxis);
        series->attachAxis(m_msAxis);
    }
    m_msAxis->setLabelFormat(QStringLiteral("%.0f ms"));
    m_msAxis->setMinorTickCount(0);
    m_timeAxis->setTickCount(6);

    m_emptyText->setText(tr("No checks in this range"));
    QFont font = m_emptyText->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    m_emptyText->setFont(font);
    QFont small = m_sinceText->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_sinceText->setFont(small);
    m_sinceText->setZValue(10);
    connect(c, &QChart::plotAreaChanged, this, &ResponseTimeChart::placeTexts);
    connect(m_average, &QLineSeries::hovered, this, &ResponseTimeChart::showToolTip);
    for (QScatterSeries *series : {m_marks, m_degraded, m_down})
        connect(series, &QScatterSeries::hovered, this, &ResponseTimeChart::showToolTip);

    applyColors();
    clear();
}

void ResponseTimeChart::setPoints(const QList<ChartPoint> &points, const QDateTime &from,
                                  const QDateTime &to, bool raw, bool startAtFirstCheck)
{
    m_points = points;
    m_from = from;
    m_to = to;
    m_raw = raw;
    m_startAtFirstCheck = startAtFirstCheck;
    render();
}

void ResponseTimeChart::clear()
{
    // Keeps the time axis where it was; nothing to say until there is an answer.
    setPoints({}, m_from, m_to, true, m_startAtFirstCheck);
    m_emptyText->hide();
}

int ResponseTimeChart::maxPoints() const
{
    return std::max(kMinPoints, width());
}

bool ResponseTimeChart::isEmpty() const
{
    return m_emptyText->isVisible();
}

QDateTime ResponseTimeChart::axisFrom() const
{
    return m_timeAxis->min();
}

QDateTime ResponseTimeChart::axisTo() const
{
    return m_timeAxis->max();
}

QString ResponseTimeChart::sinceNote() const
{
    return m_sinceText->isVisible() ? m_sinceText->text() : QString();
}

bool ResponseTimeChart::marksVisible() const
{
    return m_marks->isVisible();
}

void ResponseTimeChart::render()
{
    const bool timed = m_from.isValid() && m_to.isValid();
    const qint64 fromMs = timed ? m_from.toMSecsSinceEpoch() : 0;
    const qint64 toMs = timed ? m_to.toMSecsSinceEpoch() : 0;
    m_axisFromMs = fromMs;
    if (timed && m_startAtFirstCheck && !m_points.isEmpty())
        m_axisFromMs = ChartAxis::axisStart(fromMs, toMs, m_points.constFirst().atMs);
    m_shown = ChartSeries::downsampleByTime(m_points, m_axisFromMs, toMs, maxPoints());
    const bool band = !m_raw || m_shown.size() < m_points.size();
    const bool everyMark = m_shown.size() <= kMarkLimit;

    QList<QPointF> average;
    QList<QPointF> upper;
    QList<QPointF> lower;
    QList<QPointF> marks;
    QList<QPointF> degraded;
    QList<QPointF> down;
    average.reserve(m_shown.size());
    if (band) {
        upper.reserve(m_shown.size());
        lower.reserve(m_shown.size());
    }
    double highest = 0;
    for (const ChartPoint &point : std::as_const(m_shown)) {
        const auto x = qreal(point.atMs);
        if (point.count > 0) {
            const QPointF at(x, point.avgMs);
            average.append(at);
            if (point.degraded > 0)
                degraded.append(at);
            else if (everyMark)
                marks.append(at);
            if (band) {
                upper.append(QPointF(x, point.maxMs));
                lower.append(QPointF(x, point.minMs));
            }
            highest = std::max(highest, band ? point.maxMs : point.avgMs);
        }
        if (point.down > 0)
            down.append(QPointF(x, 0));
    }
    m_average->replace(average);
    m_upper->replace(upper);
    m_lower->replace(lower);
    m_band->setVisible(band && !upper.isEmpty());
    m_marks->replace(marks);
    m_marks->setVisible(everyMark);
    m_degraded->replace(degraded);
    m_down->replace(down);

    const NiceAxis axis = ChartAxis::niceAxis(highest * 1.05);
    m_msAxis->setRange(0, axis.max);
    m_msAxis->setTickCount(axis.tickCount);
    if (timed) {
        m_timeAxis->setFormat(ChartAxis::timeFormat(toMs - m_axisFromMs));
        m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(m_axisFromMs).toLocalTime(),
                             m_to.toLocalTime());
    }

    const bool young = m_axisFromMs > fromMs;
    if (young) {
        const QDateTime first = QDateTime::fromMSecsSinceEpoch(m_points.constFirst().atMs);
        m_sinceText->setText(
            tr("Since %1").arg(DisplayFormat::time(first, m_to.toLocalTime().date())));
    }
    m_sinceText->setVisible(young);
    // The note goes above the plot, clear of the points: room for it while it is shown.
    const int top = young ? int(m_sinceText->boundingRect().height()) + kMargin : kMargin;
    if (chart()->margins().top() != top)
        chart()->setMargins(QMargins(kMargin, top, kMargin, kMargin));
    m_emptyText->setVisible(m_points.isEmpty());
    placeTexts();
}

void ResponseTimeChart::applyColors()
{
    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::WindowText);
    const QColor accent = pal.color(QPalette::Highlight);
    QChart *c = chart();
    c->setBackgroundBrush(pal.color(QPalette::Window));
    c->setBackgroundPen(Qt::NoPen);
    c->setPlotAreaBackgroundVisible(false);
    for (QAbstractAxis *axis :
         {static_cast<QAbstractAxis *>(m_timeAxis), static_cast<QAbstractAxis *>(m_msAxis)}) {
        axis->setLabelsColor(text);
        axis->setLinePenColor(withAlpha(text, 90));
        axis->setGridLineColor(withAlpha(text, 30));
    }
    m_timeAxis->setGridLineVisible(false);

    QPen line(accent, 1.6);
    line.setCapStyle(Qt::RoundCap);
    line.setJoinStyle(Qt::RoundJoin);
    m_average->setPen(line);
    m_band->setPen(Qt::NoPen);
    m_band->setBrush(withAlpha(accent, 55));
    m_marks->setColor(accent);
    m_marks->setBorderColor(accent.darker(130));
    const QColor slow = StatusStyle::color(MonitorState::Degraded);
    m_degraded->setColor(slow);
    m_degraded->setBorderColor(slow.darker(130));
    const QColor failed = StatusStyle::color(MonitorState::Down);
    m_down->setColor(failed);
    m_down->setBorderColor(failed.darker(120));
    m_emptyText->setBrush(withAlpha(text, 150));
    m_sinceText->setBrush(withAlpha(text, 170));
}

void ResponseTimeChart::placeTexts()
{
    const QRectF area = chart()->plotArea();
    const QRectF text = m_emptyText->boundingRect();
    m_emptyText->setPos(area.center() - text.center());
    const QRectF note = m_sinceText->boundingRect();
    m_sinceText->setPos(area.right() - note.width(), area.top() - note.height() - 2);
}

void ResponseTimeChart::showToolTip(const QPointF &point, bool state)
{
    if (!state || m_shown.isEmpty()) {
        QToolTip::hideText();
        return;
    }
    const auto at = qint64(point.x());
    auto found = std::lower_bound(m_shown.cbegin(), m_shown.cend(), at,
                                  [](const ChartPoint &p, qint64 ms) { return p.atMs < ms; });
    if (found == m_shown.cend())
        --found;
    else if (found != m_shown.cbegin() && at - std::prev(found)->atMs < found->atMs - at)
        --found;
    QToolTip::showText(QCursor::pos(), toolTipText(*found), this);
}

QString ResponseTimeChart::toolTipText(const ChartPoint &p)
{
    QString text = DisplayFormat::dateTime(QDateTime::fromMSecsSinceEpoch(p.atMs));
    const auto clamp = [](qint64 n) { return int(std::min<qint64>(n, INT_MAX)); };
    if (p.count + p.down == 1) {
        // One check: its state and response time.
        if (p.down > 0)
            return text + u'\n' + StatusStyle::label(MonitorState::Down);
        const MonitorState state = p.degraded > 0 ? MonitorState::Degraded : MonitorState::Up;
        return text + u'\n' +
               tr("%1, %2").arg(StatusStyle::label(state),
                                DisplayFormat::milliseconds(qRound64(p.avgMs)));
    }
    if (p.count > 0)
        text +=
            u'\n' + tr("Average %1 ms (min %2 ms, max %3 ms), %n checks", nullptr, clamp(p.count))
                        .arg(qRound64(p.avgMs))
                        .arg(qRound64(p.minMs))
                        .arg(qRound64(p.maxMs));
    QStringList states;
    if (const qint64 up = p.count - p.degraded; up > 0)
        states.append(tr("%n up", nullptr, clamp(up)));
    if (p.degraded > 0)
        states.append(tr("%n degraded", nullptr, clamp(p.degraded)));
    if (p.down > 0)
        states.append(tr("%n failed", nullptr, clamp(p.down)));
    if (!states.isEmpty())
        text += u'\n' + states.join(QStringLiteral(", "));
    return text;
}

void ResponseTimeChart::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    // Merge again from the points given: the pixels are the slots.
    if (event->size().width() != event->oldSize().width())
        render();
}

void ResponseTimeChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyColors();
}
