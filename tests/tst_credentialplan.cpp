#include "core/service/CredentialPlan.h"
#include "tests/support/Builders.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

Monitor withAuth(Monitor monitor, AuthKind kind, const QString &key = {})
{
    monitor.auth.kind = kind;
    if (kind == AuthKind::Basic)
        monitor.auth.user = u"ops"_s;
    if (kind == AuthKind::Header)
        monitor.auth.headerName = "X-API-Key";
    monitor.credentialKey = key;
    return monitor;
}

} // namespace

class TestCredentialPlan final : public QObject {
    Q_OBJECT

private slots:
    void urlPasswordMovesOut();
    void urlPasswordWithOtherKindIsRefused();
    void newSecretGetsANewKey();
    void replacedSecretGetsANewKey();
    void otherKindNeedsANewSecret();
    void noAuthDropsTheSecret();
    void certificateWithoutPassphrase();
    void storedKeyWins();
    void emptySecretIsRefused();
};

void TestCredentialPlan::urlPasswordMovesOut()
{
    const Monitor edited = makeMonitor(u"api"_s, u"https://ops:s%40cret@example.com/health"_s);
    const CredentialPlan plan = CredentialPlan::make(edited, std::nullopt, std::nullopt);
    QVERIFY2(plan.ok(), qPrintable(plan.error));
    QVERIFY(plan.movedUrlPassword);
    QCOMPARE(plan.secret, QByteArray("s@cret"));
    QCOMPARE(plan.monitor.url, QUrl(u"https://example.com/health"_s));
    QCOMPARE(plan.monitor.auth.kind, AuthKind::Basic);
    QCOMPARE(plan.monitor.auth.user, u"ops"_s);
    QVERIFY(plan.monitor.credentialKey.startsWith(u"basic/"_s));
    QVERIFY(plan.keyIsNew);
    QVERIFY(plan.obsoleteKey.isEmpty());
}

void TestCredentialPlan::urlPasswordWithOtherKindIsRefused()
{
    const Monitor edited =
        withAuth(makeMonitor(u"api"_s, u"https://ops:pw@example.com/"_s), AuthKind::Bearer);
    const CredentialPlan plan = CredentialPlan::make(edited, std::nullopt, QByteArray("token"));
    QVERIFY(!plan.ok());
    QCOMPARE(plan.error, u"the URL has a password and the monitor uses Bearer token "
                         "authentication: remove the password from the URL"_s);
    QVERIFY(!plan.error.contains(u"pw"_s));
}

void TestCredentialPlan::newSecretGetsANewKey()
{
    const Monitor edited = withAuth(makeMonitor(u"api"_s), AuthKind::Bearer);
    const CredentialPlan plan = CredentialPlan::make(edited, std::nullopt, QByteArray("token"));
    QVERIFY(plan.ok());
    QVERIFY(plan.monitor.credentialKey.startsWith(u"bearer/"_s));
    QCOMPARE(plan.secret, QByteArray("token"));
    // Keys are never reused.
    const CredentialPlan again = CredentialPlan::make(edited, std::nullopt, QByteArray("token"));
    QVERIFY(again.monitor.credentialKey != plan.monitor.credentialKey);
}

void TestCredentialPlan::replacedSecretGetsANewKey()
{
    Monitor stored = withAuth(makeMonitor(u"api"_s), AuthKind::Basic, u"basic/1"_s);
    stored.id = 4;
    // A replaced secret goes under a new key: the old one stays valid until the monitor is
    // stored, and other processes see the change.
    const CredentialPlan plan = CredentialPlan::make(stored, stored, QByteArray("new"));
    QVERIFY(plan.ok());
    QVERIFY(plan.monitor.credentialKey.startsWith(u"basic/"_s));
    QVERIFY(plan.monitor.credentialKey != u"basic/1"_s);
    QVERIFY(plan.keyIsNew);
    QCOMPARE(plan.obsoleteKey, u"basic/1"_s);
    // Nothing typed: the stored secret stays as it is.
    const CredentialPlan keep = CredentialPlan::make(stored, stored, std::nullopt);
    QVERIFY(keep.ok());
    QVERIFY(!keep.secret);
    QCOMPARE(keep.monitor.credentialKey, u"basic/1"_s);
}

void TestCredentialPlan::otherKindNeedsANewSecret()
{
    Monitor stored = withAuth(makeMonitor(u"api"_s), AuthKind::Basic, u"basic/1"_s);
    stored.id = 4;
    const Monitor edited = withAuth(stored, AuthKind::Bearer, u"basic/1"_s);
    const CredentialPlan refused = CredentialPlan::make(edited, stored, std::nullopt);
    QCOMPARE(refused.error, u"Bearer token authentication needs a token"_s);
    const CredentialPlan plan = CredentialPlan::make(edited, stored, QByteArray("token"));
    QVERIFY(plan.ok());
    QVERIFY(plan.monitor.credentialKey.startsWith(u"bearer/"_s));
    QVERIFY(plan.keyIsNew);
    QCOMPARE(plan.obsoleteKey, u"basic/1"_s);
}

void TestCredentialPlan::noAuthDropsTheSecret()
{
    Monitor stored = withAuth(makeMonitor(u"api"_s), AuthKind::Header, u"header/1"_s);
    stored.id = 4;
    Monitor edited = stored;
    edited.auth = {};
    const CredentialPlan plan = CredentialPlan::make(edited, stored, std::nullopt);
    QVERIFY(plan.ok());
    QVERIFY(plan.monitor.credentialKey.isEmpty());
    QCOMPARE(plan.obsoleteKey, u"header/1"_s);
    QVERIFY(!plan.secret);
}

void TestCredentialPlan::certificateWithoutPassphrase()
{
    const Monitor edited = withAuth(makeMonitor(u"api"_s), AuthKind::ClientCertificate);
    const CredentialPlan plan = CredentialPlan::make(edited, std::nullopt, std::nullopt);
    QVERIFY2(plan.ok(), qPrintable(plan.error));
    QVERIFY(plan.monitor.credentialKey.isEmpty());
    const CredentialPlan withPassphrase =
        CredentialPlan::make(edited, std::nullopt, QByteArray("passphrase"));
    QVERIFY(withPassphrase.monitor.credentialKey.startsWith(u"client_cert/"_s));
}

void TestCredentialPlan::storedKeyWins()
{
    // An edited copy cannot point at another monitor's secret: the stored key is used.
    Monitor stored = withAuth(makeMonitor(u"api"_s), AuthKind::Bearer, u"bearer/mine"_s);
    stored.id = 4;
    const Monitor edited = withAuth(stored, AuthKind::Bearer, u"bearer/someone-else"_s);
    const CredentialPlan plan = CredentialPlan::make(edited, stored, std::nullopt);
    QCOMPARE(plan.monitor.credentialKey, u"bearer/mine"_s);
    const CredentialPlan fresh = CredentialPlan::make(edited, std::nullopt, std::nullopt);
    QCOMPARE(fresh.error, u"Bearer token authentication needs a token"_s);
}

void TestCredentialPlan::emptySecretIsRefused()
{
    const Monitor edited = withAuth(makeMonitor(u"api"_s), AuthKind::Basic);
    const CredentialPlan plan = CredentialPlan::make(edited, std::nullopt, QByteArray(""));
    QCOMPARE(plan.error, u"the password is empty"_s);
}

QTEST_GUILESS_MAIN(TestCredentialPlan)
#include "tst_credentialplan.moc"
