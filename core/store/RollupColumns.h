#pragma once

#include "core/model/TimingPhases.h"
#include "core/store/Rollup.h"

// A Rollup from the columns of HistoryReader::rollupColumns(), from `first` on, in that order.
// `Row` reads column i: integer(i), isNull(i) and blob(i). Qt SQL rows (HistoryReader) and
// SQLite's own statements (HistoryStore's write path) share this one mapping.
template<typename Row>
[[nodiscard]] Rollup rollupFromColumns(const Row &row, int first)
{
    Rollup rollup;
    rollup.up = row.integer(first);
    rollup.degraded = row.integer(first + 1);
    rollup.down = row.integer(first + 2);
    rollup.timed = row.integer(first + 3);
    rollup.sumMs = row.integer(first + 4);
    rollup.minMs = row.isNull(first + 5) ? -1 : row.integer(first + 5);
    rollup.maxMs = row.isNull(first + 6) ? -1 : row.integer(first + 6);
    rollup.setHistogramBlob(row.blob(first + 7));
    for (size_t i = 0; i < kAllPhases.size(); ++i) {
        rollup.phaseSumMs.at(i) = row.integer(first + 8 + 2 * int(i));
        rollup.phaseCount.at(i) = row.integer(first + 9 + 2 * int(i));
    }
    const int maintenance = first + 8 + 2 * int(kAllPhases.size());
    rollup.maintenance = row.integer(maintenance);
    rollup.maintenanceGood = row.integer(maintenance + 1);
    return rollup;
}
