#include "ui/charts/ResponseTimeChart.h"

#include "ui/charts/ChartAxis.h"
#include "ui/window/StatusStyle.h"

#include <QEvent>
#include <QGraphicsSimpleTextItem>
#include <QLocale>
#include <QResizeEvent>
#include <QToolTip>
#include <QtCharts/QAreaSeries>
#include <QtCharts/QChart>
#include <QtCharts/QDateTimeAxis>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>
#include <climits>

namespace {

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
    , m_down(new QScatterSeries(this))
    , m_timeAxis(new QDateTimeAxis(this))
    , m_msAxis(new QValueAxis(this))
    , m_emptyText(new QGraphicsSimpleTextItem(chart()))
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(160);

    QChart *c = chart();
    c->legend()->hide();
    c->setBackgroundRoundness(0);
    c->setMargins(QMargins(4, 4, 4, 4));
    c->setAnimationOptions(QChart::NoAnimation);

    m_average->setName(tr("Response time"));
    m_band->setName(tr("Min to max"));
    m_down->setName(tr("Failed checks"));
    m_down->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    m_down->setMarkerSize(7);
    m_down->setPointsVisible(true);

    c->addSeries(m_band);
    c->addSeries(m_average);
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
    connect(c, &QChart::plotAreaChanged, this, &ResponseTimeChart::placeEmptyText);
    connect(m_average, &QLineSeries::hovered, this, &ResponseTimeChart::showToolTip);
    connect(m_down, &QScatterSeries::hovered, this, &ResponseTimeChart::showToolTip);

    applyColors();
    clear();
}

void ResponseTimeChart::setPoints(const QList<ChartPoint> &points, const QDateTime &from,
                                  const QDateTime &to, bool raw)
{
    m_points = points;
    m_from = from;
    m_to = to;
    m_raw = raw;
    render();
}

void ResponseTimeChart::clear()
{
    // Keeps the time axis where it was; nothing to say until there is an answer.
    setPoints({}, m_from, m_to, true);
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

void ResponseTimeChart::render()
{
    m_shown = ChartSeries::downsampleByTime(m_points, m_from.toMSecsSinceEpoch(),
                                            m_to.toMSecsSinceEpoch(), maxPoints());
    const bool band = !m_raw || m_shown.size() < m_points.size();

    QList<QPointF> average;
    QList<QPointF> upper;
    QList<QPointF> lower;
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
            average.append(QPointF(x, point.avgMs));
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
    m_down->replace(down);

    const NiceAxis axis = ChartAxis::niceAxis(highest * 1.05);
    m_msAxis->setRange(0, axis.max);
    m_msAxis->setTickCount(axis.tickCount);
    if (m_from.isValid() && m_to.isValid()) {
        m_timeAxis->setFormat(ChartAxis::timeFormat(m_from.msecsTo(m_to)));
        m_timeAxis->setRange(m_from.toLocalTime(), m_to.toLocalTime());
    }

    m_emptyText->setVisible(m_points.isEmpty());
    placeEmptyText();
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
    const QColor failed = StatusStyle::color(MonitorState::Down);
    m_down->setColor(failed);
    m_down->setBorderColor(failed.darker(120));
    m_emptyText->setBrush(withAlpha(text, 150));
}

void ResponseTimeChart::placeEmptyText()
{
    const QRectF area = chart()->plotArea();
    const QRectF text = m_emptyText->boundingRect();
    m_emptyText->setPos(area.center() - text.center());
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
    const ChartPoint &p = *found;
    const QLocale locale;
    QString text =
        locale.toString(QDateTime::fromMSecsSinceEpoch(p.atMs).toLocalTime(), QLocale::ShortFormat);
    if (p.count > 0) {
        if (p.count == 1)
            text += u'\n' + tr("%1 ms").arg(qRound64(p.avgMs));
        else
            text += u'\n' + tr("Average %1 ms (min %2 ms, max %3 ms), %n checks", nullptr,
                               int(std::min<qint64>(p.count, INT_MAX)))
                                .arg(qRound64(p.avgMs))
                                .arg(qRound64(p.minMs))
                                .arg(qRound64(p.maxMs));
    }
    if (p.down > 0)
        text += u'\n' + tr("%n failed check(s)", nullptr, int(std::min<qint64>(p.down, INT_MAX)));
    QToolTip::showText(QCursor::pos(), text, this);
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
