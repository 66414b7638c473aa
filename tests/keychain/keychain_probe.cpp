// keychain-probe: asks KeychainSecretStore whether there is a keychain, then tries to store a
// secret, and prints each answer as one line "<operation> <status> <message>". tst_keychain runs
// it in environments it cannot make inside its own process (QtKeychain picks its backend and
// libsecret its bus connection once per process): no session bus, or a bus without a Secret
// Service.
#include "core/secret/KeychainSecretStore.h"

#include <QCoreApplication>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace {

const char *statusName(SecretStore::Status status)
{
    switch (status) {
    case SecretStore::Status::Ok:
        return "ok";
    case SecretStore::Status::NotFound:
        return "not-found";
    case SecretStore::Status::Unavailable:
        return "unavailable";
    case SecretStore::Status::Denied:
        return "denied";
    case SecretStore::Status::Failed:
        return "failed";
    }
    return "?";
}

void print(const char *operation, const SecretStore::Reply &reply)
{
    std::printf("%s %s %s\n", operation, statusName(reply.status), qPrintable(reply.error));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // Where a QSettings fallback would write, if one were ever used: tst_keychain looks there.
    QCoreApplication::setOrganizationName(u"upwatch-keychain-probe"_s);
    QCoreApplication::setApplicationName(u"upwatch-keychain-probe"_s);

    KeychainSecretStore store;
    store.probe(&app, [&store, &app](const SecretStore::Reply &probed) {
        print("probe", probed);
        store.write(u"keychain-probe/secret"_s, "probe-secret-0451", &app,
                    [&app](const SecretStore::Reply &written) {
                        print("write", written);
                        app.quit();
                    });
    });
    return app.exec();
}
