#pragma once

#include "core/store/ChartSeries.h"

#include <QDateTime>
#include <QList>
#include <QtCharts/QChartView>

class QAreaSeries;
class QDateTimeAxis;
class QGraphicsSimpleTextItem;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

// Response time over time: the average as a line, a light band from min to max where points
// are buckets of checks, degraded checks as amber marks on the line and failed checks as red
// marks along the bottom (StatusStyle colours). While few points are visible every one gets a
// mark, so a single check shows. Hovering a mark shows its time, response time and state. Never
// draws more points than it is pixels wide: points on the same pixel are merged
// (ChartSeries::downsampleByTime). A monitor younger than the range is drawn from its first
// check (ChartAxis::axisStart), with a note saying since when.
class ResponseTimeChart final : public QChartView {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResponseTimeChart)

public:
    static constexpr int kMinPoints = 2;
    // Up to this many visible points, each gets a mark.
    static constexpr int kMarkLimit = 60;

    explicit ResponseTimeChart(QWidget *parent = nullptr);

    // Shows `points` (oldest first) on a time axis from `from` to `to` (shown in local time).
    // `raw`: every point is one check, so there is no band until points have to be merged.
    // `startAtFirstCheck`: the monitor has no history before `from`, so the axis may start at
    // its first check.
    void setPoints(const QList<ChartPoint> &points, const QDateTime &from, const QDateTime &to,
                   bool raw, bool startAtFirstCheck = false);
    // No points and no "No checks in this range" either (while an answer is on its way).
    void clear();

    // How many points fit: the view's width in pixels.
    [[nodiscard]] int maxPoints() const;
    // The points as given to setPoints() (empty ones say "No checks in this range"), and as
    // drawn after merging.
    [[nodiscard]] const QList<ChartPoint> &points() const { return m_points; }
    [[nodiscard]] const QList<ChartPoint> &shownPoints() const { return m_shown; }
    // True while "No checks in this range" is shown.
    [[nodiscard]] bool isEmpty() const;
    // The time axis as drawn: from the range's start, or shortly before a young monitor's first
    // check, to the range's end.
    [[nodiscard]] QDateTime axisFrom() const;
    [[nodiscard]] QDateTime axisTo() const;
    // "Since 14:02" while the axis starts at the first check; empty otherwise.
    [[nodiscard]] QString sinceNote() const;
    // Whether every visible point has a mark.
    [[nodiscard]] bool marksVisible() const;
    // What hovering `point` shows: time, response time and state.
    [[nodiscard]] static QString toolTipText(const ChartPoint &point);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void render();
    void applyColors();
    void placeTexts();
    void showToolTip(const QPointF &point, bool state);

    QList<ChartPoint> m_points;
    QList<ChartPoint> m_shown;
    QDateTime m_from;
    QDateTime m_to;
    qint64 m_axisFromMs = 0;
    bool m_raw = true;
    bool m_startAtFirstCheck = false;
    QLineSeries *m_average;
    QLineSeries *m_upper;
    QLineSeries *m_lower;
    QAreaSeries *m_band;
    QScatterSeries *m_marks;
    QScatterSeries *m_degraded;
    QScatterSeries *m_down;
    QDateTimeAxis *m_timeAxis;
    QValueAxis *m_msAxis;
    QGraphicsSimpleTextItem *m_emptyText;
    QGraphicsSimpleTextItem *m_sinceText;
};
