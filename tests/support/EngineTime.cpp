#include "tests/support/EngineTime.h"

#include <QSignalSpy>
#include <QTimer>

bool advanceEngine(Engine &engine, FakeClock &clock, qint64 ms, int waitMs)
{
    clock.advance(ms);
    auto *timer = engine.findChild<QTimer *>(QString(), Qt::FindDirectChildrenOnly);
    if (timer == nullptr) {
        qWarning("advanceEngine: the engine has no timer of its own");
        return false;
    }
    if (!timer->isActive())
        return true; // nothing scheduled
    // Connected after the engine's own slot, so the spy sees the signal once the engine acted.
    QSignalSpy fired(timer, &QTimer::timeout);
    timer->start(0);
    return fired.wait(waitMs) || !fired.isEmpty();
}
