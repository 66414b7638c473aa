#pragma once

#include "core/secret/SecretStore.h"

// Runs `done(reply)` later from the event loop of `context`'s thread, never from inside this
// call, and not at all when `context` is deleted first (the queued call goes with it). What
// every SecretStore uses to keep its promise that callbacks are asynchronous.
void callSecretCallbackLater(QObject *context, SecretStore::Callback done,
                             SecretStore::Reply reply);
