<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Upwatch</source>
        <translation>Über Upwatch</translation>
    </message>
    <message>
        <source>Upwatch</source>
        <translation>Upwatch</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Watches your websites and APIs and tells you the moment one goes down.</source>
        <translation>Überwacht Websites und APIs und meldet sofort, wenn eine davon ausfällt.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Erstellt mit Qt %1, läuft mit Qt %2.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>Copyright © the Upwatch authors. Licensed under the GNU General Public License, version 3 or later (GPL-3.0-or-later). Upwatch is free software: you can redistribute it and change it under the terms of that licence. It comes with ABSOLUTELY NO WARRANTY. See %1.</source>
        <translation>Copyright © die Upwatch-Autoren. Lizenziert unter der GNU General Public License, Version 3 oder neuer (GPL-3.0-or-later). Upwatch ist freie Software: Sie darf unter den Bedingungen dieser Lizenz weitergegeben und verändert werden. Upwatch wird OHNE JEDE GEWÄHRLEISTUNG bereitgestellt. Siehe %1.</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>Über Qt</translation>
    </message>
</context>
<context>
    <name>AgentSettingsPage</name>
    <message>
        <source>Check monitors from this computer as an &amp;agent</source>
        <translation>Monitore von diesem Computer aus als &amp;Agent prüfen</translation>
    </message>
    <message>
        <source>Several computers can share one database (a PostgreSQL server, see the README): each runs &lt;tt&gt;upwatch run&lt;/tt&gt; as an agent and checks its share of the monitors. By default this window checks only the monitors no running agent takes, and shows what the agents find for the others. As an agent, it takes its share like they do.</source>
        <translation>Mehrere Computer können eine Datenbank teilen (einen PostgreSQL-Server, siehe README): Auf jedem läuft &lt;tt&gt;upwatch run&lt;/tt&gt; als Agent und prüft seinen Teil der Monitore. Standardmäßig prüft dieses Fenster nur die Monitore, die kein laufender Agent übernimmt, und zeigt, was die Agenten bei den übrigen feststellen. Als Agent übernimmt es seinen Teil wie sie.</translation>
    </message>
    <message>
        <source>Where its checks are made from, as results and incidents name it; empty: this computer&apos;s name</source>
        <translation>Von wo aus seine Prüfungen erfolgen, wie Ergebnisse und Vorfälle es nennen; leer: der Name dieses Computers</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Standort:</translation>
    </message>
    <message>
        <source>Takes effect after a restart of Upwatch.</source>
        <translation>Wird nach einem Neustart von Upwatch wirksam.</translation>
    </message>
    <message>
        <source>A location cannot contain &apos;/&apos;.</source>
        <translation>Ein Standort darf kein „/“ enthalten.</translation>
    </message>
</context>
<context>
    <name>AgentsCommand</name>
    <message>
        <source>List the agents that share the database: where each checks from, its last heartbeat, and the monitors it leases.</source>
        <translation>Die Agenten auflisten, die sich die Datenbank teilen: von wo jeder prüft, sein letztes Lebenszeichen und die Monitore, die er übernommen hat.</translation>
    </message>
    <message>
        <source>One JSON object per line instead of a table.</source>
        <translation>Ein JSON-Objekt pro Zeile statt einer Tabelle.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>LOCATION</source>
        <translation>STANDORT</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>RECHNER</translation>
    </message>
    <message>
        <source>STARTED</source>
        <translation>GESTARTET</translation>
    </message>
    <message>
        <source>HEARTBEAT</source>
        <translation>LEBENSZEICHEN</translation>
    </message>
    <message>
        <source>SHARDS</source>
        <translation>TEILMENGEN</translation>
    </message>
    <message>
        <source>MONITORS</source>
        <translation>MONITORE</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>vor %1</translation>
    </message>
    <message>
        <source>No agents: start one with &apos;upwatch run --db URL --location NAME&apos; on each machine that checks.</source>
        <translation>Keine Agenten: Auf jedem Rechner, der prüfen soll, einen mit „upwatch run --db URL --location NAME“ starten.</translation>
    </message>
    <message>
        <source>%1 of %2 shards are leased by no agent: the window checks their monitors while it is open, else nobody does.</source>
        <translation>%1 von %2 Teilmengen hat kein Agent übernommen: Das Fenster prüft ihre Monitore, solange es geöffnet ist, sonst niemand.</translation>
    </message>
</context>
<context>
    <name>AlertChannel</name>
    <message>
        <source>Down</source>
        <translation>Ausgefallen</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>Wieder verfügbar</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Beeinträchtigt</translation>
    </message>
    <message>
        <source>Certificate expiry</source>
        <translation>Zertifikatsablauf</translation>
    </message>
    <message>
        <source>Upwatch JSON</source>
        <translation>Upwatch JSON</translation>
    </message>
    <message>
        <source>Slack</source>
        <translation>Slack</translation>
    </message>
    <message>
        <source>Discord</source>
        <translation>Discord</translation>
    </message>
    <message>
        <source>ntfy</source>
        <translation>ntfy</translation>
    </message>
    <message>
        <source>Gotify</source>
        <translation>Gotify</translation>
    </message>
    <message>
        <source>Custom template</source>
        <translation>Eigene Vorlage</translation>
    </message>
    <message>
        <source>the stored webhook secret is not a JSON object</source>
        <translation>das gespeicherte Webhook-Geheimnis ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the stored webhook secret has no URL</source>
        <translation>das gespeicherte Webhook-Geheimnis enthält keine URL</translation>
    </message>
    <message>
        <source>the stored webhook secret&apos;s headers are not a list</source>
        <translation>die Header des gespeicherten Webhook-Geheimnisses sind keine Liste</translation>
    </message>
    <message>
        <source>a header of the stored webhook secret has no name or value</source>
        <translation>ein Header des gespeicherten Webhook-Geheimnisses hat keinen Namen oder keinen Wert</translation>
    </message>
    <message>
        <source>the stored webhook secret is not valid: %1</source>
        <translation>das gespeicherte Webhook-Geheimnis ist ungültig: %1</translation>
    </message>
    <message>
        <source>the webhook URL is empty</source>
        <translation>die Webhook-URL ist leer</translation>
    </message>
    <message>
        <source>the webhook URL is malformed</source>
        <translation>die Webhook-URL ist ungültig</translation>
    </message>
    <message>
        <source>the webhook URL has no scheme: start it with http:// or https://</source>
        <translation>die Webhook-URL hat kein Schema: Bitte mit http:// oder https:// beginnen</translation>
    </message>
    <message>
        <source>the webhook URL must start with http:// or https://, not %1://</source>
        <translation>die Webhook-URL muss mit http:// oder https:// beginnen, nicht mit %1://</translation>
    </message>
    <message>
        <source>the webhook URL has no host</source>
        <translation>die Webhook-URL enthält keinen Host</translation>
    </message>
    <message>
        <source>the webhook URL is longer than %1 bytes</source>
        <translation>die Webhook-URL ist länger als %1 Bytes</translation>
    </message>
    <message>
        <source>there are %1 webhook headers; the limit is %2</source>
        <translation>es sind %1 Webhook-Header angegeben; erlaubt sind höchstens %2</translation>
    </message>
    <message>
        <source>a webhook header has no name</source>
        <translation>ein Webhook-Header hat keinen Namen</translation>
    </message>
    <message>
        <source>the webhook header name &apos;%1&apos; contains characters a header name cannot have</source>
        <translation>der Webhook-Header-Name „%1“ enthält Zeichen, die in einem Header-Namen nicht erlaubt sind</translation>
    </message>
    <message>
        <source>the webhook header &apos;%1&apos; is longer than %2 bytes</source>
        <translation>der Webhook-Header „%1“ ist länger als %2 Bytes</translation>
    </message>
    <message>
        <source>the value of webhook header &apos;%1&apos; contains a line break</source>
        <translation>der Wert des Webhook-Headers „%1“ enthält einen Zeilenumbruch</translation>
    </message>
    <message>
        <source>the value of webhook header &apos;%1&apos; contains a control character</source>
        <translation>der Wert des Webhook-Headers „%1“ enthält ein Steuerzeichen</translation>
    </message>
    <message>
        <source>the header &apos;%1&apos; is set by the HTTP client itself and cannot be given</source>
        <translation>der Header „%1“ wird vom HTTP-Client selbst gesetzt und kann nicht angegeben werden</translation>
    </message>
    <message>
        <source>the channel &apos;%1&apos; has no events: choose at least one of down, up, degraded or cert_expiry</source>
        <translation>der Kanal „%1“ hat keine Ereignisse: Bitte mindestens eines von down, up, degraded oder cert_expiry wählen</translation>
    </message>
    <message>
        <source>the timeout must be between 1 ms and %1 seconds</source>
        <translation>das Zeitlimit muss zwischen 1&#xa0;ms und %1 Sekunden liegen</translation>
    </message>
    <message>
        <source>the channel lists %1 monitors; the limit is %2</source>
        <translation>der Kanal nennt %1 Monitore; erlaubt sind höchstens %2</translation>
    </message>
    <message>
        <source>a monitor of the channel: %1</source>
        <translation>ein Monitor des Kanals: %1</translation>
    </message>
    <message>
        <source>the channel lists %1 tags; the limit is %2</source>
        <translation>der Kanal nennt %1 Tags; erlaubt sind höchstens %2</translation>
    </message>
    <message>
        <source>a command channel needs a program to run</source>
        <translation>ein Befehlskanal erfordert ein auszuführendes Programm</translation>
    </message>
    <message>
        <source>the program name contains a control character</source>
        <translation>der Programmname enthält ein Steuerzeichen</translation>
    </message>
    <message>
        <source>the command has %1 arguments; the limit is %2</source>
        <translation>der Befehl hat %1 Argumente; erlaubt sind höchstens %2</translation>
    </message>
    <message>
        <source>an argument of the command contains a NUL character</source>
        <translation>ein Argument des Befehls enthält ein NUL-Zeichen</translation>
    </message>
    <message>
        <source>a custom webhook needs a body template</source>
        <translation>ein Webhook mit eigener Vorlage erfordert eine Vorlage für den Inhalt</translation>
    </message>
    <message>
        <source>the body template is longer than %1 bytes</source>
        <translation>die Vorlage für den Inhalt ist länger als %1 Bytes</translation>
    </message>
</context>
<context>
    <name>AlertStatus</name>
    <message>
        <source>Alert to %1 failed</source>
        <translation>Alarm an %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Alerts to %1 channels failed</source>
        <translation>Alarme an %1 Kanäle fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>AlertingChannelBackend</name>
    <message>
        <source>Alerting has stopped; the channels cannot be changed now.</source>
        <translation>Die Alarmierung wurde beendet; die Kanäle können jetzt nicht geändert werden.</translation>
    </message>
</context>
<context>
    <name>AuthOptions</name>
    <message>
        <source>HTTP Basic user; the password comes from UPWATCH_PASSWORD or --password-stdin.</source>
        <translation>Benutzer für HTTP Basic; das Passwort kommt aus UPWATCH_PASSWORD oder --password-stdin.</translation>
    </message>
    <message>
        <source>Read the Basic password from standard input.</source>
        <translation>Das Passwort für HTTP Basic von der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>Send a bearer token from UPWATCH_TOKEN or --token-stdin.</source>
        <translation>Ein Bearer-Token aus UPWATCH_TOKEN oder --token-stdin senden.</translation>
    </message>
    <message>
        <source>Read the bearer token from standard input.</source>
        <translation>Das Bearer-Token von der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>Send header NAME with a secret value from UPWATCH_SECRET_HEADER or --secret-stdin.</source>
        <translation>Den Header NAME mit einem geheimen Wert aus UPWATCH_SECRET_HEADER oder --secret-stdin senden.</translation>
    </message>
    <message>
        <source>Client certificate (PEM) for mutual TLS; with --client-key. A key passphrase comes from UPWATCH_KEY_PASSPHRASE or --secret-stdin.</source>
        <translation>Client-Zertifikat (PEM) für gegenseitiges TLS; zusammen mit --client-key. Eine Schlüssel-Passphrase kommt aus UPWATCH_KEY_PASSPHRASE oder --secret-stdin.</translation>
    </message>
    <message>
        <source>Private key (PEM) of --client-cert.</source>
        <translation>Privater Schlüssel (PEM) zu --client-cert.</translation>
    </message>
    <message>
        <source>OAuth2 client credentials: the token endpoint; with --oauth2-client-id. The client secret comes from UPWATCH_CLIENT_SECRET or --secret-stdin.</source>
        <translation>OAuth2-Client-Credentials: der Token-Endpunkt; zusammen mit --oauth2-client-id. Das Client-Geheimnis kommt aus UPWATCH_CLIENT_SECRET oder --secret-stdin.</translation>
    </message>
    <message>
        <source>OAuth2 client id.</source>
        <translation>OAuth2-Client-ID.</translation>
    </message>
    <message>
        <source>OAuth2 scope (optional).</source>
        <translation>OAuth2-Scope (optional).</translation>
    </message>
    <message>
        <source>Read the secret of the chosen authentication from standard input.</source>
        <translation>Das Geheimnis der gewählten Authentifizierung von der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>warning: a password in the URL shows in the process list while upwatch runs; use --user with UPWATCH_PASSWORD or --password-stdin</source>
        <translation>Warnung: Ein Passwort in der URL ist in der Prozessliste sichtbar, solange upwatch läuft; besser --user mit UPWATCH_PASSWORD oder --password-stdin verwenden</translation>
    </message>
    <message>
        <source>cannot read standard input: %1</source>
        <translation>die Standardeingabe kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the secret on standard input is longer than %1 KiB</source>
        <translation>das Geheimnis auf der Standardeingabe ist länger als %1&#xa0;KiB</translation>
    </message>
    <message>
        <source>--client-cert and --client-key go together</source>
        <translation>--client-cert und --client-key gehören zusammen</translation>
    </message>
    <message>
        <source>OAuth2 needs both --oauth2-token-url and --oauth2-client-id</source>
        <translation>OAuth2 erfordert sowohl --oauth2-token-url als auch --oauth2-client-id</translation>
    </message>
    <message>
        <source>choose one kind of authentication, not %1</source>
        <translation>nur ein Authentifizierungsverfahren wählen, nicht %1</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>standard input holds one secret: give only one of %1</source>
        <translation>die Standardeingabe enthält nur ein Geheimnis: Bitte nur eine der Optionen %1 angeben</translation>
    </message>
    <message>
        <source>%1 needs an authentication option (--user, --bearer, --secret-header, --client-cert or --oauth2-token-url)</source>
        <translation>%1 erfordert eine Authentifizierungsoption (--user, --bearer, --secret-header, --client-cert oder --oauth2-token-url)</translation>
    </message>
    <message>
        <source>--password-stdin goes with --user</source>
        <translation>--password-stdin gehört zu --user</translation>
    </message>
    <message>
        <source>standard input is empty: it should hold the %1</source>
        <translation>die Standardeingabe ist leer, sollte aber das Geheimnis (%1) enthalten</translation>
    </message>
    <message>
        <source>%1 authentication needs the %2: set %3 or use %4</source>
        <translation>die Authentifizierung „%1“ erfordert das Geheimnis (%2): Bitte %3 setzen oder %4 verwenden</translation>
    </message>
