#include "ui/charts/PhaseChart.h"

#include "core/format/DisplayFormat.h"
#include "ui/charts/ChartAxis.h"

#include <QPainter>
#include <QStringList>

#include <algorithm>
#include <array>

namespace {

constexpr int kBarWidth = 4; // pixels per bar, gap included
constexpr int kMargin = 4;
constexpr int kSwatch = 10;

// The time axis of the bars: the sum of the phase averages of a point.
double stackedMs(const ChartPoint &point)
{
    double total = 0;
    for (const Phase phase : kAllPhases)
        total += point.phaseAverageMs(phase).value_or(0);
    return total;
}

} // namespace

PhaseChart::PhaseChart(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setToolTip(tr("Where the time goes: the last check, and the average of each phase over the "
                  "range (resolve, connect, TLS, processing, transfer, from the bottom)"));
}

QColor PhaseChart::color(Phase phase)
{
    // Apart from the status colours (green, amber, red), so a phase never reads as a state.
    static constexpr std::array<QRgb, kAllPhases.size()> kColors{0x9575cd, 0x4fc3f7, 0x26a69a,
                                                                 0x5c6bc0, 0xb0bec5};
    return QColor::fromRgb(kColors.at(size_t(phase)));
}

void PhaseChart::setPoints(const QList<ChartPoint> &points, const QDateTime &from,
                           const QDateTime &to, bool startAtFirstCheck)
{
    m_points = points;
    m_fromMs = from.toMSecsSinceEpoch();
    if (startAtFirstCheck && !points.isEmpty() && from.isValid() && to.isValid())
        m_fromMs = ChartAxis::axisStart(m_fromMs, to.toMSecsSinceEpoch(), points.constFirst().atMs);
    m_toMs = std::max(to.toMSecsSinceEpoch(), m_fromMs + 1);
    update();
}

void PhaseChart::setLastCheck(const std::optional<TimingPhases> &phases)
{
    m_last = phases;
    update();
}

void PhaseChart::clear()
{
    m_points.clear();
    m_last.reset();
    update();
}

QString PhaseChart::lastCheckText() const
{
    if (!m_last)
        return tr("Last check: none yet");
    QStringList parts;
    for (const Phase phase : kAllPhases) {
        if (const std::optional<int> ms = (*m_last)[phase])
            parts.append(phaseName(phase) + u' ' + DisplayFormat::milliseconds(*ms));
    }
    if (parts.isEmpty())
        return tr("Last check: no timing (nothing was sent)");
    return tr("Last check: %1").arg(parts.join(QStringLiteral(" · ")));
}

int PhaseChart::maxBars() const
{
    return std::max(1, (width() - 2 * kMargin) / kBarWidth);
}

QList<ChartPoint> PhaseChart::shownPoints() const
{
    return ChartSeries::downsampleByTime(m_points, m_fromMs, m_toMs, maxBars());
}

QSize PhaseChart::sizeHint() const
{
    return {400, 110};
}

QSize PhaseChart::minimumSizeHint() const
{
    return {120, 90};
}

void PhaseChart::paintEvent(QPaintEvent * /*event*/)
{
    QPainter painter(this);
    const QFontMetrics metrics = fontMetrics();
    const int line = metrics.height();
    const QRect area = rect().adjusted(kMargin, kMargin, -kMargin, -kMargin);
    const QColor text = palette().color(QPalette::WindowText);

    // The last check: its text, then one bar split by its phases.
    painter.setPen(text);
    painter.drawText(QRect(area.left(), area.top(), area.width(), line),
                     Qt::AlignLeft | Qt::AlignVCenter,
                     metrics.elidedText(lastCheckText(), Qt::ElideRight, area.width()));
    int y = area.top() + line + 2;
    if (m_last) {
        double total = 0;
        for (const Phase phase : kAllPhases)
            total += (*m_last)[phase].value_or(0);
        if (total > 0) {
            double x = area.left();
            for (const Phase phase : kAllPhases) {
                const double w = double(area.width()) * (*m_last)[phase].value_or(0) / total;
                painter.fillRect(QRectF(x, y, w, 6), color(phase));
                x += w;
            }
        }
    }
    y += 10;

    // The legend at the bottom, the bars over time between.
    const int legendTop = area.bottom() - line;
    int x = area.left();
    for (const Phase phase : kAllPhases) {
        painter.fillRect(QRect(x, legendTop + (line - kSwatch) / 2, kSwatch, kSwatch),
                         color(phase));
        x += kSwatch + 3;
        const QString name = phaseName(phase);
        painter.drawText(QRect(x, legendTop, metrics.horizontalAdvance(name), line),
                         Qt::AlignVCenter, name);
        x += metrics.horizontalAdvance(name) + 10;
    }
    const QRect bars(area.left(), y, area.width(), legendTop - 2 - y);
    const QList<ChartPoint> shown = shownPoints();
    double highest = 0;
    for (const ChartPoint &point : shown)
        highest = std::max(highest, stackedMs(point));
    if (bars.height() <= 0)
        return;
    if (highest <= 0) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(bars, Qt::AlignCenter, tr("No timing in this range"));
        return;
    }
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(bars, Qt::AlignTop | Qt::AlignLeft,
                     DisplayFormat::milliseconds(qint64(highest)));
    // Each bar at its time; as wide as a slot of the span, at least kBarWidth - 1 pixels.
    const double span = double(m_toMs - m_fromMs);
    const double barWidth =
        std::max(double(kBarWidth - 1), double(bars.width()) / double(maxBars()) - 1);
    for (const ChartPoint &point : shown) {
        const double at = std::clamp(double(point.atMs - m_fromMs) / span, 0.0, 1.0);
        const double left =
            std::min(bars.left() + at * double(bars.width()), double(bars.right()) - barWidth);
        double bottom = bars.bottom();
        for (const Phase phase : kAllPhases) {
            const double h =
                double(bars.height()) * point.phaseAverageMs(phase).value_or(0) / highest;
            const QRectF segment(left, bottom - h, barWidth, h);
            painter.fillRect(segment, color(phase));
            bottom -= h;
        }
    }
}
