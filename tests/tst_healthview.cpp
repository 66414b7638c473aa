#include "core/engine/HealthMonitor.h"
#include "tests/support/FakeClock.h"
#include "ui/window/HealthView.h"

#include <QLabel>
#include <QLocale>
#include <QTest>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QDateTimeAxis>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>

#include <memory>

using namespace Qt::Literals::StringLiterals;

class TestHealthView final : public QObject {
    Q_OBJECT

private slots:
    void init();

    void seededFromTheRing();
    void samplesAppend();
    void oldPointsSlideOut();
    void clockGoingBackStartsOver();
    void plotsLineUp();
    void saturationWarning();

private:
    [[nodiscard]] HealthMonitor::Source source()
    {
        return [this] { return m_snapshot; };
    }
    // Takes a sample with these numbers, then moves the clock a second on.
    void sample(HealthMonitor &monitor, int inFlight, int waiting, qint64 completed,
                qint64 workerLag = 0);
    static QList<QLineSeries *> lines(HealthView &view, const QString &chart);

    EngineSnapshot m_snapshot;
    std::shared_ptr<FakeClock> m_clock;
};

void TestHealthView::init()
{
    m_snapshot = EngineSnapshot();
    m_clock = std::make_shared<FakeClock>();
}

void TestHealthView::sample(HealthMonitor &monitor, int inFlight, int waiting, qint64 completed,
                            qint64 workerLag)
{
    m_snapshot.inFlight = inFlight;
    m_snapshot.waiting = waiting;
    m_snapshot.completed = completed;
    m_snapshot.workerMaxLagMs = workerLag;
    monitor.sample();
    m_clock->advance(1000);
}

QList<QLineSeries *> TestHealthView::lines(HealthView &view, const QString &chart)
{
    QList<QLineSeries *> found;
    auto *chartView = view.findChild<QChartView *>(chart);
    if (!chartView)
        return found;
    for (QAbstractSeries *series : chartView->chart()->series()) {
        if (auto *line = qobject_cast<QLineSeries *>(series))
            found.append(line);
    }
    return found;
}

void TestHealthView::seededFromTheRing()
{
    HealthMonitor monitor(source(), m_clock);
    sample(monitor, 5, 1, 100);
    sample(monitor, 7, 2, 150);
    sample(monitor, 9, 0, 250);

    HealthView view(monitor);
    const QList<QLineSeries *> requests = lines(view, u"inFlightChart"_s);
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests.at(0)->count(), 3);
    QCOMPARE(requests.at(0)->at(0).y(), 5.0);
    QCOMPARE(requests.at(0)->at(2).y(), 9.0);
    QCOMPARE(requests.at(1)->at(1).y(), 2.0);
    QCOMPARE(qint64(requests.at(0)->at(2).x()), monitor.samples().last().at.toMSecsSinceEpoch());
    const QList<QLineSeries *> rate = lines(view, u"rateChart"_s);
    QCOMPARE(rate.size(), 1);
    QCOMPARE(rate.at(0)->at(2).y(), 100.0);
    QCOMPARE(lines(view, u"lagChart"_s).size(), 2);

    const QString summary = view.findChild<QLabel *>(u"healthSummary"_s)->text();
    QVERIFY2(summary.contains(u"9 in flight"_s), qPrintable(summary));
    QVERIFY2(summary.contains(u"0 waiting"_s), qPrintable(summary));
    QVERIFY2(summary.contains(u"100 checks/s"_s), qPrintable(summary));
}

void TestHealthView::samplesAppend()
{
    HealthMonitor monitor(source(), m_clock);
    HealthView view(monitor);
    QVERIFY(view.samples().isEmpty());
    QCOMPARE(view.findChild<QLabel *>(u"healthSummary"_s)->text(), u"No samples yet"_s);

    sample(monitor, 120, 30, 1000, 4);
    sample(monitor, 110, 20, 1250, 12);
    QCOMPARE(view.samples().size(), 2);

    const QList<QLineSeries *> lag = lines(view, u"lagChart"_s);
    QCOMPARE(lag.at(1)->count(), 2);
    QCOMPARE(lag.at(1)->at(0).y(), 4.0);
    QCOMPARE(lag.at(1)->at(1).y(), 12.0);
    QCOMPARE(lag.at(0)->count(), 2); // the GUI thread's lag (not measured here: 0)
    QCOMPARE(lines(view, u"inFlightChart"_s).at(1)->at(1).y(), 20.0);
    QCOMPARE(lines(view, u"rateChart"_s).at(0)->at(1).y(), 250.0);

    const QString summary = view.findChild<QLabel *>(u"healthSummary"_s)->text();
    QVERIFY2(summary.contains(u"worker lag 12 ms"_s), qPrintable(summary));
    QVERIFY2(summary.contains(u"GUI lag 0 ms"_s), qPrintable(summary));
    QVERIFY2(summary.contains(u"110 in flight"_s), qPrintable(summary));
    QVERIFY2(summary.contains(u"20 waiting"_s), qPrintable(summary));
    QVERIFY2(summary.contains(u"250 checks/s"_s), qPrintable(summary));

    // The value axes leave room for the highest point.
    auto *requests = view.findChild<QChartView *>(u"inFlightChart"_s);
    auto *axis = qobject_cast<QValueAxis *>(requests->chart()->axes(Qt::Vertical).first());
    QVERIFY(axis->max() >= 120);
    QCOMPARE(axis->min(), 0.0);
}

