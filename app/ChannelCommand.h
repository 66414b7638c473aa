#pragma once

#include <QStringList>

// `upwatch channel add|list|remove|test`: the alert channels in the database. A webhook's URL
// and headers go to the SecretStore (the OS keychain, or the secrets file with
// --secrets-file); the database keeps only a shortened target for lists.
namespace ChannelCommand {

// `arguments` starts with the program name, "channel" and the action. `test` runs the event
// loop of the application until the test delivery has ended.
[[nodiscard]] int run(const QStringList &arguments);

} // namespace ChannelCommand
