#pragma once

#include "app/bench/BenchStats.h"

#include <QList>
#include <QtGlobal>

#include <vector>

// What `upwatch bench ui` was asked and what it measured, and how it says it.
struct BenchUiOptions {
    int monitors = 100'000;
    int rate = 6'500;
    int seconds = 10;
    bool json = false;
};

struct BenchUiResults {
    double fillMs = 0;
    double startMs = 0;
    double loadedMs = 0;    // the service's load arrived (the monitors read, the engine set up)
    double summariesMs = 0; // the table's history arrived
    qint64 loadedRss = 0;   // resident when the load arrived, before the window took it
    // The first character typed pays once for what the search box shows the first time (its
    // clear button, the glyphs); the target is about the typing that follows.
    double firstKeystrokeMs = 0;
    std::vector<double> keystrokesMs; // the characters after the first
    // Of that, until the filter model has re-filtered (the rest is painting).
    std::vector<double> keystrokesWorkMs;
    std::vector<double> keystrokesWorkCpuMs; // the GUI thread's CPU time of the same
    QList<int> keystrokeRows;
    double clearMs = 0;
    double fullSortMs = 0;
    Qt::SortOrder sortOrder = Qt::AscendingOrder;
    std::vector<double> resortsMs;
    std::vector<double> resortsCpuMs;
    double fullSortCpuMs = 0;
    BenchStats::Spread lag;
    qint64 resultsApplied = 0;
    double feedBuildMs = 0;
    double cpuSeconds = 0;
    qint64 rss = 0;
    qint64 peakRss = 0;
    int rows = 0;
};

namespace BenchUiReport {

// A table, or one JSON line with --json, on stdout.
void print(const BenchUiOptions &options, const BenchUiResults &results);

} // namespace BenchUiReport
