#pragma once

#include "core/engine/Engine.h"
#include "tests/support/FakeClock.h"

// Lets `ms` pass for an engine that runs on `clock`, and has the engine act on the new time
// before this returns: the checks that fell due are sent (Engine::inFlight() counts them at
// once), the others stay scheduled. Returns false if the engine did not act within waitMs.
//
// The engine arms a QTimer for its next due check from Clock::steadyMs(); advancing the clock
// does not move that timer. So this fires the engine's armed timer now, as if the time had
// passed, and the engine reads the clock again. An engine that has nothing scheduled (stopped,
// or every monitor paused) has no armed timer, and time passing changes nothing for it.
// (A way for the engine to learn of the clock's time itself, e.g. a timer the Clock provides,
// would make this reach into nothing; see the report of issue 10.)
[[nodiscard]] bool advanceEngine(Engine &engine, FakeClock &clock, qint64 ms, int waitMs = 20'000);