</context>
<context>
    <name>AuthenticationTab</name>
    <message>
        <source>&apos;Authorization&apos; is set by the HTTP Basic, Bearer token and OAuth2 kinds: choose one of those instead.</source>
        <translation>„Authorization“ wird von den Verfahren HTTP Basic, Bearer-Token und OAuth2 gesetzt: Bitte stattdessen eines davon wählen.</translation>
    </message>
    <message>
        <source>&apos;Proxy-Authorization&apos; is meant for a proxy, not for the monitored server.</source>
        <translation>„Proxy-Authorization“ ist für einen Proxy bestimmt, nicht für den überwachten Server.</translation>
    </message>
    <message>
        <source>&apos;Host&apos; is taken from the URL and cannot be a secret.</source>
        <translation>„Host“ wird aus der URL übernommen und kann kein Geheimnis sein.</translation>
    </message>
    <message>
        <source>the OS keychain</source>
        <translation>dem Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Verfahren:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>&amp;Header name:</source>
        <translation>&amp;Header-Name:</translation>
    </message>
    <message>
        <source>e.g. X-API-Key</source>
        <translation>z.&#xa0;B. X-API-Key</translation>
    </message>
    <message>
        <source>&amp;Certificate file:</source>
        <translation>Zertifi&amp;katsdatei:</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>Client-Zertifikat</translation>
    </message>
    <message>
        <source>Private &amp;key file:</source>
        <translation>Datei des privaten &amp;Schlüssels:</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Privater Schlüssel</translation>
    </message>
    <message>
        <source>Token UR&amp;L:</source>
        <translation>Tok&amp;en-URL:</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>Client-&amp;ID:</translation>
    </message>
    <message>
        <source>Sc&amp;ope:</source>
        <translation>Sc&amp;ope:</translation>
    </message>
    <message>
        <source>Optional, e.g. read:status</source>
        <translation>Optional, z.&#xa0;B. read:status</translation>
    </message>
    <message>
        <source>PEM file</source>
        <translation>PEM-Datei</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.cer *.key);;All files (*)</source>
        <translation>PEM-Dateien (*.pem *.crt *.cer *.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>T&amp;oken:</source>
        <translation>T&amp;oken:</translation>
    </message>
    <message>
        <source>Header &amp;value:</source>
        <translation>Header-&amp;Wert:</translation>
    </message>
    <message>
        <source>Key &amp;passphrase:</source>
        <translation>Schlüssel-Passp&amp;hrase:</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>Client-&amp;Geheimnis:</translation>
    </message>
    <message>
        <source>Keep stor&amp;ed</source>
        <translation>Beibe&amp;halten</translation>
    </message>
    <message>
        <source>&amp;Replace…</source>
        <translation>E&amp;rsetzen…</translation>
    </message>
    <message>
        <source>Keep the %1 that is stored.</source>
        <translation>Den gespeicherten Wert (%1) beibehalten.</translation>
    </message>
    <message>
        <source>Type a new %1 instead of the stored one.</source>
        <translation>Einen neuen Wert (%1) anstelle des gespeicherten eingeben.</translation>
    </message>
    <message>
        <source>Stored in %1</source>
        <translation>Gespeichert in %1</translation>
    </message>
    <message>
        <source>Cannot be stored (see below)</source>
        <translation>Kann nicht gespeichert werden (siehe unten)</translation>
    </message>
    <message>
        <source>The new %1</source>
        <translation>%1 (neu)</translation>
    </message>
    <message>
        <source>Only if the key file is encrypted</source>
        <translation>Nur, wenn die Schlüsseldatei verschlüsselt ist</translation>
    </message>
    <message>
        <source>The %1 is kept in %2, never in Upwatch&apos;s database or its exports.</source>
        <translation>Das Geheimnis (%1) wird in %2 aufbewahrt, nie in der Datenbank von Upwatch oder in deren Exporten.</translation>
    </message>
    <message>
        <source>Enter the user name.</source>
        <translation>Bitte den Benutzernamen eingeben.</translation>
    </message>
    <message>
        <source>An HTTP Basic user name cannot contain &apos;:&apos;.</source>
        <translation>Ein Benutzername für HTTP Basic darf kein „:“ enthalten.</translation>
    </message>
    <message>
        <source>The user name cannot contain control characters.</source>
        <translation>Der Benutzername darf keine Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>Enter the header&apos;s name, e.g. X-API-Key.</source>
        <translation>Bitte den Namen des Headers eingeben, z.&#xa0;B. X-API-Key.</translation>
    </message>
    <message>
        <source>Choose the %1 (PEM).</source>
        <translation>Bitte die %1 auswählen (PEM).</translation>
    </message>
    <message>
        <source>Give the full path of the %1: %2 is relative.</source>
        <translation>Bitte den vollständigen Pfad der %1 angeben: %2 ist relativ.</translation>
    </message>
    <message>
        <source>The %1 %2 does not exist.</source>
        <translation>Die %1 %2 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is a folder, not the %2.</source>
        <translation>%1 ist ein Ordner, keine %2.</translation>
    </message>
    <message>
        <source>The %1 %2 cannot be read: check its permissions.</source>
        <translation>Die %1 %2 kann nicht gelesen werden: Bitte die Zugriffsrechte prüfen.</translation>
    </message>
    <message>
        <source>certificate file</source>
        <translation>Zertifikatsdatei</translation>
    </message>
    <message>
        <source>private key file</source>
        <translation>Datei des privaten Schlüssels</translation>
    </message>
    <message>
        <source>Enter the token URL, e.g. https://auth.example.com/oauth/token.</source>
        <translation>Bitte die Token-URL eingeben, z.&#xa0;B. https://auth.example.com/oauth/token.</translation>
    </message>
    <message>
        <source>Enter the client ID.</source>
        <translation>Bitte die Client-ID eingeben.</translation>
    </message>
    <message>
        <source>Enter the new %1, or keep the stored one.</source>
        <translation>Bitte %1 neu eingeben oder den gespeicherten Wert beibehalten.</translation>
    </message>
    <message>
        <source>Enter the %1: the secret stored for %2 does not carry over.</source>
        <translation>Bitte %1 eingeben: Das für %2 gespeicherte Geheimnis wird nicht übernommen.</translation>
    </message>
    <message>
        <source>Enter the %1.</source>
        <translation>Bitte %1 eingeben.</translation>
    </message>
    <message>
        <source>The %1 cannot contain control characters.</source>
        <translation>Der Wert (%1) darf keine Steuerzeichen enthalten.</translation>
    </message>
</context>
<context>
    <name>AutostartEntry</name>
    <message>
        <source>Cannot start Upwatch on login: %1 is not a folder.</source>
        <translation>Upwatch kann nicht beim Anmelden gestartet werden: %1 ist kein Ordner.</translation>
    </message>
    <message>
        <source>Cannot start Upwatch on login: the folder %1 cannot be created.</source>
        <translation>Upwatch kann nicht beim Anmelden gestartet werden: Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot start Upwatch on login: %1 cannot be written (%2).</source>
        <translation>Upwatch kann nicht beim Anmelden gestartet werden: %1 kann nicht geschrieben werden (%2).</translation>
    </message>
    <message>
        <source>Cannot stop starting Upwatch on login: %1 cannot be removed (%2).</source>
        <translation>Der Start von Upwatch beim Anmelden kann nicht abgeschaltet werden: %1 kann nicht entfernt werden (%2).</translation>
    </message>
</context>
<context>
    <name>BenchChecks</name>
    <message>
        <source>none measured</source>
        <translation>nichts gemessen</translation>
    </message>
    <message>
        <source>p50 %1 · p99 %2 · max %3 ms</source>
        <translation>p50 %1 · p99 %2 · max %3&#xa0;ms</translation>
    </message>
    <message>
        <source>%1 monitors every %2 s over %3 loopback hosts, %4 workers, %5; measured for %6 s after %7 s of warm-up
</source>
        <translation>%1 Monitore alle %2&#xa0;s auf %3 Loopback-Hosts, %4 Worker, %5; %6&#xa0;s gemessen nach %7&#xa0;s Aufwärmphase
</translation>
    </message>
    <message>
        <source>a new connection per check</source>
        <translation>eine neue Verbindung pro Prüfung</translation>
    </message>
    <message>
        <source>keep-alive</source>
        <translation>keep-alive</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>bare loop: checks/s</source>
        <translation>reine Schleife: Prüfungen/s</translation>
    </message>
    <message>
        <source>bare loop: failed</source>
        <translation>reine Schleife: fehlgeschlagen</translation>
    </message>
    <message>
        <source>bare loop: response</source>
        <translation>reine Schleife: Antwortzeit</translation>
    </message>
    <message>
        <source>bare loop: CPU per check</source>
        <translation>reine Schleife: CPU pro Prüfung</translation>
    </message>
    <message>
        <source>%1 µs (nginx %2 s)</source>
        <translation>%1&#xa0;µs (nginx %2&#xa0;s)</translation>
    </message>
    <message>
        <source>service: needed checks/s</source>
        <translation>Dienst: benötigte Prüfungen/s</translation>
    </message>
    <message>
        <source>service: checks/s</source>
        <translation>Dienst: Prüfungen/s</translation>
    </message>
    <message>
        <source>service: stored/s</source>
        <translation>Dienst: gespeichert/s</translation>
    </message>
    <message>
        <source>service: failed</source>
        <translation>Dienst: fehlgeschlagen</translation>
    </message>
    <message>
        <source>service: late / skipped</source>
        <translation>Dienst: verspätet / übersprungen</translation>
    </message>
    <message>
        <source>%1 of %2 started late, %3 slots skipped</source>
        <translation>%1 von %2 verspätet gestartet, %3 Slots übersprungen</translation>
    </message>
    <message>
        <source>service: lateness</source>
        <translation>Dienst: Verspätung</translation>
    </message>
    <message>
        <source>service: gap between checks</source>
        <translation>Dienst: Abstand zwischen Prüfungen</translation>
    </message>
    <message>
        <source>service: response</source>
        <translation>Dienst: Antwortzeit</translation>
    </message>
    <message>
        <source>service: owner thread lag</source>
        <translation>Dienst: Verzögerung des Besitzer-Threads</translation>
    </message>
    <message>
        <source>service: worker %1 lag (per second)</source>
        <translation>Dienst: Verzögerung von Worker %1 (pro Sekunde)</translation>
    </message>
    <message>
        <source>service: in flight</source>
        <translation>Dienst: laufend</translation>
    </message>
    <message>
        <source>average %1, most %2; most waiting %3</source>
        <translation>Durchschnitt %1, höchstens %2; höchstens %3 wartend</translation>
    </message>
    <message>
        <source>service: saturated</source>
        <translation>Dienst: ausgelastet</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>service: CPU per check</source>
        <translation>Dienst: CPU pro Prüfung</translation>
    </message>
    <message>
        <source>service: stored in all</source>
        <translation>Dienst: insgesamt gespeichert</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>stored / bare</source>
        <translation>gespeichert / rein</translation>
    </message>
    <message>
        <source>not comparable: the monitors need fewer checks/s than the bare loop does (add monitors or shorten the interval)</source>
        <translation>nicht vergleichbar: Die Monitore benötigen weniger Prüfungen/s, als die reine Schleife schafft (Monitore hinzufügen oder das Intervall verkürzen)</translation>
    </message>
    <message>
        <source>peak RSS</source>
        <translation>RSS-Spitze</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1&#xa0;MB</translation>
    </message>
    <message>
        <source>Runs the monitoring service (engine, state tracking, history writer to a temporary database) against a loopback nginx (Debian&apos;s nginx-light, started and stopped here, answering &quot;OK&quot; on 127.0.0.1 … 127.0.0.H), and reports checks/s completed and stored, late and skipped checks, lateness, the gap between two checks of one monitor, response times, event-loop lag of the owner thread and of each worker, requests in flight, CPU time and memory. --bare runs a minimal QNAM loop instead (the ceiling: nothing scheduled or stored); --compare runs both, the bare loop first, and prints their ratio.</source>
        <translation>Führt den Überwachungsdienst (Prüf-Engine, Statusverfolgung, Schreib-Thread des Verlaufs in eine temporäre Datenbank) gegen ein nginx auf Loopback-Adressen aus (Debians nginx-light, hier gestartet und beendet, antwortet „OK“ auf 127.0.0.1 … 127.0.0.H) und meldet abgeschlossene und gespeicherte Prüfungen/s, verspätete und übersprungene Prüfungen, die Verspätung, den Abstand zwischen zwei Prüfungen eines Monitors, Antwortzeiten, die Verzögerung der Ereignisschleife des Besitzer-Threads und jedes Workers, laufende Anfragen, CPU-Zeit und Speicher. --bare führt stattdessen eine minimale QNAM-Schleife aus (die Obergrenze: nichts wird geplant oder gespeichert); --compare führt beides aus, zuerst die reine Schleife, und gibt ihr Verhältnis aus.</translation>
    </message>
    <message>
        <source>Monitors to check (default 1000).</source>
        <translation>Zu prüfende Monitore (Standard 1000).</translation>
    </message>
    <message>
        <source>Each monitor&apos;s interval in seconds (default 1).</source>
        <translation>Intervall jedes Monitors in Sekunden (Standard 1).</translation>
    </message>
    <message>
        <source>Seconds measured, after the warm-up (default 20).</source>
        <translation>Gemessene Sekunden nach der Aufwärmphase (Standard 20).</translation>
    </message>
    <message>
        <source>Seconds of warm-up first (default 3).</source>
        <translation>Sekunden Aufwärmphase vorab (Standard 3).</translation>
    </message>
    <message>
        <source>Loopback addresses the monitors are spread over (default 100).</source>
        <translation>Loopback-Adressen, auf die die Monitore verteilt werden (Standard 100).</translation>
    </message>
    <message>
        <source>Worker threads (default: one per core).</source>
        <translation>Worker-Threads (Standard: einer pro Kern).</translation>
    </message>
    <message>
        <source>nginx closes every connection after its answer, so each check connects anew.</source>
        <translation>nginx schließt jede Verbindung nach seiner Antwort, sodass jede Prüfung eine neue Verbindung aufbaut.</translation>
    </message>
    <message>
        <source>Run only the bare QNAM loop.</source>
        <translation>Nur die reine QNAM-Schleife ausführen.</translation>
    </message>
    <message>
        <source>Run the bare loop, then the service.</source>
        <translation>Erst die reine Schleife, dann den Dienst ausführen.</translation>
    </message>
    <message>
        <source>Print one JSON line.</source>
        <translation>Eine JSON-Zeile ausgeben.</translation>
    </message>
    <message>
        <source>--bare and --compare cannot be combined</source>
        <translation>--bare und --compare können nicht kombiniert werden</translation>
    </message>
</context>
<context>
    <name>BenchCommand</name>
    <message>
        <source>Usage: upwatch bench checks|storage|ui [options]

  checks    The monitoring service against a loopback nginx: checks per second,
            lateness, gaps, response times, event-loop lag, CPU and memory.
  storage   The database a number of monitors leaves after a simulated year:
            size per level, write rate, uptime and chart query times.
  ui        The window with 100,000 monitors (offscreen): start-up, filter,
            sort, memory and GUI-thread lag at the engine&apos;s full rate.

Run &apos;upwatch bench &lt;benchmark&gt; --help&apos; for its options.
</source>
        <translation>Aufruf: upwatch bench checks|storage|ui [Optionen]

  checks    Der Überwachungsdienst gegen ein nginx auf Loopback: Prüfungen pro
            Sekunde, Verspätung, Abstände, Antwortzeiten, Verzögerung der
            Ereignisschleife, CPU und Speicher.
  storage   Die Datenbank, die eine Anzahl Monitore nach einem simulierten Jahr
            hinterlässt: Größe pro Stufe, Schreibrate, Abfragezeiten für
            Verfügbarkeit und Diagramme.
  ui        Das Fenster mit 100.000 Monitoren (offscreen): Start, Filtern,
            Sortieren, Speicher und Verzögerung des GUI-Threads bei voller Rate
            der Prüf-Engine.

Für seine Optionen „upwatch bench &lt;benchmark&gt; --help“ ausführen.
</translation>
    </message>
    <message>
        <source>bench needs a benchmark: checks, storage or ui</source>
        <translation>bench erfordert einen Benchmark: checks, storage oder ui</translation>
    </message>
    <message>
        <source>unknown benchmark &apos;%1&apos; (see &apos;upwatch bench --help&apos;)</source>
        <translation>unbekannter Benchmark „%1“ (siehe „upwatch bench --help“)</translation>
    </message>
</context>
<context>
    <name>BenchStorage</name>
    <message>
        <source>bench storage: %1 %2%
</source>
        <translation>bench storage: %1 %2&#xa0;%
</translation>
    </message>
    <message>
        <source>Monitors (default 1000).</source>
        <translation>Monitore (Standard 1000).</translation>
    </message>
    <message>
        <source>Seconds between two checks of a monitor (default 30).</source>
        <translation>Sekunden zwischen zwei Prüfungen eines Monitors (Standard 30).</translation>
    </message>
    <message>
        <source>Days of history (default 365).</source>
        <translation>Tage Verlauf (Standard 365).</translation>
    </message>
    <message>
        <source>Monitors whose queries are timed (default 50).</source>
        <translation>Monitore, deren Abfragen gemessen werden (Standard 50).</translation>
    </message>
    <message>
        <source>Days of minute rollups to keep (default: the store&apos;s default), to weigh that retention.</source>
        <translation>Tage, die Zusammenfassungen pro Minute aufbewahrt werden (Standard: der des Verlaufsspeichers), um diese Aufbewahrungsdauer abzuwägen.</translation>
    </message>
    <message>
        <source>Print one JSON line.</source>
        <translation>Eine JSON-Zeile ausgeben.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>that history would take about %1 rows, more than the %2 this benchmark writes in reasonable time</source>
        <translation>dieser Verlauf bräuchte etwa %1 Zeilen, mehr als die %2, die dieser Benchmark in vertretbarer Zeit schreibt</translation>
    </message>
    <message>
        <source>%1 exists and is not empty: bench storage writes a new database (give a new file, or leave out --db for a temporary one)</source>
        <translation>%1 existiert und ist nicht leer: bench storage schreibt eine neue Datenbank (eine neue Datei angeben oder --db für eine temporäre weglassen)</translation>
    </message>
    <message>
        <source>cannot create a temporary folder: %1</source>
        <translation>ein temporärer Ordner kann nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>timing queries</source>
        <translation>Abfragen werden gemessen</translation>
    </message>
    <message>
        <source>measuring the file</source>
        <translation>Datei wird vermessen</translation>
    </message>
    <message>
        <source>part</source>
        <translation>Teil</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>raw results</source>
        <translation>Rohergebnisse</translation>
    </message>
    <message>
        <source>minute rollups</source>
        <translation>Zusammenfassungen pro Minute</translation>
    </message>
    <message>
        <source>hour rollups</source>
        <translation>Zusammenfassungen pro Stunde</translation>
    </message>
    <message>
        <source>day rollups</source>
        <translation>Zusammenfassungen pro Tag</translation>
    </message>
    <message>
        <source>incidents</source>
        <translation>Vorfälle</translation>
    </message>
    <message>
        <source>indexes</source>
        <translation>Indizes</translation>
    </message>
    <message>
        <source>other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>query</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <source>p50 ms</source>
        <translation>p50 ms</translation>
    </message>
    <message>
        <source>max ms</source>
        <translation>max ms</translation>
    </message>
    <message>
        <source>uptime %1</source>
        <translation>Verfügbarkeit %1</translation>
    </message>
    <message>
        <source>chart 1y</source>
        <translation>Diagramm 1 Jahr</translation>
    </message>
    <message>
        <source>%1 monitors every %2 s, %3 days
</source>
        <translation>%1 Monitore alle %2&#xa0;s, %3 Tage
</translation>
    </message>
    <message>
        <source>write: %1 results through append() in %2 s: %3 results/s
</source>
        <translation>Schreiben: %1 Ergebnisse über append() in %2&#xa0;s: %3 Ergebnisse/s
</translation>
    </message>
    <message>
        <source>queries over %1 monitors:
</source>
        <translation>Abfragen über %1 Monitore:
</translation>
    </message>
    <message>
        <source>
total %1 s
</source>
        <translation>
gesamt %1&#xa0;s
</translation>
    </message>
    <message>
        <source>past rollups</source>
        <translation>frühere Zusammenfassungen</translation>
    </message>
    <message>
        <source>raw results through append()</source>
        <translation>Rohergebnisse über append()</translation>
    </message>
    <message>
        <source>Builds the database that N monitors checked every S seconds leave after D days under the default retention, then measures it: its size per level, the write rate through the store&apos;s append path, the time of each uptime window and of a one-year chart.

The clock is simulated. Results older than the raw retention are not written one by one: their checks are simulated and summed by the store&apos;s own rollup code into the minute, hour and day rollups the store would have left (minute rollups only within their retention), written an hour at a time with every monitor side by side; their incidents go through the store&apos;s append path. The raw window (the last 48 hours) goes through the store&apos;s append path itself, in the batches the history writer makes when results come faster than it flushes (20,000 results); the write rate is measured there. Then retention is applied as the service does.

Without --db the database is a temporary file, removed at the end; with --db it is kept (the file must not exist or be empty; a PostgreSQL database must hold no monitors).</source>
        <translation>Erstellt die Datenbank, die N alle S Sekunden geprüfte Monitore nach D Tagen mit der Standard-Aufbewahrungsdauer hinterlassen, und vermisst sie dann: ihre Größe pro Stufe, die Schreibrate über den Anfügepfad (append) des Verlaufsspeichers, die Zeit jedes Verfügbarkeitszeitraums und eines Jahresdiagramms.

Die Uhr ist simuliert. Ergebnisse, die älter als die Aufbewahrungsdauer der Rohergebnisse sind, werden nicht einzeln geschrieben: Ihre Prüfungen werden simuliert und vom eigenen Zusammenfassungscode des Verlaufsspeichers zu den Zusammenfassungen pro Minute, Stunde und Tag summiert, die der Verlaufsspeicher hinterlassen hätte (Zusammenfassungen pro Minute nur innerhalb ihrer Aufbewahrungsdauer), und stundenweise mit allen Monitoren nebeneinander geschrieben; ihre Vorfälle laufen über den Anfügepfad des Verlaufsspeichers. Das Rohfenster (die letzten 48 Stunden) läuft selbst über den Anfügepfad des Verlaufsspeichers, in den Stapeln, die der Schreib-Thread des Verlaufs bildet, wenn Ergebnisse schneller eintreffen, als er sie wegschreibt (20.000 Ergebnisse); dort wird die Schreibrate gemessen. Danach wird die Aufbewahrung angewendet, wie es der Dienst tut.

Ohne --db ist die Datenbank eine temporäre Datei, die am Ende entfernt wird; mit --db bleibt sie erhalten (die Datei darf nicht existieren oder muss leer sein; eine PostgreSQL-Datenbank darf keine Monitore enthalten).</translation>
    </message>
    <message>
        <source>%1 holds monitors already: bench storage writes a new database (give an empty one)</source>
        <translation>%1 enthält bereits Monitore: bench storage schreibt eine neue Datenbank (geben Sie eine leere an)</translation>
    </message>
    <message>
        <source>Write as an agent at this location does: every batch also writes its monitors&apos; live states, and results and incidents record the location.</source>
        <translation>So schreiben, wie es ein Agent an diesem Standort tut: Jeder Stapel schreibt auch den aktuellen Zustand seiner Monitore, und Ergebnisse und Vorfälle vermerken den Standort.</translation>
    </message>
    <message>
        <source>--location needs a name</source>
        <translation>--location braucht einen Namen</translation>
    </message>
</context>
<context>
    <name>BenchUi</name>
    <message>
        <source>the window did not load %1 monitors in %2 s</source>
        <translation>das Fenster hat %1 Monitore nicht innerhalb von %2&#xa0;s geladen</translation>
    </message>
    <message>
        <source>the window has no search box</source>
        <translation>das Fenster hat kein Suchfeld</translation>
    </message>
    <message>
        <source>the filter model has no refresh timer</source>
        <translation>das Filtermodell hat keinen Aktualisierungs-Timer</translation>
    </message>
    <message>
        <source>The window with many monitors, offscreen: start to interactive, a filter keystroke, a full sort, the periodic re-sort, memory, and the GUI thread&apos;s lag while results for every monitor arrive at the engine&apos;s rate. The monitors go into a temporary database first (not timed).</source>
        <translation>Das Fenster mit vielen Monitoren, offscreen: Zeit vom Start bis zur Bedienbarkeit, ein Tastendruck im Filter, eine vollständige Sortierung, die periodische Neusortierung, Speicher und die Verzögerung des GUI-Threads, während Ergebnisse für jeden Monitor mit der Rate der Prüf-Engine eintreffen. Die Monitore kommen zuerst in eine temporäre Datenbank (nicht gemessen).</translation>
    </message>
    <message>
        <source>Monitors in the window (default 100000).</source>
        <translation>Monitore im Fenster (Standard 100000).</translation>
    </message>
    <message>
        <source>Results per second (default 6500).</source>
        <translation>Ergebnisse pro Sekunde (Standard 6500).</translation>
    </message>
    <message>
        <source>How long results arrive (default 10).</source>
        <translation>Wie lange Ergebnisse eintreffen (Standard 10).</translation>
    </message>
    <message>
        <source>One JSON line instead of the table.</source>
        <translation>Eine JSON-Zeile statt der Tabelle.</translation>
    </message>
    <message>
        <source>Only fill this database with the monitors.</source>
        <translation>Nur diese Datenbank mit den Monitoren füllen.</translation>
    </message>
    <message>
        <source>monitors</source>
        <translation>Monitore</translation>
    </message>
    <message>
        <source>results/s</source>
        <translation>Ergebnisse/s</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>bench ui needs the window&apos;s application object</source>
        <translation>bench ui erfordert das Anwendungsobjekt des Fensters</translation>
    </message>
    <message>
        <source>cannot fill the database: %1</source>
        <translation>die Datenbank kann nicht gefüllt werden: %1</translation>
    </message>
    <message>
        <source>cannot create a temporary folder: %1</source>
        <translation>ein temporärer Ordner kann nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>the filling process failed</source>
        <translation>der Füllprozess ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 ms → %2 rows</source>
        <translation>%1&#xa0;ms → %2 Zeilen</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Messung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Start to interactive</source>
        <translation>Start bis bedienbar</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1&#xa0;ms</translation>
    </message>
    <message>
        <source>≤ 1000 ms</source>
        <translation>≤ 1000&#xa0;ms</translation>
    </message>
    <message>
        <source>  monitors loaded / history read</source>
        <translation>  Monitore geladen / Verlauf gelesen</translation>
    </message>
    <message>
        <source>%1 / %2 ms</source>
        <translation>%1 / %2&#xa0;ms</translation>
    </message>
    <message>
        <source>Filter keystroke (worst after the first)</source>
        <translation>Tastendruck im Filter (schlechtester nach dem ersten)</translation>
    </message>
    <message>
        <source>≤ 30 ms</source>
        <translation>≤ 30&#xa0;ms</translation>
    </message>
    <message>
        <source>  of which re-filtering (worst)</source>
        <translation>  davon Neufiltern (schlechtester)</translation>
    </message>
    <message>
        <source>%1 ms (GUI thread CPU %2 ms)</source>
        <translation>%1&#xa0;ms (CPU des GUI-Threads %2&#xa0;ms)</translation>
    </message>
    <message>
        <source>  each character</source>
        <translation>  jedes Zeichen</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <source>Full sort (header click)</source>
        <translation>Vollständige Sortierung (Klick auf Spaltenkopf)</translation>
    </message>
    <message>
        <source>Re-sort p50 / p99</source>
        <translation>Neusortierung p50 / p99</translation>
    </message>
    <message>
        <source>%1 / %2 ms (%3; GUI thread CPU %4 / %5 ms)</source>
        <translation>%1 / %2&#xa0;ms (%3; CPU des GUI-Threads %4 / %5&#xa0;ms)</translation>
    </message>
    <message>
        <source>≤ 20 ms</source>
        <translation>≤ 20&#xa0;ms</translation>
    </message>
    <message>
        <source>GUI lag p50 / p99 / max</source>
        <translation>GUI-Verzögerung p50 / p99 / max</translation>
    </message>
    <message>
        <source>%1 / %2 / %3 ms</source>
        <translation>%1 / %2 / %3&#xa0;ms</translation>
    </message>
    <message>
        <source>p99 ≤ 16 ms</source>
        <translation>p99 ≤ 16&#xa0;ms</translation>
    </message>
    <message>
        <source>Results applied</source>
        <translation>Angewendete Ergebnisse</translation>
    </message>
    <message>
        <source>%1 in %2 s (%3/s asked)</source>
        <translation>%1 in %2&#xa0;s (%3/s angefordert)</translation>
    </message>
    <message>
        <source>RSS / peak</source>
        <translation>RSS / Spitze</translation>
    </message>
    <message>
        <source>%1 / %2 MiB</source>
        <translation>%1 / %2&#xa0;MiB</translation>
    </message>
    <message>
        <source>≤ 300 MB</source>
        <translation>≤ 300&#xa0;MB</translation>
    </message>
    <message>
        <source>  RSS when loaded, before the table</source>
        <translation>  RSS nach dem Laden, vor der Tabelle</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1&#xa0;MiB</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1&#xa0;s</translation>
    </message>
    <message>
        <source>upwatch bench ui: %1 monitors in the window (offscreen), database filled in %2 ms
</source>
        <translation>upwatch bench ui: %1 Monitore im Fenster (offscreen), Datenbank in %2&#xa0;ms gefüllt
</translation>
    </message>
</context>
<context>
    <name>ChannelCommand</name>
    <message>
        <source>monitors %1</source>
        <translation>Monitore %1</translation>
    </message>
    <message>
        <source>tags %1</source>
        <translation>Tags %1</translation>
    </message>
    <message>
        <source>all monitors</source>
        <translation>alle Monitore</translation>
    </message>
    <message>
        <source>Add an alert channel: a webhook that gets a POST, or a program that is run (directly, not through a shell) with the event in UPWATCH_* environment variables and as JSON on standard input.</source>
        <translation>Einen Alarmkanal hinzufügen: einen Webhook, der ein POST erhält, oder ein Programm, das (direkt, nicht über eine Shell) ausgeführt wird und das Ereignis in UPWATCH_*-Umgebungsvariablen und als JSON über die Standardeingabe erhält.</translation>
    </message>
    <message>
        <source>channel add needs --name</source>
        <translation>channel add erfordert --name</translation>
    </message>
    <message>
        <source>channel add needs one of --webhook URL, --webhook-stdin or --command PROGRAM</source>
        <translation>channel add erfordert genau eine der Optionen --webhook URL, --webhook-stdin oder --command PROGRAM</translation>
    </message>
    <message>
        <source>a channel named &apos;%1&apos; already exists (id %2)</source>
        <translation>ein Kanal namens „%1“ existiert bereits (ID %2)</translation>
    </message>
    <message>
        <source>cannot store the webhook&apos;s URL in %1: %2</source>
        <translation>die Webhook-URL kann nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>added channel %1 (%2: %3)</source>
        <translation>Kanal %1 hinzugefügt (%2: %3)</translation>
    </message>
    <message>
        <source>its webhook URL is in %1</source>
        <translation>die Webhook-URL liegt in %1</translation>
    </message>
    <message>
        <source>note: there is no monitor named &apos;%1&apos; yet; the channel covers it once there is</source>
        <translation>Hinweis: Es gibt noch keinen Monitor namens „%1“; der Kanal gilt für ihn, sobald es ihn gibt</translation>
    </message>
    <message>
        <source>List the alert channels (never their secrets).</source>
        <translation>Die Alarmkanäle auflisten (nie ihre Geheimnisse).</translation>
    </message>
    <message>
        <source>One JSON object per line instead of a table.</source>
        <translation>Ein JSON-Objekt pro Zeile statt einer Tabelle.</translation>
    </message>
    <message>
        <source>No alert channels yet. Add one with &apos;upwatch channel add --name N --webhook URL&apos; or &apos;--command PROGRAM&apos;.</source>
        <translation>Noch keine Alarmkanäle. Mit „upwatch channel add --name N --webhook URL“ oder „--command PROGRAM“ einen hinzufügen.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>ENABLED</source>
        <translation>AKTIVIERT</translation>
    </message>
    <message>
        <source>EVENTS</source>
        <translation>EREIGNISSE</translation>
    </message>
    <message>
        <source>SCOPE</source>
        <translation>GILT FÜR</translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation>ZIEL</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>The channel&apos;s name, or its id (digits only). Put &apos;--&apos; before a name that starts with &apos;-&apos;.</source>
        <translation>Name des Kanals oder seine ID (nur Ziffern). Vor einen Namen, der mit „-“ beginnt, „--“ setzen.</translation>
    </message>
    <message>
        <source>channel %1 needs one channel id or name</source>
        <translation>channel %1 erfordert genau eine Kanal-ID oder einen Kanalnamen</translation>
    </message>
    <message>
        <source>Remove an alert channel and its stored secret.</source>
        <translation>Einen Alarmkanal und sein gespeichertes Geheimnis entfernen.</translation>
    </message>
    <message>
        <source>warning: the channel is removed, but its webhook URL could not be removed from %1: %2</source>
        <translation>Warnung: Der Kanal ist entfernt, aber seine Webhook-URL konnte nicht aus %1 entfernt werden: %2</translation>
    </message>
    <message>
        <source>removed channel %1</source>
        <translation>Kanal %1 entfernt</translation>
    </message>
    <message>
        <source>Send a test event to an alert channel now (past its event and monitor filters, even when it is switched off) and say how it went.</source>
        <translation>Jetzt ein Testereignis an einen Alarmkanal senden (an seinen Ereignis- und Monitorfiltern vorbei, auch wenn er deaktiviert ist) und das Ergebnis melden.</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n Versuch</numerusform>
            <numerusform>%n Versuche</numerusform>
        </translation>
    </message>
    <message>
        <source>channel %1: delivered (%2)</source>
        <translation>Kanal %1: zugestellt (%2)</translation>
    </message>
    <message>
        <source>channel %1: %2 (%3)</source>
        <translation>nicht an Kanal %1 zugestellt: %2 (%3)</translation>
    </message>
    <message>
        <source>cannot read the webhook&apos;s URL from %1: %2</source>
        <translation>die Webhook-URL kann nicht aus %1 gelesen werden: %2</translation>
    </message>
    <message>
        <source>channel %1: %2</source>
        <translation>nicht an Kanal %1 zugestellt: %2</translation>
    </message>
    <message>
        <source>Usage: upwatch channel &lt;add|list|remove|test&gt; [options]

  add --name N --webhook URL [--preset json|slack|discord|ntfy|gotify]
      [--template T] [--header &apos;Name: value&apos;]... [--events down,up,...]
      [--monitor NAME]... [--tag T]... [--timeout S]
                                   Add a webhook channel (see &apos;channel add --help&apos;).
  add --name N --command PROGRAM [-- ARG...] [same filters]
                                   Add a channel that runs a program.
  list [--json]                    List the channels.
  remove ID|NAME                   Remove a channel and its stored secret.
  test ID|NAME                     Send a test event and report the result.

Every action accepts --db PATH.
</source>
        <translation>Aufruf: upwatch channel &lt;add|list|remove|test&gt; [Optionen]

  add --name N --webhook URL [--preset json|slack|discord|ntfy|gotify]
      [--template T] [--header &apos;Name: Wert&apos;]... [--events down,up,...]
      [--monitor NAME]... [--tag T]... [--timeout S]
                                   Webhook-Kanal hinzufügen (siehe
                                   „channel add --help“).
  add --name N --command PROGRAM [-- ARG...] [dieselben Filter]
                                   Kanal hinzufügen, der ein Programm ausführt.
  list [--json]                    Kanäle auflisten.
  remove ID|NAME                   Kanal und gespeichertes Geheimnis entfernen.
  test ID|NAME                     Testereignis senden und Ergebnis melden.

Jede Aktion akzeptiert --db PATH.
</translation>
    </message>
    <message>
        <source>unknown channel action &apos;%1&apos; (use add, list, remove or test)</source>
        <translation>unbekannte Kanal-Aktion „%1“ (add, list, remove oder test verwenden)</translation>
    </message>
</context>
<context>
    <name>ChannelDialog</name>
    <message>
        <source>Add alert channel</source>
        <translation>Alarmkanal hinzufügen</translation>
    </message>
    <message>
        <source>Edit alert channel – %1</source>
        <translation>Alarmkanal bearbeiten – %1</translation>
    </message>
    <message>
        <source>e.g. Ops Slack</source>
        <translation>z.&#xa0;B. Ops Slack</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Webhook: POST to a URL</source>
        <translation>Webhook: POST an eine URL</translation>
    </message>
    <message>
        <source>Command: run a program</source>
        <translation>Befehl: ein Programm ausführen</translation>
    </message>
    <message>
        <source>E&amp;nabled</source>
        <translation>A&amp;ktiviert</translation>
    </message>
    <message>
        <source>A disabled channel keeps its settings but is sent nothing.</source>
        <translation>Ein deaktivierter Kanal behält seine Einstellungen, erhält aber nichts.</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Delivery</source>
        <translation>&amp;Zustellung</translation>
    </message>
    <message>
        <source>&amp;Events and monitors</source>
        <translation>&amp;Ereignisse und Monitore</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How long one attempt may take; a failed delivery is tried three times in all.</source>
        <translation>Wie lange ein Versuch dauern darf; eine fehlgeschlagene Zustellung wird insgesamt dreimal versucht.</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>Zeit&amp;limit:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>&amp;Programm:</translation>
    </message>
    <message>
        <source>One per line, e.g.
--room
ops alerts</source>
        <translation>Eines pro Zeile, z.&#xa0;B.
--room
ops alerts</translation>
    </message>
    <message>
        <source>&amp;Arguments:</source>
        <translation>Ar&amp;gumente:</translation>
    </message>
    <message>
        <source>Each line is one argument, passed as written: no shell is involved. In double quotes, an argument keeps its outer spaces and may use \&quot; and \n; &quot;&quot; is an empty one.</source>
        <translation>Jede Zeile ist ein Argument und wird unverändert übergeben: Es ist keine Shell beteiligt. In doppelten Anführungszeichen behält ein Argument seine äußeren Leerzeichen und darf \&quot; und \n enthalten; &quot;&quot; ist ein leeres Argument.</translation>
    </message>
    <message>
        <source>The event comes in environment variables (UPWATCH_EVENT, UPWATCH_MONITOR, UPWATCH_STATE, UPWATCH_REASON, UPWATCH_ERROR, UPWATCH_URL, …) and as JSON on standard input. Exit code 0 means delivered.</source>
        <translation>Das Ereignis wird in Umgebungsvariablen (UPWATCH_EVENT, UPWATCH_MONITOR, UPWATCH_STATE, UPWATCH_REASON, UPWATCH_ERROR, UPWATCH_URL, …) und als JSON über die Standardeingabe übergeben. Exit-Code 0 bedeutet „zugestellt“.</translation>
    </message>
    <message>
        <source>Alert when a monitor</source>
        <translation>Alarmieren, wenn ein Monitor</translation>
    </message>
    <message>
        <source>goes do&amp;wn</source>
        <translation>a&amp;usfällt</translation>
    </message>
    <message>
        <source>&amp;recovers (up again)</source>
        <translation>sich e&amp;rholt (wieder verfügbar)</translation>
    </message>
    <message>
        <source>becomes de&amp;graded (slow)</source>
        <translation>&amp;beeinträchtigt wird (langsam)</translation>
    </message>
    <message>
        <source>has a TLS &amp;certificate about to expire</source>
        <translation>ein bald ablaufendes TLS-Zer&amp;tifikat hat</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <source>Saving (the URL goes to the keychain)…</source>
        <translation>Wird gespeichert (die URL kommt in den Schlüsselbund)…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>The channel was not saved: %1</source>
        <translation>Der Kanal wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>no reason was given.</source>
        <translation>Es wurde kein Grund angegeben.</translation>
    </message>
    <message>
        <source>Choose the program to run</source>
        <translation>Auszuführendes Programm wählen</translation>
    </message>
</context>
<context>
    <name>ChannelInput</name>
    <message>
        <source>Header %1 has no name.</source>
        <translation>Header %1 hat keinen Namen.</translation>
    </message>
    <message>
        <source>Header %1: %2</source>
        <translation>Header %1: %2</translation>
    </message>
    <message>
        <source>There are %1 headers; the limit is %2.</source>
        <translation>Es sind %1 Header angegeben; erlaubt sind höchstens %2.</translation>
    </message>
    <message>
        <source>Enter the program to run, e.g. /usr/local/bin/page-me.</source>
        <translation>Bitte das auszuführende Programm eingeben, z.&#xa0;B. /usr/local/bin/page-me.</translation>
    </message>
    <message>
        <source>The program contains a control character: it is one line of text.</source>
        <translation>Das Programm enthält ein Steuerzeichen: Es muss eine einzelne Textzeile sein.</translation>
    </message>
    <message>
        <source>Enter a name for the channel.</source>
        <translation>Bitte einen Namen für den Kanal eingeben.</translation>
    </message>
    <message>
        <source>Another channel is already called &apos;%1&apos;. Choose a different name.</source>
        <translation>Es gibt bereits einen Kanal namens „%1“. Bitte einen anderen Namen wählen.</translation>
    </message>
    <message>
        <source>Choose at least one event to alert on.</source>
        <translation>Bitte mindestens ein Ereignis wählen, bei dem alarmiert wird.</translation>
    </message>
    <message>
        <source>Choose at least one monitor or tag, or alert for all monitors.</source>
        <translation>Bitte mindestens einen Monitor oder ein Tag wählen oder für alle Monitore alarmieren.</translation>
    </message>
    <message>
        <source>No program &apos;%1&apos; is found in PATH here.</source>
        <translation>Im PATH wurde kein Programm „%1“ gefunden.</translation>
    </message>
    <message>
        <source>There is no file %1 here.</source>
        <translation>Die Datei %1 ist hier nicht vorhanden.</translation>
    </message>
    <message>
        <source>%1 is not an executable file.</source>
        <translation>%1 ist keine ausführbare Datei.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>an argument cannot contain a NUL character.</source>
        <translation>Ein Argument darf kein NUL-Zeichen enthalten.</translation>
    </message>
    <message>
        <source>the closing quote is missing.</source>
        <translation>Das schließende Anführungszeichen fehlt.</translation>
    </message>
    <message>
        <source>there is text after the closing quote; quote the whole argument, writing \&quot; for a quote inside it.</source>
        <translation>Nach dem schließenden Anführungszeichen folgt noch Text; das ganze Argument in Anführungszeichen setzen und ein Anführungszeichen darin als \&quot; schreiben.</translation>
    </message>
    <message>
        <source>There are more than %1 arguments.</source>
        <translation>Es sind mehr als %1 Argumente.</translation>
    </message>
    <message>
        <source>Write the body to send, with placeholders such as {{monitor}}.</source>
        <translation>Bitte den zu sendenden Inhalt eingeben, mit Platzhaltern wie {{monitor}}.</translation>
    </message>
    <message>
        <source>%1 is not a placeholder; use one of those listed under the template.</source>
        <translation>%1 ist kein Platzhalter; bitte einen der unter der Vorlage aufgeführten verwenden.</translation>
    </message>
    <message>
        <source>The template starts like JSON but is not valid JSON once filled in: %1. Put text placeholders inside quotes, like &quot;{{monitor}}&quot;.</source>
        <translation>Die Vorlage beginnt wie JSON, ist nach dem Ausfüllen aber kein gültiges JSON: %1. Textplatzhalter in Anführungszeichen setzen, etwa &quot;{{monitor}}&quot;.</translation>
    </message>
    <message>
        <source>A Slack incoming webhook: paste the URL Slack gave you. Alerts arrive as a text message.</source>
        <translation>Ein eingehender Slack-Webhook: Die von Slack erhaltene URL einfügen. Alarme kommen als Textnachricht an.</translation>
    </message>
    <message>
        <source>A Discord webhook (channel settings, Integrations, Webhooks): paste its URL. Alerts arrive as a message.</source>
        <translation>Ein Discord-Webhook (Kanaleinstellungen, Integrationen, Webhooks): Dessen URL einfügen. Alarme kommen als Nachricht an.</translation>
    </message>
    <message>
        <source>An ntfy topic URL: alerts arrive as text with a title, priority and tags. For a protected topic add an Authorization header.</source>
        <translation>Die URL eines ntfy-Themas: Alarme kommen als Text mit Titel, Priorität und Tags an. Für ein geschütztes Thema einen Authorization-Header hinzufügen.</translation>
    </message>
    <message>
        <source>A Gotify server&apos;s /message URL with the application token (?token=…), or the token in an X-Gotify-Key header.</source>
        <translation>Die /message-URL eines Gotify-Servers mit dem Anwendungstoken (?token=…) oder das Token in einem X-Gotify-Key-Header.</translation>
    </message>
    <message>
        <source>Your own body, POSTed with the placeholders filled in; their values are JSON-escaped when the template starts with { or [.</source>
        <translation>Ein eigener Inhalt, per POST gesendet, mit ausgefüllten Platzhaltern; deren Werte werden für JSON maskiert, wenn die Vorlage mit { oder [ beginnt.</translation>
    </message>
    <message>
        <source>Upwatch&apos;s own JSON: event, monitor, state, previous state, reason, error, URL, time and incident duration.</source>
        <translation>Das eigene JSON-Format von Upwatch: Ereignis, Monitor, Status, vorheriger Status, Grund, Fehler, URL, Zeit und Dauer des Vorfalls.</translation>
    </message>
    <message>
        <source>No events</source>
        <translation>Keine Ereignisse</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Alle Ereignisse</translation>
    </message>
    <message>
        <source>All monitors</source>
        <translation>Alle Monitore</translation>
    </message>
    <message>
        <source>%1 monitors</source>
        <translation>%1 Monitore</translation>
    </message>
    <message>
        <source>Tag %1</source>
        <translation>Tag %1</translation>
    </message>
    <message>
        <source>tag %1</source>
        <translation>Tag %1</translation>
    </message>
    <message>
        <source>Tags %1</source>
        <translation>Tags %1</translation>
    </message>
    <message>
        <source>tags %1</source>
        <translation>Tags %1</translation>
    </message>
    <message>
        <source>%1 tags</source>
        <translation>%1 Tags</translation>
    </message>
    <message>
        <source>Delivered in 1 attempt</source>
        <translation>Beim ersten Versuch zugestellt</translation>
    </message>
    <message>
        <source>Delivered in %1 attempts</source>
        <translation>Nach %1 Versuchen zugestellt</translation>
    </message>
    <message>
        <source>no reason was given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Failed after 1 attempt: %1</source>
        <translation>Nach 1 Versuch fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Failed after %1 attempts: %2</source>
        <translation>Nach %1 Versuchen fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>ChannelListModel</name>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Webhook (%1)</source>
        <translation>Webhook (%1)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Delivered %1</source>
        <translation>Zugestellt %1</translation>
    </message>
    <message>
        <source>Failed %1</source>
        <translation>Fehlgeschlagen %1</translation>
    </message>
    <message>
        <source>(test)</source>
        <translation>(Test)</translation>
    </message>
    <message>
        <source>Every monitor</source>
        <translation>Jeder Monitor</translation>
    </message>
    <message>
        <source>Monitors: %1</source>
        <translation>Monitore: %1</translation>
    </message>
    <message>
        <source>Monitors tagged: %1</source>
        <translation>Monitore mit Tag: %1</translation>
    </message>
    <message>
        <source>No delivery since Upwatch started</source>
        <translation>Keine Zustellung seit dem Start von Upwatch</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Monitors</source>
        <translation>Monitore</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Last delivery</source>
        <translation>Letzte Zustellung</translation>
    </message>
</context>
<context>
    <name>ChannelOptions</name>
    <message>
        <source>unknown event &apos;%1&apos; (use down, up, degraded or cert_expiry)</source>
        <translation>unbekanntes Ereignis „%1“ (down, up, degraded oder cert_expiry verwenden)</translation>
    </message>
    <message>
        <source>--events needs at least one of down, up, degraded or cert_expiry</source>
        <translation>--events erfordert mindestens eines von down, up, degraded oder cert_expiry</translation>
    </message>
    <message>
        <source>--header must be &apos;Name: value&apos;</source>
        <translation>--header muss die Form „Name: Wert“ haben</translation>
    </message>
    <message>
        <source>Keep the webhook&apos;s URL in DB.secrets (mode 0600) beside the database instead of the OS keychain: for a server without one. Used from then on.</source>
        <translation>Die Webhook-URL in DB.secrets (Modus 0600) neben der Datenbank statt im Schlüsselbund des Systems aufbewahren: für einen Server ohne Schlüsselbund. Danach wird immer diese Datei verwendet.</translation>
    </message>
    <message>
        <source>Unique name of the channel.</source>
        <translation>Eindeutiger Name des Kanals.</translation>
    </message>
    <message>
        <source>http(s) URL to POST to (kept in the keychain; it shows in the process list while this runs: --webhook-stdin does not).</source>
        <translation>http(s)-URL, an die per POST gesendet wird (wird im Schlüsselbund aufbewahrt; sie ist in der Prozessliste sichtbar, solange der Befehl läuft – bei --webhook-stdin nicht).</translation>
    </message>
    <message>
        <source>Read the webhook URL from standard input (first line), and headers from the lines after it.</source>
        <translation>Die Webhook-URL von der Standardeingabe lesen (erste Zeile) und Header aus den folgenden Zeilen.</translation>
    </message>
    <message>
        <source>Body shape: json (default), slack, discord, ntfy, gotify or custom.</source>
        <translation>Form des Inhalts: json (Standard), slack, discord, ntfy, gotify oder custom.</translation>
    </message>
    <message>
        <source>Custom body with {{event}}, {{monitor}}, {{monitor_id}}, {{url}}, {{state}}, {{previous_state}}, {{reason}}, {{error}}, {{time}}, {{duration}}, {{summary}}, {{count}}.</source>
        <translation>Eigener Inhalt mit {{event}}, {{monitor}}, {{monitor_id}}, {{url}}, {{state}}, {{previous_state}}, {{reason}}, {{error}}, {{time}}, {{duration}}, {{summary}}, {{count}}.</translation>
    </message>
    <message>
        <source>A request header &apos;Name: value&apos; (kept in the keychain); repeat for more.</source>
        <translation>Ein Anfrage-Header „Name: Wert“ (wird im Schlüsselbund aufbewahrt); für mehrere wiederholen.</translation>
    </message>
    <message>
        <source>Program to run; its arguments follow &apos;--&apos;.</source>
        <translation>Auszuführendes Programm; seine Argumente folgen nach „--“.</translation>
    </message>
    <message>
        <source>Events to send: down,up,degraded,cert_expiry (default: all).</source>
        <translation>Zu sendende Ereignisse: down,up,degraded,cert_expiry (Standard: alle).</translation>
    </message>
    <message>
        <source>Only this monitor (by name); repeat for more. Default: all.</source>
        <translation>Nur dieser Monitor (anhand des Namens); für mehrere wiederholen. Standard: alle.</translation>
    </message>
    <message>
        <source>Only monitors with this tag; repeat for more.</source>
        <translation>Nur Monitore mit diesem Tag; für mehrere wiederholen.</translation>
    </message>
    <message>
        <source>Seconds one delivery may take (default 10, at most %1).</source>
        <translation>Sekunden, die eine Zustellung dauern darf (Standard 10, höchstens %1).</translation>
    </message>
    <message>
        <source>Add it switched off.</source>
        <translation>Deaktiviert hinzufügen.</translation>
    </message>
    <message>
        <source>Arguments of --command&apos;s program.</source>
        <translation>Argumente für das Programm von --command.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>--%1 is for webhooks, not --command</source>
        <translation>--%1 gilt für Webhooks, nicht für --command</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; (arguments follow --command PROGRAM only)</source>
        <translation>unerwartetes Argument „%1“ (Argumente gibt es nur nach --command PROGRAM)</translation>
    </message>
    <message>
        <source>unknown preset &apos;%1&apos; (use json, slack, discord, ntfy, gotify or custom)</source>
        <translation>unbekannte Voreinstellung „%1“ (json, slack, discord, ntfy, gotify oder custom verwenden)</translation>
    </message>
    <message>
        <source>--template needs --preset custom (or no --preset)</source>
        <translation>--template erfordert --preset custom (oder kein --preset)</translation>
    </message>
    <message>
        <source>--preset custom needs --template</source>
        <translation>--preset custom erfordert --template</translation>
    </message>
</context>
<context>
    <name>ChannelScopeEditor</name>
    <message>
        <source>&amp;All monitors</source>
        <translation>A&amp;lle Monitore</translation>
    </message>
    <message>
        <source>&amp;Only the monitors checked here, and those with a checked tag</source>
        <translation>Nur die hier &amp;markierten Monitore und die mit einem markierten Tag</translation>
    </message>
    <message>
        <source>Filter monitors and tags</source>
        <translation>Monitore und Tags filtern</translation>
    </message>
    <message>
        <source>&amp;Monitors:</source>
        <translation>M&amp;onitore:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>Ta&amp;gs:</translation>
    </message>
    <message>
        <source>%1 (no such monitor)</source>
        <translation>%1 (Monitor existiert nicht)</translation>
    </message>
    <message>
        <source>%1 (no monitor has it)</source>
        <translation>%1 (bei keinem Monitor vergeben)</translation>
    </message>
</context>
<context>
    <name>ChannelWebhookEditor</name>
    <message>
        <source>&amp;Preset:</source>
        <translation>&amp;Voreinstellung:</translation>
    </message>
    <message>
        <source>Kept in the keychain, with the headers: webhook URLs often are the password.</source>
        <translation>Wird zusammen mit den Headern im Schlüsselbund aufbewahrt: Webhook-URLs sind oft selbst das Passwort.</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Show and change…</source>
        <translation>Anzeigen und &amp;ändern…</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Extra request headers, e.g. Authorization: Bearer …</source>
        <translation>Zusätzliche Anfrage-Header, z.&#xa0;B. Authorization: Bearer …</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>Hinzu&amp;fügen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>En&amp;tfernen</translation>
    </message>
    <message>
        <source>&amp;Headers:</source>
        <translation>Hea&amp;der:</translation>
    </message>
    <message>
        <source>Placeholders: %1</source>
        <translation>Platzhalter: %1</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>Einfü&amp;gen</translation>
    </message>
    <message>
        <source>Body &amp;template:</source>
        <translation>Vorlage für den &amp;Inhalt:</translation>
    </message>
    <message>
        <source>The URL and headers are stored in the keychain; they are kept as they are.</source>
        <translation>URL und Header sind im Schlüsselbund gespeichert und bleiben unverändert.</translation>
    </message>
    <message>
        <source>Reading the keychain…</source>
        <translation>Schlüsselbund wird gelesen…</translation>
    </message>
    <message>
        <source>No URL is stored for this channel. Enter one.</source>
        <translation>Für diesen Kanal ist keine URL gespeichert. Bitte eine eingeben.</translation>
    </message>
    <message>
        <source>The stored URL could not be read: %1 Enter it again to replace it, or cancel to keep it.</source>
        <translation>Die gespeicherte URL konnte nicht gelesen werden: %1 Zum Ersetzen erneut eingeben oder zum Beibehalten abbrechen.</translation>
    </message>
    <message>
        <source>Stored in the keychain</source>
        <translation>Im Schlüsselbund gespeichert</translation>
    </message>
</context>
<context>
    <name>ChannelsPage</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Send &amp;test</source>
        <translation>Test &amp;senden</translation>
    </message>
    <message>
        <source>No alert channels yet.

A channel tells someone else when a monitor goes down, recovers, slows down or has a certificate about to expire: a webhook posts to Slack, Discord, ntfy, Gotify or any URL; a command runs a program of yours. The window and `upwatch run` both use them.

Click Add… to create one.</source>
        <translation>Noch keine Alarmkanäle.

Ein Kanal benachrichtigt andere, wenn ein Monitor ausfällt, sich erholt, langsam wird oder ein bald ablaufendes Zertifikat hat: Ein Webhook sendet an Slack, Discord, ntfy, Gotify oder eine beliebige URL; ein Befehl führt ein eigenes Programm aus. Das Fenster und `upwatch run` verwenden beide diese Kanäle.

Zum Anlegen auf „Hinzufügen…“ klicken.</translation>
    </message>
    <message>
        <source>Changes to channels are saved at once.</source>
        <translation>Änderungen an Kanälen werden sofort gespeichert.</translation>
    </message>
    <message>
        <source>Saved the channel &apos;%1&apos;.</source>
        <translation>Kanal „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Remove channel</source>
        <translation>Kanal entfernen</translation>
    </message>
    <message>
        <source>Remove the channel &apos;%1&apos;? It will not be told about anything any more, and its stored URL and headers are deleted from the keychain.</source>
        <translation>Kanal „%1“ entfernen? Er erhält dann keine Alarme mehr, und seine gespeicherte URL und Header werden aus dem Schlüsselbund gelöscht.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>The channel &apos;%1&apos; was not removed: %2</source>
        <translation>Der Kanal „%1“ wurde nicht entfernt: %2</translation>
    </message>
    <message>
        <source>Removed the channel &apos;%1&apos;.</source>
        <translation>Kanal „%1“ entfernt.</translation>
    </message>
    <message>
        <source>Sending a test alert to &apos;%1&apos;…</source>
        <translation>Testalarm wird an „%1“ gesendet…</translation>
    </message>
    <message>
        <source>Test alert to &apos;%1&apos;: %2</source>
        <translation>Testalarm an „%1“: %2</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Probe one URL once and print the verdict as one JSON line.
Exit code: 0 up or degraded, 1 down, 2 bad usage.</source>
        <translation>Eine URL einmal prüfen und das Ergebnis als eine JSON-Zeile ausgeben.
Exit-Code: 0 verfügbar oder beeinträchtigt, 1 ausgefallen, 2 falscher Aufruf.</translation>
    </message>
    <message>
        <source>http:// or https:// URL</source>
        <translation>URL mit http:// oder https://</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Database file (accepted by every command; check stores nothing).</source>
        <translation>Datenbankdatei (von jedem Befehl akzeptiert; check speichert nichts).</translation>
    </message>
    <message>
        <source>Usage: upwatch check [options] URL</source>
        <translation>Aufruf: upwatch check [Optionen] URL</translation>
    </message>
    <message>
        <source>check needs a URL (see &apos;upwatch check --help&apos;)</source>
        <translation>check erfordert eine URL (siehe „upwatch check --help“)</translation>
    </message>
    <message>
        <source>check takes one URL, got %1: %2</source>
        <translation>check erwartet eine URL, erhielt aber %1: %2</translation>
    </message>
</context>
<context>
    <name>CheckOptions</name>
    <message>
        <source>--%1 needs a whole number of %2 (at least %3), not &apos;%4&apos;</source>
        <translation>--%1 erfordert eine ganze Zahl (%2, mindestens %3), nicht „%4“</translation>
    </message>
    <message>
        <source>--%1 must be between %2 and %3, not %4</source>
        <translation>--%1 muss zwischen %2 und %3 liegen, nicht %4</translation>
    </message>
    <message>
        <source>HTTP method: %1 (default GET; POST with --data).</source>
        <translation>HTTP-Methode: %1 (Standard GET; POST mit --data).</translation>
    </message>
    <message>
        <source>Request header &quot;Name: value&quot;; repeat for more.</source>
        <translation>Anfrage-Header „Name: Wert“; für mehrere wiederholen.</translation>
    </message>
    <message>
        <source>Request body to POST.</source>
        <translation>Anfrageinhalt, der per POST gesendet wird.</translation>
    </message>
    <message>
        <source>Accepted HTTP statuses: codes and ranges (default 200-299).</source>
        <translation>Akzeptierte HTTP-Statuscodes: Codes und Bereiche (Standard 200-299).</translation>
    </message>
    <message>
        <source>Text the response body must contain.</source>
        <translation>Text, den der Antwortinhalt enthalten muss.</translation>
    </message>
    <message>
        <source>Fail when the body contains the keyword instead.</source>
        <translation>Stattdessen fehlschlagen, wenn der Inhalt das Schlüsselwort enthält.</translation>
    </message>
    <message>
        <source>Deadline for the whole check in ms (default 10000).</source>
        <translation>Zeitlimit für die gesamte Prüfung in ms (Standard 10000).</translation>
    </message>
    <message>
        <source>Redirects to follow; 0 judges the redirect (default 10).</source>
        <translation>Anzahl der Weiterleitungen, denen gefolgt wird; bei 0 wird die Weiterleitung selbst bewertet (Standard 10).</translation>
    </message>
    <message>
        <source>Accept expired, self-signed or mismatched certificates.</source>
        <translation>Abgelaufene, selbst signierte oder nicht passende Zertifikate akzeptieren.</translation>
    </message>
    <message>
        <source>Report DEGRADED when slower than this many ms.</source>
        <translation>Als beeinträchtigt (degraded) melden, wenn die Prüfung länger als so viele ms dauert.</translation>
    </message>
    <message>
        <source>JSON assertion &apos;POINTER OP VALUE&apos; the body must hold, e.g. &apos;/status == &quot;ok&quot;&apos;; repeat for more.</source>
        <translation>JSON-Bedingung „POINTER OP VALUE“, die der Inhalt erfüllen muss, z.&#xa0;B. &apos;/status == &quot;ok&quot;&apos;; für mehrere wiederholen.</translation>
    </message>
    <message>
        <source>The keyword is a regular expression.</source>
        <translation>Das Schlüsselwort ist ein regulärer Ausdruck.</translation>
    </message>
    <message>
        <source>unsupported method &apos;%1&apos;: use %2</source>
        <translation>nicht unterstützte Methode „%1“: Bitte %2 verwenden</translation>
    </message>
    <message>
        <source>bad --expect-status: %1</source>
        <translation>ungültiges --expect-status: %1</translation>
    </message>
    <message>
        <source>--keyword needs some text</source>
        <translation>--keyword erfordert einen Text</translation>
    </message>
    <message>
        <source>bad --json-assert &apos;%1&apos;: %2</source>
        <translation>ungültiges --json-assert „%1“: %2</translation>
    </message>
    <message>
        <source>milliseconds</source>
        <translation>Millisekunden</translation>
    </message>
    <message>
        <source>redirects</source>
        <translation>Weiterleitungen</translation>
    </message>
</context>
<context>
    <name>ChecksBenchmark</name>
    <message>
        <source>starting nginx on %1 loopback addresses</source>
        <translation>nginx wird auf %1 Loopback-Adressen gestartet</translation>
    </message>
    <message>
        <source>bare loop: warming up for %1 s</source>
        <translation>reine Schleife: Aufwärmen für %1&#xa0;s</translation>
    </message>
    <message>
        <source>bare loop: measuring for %1 s</source>
        <translation>reine Schleife: Messung für %1&#xa0;s</translation>
    </message>
    <message>
        <source>cannot create a temporary folder: %1</source>
        <translation>ein temporärer Ordner kann nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>service: adding %1 monitors</source>
        <translation>Dienst: %1 Monitore werden hinzugefügt</translation>
    </message>
    <message>
        <source>cannot add the monitors: %1</source>
        <translation>die Monitore können nicht hinzugefügt werden: %1</translation>
    </message>
    <message>
        <source>service: warming up for %1 s</source>
        <translation>Dienst: Aufwärmen für %1&#xa0;s</translation>
    </message>
    <message>
        <source>service: measuring for %1 s</source>
        <translation>Dienst: Messung für %1&#xa0;s</translation>
    </message>
    <message>
        <source>service: stopping and writing what is left</source>
        <translation>Dienst: wird beendet und schreibt den Rest</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>unknown option &apos;%1&apos; (see &apos;upwatch --help&apos;)</source>
        <translation>unbekannte Option „%1“ (siehe „upwatch --help“)</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (see &apos;upwatch --help&apos;)</source>
        <translation>unbekannter Befehl „%1“ (siehe „upwatch --help“)</translation>
    </message>
    <message>
        <source>Usage: upwatch [--db PATH] [--minimized]
       upwatch &lt;command&gt; [options]

Upwatch watches HTTP(S) endpoints and tells you when they go down.
Without a command it opens the window (--minimized: start in the tray).

Commands:
  check URL [options]            Probe one URL once; print the verdict as one JSON
                                 line. Exit code 0 up or degraded, 1 down, 2 bad usage.
  monitor add --name N --url U   Add a monitor (check options, --interval, --retries,
                                 --recovery, --parent, --tag, --paused).
  monitor list [--json]          List monitors with their state and last check.
  monitor remove|pause|resume ID|NAME
                                 Remove (with its history), pause or resume one.
  monitor mute|unmute ID|NAME    Drop one monitor&apos;s alerts (--for 1h,
                                 --until-morning), or send them again.
  import FILE.json               Add monitors from a file made by export.
  export FILE.json               Write all monitors to a JSON file (no secrets).
  run [--duration S]             Run the engine without a window; Ctrl+C stops it.
  history export --out FILE.csv  Write check results as CSV (--monitor, --since,
                                 --until).
  stats [--monitor M] [--json]   Uptime 24h/7d/30d/1y, response times, time in
                                 maintenance; or the report&apos;s figures for a
                                 period (--month YYYY-MM, --from/--to).
  report --month YYYY-MM --out FILE.pdf|FILE.html
                                 Write the uptime report of a month (or
                                 --last-month, --from/--to; --monitor, --tag).
  channel add --name N --webhook URL|--command PROGRAM
                                 Add an alert channel (--preset, --events,
                                 --monitor, --tag, --timeout).
  channel list [--json]          List the alert channels.
  channel remove|test ID|NAME    Remove one, or send it a test event.
  snooze [1h|4h|morning|off]     Hold every alert for a while; one summary at
                                 the end. Without an argument: what holds now.
  quiet-hours [22:00-07:00|off]  Hold alerts every night; one summary after.
  maintenance add --name N --start ISO --end ISO
  maintenance add --name N --weekly DAYS --at HH:MM --duration D
                                 Plan a maintenance window, once or weekly
                                 (--monitor, --tag, --time-zone): checks go on,
                                 alerts wait, uptime leaves it out.
  maintenance list [--json]      List the maintenance windows.
  maintenance remove ID|NAME     Remove one.
  agents [--json]                List the agents that share the database, where
                                 they check from and the monitors each leases.
  db password --db URL --password-stdin
                                 Keep a PostgreSQL database&apos;s password in the OS
                                 keychain for every command and the window
                                 (--forget: remove it).
  bench checks|storage|ui        Benchmarks: checks against a loopback nginx, a
                                 simulated year of storage, the window with
                                 100,000 monitors.

Options:
  --db PATH             Database file, for every command (default: %1).
  -h, --help            Show this help.
  -v, --version         Show the version.

Run &apos;upwatch &lt;command&gt; --help&apos; for the options of a command.
</source>
        <translation>Aufruf: upwatch [--db PATH] [--minimized]
        upwatch &lt;Befehl&gt; [Optionen]

Upwatch überwacht HTTP(S)-Endpunkte und meldet, wenn sie ausfallen.
Ohne Befehl öffnet es das Fenster (--minimized: im Infobereich starten).

Befehle:
  check URL [Optionen]           Eine URL einmal prüfen; Ergebnis als eine
                                 JSON-Zeile ausgeben. Exit-Code 0 verfügbar oder
                                 beeinträchtigt, 1 ausgefallen,
                                 2 falscher Aufruf.
  monitor add --name N --url U   Monitor hinzufügen (Prüfoptionen, --interval,
                                 --retries, --recovery, --parent, --tag,
                                 --paused).
  monitor list [--json]          Monitore mit Status und letzter Prüfung
                                 auflisten.
  monitor remove|pause|resume ID|NAME
                                 Einen löschen (mit seinem Verlauf), pausieren
                                 oder fortsetzen.
  monitor mute|unmute ID|NAME    Die Alarme eines Monitors stummschalten
                                 (--for 1h, --until-morning) oder wieder senden.
  import FILE.json               Monitore aus einer mit export erstellten Datei
                                 hinzufügen.
  export FILE.json               Alle Monitore in eine JSON-Datei schreiben
                                 (ohne Geheimnisse).
  run [--duration S]             Die Prüf-Engine ohne Fenster ausführen; Strg+C
                                 beendet sie.
  history export --out FILE.csv  Prüfergebnisse als CSV schreiben (--monitor,
                                 --since, --until).
  stats [--monitor M] [--json]   Verfügbarkeit 24h/7d/30d/1y, Antwortzeiten,
                                 Zeit in Wartung; oder die Zahlen des Berichts
                                 für einen Zeitraum (--month YYYY-MM,
                                 --from/--to).
  report --month YYYY-MM --out FILE.pdf|FILE.html
                                 Den Verfügbarkeitsbericht eines Monats
                                 schreiben (oder --last-month, --from/--to;
                                 --monitor, --tag).
  channel add --name N --webhook URL|--command PROGRAM
                                 Einen Alarmkanal hinzufügen (--preset,
                                 --events, --monitor, --tag, --timeout).
  channel list [--json]          Die Alarmkanäle auflisten.
  channel remove|test ID|NAME    Einen entfernen oder ihm ein Testereignis
                                 senden.
  snooze [1h|4h|morning|off]     Alle Alarme eine Weile zurückhalten; am Ende
                                 eine Zusammenfassung. Ohne Argument: was gerade
                                 zurückhält.
  quiet-hours [22:00-07:00|off]  Alarme jede Nacht zurückhalten; danach eine
                                 Zusammenfassung.
  maintenance add --name N --start ISO --end ISO
  maintenance add --name N --weekly DAYS --at HH:MM --duration D
                                 Ein Wartungsfenster planen, einmalig oder
                                 wöchentlich (--monitor, --tag, --time-zone):
                                 Prüfungen laufen weiter, Alarme warten, es
                                 zählt nicht zur Verfügbarkeit.
  maintenance list [--json]      Die Wartungsfenster auflisten.
  maintenance remove ID|NAME     Eines entfernen.
  agents [--json]                Die Agenten auflisten, die sich die Datenbank
                                 teilen: von wo sie prüfen und welche Monitore
                                 jeder übernommen hat.
  db password --db URL --password-stdin
                                 Das Passwort einer PostgreSQL-Datenbank für
                                 jeden Befehl und das Fenster im Schlüsselbund
                                 des Systems aufbewahren (--forget: entfernen).
  bench checks|storage|ui        Benchmarks: Prüfungen gegen ein nginx auf
                                 Loopback, ein simuliertes Jahr Speicherung, das
                                 Fenster mit 100.000 Monitoren.

Optionen:
  --db PATH             Datenbankdatei, für jeden Befehl (Standard: %1).
  -h, --help            Diese Hilfe anzeigen.
  -v, --version         Die Version anzeigen.

Für die Optionen eines Befehls „upwatch &lt;Befehl&gt; --help“ ausführen.
</translation>
    </message>
</context>
<context>
    <name>CommandParser</name>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Database file (default: %1).</source>
        <translation>Datenbankdatei (Standard: %1).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an option, and ids and counts are never negative (put &apos;--&apos; before a name that starts with &apos;-&apos;)</source>
        <translation>„%1“ ist keine Option, und IDs und Anzahlen sind nie negativ („--“ vor einen Namen setzen, der mit „-“ beginnt)</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <source>--db needs a file name</source>
        <translation>--db erfordert einen Dateinamen</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; (see &apos;upwatch %2 --help&apos;)</source>
        <translation>unerwartetes Argument „%1“ (siehe „upwatch %2 --help“)</translation>
    </message>
    <message>
        <source>warning: the password stored for %1 could not be read: %2</source>
        <translation>Warnung: Das für %1 gespeicherte Passwort konnte nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>DBusNotificationSink</name>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
</context>
<context>
    <name>DatabaseCommand</name>
    <message>
        <source>Keep the password of a PostgreSQL database in the OS keychain: the window, &apos;upwatch run&apos; and every other command started on the database use it (before PGPASSWORD and ~/.pgpass). It is read from standard input, never from an argument.</source>
        <translation>Das Passwort einer PostgreSQL-Datenbank im Schlüsselbund des Systems aufbewahren: Das Fenster, „upwatch run“ und jeder andere Befehl, der mit der Datenbank gestartet wird, verwenden es (vor PGPASSWORD und ~/.pgpass). Es wird von der Standardeingabe gelesen, nie aus einem Argument.</translation>
    </message>
    <message>
        <source>Read the password from standard input (one trailing line break is dropped).</source>
        <translation>Das Passwort von der Standardeingabe lesen (ein abschließender Zeilenumbruch wird entfernt).</translation>
    </message>
    <message>
        <source>Remove the stored password.</source>
        <translation>Das gespeicherte Passwort entfernen.</translation>
    </message>
    <message>
        <source>Keep the password in this machine&apos;s secrets file for the database (mode 0600) instead of the OS keychain: for a server without one. Used from then on.</source>
        <translation>Das Passwort in der Geheimnisdatei dieses Rechners für die Datenbank (Modus 0600) statt im Schlüsselbund des Systems aufbewahren: für einen Server ohne Schlüsselbund. Danach wird immer diese Datei verwendet.</translation>
    </message>
    <message>
        <source>db password needs --db with the URL of a PostgreSQL database (postgresql://user@host:port/db); a database file has no password</source>
        <translation>db password erfordert --db mit der URL einer PostgreSQL-Datenbank (postgresql://user@host:port/db); eine Datenbankdatei hat kein Passwort</translation>
    </message>
    <message>
        <source>db password needs one of --password-stdin and --forget</source>
        <translation>db password erfordert --password-stdin oder --forget</translation>
    </message>
    <message>
        <source>cannot remove the password of %1 from %2: %3</source>
        <translation>das Passwort für %1 kann nicht aus %2 entfernt werden: %3</translation>
    </message>
    <message>
        <source>the password of %1 is not in %2 any more</source>
        <translation>das Passwort für %1 ist nicht mehr in %2</translation>
    </message>
    <message>
        <source>standard input is empty: it should hold the password</source>
        <translation>die Standardeingabe ist leer, sollte aber das Passwort enthalten</translation>
    </message>
    <message>
        <source>cannot store the password of %1 in %2: %3</source>
        <translation>das Passwort für %1 kann nicht in %2 gespeichert werden: %3</translation>
    </message>
    <message>
        <source>the password of %1 is in %2</source>
        <translation>das Passwort für %1 liegt in %2</translation>
    </message>
    <message>
        <source>Usage: upwatch db password --db postgresql://USER@HOST:PORT/DB --password-stdin
       upwatch db password --db postgresql://USER@HOST:PORT/DB --forget

  password    Keep the password of a PostgreSQL database in the OS keychain
              (read from standard input), or remove it (--forget). Every
              command and the window started on the database use it.
</source>
        <translation>Aufruf: upwatch db password --db postgresql://USER@HOST:PORT/DB --password-stdin
        upwatch db password --db postgresql://USER@HOST:PORT/DB --forget

  password    Das Passwort einer PostgreSQL-Datenbank im Schlüsselbund des
              Systems aufbewahren (von der Standardeingabe gelesen) oder
              entfernen (--forget). Jeder Befehl und das Fenster, die mit der
              Datenbank gestartet werden, verwenden es.
</translation>
    </message>
    <message>
        <source>unknown db action &apos;%1&apos; (use password)</source>
        <translation>unbekannte db-Aktion „%1“ (password verwenden)</translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <source>Upwatch is still running</source>
        <translation>Upwatch läuft weiter</translation>
    </message>
    <message>
        <source>Closing the window keeps Upwatch checking in the tray. Use Quit in the tray menu to stop it.</source>
        <translation>Nach dem Schließen des Fensters prüft Upwatch im Infobereich weiter. Zum Beenden „Beenden“ im Menü des Infobereichs wählen.</translation>
    </message>
    <message>
        <source>Upwatch</source>
        <translation>Upwatch</translation>
    </message>
    <message>
        <source>Upwatch could not be started on %1.</source>
        <translation>Upwatch konnte nicht mit %1 gestartet werden.</translation>
    </message>
    <message>
        <source>The password could not be stored in %1.</source>
        <translation>Das Passwort konnte nicht in %1 gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>DesktopSession</name>
    <message numerus="yes">
        <source>History: %Ln result(s) waiting to be written — %1</source>
        <translation>
            <numerusform>Verlauf: %Ln Ergebnis wartet auf das Speichern – %1</numerusform>
            <numerusform>Verlauf: %Ln Ergebnisse warten auf das Speichern – %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>History: %Ln result(s) waiting to be written, %1 dropped — %2</source>
        <translation>
            <numerusform>Verlauf: %Ln Ergebnis wartet auf das Speichern, %1 verworfen – %2</numerusform>
            <numerusform>Verlauf: %Ln Ergebnisse warten auf das Speichern, %1 verworfen – %2</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address</source>
        <translation>„%1“ ist keine IP-Adresse</translation>
    </message>
    <message>
        <source>Metrics: %1</source>
        <translation>Metriken: %1</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Select a monitor to see its history.</source>
        <translation>Einen Monitor auswählen, um seinen Verlauf zu sehen.</translation>
    </message>
    <message>
        <source>Response time</source>
        <translation>Antwortzeit</translation>
    </message>
    <message>
        <source>1 h</source>
        <translation>1&#xa0;h</translation>
    </message>
    <message>
        <source>24 h</source>
        <translation>24&#xa0;h</translation>
    </message>
    <message>
        <source>7 d</source>
        <translation>7 Tage</translation>
    </message>
    <message>
        <source>30 d</source>
        <translation>30 Tage</translation>
    </message>
    <message>
        <source>1 y</source>
        <translation>1 Jahr</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Durchschnitt</translation>
    </message>
    <message>
        <source>95th percentile</source>
        <translation>95. Perzentil</translation>
    </message>
    <message>
        <source>Uptime 24 h</source>
        <translation>Verfügbarkeit 24&#xa0;h</translation>
    </message>
    <message>
        <source>Uptime 7 d</source>
        <translation>Verfügbarkeit 7 Tage</translation>
    </message>
    <message>
        <source>Uptime 30 d</source>
        <translation>Verfügbarkeit 30 Tage</translation>
    </message>
    <message>
        <source>Uptime 1 y</source>
        <translation>Verfügbarkeit 1 Jahr</translation>
    </message>
    <message>
        <source>Last problem</source>
        <translation>Letztes Problem</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keines</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Vorfälle</translation>
    </message>
    <message>
        <source>every %1</source>
        <translation>alle %1</translation>
    </message>
    <message>
        <source>timeout %1</source>
        <translation>Zeitlimit %1</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Noch nicht geprüft</translation>
    </message>
    <message>
        <source>Last check %1</source>
        <translation>Letzte Prüfung am %1</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Cannot read the history: %1</source>
        <translation>Der Verlauf kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>down when %1 of %2 locations see it down</source>
        <translation>ausgefallen, wenn %1 von %2 Standorten einen Ausfall sehen</translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1&#xa0;ms</translation>
    </message>
    <message numerus="yes">
        <source>%n day</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1&#xa0;s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1&#xa0;min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1&#xa0;min %2&#xa0;s</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1&#xa0;h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1&#xa0;h %2&#xa0;min</translation>
    </message>
    <message>
        <source>%1 %2 h</source>
        <translation>%1 %2&#xa0;h</translation>
    </message>
</context>
<context>
    <name>DurationText</name>
    <message>
        <source>&apos;%1&apos; is not a duration such as 90m, 2h, 1h30m or 2d</source>
        <translation>„%1“ ist keine Dauer wie 90m, 2h, 1h30m oder 2d</translation>
    </message>
    <message>
        <source>a duration is from 1 minute to ten years, not &apos;%1&apos;</source>
        <translation>eine Dauer liegt zwischen 1 Minute und zehn Jahren, nicht „%1“</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>&amp;All monitors (%L1)</source>
        <translation>&amp;Alle Monitore (%L1)</translation>
    </message>
    <message>
        <source>&amp;Selected monitors (%L1)</source>
        <translation>A&amp;usgewählte Monitore (%L1)</translation>
    </message>
    <message>
        <source>All &amp;history</source>
        <translation>Gesamter Ver&amp;lauf</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Verlauf exportieren</translation>
    </message>
    <message>
        <source>Monitors</source>
        <translation>Monitore</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Local time; both minutes are included</source>
        <translation>Ortszeit; beide Minuten sind eingeschlossen</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Where to save the CSV file</source>
        <translation>Speicherort der CSV-Datei</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>From and To are local time (%1). The file&apos;s timestamps are in UTC (ISO 8601).</source>
        <translation>„Von“ und „Bis“ sind in Ortszeit (%1). Die Zeitstempel in der Datei sind in UTC (ISO 8601).</translation>
    </message>
    <message>
        <source>“From” must be before “To”.</source>
        <translation>„Von“ muss vor „Bis“ liegen.</translation>
    </message>
    <message>
        <source>Choose the file to export to.</source>
        <translation>Bitte die Datei wählen, in die exportiert werden soll.</translation>
    </message>
    <message>
        <source>Enter the full path of the file, or choose one with Browse….</source>
        <translation>Bitte den vollständigen Pfad der Datei eingeben oder eine mit „Durchsuchen…“ auswählen.</translation>
    </message>
    <message>
        <source>%1 is a folder; enter a file name.</source>
        <translation>%1 ist ein Ordner; bitte einen Dateinamen eingeben.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The file exists; Export replaces it.</source>
        <translation>Die Datei existiert bereits; „Exportieren“ ersetzt sie.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Exporting… %L1 results written</source>
        <translation>Wird exportiert… %L1 Ergebnisse geschrieben</translation>
    </message>
    <message>
        <source>Exporting… %L1 of %L2 results</source>
        <translation>Wird exportiert… %L1 von %L2 Ergebnissen</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Exported 1 result to %1</source>
        <translation>1 Ergebnis nach %1 exportiert</translation>
    </message>
    <message>
        <source>Exported %L1 results to %2</source>
        <translation>%L1 Ergebnisse nach %2 exportiert</translation>
    </message>
</context>
<context>
    <name>FileCommand</name>
    <message>
        <source>%1 needs one file name (see &apos;upwatch %1 --help&apos;)</source>
        <translation>%1 erfordert genau einen Dateinamen (siehe „upwatch %1 --help“)</translation>
    </message>
    <message>
        <source>Add the monitors of a file made by &apos;upwatch export&apos;. Monitors with the same name are replaced. A file with any problem imports nothing.</source>
        <translation>Die Monitore aus einer mit „upwatch export“ erstellten Datei hinzufügen. Monitore mit gleichem Namen werden ersetzt. Aus einer fehlerhaften Datei wird nichts importiert.</translation>
    </message>
    <message>
        <source>The JSON file, or - for stdin.</source>
        <translation>Die JSON-Datei oder - für die Standardeingabe.</translation>
    </message>
    <message>
        <source>Read the monitors&apos; secrets (passwords, tokens...) from standard input as a JSON object: {&quot;monitor name&quot;: &quot;secret&quot;, ...}.</source>
        <translation>Die Geheimnisse der Monitore (Passwörter, Tokens usw.) als JSON-Objekt von der Standardeingabe lesen: {&quot;Monitorname&quot;: &quot;Geheimnis&quot;, ...}.</translation>
    </message>
    <message>
        <source>Keep secrets in DB.secrets (mode 0600) instead of the OS keychain.</source>
        <translation>Geheimnisse in DB.secrets (Modus 0600) statt im Schlüsselbund des Systems aufbewahren.</translation>
    </message>
    <message>
        <source>standard input cannot hold both the file and the secrets: give the file&apos;s name</source>
        <translation>die Standardeingabe kann nicht zugleich die Datei und die Geheimnisse enthalten: Bitte den Dateinamen angeben</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>Standardeingabe</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: %2 (nothing was imported)</source>
        <translation>%1: %2 (es wurde nichts importiert)</translation>
    </message>
    <message numerus="yes">
        <source>imported %n monitor(s) from %1 (%2 added, %3 replaced)</source>
        <translation>
            <numerusform>%n Monitor aus %1 importiert (%2 hinzugefügt, %3 ersetzt)</numerusform>
            <numerusform>%n Monitore aus %1 importiert (%2 hinzugefügt, %3 ersetzt)</numerusform>
        </translation>
    </message>
    <message>
        <source>Write every monitor&apos;s settings to a JSON file that &apos;upwatch import&apos; reads. Secrets are left out.</source>
        <translation>Die Einstellungen aller Monitore in eine JSON-Datei schreiben, die „upwatch import“ liest. Geheimnisse werden ausgelassen.</translation>
    </message>
    <message>
        <source>The JSON file, or - for stdout.</source>
        <translation>Die JSON-Datei oder - für die Standardausgabe.</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>cannot write to stdout: %1</source>
        <translation>in die Standardausgabe kann nicht geschrieben werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>exported %n monitor(s) to %1</source>
        <translation>
            <numerusform>%n Monitor nach %1 exportiert</numerusform>
            <numerusform>%n Monitore nach %1 exportiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GuiCommand</name>
    <message>
        <source>no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set); use &apos;upwatch run&apos; for the engine without a window, or see &apos;upwatch --help&apos;</source>
        <translation>kein Display, auf dem das Fenster geöffnet werden kann (DISPLAY und WAYLAND_DISPLAY sind nicht gesetzt); für die Überwachung ohne Fenster „upwatch run“ verwenden, oder siehe „upwatch --help“</translation>
    </message>
    <message>
        <source>Open the Upwatch window.</source>
        <translation>Das Upwatch-Fenster öffnen.</translation>
    </message>
    <message>
        <source>Start in the tray (or minimized when there is no tray).</source>
        <translation>Im Infobereich starten (oder minimiert, wenn es keinen Infobereich gibt).</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (see &apos;upwatch --help&apos;)</source>
        <translation>unbekannter Befehl „%1“ (siehe „upwatch --help“)</translation>
    </message>
    <message>
        <source>cannot open database %1: it is a folder</source>
        <translation>die Datenbank %1 kann nicht geöffnet werden: Es handelt sich um einen Ordner</translation>
    </message>
</context>
<context>
    <name>HealthView</name>
    <message>
        <source>Event-loop lag</source>
        <translation>Verzögerung der Ereignisschleife</translation>
    </message>
    <message>
        <source>GUI thread</source>
        <translation>GUI-Thread</translation>
    </message>
    <message>
        <source>Workers (worst)</source>
        <translation>Worker (Höchstwert)</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>In flight</source>
        <translation>Laufend</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Checks per second</source>
        <translation>Prüfungen pro Sekunde</translation>
    </message>
    <message>
        <source>Checks/s</source>
        <translation>Prüfungen/s</translation>
    </message>
    <message>
        <source>No samples yet</source>
        <translation>Noch keine Messwerte</translation>
    </message>
    <message>
        <source>GUI lag %1 ms</source>
        <translation>GUI-Verzögerung %1&#xa0;ms</translation>
    </message>
    <message>
        <source>worker lag %1 ms</source>
        <translation>Worker-Verzögerung %1&#xa0;ms</translation>
    </message>
    <message>
        <source>%1 in flight</source>
        <translation>%1 laufend</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1 wartend</translation>
    </message>
    <message>
        <source>%1 checks/s</source>
        <translation>%1 Prüfungen/s</translation>
    </message>
    <message>
        <source>%1 late checks</source>
        <translation>%1 verspätete Prüfungen</translation>
    </message>
    <message>
        <source>Saturated: needs %1 checks/s, does %2. Checks start late and missed ones are skipped; longer intervals or more agents would help.</source>
        <translation>Ausgelastet: benötigt %1 Prüfungen/s, schafft %2. Prüfungen starten verspätet, verpasste werden übersprungen; längere Intervalle oder mehr Agenten würden helfen.</translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message>
        <source>Usage: upwatch history export --out FILE.csv [--monitor ID|NAME] [--since ISO] [--until ISO]
</source>
        <translation>Aufruf: upwatch history export --out FILE.csv [--monitor ID|NAME] [--since ISO] [--until ISO]
</translation>
    </message>
    <message>
        <source>unknown history action &apos;%1&apos; (use export)</source>
        <translation>unbekannte Verlaufsaktion „%1“ (export verwenden)</translation>
    </message>
    <message>
        <source>Write raw check results as CSV (UTF-8, RFC 4180, timestamps in UTC):
timestamp,monitor_id,monitor_name,url,method,verdict,reason,http_status,response_ms,error</source>
        <translation>Rohergebnisse als CSV schreiben (UTF-8, RFC 4180, Zeitstempel in UTC):
timestamp,monitor_id,monitor_name,url,method,verdict,reason,http_status,response_ms,error</translation>
    </message>
    <message>
        <source>The CSV file to write, or - for stdout.</source>
        <translation>Die zu schreibende CSV-Datei oder - für die Standardausgabe.</translation>
    </message>
    <message>
        <source>Only this monitor; repeat for more.</source>
        <translation>Nur dieser Monitor; für mehrere wiederholen.</translation>
    </message>
    <message>
        <source>Only results from this time on (ISO 8601; UTC unless a zone is given).</source>
        <translation>Nur Ergebnisse ab diesem Zeitpunkt (ISO 8601; UTC, sofern keine Zeitzone angegeben ist).</translation>
    </message>
    <message>
        <source>Only results before this time.</source>
        <translation>Nur Ergebnisse vor diesem Zeitpunkt.</translation>
    </message>
    <message>
        <source>history export needs --out FILE.csv</source>
        <translation>history export erfordert --out FILE.csv</translation>
    </message>
    <message>
        <source>--%1 needs an ISO 8601 date or time such as 2026-11-21 or 2026-11-21T08:00:00Z, not &apos;%2&apos;</source>
        <translation>--%1 erfordert ein Datum oder eine Uhrzeit nach ISO 8601 wie 2026-11-21 oder 2026-11-21T08:00:00Z, nicht „%2“</translation>
    </message>
    <message>
        <source>cannot write to stdout</source>
        <translation>in die Standardausgabe kann nicht geschrieben werden</translation>
    </message>
    <message numerus="yes">
        <source>exported %n result(s) to %1</source>
        <translation>
            <numerusform>%n Ergebnis nach %1 exportiert</numerusform>
            <numerusform>%n Ergebnisse nach %1 exportiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HttpMethod</name>
    <message>
        <source>%1 or %2</source>
        <extracomment>A list of HTTP methods: &quot;GET, HEAD or POST&quot;.</extracomment>
        <translation>%1 oder %2</translation>
    </message>
</context>
<context>
    <name>ImportSecrets</name>
    <message>
        <source>--secrets-stdin needs a JSON object {&quot;monitor name&quot;: &quot;secret&quot;, ...} on standard input (%1)</source>
        <translation>--secrets-stdin erfordert ein JSON-Objekt {&quot;Monitorname&quot;: &quot;Geheimnis&quot;, ...} auf der Standardeingabe (%1)</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
    <message>
        <source>--secrets-stdin: the secret of &apos;%1&apos; must be a non-empty string</source>
        <translation>--secrets-stdin: Das Geheimnis für „%1“ muss eine nicht leere Zeichenkette sein</translation>
    </message>
    <message>
        <source>warning: --secrets-stdin names &apos;%1&apos;, which is not a monitor of the file</source>
        <translation>Warnung: --secrets-stdin nennt „%1“, aber die Datei enthält keinen Monitor dieses Namens</translation>
    </message>
    <message>
        <source>%1: --secrets-stdin gives a secret, but the monitor has no authentication</source>
        <translation>%1: --secrets-stdin gibt ein Geheimnis an, aber der Monitor hat keine Authentifizierung</translation>
    </message>
    <message>
        <source>%1: %2 (nothing was imported)</source>
        <translation>%1: %2 (es wurde nichts importiert)</translation>
    </message>
    <message>
        <source>%1: cannot store the %2 in %3: %4 (nothing was imported)</source>
        <translation>%1: Das Geheimnis (%2) kann nicht in %3 gespeichert werden: %4 (es wurde nichts importiert)</translation>
    </message>
    <message>
        <source>%1: its %2 is in %3</source>
        <translation>%1: Das Geheimnis (%2) liegt in %3</translation>
    </message>
    <message>
        <source>note: %1 needs its %2: import again with --secrets-stdin, or edit the monitor in the window</source>
        <translation>Hinweis: Der Monitor %1 benötigt sein Geheimnis (%2): Bitte erneut mit --secrets-stdin importieren oder den Monitor im Fenster bearbeiten</translation>
    </message>
</context>
<context>
    <name>IncidentList</name>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Ended %1</source>
        <translation>Beendet am %1</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>dauert an</translation>
    </message>
    <message>
        <source>For %1 so far</source>
        <translation>Bisher %1</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>Planned maintenance: no alerts, and left out of uptime</source>
        <translation>Geplante Wartung: keine Alarme, und nicht in der Verfügbarkeit berücksichtigt</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
</context>
<context>
    <name>JsonAssertionEditor</name>
    <message>
        <source>Pointer, operator and JSON value</source>
        <translation>Pointer, Operator und JSON-Wert</translation>
    </message>
    <message>
        <source>All must hold for the JSON body, e.g.
/status == &quot;ok&quot;
/queue/depth &lt; 100
/tags contains &quot;eu&quot;
/id exists
Operators: ==, !=, &lt;, &lt;=, &gt;, &gt;=, contains, matches, exists, !exists.</source>
        <translation>Alle müssen für den JSON-Inhalt zutreffen, z.&#xa0;B.
/status == &quot;ok&quot;
/queue/depth &lt; 100
/tags contains &quot;eu&quot;
/id exists
Operatoren: ==, !=, &lt;, &lt;=, &gt;, &gt;=, contains, matches, exists, !exists.</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>Hinzufü&amp;gen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Entfe&amp;rnen</translation>
    </message>
    <message>
        <source>Assertion %1: %2</source>
        <translation>Bedingung %1: %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Upwatch</source>
        <translation>Upwatch</translation>
    </message>
    <message>
        <source>Monitors</source>
        <translation>Monitore</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Export history…</source>
        <translation>&amp;Verlauf exportieren…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Monitor</source>
        <translation>&amp;Monitor</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Monitors</source>
        <translation>&amp;Monitore</translation>
    </message>
    <message>
        <source>&amp;Health</source>
        <translation>&amp;Zustand</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Upwatch</source>
        <translation>&amp;Über Upwatch</translation>
    </message>
    <message>
        <source>The database could not be opened.</source>
        <translation>Die Datenbank konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Alert &amp;channels</source>
        <translation>Alarm&amp;kanäle</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>No monitors yet — add one with Ctrl+N</source>
        <translation>Noch keine Monitore – mit Strg+N einen hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>%n monitor(s): %1</source>
        <translation>
            <numerusform>%n Monitor: %1</numerusform>
            <numerusform>%n Monitore: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Uptime report…</source>
        <translation>Verfügbarkeitsbe&amp;richt…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>Datenbank ö&amp;ffnen…</translation>
    </message>
</context>
<context>
    <name>MaintenanceActions</name>
    <message>
        <source>Maintenance &amp;windows…</source>
        <translation>Wartungsfe&amp;nster…</translation>
    </message>
    <message>
        <source>Plan &amp;maintenance…</source>
        <translation>W&amp;artung planen…</translation>
    </message>
    <message>
        <source>The planned maintenance windows: add, change or remove them</source>
        <translation>Die geplanten Wartungsfenster: hinzufügen, ändern oder entfernen</translation>
    </message>
    <message>
        <source>Plan a maintenance window for the selected monitors: no alerts, and left out of uptime</source>
        <translation>Ein Wartungsfenster für die ausgewählten Monitore planen: keine Alarme, und nicht in der Verfügbarkeit berücksichtigt</translation>
    </message>
    <message>
        <source>%1 maintenance</source>
        <translation>Wartung %1</translation>
    </message>
    <message>
        <source>Planned the maintenance window &apos;%1&apos;</source>
        <translation>Wartungsfenster „%1“ geplant</translation>
    </message>
</context>
<context>
    <name>MaintenanceCommand</name>
    <message>
        <source>all monitors</source>
        <translation>alle Monitore</translation>
    </message>
    <message>
        <source>monitor #%1</source>
        <translation>Monitor #%1</translation>
    </message>
    <message>
        <source>monitors %1</source>
        <translation>Monitore %1</translation>
    </message>
    <message>
        <source>tags %1</source>
        <translation>Tags %1</translation>
    </message>
    <message>
        <source>open until %1</source>
        <translation>aktiv bis %1</translation>
    </message>
    <message>
        <source>open</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>next %1</source>
        <translation>nächstes Mal %1</translation>
    </message>
    <message>
        <source>over</source>
        <translation>beendet</translation>
    </message>
    <message numerus="yes">
        <source>--monitor: there is no monitor with the id or name %1</source>
        <translation>
            <numerusform>--monitor: es gibt keinen Monitor mit der ID oder dem Namen %1</numerusform>
            <numerusform>--monitor: es gibt keine Monitore mit den IDs oder Namen %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan a maintenance window, once or every week. While it is open, the monitors it covers are still checked but show MAINTENANCE, raise no alert, and their checks are left out of uptime.</source>
        <translation>Ein Wartungsfenster planen, einmalig oder jede Woche. Solange es aktiv ist, werden die erfassten Monitore weiter geprüft, zeigen aber den Status Wartung (maintenance), lösen keinen Alarm aus, und ihre Prüfungen zählen nicht zur Verfügbarkeit.</translation>
    </message>
    <message>
        <source>over already: it ended %1</source>
        <translation>bereits vorbei: es endete %1</translation>
    </message>
    <message>
        <source>added maintenance window %1: %2, %3; %4</source>
        <translation>Wartungsfenster %1 hinzugefügt: %2, %3; %4</translation>
    </message>
    <message>
        <source>List the maintenance windows, open or not.</source>
        <translation>Die Wartungsfenster auflisten, ob aktiv oder nicht.</translation>
    </message>
    <message>
        <source>One JSON object per line instead of a table.</source>
        <translation>Ein JSON-Objekt pro Zeile statt einer Tabelle.</translation>
    </message>
    <message>
        <source>No maintenance windows yet. Plan one with &apos;upwatch maintenance add --name N --start ISO --end ISO&apos; or &apos;--weekly sun --at 02:00 --duration 2h&apos;.</source>
        <translation>Noch keine Wartungsfenster. Mit „upwatch maintenance add --name N --start ISO --end ISO“ oder „--weekly sun --at 02:00 --duration 2h“ eines planen.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>SCOPE</source>
        <translation>GILT FÜR</translation>
    </message>
    <message>
        <source>SCHEDULE</source>
        <translation>ZEITPLAN</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>Remove a maintenance window.</source>
        <translation>Ein Wartungsfenster entfernen.</translation>
    </message>
    <message>
        <source>The window&apos;s name, or its id (digits only). Put &apos;--&apos; before a name that starts with &apos;-&apos;.</source>
        <translation>Name des Fensters oder seine ID (nur Ziffern). Vor einen Namen, der mit „-“ beginnt, „--“ setzen.</translation>
    </message>
    <message>
        <source>maintenance remove needs one window id or name</source>
        <translation>maintenance remove erfordert genau eine Fenster-ID oder einen Fensternamen</translation>
    </message>
    <message>
        <source>removed maintenance window %1</source>
        <translation>Wartungsfenster %1 entfernt</translation>
    </message>
    <message>
        <source>Usage: upwatch maintenance &lt;add|list|remove&gt; [options]

  add --name N [--monitor ID|NAME]... [--tag T]... --start ISO --end ISO
                                   Plan a one-off window (see &apos;maintenance add --help&apos;).
  add --name N [same scope] --weekly mon,fri --at HH:MM --duration 2h
      [--time-zone Europe/Berlin]  Plan a weekly window.
  list [--json]                    List the windows and when they open.
  remove ID|NAME                   Remove a window.

Without --monitor and --tag a window covers every monitor.
Every action accepts --db PATH.
</source>
        <translation>Aufruf: upwatch maintenance &lt;add|list|remove&gt; [Optionen]

  add --name N [--monitor ID|NAME]... [--tag T]... --start ISO --end ISO
                                   Ein einmaliges Fenster planen (siehe
                                   „maintenance add --help“).
  add --name N [Bereich wie oben] --weekly mon,fri --at HH:MM --duration 2h
      [--time-zone Europe/Berlin]  Ein wöchentliches Fenster planen.
  list [--json]                    Die Fenster auflisten und wann sie beginnen.
  remove ID|NAME                   Ein Fenster entfernen.

Ohne --monitor und --tag gilt ein Fenster für alle Monitore.
Jede Aktion akzeptiert --db PATH.
</translation>
    </message>
    <message>
        <source>unknown maintenance action &apos;%1&apos; (use add, list or remove)</source>
        <translation>unbekannte Wartungsaktion „%1“ (add, list oder remove verwenden)</translation>
    </message>
</context>
<context>
    <name>MaintenanceDialog</name>
    <message>
        <source>Plan maintenance</source>
        <translation>Wartung planen</translation>
    </message>
    <message>
        <source>Edit maintenance window – %1</source>
        <translation>Wartungsfenster bearbeiten – %1</translation>
    </message>
    <message>
        <source>e.g. Nightly backup</source>
        <translation>z.&#xa0;B. Nächtliche Sicherung</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Gilt für</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>While it is open, its monitors are still checked and show Maintenance; no alert goes out, and the time is left out of uptime.</source>
        <translation>Solange es aktiv ist, werden seine Monitore weiter geprüft und zeigen „Wartung“; es werden keine Alarme gesendet, und die Zeit zählt nicht zur Verfügbarkeit.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Another maintenance window is already called &apos;%1&apos;. Choose a different name.</source>
        <translation>Es gibt bereits ein Wartungsfenster namens „%1“. Bitte einen anderen Namen wählen.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>The maintenance window was not saved: %1</source>
        <translation>Das Wartungsfenster wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>no reason was given.</source>
        <translation>Es wurde kein Grund angegeben.</translation>
    </message>
</context>
<context>
    <name>MaintenanceLine</name>
    <message>
        <source>In maintenance</source>
        <translation>In Wartung</translation>
    </message>
    <message>
        <source>In maintenance: %1 until %2</source>
        <translation>In Wartung: %1 bis %2</translation>
    </message>
    <message>
        <source>In maintenance: %1</source>
        <translation>In Wartung: %1</translation>
    </message>
    <message>
        <source>Checks go on, no alerts go out, and this time is left out of uptime.</source>
        <translation>Die Prüfungen laufen weiter, es werden keine Alarme gesendet, und diese Zeit zählt nicht zur Verfügbarkeit.</translation>
    </message>
</context>
<context>
    <name>MaintenanceListModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Gilt für</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>MaintenanceOptions</name>
    <message>
        <source>--time-zone: unknown time zone &apos;%1&apos; (use an IANA id such as Europe/Berlin)</source>
        <translation>--time-zone: unbekannte Zeitzone „%1“ (eine IANA-ID wie Europe/Berlin verwenden)</translation>
    </message>
    <message>
        <source>--at and --weekly make a weekly window; a one-off window takes --start with --end or --duration</source>
        <translation>--at und --weekly ergeben ein wöchentliches Fenster; ein einmaliges Fenster erfordert --start mit --end oder --duration</translation>
    </message>
    <message>
        <source>--start needs either --end or --duration</source>
        <translation>--start erfordert --end oder --duration</translation>
    </message>
    <message>
        <source>--start: %1</source>
        <translation>--start: %1</translation>
    </message>
    <message>
        <source>--end: %1</source>
        <translation>--end: %1</translation>
    </message>
    <message>
        <source>--duration: %1</source>
        <translation>--duration: %1</translation>
    </message>
    <message>
        <source>--end goes with --start; a weekly window takes --at and --duration</source>
        <translation>--end gehört zu --start; ein wöchentliches Fenster erfordert --at und --duration</translation>
    </message>
    <message>
        <source>--weekly needs --at HH:MM and --duration (such as 90m or 2h)</source>
        <translation>--weekly erfordert --at HH:MM und --duration (etwa 90m oder 2h)</translation>
    </message>
    <message>
        <source>--weekly: %1</source>
        <translation>--weekly: %1</translation>
    </message>
    <message>
        <source>--at: %1</source>
        <translation>--at: %1</translation>
    </message>
    <message>
        <source>Unique name of the window.</source>
        <translation>Eindeutiger Name des Fensters.</translation>
    </message>
    <message>
        <source>A monitor it covers (id or name); repeat for more. Without --monitor and --tag: every monitor.</source>
        <translation>Ein erfasster Monitor (ID oder Name); für mehrere wiederholen. Ohne --monitor und --tag: alle Monitore.</translation>
    </message>
    <message>
        <source>It covers every monitor with this tag; repeat for more.</source>
        <translation>Erfasst alle Monitore mit diesem Tag; für mehrere wiederholen.</translation>
    </message>
    <message>
        <source>A one-off window opens then (ISO 8601; local time unless it has an offset such as Z or +01:00).</source>
        <translation>Ein einmaliges Fenster beginnt zu diesem Zeitpunkt (ISO 8601; Ortszeit, sofern kein Offset wie Z oder +01:00 angegeben ist).</translation>
    </message>
    <message>
        <source>...and closes then.</source>
        <translation>...und endet zu diesem Zeitpunkt.</translation>
    </message>
    <message>
        <source>A weekly window opens on these days: mon,tue,... or ranges such as mon-fri, or daily, weekdays, weekend.</source>
        <translation>Ein wöchentliches Fenster beginnt an diesen Tagen: mon,tue,... oder Bereiche wie mon-fri, oder daily, weekdays, weekend.</translation>
    </message>
    <message>
        <source>...at this local time (HH:MM).</source>
        <translation>...zu dieser Ortszeit (HH:MM).</translation>
    </message>
    <message>
        <source>How long it stays open: 90m, 2h, 1h30m, 2d (a weekly window: at most a week; a one-off window: instead of --end).</source>
        <translation>Wie lange es aktiv bleibt: 90m, 2h, 1h30m, 2d (ein wöchentliches Fenster: höchstens eine Woche; ein einmaliges Fenster: statt --end).</translation>
    </message>
    <message>
        <source>The time zone of --at and of times without an offset, an IANA id such as Europe/Berlin (default: the system&apos;s, wherever Upwatch runs).</source>
        <translation>Die Zeitzone von --at und von Zeitangaben ohne Offset, eine IANA-ID wie Europe/Berlin (Standard: die des Systems, auf dem Upwatch läuft).</translation>
    </message>
    <message>
        <source>maintenance add needs --name</source>
        <translation>maintenance add erfordert --name</translation>
    </message>
    <message>
        <source>maintenance add needs --start with --end (a one-off window) or --weekly with --at and --duration</source>
        <translation>maintenance add erfordert --start mit --end (ein einmaliges Fenster) oder --weekly mit --at und --duration</translation>
    </message>
    <message>
        <source>unknown day &apos;%1&apos; (use mon, tue, wed, thu, fri, sat, sun, a range such as mon-fri, daily, weekdays or weekend)</source>
        <translation>unbekannter Tag „%1“ (mon, tue, wed, thu, fri, sat, sun, einen Bereich wie mon-fri, daily, weekdays oder weekend verwenden)</translation>
    </message>
    <message>
        <source>name at least one day, such as mon,wed or mon-fri</source>
        <translation>mindestens einen Tag angeben, etwa mon,wed oder mon-fri</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time of day from 00:00 to 23:59</source>
        <translation>„%1“ ist keine Uhrzeit von 00:00 bis 23:59</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 8601 date or time such as 2026-11-21T02:00 or 2026-11-21T02:00:00+01:00</source>
        <translation>„%1“ ist kein Datum und keine Uhrzeit nach ISO 8601 wie 2026-11-21T02:00 oder 2026-11-21T02:00:00+01:00</translation>
    </message>
    <message>
        <source>%1 does not exist in the time zone %2: the clocks skip it</source>
        <translation>%1 existiert in der Zeitzone %2 nicht: die Uhren überspringen diese Zeit</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>täglich</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>local time</source>
        <translation>Ortszeit</translation>
    </message>
    <message>
        <source>%1 %2 for %3 (%4)</source>
        <translation>%1 %2 für %3 (%4)</translation>
    </message>
</context>
<context>
    <name>MaintenanceScheduleEditor</name>
    <message>
        <source>&amp;Once</source>
        <translation>E&amp;inmalig</translation>
    </message>
    <message>
        <source>Every &amp;week</source>
        <translation>&amp;Wöchentlich</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>&amp;Ende:</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>An:</translation>
    </message>
    <message>
        <source>&amp;At:</source>
        <translation>&amp;Um:</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <source>%1 (this computer&apos;s)</source>
        <translation>%1 (dieser Computer)</translation>
    </message>
    <message>
        <source>The day and time are in this time zone; across a daylight-saving change the window opens at the same wall-clock time.</source>
        <translation>Tag und Uhrzeit gelten in dieser Zeitzone; bei einer Zeitumstellung beginnt das Fenster zur selben Uhrzeit.</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
</context>
<context>
    <name>MaintenanceScopeEditor</name>
    <message>
        <source>&amp;All monitors</source>
        <translation>&amp;Alle Monitore</translation>
    </message>
    <message>
        <source>Monitors with &amp;tags:</source>
        <translation>Monitore mit &amp;Tags:</translation>
    </message>
    <message>
        <source>C&amp;hosen monitors:</source>
        <translation>Ausgewählte &amp;Monitore:</translation>
    </message>
    <message>
        <source>Filter monitors</source>
        <translation>Monitore filtern</translation>
    </message>
    <message>
        <source>%1 (no monitor has it)</source>
        <translation>%1 (bei keinem Monitor vergeben)</translation>
    </message>
    <message>
        <source>Monitor %1 (deleted)</source>
        <translation>Monitor %1 (gelöscht)</translation>
    </message>
    <message>
        <source>%1
Tags: %2</source>
        <translation>%1
Tags: %2</translation>
    </message>
    <message>
        <source>Also covers the monitors tagged %1.</source>
        <translation>Erfasst auch die Monitore mit dem Tag %1.</translation>
    </message>
    <message>
        <source>No monitor has a tag yet: choose the monitors.</source>
        <translation>Noch kein Monitor hat ein Tag: bitte die Monitore auswählen.</translation>
    </message>
    <message>
        <source>Check at least one tag.</source>
        <translation>Mindestens ein Tag markieren.</translation>
    </message>
    <message>
        <source>Check at least one monitor.</source>
        <translation>Mindestens einen Monitor markieren.</translation>
    </message>
</context>
<context>
    <name>MaintenanceText</name>
    <message>
        <source>ddd d MMM</source>
        <extracomment>A day in maintenance window times: Qt date format (ddd weekday, d day, MMM month).</extracomment>
        <translation>ddd, d. MMM</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <extracomment>A day in another year in maintenance window times: Qt date format.</extracomment>
        <translation>ddd, d. MMM yyyy</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2–%3</source>
        <translation>%1 %2–%3</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>All monitors</source>
        <translation>Alle Monitore</translation>
    </message>
    <message>
        <source>monitor %1</source>
        <translation>Monitor %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiterer</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Tags: %1</translation>
    </message>
    <message>
        <source>tags: %1</source>
        <translation>Tags: %1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Once, %1</source>
        <translation>Einmalig, %1</translation>
    </message>
    <message>
        <source>Every %1 at %2 for %3</source>
        <translation>Jeden %1 um %2 für %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Open until %1</source>
        <translation>Aktiv bis %1</translation>
    </message>
    <message>
        <source>Next today %1</source>
        <translation>Nächstes Mal heute %1</translation>
    </message>
    <message>
        <source>Next %1 %2</source>
        <translation>Nächstes Mal %1 %2</translation>
    </message>
    <message>
        <source>Next %1</source>
        <translation>Nächstes Mal %1</translation>
    </message>
    <message>
        <source>It has ended: it will not open again.</source>
        <translation>Es ist beendet und wird nicht wieder aktiv.</translation>
    </message>
    <message>
        <source>Open now, and it stays open.</source>
        <translation>Jetzt aktiv, und es bleibt aktiv.</translation>
    </message>
    <message>
        <source>Open now until %1</source>
        <translation>Jetzt aktiv bis %1</translation>
    </message>
    <message>
        <source>Next: from %1</source>
        <translation>Nächstes Mal: ab %1</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Nächstes Mal: %1</translation>
    </message>
</context>
<context>
    <name>MaintenanceWindow</name>
    <message>
        <source>the maintenance window has no name</source>
        <translation>das Wartungsfenster hat keinen Namen</translation>
    </message>
    <message>
        <source>the maintenance window &apos;%1&apos; names the monitor id %2, which no monitor can have</source>
        <translation>das Wartungsfenster „%1“ nennt die Monitor-ID %2, die kein Monitor haben kann</translation>
    </message>
    <message>
        <source>the maintenance window &apos;%1&apos; has no start time</source>
        <translation>das Wartungsfenster „%1“ hat keine Startzeit</translation>
    </message>
    <message>
        <source>the maintenance window &apos;%1&apos; has no end time</source>
        <translation>das Wartungsfenster „%1“ hat keine Endzeit</translation>
    </message>
    <message>
        <source>the maintenance window &apos;%1&apos; ends at %2, which is not after its start at %3</source>
        <translation>das Wartungsfenster „%1“ endet am %2, also nicht nach seinem Beginn am %3</translation>
    </message>
    <message>
        <source>the weekly maintenance window &apos;%1&apos; needs at least one weekday, Monday to Sunday</source>
        <translation>das wöchentliche Wartungsfenster „%1“ erfordert mindestens einen Wochentag, Montag bis Sonntag</translation>
    </message>
    <message>
        <source>the weekly maintenance window &apos;%1&apos; must open between 00:00 and 23:59</source>
        <translation>das wöchentliche Wartungsfenster „%1“ muss zwischen 00:00 und 23:59 beginnen</translation>
    </message>
    <message numerus="yes">
        <source>the weekly maintenance window &apos;%1&apos; must last from 1 minute to one week, not %n minute(s)</source>
        <translation>
            <numerusform>das wöchentliche Wartungsfenster „%1“ muss zwischen 1 Minute und einer Woche dauern, nicht %n Minute</numerusform>
            <numerusform>das wöchentliche Wartungsfenster „%1“ muss zwischen 1 Minute und einer Woche dauern, nicht %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>the time zone &apos;%1&apos; is unknown: use an IANA id such as Europe/Berlin</source>
        <translation>die Zeitzone „%1“ ist unbekannt: eine IANA-ID wie Europe/Berlin verwenden</translation>
    </message>
</context>
<context>
    <name>MaintenanceWindowsDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Maintenance windows</source>
        <translation>Wartungsfenster</translation>
    </message>
    <message>
        <source>No maintenance windows. Plan one so that planned work raises no alerts and stays out of uptime.

Click Add… to plan one.</source>
        <translation>Keine Wartungsfenster. Eines planen, damit geplante Arbeiten keine Alarme auslösen und nicht zur Verfügbarkeit zählen.

Zum Planen auf „Hinzufügen…“ klicken.</translation>
    </message>
    <message>
        <source>While a window is open, its monitors are still checked and show Maintenance, no alert goes out, and the time is left out of uptime. Changes are saved at once.</source>
        <translation>Solange ein Fenster aktiv ist, werden seine Monitore weiter geprüft und zeigen „Wartung“, es werden keine Alarme gesendet, und die Zeit zählt nicht zur Verfügbarkeit. Änderungen werden sofort gespeichert.</translation>
    </message>
    <message>
        <source>Saved the maintenance window &apos;%1&apos;.</source>
        <translation>Wartungsfenster „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Remove maintenance window</source>
        <translation>Wartungsfenster entfernen</translation>
    </message>
    <message>
        <source>Remove the maintenance window &apos;%1&apos;? Its monitors raise alerts again at the times it covered; the maintenance already recorded stays in their history.</source>
        <translation>Wartungsfenster „%1“ entfernen? Seine Monitore lösen zu den erfassten Zeiten wieder Alarme aus; bereits erfasste Wartung bleibt in ihrem Verlauf.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>The maintenance window &apos;%1&apos; was not removed: %2</source>
        <translation>Das Wartungsfenster „%1“ wurde nicht entfernt: %2</translation>
    </message>
    <message>
        <source>Removed the maintenance window &apos;%1&apos;.</source>
        <translation>Wartungsfenster „%1“ entfernt.</translation>
    </message>
</context>
<context>
    <name>MetricsOptions</name>
    <message>
        <source>Serve Prometheus metrics on http://ADDR:P/metrics and a health check on /health (1 to 65535). A bearer token is required when %1 is set (or, on an address other than loopback, when the keychain or the secrets file holds &quot;%2&quot;).</source>
        <translation>Prometheus-Metriken unter http://ADDR:P/metrics und eine Zustandsprüfung unter /health bereitstellen (1 bis 65535). Ein Bearer-Token ist erforderlich, wenn %1 gesetzt ist (oder, bei einer anderen Adresse als Loopback, wenn der Schlüsselbund oder die Geheimnisdatei „%2“ enthält).</translation>
    </message>
    <message>
        <source>The IP address the metrics endpoint listens on (default 127.0.0.1; 0.0.0.0 or :: for every interface).</source>
        <translation>IP-Adresse, auf der der Metrik-Endpunkt lauscht (Standard 127.0.0.1; 0.0.0.0 oder :: für alle Schnittstellen).</translation>
    </message>
    <message>
        <source>--metrics-bind needs --metrics-port</source>
        <translation>--metrics-bind erfordert --metrics-port</translation>
    </message>
    <message>
        <source>--metrics-bind: &apos;%1&apos; is not an IP address (such as 127.0.0.1, ::1 or 0.0.0.0)</source>
        <translation>--metrics-bind: „%1“ ist keine IP-Adresse (wie 127.0.0.1, ::1 oder 0.0.0.0)</translation>
    </message>
    <message>
        <source>--metrics-port needs a port number from 1 to 65535, not &apos;%1&apos;</source>
        <translation>--metrics-port erfordert eine Portnummer von 1 bis 65535, nicht „%1“</translation>
    </message>
</context>
<context>
    <name>MetricsSettingsPage</name>
    <message>
        <source>&amp;Serve metrics for Prometheus and a health check</source>
        <translation>Metriken für Prometheus und eine Zustandsprüfung &amp;bereitstellen</translation>
    </message>
    <message>
        <source>127.0.0.1 or ::1: this computer only; 0.0.0.0 or ::: every network interface</source>
        <translation>127.0.0.1 oder ::1: nur dieser Computer; 0.0.0.0 oder ::: alle Netzwerkschnittstellen</translation>
    </message>
    <message>
        <source>Anyone who can reach this address can read the metrics, unless a bearer token is set: UPWATCH_METRICS_TOKEN in the environment, or &quot;metrics-token&quot; in the keychain.</source>
        <translation>Wer diese Adresse erreichen kann, kann die Metriken lesen, sofern kein Bearer-Token gesetzt ist: UPWATCH_METRICS_TOKEN in der Umgebung oder „metrics-token“ im Schlüsselbund.</translation>
    </message>
    <message>
        <source>Prometheus scrapes /metrics: every monitor&apos;s state, response times and checks, and the engine&apos;s health. /health answers with the app&apos;s own status as JSON.</source>
        <translation>Prometheus ruft /metrics ab: Status, Antwortzeiten und Prüfungen jedes Monitors sowie den Zustand der Prüf-Engine. /health liefert den Zustand der Anwendung selbst als JSON.</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>A&amp;dresse:</translation>
    </message>
    <message>
        <source>Scrape URL:</source>
        <translation>Abruf-URL:</translation>
    </message>
    <message>
        <source>The metrics address must be an IP address, such as 127.0.0.1, ::1 or 0.0.0.0.</source>
        <translation>Die Metrik-Adresse muss eine IP-Adresse sein, etwa 127.0.0.1, ::1 oder 0.0.0.0.</translation>
    </message>
    <message>
        <source>The metrics server is not running: %1</source>
        <translation>Der Metrik-Server läuft nicht: %1</translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation>Lauscht auf %1</translation>
    </message>
    <message>
        <source>The metrics server is off.</source>
        <translation>Der Metrik-Server ist ausgeschaltet.</translation>
    </message>
</context>
<context>
    <name>MonitorActions</name>
    <message>
        <source>&amp;Add monitor…</source>
        <translation>Monitor &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation>&amp;Duplizieren…</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Check now</source>
        <translation>&amp;Jetzt prüfen</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Copy &amp;URL</source>
        <translation>&amp;URL kopieren</translation>
    </message>
    <message>
        <source>&amp;Open in browser</source>
        <translation>Im Br&amp;owser öffnen</translation>
    </message>
    <message>
        <source>Add a monitor</source>
        <translation>Einen Monitor hinzufügen</translation>
    </message>
    <message>
        <source>Delete the selected monitors and their history</source>
        <translation>Die ausgewählten Monitore und ihren Verlauf löschen</translation>
    </message>
    <message>
        <source>Check the selected monitors now</source>
        <translation>Die ausgewählten Monitore jetzt prüfen</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>%1 hinzugefügt</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1 (Kopie %2)</translation>
    </message>
    <message>
        <source>Pausing %1…</source>
        <translation>%1 wird pausiert…</translation>
    </message>
    <message>
        <source>Resuming %1…</source>
        <translation>%1 wird fortgesetzt…</translation>
    </message>
    <message numerus="yes">
        <source>Pausing %n monitor(s)…</source>
        <translation>
            <numerusform>%n Monitor wird pausiert…</numerusform>
            <numerusform>%n Monitore werden pausiert…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resuming %n monitor(s)…</source>
        <translation>
            <numerusform>%n Monitor wird fortgesetzt…</numerusform>
            <numerusform>%n Monitore werden fortgesetzt…</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused %1</source>
        <translation>%1 pausiert</translation>
    </message>
    <message>
        <source>Resumed %1</source>
        <translation>%1 fortgesetzt</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n monitor(s)…</source>
        <translation>
            <numerusform>%n Monitor wird geprüft…</numerusform>
            <numerusform>%n Monitore werden geprüft…</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
    <message>
        <source>Checks done</source>
        <translation>Prüfungen abgeschlossen</translation>
    </message>
    <message>
        <source>up</source>
        <translation>verfügbar</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>beeinträchtigt</translation>
    </message>
    <message>
        <source>down</source>
        <translation>ausgefallen</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Checked %1: %2</source>
        <translation>%1 geprüft: %2</translation>
    </message>
    <message>
        <source>Delete the monitor “%1” and all its history?</source>
        <translation>Den Monitor „%1“ und seinen gesamten Verlauf löschen?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n monitor(s) and all their history?</source>
        <translation>
            <numerusform>%n Monitor und seinen gesamten Verlauf löschen?</numerusform>
            <numerusform>%n Monitore und ihren gesamten Verlauf löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete monitors</source>
        <translation>Monitore löschen</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n result(s) to %1</source>
        <translation>
            <numerusform>%n Ergebnis nach %1 exportiert</numerusform>
            <numerusform>%n Ergebnisse nach %1 exportiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonitorAuth</name>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>HTTP Basic</source>
        <translation>HTTP Basic</translation>
    </message>
    <message>
        <source>password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer-Token</translation>
    </message>
    <message>
        <source>token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Secret header</source>
        <translation>Geheimer Header</translation>
    </message>
    <message>
        <source>header value</source>
        <translation>Header-Wert</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>Client-Zertifikat</translation>
    </message>
    <message>
        <source>key passphrase</source>
        <translation>Schlüssel-Passphrase</translation>
    </message>
    <message>
        <source>OAuth2 client credentials</source>
        <translation>OAuth2-Client-Credentials</translation>
    </message>
    <message>
        <source>client secret</source>
        <translation>Client-Geheimnis</translation>
    </message>
    <message>
        <source>the %1 file is missing</source>
        <translation>die Datei %1 fehlt</translation>
    </message>
    <message>
        <source>the %1 file %2 does not exist</source>
        <translation>die Datei %1 (%2) existiert nicht</translation>
    </message>
    <message>
        <source>the %1 file %2 is not a file</source>
        <translation>die Datei %1 (%2) ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>the %1 file %2 cannot be read</source>
        <translation>die Datei %1 (%2) kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>HTTP Basic authentication needs a user name</source>
        <translation>HTTP Basic erfordert einen Benutzernamen</translation>
    </message>
    <message>
        <source>the user name cannot contain &apos;:&apos;</source>
        <translation>der Benutzername darf kein „:“ enthalten</translation>
    </message>
    <message>
        <source>the user name cannot contain control characters</source>
        <translation>der Benutzername darf keine Steuerzeichen enthalten</translation>
    </message>
    <message>
        <source>a secret header needs a header name</source>
        <translation>ein geheimer Header erfordert einen Header-Namen</translation>
    </message>
    <message>
        <source>a client certificate needs a certificate file and a key file</source>
        <translation>ein Client-Zertifikat erfordert eine Zertifikatsdatei und eine Schlüsseldatei</translation>
    </message>
    <message>
        <source>the certificate and key files need absolute paths</source>
        <translation>die Zertifikats- und die Schlüsseldatei erfordern absolute Pfade</translation>
    </message>
    <message>
        <source>OAuth2 needs a token URL</source>
        <translation>OAuth2 erfordert eine Token-URL</translation>
    </message>
    <message>
        <source>the token URL cannot be used: %1</source>
        <translation>die Token-URL kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>the token URL cannot hold a user or password (the client id and secret are sent for it)</source>
        <translation>die Token-URL darf keinen Benutzer und kein Passwort enthalten (dafür werden Client-ID und Client-Geheimnis gesendet)</translation>
    </message>
    <message>
        <source>OAuth2 needs a client id</source>
        <translation>OAuth2 erfordert eine Client-ID</translation>
    </message>
    <message>
        <source>the client id and scope cannot contain control characters</source>
        <translation>die Client-ID und der Scope dürfen keine Steuerzeichen enthalten</translation>
    </message>
    <message>
        <source>client certificate</source>
        <translation>des Client-Zertifikats</translation>
    </message>
    <message>
        <source>private key</source>
        <translation>des privaten Schlüssels</translation>
    </message>
    <message>
        <source>&quot;kind&quot; must be one of none, basic, bearer, header, client_cert, oauth2</source>
        <translation>&quot;kind&quot; muss einer der Werte none, basic, bearer, header, client_cert, oauth2 sein</translation>
    </message>
    <message>
        <source>unknown authentication kind &quot;%1&quot; (use none, basic, bearer, header, client_cert or oauth2)</source>
        <translation>unbekanntes Authentifizierungsverfahren „%1“ (none, basic, bearer, header, client_cert oder oauth2 verwenden)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of %2 authentication</source>
        <translation>&quot;%1&quot; ist kein Feld der Authentifizierung %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation>&quot;%1&quot; muss eine Zeichenkette sein</translation>
    </message>
</context>
<context>
    <name>MonitorCommand</name>
    <message>
        <source>Add a monitor to the database.</source>
        <translation>Einen Monitor zur Datenbank hinzufügen.</translation>
    </message>
    <message>
        <source>Unique name of the monitor.</source>
        <translation>Eindeutiger Name des Monitors.</translation>
    </message>
    <message>
        <source>http:// or https:// URL to check.</source>
        <translation>Zu prüfende URL mit http:// oder https://.</translation>
    </message>
    <message>
        <source>Seconds between checks (default 60).</source>
        <translation>Sekunden zwischen den Prüfungen (Standard 60).</translation>
    </message>
    <message>
        <source>Failed checks tolerated before DOWN (default 0).</source>
        <translation>Tolerierte fehlgeschlagene Prüfungen, bevor der Monitor als ausgefallen (down) gilt (Standard 0).</translation>
    </message>
    <message>
        <source>Good checks needed before UP again (default 1).</source>
        <translation>Nötige erfolgreiche Prüfungen, bis er wieder als verfügbar (up) gilt (Standard 1).</translation>
    </message>
    <message>
        <source>Monitor (id or name) this one depends on: while it is down, this one raises no alert of its own.</source>
        <translation>Monitor (ID oder Name), von dem dieser abhängt: Solange er ausgefallen ist, löst dieser keinen eigenen Alarm aus.</translation>
    </message>
    <message>
        <source>A tag; repeat for more.</source>
        <translation>Ein Tag; für mehrere wiederholen.</translation>
    </message>
    <message>
        <source>Add it paused.</source>
        <translation>Pausiert hinzufügen.</translation>
    </message>
    <message>
        <source>Keep secrets in DB.secrets (mode 0600) beside the database instead of the OS keychain: for a server without one. Used from then on.</source>
        <translation>Geheimnisse in DB.secrets (Modus 0600) neben der Datenbank statt im Schlüsselbund des Systems aufbewahren: für einen Server ohne Schlüsselbund. Danach wird immer diese Datei verwendet.</translation>
    </message>
    <message>
        <source>monitor add needs --name and --url</source>
        <translation>monitor add erfordert --name und --url</translation>
    </message>
    <message>
        <source>--name: %1</source>
        <translation>--name: %1</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>failed checks</source>
        <translation>fehlgeschlagene Prüfungen</translation>
    </message>
    <message>
        <source>good checks</source>
        <translation>erfolgreiche Prüfungen</translation>
    </message>
    <message>
        <source>--parent: %1</source>
        <translation>--parent: %1</translation>
    </message>
    <message>
        <source>cannot store the %1 in %2: %3</source>
        <translation>das Geheimnis (%1) kann nicht in %2 gespeichert werden: %3</translation>
    </message>
    <message>
        <source>added monitor %1</source>
        <translation>Monitor %1 hinzugefügt</translation>
    </message>
    <message>
        <source>its %1 is in %2</source>
        <translation>das Geheimnis (%1) liegt in %2</translation>
    </message>
    <message>
        <source>List the monitors with their state and last check.</source>
        <translation>Die Monitore mit Status und letzter Prüfung auflisten.</translation>
    </message>
    <message>
        <source>One JSON object per line instead of a table.</source>
        <translation>Ein JSON-Objekt pro Zeile statt einer Tabelle.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>INTERVAL</source>
        <translation>INTERVALL</translation>
    </message>
    <message>
        <source>LAST CHECK</source>
        <translation>LETZTE PRÜFUNG</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>METHODE</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>No monitors yet. Add one with &apos;upwatch monitor add --name NAME --url URL&apos;.</source>
        <translation>Noch keine Monitore. Mit „upwatch monitor add --name NAME --url URL“ einen hinzufügen.</translation>
    </message>
    <message>
        <source>Remove a monitor and its history.</source>
        <translation>Einen Monitor und seinen Verlauf löschen.</translation>
    </message>
    <message>
        <source>Stop checking a monitor.</source>
        <translation>Einen Monitor nicht mehr prüfen.</translation>
    </message>
    <message>
        <source>Check a paused monitor again.</source>
        <translation>Einen pausierten Monitor wieder prüfen.</translation>
    </message>
    <message>
        <source>The monitor&apos;s name, or its id (digits only). Put &apos;--&apos; before a name that starts with &apos;-&apos;.</source>
        <translation>Name des Monitors oder seine ID (nur Ziffern). Vor einen Namen, der mit „-“ beginnt, „--“ setzen.</translation>
    </message>
    <message>
        <source>monitor %1 needs one monitor id or name</source>
        <translation>monitor %1 erfordert genau eine Monitor-ID oder einen Monitornamen</translation>
    </message>
    <message>
        <source>warning: the monitor is removed, but its %1 could not be removed from %2: %3</source>
        <translation>Warnung: Der Monitor ist gelöscht, aber sein Geheimnis (%1) konnte nicht aus %2 entfernt werden: %3</translation>
    </message>
    <message>
        <source>removed monitor %1</source>
        <translation>Monitor %1 gelöscht</translation>
    </message>
    <message>
        <source>paused monitor %1</source>
        <translation>Monitor %1 pausiert</translation>
    </message>
    <message>
        <source>resumed monitor %1</source>
        <translation>Monitor %1 fortgesetzt</translation>
    </message>
    <message>
        <source>Usage: upwatch monitor &lt;add|list|remove|pause|resume|mute|unmute&gt; [options]

  add --name N --url U [options]   Add a monitor (see &apos;monitor add --help&apos;).
  list [--json]                    List monitors with state and last check.
  remove ID|NAME                   Remove a monitor and its history.
  pause ID|NAME                    Stop checking a monitor.
  resume ID|NAME                   Check a paused monitor again.
  mute ID|NAME [--for D]           Drop its alerts (until unmuted, for a while,
                                   or --until-morning).
  unmute ID|NAME                   Send its alerts again.

Every action accepts --db PATH.
</source>
        <translation>Aufruf: upwatch monitor &lt;add|list|remove|pause|resume|mute|unmute&gt; [Optionen]

  add --name N --url U [Optionen]  Monitor hinzufügen (siehe
                                   „monitor add --help“).
  list [--json]                    Monitore mit Status und letzter Prüfung
                                   auflisten.
  remove ID|NAME                   Monitor und seinen Verlauf löschen.
  pause ID|NAME                    Monitor nicht mehr prüfen.
  resume ID|NAME                   Pausierten Monitor wieder prüfen.
  mute ID|NAME [--for D]           Seine Alarme stummschalten (bis zum Aufheben,
                                   eine Weile oder --until-morning).
  unmute ID|NAME                   Seine Alarme wieder senden.

Jede Aktion akzeptiert --db PATH.
</translation>
    </message>
    <message>
        <source>unknown monitor action &apos;%1&apos; (use add, list, remove, pause, resume, mute or unmute)</source>
        <translation>unbekannte Monitor-Aktion „%1“ (add, list, remove, pause, resume, mute oder unmute verwenden)</translation>
    </message>
    <message>
        <source>Check it from this many agent locations at once (default 1).</source>
        <translation>Von so vielen Agenten-Standorten gleichzeitig prüfen (Standard 1).</translation>
    </message>
    <message>
        <source>DOWN only when at least this many locations see it down (default 1).</source>
        <translation>Erst dann ausgefallen (down), wenn mindestens so viele Standorte einen Ausfall sehen (Standard 1).</translation>
    </message>
    <message>
        <source>locations</source>
        <translation>Standorte</translation>
    </message>
    <message>
        <source>--quorum %1 is more than the %2 locations it is checked from: raise --locations</source>
        <translation>--quorum %1 ist größer als die %2 Standorte, von denen aus geprüft wird: --locations erhöhen</translation>
    </message>
</context>
<context>
    <name>MonitorDialog</name>
    <message>
        <source>Add monitor</source>
        <translation>Monitor hinzufügen</translation>
    </message>
    <message>
        <source>Edit monitor – %1</source>
        <translation>Monitor bearbeiten – %1</translation>
    </message>
    <message>
        <source>e.g. Shop front page</source>
        <translation>z.&#xa0;B. Startseite des Shops</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>The password will be moved to the keychain when you save.</source>
        <translation>Das Passwort wird beim Speichern in den Schlüsselbund verschoben.</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>&amp;Anfrage</translation>
    </message>
    <message>
        <source>&amp;Checks</source>
        <translation>&amp;Prüfungen</translation>
    </message>
    <message>
        <source>&amp;Alerting</source>
        <translation>A&amp;larmierung</translation>
    </message>
    <message>
        <source>Auth&amp;entication</source>
        <translation>Authentifi&amp;zierung</translation>
    </message>
    <message>
        <source>&amp;Test now</source>
        <translation>Jetzt &amp;testen</translation>
    </message>
    <message>
        <source>Check the monitor once, as entered, and show the result.</source>
        <translation>Den Monitor einmal mit den eingegebenen Werten prüfen und das Ergebnis anzeigen.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Methode:</translation>
    </message>
    <message>
        <source>One per line, e.g.
Accept: application/json</source>
        <translation>Einer pro Zeile, z.&#xa0;B.
Accept: application/json</translation>
    </message>
    <message>
        <source>&amp;Headers:</source>
        <translation>&amp;Header:</translation>
    </message>
    <message>
        <source>Sent with POST, PUT, PATCH and DELETE requests</source>
        <translation>Wird bei POST-, PUT-, PATCH- und DELETE-Anfragen gesendet</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>&amp;Inhalt:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How often the monitor is checked.</source>
        <translation>Wie oft der Monitor geprüft wird.</translation>
    </message>
    <message>
        <source>Check &amp;every:</source>
        <translation>Prüfinter&amp;vall:</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>The deadline for the whole check, redirects included.</source>
        <translation>Die Frist für die gesamte Prüfung, Weiterleitungen eingeschlossen.</translation>
    </message>
    <message>
        <source>Time&amp;out:</source>
        <translation>Zeitli&amp;mit:</translation>
    </message>
    <message>
        <source>HTTP status codes and ranges that count as up.</source>
        <translation>HTTP-Statuscodes und -Bereiche, die als verfügbar gelten.</translation>
    </message>
    <message>
        <source>Expected &amp;statuses:</source>
        <translation>Erwartete Status&amp;codes:</translation>
    </message>
    <message>
        <source>Optional text the response must contain</source>
        <translation>Optionaler Text, den die Antwort enthalten muss</translation>
    </message>
    <message>
        <source>&amp;Fail when found</source>
        <translation>&amp;Fehlschlagen, wenn gefunden</translation>
    </message>
    <message>
        <source>Regular e&amp;xpression</source>
        <translation>Regulärer Aus&amp;druck</translation>
    </message>
    <message>
        <source>&amp;Keyword:</source>
        <translation>Schlüssel&amp;wort:</translation>
    </message>
    <message>
        <source>&amp;JSON assertions:</source>
        <translation>&amp;JSON-Bedingungen:</translation>
    </message>
    <message>
        <source>Do not follow</source>
        <translation>Nicht folgen</translation>
    </message>
    <message>
        <source>Ma&amp;ximum redirects:</source>
        <translation>Ma&amp;ximale Weiterleitungen:</translation>
    </message>
    <message>
        <source>&amp;Ignore TLS certificate errors</source>
        <translation>TLS-Zertifikatsfehler &amp;ignorieren</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Responses slower than this count as degraded.</source>
        <translation>Langsamere Antworten gelten als beeinträchtigt.</translation>
    </message>
    <message>
        <source>&amp;Degraded above:</source>
        <translation>&amp;Beeinträchtigt ab:</translation>
    </message>
    <message>
        <source> KiB</source>
        <translation> KiB</translation>
    </message>
    <message>
        <source>How much of the response body is read and searched for the keyword; the rest is not downloaded.</source>
        <translation>Wie viel vom Antwortinhalt gelesen und nach dem Schlüsselwort durchsucht wird; der Rest wird nicht heruntergeladen.</translation>
    </message>
    <message>
        <source>Read at &amp;most:</source>
        <translation>&amp;Höchstens lesen:</translation>
    </message>
    <message>
        <source>Failed checks tolerated before the monitor is down.</source>
        <translation>Fehlgeschlagene Prüfungen, die toleriert werden, bevor der Monitor als ausgefallen gilt.</translation>
    </message>
    <message>
        <source>Retr&amp;ies:</source>
        <translation>Wieder&amp;holungen:</translation>
    </message>
    <message>
        <source>Successful checks needed before the monitor is up again.</source>
        <translation>Erfolgreiche Prüfungen, die nötig sind, bevor der Monitor wieder als verfügbar gilt.</translation>
    </message>
    <message>
        <source>Reco&amp;very checks:</source>
        <translation>Prüfungen zur &amp;Wiederherstellung:</translation>
    </message>
    <message>
        <source>While the parent is down, this monitor is shown as unreachable instead of raising its own alert.</source>
        <translation>Solange der übergeordnete Monitor ausgefallen ist, wird dieser Monitor als nicht erreichbar angezeigt, statt selbst Alarm auszulösen.</translation>
    </message>
    <message>
        <source>&amp;Parent:</source>
        <translation>Ü&amp;bergeordneter Monitor:</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. production, web</source>
        <translation>Durch Kommas getrennt, z.&#xa0;B. production, web</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Ta&amp;gs:</translation>
    </message>
    <message>
        <source>Pa&amp;used (not checked)</source>
        <translation>Pausi&amp;ert (nicht geprüft)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>Unknown monitor (id %1)</source>
        <translation>Unbekannter Monitor (ID %1)</translation>
    </message>
    <message>
        <source>Another monitor is already called &apos;%1&apos;. Choose a different name.</source>
        <translation>Es gibt bereits einen Monitor namens „%1“. Bitte einen anderen Namen wählen.</translation>
    </message>
    <message>
        <source>Enter a name for the monitor.</source>
        <translation>Bitte einen Namen für den Monitor eingeben.</translation>
    </message>
    <message>
        <source>remove the password from the URL: the monitor authenticates with %1</source>
        <translation>das Passwort aus der URL entfernen: Der Monitor authentifiziert sich mit %1</translation>
    </message>
    <message>
        <source>Write codes and ranges like 200-299,301.</source>
        <translation>Codes und Bereiche wie 200-299,301 angeben.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <source>Where agents in several locations share the database, this many of them check the monitor at each interval. One computer alone checks from one location.</source>
        <translation>Wenn sich Agenten an mehreren Standorten die Datenbank teilen, prüfen so viele von ihnen den Monitor in jedem Intervall. Ein einzelner Computer prüft von einem Standort aus.</translation>
    </message>
    <message>
        <source>Check from &amp;locations:</source>
        <translation>Prüf&amp;standorte:</translation>
    </message>
    <message>
        <source>The monitor is down only when at least this many locations see it down, so that one location&apos;s own network trouble raises no alarm. When fewer locations report, all of those that do must see it down.</source>
        <translation>Der Monitor gilt erst als ausgefallen, wenn mindestens so viele Standorte einen Ausfall sehen, damit Netzwerkprobleme eines einzelnen Standorts keinen Alarm auslösen. Melden weniger Standorte, müssen alle meldenden einen Ausfall sehen.</translation>
    </message>
    <message>
        <source>Do&amp;wn from at least:</source>
        <translation>Ausgefallen ab &amp;mindestens:</translation>
    </message>
</context>
<context>
    <name>MonitorFilterBar</name>
    <message>
        <source>Search name, URL or tag</source>
        <translation>Name, URL oder Tag suchen</translation>
    </message>
    <message>
        <source>Esc clears the search</source>
        <translation>Esc leert die Suche</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Show only monitors in this state (Down includes unreachable)</source>
        <translation>Nur Monitore mit diesem Status anzeigen („Ausgefallen“ schließt „Nicht erreichbar“ ein)</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alle Tags</translation>
    </message>
</context>
<context>
    <name>MonitorInput</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>A keyword needs a response body: use another method than HEAD.</source>
        <translation>Ein Schlüsselwort erfordert einen Antwortinhalt: Bitte eine andere Methode als HEAD verwenden.</translation>
    </message>
    <message>
        <source>, HTTP %1 in %2 ms</source>
        <translation>, HTTP %1 in %2&#xa0;ms</translation>
    </message>
    <message>
        <source>, HTTP %1</source>
        <translation>, HTTP %1</translation>
    </message>
    <message>
        <source> after %1 ms</source>
        <translation> nach %1&#xa0;ms</translation>
    </message>
</context>
<context>
    <name>MonitorListArea</name>
    <message>
        <source>No monitors yet</source>
        <translation>Noch keine Monitore</translation>
    </message>
    <message>
        <source>Add a website or an API to watch. Upwatch checks it at once, keeps its history and tells you when it goes down.</source>
        <translation>Eine Website oder eine API zur Überwachung hinzufügen. Upwatch prüft sie sofort, speichert ihren Verlauf und meldet, wenn sie ausfällt.</translation>
    </message>
    <message>
        <source>Add monitor…</source>
        <translation>Monitor hinzufügen…</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>No monitor matches the state and tag filters.</source>
        <translation>Kein Monitor entspricht den Status- und Tag-Filtern.</translation>
    </message>
    <message>
        <source>No monitor matches “%1”.</source>
        <translation>Kein Monitor entspricht „%1“.</translation>
    </message>
</context>
<context>
    <name>MonitorTableModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 of %2 checks up in the last 24 hours</source>
        <translation>%1 von %2 Prüfungen in den letzten 24 Stunden erfolgreich</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Last check</source>
        <translation>Letzte Prüfung</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Antwortzeit</translation>
    </message>
    <message>
        <source>Uptime 24 h</source>
        <translation>Verfügbarkeit 24&#xa0;h</translation>
    </message>
    <message>
        <source>Recent checks</source>
        <translation>Letzte Prüfungen</translation>
    </message>
</context>
<context>
    <name>MonitorTester</name>
    <message>
        <source>The stored %1 cannot be read: no secret store.</source>
        <translation>Der gespeicherte Wert (%1) kann nicht gelesen werden: Kein Geheimnisspeicher verfügbar.</translation>
    </message>
</context>
<context>
    <name>MonitorValidator</name>
    <message>
        <source>malformed URL: %1</source>
        <translation>ungültige URL: %1</translation>
    </message>
    <message>
        <source>URL &apos;%1&apos; has no scheme: start it with http:// or https://</source>
        <translation>die URL „%1“ hat kein Schema: Bitte mit http:// oder https:// beginnen</translation>
    </message>
    <message>
        <source>unsupported scheme &apos;%1&apos; in &apos;%2&apos;: only http and https URLs can be checked</source>
        <translation>nicht unterstütztes Schema „%1“ in „%2“: Nur URLs mit http und https können geprüft werden</translation>
    </message>
    <message>
        <source>URL &apos;%1&apos; has no host</source>
        <translation>die URL „%1“ enthält keinen Host</translation>
    </message>
    <message>
        <source>the URL is %1 bytes long when encoded; the limit is %2</source>
        <translation>die URL ist kodiert %1 Bytes lang; erlaubt sind höchstens %2</translation>
    </message>
    <message>
        <source>the URL is empty</source>
        <translation>die URL ist leer</translation>
    </message>
    <message>
        <source>the URL is %1 characters long; the limit is %2 bytes</source>
        <translation>die URL ist %1 Zeichen lang; erlaubt sind höchstens %2 Bytes</translation>
    </message>
    <message>
        <source>malformed URL &apos;%1&apos;: &apos;%2:&apos; must be followed by &apos;//&apos;</source>
        <translation>ungültige URL „%1“: Auf „%2:“ muss „//“ folgen</translation>
    </message>
    <message>
        <source>malformed URL &apos;%1&apos;: %2</source>
        <translation>ungültige URL „%1“: %2</translation>
    </message>
    <message>
        <source>header %1 is %2 bytes long; the limit is %3</source>
        <translation>der Header %1 ist %2 Bytes lang; erlaubt sind höchstens %3</translation>
    </message>
    <message>
        <source>header %1 is not in the form &apos;Name: value&apos;</source>
        <translation>der Header %1 hat nicht die Form „Name: Wert“</translation>
    </message>
    <message>
        <source>header %1 has no name</source>
        <translation>der Header %1 hat keinen Namen</translation>
    </message>
    <message>
        <source>header name %1 contains characters a header name cannot have</source>
        <translation>der Header-Name %1 enthält Zeichen, die in einem Header-Namen nicht erlaubt sind</translation>
    </message>
    <message>
        <source>value of header &apos;%1&apos; contains a line break</source>
        <translation>der Wert des Headers „%1“ enthält einen Zeilenumbruch</translation>
    </message>
    <message>
        <source>value of header &apos;%1&apos; contains the control character %2</source>
        <translation>der Wert des Headers „%1“ enthält das Steuerzeichen %2</translation>
    </message>
    <message>
        <source>header &apos;%1&apos; is set by the HTTP client itself and cannot be given</source>
        <translation>der Header „%1“ wird vom HTTP-Client selbst gesetzt und kann nicht angegeben werden</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>der Name ist leer</translation>
    </message>
    <message>
        <source>the name contains the control character %1: a name is one line of text</source>
        <translation>der Name enthält das Steuerzeichen %1: Ein Name muss eine einzelne Textzeile sein</translation>
    </message>
    <message>
        <source>the name is %1 characters long; the limit is %2</source>
        <translation>der Name ist %1 Zeichen lang; erlaubt sind höchstens %2</translation>
    </message>
    <message>
        <source>the keyword is %1 bytes long; the limit is %2</source>
        <translation>das Schlüsselwort ist %1 Bytes lang; erlaubt sind höchstens %2</translation>
    </message>
    <message>
        <source>the keyword contains the control character %1: a keyword is one line of text</source>
        <translation>das Schlüsselwort enthält das Steuerzeichen %1: Ein Schlüsselwort muss eine einzelne Textzeile sein</translation>
    </message>
    <message>
        <source>the keyword is not a valid regular expression: %1 at character %2</source>
        <translation>das Schlüsselwort ist kein gültiger regulärer Ausdruck: %1 bei Zeichen %2</translation>
    </message>
    <message>
        <source>a tag is empty</source>
        <translation>ein Tag ist leer</translation>
    </message>
    <message>
        <source>tag %1 contains the control character %2</source>
        <translation>das Tag %1 enthält das Steuerzeichen %2</translation>
    </message>
    <message>
        <source>tag %1 is %2 characters long; the limit is %3</source>
        <translation>das Tag %1 ist %2 Zeichen lang; erlaubt sind höchstens %3</translation>
    </message>
    <message>
        <source>there are %1 request headers; the limit is %2</source>
        <translation>es sind %1 Anfrage-Header angegeben; erlaubt sind höchstens %2</translation>
    </message>
    <message>
        <source>the request body is %1 bytes long; the limit is %2</source>
        <translation>der Anfrageinhalt ist %1 Bytes lang; erlaubt sind höchstens %2</translation>
    </message>
    <message>
        <source>there are %1 tags; the limit is %2</source>
        <translation>es sind %1 Tags angegeben; erlaubt sind höchstens %2</translation>
    </message>
    <message>
        <source>the interval must be between 1 second and 30 days</source>
        <translation>das Prüfintervall muss zwischen 1 Sekunde und 30 Tagen liegen</translation>
    </message>
    <message>
        <source>the timeout must be between 1 ms and 24 hours</source>
        <translation>das Zeitlimit muss zwischen 1&#xa0;ms und 24 Stunden liegen</translation>
    </message>
    <message>
        <source>the redirect limit must be between 0 and %1</source>
        <translation>die maximale Anzahl an Weiterleitungen muss zwischen 0 und %1 liegen</translation>
    </message>
    <message>
        <source>the degraded threshold cannot be negative</source>
        <translation>der Schwellenwert für „beeinträchtigt“ darf nicht negativ sein</translation>
    </message>
    <message>
        <source>the degraded threshold must be at most 24 hours</source>
        <translation>der Schwellenwert für „beeinträchtigt“ darf höchstens 24 Stunden betragen</translation>
    </message>
    <message>
        <source>the body read limit must be at least 1 byte</source>
        <translation>die Lesegrenze für den Antwortinhalt muss mindestens 1 Byte betragen</translation>
    </message>
    <message>
        <source>retries cannot be negative</source>
        <translation>die Anzahl der Wiederholungen darf nicht negativ sein</translation>
    </message>
    <message>
        <source>retries must be at most %1</source>
        <translation>die Anzahl der Wiederholungen darf höchstens %1 betragen</translation>
    </message>
    <message>
        <source>recovery needs at least 1 successful check</source>
        <translation>die Wiederherstellung erfordert mindestens 1 erfolgreiche Prüfung</translation>
    </message>
    <message>
        <source>recovery must be at most %1 checks</source>
        <translation>die Wiederherstellung darf höchstens %1 Prüfungen erfordern</translation>
    </message>
    <message>
        <source>a request body needs the %1 method, not %2</source>
        <translation>ein Anfrageinhalt erfordert die Methode %1, nicht %2</translation>
    </message>
    <message>
        <source>a keyword needs a response body: use another method than HEAD</source>
        <translation>ein Schlüsselwort erfordert einen Antwortinhalt: Bitte eine andere Methode als HEAD verwenden</translation>
    </message>
    <message>
        <source>inverting the keyword needs a keyword</source>
        <translation>zum Umkehren des Schlüsselworts ist ein Schlüsselwort nötig</translation>
    </message>
    <message>
        <source>there are %1 JSON assertions; the limit is %2</source>
        <translation>es sind %1 JSON-Bedingungen angegeben; erlaubt sind höchstens %2</translation>
    </message>
    <message>
        <source>JSON assertion %1: %2</source>
        <translation>JSON-Bedingung %1: %2</translation>
    </message>
    <message>
        <source>a JSON assertion needs a response body: use another method than HEAD</source>
        <translation>eine JSON-Bedingung erfordert einen Antwortinhalt: Bitte eine andere Methode als HEAD verwenden</translation>
    </message>
    <message>
        <source>the number of locations must be between 1 and %1</source>
        <translation>die Anzahl der Standorte muss zwischen 1 und %1 liegen</translation>
    </message>
    <message>
        <source>the quorum must be between 1 and the number of locations (%1)</source>
        <translation>das Quorum muss zwischen 1 und der Anzahl der Standorte (%1) liegen</translation>
    </message>
</context>
<context>
    <name>MuteActions</name>
    <message>
        <source>&amp;Mute alerts</source>
        <translation>Alarme &amp;stummschalten</translation>
    </message>
    <message>
        <source>Until I unmute</source>
        <translation>Bis zum Aufheben</translation>
    </message>
    <message>
        <source>U&amp;nmute alerts</source>
        <translation>Alarme &amp;wieder einschalten</translation>
    </message>
    <message>
        <source>Keep checking the selected monitors, without sending their alerts for a while</source>
        <translation>Die ausgewählten Monitore weiter prüfen, ihre Alarme aber eine Weile nicht senden</translation>
    </message>
    <message numerus="yes">
        <source>%n monitor(s)</source>
        <translation>
            <numerusform>%n Monitor</numerusform>
            <numerusform>%n Monitore</numerusform>
        </translation>
    </message>
    <message>
        <source>Alerts unmuted</source>
        <translation>Alarme wieder eingeschaltet</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>MuteMarks</name>
    <message>
        <source>Alerts muted until you unmute them</source>
        <translation>Alarme stummgeschaltet, bis die Stummschaltung aufgehoben wird</translation>
    </message>
    <message>
        <source>Alerts muted until %1</source>
        <translation>Alarme stummgeschaltet bis %1</translation>
    </message>
</context>
<context>
    <name>NginxTarget</name>
    <message>
        <source>nginx exited at start</source>
        <translation>nginx wurde beim Start beendet</translation>
    </message>
    <message>
        <source>nginx is not installed (apt-get install nginx-light)</source>
        <translation>nginx ist nicht installiert (apt-get install nginx-light)</translation>
    </message>
    <message>
        <source>cannot create a temporary folder for nginx: %1</source>
        <translation>ein temporärer Ordner für nginx kann nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>no free port on 127.0.0.1</source>
        <translation>kein freier Port auf 127.0.0.1</translation>
    </message>
    <message>
        <source>cannot write the nginx configuration: %1</source>
        <translation>die nginx-Konfiguration kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>nginx did not accept connections on %1:%2 within %3 s: %4</source>
        <translation>nginx hat innerhalb von %3&#xa0;s keine Verbindungen auf %1:%2 angenommen: %4</translation>
    </message>
</context>
<context>
    <name>NotificationHold</name>
    <message>
        <source>Notifications paused until %1</source>
        <translation>Benachrichtigungen pausiert bis %1</translation>
    </message>
    <message>
        <source>Quiet hours until %1</source>
        <translation>Ruhezeit bis %1</translation>
    </message>
</context>
<context>
    <name>NotificationPauseMenu</name>
    <message>
        <source>Resume notifications</source>
        <translation>Benachrichtigungen fortsetzen</translation>
    </message>
    <message>
        <source>Pause notifications</source>
        <translation>Benachrichtigungen pausieren</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Monitor %1</source>
        <translation>Monitor %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is down</source>
        <translation>%1 ist ausgefallen</translation>
    </message>
    <message>
        <source>Down for %1.</source>
        <translation>Ausfalldauer: %1.</translation>
    </message>
    <message>
        <source>%1 is back up</source>
        <translation>%1 ist wieder verfügbar</translation>
    </message>
    <message>
        <source>Certificate of %1 has expired</source>
        <translation>Zertifikat von %1 ist abgelaufen</translation>
    </message>
    <message>
        <source>Certificate of %1 expires in less than a day</source>
        <translation>Zertifikat von %1 läuft in weniger als einem Tag ab</translation>
    </message>
    <message>
        <source>Certificate of %1 expires in %2</source>
        <translation>Zertifikat von %1 läuft bald ab (noch %2)</translation>
    </message>
    <message>
        <source>Expiry: %1</source>
        <translation>Ablauf: %1</translation>
    </message>
    <message>
        <source>%1 monitors are down</source>
        <translation>%1 Monitore sind ausgefallen</translation>
    </message>
    <message>
        <source>%1 monitors are back up</source>
        <translation>%1 Monitore sind wieder verfügbar</translation>
    </message>
    <message>
        <source>Certificates of %1 monitors expire soon</source>
        <translation>Zertifikate von %1 Monitoren laufen bald ab</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 und %2 weitere</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiterer</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) while notifications were paused</source>
        <translation>
            <numerusform>%n Alarm während der Benachrichtigungspause</numerusform>
            <numerusform>%n Alarme während der Benachrichtigungspause</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OpenDatabaseDialog</name>
    <message>
        <source>A &amp;file on this computer</source>
        <translation>Eine &amp;Datei auf diesem Computer</translation>
    </message>
    <message>
        <source>A &amp;PostgreSQL server</source>
        <translation>Ein &amp;PostgreSQL-Server</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>Upwatch restarts on the database you open. The results of this one are saved first.</source>
        <translation>Upwatch startet mit der geöffneten Datenbank neu. Die Ergebnisse dieser werden vorher gespeichert.</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Datenbankdatei</translation>
    </message>
    <message>
        <source>Where the database file is, or is to be created</source>
        <translation>Wo die Datenbankdatei liegt oder angelegt werden soll</translation>
    </message>
    <message>
        <source>Choose the database file</source>
        <translation>Datenbankdatei wählen</translation>
    </message>
    <message>
        <source>PostgreSQL URL</source>
        <translation>PostgreSQL-URL</translation>
    </message>
    <message>
        <source>Enter the database file&apos;s path, or choose one with Browse….</source>
        <translation>Geben Sie den Pfad der Datenbankdatei ein oder wählen Sie eine mit Durchsuchen….</translation>
    </message>
    <message>
        <source>This is the URL of a PostgreSQL database: choose “A PostgreSQL server” to open it.</source>
        <translation>Das ist die URL einer PostgreSQL-Datenbank: Wählen Sie „Ein PostgreSQL-Server“, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>Enter the full path of the file, or choose one with Browse….</source>
        <translation>Geben Sie den vollständigen Pfad der Datei ein oder wählen Sie eine mit Durchsuchen….</translation>
    </message>
    <message>
        <source>%1 is a folder. Enter the name of a database file in it.</source>
        <translation>%1 ist ein Ordner. Geben Sie den Namen einer Datenbankdatei darin ein.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>A new database cannot be created in %1: you may not write there.</source>
        <translation>In %1 kann keine neue Datenbank angelegt werden: Sie dürfen dort nicht schreiben.</translation>
    </message>
    <message>
        <source>Upwatch cannot write to %1: you may only read it.</source>
        <translation>Upwatch kann nicht in %1 schreiben: Sie dürfen die Datei nur lesen.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2.</source>
        <translation>%1 kann nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>%1 is not a database file.</source>
        <translation>%1 ist keine Datenbankdatei.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program.</source>
        <translation>%1 ist eine SQLite-Datenbank eines anderen Programms.</translation>
    </message>
    <message>
        <source>Enter the URL of the PostgreSQL database.</source>
        <translation>Geben Sie die URL der PostgreSQL-Datenbank ein.</translation>
    </message>
    <message>
        <source>A PostgreSQL URL starts with postgresql:// (or postgres://), such as %1.</source>
        <translation>Eine PostgreSQL-URL beginnt mit postgresql:// (oder postgres://), etwa %1.</translation>
    </message>
    <message>
        <source>This database is open now.</source>
        <translation>Diese Datenbank ist gerade geöffnet.</translation>
    </message>
    <message>
        <source>There is no database there yet: Upwatch creates a new, empty one.</source>
        <translation>Dort gibt es noch keine Datenbank: Upwatch legt eine neue, leere an.</translation>
    </message>
    <message>
        <source>Upwatch databases (*.sqlite)</source>
        <translation>Upwatch-Datenbanken (*.sqlite)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the keychain</source>
        <translation>Passwort im Schlüsselbund &amp;speichern</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>PostgreSQL password</source>
        <translation>PostgreSQL-Passwort</translation>
    </message>
    <message>
        <source>The one stored in the keychain, if any</source>
        <translation>Das im Schlüsselbund gespeicherte, falls vorhanden</translation>
    </message>
    <message>
        <source>Keep the password in the OS keychain, under the URL without its options: Upwatch then opens this database with it, from the window and from the command line.</source>
        <translation>Das Passwort im Schlüsselbund des Systems aufbewahren, unter der URL ohne ihre Optionen: Upwatch öffnet diese Datenbank dann damit, im Fenster und auf der Befehlszeile.</translation>
    </message>
    <message>
        <source>Without a password here, the one stored in the keychain is used, else ~/.pgpass or PGPASSWORD. It never goes into the URL.</source>
        <translation>Ohne Passwort hier wird das im Schlüsselbund gespeicherte verwendet, sonst ~/.pgpass oder PGPASSWORD. Es wird nie in die URL übernommen.</translation>
    </message>
    <message>
        <source>This database is open now: Upwatch opens it again with this password.</source>
        <translation>Diese Datenbank ist gerade geöffnet: Upwatch öffnet sie mit diesem Passwort erneut.</translation>
    </message>
</context>
<context>
    <name>PendingActivity</name>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Pausing…</source>
        <translation>Wird pausiert…</translation>
    </message>
    <message>
        <source>Resuming…</source>
        <translation>Wird fortgesetzt…</translation>
    </message>
    <message numerus="yes">
        <source>Last %n check(s), oldest on the left</source>
        <translation>
            <numerusform>Letzte %n Prüfung</numerusform>
            <numerusform>Letzte %n Prüfungen, älteste links</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: all up</source>
        <translation>%1: alle verfügbar</translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n degraded</source>
        <translation>
            <numerusform>%n beeinträchtigt</numerusform>
            <numerusform>%n beeinträchtigt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>PeriodOptions</name>
    <message>
        <source>A calendar month in local time, such as 2026-11.</source>
        <translation>Ein Kalendermonat in Ortszeit, etwa 2026-11.</translation>
    </message>
    <message>
        <source>The month before this one.</source>
        <translation>Der Monat vor dem aktuellen.</translation>
    </message>
    <message>
        <source>The start of the period (ISO 8601; UTC unless a zone is given).</source>
        <translation>Der Beginn des Zeitraums (ISO 8601; UTC, sofern keine Zeitzone angegeben ist).</translation>
    </message>
    <message>
        <source>The end of the period (not included).</source>
        <translation>Das Ende des Zeitraums (nicht eingeschlossen).</translation>
    </message>
    <message>
        <source>choose one period: --month, --last-month or --from and --to</source>
        <translation>genau einen Zeitraum wählen: --month, --last-month oder --from und --to</translation>
    </message>
    <message>
        <source>--month needs a month such as 2026-11 (YYYY-MM), not &apos;%1&apos;</source>
        <translation>--month erfordert einen Monat wie 2026-11 (YYYY-MM), nicht „%1“</translation>
    </message>
    <message>
        <source>--from and --to go together</source>
        <translation>--from und --to gehören zusammen</translation>
    </message>
    <message>
        <source>--%1 needs an ISO 8601 date or time such as 2026-11-21 or 2026-11-21T08:00:00Z, not &apos;%2&apos;</source>
        <translation>--%1 erfordert ein Datum oder eine Uhrzeit nach ISO 8601 wie 2026-11-21 oder 2026-11-21T08:00:00Z, nicht „%2“</translation>
    </message>
    <message>
        <source>--from must be before --to</source>
        <translation>--from muss vor --to liegen</translation>
    </message>
</context>
<context>
    <name>PhaseChart</name>
    <message>
        <source>Where the time goes: the last check, and the average of each phase over the range (resolve, connect, TLS, processing, transfer, from the bottom)</source>
        <translation>Wofür die Zeit gebraucht wird: die letzte Prüfung und der Durchschnitt jeder Phase im Zeitraum (von unten: Namensauflösung, Verbindungsaufbau, TLS, Verarbeitung, Übertragung)</translation>
    </message>
    <message>
        <source>Last check: none yet</source>
        <translation>Letzte Prüfung: noch keine</translation>
    </message>
    <message>
        <source>Last check: no timing (nothing was sent)</source>
        <translation>Letzte Prüfung: keine Zeitmessung (nichts gesendet)</translation>
    </message>
    <message>
        <source>Last check: %1</source>
        <translation>Letzte Prüfung: %1</translation>
    </message>
    <message>
        <source>No timing in this range</source>
        <translation>Keine Zeitmessungen in diesem Zeitraum</translation>
    </message>
</context>
<context>
    <name>QuietHoursEditor</name>
    <message>
        <source>Hold notifications e&amp;very day from</source>
        <translation>Benachrichtigungen &amp;täglich zurückhalten von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation>Beginn der Ruhezeit</translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation>Ende der Ruhezeit</translation>
    </message>
    <message>
        <source>Alerts wait and arrive as one summary when quiet hours end. The tray still shows the current state.</source>
        <translation>Alarme warten und kommen als eine Zusammenfassung, wenn die Ruhezeit endet. Der Infobereich zeigt weiterhin den aktuellen Status.</translation>
    </message>
    <message>
        <source>Quiet hours must end at another time than they start.</source>
        <translation>Die Ruhezeit muss zu einer anderen Uhrzeit enden, als sie beginnt.</translation>
    </message>
</context>
<context>
    <name>QuietIndicator</name>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Send notifications again now; what was held comes as one summary</source>
        <translation>Benachrichtigungen jetzt wieder senden; Zurückgehaltenes kommt als eine Zusammenfassung</translation>
    </message>
</context>
<context>
    <name>Quorum</name>
    <message>
        <source>here</source>
        <translation>hier</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>down from %1 of %2 locations (%3)</source>
        <translation>ausgefallen laut %1 von %2 Standorten (%3)</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>Write the uptime report of a period: uptime, minutes down and in maintenance, incidents with their durations and reasons, and response times (p50, p95) per monitor. The file name&apos;s extension picks the format (.pdf or .html). The figures are those of &apos;upwatch stats&apos; for the same period.</source>
        <translation>Den Verfügbarkeitsbericht eines Zeitraums schreiben: Verfügbarkeit, Minuten im Ausfall und in Wartung, Vorfälle mit Dauer und Grund sowie Antwortzeiten (p50, p95) je Monitor. Die Dateiendung bestimmt das Format (.pdf oder .html). Die Zahlen sind die von „upwatch stats“ für denselben Zeitraum.</translation>
    </message>
    <message>
        <source>Only this monitor; repeat for more.</source>
        <translation>Nur dieser Monitor; für mehrere wiederholen.</translation>
    </message>
    <message>
        <source>Only the monitors with this tag.</source>
        <translation>Nur die Monitore mit diesem Tag.</translation>
    </message>
    <message>
        <source>The file to write: .pdf or .html.</source>
        <translation>Die zu schreibende Datei: .pdf oder .html.</translation>
    </message>
    <message>
        <source>report needs --out FILE.pdf or --out FILE.html</source>
        <translation>report erfordert --out FILE.pdf oder --out FILE.html</translation>
    </message>
    <message>
        <source>the folder of %1 does not exist</source>
        <translation>der Ordner von %1 existiert nicht</translation>
    </message>
    <message>
        <source>report needs a period: --month YYYY-MM, --last-month or --from and --to</source>
        <translation>report erfordert einen Zeitraum: --month YYYY-MM, --last-month oder --from und --to</translation>
    </message>
    <message>
        <source>wrote the report to %1</source>
        <translation>Bericht nach %1 geschrieben</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>&amp;This month</source>
        <translation>Dieser &amp;Monat</translation>
    </message>
    <message>
        <source>&amp;Last month</source>
        <translation>&amp;Letzter Monat</translation>
    </message>
    <message>
        <source>&amp;Custom:</source>
        <translation>&amp;Eigener Zeitraum:</translation>
    </message>
    <message>
        <source>&amp;All monitors (%L1)</source>
        <translation>&amp;Alle Monitore (%L1)</translation>
    </message>
    <message>
        <source>With the t&amp;ag:</source>
        <translation>Mit dem &amp;Tag:</translation>
    </message>
    <message>
        <source>C&amp;hosen monitors:</source>
        <translation>A&amp;usgewählte Monitore:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Uptime report</source>
        <translation>Verfügbarkeitsbericht</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Local time; both days are included</source>
        <translation>Ortszeit; beide Tage sind eingeschlossen</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Monitors</source>
        <translation>Monitore</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Where to save the report (.pdf or .html)</source>
        <translation>Wo der Bericht gespeichert wird (.pdf oder .html)</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Vorschau:</translation>
    </message>
    <message>
        <source>Save uptime report</source>
        <translation>Verfügbarkeitsbericht speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>HTML pages (*.html *.htm)</source>
        <translation>HTML-Seiten (*.html *.htm)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The first day must not be after the last.</source>
        <translation>Der erste Tag darf nicht nach dem letzten liegen.</translation>
    </message>
    <message>
        <source>Choose a tag.</source>
        <translation>Bitte ein Tag wählen.</translation>
    </message>
    <message>
        <source>Tick at least one monitor.</source>
        <translation>Mindestens einen Monitor markieren.</translation>
    </message>
    <message>
        <source>Choose the file to save the report to.</source>
        <translation>Bitte die Datei wählen, in der der Bericht gespeichert wird.</translation>
    </message>
    <message>
        <source>Enter the full path of the file, or choose one with Browse….</source>
        <translation>Den vollständigen Pfad der Datei eingeben oder mit „Durchsuchen…“ eine wählen.</translation>
    </message>
    <message>
        <source>%1 is a folder; enter a file name.</source>
        <translation>%1 ist ein Ordner; bitte einen Dateinamen eingeben.</translation>
    </message>
    <message>
        <source>The file name must end in .pdf or .html.</source>
        <translation>Der Dateiname muss auf .pdf oder .html enden.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The file exists; Save replaces it.</source>
        <translation>Die Datei existiert; „Speichern“ ersetzt sie.</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>Verlauf wird gelesen…</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Bericht wird geschrieben…</translation>
    </message>
    <message>
        <source>Saved the report to %1</source>
        <translation>Bericht in %1 gespeichert</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>cannot tell the format of %1: the file name must end in .pdf or .html</source>
        <translation>das Format von %1 ist unklar: der Dateiname muss auf .pdf oder .html enden</translation>
    </message>
    <message>
        <source>Uptime report: %1</source>
        <translation>Verfügbarkeitsbericht: %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Monitors</source>
        <translation>Monitore</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <source>Downtime (min)</source>
        <translation>Ausfall (min)</translation>
    </message>
    <message>
        <source>Maintenance (min)</source>
        <translation>Wartung (min)</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Vorfälle</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Monitor</translation>
    </message>
    <message>
        <source>Degraded (min)</source>
        <translation>Beeinträchtigt (min)</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>No incidents in this period.</source>
        <translation>Keine Vorfälle in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>dauert an</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Period: %1 (local time)</source>
        <translation>Zeitraum: %1 (Ortszeit)</translation>
    </message>
    <message>
        <source>Generated %1 by Upwatch</source>
        <translation>Erstellt am %1 von Upwatch</translation>
    </message>
    <message>
        <source>Uptime counts the checks that were up or degraded; checks made during maintenance are left out. Response times (p50, p95) are of the answered checks.</source>
        <translation>Die Verfügbarkeit zählt die Prüfungen, die verfügbar oder beeinträchtigt waren; Prüfungen während einer Wartung zählen nicht mit. Die Antwortzeiten (p50, p95) beziehen sich auf die beantworteten Prüfungen.</translation>
    </message>
    <message>
        <source>cannot make the PDF of the report</source>
        <translation>das PDF des Berichts kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ResponseTimeChart</name>
    <message>
        <source>Response time</source>
        <translation>Antwortzeit</translation>
    </message>
    <message>
        <source>Min to max</source>
        <translation>Minimum bis Maximum</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Degraded checks</source>
        <translation>Beeinträchtigte Prüfungen</translation>
    </message>
    <message>
        <source>Failed checks</source>
        <translation>Fehlgeschlagene Prüfungen</translation>
    </message>
    <message>
        <source>No checks in this range</source>
        <translation>Keine Prüfungen in diesem Zeitraum</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>Seit %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n up</source>
        <translation>
            <numerusform>%n verfügbar</numerusform>
            <numerusform>%n verfügbar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n degraded</source>
        <translation>
            <numerusform>%n beeinträchtigt</numerusform>
            <numerusform>%n beeinträchtigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Average %1 ms (min %2 ms, max %3 ms), %n checks</source>
        <translation>
            <numerusform>Durchschnitt %1&#xa0;ms (min. %2&#xa0;ms, max. %3&#xa0;ms), %n Prüfung</numerusform>
            <numerusform>Durchschnitt %1&#xa0;ms (min. %2&#xa0;ms, max. %3&#xa0;ms), %n Prüfungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunCommand</name>
    <message>
        <source>Run the monitoring engine without a window: check every monitor at its interval, keep history, print state changes, tell the alert channels. Changes made with &apos;upwatch monitor ...&apos; or &apos;upwatch channel ...&apos; meanwhile are picked up within seconds. Ctrl+C (SIGINT) or SIGTERM stops it after writing all results.</source>
        <translation>Die Überwachung ohne Fenster ausführen: jeden Monitor in seinem Intervall prüfen, den Verlauf speichern, Statuswechsel ausgeben, die Alarmkanäle alarmieren. Änderungen, die währenddessen mit „upwatch monitor …“ oder „upwatch channel …“ vorgenommen werden, werden innerhalb von Sekunden übernommen. Strg+C (SIGINT) oder SIGTERM beendet sie, nachdem alle Ergebnisse geschrieben sind.</translation>
    </message>
    <message>
        <source>Stop after this many seconds (at most %1, a year).</source>
        <translation>Nach so vielen Sekunden beenden (höchstens %1, ein Jahr).</translation>
    </message>
    <message>
        <source>Worker threads that run checks (default: one per core; 1 to %1).</source>
        <translation>Worker-Threads, die Prüfungen ausführen (Standard: einer pro Kern; 1 bis %1).</translation>
    </message>
    <message>
        <source>Checks running at once, in all (default 1000; 1 to %1).</source>
        <translation>Gleichzeitig laufende Prüfungen insgesamt (Standard 1000; 1 bis %1).</translation>
    </message>
    <message>
        <source>Checks running at once against one host:port (default 6; 1 to %1).</source>
        <translation>Gleichzeitig laufende Prüfungen pro host:port (Standard 6; 1 bis %1).</translation>
    </message>
    <message>
        <source>Read and keep secrets in DB.secrets (mode 0600) beside the database instead of the OS keychain: for a server without one.</source>
        <translation>Geheimnisse in DB.secrets (Modus 0600) neben der Datenbank statt im Schlüsselbund des Systems lesen und aufbewahren: für einen Server ohne Schlüsselbund.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; (see &apos;upwatch run --help&apos;)</source>
        <translation>unerwartetes Argument „%1“ (siehe „upwatch run --help“)</translation>
    </message>
    <message>
        <source>threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <source>checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>alert: %1</source>
        <translation>Alarm: %1</translation>
    </message>
    <message numerus="yes">
        <source>running %n monitor(s) (%1 paused) with %2 worker threads; history in %3</source>
        <translation>
            <numerusform>%n Monitor wird überwacht (%1 pausiert), mit %2 Worker-Threads; Verlauf in %3</numerusform>
            <numerusform>%n Monitore werden überwacht (%1 pausiert), mit %2 Worker-Threads; Verlauf in %3</numerusform>
        </translation>
    </message>
    <message>
        <source>note: there are no monitors yet; add some with &apos;upwatch monitor add&apos; and they start here</source>
        <translation>Hinweis: Es gibt noch keine Monitore; mit „upwatch monitor add“ hinzugefügte Monitore starten hier</translation>
    </message>
    <message>
        <source>%1 late starts, largest lateness %2 ms</source>
        <translation>%1 verspätete Starts, größte Verspätung %2&#xa0;ms</translation>
    </message>
    <message>
        <source>; %1 alert deliveries failed</source>
        <translation>; %1 Alarmzustellungen fehlgeschlagen</translation>
    </message>
    <message>
        <source>stopped: %1 checks written (%2 down); %3</source>
        <translation>beendet: %1 Prüfungen geschrieben (%2 ausgefallen); %3</translation>
    </message>
    <message>
        <source>%1 of %2 checks could not be stored in %3: %4</source>
        <translation>%1 von %2 Prüfungen konnten nicht in %3 gespeichert werden: %4</translation>
    </message>
    <message>
        <source>stopped: %1 checks (%2 down), %3 written, %4 could not be stored (%5); %6</source>
        <translation>beendet: %1 Prüfungen (%2 ausgefallen), %3 geschrieben, %4 nicht gespeichert (%5); %6</translation>
    </message>
    <message>
        <source>the history writer did not close the database in time; ending without waiting for it</source>
        <translation>der Schreib-Thread des Verlaufs hat die Datenbank nicht rechtzeitig geschlossen; upwatch wird beendet, ohne darauf zu warten</translation>
    </message>
    <message>
        <source>Run as one of several agents sharing the database, checking from this location; agents split the monitors between them and take over from one that stops (default on a PostgreSQL database: the host name).</source>
        <translation>Als einer von mehreren Agenten laufen, die sich die Datenbank teilen, und von diesem Standort aus prüfen; die Agenten teilen die Monitore unter sich auf und übernehmen die eines Agenten, der anhält (Standard bei einer PostgreSQL-Datenbank: der Rechnername).</translation>
    </message>
    <message>
        <source>How long an agent&apos;s monitors wait for another agent when it dies (default %1; %2 to %3).</source>
        <translation>Wie lange die Monitore eines Agenten auf einen anderen Agenten warten, wenn er ausfällt (Standard %1; %2 bis %3).</translation>
    </message>
    <message>
        <source>--location needs a name without &apos;/&apos;</source>
        <translation>--location braucht einen Namen ohne &apos;/&apos;</translation>
    </message>
    <message>
        <source>agent %1: checking %2 of %3 monitor shards</source>
        <translation>Agent %1: prüft %2 von %3 Monitor-Teilmengen</translation>
    </message>
</context>
<context>
    <name>RunMetrics</name>
    <message>
        <source>metrics: %1</source>
        <translation>Metriken: %1</translation>
    </message>
    <message>
        <source>metrics: listening on %1</source>
        <translation>Metriken: Lauscht auf %1</translation>
    </message>
    <message>
        <source>warning: the metrics endpoint on %1 is open to anyone who can reach it; set %2 (or &quot;%3&quot; in the keychain or the secrets file) to require a bearer token</source>
        <translation>Warnung: Der Metrik-Endpunkt auf %1 ist für jeden offen, der ihn erreichen kann; %2 (oder „%3“ im Schlüsselbund oder in der Geheimnisdatei) setzen, um ein Bearer-Token zu verlangen</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>the secrets file %1</source>
        <translation>der Geheimnisdatei %1</translation>
    </message>
    <message>
        <source>the OS keychain</source>
        <translation>dem Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>the in-memory secret store</source>
        <translation>dem Geheimnisspeicher im Arbeitsspeicher</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Show &amp;notifications</source>
        <translation>&amp;Benachrichtigungen anzeigen</translation>
    </message>
    <message>
        <source>Start &amp;minimized to the tray</source>
        <translation>&amp;Minimiert im Infobereich starten</translation>
    </message>
    <message>
        <source>Start on &amp;login</source>
        <translation>Beim A&amp;nmelden starten</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Each check is kept in full for a while, then only as summaries, which take far less space. Keep each summary at least as long as the finer one above it.</source>
        <translation>Jede Prüfung wird eine Zeit lang vollständig aufbewahrt, danach nur noch in Zusammenfassungen, die weit weniger Platz brauchen. Jede Zusammenfassung mindestens so lange aufbewahren wie die feinere darüber.</translation>
    </message>
    <message>
        <source>&amp;Raw results:</source>
        <translation>&amp;Rohergebnisse:</translation>
    </message>
    <message>
        <source>every check with its status and error, as exported to CSV</source>
        <translation>jede Prüfung mit Status und Fehler, wie beim CSV-Export</translation>
    </message>
    <message>
        <source>M&amp;inute summaries:</source>
        <translation>Zusammenfassungen pro M&amp;inute:</translation>
    </message>
    <message>
        <source>uptime and response times per minute, for daily and weekly charts</source>
        <translation>Verfügbarkeit und Antwortzeiten pro Minute, für Tages- und Wochendiagramme</translation>
    </message>
    <message>
        <source>&amp;Hour summaries:</source>
        <translation>Zusammenfassungen pro &amp;Stunde:</translation>
    </message>
    <message>
        <source>the same per hour, for monthly charts</source>
        <translation>dasselbe pro Stunde, für Monatsdiagramme</translation>
    </message>
    <message>
        <source>&amp;Day summaries:</source>
        <translation>Zusammenfassungen pro Ta&amp;g:</translation>
    </message>
    <message>
        <source>the same per day, for yearly charts and uptime</source>
        <translation>dasselbe pro Tag, für Jahresdiagramme und die Verfügbarkeit</translation>
    </message>
    <message>
        <source>New monitors</source>
        <translation>Neue Monitore</translation>
    </message>
    <message>
        <source>How often a new monitor is checked</source>
        <translation>Wie oft ein neuer Monitor geprüft wird</translation>
    </message>
    <message>
        <source>How long a check of a new monitor may take before it fails</source>
        <translation>Wie lange eine Prüfung eines neuen Monitors dauern darf, bevor sie fehlschlägt</translation>
    </message>
    <message>
        <source>Check &amp;every:</source>
        <translation>Prüfinter&amp;vall:</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Zeitlimit:</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Notify when a monitor&apos;s TLS certificate expires within this many days</source>
        <translation>Benachrichtigen, wenn das TLS-Zertifikat eines Monitors innerhalb so vieler Tage abläuft</translation>
    </message>
    <message>
        <source>&amp;Warn before certificates expire:</source>
        <translation>Vor Ablauf von Zertifikaten &amp;warnen:</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>Start Upwatch in the tray when you log in (an entry in %1)</source>
        <translation>Upwatch beim Anmelden im Infobereich starten (ein Eintrag in %1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <source>Takes effect after a restart of Upwatch.</source>
        <translation>Wird nach einem Neustart von Upwatch wirksam.</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <source>M&amp;etrics</source>
        <translation>Me&amp;triken</translation>
    </message>
    <message>
        <source>Keep minute summaries at least as long as raw results (%L1 hours, so at least %L2 days).</source>
        <translation>Zusammenfassungen pro Minute mindestens so lange aufbewahren wie Rohergebnisse (%L1 Stunden, also mindestens %L2 Tage).</translation>
    </message>
    <message>
        <source>Keep hour summaries at least as long as minute summaries (%L1 days).</source>
        <translation>Zusammenfassungen pro Stunde mindestens so lange aufbewahren wie die pro Minute (%L1 Tage).</translation>
    </message>
    <message>
        <source>Keep day summaries at least as long as hour summaries (%L1 days).</source>
        <translation>Zusammenfassungen pro Tag mindestens so lange aufbewahren wie die pro Stunde (%L1 Tage).</translation>
    </message>
    <message>
        <source>&amp;Agents</source>
        <translation>&amp;Agenten</translation>
    </message>
</context>
<context>
    <name>SilenceCommand</name>
    <message>
        <source>Quiet hours: %1 (local time); alerts wait and come as one summary when they end.</source>
        <translation>Ruhezeit: %1 (Ortszeit); Alarme warten und kommen als eine Zusammenfassung, wenn sie endet.</translation>
    </message>
    <message>
        <source>Quiet hours: off.</source>
        <translation>Ruhezeit: aus.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; (see &apos;upwatch %2 --help&apos;)</source>
        <translation>unerwartetes Argument „%1“ (siehe „upwatch %2 --help“)</translation>
    </message>
    <message>
        <source>Hold every alert (desktop notifications and alert channels) for a while; they come as one summary when the snooze ends. DURATION is like 1h, 4h, 90m or 1h30m; &apos;morning&apos; snoozes until %1:00 tomorrow morning; &apos;off&apos; ends the snooze. Without an argument, shows what holds alerts now.</source>
        <translation>Alle Alarme (Desktop-Benachrichtigungen und Alarmkanäle) eine Weile zurückhalten; sie kommen als eine Zusammenfassung, wenn die Pause endet. DURATION ist etwa 1h, 4h, 90m oder 1h30m; „morning“ pausiert bis morgen früh um %1:00 Uhr; „off“ beendet die Pause. Ohne Argument wird angezeigt, was Alarme gerade zurückhält.</translation>
    </message>
    <message>
        <source>How long: a duration, morning or off.</source>
        <translation>Wie lange: eine Dauer, morning oder off.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a duration (use e.g. 1h, 4h, 90m, morning or off)</source>
        <translation>„%1“ ist keine Dauer (z.&#xa0;B. 1h, 4h, 90m, morning oder off verwenden)</translation>
    </message>
    <message>
        <source>Alerts are snoozed until %1.</source>
        <translation>Alarme sind bis %1 pausiert.</translation>
    </message>
    <message>
        <source>Alerts are not snoozed.</source>
        <translation>Alarme sind nicht pausiert.</translation>
    </message>
    <message>
        <source>alerts snoozed until %1</source>
        <translation>Alarme bis %1 pausiert</translation>
    </message>
    <message>
        <source>alerts are no longer snoozed; what was held is sent now</source>
        <translation>Alarme sind nicht mehr pausiert; Zurückgehaltenes wird jetzt gesendet</translation>
    </message>
    <message>
        <source>Hold alerts every day between two local times, e.g. 22:00-07:00; they come as one summary when the quiet hours end. &apos;off&apos; turns them off. Without an argument, shows them.</source>
        <translation>Alarme jeden Tag zwischen zwei Ortszeiten zurückhalten, z.&#xa0;B. 22:00-07:00; sie kommen als eine Zusammenfassung, wenn die Ruhezeit endet. „off“ schaltet sie aus. Ohne Argument wird sie angezeigt.</translation>
    </message>
    <message>
        <source>From-to in local time, or off.</source>
        <translation>Von-bis in Ortszeit, oder off.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time range (use e.g. 22:00-07:00, or off)</source>
        <translation>„%1“ ist kein Zeitbereich (z.&#xa0;B. 22:00-07:00 oder off verwenden)</translation>
    </message>
    <message>
        <source>quiet hours set to %1 (local time)</source>
        <translation>Ruhezeit auf %1 (Ortszeit) gesetzt</translation>
    </message>
    <message>
        <source>quiet hours turned off</source>
        <translation>Ruhezeit ausgeschaltet</translation>
    </message>
    <message>
        <source>Drop a monitor&apos;s alerts (desktop and channels) while it is still checked and shown; until unmuted unless --for or --until-morning says otherwise.</source>
        <translation>Die Alarme eines Monitors (Desktop und Kanäle) stummschalten, während er weiter geprüft und angezeigt wird; bis zum Aufheben, sofern --for oder --until-morning nichts anderes angibt.</translation>
    </message>
    <message>
        <source>Send a muted monitor&apos;s alerts again.</source>
        <translation>Die Alarme eines stummgeschalteten Monitors wieder senden.</translation>
    </message>
    <message>
        <source>The monitor&apos;s name, or its id (digits only). Put &apos;--&apos; before a name that starts with &apos;-&apos;.</source>
        <translation>Name des Monitors oder seine ID (nur Ziffern). Vor einen Namen, der mit „-“ beginnt, „--“ setzen.</translation>
    </message>
    <message>
        <source>Mute for this long (1h, 4h, 90m...).</source>
        <translation>So lange stummschalten (1h, 4h, 90m...).</translation>
    </message>
    <message>
        <source>Mute until %1:00 tomorrow morning.</source>
        <translation>Bis morgen früh um %1:00 Uhr stummschalten.</translation>
    </message>
    <message>
        <source>monitor %1 needs one monitor id or name</source>
        <translation>monitor %1 erfordert genau eine Monitor-ID oder einen Monitornamen</translation>
    </message>
    <message>
        <source>use --for or --until-morning, not both</source>
        <translation>--for oder --until-morning verwenden, nicht beides</translation>
    </message>
    <message>
        <source>--for: &apos;%1&apos; is not a duration (use e.g. 1h, 4h or 90m)</source>
        <translation>--for: „%1“ ist keine Dauer (z.&#xa0;B. 1h, 4h oder 90m verwenden)</translation>
    </message>
    <message>
        <source>unmuted monitor %1</source>
        <translation>Stummschaltung von Monitor %1 aufgehoben</translation>
    </message>
    <message>
        <source>muted monitor %1 until unmuted</source>
        <translation>Monitor %1 stummgeschaltet, bis die Stummschaltung aufgehoben wird</translation>
    </message>
    <message>
        <source>muted monitor %1 until %2</source>
        <translation>Monitor %1 stummgeschaltet bis %2</translation>
    </message>
</context>
<context>
    <name>SnoozeChoices</name>
    <message>
        <source>For 1 hour</source>
        <translation>Für 1 Stunde</translation>
    </message>
    <message>
        <source>For 4 hours</source>
        <translation>Für 4 Stunden</translation>
    </message>
    <message>
        <source>Until tomorrow morning</source>
        <translation>Bis morgen früh</translation>
    </message>
</context>
<context>
    <name>StatsCommand</name>
    <message>
        <source>Only this monitor; repeat for more.</source>
        <translation>Nur dieser Monitor; für mehrere wiederholen.</translation>
    </message>
    <message>
        <source>One JSON object per monitor and line.</source>
        <translation>Ein JSON-Objekt pro Monitor und Zeile.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>UP %1</source>
        <translation>VERFÜGBAR %1</translation>
    </message>
    <message>
        <source>CHECKS 24H</source>
        <translation>PRÜFUNGEN 24H</translation>
    </message>
    <message>
        <source>AVG MS</source>
        <translation>Ø MS</translation>
    </message>
    <message>
        <source>P95 MS</source>
        <translation>P95 MS</translation>
    </message>
    <message>
        <source>MIN MS</source>
        <translation>MIN MS</translation>
    </message>
    <message>
        <source>MAX MS</source>
        <translation>MAX MS</translation>
    </message>
    <message>
        <source>No monitors yet.</source>
        <translation>Noch keine Monitore.</translation>
    </message>
    <message>
        <source>CHECKS</source>
        <translation>PRÜFUNGEN</translation>
    </message>
    <message>
        <source>UPTIME</source>
        <translation>VERFÜGBARKEIT</translation>
    </message>
    <message>
        <source>DOWN MIN</source>
        <translation>AUSFALL MIN</translation>
    </message>
    <message>
        <source>MAINT MIN</source>
        <translation>WARTUNG MIN</translation>
    </message>
    <message>
        <source>DEGRADED MIN</source>
        <translation>BEEINTR. MIN</translation>
    </message>
    <message>
        <source>INCIDENTS</source>
        <translation>VORFÄLLE</translation>
    </message>
    <message>
        <source>P50 MS</source>
        <translation>P50 MS</translation>
    </message>
    <message>
        <source>Uptime over the last 24 hours, 7 days, 30 days and year, response times over the last 24 hours (average, 95th percentile, min, max; answered checks only) and the time spent in maintenance.
With a period: the figures of the uptime report for it (checks, uptime, minutes down, in maintenance and degraded, incidents, response times).</source>
        <translation>Verfügbarkeit in den letzten 24 Stunden, 7 Tagen, 30 Tagen und im letzten Jahr, Antwortzeiten in den letzten 24 Stunden (Durchschnitt, 95. Perzentil, Minimum, Maximum; nur beantwortete Prüfungen) und die Zeit in Wartung.
Mit einem Zeitraum: die Zahlen des Verfügbarkeitsberichts dafür (Prüfungen, Verfügbarkeit, Minuten im Ausfall, in Wartung und beeinträchtigt, Vorfälle, Antwortzeiten).</translation>
    </message>
    <message>
        <source>MAINT MIN %1</source>
        <translation>WARTUNG MIN %1</translation>
    </message>
</context>
<context>
    <name>StatusRanges</name>
    <message>
        <source>&apos;%1&apos; is not a status code or range</source>
        <translation>„%1“ ist weder ein Statuscode noch ein Bereich</translation>
    </message>
    <message>
        <source>status %1 is outside %2-%3</source>
        <translation>der Statuscode %1 liegt außerhalb von %2-%3</translation>
    </message>
    <message>
        <source>the list of expected statuses is empty</source>
        <translation>die Liste der erwarteten Statuscodes ist leer</translation>
    </message>
    <message>
        <source>empty item in status list &apos;%1&apos;</source>
        <translation>leerer Eintrag in der Statusliste „%1“</translation>
    </message>
    <message>
        <source>range &apos;%1&apos; ends before it starts</source>
        <translation>der Bereich „%1“ endet, bevor er beginnt</translation>
    </message>
</context>
<context>
    <name>StatusStyle</name>
    <message>
        <source>Up</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Beeinträchtigt</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Ausgefallen</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Nicht erreichbar</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Wartung</translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message numerus="yes">
        <source>%n down</source>
        <translation>
            <numerusform>%n ausgefallen</numerusform>
            <numerusform>%n ausgefallen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unreachable</source>
        <translation>
            <numerusform>%n nicht erreichbar</numerusform>
            <numerusform>%n nicht erreichbar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n degraded</source>
        <translation>
            <numerusform>%n beeinträchtigt</numerusform>
            <numerusform>%n beeinträchtigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n up</source>
        <translation>
            <numerusform>%n verfügbar</numerusform>
            <numerusform>%n verfügbar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paused</source>
        <translation>
            <numerusform>%n pausiert</numerusform>
            <numerusform>%n pausiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n ausstehend</numerusform>
            <numerusform>%n ausstehend</numerusform>
        </translation>
    </message>
    <message>
        <source>Check all now</source>
        <translation>Alle jetzt prüfen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>No monitors yet</source>
        <translation>Noch keine Monitore</translation>
    </message>
    <message>
        <source>Upwatch — %1</source>
        <translation>Upwatch – %1</translation>
    </message>
    <message>
        <source>Hide Upwatch</source>
        <translation>Upwatch ausblenden</translation>
    </message>
    <message>
        <source>Show Upwatch</source>
        <translation>Upwatch anzeigen</translation>
    </message>
    <message>
        <source>Resume all</source>
        <translation>Alle fortsetzen</translation>
    </message>
    <message>
        <source>Pause all</source>
        <translation>Alle pausieren</translation>
    </message>
    <message numerus="yes">
        <source>%n in maintenance</source>
        <translation>
            <numerusform>%n in Wartung</numerusform>
            <numerusform>%n in Wartung</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UptimeGrid</name>
    <message>
        <source>Time in maintenance, left out of the uptime above</source>
        <translation>Zeit in Wartung, in der Verfügbarkeit oben nicht berücksichtigt</translation>
    </message>
    <message>
        <source>Maintenance %1</source>
        <translation>Wartung %1</translation>
    </message>
</context>
<context>
    <name>UptimeReport</name>
    <message>
        <source>no monitors match the selection</source>
        <translation>keine Monitore entsprechen der Auswahl</translation>
    </message>
</context>
</TS>
