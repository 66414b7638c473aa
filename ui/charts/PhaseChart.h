#pragma once

#include "core/model/TimingPhases.h"
#include "core/store/ChartSeries.h"

#include <QColor>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QWidget>

#include <optional>

// Where the time of a monitor's checks goes: the last check's timing phases as one stacked bar
// with their values, and under it the average of each phase per chart point over the range,
// stacked (resolve, connect, tls, processing, transfer from the bottom), on the same time span
// as the response-time chart. Painted by hand: a bar per point at its time, never more bars than
// fit (points on the same slot are merged, ChartSeries::downsampleByTime).
class PhaseChart final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PhaseChart)

public:
    explicit PhaseChart(QWidget *parent = nullptr);

    // The range's points from `from` to `to`, oldest first (their phase sums and counts are
    // drawn). `startAtFirstCheck`: a young monitor, drawn from its first check on the same span
    // as the response-time chart (ChartAxis::axisStart).
    void setPoints(const QList<ChartPoint> &points, const QDateTime &from, const QDateTime &to,
                   bool startAtFirstCheck = false);
    // The newest check's phases; nullopt: no check yet.
    void setLastCheck(const std::optional<TimingPhases> &phases);
    void clear();

    // What the last-check line says ("connect 3 ms · processing 40 ms · ...").
    [[nodiscard]] QString lastCheckText() const;
    // The bars as drawn at the current width (merged when there are more points than fit).
    [[nodiscard]] QList<ChartPoint> shownPoints() const;
    [[nodiscard]] static QColor color(Phase phase);

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    [[nodiscard]] int maxBars() const;

    QList<ChartPoint> m_points;
    qint64 m_fromMs = 0;
    qint64 m_toMs = 0;
    std::optional<TimingPhases> m_last;
};
