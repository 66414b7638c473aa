#include "ui/desktop/AppSettings.h"

#include "core/metrics/MetricsServer.h"
#include "ui/desktop/Translations.h"

#include <QSettings>

namespace {

int readInt(const QSettings &settings, const QString &key, int fallback, int min, int max)
{
    bool ok = false;
    const int value = settings.value(key).toInt(&ok);
    return ok && value >= min && value <= max ? value : fallback;
}

} // namespace

AppSettings AppSettings::load(const QSettings &settings)
{
    const AppSettings defaults;
    AppSettings loaded;
    const Retention &fallback = defaults.retention;
    loaded.retention.rawHours =
        readInt(settings, QStringLiteral("retention/rawHours"), fallback.rawHours, 1, 24 * 365);
    loaded.retention.minuteDays =
        readInt(settings, QStringLiteral("retention/minuteDays"), fallback.minuteDays, 1, 3650);
    loaded.retention.hourDays =
        readInt(settings, QStringLiteral("retention/hourDays"), fallback.hourDays, 1, 3650);
    loaded.retention.dayDays =
        readInt(settings, QStringLiteral("retention/dayDays"), fallback.dayDays, 1, 36500);
    loaded.defaultIntervalSeconds =
        readInt(settings, QStringLiteral("monitors/defaultIntervalSeconds"),
                defaults.defaultIntervalSeconds, 1, 7 * 24 * 3600);
    loaded.defaultTimeoutMs = readInt(settings, QStringLiteral("monitors/defaultTimeoutMs"),
                                      defaults.defaultTimeoutMs, 1, 10 * 60 * 1000);
    loaded.notificationsEnabled =
        settings.value(QStringLiteral("notifications/enabled"), defaults.notificationsEnabled)
            .toBool();
    loaded.certificateWarningDays =
        readInt(settings, QStringLiteral("notifications/certificateWarningDays"),
                defaults.certificateWarningDays, 0, 365);
    loaded.startMinimized =
        settings.value(QStringLiteral("window/startMinimized"), defaults.startMinimized).toBool();
    loaded.metricsEnabled =
        settings.value(QStringLiteral("metrics/enabled"), defaults.metricsEnabled).toBool();
    loaded.metricsPort =
        readInt(settings, QStringLiteral("metrics/port"), defaults.metricsPort, 1, 65535);
    const QString bind = settings.value(QStringLiteral("metrics/bind")).toString().trimmed();
    loaded.metricsBind = MetricsServer::parseAddress(bind) ? bind : defaults.metricsBind;
    const QString language = settings.value(QStringLiteral("general/language")).toString();
    loaded.language = Translations::isAvailable(language) ? language : defaults.language;
    loaded.checkAsAgent =
        settings.value(QStringLiteral("agents/checkAsAgent"), defaults.checkAsAgent).toBool();
    const QString location = settings.value(QStringLiteral("agents/location")).toString().trimmed();
    loaded.agentLocation = isValidLocation(location) ? location : defaults.agentLocation;
    return loaded;
}

void AppSettings::save(QSettings &settings) const
{
    settings.setValue(QStringLiteral("retention/rawHours"), retention.rawHours);
    settings.setValue(QStringLiteral("retention/minuteDays"), retention.minuteDays);
    settings.setValue(QStringLiteral("retention/hourDays"), retention.hourDays);
    settings.setValue(QStringLiteral("retention/dayDays"), retention.dayDays);
    settings.setValue(QStringLiteral("monitors/defaultIntervalSeconds"), defaultIntervalSeconds);
    settings.setValue(QStringLiteral("monitors/defaultTimeoutMs"), defaultTimeoutMs);
    settings.setValue(QStringLiteral("notifications/enabled"), notificationsEnabled);
    settings.setValue(QStringLiteral("notifications/certificateWarningDays"),
                      certificateWarningDays);
    settings.setValue(QStringLiteral("window/startMinimized"), startMinimized);
    settings.setValue(QStringLiteral("metrics/enabled"), metricsEnabled);
    settings.setValue(QStringLiteral("metrics/port"), metricsPort);
    settings.setValue(QStringLiteral("metrics/bind"), metricsBind);
    settings.setValue(QStringLiteral("general/language"), language);
    settings.setValue(QStringLiteral("agents/checkAsAgent"), checkAsAgent);
    settings.setValue(QStringLiteral("agents/location"), agentLocation);
}
