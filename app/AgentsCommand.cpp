#include "app/AgentsCommand.h"

#include "app/CommandParser.h"
#include "app/Console.h"
#include "app/JsonLine.h"
#include "core/format/DisplayFormat.h"
#include "core/store/LeaseStore.h"
#include "core/store/MonitorStore.h"
#include "core/store/StoreDatabase.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>

#include <algorithm>

namespace {

// The translation context of this file's messages.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(AgentsCommand)
};

// Agents whose last heartbeat is older than the longest lease `run` takes are gone for good.
constexpr qint64 kShownForMs = 600'000;

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

} // namespace

namespace AgentsCommand {

int run(const QStringList &arguments)
{
    CommandParser command(QStringLiteral("upwatch agents [--json]"),
                          Text::tr("List the agents that share the database: where each checks "
                                   "from, its last heartbeat, and the monitors it leases."));
    command.parser().addOption(
        {QStringLiteral("json"), Text::tr("One JSON object per line instead of a table.")});
    if (const auto exit = command.parse(arguments, 2))
        return *exit;
    if (!command.noPositionalArguments(QStringLiteral("agents")))
        return Console::kExitUsage;
    const auto database = command.openDatabase();
    if (!database)
        return Console::kExitFailure;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    LeaseStore leases(*database);
    const auto peers = leases.peers(now, kShownForMs);
    if (!peers) {
        Console::printError(leases.lastError());
        return Console::kExitFailure;
    }
    MonitorStore store(*database);
    const auto monitors = store.all();
    if (!monitors) {
        Console::printError(store.lastError());
        return Console::kExitFailure;
    }
    QHash<int, int> perShard;
    for (const Monitor &monitor : *monitors)
        ++perShard[LeaseStore::shardOf(monitor.id)];
    QHash<QString, int> monitorsOf;
    for (auto it = peers->owners.cbegin(); it != peers->owners.cend(); ++it)
        monitorsOf[it.value()] += perShard.value(it.key());

    const bool json = command.parser().isSet(QStringLiteral("json"));
    QStringList lines;
    QList<QStringList> table{{Text::tr("NAME"), Text::tr("LOCATION"), Text::tr("HOST"),
                              Text::tr("STARTED"), Text::tr("HEARTBEAT"), Text::tr("SHARDS"),
                              Text::tr("MONITORS")}};
    for (const LeaseStore::Agent &agent : peers->agents) {
        const qint64 ageMs = std::max<qint64>(0, now - agent.heartbeatAtMs);
        if (json) {
            JsonLine line;
            line.add(QStringLiteral("name"), agent.name)
                .add(QStringLiteral("location"), agent.location)
                .add(QStringLiteral("host"), agent.host)
                .add(QStringLiteral("started_at"), isoTime(agent.startedAtMs))
                .add(QStringLiteral("heartbeat_at"), isoTime(agent.heartbeatAtMs))
                .add(QStringLiteral("heartbeat_age_s"), double(ageMs / 100) / 10.0)
                .add(QStringLiteral("shards"), agent.shards)
                .add(QStringLiteral("monitors"), monitorsOf.value(agent.name));
            lines.append(line.toString());
        }
        else {
            table.append({agent.name, agent.location, agent.host, isoTime(agent.startedAtMs),
                          Text::tr("%1 ago").arg(DisplayFormat::duration(ageMs)),
                          QString::number(agent.shards),
                          QString::number(monitorsOf.value(agent.name))});
        }
    }
    if (json) {
        if (!lines.isEmpty())
            Console::printOut(lines.join(u'\n'));
        return Console::kExitOk;
    }
    if (peers->agents.isEmpty()) {
        Console::printOut(Text::tr("No agents: start one with 'upwatch run --db URL --location "
                                   "NAME' on each machine that checks."));
        return Console::kExitOk;
    }
    Console::printOut(Console::table(table));
    const int leased = int(peers->owners.size());
    if (leased < LeaseStore::kShards)
        Console::printOut(Text::tr("%1 of %2 shards are leased by no agent: the window checks "
                                   "their monitors while it is open, else nobody does.")
                              .arg(LeaseStore::kShards - leased)
                              .arg(LeaseStore::kShards));
    return Console::kExitOk;
}

} // namespace AgentsCommand
