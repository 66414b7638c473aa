#include "core/service/MonitoringService.h"

#include "core/store/HistoryWriter.h"

QString ServiceReport::whyLost() const
{
    if (writerStuck) {
        QString why = QStringLiteral("the history writer did not finish within %1 s")
                          .arg(HistoryWriter::kCloseWaitMs / 1000);
        return history.failure.isEmpty() ? why : why + u"; " + history.failure;
    }
    return history.failure.isEmpty() ? QStringLiteral("dropped while history could not be written")
                                     : history.failure;
}
