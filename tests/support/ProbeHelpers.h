#pragma once

#include "core/check/Prober.h"
#include "core/model/CheckResult.h"
#include "core/model/Monitor.h"

#include <optional>

// Runs one check and waits for its result while the event loop (and the test server) runs.
// Returns nullopt if no result came within waitMs.
std::optional<CheckResult> runCheck(Prober &prober, const Monitor &monitor, int waitMs = 20000);
// The same with the monitor's secret (see Prober::check).
std::optional<CheckResult> runCheck(Prober &prober, const Monitor &monitor,
                                    const QByteArray &secret, int waitMs = 20000);

// A result in one line, for failure messages. The text lives until the next call.
const char *describe(const CheckResult &result);
