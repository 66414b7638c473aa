#pragma once

#include "core/engine/HealthMonitor.h"

#include <QList>
#include <QWidget>

#include <vector>

class QChartView;
class QDateTimeAxis;
class QLabel;
class QLineSeries;
class QValueAxis;

// Live charts of the engine's health over the last ten minutes: event-loop lag of the GUI
// thread and of the workers, requests in flight and waiting, checks per second, plus the
// current values in one line. Each sample appends one point per series and drops the points
// that slid out of the window; nothing is rebuilt. The three plots line up: same time range and
// ticks, and their plot areas start and end at the same x (the charts with narrower axis labels
// get wider margins). When the engine cannot keep up (HealthSample::saturated) a warning above
// the charts says how many checks per second the monitors need and how many it does.
class HealthView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HealthView)

public:
    static constexpr qint64 kWindowMs = 10 * 60 * 1000;

    explicit HealthView(HealthMonitor &health, QWidget *parent = nullptr);

    // The samples charted now, oldest first.
    [[nodiscard]] const QList<HealthSample> &samples() const { return m_samples; }

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Chart {
        QChartView *view = nullptr;
        QDateTimeAxis *time = nullptr;
        QValueAxis *value = nullptr;
        std::vector<QLineSeries *> series;
    };

    Chart makeChart(const QString &objectName, const QString &title, const QStringList &names,
                    const QString &labelFormat);
    void seed(const QList<HealthSample> &samples);
    void addSample(const HealthSample &sample);
    void updateAxes();
    void updateSummary();
    void applyColors();
    void alignPlotAreas();
    [[nodiscard]] static QList<double> values(const HealthSample &sample);

    QList<HealthSample> m_samples;
    Chart m_lag;
    Chart m_inFlight;
    Chart m_rate;
    QLabel *m_summary;
    QLabel *m_saturation;
};