void TestHealthView::oldPointsSlideOut()
{
    // A ring larger than the window, so only the view's own limit applies.
    HealthMonitor monitor(source(), m_clock, 1000);
    HealthView view(monitor);
    for (int i = 0; i < 650; ++i)
        sample(monitor, i, 0, i * 10);
    QCOMPARE(view.samples().size(), 600);
    for (const QString &chart : {u"lagChart"_s, u"inFlightChart"_s, u"rateChart"_s}) {
        for (QLineSeries *series : lines(view, chart))
            QCOMPARE(series->count(), 600);
    }
    const QLineSeries *inFlight = lines(view, u"inFlightChart"_s).at(0);
    QCOMPARE(inFlight->at(0).y(), 50.0); // the first 50 seconds are gone
    QCOMPARE(inFlight->at(599).y(), 649.0);

    // The time axis slides with the newest sample.
    auto *chart = view.findChild<QChartView *>(u"inFlightChart"_s);
    auto *time = qobject_cast<QDateTimeAxis *>(chart->chart()->axes(Qt::Horizontal).first());
    const QDateTime newest = monitor.samples().last().at;
    QCOMPARE(time->max().toMSecsSinceEpoch(), newest.toMSecsSinceEpoch());
    QCOMPARE(time->min().toMSecsSinceEpoch(),
             newest.addMSecs(-HealthView::kWindowMs).toMSecsSinceEpoch());

    // A view opened now starts from the same ten minutes.
    HealthView late(monitor);
    QCOMPARE(late.samples(), view.samples());
    QCOMPARE(lines(late, u"inFlightChart"_s).at(0)->count(), 600);
}

void TestHealthView::clockGoingBackStartsOver()
{
    HealthMonitor monitor(source(), m_clock);
    HealthView view(monitor);
    sample(monitor, 1, 0, 0);
    sample(monitor, 2, 0, 0);
    m_clock->setNow(m_clock->nowUtc().addSecs(-3600));
    sample(monitor, 3, 0, 0);
    QCOMPARE(view.samples().size(), 1);
    QCOMPARE(lines(view, u"inFlightChart"_s).at(0)->count(), 1);
    QCOMPARE(lines(view, u"inFlightChart"_s).at(0)->at(0).y(), 3.0);
}

// The three time axes start and end at the same x, whatever the width of their value labels
// ("1,500 ms" against "5"), and share range and ticks.
void TestHealthView::plotsLineUp()
{
    HealthMonitor monitor(source(), m_clock);
    sample(monitor, 5, 1, 1000, 1500);
    sample(monitor, 3, 0, 1002, 2500);
    HealthView view(monitor);
    view.resize(900, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    const QStringList names{u"lagChart"_s, u"inFlightChart"_s, u"rateChart"_s};
    QList<QChart *> charts;
    for (const QString &name : names)
        charts.append(view.findChild<QChartView *>(name)->chart());
    // Without alignment the lag chart's plot would start well right of the others'.
    const auto linedUp = [&charts] {
        for (const QChart *chart : std::as_const(charts)) {
            const QRectF area = chart->plotArea();
            const QRectF first = charts.first()->plotArea();
            if (area.isEmpty() || qAbs(area.left() - first.left()) >= 1 ||
                qAbs(area.right() - first.right()) >= 1)
                return false;
        }
        return true;
    };
    QTRY_VERIFY(linedUp());
    for (const QChart *chart : std::as_const(charts)) {
        auto *time = qobject_cast<QDateTimeAxis *>(chart->axes(Qt::Horizontal).first());
        auto *firstTime =
            qobject_cast<QDateTimeAxis *>(charts.first()->axes(Qt::Horizontal).first());
        QCOMPARE(time->min(), firstTime->min());
        QCOMPARE(time->max(), firstTime->max());
        QCOMPARE(time->tickCount(), firstTime->tickCount());
    }

    // Still after the labels change width and the window does.
    sample(monitor, 90000, 0, 1003, 3);
    view.resize(700, 600);
    QTRY_VERIFY(linedUp());
}

void TestHealthView::saturationWarning()
{
    HealthMonitor monitor(source(), m_clock);
    HealthView view(monitor);
    view.resize(800, 600);
    view.show();
    auto *warning = view.findChild<QLabel *>(u"saturationWarning"_s);
    QVERIFY(warning);
    QVERIFY(!warning->isVisible());
    // Checks wait and start late second after second while the monitors need 20,000 a second
    // and the engine does 6,400: the warning says so once that has lasted long enough.
    m_snapshot.neededPerSecond = 20'000;
    qint64 completed = 0;
    for (int second = 1; second <= HealthMonitor::kSaturatedAfter; ++second) {
        QVERIFY(!warning->isVisible());
        m_snapshot.schedule.late += 1000;
        completed += 6400;
        sample(monitor, 600, 5000, completed);
    }
    QVERIFY(warning->isVisible());
    const QLocale locale;
    const QString expected = u"Saturated: needs %1 checks/s, does %2."_s.arg(
        locale.toString(20'000), locale.toString(6400));
    QVERIFY2(warning->text().startsWith(expected), qPrintable(warning->text()));
    // Caught up: nothing waits, nothing more is late.
    sample(monitor, 10, 0, completed + 6400);
    QVERIFY(!warning->isVisible());
}

QTEST_MAIN(TestHealthView)
#include "tst_healthview.moc"
