#pragma once

#include "core/model/AlertChannel.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

class StoreDatabase;

// The channels table: list, add, change and remove alert channels. Names are unique; every
// change bumps the channels' revision, so a running service (in this process or another)
// notices it. Only what people may see is stored: a webhook's URL and headers stay in the
// SecretStore under the channel's credentialKey. Use it in the thread that opened the database.
class ChannelStore {
public:
    explicit ChannelStore(StoreDatabase &database);

    // Every channel, in the order they were added.
    [[nodiscard]] std::optional<QList<AlertChannel>> all();
    [[nodiscard]] std::optional<AlertChannel> byId(qint64 id);
    // A channel by its name, else by its id (digits only); nullopt with an error naming what
    // was looked for when there is none.
    [[nodiscard]] std::optional<AlertChannel> find(const QString &idOrName);

    // Stores a new channel and sets its id. Refuses a channel with a problem() and a taken name.
    bool add(AlertChannel &channel);
    bool update(const AlertChannel &channel);
    bool remove(qint64 id);

    // Changes whenever any channel is added, changed or removed, by any process.
    [[nodiscard]] std::optional<qint64> revision();

    [[nodiscard]] const QString &lastError() const;

private:
    bool write(AlertChannel &channel, bool insert);
    bool fail(const QString &why);
    bool inTransaction(const std::function<bool()> &work);

    StoreDatabase &m_database;
};
