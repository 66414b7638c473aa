#include "core/model/MonitorAuth.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(MonitorAuth)

class TestMonitorAuth final : public QObject {
    Q_OBJECT

private slots:
    void kindNamesRoundTrip();
    void jsonRoundTrip_data();
    void jsonRoundTrip();
    void badJsonIsRefused_data();
    void badJsonIsRefused();
    void secretNeeds();
};

void TestMonitorAuth::kindNamesRoundTrip()
{
    for (AuthKind kind : {AuthKind::None, AuthKind::Basic, AuthKind::Bearer, AuthKind::Header,
                          AuthKind::ClientCertificate, AuthKind::OAuth2}) {
        QCOMPARE(authKindFromName(authKindName(kind)), kind);
        QVERIFY(!authKindTitle(kind).isEmpty());
    }
    QCOMPARE(authKindName(AuthKind::ClientCertificate), u"client_cert"_s);
    QVERIFY(!authKindFromName(u"Basic"));
}

void TestMonitorAuth::jsonRoundTrip_data()
{
    QTest::addColumn<MonitorAuth>("auth");
    QTest::addColumn<QString>("json");

    QTest::newRow("none") << MonitorAuth() << u"{}"_s;
    MonitorAuth basic;
    basic.kind = AuthKind::Basic;
    basic.user = u"jürgen"_s;
    QTest::newRow("basic") << basic << u"{\"kind\":\"basic\",\"user\":\"jürgen\"}"_s;
    MonitorAuth bearer;
    bearer.kind = AuthKind::Bearer;
    QTest::newRow("bearer") << bearer << u"{\"kind\":\"bearer\"}"_s;
    MonitorAuth header;
    header.kind = AuthKind::Header;
    header.headerName = "X-API-Key";
    QTest::newRow("header") << header << u"{\"header\":\"X-API-Key\",\"kind\":\"header\"}"_s;
    MonitorAuth cert;
    cert.kind = AuthKind::ClientCertificate;
    cert.certificateFile = u"/etc/upwatch/client.pem"_s;
    cert.keyFile = u"/etc/upwatch/client.key"_s;
    QTest::newRow("client certificate")
        << cert
        << u"{\"certificate\":\"/etc/upwatch/client.pem\",\"key\":\"/etc/upwatch/client.key\","
           "\"kind\":\"client_cert\"}"_s;
    MonitorAuth oauth;
    oauth.kind = AuthKind::OAuth2;
    oauth.tokenUrl = QUrl(u"https://id.example.com/oauth/token"_s);
    oauth.clientId = u"upwatch"_s;
    oauth.scope = u"health:read"_s;
    QTest::newRow("oauth2") << oauth
                            << u"{\"client_id\":\"upwatch\",\"kind\":\"oauth2\",\"scope\":"
                               "\"health:read\",\"token_url\":\"https://id.example.com/oauth/"
                               "token\"}"_s;
}

void TestMonitorAuth::jsonRoundTrip()
{
    QFETCH(MonitorAuth, auth);
    QFETCH(QString, json);
    const QJsonObject object = auth.toJson();
    QCOMPARE(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)), json);
    QString error;
    const std::optional<MonitorAuth> back = MonitorAuth::fromJson(object, &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(*back, auth);
}

void TestMonitorAuth::badJsonIsRefused_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("message");

    QTest::newRow("no kind") << u"{\"user\":\"a\"}"_s << u"\"kind\" must be one of"_s;
    QTest::newRow("unknown kind") << u"{\"kind\":\"ntlm\"}"_s
                                  << u"unknown authentication kind \"ntlm\""_s;
    QTest::newRow("field of another kind") << u"{\"kind\":\"bearer\",\"user\":\"a\"}"_s
                                           << u"\"user\" is not a field of bearer authentication"_s;
    QTest::newRow("not a string") << u"{\"kind\":\"basic\",\"user\":7}"_s
                                  << u"\"user\" must be a string"_s;
    QTest::newRow("a secret is not a field")
        << u"{\"kind\":\"basic\",\"user\":\"a\",\"password\":\"pw\"}"_s
        << u"\"password\" is not a field of basic authentication"_s;
}

void TestMonitorAuth::badJsonIsRefused()
{
    QFETCH(QString, json);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!MonitorAuth::fromJson(QJsonDocument::fromJson(json.toUtf8()).object(), &error));
    QVERIFY2(error.contains(message), qPrintable(error));
}

void TestMonitorAuth::secretNeeds()
{
    MonitorAuth auth;
    QVERIFY(!auth.requiresSecret());
    auth.kind = AuthKind::ClientCertificate;
    QVERIFY(!auth.requiresSecret()); // the key's passphrase is optional
    QCOMPARE(auth.secretTitle(), u"key passphrase"_s);
    auth.kind = AuthKind::OAuth2;
    QVERIFY(auth.requiresSecret());
    QCOMPARE(auth.secretTitle(), u"client secret"_s);
}

QTEST_GUILESS_MAIN(TestMonitorAuth)
#include "tst_monitorauth.moc"
