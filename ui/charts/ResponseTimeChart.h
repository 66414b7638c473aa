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
// are buckets of checks, and failed checks as red marks along the bottom. Never draws more
// points than it is pixels wide: points on the same pixel are merged
// (ChartSeries::downsampleByTime).
class ResponseTimeChart final : public QChartView {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResponseTimeChart)

public:
    static constexpr int kMinPoints = 2;

    explicit ResponseTimeChart(QWidget *parent = nullptr);

    // Shows `points` (oldest first) on a time axis from `from` to `to` (shown in local time).
    // `raw`: every point is one check, so there is no band until points have to be merged.
    void setPoints(const QList<ChartPoint> &points, const QDateTime &from, const QDateTime &to,
                   bool raw);
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

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void render();
    void applyColors();
    void placeEmptyText();
    void showToolTip(const QPointF &point, bool state);

    QList<ChartPoint> m_points;
    QList<ChartPoint> m_shown;
    QDateTime m_from;
    QDateTime m_to;
    bool m_raw = true;
    QLineSeries *m_average;
    QLineSeries *m_upper;
    QLineSeries *m_lower;
    QAreaSeries *m_band;
    QScatterSeries *m_down;
    QDateTimeAxis *m_timeAxis;
    QValueAxis *m_msAxis;
    QGraphicsSimpleTextItem *m_emptyText;
};
