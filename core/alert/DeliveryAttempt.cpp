#include "core/alert/DeliveryAttempt.h"

QString DeliveryAttempt::deadlineText(int ms)
{
    if (ms < 1000 || ms % 1000 != 0)
        return QStringLiteral("%1 ms").arg(ms);
    return QStringLiteral("%1 s").arg(ms / 1000);
}
