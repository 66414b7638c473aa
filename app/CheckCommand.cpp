#include "app/CheckCommand.h"

#include "app/AuthOptions.h"
#include "app/CheckOptions.h"
#include "app/Console.h"
#include "app/JsonLine.h"
#include "core/check/Prober.h"
#include "core/model/MonitorValidator.h"

#include <QCommandLineParser>
#include <QJsonValue>

namespace {

QJsonValue orNull(bool present, const QJsonValue &value)
{
    return present ? value : QJsonValue(QJsonValue::Null);
}

} // namespace

CheckCommand::CheckCommand(QObject *parent)
    : QObject(parent)
{
}

std::optional<int> CheckCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Probe one URL once and print the verdict as one JSON line.\n"
           "Exit code: 0 up or degraded, 1 down, 2 bad usage."));
    parser.addPositionalArgument(QStringLiteral("URL"), tr("http:// or https:// URL"),
                                 QStringLiteral("check URL"));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help."));
    parser.addOption(help);
    // Every command accepts --db; a single check keeps no history, so it goes unused here.
    parser.addOption({QStringLiteral("db"),
                      tr("Database file (accepted by every command; check stores "
                         "nothing)."),
                      QStringLiteral("path")});
    CheckOptions::addTo(parser);
    AuthOptions::addTo(parser);

    QStringList withoutCommand = arguments;
    withoutCommand.removeAt(1);
    if (!parser.parse(withoutCommand)) {
        Console::printError(parser.errorText());
        return Console::kExitUsage;
    }
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        text.replace(text.left(text.indexOf(u'\n')), tr("Usage: upwatch check [options] URL"));
        Console::printOut(text);
        return Console::kExitOk;
    }
    const QStringList urls = parser.positionalArguments();
    if (urls.isEmpty()) {
        Console::printError(tr("check needs a URL (see 'upwatch check --help')"));
        return Console::kExitUsage;
    }
    if (urls.size() > 1) {
        QStringList shown;
        for (const QString &url : urls)
            shown.append(hidePassword(url));
        Console::printError(
            tr("check takes one URL, got %1: %2").arg(urls.size()).arg(shown.join(u' ')));
        return Console::kExitUsage;
    }
    QString error;
    const auto url = MonitorValidator::parseUrl(urls.constFirst(), &error);
    if (!url) {
        Console::printError(error);
        return Console::kExitUsage;
    }
    Monitor base;
    base.name = url->host().left(MonitorValidator::kMaxNameLength);
    base.url = *url;
    const auto monitor = CheckOptions::apply(parser, base, &error);
    if (!monitor) {
        Console::printError(error);
        return Console::kExitUsage;
    }
    const auto auth = AuthOptions::read(parser, QProcessEnvironment::systemEnvironment(),
                                        &AuthOptions::readProcessStdin, &error);
    if (!auth) {
        Console::printError(error);
        return Console::kExitUsage;
    }
    if (const QString warning = AuthOptions::urlPasswordWarning(monitor->url); !warning.isEmpty())
        Console::printError(warning);
    m_monitor = *monitor;
    m_monitor.auth = auth->auth;
    m_secret = auth->secret.value_or(QByteArray());
    m_prober = new Prober(this);
    connect(m_prober, &Prober::checkFinished, this, &CheckCommand::report);
    m_prober->check(m_monitor, m_secret);
    return std::nullopt;
}

void CheckCommand::report(const CheckResult &result)
{
    JsonLine line;
    line.add(QStringLiteral("url"), displayUrl(m_monitor.url))
        .add(QStringLiteral("method"), QString::fromLatin1(httpMethodName(m_monitor.method)))
        .add(QStringLiteral("verdict"), verdictName(result.verdict))
        .add(QStringLiteral("reason"), reasonName(result.reason))
        .add(QStringLiteral("http_status"), orNull(result.httpStatus > 0, result.httpStatus))
        .add(QStringLiteral("response_ms"),
             orNull(result.responseMs >= 0, QJsonValue(result.responseMs)))
        .add(QStringLiteral("error"), orNull(!result.error.isEmpty(), result.error))
        .add(QStringLiteral("cert_expires"),
             orNull(result.certExpires.isValid(), result.certExpires.toString(Qt::ISODate)));
    JsonLine phases;
    for (const Phase phase : kAllPhases) {
        const std::optional<int> ms = result.phases[phase];
        phases.add(phaseName(phase), orNull(ms.has_value(), ms.value_or(0)));
    }
    line.add(QStringLiteral("phases"), phases);
    Console::printOut(line.toString());
    emit finished(result.isUp() ? Console::kExitOk : Console::kExitFailure);
}
