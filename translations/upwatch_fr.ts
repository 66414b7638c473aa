<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Upwatch</source>
        <translation>À propos d’Upwatch</translation>
    </message>
    <message>
        <source>Upwatch</source>
        <translation>Upwatch</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <source>Watches your websites and APIs and tells you the moment one goes down.</source>
        <translation>Surveille vos sites web et vos API, et vous prévient dès que l’un d’eux passe hors ligne.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Compilé avec Qt %1, exécuté avec Qt %2.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>Copyright © the Upwatch authors. Licensed under the GNU General Public License, version 3 or later (GPL-3.0-or-later). Upwatch is free software: you can redistribute it and change it under the terms of that licence. It comes with ABSOLUTELY NO WARRANTY. See %1.</source>
        <translation>Copyright © les auteurs d’Upwatch. Distribué sous la licence GNU General Public License, version 3 ou ultérieure (GPL-3.0-or-later). Upwatch est un logiciel libre&#xa0;: vous pouvez le redistribuer et le modifier selon les termes de cette licence. Il est fourni SANS AUCUNE GARANTIE. Voir %1.</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>À propos de Qt</translation>
    </message>
</context>
<context>
    <name>AgentSettingsPage</name>
    <message>
        <source>Check monitors from this computer as an &amp;agent</source>
        <translation>Vérifier les moniteurs depuis cet ordinateur en tant qu’&amp;agent</translation>
    </message>
    <message>
        <source>Several computers can share one database (a PostgreSQL server, see the README): each runs &lt;tt&gt;upwatch run&lt;/tt&gt; as an agent and checks its share of the monitors. By default this window checks only the monitors no running agent takes, and shows what the agents find for the others. As an agent, it takes its share like they do.</source>
        <translation>Plusieurs ordinateurs peuvent partager une base de données (un serveur PostgreSQL, voir le README) : chacun exécute &lt;tt&gt;upwatch run&lt;/tt&gt; en tant qu’agent et vérifie sa part des moniteurs. Par défaut, cette fenêtre ne vérifie que les moniteurs qu’aucun agent en cours ne prend, et affiche ce que les agents constatent pour les autres. En tant qu’agent, elle prend sa part comme eux.</translation>
    </message>
    <message>
        <source>Where its checks are made from, as results and incidents name it; empty: this computer&apos;s name</source>
        <translation>D’où ses vérifications sont faites, tel que les résultats et les incidents le nomment ; vide : le nom de cet ordinateur</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Emplacement :</translation>
    </message>
    <message>
        <source>Takes effect after a restart of Upwatch.</source>
        <translation>Prend effet au prochain démarrage d’Upwatch.</translation>
    </message>
    <message>
        <source>A location cannot contain &apos;/&apos;.</source>
        <translation>Un emplacement ne peut pas contenir « / ».</translation>
    </message>
</context>
<context>
    <name>AgentsCommand</name>
    <message>
        <source>List the agents that share the database: where each checks from, its last heartbeat, and the monitors it leases.</source>
        <translation>Lister les agents qui partagent la base de données&#xa0;: l’emplacement depuis lequel chacun vérifie, son dernier signal de vie et les sondes qu’il prend en charge.</translation>
    </message>
    <message>
        <source>One JSON object per line instead of a table.</source>
        <translation>Un objet JSON par ligne au lieu d’un tableau.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>LOCATION</source>
        <translation>EMPLACEMENT</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>HÔTE</translation>
    </message>
    <message>
        <source>STARTED</source>
        <translation>DÉMARRÉ</translation>
    </message>
    <message>
        <source>HEARTBEAT</source>
        <translation>SIGNAL DE VIE</translation>
    </message>
    <message>
        <source>SHARDS</source>
        <translation>GROUPES</translation>
    </message>
    <message>
        <source>MONITORS</source>
        <translation>SONDES</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>il y a %1</translation>
    </message>
    <message>
        <source>No agents: start one with &apos;upwatch run --db URL --location NAME&apos; on each machine that checks.</source>
        <translation>Aucun agent&#xa0;: lancez-en un avec «&#xa0;upwatch run --db URL --location NAME&#xa0;» sur chaque machine chargée des vérifications.</translation>
    </message>
    <message>
        <source>%1 of %2 shards are leased by no agent: the window checks their monitors while it is open, else nobody does.</source>
        <translation>%1 groupes sur %2 ne sont pris en charge par aucun agent&#xa0;: la fenêtre vérifie leurs sondes tant qu’elle est ouverte, sinon personne ne le fait.</translation>
    </message>
</context>
<context>
    <name>AlertChannel</name>
    <message>
        <source>Down</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>Rétablissement</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Dégradé</translation>
    </message>
    <message>
        <source>Certificate expiry</source>
        <translation>Expiration du certificat</translation>
    </message>
    <message>
        <source>Upwatch JSON</source>
        <translation>JSON Upwatch</translation>
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
        <translation>Modèle personnalisé</translation>
    </message>
    <message>
        <source>the stored webhook secret is not a JSON object</source>
        <translation>le secret enregistré du webhook n’est pas un objet JSON</translation>
    </message>
    <message>
        <source>the stored webhook secret has no URL</source>
        <translation>le secret enregistré du webhook ne contient pas d’URL</translation>
    </message>
    <message>
        <source>the stored webhook secret&apos;s headers are not a list</source>
        <translation>les en-têtes du secret enregistré du webhook ne forment pas une liste</translation>
    </message>
    <message>
        <source>a header of the stored webhook secret has no name or value</source>
        <translation>il manque le nom ou la valeur d’un en-tête du secret enregistré du webhook</translation>
    </message>
    <message>
        <source>the stored webhook secret is not valid: %1</source>
        <translation>le secret enregistré du webhook n’est pas valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>the webhook URL is empty</source>
        <translation>l’URL du webhook est vide</translation>
    </message>
    <message>
        <source>the webhook URL is malformed</source>
        <translation>l’URL du webhook est mal formée</translation>
    </message>
    <message>
        <source>the webhook URL has no scheme: start it with http:// or https://</source>
        <translation>l’URL du webhook n’a pas de schéma&#xa0;: commencez-la par http:// ou https://</translation>
    </message>
    <message>
        <source>the webhook URL must start with http:// or https://, not %1://</source>
        <translation>l’URL du webhook doit commencer par http:// ou https://, et non par %1://</translation>
    </message>
    <message>
        <source>the webhook URL has no host</source>
        <translation>l’URL du webhook n’a pas d’hôte</translation>
    </message>
    <message>
        <source>the webhook URL is longer than %1 bytes</source>
        <translation>l’URL du webhook dépasse %1 octets</translation>
    </message>
    <message>
        <source>there are %1 webhook headers; the limit is %2</source>
        <translation>il y a %1 en-têtes de webhook&#xa0;; la limite est de %2</translation>
    </message>
    <message>
        <source>a webhook header has no name</source>
        <translation>un en-tête du webhook n’a pas de nom</translation>
    </message>
    <message>
        <source>the webhook header name &apos;%1&apos; contains characters a header name cannot have</source>
        <translation>le nom d’en-tête de webhook «&#xa0;%1&#xa0;» contient des caractères interdits dans un nom d’en-tête</translation>
    </message>
    <message>
        <source>the webhook header &apos;%1&apos; is longer than %2 bytes</source>
        <translation>l’en-tête de webhook «&#xa0;%1&#xa0;» dépasse %2 octets</translation>
    </message>
    <message>
        <source>the value of webhook header &apos;%1&apos; contains a line break</source>
        <translation>la valeur de l’en-tête de webhook «&#xa0;%1&#xa0;» contient un saut de ligne</translation>
    </message>
    <message>
        <source>the value of webhook header &apos;%1&apos; contains a control character</source>
        <translation>la valeur de l’en-tête de webhook «&#xa0;%1&#xa0;» contient un caractère de contrôle</translation>
    </message>
    <message>
        <source>the header &apos;%1&apos; is set by the HTTP client itself and cannot be given</source>
        <translation>l’en-tête «&#xa0;%1&#xa0;» est défini par le client HTTP lui-même et ne peut pas être indiqué</translation>
    </message>
    <message>
        <source>the channel &apos;%1&apos; has no events: choose at least one of down, up, degraded or cert_expiry</source>
        <translation>le canal «&#xa0;%1&#xa0;» n’a aucun événement&#xa0;: choisissez-en au moins un parmi down, up, degraded ou cert_expiry</translation>
    </message>
    <message>
        <source>the timeout must be between 1 ms and %1 seconds</source>
        <translation>le délai d’expiration doit être compris entre 1&#xa0;ms et %1 secondes</translation>
    </message>
    <message>
        <source>the channel lists %1 monitors; the limit is %2</source>
        <translation>le canal désigne %1 sondes&#xa0;; la limite est de %2</translation>
    </message>
    <message>
        <source>a monitor of the channel: %1</source>
        <translation>une sonde du canal&#xa0;: %1</translation>
    </message>
    <message>
        <source>the channel lists %1 tags; the limit is %2</source>
        <translation>le canal désigne %1 étiquettes&#xa0;; la limite est de %2</translation>
    </message>
    <message>
        <source>a command channel needs a program to run</source>
        <translation>un canal de type commande nécessite un programme à exécuter</translation>
    </message>
    <message>
        <source>the program name contains a control character</source>
        <translation>le nom du programme contient un caractère de contrôle</translation>
    </message>
    <message>
        <source>the command has %1 arguments; the limit is %2</source>
        <translation>la commande a %1 arguments&#xa0;; la limite est de %2</translation>
    </message>
    <message>
        <source>an argument of the command contains a NUL character</source>
        <translation>un argument de la commande contient un caractère NUL</translation>
    </message>
    <message>
        <source>a custom webhook needs a body template</source>
        <translation>un webhook personnalisé nécessite un modèle de corps</translation>
    </message>
    <message>
        <source>the body template is longer than %1 bytes</source>
        <translation>le modèle de corps dépasse %1 octets</translation>
    </message>
</context>
<context>
    <name>AlertStatus</name>
    <message>
        <source>Alert to %1 failed</source>
        <translation>Échec de l’alerte vers %1</translation>
    </message>
    <message>
        <source>Alerts to %1 channels failed</source>
        <translation>Échec des alertes vers %1 canaux</translation>
    </message>
</context>
<context>
    <name>AlertingChannelBackend</name>
    <message>
        <source>Alerting has stopped; the channels cannot be changed now.</source>
        <translation>Les alertes sont arrêtées&#xa0;; les canaux ne peuvent pas être modifiés pour le moment.</translation>
    </message>
</context>
<context>
    <name>AuthOptions</name>
    <message>
        <source>HTTP Basic user; the password comes from UPWATCH_PASSWORD or --password-stdin.</source>
        <translation>Utilisateur HTTP Basic&#xa0;; le mot de passe est lu dans UPWATCH_PASSWORD ou via --password-stdin.</translation>
    </message>
    <message>
        <source>Read the Basic password from standard input.</source>
        <translation>Lire le mot de passe Basic sur l’entrée standard.</translation>
    </message>
    <message>
        <source>Send a bearer token from UPWATCH_TOKEN or --token-stdin.</source>
        <translation>Envoyer un jeton bearer lu dans UPWATCH_TOKEN ou via --token-stdin.</translation>
    </message>
    <message>
        <source>Read the bearer token from standard input.</source>
        <translation>Lire le jeton bearer sur l’entrée standard.</translation>
    </message>
    <message>
        <source>Send header NAME with a secret value from UPWATCH_SECRET_HEADER or --secret-stdin.</source>
        <translation>Envoyer l’en-tête NAME avec une valeur secrète lue dans UPWATCH_SECRET_HEADER ou via --secret-stdin.</translation>
    </message>
    <message>
        <source>Client certificate (PEM) for mutual TLS; with --client-key. A key passphrase comes from UPWATCH_KEY_PASSPHRASE or --secret-stdin.</source>
        <translation>Certificat client (PEM) pour le TLS mutuel&#xa0;; avec --client-key. La phrase secrète éventuelle de la clé est lue dans UPWATCH_KEY_PASSPHRASE ou via --secret-stdin.</translation>
    </message>
    <message>
        <source>Private key (PEM) of --client-cert.</source>
        <translation>Clé privée (PEM) de --client-cert.</translation>
    </message>
    <message>
        <source>OAuth2 client credentials: the token endpoint; with --oauth2-client-id. The client secret comes from UPWATCH_CLIENT_SECRET or --secret-stdin.</source>
        <translation>OAuth2 (identifiants client)&#xa0;: l’URL du jeton&#xa0;; avec --oauth2-client-id. Le secret client est lu dans UPWATCH_CLIENT_SECRET ou via --secret-stdin.</translation>
    </message>
    <message>
        <source>OAuth2 client id.</source>
        <translation>ID client OAuth2.</translation>
    </message>
    <message>
        <source>OAuth2 scope (optional).</source>
        <translation>Portée OAuth2 (facultative).</translation>
    </message>
    <message>
        <source>Read the secret of the chosen authentication from standard input.</source>
        <translation>Lire le secret de l’authentification choisie sur l’entrée standard.</translation>
    </message>
    <message>
        <source>warning: a password in the URL shows in the process list while upwatch runs; use --user with UPWATCH_PASSWORD or --password-stdin</source>
        <translation>avertissement&#xa0;: un mot de passe dans l’URL apparaît dans la liste des processus pendant l’exécution d’upwatch&#xa0;; utilisez --user avec UPWATCH_PASSWORD ou --password-stdin</translation>
    </message>
    <message>
        <source>cannot read standard input: %1</source>
        <translation>impossible de lire l’entrée standard&#xa0;: %1</translation>
    </message>
    <message>
        <source>the secret on standard input is longer than %1 KiB</source>
        <translation>le secret fourni sur l’entrée standard dépasse %1&#xa0;Kio</translation>
    </message>
    <message>
        <source>--client-cert and --client-key go together</source>
        <translation>--client-cert et --client-key s’utilisent ensemble</translation>
    </message>
    <message>
        <source>OAuth2 needs both --oauth2-token-url and --oauth2-client-id</source>
        <translation>OAuth2 nécessite à la fois --oauth2-token-url et --oauth2-client-id</translation>
    </message>
    <message>
        <source>choose one kind of authentication, not %1</source>
        <translation>choisissez un seul type d’authentification, pas %1</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>standard input holds one secret: give only one of %1</source>
        <translation>l’entrée standard ne contient qu’un secret&#xa0;: n’indiquez qu’une seule des options %1</translation>
    </message>
    <message>
        <source>%1 needs an authentication option (--user, --bearer, --secret-header, --client-cert or --oauth2-token-url)</source>
        <translation>%1 nécessite une option d’authentification (--user, --bearer, --secret-header, --client-cert ou --oauth2-token-url)</translation>
    </message>
    <message>
        <source>--password-stdin goes with --user</source>
        <translation>--password-stdin s’utilise avec --user</translation>
    </message>
    <message>
        <source>standard input is empty: it should hold the %1</source>
        <translation>l’entrée standard est vide&#xa0;: elle devrait contenir le secret (%1)</translation>
    </message>
    <message>
        <source>%1 authentication needs the %2: set %3 or use %4</source>
        <translation>authentification «&#xa0;%1&#xa0;»&#xa0;: secret manquant (%2)&#xa0;; définissez %3 ou utilisez %4</translation>
    </message>
</context>
<context>
    <name>AuthenticationTab</name>
    <message>
        <source>&apos;Authorization&apos; is set by the HTTP Basic, Bearer token and OAuth2 kinds: choose one of those instead.</source>
        <translation>«&#xa0;Authorization&#xa0;» est défini par les types HTTP Basic, Bearer token et OAuth2&#xa0;: choisissez plutôt l’un d’eux.</translation>
    </message>
    <message>
        <source>&apos;Proxy-Authorization&apos; is meant for a proxy, not for the monitored server.</source>
        <translation>«&#xa0;Proxy-Authorization&#xa0;» est destiné à un proxy, pas au serveur surveillé.</translation>
    </message>
    <message>
        <source>&apos;Host&apos; is taken from the URL and cannot be a secret.</source>
        <translation>«&#xa0;Host&#xa0;» est tiré de l’URL et ne peut pas être un secret.</translation>
    </message>
    <message>
        <source>the OS keychain</source>
        <translation>le trousseau du système</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>Uti&amp;lisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>&amp;Header name:</source>
        <translation>No&amp;m de l’en-tête&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. X-API-Key</source>
        <translation>p. ex. X-API-Key</translation>
    </message>
    <message>
        <source>&amp;Certificate file:</source>
        <translation>Fichier de &amp;certificat&#xa0;:</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>Certificat client</translation>
    </message>
    <message>
        <source>Private &amp;key file:</source>
        <translation>Fichier de clé &amp;privée&#xa0;:</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>Clé privée</translation>
    </message>
    <message>
        <source>Token UR&amp;L:</source>
        <translation>UR&amp;L du jeton&#xa0;:</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>&amp;ID client&#xa0;:</translation>
    </message>
    <message>
        <source>Sc&amp;ope:</source>
        <translation>P&amp;ortée&#xa0;:</translation>
    </message>
    <message>
        <source>Optional, e.g. read:status</source>
        <translation>Facultatif, p. ex. read:status</translation>
    </message>
    <message>
        <source>PEM file</source>
        <translation>Fichier PEM</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.cer *.key);;All files (*)</source>
        <translation>Fichiers PEM (*.pem *.crt *.cer *.key);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;oken:</source>
        <translation>&amp;Jeton&#xa0;:</translation>
    </message>
    <message>
        <source>Header &amp;value:</source>
        <translation>Va&amp;leur de l’en-tête&#xa0;:</translation>
    </message>
    <message>
        <source>Key &amp;passphrase:</source>
        <translation>Phrase &amp;secrète de la clé&#xa0;:</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>&amp;Secret client&#xa0;:</translation>
    </message>
    <message>
        <source>Keep stor&amp;ed</source>
        <translation>&amp;Garder l’existant</translation>
    </message>
    <message>
        <source>&amp;Replace…</source>
        <translation>Remplac&amp;er…</translation>
    </message>
    <message>
        <source>Keep the %1 that is stored.</source>
        <translation>Conserver le secret enregistré (%1).</translation>
    </message>
    <message>
        <source>Type a new %1 instead of the stored one.</source>
        <translation>Saisir un nouveau secret (%1) à la place de celui enregistré.</translation>
    </message>
    <message>
        <source>Stored in %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
    <message>
        <source>Cannot be stored (see below)</source>
        <translation>Impossible à enregistrer (voir ci-dessous)</translation>
    </message>
    <message>
        <source>The new %1</source>
        <translation>Nouveau secret (%1)</translation>
    </message>
    <message>
        <source>Only if the key file is encrypted</source>
        <translation>Seulement si le fichier de clé est chiffré</translation>
    </message>
    <message>
        <source>The %1 is kept in %2, never in Upwatch&apos;s database or its exports.</source>
        <translation>Ce secret (%1) est conservé dans %2, jamais dans la base de données d’Upwatch ni dans ses exports.</translation>
    </message>
    <message>
        <source>Enter the user name.</source>
        <translation>Saisissez le nom d’utilisateur.</translation>
    </message>
    <message>
        <source>An HTTP Basic user name cannot contain &apos;:&apos;.</source>
        <translation>Un nom d’utilisateur HTTP Basic ne peut pas contenir «&#xa0;:&#xa0;».</translation>
    </message>
    <message>
        <source>The user name cannot contain control characters.</source>
        <translation>Le nom d’utilisateur ne peut pas contenir de caractères de contrôle.</translation>
    </message>
    <message>
        <source>Enter the header&apos;s name, e.g. X-API-Key.</source>
        <translation>Saisissez le nom de l’en-tête, p. ex. X-API-Key.</translation>
    </message>
    <message>
        <source>Choose the %1 (PEM).</source>
        <translation>Choisissez le %1 (PEM).</translation>
    </message>
    <message>
        <source>Give the full path of the %1: %2 is relative.</source>
        <translation>Indiquez le chemin complet du %1&#xa0;: %2 est un chemin relatif.</translation>
    </message>
    <message>
        <source>The %1 %2 does not exist.</source>
        <translation>Le %1 %2 n’existe pas.</translation>
    </message>
    <message>
        <source>%1 is a folder, not the %2.</source>
        <translation>%1 est un dossier, pas le %2.</translation>
    </message>
    <message>
        <source>The %1 %2 cannot be read: check its permissions.</source>
        <translation>Le %1 %2 ne peut pas être lu&#xa0;: vérifiez ses droits d’accès.</translation>
    </message>
    <message>
        <source>certificate file</source>
        <translation>fichier de certificat</translation>
    </message>
    <message>
        <source>private key file</source>
        <translation>fichier de clé privée</translation>
    </message>
    <message>
        <source>Enter the token URL, e.g. https://auth.example.com/oauth/token.</source>
        <translation>Saisissez l’URL du jeton, p. ex. https://auth.example.com/oauth/token.</translation>
    </message>
    <message>
        <source>Enter the client ID.</source>
        <translation>Saisissez l’ID client.</translation>
    </message>
    <message>
        <source>Enter the new %1, or keep the stored one.</source>
        <translation>Saisissez le nouveau secret (%1) ou conservez celui enregistré.</translation>
    </message>
    <message>
        <source>Enter the %1: the secret stored for %2 does not carry over.</source>
        <translation>Saisissez le secret (%1)&#xa0;: celui enregistré pour %2 n’est pas repris.</translation>
    </message>
    <message>
        <source>Enter the %1.</source>
        <translation>Saisissez le secret (%1).</translation>
    </message>
    <message>
        <source>The %1 cannot contain control characters.</source>
        <translation>Le secret (%1) ne peut pas contenir de caractères de contrôle.</translation>
    </message>
</context>
<context>
    <name>AutostartEntry</name>
    <message>
        <source>Cannot start Upwatch on login: %1 is not a folder.</source>
        <translation>Impossible de démarrer Upwatch à l’ouverture de session&#xa0;: %1 n’est pas un dossier.</translation>
    </message>
    <message>
        <source>Cannot start Upwatch on login: the folder %1 cannot be created.</source>
        <translation>Impossible de démarrer Upwatch à l’ouverture de session&#xa0;: le dossier %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <source>Cannot start Upwatch on login: %1 cannot be written (%2).</source>
        <translation>Impossible de démarrer Upwatch à l’ouverture de session&#xa0;: %1 ne peut pas être écrit (%2).</translation>
    </message>
    <message>
        <source>Cannot stop starting Upwatch on login: %1 cannot be removed (%2).</source>
        <translation>Impossible de désactiver le démarrage d’Upwatch à l’ouverture de session&#xa0;: %1 ne peut pas être supprimé (%2).</translation>
    </message>
</context>
<context>
    <name>BenchChecks</name>
    <message>
        <source>none measured</source>
        <translation>aucune mesure</translation>
    </message>
    <message>
        <source>p50 %1 · p99 %2 · max %3 ms</source>
        <translation>p50 %1 · p99 %2 · max %3&#xa0;ms</translation>
    </message>
    <message>
        <source>%1 monitors every %2 s over %3 loopback hosts, %4 workers, %5; measured for %6 s after %7 s of warm-up
</source>
        <translation>%1 sondes toutes les %2&#xa0;s sur %3 hôtes de bouclage, %4 threads de travail, %5&#xa0;; mesure pendant %6&#xa0;s après %7&#xa0;s de préchauffage
</translation>
    </message>
    <message>
        <source>a new connection per check</source>
        <translation>une nouvelle connexion par vérification</translation>
    </message>
    <message>
        <source>keep-alive</source>
        <translation>keep-alive</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <source>bare loop: checks/s</source>
        <translation>boucle minimale&#xa0;: vérifications/s</translation>
    </message>
    <message>
        <source>bare loop: failed</source>
        <translation>boucle minimale&#xa0;: échecs</translation>
    </message>
    <message>
        <source>bare loop: response</source>
        <translation>boucle minimale&#xa0;: réponse</translation>
    </message>
    <message>
        <source>bare loop: CPU per check</source>
        <translation>boucle minimale&#xa0;: CPU par vérification</translation>
    </message>
    <message>
        <source>%1 µs (nginx %2 s)</source>
        <translation>%1&#xa0;µs (nginx %2&#xa0;s)</translation>
    </message>
    <message>
        <source>service: needed checks/s</source>
        <translation>service&#xa0;: vérifications/s nécessaires</translation>
    </message>
    <message>
        <source>service: checks/s</source>
        <translation>service&#xa0;: vérifications/s</translation>
    </message>
    <message>
        <source>service: stored/s</source>
        <translation>service&#xa0;: enregistrées/s</translation>
    </message>
    <message>
        <source>service: failed</source>
        <translation>service&#xa0;: échecs</translation>
    </message>
    <message>
        <source>service: late / skipped</source>
        <translation>service&#xa0;: en retard / sautées</translation>
    </message>
    <message>
        <source>%1 of %2 started late, %3 slots skipped</source>
        <translation>%1 sur %2 démarrées en retard, %3 créneaux sautés</translation>
    </message>
    <message>
        <source>service: lateness</source>
        <translation>service&#xa0;: retard</translation>
    </message>
    <message>
        <source>service: gap between checks</source>
        <translation>service&#xa0;: écart entre deux vérifications</translation>
    </message>
    <message>
        <source>service: response</source>
        <translation>service&#xa0;: réponse</translation>
    </message>
    <message>
        <source>service: owner thread lag</source>
        <translation>service&#xa0;: latence du thread propriétaire</translation>
    </message>
    <message>
        <source>service: worker %1 lag (per second)</source>
        <translation>service&#xa0;: latence du thread de travail %1 (par seconde)</translation>
    </message>
    <message>
        <source>service: in flight</source>
        <translation>service&#xa0;: en cours</translation>
    </message>
    <message>
        <source>average %1, most %2; most waiting %3</source>
        <translation>moyenne %1, maximum %2&#xa0;; maximum en attente %3</translation>
    </message>
    <message>
        <source>service: saturated</source>
        <translation>service&#xa0;: saturé</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>service: CPU per check</source>
        <translation>service&#xa0;: CPU par vérification</translation>
    </message>
    <message>
        <source>service: stored in all</source>
        <translation>service&#xa0;: total enregistré</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>stored / bare</source>
        <translation>enregistrées / boucle minimale</translation>
    </message>
    <message>
        <source>not comparable: the monitors need fewer checks/s than the bare loop does (add monitors or shorten the interval)</source>
        <translation>non comparable&#xa0;: les sondes nécessitent moins de vérifications/s que la boucle minimale n’en effectue (ajoutez des sondes ou raccourcissez l’intervalle)</translation>
    </message>
    <message>
        <source>peak RSS</source>
        <translation>pic de RSS</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1&#xa0;MB</translation>
    </message>
    <message>
        <source>Runs the monitoring service (engine, state tracking, history writer to a temporary database) against a loopback nginx (Debian&apos;s nginx-light, started and stopped here, answering &quot;OK&quot; on 127.0.0.1 … 127.0.0.H), and reports checks/s completed and stored, late and skipped checks, lateness, the gap between two checks of one monitor, response times, event-loop lag of the owner thread and of each worker, requests in flight, CPU time and memory. --bare runs a minimal QNAM loop instead (the ceiling: nothing scheduled or stored); --compare runs both, the bare loop first, and prints their ratio.</source>
        <translation>Exécute le service de surveillance (moteur, suivi d’état, écriture de l’historique dans une base de données temporaire) face à un nginx de bouclage (nginx-light de Debian, démarré et arrêté ici, qui répond «&#xa0;OK&#xa0;» sur 127.0.0.1 … 127.0.0.H), et indique les vérifications/s effectuées et enregistrées, les vérifications en retard et sautées, le retard, l’écart entre deux vérifications d’une même sonde, les temps de réponse, la latence de la boucle d’événements du thread propriétaire et de chaque thread de travail, les requêtes en cours, le temps CPU et la mémoire. --bare exécute à la place une boucle QNAM minimale (le plafond&#xa0;: rien n’est planifié ni enregistré)&#xa0;; --compare exécute les deux, la boucle minimale d’abord, et affiche leur rapport.</translation>
    </message>
    <message>
        <source>Monitors to check (default 1000).</source>
        <translation>Sondes à vérifier (1000 par défaut).</translation>
    </message>
    <message>
        <source>Each monitor&apos;s interval in seconds (default 1).</source>
        <translation>Intervalle de chaque sonde, en secondes (1 par défaut).</translation>
    </message>
    <message>
        <source>Seconds measured, after the warm-up (default 20).</source>
        <translation>Secondes de mesure, après le préchauffage (20 par défaut).</translation>
    </message>
    <message>
        <source>Seconds of warm-up first (default 3).</source>
        <translation>Secondes de préchauffage préalable (3 par défaut).</translation>
    </message>
    <message>
        <source>Loopback addresses the monitors are spread over (default 100).</source>
        <translation>Adresses de bouclage sur lesquelles les sondes sont réparties (100 par défaut).</translation>
    </message>
    <message>
        <source>Worker threads (default: one per core).</source>
        <translation>Threads de travail (par défaut&#xa0;: un par cœur).</translation>
    </message>
    <message>
        <source>nginx closes every connection after its answer, so each check connects anew.</source>
        <translation>nginx ferme chaque connexion après sa réponse, si bien que chaque vérification se reconnecte.</translation>
    </message>
    <message>
        <source>Run only the bare QNAM loop.</source>
        <translation>Exécuter uniquement la boucle QNAM minimale.</translation>
    </message>
    <message>
        <source>Run the bare loop, then the service.</source>
        <translation>Exécuter la boucle minimale, puis le service.</translation>
    </message>
    <message>
        <source>Print one JSON line.</source>
        <translation>Afficher une ligne JSON.</translation>
    </message>
    <message>
        <source>--bare and --compare cannot be combined</source>
        <translation>--bare et --compare ne peuvent pas être combinés</translation>
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
        <translation>Utilisation&#xa0;: upwatch bench checks|storage|ui [options]

  checks    Le service de surveillance face à un nginx de bouclage&#xa0;: vérifications
            par seconde, retard, écarts, temps de réponse, latence de la boucle
            d’événements, CPU et mémoire.
  storage   La base de données que laisse un nombre donné de sondes après une
            année simulée&#xa0;: taille par niveau, débit d’écriture, durée des
            requêtes de disponibilité et de graphique.
  ui        La fenêtre avec 100&#xa0;000&#xa0;sondes (hors écran)&#xa0;: démarrage, filtre, tri,
            mémoire et latence du thread de l’interface au plein débit du moteur.

Exécutez «&#xa0;upwatch bench &lt;benchmark&gt; --help&#xa0;» pour ses options.
</translation>
    </message>
    <message>
        <source>bench needs a benchmark: checks, storage or ui</source>
        <translation>bench nécessite un banc d’essai&#xa0;: checks, storage ou ui</translation>
    </message>
    <message>
        <source>unknown benchmark &apos;%1&apos; (see &apos;upwatch bench --help&apos;)</source>
        <translation>banc d’essai inconnu «&#xa0;%1&#xa0;» (voir «&#xa0;upwatch bench --help&#xa0;»)</translation>
    </message>
</context>
<context>
    <name>BenchStorage</name>
    <message>
        <source>bench storage: %1 %2%
</source>
        <translation>bench storage&#xa0;: %1 %2&#xa0;%
</translation>
    </message>
    <message>
        <source>Monitors (default 1000).</source>
        <translation>Sondes (1000 par défaut).</translation>
    </message>
    <message>
        <source>Seconds between two checks of a monitor (default 30).</source>
        <translation>Intervalle entre deux vérifications d’une sonde, en secondes (30 par défaut).</translation>
    </message>
    <message>
        <source>Days of history (default 365).</source>
        <translation>Jours d’historique (365 par défaut).</translation>
    </message>
    <message>
        <source>Monitors whose queries are timed (default 50).</source>
        <translation>Sondes dont les requêtes sont chronométrées (50 par défaut).</translation>
    </message>
    <message>
        <source>Days of minute rollups to keep (default: the store&apos;s default), to weigh that retention.</source>
        <translation>Jours de synthèses par minute à conserver (par défaut&#xa0;: la valeur par défaut du stockage), pour évaluer le coût de cette durée de conservation.</translation>
    </message>
    <message>
        <source>Print one JSON line.</source>
        <translation>Afficher une ligne JSON.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>that history would take about %1 rows, more than the %2 this benchmark writes in reasonable time</source>
        <translation>cet historique occuperait environ %1 lignes, plus que les %2 que ce banc d’essai écrit en un temps raisonnable</translation>
    </message>
    <message>
        <source>%1 exists and is not empty: bench storage writes a new database (give a new file, or leave out --db for a temporary one)</source>
        <translation>%1 existe et n’est pas vide&#xa0;: bench storage écrit une nouvelle base de données (indiquez un nouveau fichier, ou omettez --db pour une base temporaire)</translation>
    </message>
    <message>
        <source>cannot create a temporary folder: %1</source>
        <translation>impossible de créer un dossier temporaire&#xa0;: %1</translation>
    </message>
    <message>
        <source>timing queries</source>
        <translation>chronométrage des requêtes</translation>
    </message>
    <message>
        <source>measuring the file</source>
        <translation>mesure du fichier</translation>
    </message>
    <message>
        <source>part</source>
        <translation>partie</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>lignes</translation>
    </message>
    <message>
        <source>raw results</source>
        <translation>résultats bruts</translation>
    </message>
    <message>
        <source>minute rollups</source>
        <translation>synthèses par minute</translation>
    </message>
    <message>
        <source>hour rollups</source>
        <translation>synthèses par heure</translation>
    </message>
    <message>
        <source>day rollups</source>
        <translation>synthèses par jour</translation>
    </message>
    <message>
        <source>incidents</source>
        <translation>incidents</translation>
    </message>
    <message>
        <source>indexes</source>
        <translation>index</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>database</source>
        <translation>base de données</translation>
    </message>
    <message>
        <source>query</source>
        <translation>requête</translation>
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
        <translation>disponibilité %1</translation>
    </message>
    <message>
        <source>chart 1y</source>
        <translation>graphique 1 an</translation>
    </message>
    <message>
        <source>%1 monitors every %2 s, %3 days
</source>
        <translation>%1 sondes toutes les %2&#xa0;s, %3 jours
</translation>
    </message>
    <message>
        <source>write: %1 results through append() in %2 s: %3 results/s
</source>
        <translation>écriture&#xa0;: %1 résultats via append() en %2&#xa0;s&#xa0;: %3 résultats/s
</translation>
    </message>
    <message>
        <source>queries over %1 monitors:
</source>
        <translation>requêtes sur %1 sondes&#xa0;:
</translation>
    </message>
    <message>
        <source>
total %1 s
</source>
        <translation>
total %1&#xa0;s
</translation>
    </message>
    <message>
        <source>past rollups</source>
        <translation>synthèses passées</translation>
    </message>
    <message>
        <source>raw results through append()</source>
        <translation>résultats bruts via append()</translation>
    </message>
    <message>
        <source>Builds the database that N monitors checked every S seconds leave after D days under the default retention, then measures it: its size per level, the write rate through the store&apos;s append path, the time of each uptime window and of a one-year chart.

The clock is simulated. Results older than the raw retention are not written one by one: their checks are simulated and summed by the store&apos;s own rollup code into the minute, hour and day rollups the store would have left (minute rollups only within their retention), written an hour at a time with every monitor side by side; their incidents go through the store&apos;s append path. The raw window (the last 48 hours) goes through the store&apos;s append path itself, in the batches the history writer makes when results come faster than it flushes (20,000 results); the write rate is measured there. Then retention is applied as the service does.

Without --db the database is a temporary file, removed at the end; with --db it is kept (the file must not exist or be empty; a PostgreSQL database must hold no monitors).</source>
        <translation>Construit la base de données que laissent N sondes vérifiées toutes les S secondes après D jours avec la durée de conservation par défaut, puis la mesure&#xa0;: sa taille par niveau, le débit d’écriture par le chemin d’ajout du stockage, la durée de chaque fenêtre de disponibilité et d’un graphique sur un an.

L’horloge est simulée. Les résultats plus anciens que la durée de conservation des résultats bruts ne sont pas écrits un par un&#xa0;: leurs vérifications sont simulées et additionnées par le code de synthèse du stockage lui-même dans les synthèses par minute, par heure et par jour que le stockage aurait laissées (synthèses par minute uniquement dans leur durée de conservation), écrites une heure à la fois avec toutes les sondes côte à côte&#xa0;; leurs incidents passent par le chemin d’ajout du stockage. La fenêtre brute (les 48 dernières heures) passe elle-même par le chemin d’ajout du stockage, par lots tels que les constitue le thread d’écriture de l’historique lorsque les résultats arrivent plus vite qu’il ne les écrit (20&#xa0;000 résultats)&#xa0;; le débit d’écriture y est mesuré. Ensuite, la conservation est appliquée comme le fait le service.

Sans --db, la base de données est un fichier temporaire, supprimé à la fin&#xa0;; avec --db, elle est conservée (le fichier ne doit pas exister ou doit être vide&#xa0;; une base PostgreSQL ne doit contenir aucun moniteur).</translation>
    </message>
    <message>
        <source>%1 holds monitors already: bench storage writes a new database (give an empty one)</source>
        <translation>%1 contient déjà des moniteurs&#xa0;: bench storage écrit une nouvelle base de données (indiquez-en une vide)</translation>
    </message>
    <message>
        <source>Write as an agent at this location does: every batch also writes its monitors&apos; live states, and results and incidents record the location.</source>
        <translation>Écrire comme le fait un agent à cet emplacement&#xa0;: chaque lot écrit aussi l’état en direct de ses moniteurs, et les résultats et incidents indiquent l’emplacement.</translation>
    </message>
    <message>
        <source>--location needs a name</source>
        <translation>--location demande un nom</translation>
    </message>
</context>
<context>
    <name>BenchUi</name>
    <message>
        <source>the window did not load %1 monitors in %2 s</source>
        <translation>la fenêtre n’a pas chargé %1 sondes en %2&#xa0;s</translation>
    </message>
    <message>
        <source>the window has no search box</source>
        <translation>la fenêtre n’a pas de champ de recherche</translation>
    </message>
    <message>
        <source>the filter model has no refresh timer</source>
        <translation>le modèle de filtre n’a pas de minuteur d’actualisation</translation>
    </message>
    <message>
        <source>The window with many monitors, offscreen: start to interactive, a filter keystroke, a full sort, the periodic re-sort, memory, and the GUI thread&apos;s lag while results for every monitor arrive at the engine&apos;s rate. The monitors go into a temporary database first (not timed).</source>
        <translation>La fenêtre avec de nombreuses sondes, hors écran&#xa0;: démarrage jusqu’à l’interactivité, une frappe dans le filtre, un tri complet, le re-tri périodique, la mémoire et la latence du thread de l’interface pendant que les résultats de chaque sonde arrivent au débit du moteur. Les sondes sont d’abord placées dans une base de données temporaire (non chronométré).</translation>
    </message>
    <message>
        <source>Monitors in the window (default 100000).</source>
        <translation>Sondes dans la fenêtre (100000 par défaut).</translation>
    </message>
    <message>
        <source>Results per second (default 6500).</source>
        <translation>Résultats par seconde (6500 par défaut).</translation>
    </message>
    <message>
        <source>How long results arrive (default 10).</source>
        <translation>Durée pendant laquelle les résultats arrivent (10 par défaut).</translation>
    </message>
    <message>
        <source>One JSON line instead of the table.</source>
        <translation>Une ligne JSON au lieu du tableau.</translation>
    </message>
    <message>
        <source>Only fill this database with the monitors.</source>
        <translation>Uniquement remplir cette base de données avec les sondes.</translation>
    </message>
    <message>
        <source>monitors</source>
        <translation>sondes</translation>
    </message>
    <message>
        <source>results/s</source>
        <translation>résultats/s</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>bench ui needs the window&apos;s application object</source>
        <translation>bench ui nécessite l’objet application de la fenêtre</translation>
    </message>
    <message>
        <source>cannot fill the database: %1</source>
        <translation>impossible de remplir la base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot create a temporary folder: %1</source>
        <translation>impossible de créer un dossier temporaire&#xa0;: %1</translation>
    </message>
    <message>
        <source>the filling process failed</source>
        <translation>le processus de remplissage a échoué</translation>
    </message>
    <message>
        <source>%1 ms → %2 rows</source>
        <translation>%1&#xa0;ms → %2 lignes</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Start to interactive</source>
        <translation>Démarrage jusqu’à l’interactivité</translation>
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
        <translation>  sondes chargées / historique lu</translation>
    </message>
    <message>
        <source>%1 / %2 ms</source>
        <translation>%1 / %2&#xa0;ms</translation>
    </message>
    <message>
        <source>Filter keystroke (worst after the first)</source>
        <translation>Frappe dans le filtre (pire cas après la première)</translation>
    </message>
    <message>
        <source>≤ 30 ms</source>
        <translation>≤ 30&#xa0;ms</translation>
    </message>
    <message>
        <source>  of which re-filtering (worst)</source>
        <translation>  dont refiltrage (pire cas)</translation>
    </message>
    <message>
        <source>%1 ms (GUI thread CPU %2 ms)</source>
        <translation>%1&#xa0;ms (CPU du thread de l’interface %2&#xa0;ms)</translation>
    </message>
    <message>
        <source>  each character</source>
        <translation>  chaque caractère</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <source>Full sort (header click)</source>
        <translation>Tri complet (clic sur l’en-tête)</translation>
    </message>
    <message>
        <source>Re-sort p50 / p99</source>
        <translation>Re-tri p50 / p99</translation>
    </message>
    <message>
        <source>%1 / %2 ms (%3; GUI thread CPU %4 / %5 ms)</source>
        <translation>%1 / %2&#xa0;ms (%3&#xa0;; CPU du thread de l’interface %4 / %5&#xa0;ms)</translation>
    </message>
    <message>
        <source>≤ 20 ms</source>
        <translation>≤ 20&#xa0;ms</translation>
    </message>
    <message>
        <source>GUI lag p50 / p99 / max</source>
        <translation>Latence de l’interface p50 / p99 / max</translation>
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
        <translation>Résultats appliqués</translation>
    </message>
    <message>
        <source>%1 in %2 s (%3/s asked)</source>
        <translation>%1 en %2&#xa0;s (%3/s demandés)</translation>
    </message>
    <message>
        <source>RSS / peak</source>
        <translation>RSS / pic</translation>
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
        <translation>  RSS après chargement, avant le tableau</translation>
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
        <translation>upwatch bench ui&#xa0;: %1 sondes dans la fenêtre (hors écran), base de données remplie en %2&#xa0;ms
</translation>
    </message>
</context>
<context>
    <name>ChannelCommand</name>
    <message>
        <source>monitors %1</source>
        <translation>sondes %1</translation>
    </message>
    <message>
        <source>tags %1</source>
        <translation>étiquettes %1</translation>
    </message>
    <message>
        <source>all monitors</source>
        <translation>toutes les sondes</translation>
    </message>
    <message>
        <source>Add an alert channel: a webhook that gets a POST, or a program that is run (directly, not through a shell) with the event in UPWATCH_* environment variables and as JSON on standard input.</source>
        <translation>Ajouter un canal d’alerte&#xa0;: un webhook qui reçoit une requête POST, ou un programme exécuté (directement, sans passer par un shell) qui reçoit l’événement dans des variables d’environnement UPWATCH_* et en JSON sur son entrée standard.</translation>
    </message>
    <message>
        <source>channel add needs --name</source>
        <translation>channel add nécessite --name</translation>
    </message>
    <message>
        <source>channel add needs one of --webhook URL, --webhook-stdin or --command PROGRAM</source>
        <translation>channel add nécessite une seule option parmi --webhook URL, --webhook-stdin et --command PROGRAM</translation>
    </message>
    <message>
        <source>a channel named &apos;%1&apos; already exists (id %2)</source>
        <translation>un canal nommé «&#xa0;%1&#xa0;» existe déjà (id %2)</translation>
    </message>
    <message>
        <source>cannot store the webhook&apos;s URL in %1: %2</source>
        <translation>impossible d’enregistrer l’URL du webhook dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>added channel %1 (%2: %3)</source>
        <translation>canal ajouté&#xa0;: %1 (%2&#xa0;: %3)</translation>
    </message>
    <message>
        <source>its webhook URL is in %1</source>
        <translation>son URL de webhook est conservée dans %1</translation>
    </message>
    <message>
        <source>note: there is no monitor named &apos;%1&apos; yet; the channel covers it once there is</source>
        <translation>remarque&#xa0;: aucune sonde ne s’appelle encore «&#xa0;%1&#xa0;»&#xa0;; le canal la couvrira dès qu’elle existera</translation>
    </message>
    <message>
        <source>List the alert channels (never their secrets).</source>
        <translation>Lister les canaux d’alerte (jamais leurs secrets).</translation>
    </message>
    <message>
        <source>One JSON object per line instead of a table.</source>
        <translation>Un objet JSON par ligne au lieu d’un tableau.</translation>
    </message>
    <message>
        <source>No alert channels yet. Add one with &apos;upwatch channel add --name N --webhook URL&apos; or &apos;--command PROGRAM&apos;.</source>
        <translation>Aucun canal d’alerte pour le moment. Ajoutez-en un avec «&#xa0;upwatch channel add --name N --webhook URL&#xa0;» ou «&#xa0;--command PROGRAM&#xa0;».</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>ENABLED</source>
        <translation>ACTIF</translation>
    </message>
    <message>
        <source>EVENTS</source>
        <translation>ÉVÉNEMENTS</translation>
    </message>
    <message>
        <source>SCOPE</source>
        <translation>SONDES</translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation>CIBLE</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>The channel&apos;s name, or its id (digits only). Put &apos;--&apos; before a name that starts with &apos;-&apos;.</source>
        <translation>Le nom du canal ou son id (chiffres uniquement). Mettez «&#xa0;--&#xa0;» devant un nom qui commence par «&#xa0;-&#xa0;».</translation>
    </message>
    <message>
        <source>channel %1 needs one channel id or name</source>
        <translation>channel %1 attend un seul id ou nom de canal</translation>
    </message>
    <message>
        <source>Remove an alert channel and its stored secret.</source>
        <translation>Supprimer un canal d’alerte et son secret enregistré.</translation>
    </message>
    <message>
        <source>warning: the channel is removed, but its webhook URL could not be removed from %1: %2</source>
        <translation>avertissement&#xa0;: le canal a été supprimé, mais son URL de webhook n’a pas pu être supprimée de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>removed channel %1</source>
        <translation>canal supprimé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Send a test event to an alert channel now (past its event and monitor filters, even when it is switched off) and say how it went.</source>
        <translation>Envoyer immédiatement un événement de test à un canal d’alerte (sans tenir compte de ses filtres d’événements et de sondes, même s’il est désactivé) et afficher le résultat.</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n tentative</numerusform>
            <numerusform>%n tentatives</numerusform>
        </translation>
    </message>
    <message>
        <source>channel %1: delivered (%2)</source>
        <translation>canal %1&#xa0;: envoyé (%2)</translation>
    </message>
    <message>
        <source>channel %1: %2 (%3)</source>
        <translation>canal %1&#xa0;: %2 (%3)</translation>
    </message>
    <message>
        <source>cannot read the webhook&apos;s URL from %1: %2</source>
        <translation>impossible de lire l’URL du webhook dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>channel %1: %2</source>
        <translation>canal %1&#xa0;: %2</translation>
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
        <translation>Utilisation&#xa0;: upwatch channel &lt;add|list|remove|test&gt; [options]

  add --name N --webhook URL [--preset json|slack|discord|ntfy|gotify]
      [--template T] [--header &apos;Name: value&apos;]... [--events down,up,...]
      [--monitor NAME]... [--tag T]... [--timeout S]
                                   Ajouter un webhook (voir
                                   «&#xa0;channel add --help&#xa0;»).
  add --name N --command PROGRAM [-- ARG...] [mêmes filtres]
                                   Ajouter un canal qui exécute un programme.
  list [--json]                    Lister les canaux.
  remove ID|NAME                   Supprimer un canal et son secret enregistré.
  test ID|NAME                     Envoyer un test et afficher le résultat.

Toutes les actions acceptent --db PATH.
</translation>
    </message>
    <message>
        <source>unknown channel action &apos;%1&apos; (use add, list, remove or test)</source>
        <translation>action de canal inconnue «&#xa0;%1&#xa0;» (utilisez add, list, remove ou test)</translation>
    </message>
</context>
<context>
    <name>ChannelDialog</name>
    <message>
        <source>Add alert channel</source>
        <translation>Ajouter un canal d’alerte</translation>
    </message>
    <message>
        <source>Edit alert channel – %1</source>
        <translation>Modifier le canal d’alerte – %1</translation>
    </message>
    <message>
        <source>e.g. Ops Slack</source>
        <translation>p. ex. Slack Exploitation</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Webhook: POST to a URL</source>
        <translation>Webhook&#xa0;: requête POST vers une URL</translation>
    </message>
    <message>
        <source>Command: run a program</source>
        <translation>Commande&#xa0;: exécuter un programme</translation>
    </message>
    <message>
        <source>E&amp;nabled</source>
        <translation>Acti&amp;f</translation>
    </message>
    <message>
        <source>A disabled channel keeps its settings but is sent nothing.</source>
        <translation>Un canal désactivé conserve ses paramètres mais ne reçoit plus rien.</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Delivery</source>
        <translation>&amp;Envoi</translation>
    </message>
    <message>
        <source>&amp;Events and monitors</source>
        <translation>Événements et sonde&amp;s</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How long one attempt may take; a failed delivery is tried three times in all.</source>
        <translation>Durée maximale d’une tentative&#xa0;; un envoi qui échoue est tenté trois fois au total.</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Délai d’expiration&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>Pro&amp;gramme&#xa0;:</translation>
    </message>
    <message>
        <source>One per line, e.g.
--room
ops alerts</source>
        <translation>Un par ligne, p. ex.
--room
alertes exploitation</translation>
    </message>
    <message>
        <source>&amp;Arguments:</source>
        <translation>&amp;Arguments&#xa0;:</translation>
    </message>
    <message>
        <source>Each line is one argument, passed as written: no shell is involved. In double quotes, an argument keeps its outer spaces and may use \&quot; and \n; &quot;&quot; is an empty one.</source>
        <translation>Chaque ligne est un argument, transmis tel quel&#xa0;: aucun shell n’intervient. Entre guillemets doubles, un argument garde ses espaces de début et de fin et peut contenir \&quot; et \n&#xa0;; &quot;&quot; désigne un argument vide.</translation>
    </message>
    <message>
        <source>The event comes in environment variables (UPWATCH_EVENT, UPWATCH_MONITOR, UPWATCH_STATE, UPWATCH_REASON, UPWATCH_ERROR, UPWATCH_URL, …) and as JSON on standard input. Exit code 0 means delivered.</source>
        <translation>L’événement est transmis dans des variables d’environnement (UPWATCH_EVENT, UPWATCH_MONITOR, UPWATCH_STATE, UPWATCH_REASON, UPWATCH_ERROR, UPWATCH_URL, …) et en JSON sur l’entrée standard. Un code de sortie 0 signifie que l’envoi a réussi.</translation>
    </message>
    <message>
        <source>Alert when a monitor</source>
        <translation>Alerter quand une sonde</translation>
    </message>
    <message>
        <source>goes do&amp;wn</source>
        <translation>passe hors &amp;ligne</translation>
    </message>
    <message>
        <source>&amp;recovers (up again)</source>
        <translation>&amp;revient en ligne</translation>
    </message>
    <message>
        <source>becomes de&amp;graded (slow)</source>
        <translation>devient dé&amp;gradée (lente)</translation>
    </message>
    <message>
        <source>has a TLS &amp;certificate about to expire</source>
        <translation>a un &amp;certificat TLS sur le point d’expirer</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Sondes concernées</translation>
    </message>
    <message>
        <source>Saving (the URL goes to the keychain)…</source>
        <translation>Enregistrement (l’URL va dans le trousseau)…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>The channel was not saved: %1</source>
        <translation>Le canal n’a pas été enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>no reason was given.</source>
        <translation>aucune raison n’a été donnée.</translation>
    </message>
    <message>
        <source>Choose the program to run</source>
        <translation>Choisir le programme à exécuter</translation>
    </message>
</context>
<context>
    <name>ChannelInput</name>
    <message>
        <source>Header %1 has no name.</source>
        <translation>L’en-tête %1 n’a pas de nom.</translation>
    </message>
    <message>
        <source>Header %1: %2</source>
        <translation>En-tête %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>There are %1 headers; the limit is %2.</source>
        <translation>Il y a %1 en-têtes&#xa0;; la limite est de %2.</translation>
    </message>
    <message>
        <source>Enter the program to run, e.g. /usr/local/bin/page-me.</source>
        <translation>Saisissez le programme à exécuter, p. ex. /usr/local/bin/page-me.</translation>
    </message>
    <message>
        <source>The program contains a control character: it is one line of text.</source>
        <translation>Le programme contient un caractère de contrôle&#xa0;: il doit tenir sur une seule ligne de texte.</translation>
    </message>
    <message>
        <source>Enter a name for the channel.</source>
        <translation>Saisissez un nom pour le canal.</translation>
    </message>
    <message>
        <source>Another channel is already called &apos;%1&apos;. Choose a different name.</source>
        <translation>Un autre canal s’appelle déjà «&#xa0;%1&#xa0;». Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Choose at least one event to alert on.</source>
        <translation>Choisissez au moins un événement à signaler.</translation>
    </message>
    <message>
        <source>Choose at least one monitor or tag, or alert for all monitors.</source>
        <translation>Choisissez au moins une sonde ou une étiquette, ou alertez pour toutes les sondes.</translation>
    </message>
    <message>
        <source>No program &apos;%1&apos; is found in PATH here.</source>
        <translation>Aucun programme «&#xa0;%1&#xa0;» dans le PATH de cette machine.</translation>
    </message>
    <message>
        <source>There is no file %1 here.</source>
        <translation>Le fichier %1 n’existe pas sur cette machine.</translation>
    </message>
    <message>
        <source>%1 is not an executable file.</source>
        <translation>%1 n’est pas un fichier exécutable.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>an argument cannot contain a NUL character.</source>
        <translation>un argument ne peut pas contenir de caractère NUL.</translation>
    </message>
    <message>
        <source>the closing quote is missing.</source>
        <translation>le guillemet fermant est manquant.</translation>
    </message>
    <message>
        <source>there is text after the closing quote; quote the whole argument, writing \&quot; for a quote inside it.</source>
        <translation>du texte suit le guillemet fermant&#xa0;; mettez tout l’argument entre guillemets, en écrivant \&quot; pour un guillemet à l’intérieur.</translation>
    </message>
    <message>
        <source>There are more than %1 arguments.</source>
        <translation>Il y a plus de %1 arguments.</translation>
    </message>
    <message>
        <source>Write the body to send, with placeholders such as {{monitor}}.</source>
        <translation>Rédigez le corps à envoyer, avec des variables telles que {{monitor}}.</translation>
    </message>
    <message>
        <source>%1 is not a placeholder; use one of those listed under the template.</source>
        <translation>%1 n’est pas une variable&#xa0;; utilisez l’une de celles listées sous le modèle.</translation>
    </message>
    <message>
        <source>The template starts like JSON but is not valid JSON once filled in: %1. Put text placeholders inside quotes, like &quot;{{monitor}}&quot;.</source>
        <translation>Le modèle commence comme du JSON mais n’est pas du JSON valide une fois rempli&#xa0;: %1. Placez les variables de texte entre guillemets, comme &quot;{{monitor}}&quot;.</translation>
    </message>
    <message>
        <source>A Slack incoming webhook: paste the URL Slack gave you. Alerts arrive as a text message.</source>
        <translation>Un webhook entrant Slack&#xa0;: collez l’URL fournie par Slack. Les alertes arrivent sous forme de message texte.</translation>
    </message>
    <message>
        <source>A Discord webhook (channel settings, Integrations, Webhooks): paste its URL. Alerts arrive as a message.</source>
        <translation>Un webhook Discord (paramètres du salon, Intégrations, Webhooks)&#xa0;: collez son URL. Les alertes arrivent sous forme de message.</translation>
    </message>
    <message>
        <source>An ntfy topic URL: alerts arrive as text with a title, priority and tags. For a protected topic add an Authorization header.</source>
        <translation>L’URL d’un sujet ntfy&#xa0;: les alertes arrivent sous forme de texte avec un titre, une priorité et des étiquettes. Pour un sujet protégé, ajoutez un en-tête Authorization.</translation>
    </message>
    <message>
        <source>A Gotify server&apos;s /message URL with the application token (?token=…), or the token in an X-Gotify-Key header.</source>
        <translation>L’URL /message d’un serveur Gotify avec le jeton d’application (?token=…), ou le jeton dans un en-tête X-Gotify-Key.</translation>
    </message>
    <message>
        <source>Your own body, POSTed with the placeholders filled in; their values are JSON-escaped when the template starts with { or [.</source>
        <translation>Votre propre corps, envoyé en POST avec les variables remplies&#xa0;; leurs valeurs sont échappées pour JSON quand le modèle commence par { ou [.</translation>
    </message>
    <message>
        <source>Upwatch&apos;s own JSON: event, monitor, state, previous state, reason, error, URL, time and incident duration.</source>
        <translation>Le JSON propre à Upwatch&#xa0;: événement, sonde, état, état précédent, cause, erreur, URL, heure et durée de l’incident.</translation>
    </message>
    <message>
        <source>No events</source>
        <translation>Aucun événement</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Tous les événements</translation>
    </message>
    <message>
        <source>All monitors</source>
        <translation>Toutes les sondes</translation>
    </message>
    <message>
        <source>%1 monitors</source>
        <translation>%1 sondes</translation>
    </message>
    <message>
        <source>Tag %1</source>
        <translation>Étiquette %1</translation>
    </message>
    <message>
        <source>tag %1</source>
        <translation>étiquette %1</translation>
    </message>
    <message>
        <source>Tags %1</source>
        <translation>Étiquettes %1</translation>
    </message>
    <message>
        <source>tags %1</source>
        <translation>étiquettes %1</translation>
    </message>
    <message>
        <source>%1 tags</source>
        <translation>%1 étiquettes</translation>
    </message>
    <message>
        <source>Delivered in 1 attempt</source>
        <translation>Envoyé en 1 tentative</translation>
    </message>
    <message>
        <source>Delivered in %1 attempts</source>
        <translation>Envoyé en %1 tentatives</translation>
    </message>
    <message>
        <source>no reason was given</source>
        <translation>aucune raison n’a été donnée</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>Failed after 1 attempt: %1</source>
        <translation>Échec après 1 tentative&#xa0;: %1</translation>
    </message>
    <message>
        <source>Failed after %1 attempts: %2</source>
        <translation>Échec après %1 tentatives&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ChannelListModel</name>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Webhook (%1)</source>
        <translation>Webhook (%1)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Delivered %1</source>
        <translation>Envoyé à %1</translation>
    </message>
    <message>
        <source>Failed %1</source>
        <translation>Échec à %1</translation>
    </message>
    <message>
        <source>(test)</source>
        <translation>(test)</translation>
    </message>
    <message>
        <source>Every monitor</source>
        <translation>Toutes les sondes</translation>
    </message>
    <message>
        <source>Monitors: %1</source>
        <translation>Sondes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Monitors tagged: %1</source>
        <translation>Sondes étiquetées&#xa0;: %1</translation>
    </message>
    <message>
        <source>No delivery since Upwatch started</source>
        <translation>Aucun envoi depuis le démarrage d’Upwatch</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Monitors</source>
        <translation>Sondes</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Last delivery</source>
        <translation>Dernier envoi</translation>
    </message>
</context>
<context>
    <name>ChannelOptions</name>
    <message>
        <source>unknown event &apos;%1&apos; (use down, up, degraded or cert_expiry)</source>
        <translation>événement inconnu «&#xa0;%1&#xa0;» (utilisez down, up, degraded ou cert_expiry)</translation>
    </message>
    <message>
        <source>--events needs at least one of down, up, degraded or cert_expiry</source>
        <translation>--events attend au moins un événement parmi down, up, degraded et cert_expiry</translation>
    </message>
    <message>
        <source>--header must be &apos;Name: value&apos;</source>
        <translation>--header doit être de la forme «&#xa0;Name: value&#xa0;»</translation>
    </message>
    <message>
        <source>Keep the webhook&apos;s URL in DB.secrets (mode 0600) beside the database instead of the OS keychain: for a server without one. Used from then on.</source>
        <translation>Conserver l’URL du webhook dans DB.secrets (mode 0600), à côté de la base de données, plutôt que dans le trousseau du système&#xa0;: pour un serveur qui n’en a pas. Une fois créé, ce fichier est toujours utilisé.</translation>
    </message>
    <message>
        <source>Unique name of the channel.</source>
        <translation>Nom unique du canal.</translation>
    </message>
    <message>
        <source>http(s) URL to POST to (kept in the keychain; it shows in the process list while this runs: --webhook-stdin does not).</source>
        <translation>URL http(s) à laquelle envoyer le POST (conservée dans le trousseau&#xa0;; elle apparaît dans la liste des processus pendant l’exécution, contrairement à --webhook-stdin).</translation>
    </message>
    <message>
        <source>Read the webhook URL from standard input (first line), and headers from the lines after it.</source>
        <translation>Lire l’URL du webhook sur l’entrée standard (première ligne), et les en-têtes sur les lignes suivantes.</translation>
    </message>
    <message>
        <source>Body shape: json (default), slack, discord, ntfy, gotify or custom.</source>
        <translation>Format du corps&#xa0;: json (par défaut), slack, discord, ntfy, gotify ou custom.</translation>
    </message>
    <message>
        <source>Custom body with {{event}}, {{monitor}}, {{monitor_id}}, {{url}}, {{state}}, {{previous_state}}, {{reason}}, {{error}}, {{time}}, {{duration}}, {{summary}}, {{count}}.</source>
        <translation>Corps personnalisé avec {{event}}, {{monitor}}, {{monitor_id}}, {{url}}, {{state}}, {{previous_state}}, {{reason}}, {{error}}, {{time}}, {{duration}}, {{summary}}, {{count}}.</translation>
    </message>
    <message>
        <source>A request header &apos;Name: value&apos; (kept in the keychain); repeat for more.</source>
        <translation>En-tête de requête «&#xa0;Name: value&#xa0;» (conservé dans le trousseau)&#xa0;; option répétable.</translation>
    </message>
    <message>
        <source>Program to run; its arguments follow &apos;--&apos;.</source>
        <translation>Programme à exécuter&#xa0;; ses arguments suivent «&#xa0;--&#xa0;».</translation>
    </message>
    <message>
        <source>Events to send: down,up,degraded,cert_expiry (default: all).</source>
        <translation>Événements à envoyer&#xa0;: down,up,degraded,cert_expiry (par défaut&#xa0;: tous).</translation>
    </message>
    <message>
        <source>Only this monitor (by name); repeat for more. Default: all.</source>
        <translation>Uniquement cette sonde (par son nom)&#xa0;; option répétable. Par défaut&#xa0;: toutes.</translation>
    </message>
    <message>
        <source>Only monitors with this tag; repeat for more.</source>
        <translation>Uniquement les sondes portant cette étiquette&#xa0;; option répétable.</translation>
    </message>
    <message>
        <source>Seconds one delivery may take (default 10, at most %1).</source>
        <translation>Durée maximale d’un envoi, en secondes (10 par défaut, %1 au plus).</translation>
    </message>
    <message>
        <source>Add it switched off.</source>
        <translation>L’ajouter désactivé.</translation>
    </message>
    <message>
        <source>Arguments of --command&apos;s program.</source>
        <translation>Arguments du programme de --command.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>--%1 is for webhooks, not --command</source>
        <translation>--%1 est réservé aux webhooks, pas à --command</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; (arguments follow --command PROGRAM only)</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;» (seul --command PROGRAM peut être suivi d’arguments)</translation>
    </message>
    <message>
        <source>unknown preset &apos;%1&apos; (use json, slack, discord, ntfy, gotify or custom)</source>
        <translation>préréglage inconnu «&#xa0;%1&#xa0;» (utilisez json, slack, discord, ntfy, gotify ou custom)</translation>
    </message>
    <message>
        <source>--template needs --preset custom (or no --preset)</source>
        <translation>--template nécessite --preset custom (ou aucun --preset)</translation>
    </message>
    <message>
        <source>--preset custom needs --template</source>
        <translation>--preset custom nécessite --template</translation>
    </message>
</context>
<context>
    <name>ChannelScopeEditor</name>
    <message>
        <source>&amp;All monitors</source>
        <translation>&amp;Toutes les sondes</translation>
    </message>
    <message>
        <source>&amp;Only the monitors checked here, and those with a checked tag</source>
        <translation>&amp;Uniquement les sondes cochées ici, et celles portant une étiquette cochée</translation>
    </message>
    <message>
        <source>Filter monitors and tags</source>
        <translation>Filtrer les sondes et les étiquettes</translation>
    </message>
    <message>
        <source>&amp;Monitors:</source>
        <translation>S&amp;ondes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>Éti&amp;quettes&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (no such monitor)</source>
        <translation>%1 (sonde inexistante)</translation>
    </message>
    <message>
        <source>%1 (no monitor has it)</source>
        <translation>%1 (aucune sonde ne la porte)</translation>
    </message>
</context>
<context>
    <name>ChannelWebhookEditor</name>
    <message>
        <source>&amp;Preset:</source>
        <translation>&amp;Préréglage&#xa0;:</translation>
    </message>
    <message>
        <source>Kept in the keychain, with the headers: webhook URLs often are the password.</source>
        <translation>Conservée dans le trousseau, avec les en-têtes&#xa0;: l’URL d’un webhook fait souvent office de mot de passe.</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Show and change…</source>
        <translation>&amp;Afficher et modifier…</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Extra request headers, e.g. Authorization: Bearer …</source>
        <translation>En-têtes de requête supplémentaires, p. ex. Authorization: Bearer …</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>Aj&amp;outer</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Supp&amp;rimer</translation>
    </message>
    <message>
        <source>&amp;Headers:</source>
        <translation>En-&amp;têtes&#xa0;:</translation>
    </message>
    <message>
        <source>Placeholders: %1</source>
        <translation>Variables&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Insérer</translation>
    </message>
    <message>
        <source>Body &amp;template:</source>
        <translation>Modèle de &amp;corps&#xa0;:</translation>
    </message>
    <message>
        <source>The URL and headers are stored in the keychain; they are kept as they are.</source>
        <translation>L’URL et les en-têtes sont enregistrés dans le trousseau&#xa0;; ils sont conservés tels quels.</translation>
    </message>
    <message>
        <source>Reading the keychain…</source>
        <translation>Lecture du trousseau…</translation>
    </message>
    <message>
        <source>No URL is stored for this channel. Enter one.</source>
        <translation>Aucune URL n’est enregistrée pour ce canal. Saisissez-en une.</translation>
    </message>
    <message>
        <source>The stored URL could not be read: %1 Enter it again to replace it, or cancel to keep it.</source>
        <translation>Impossible de lire l’URL enregistrée&#xa0;: %1 Saisissez-la de nouveau pour la remplacer, ou annulez pour la conserver.</translation>
    </message>
    <message>
        <source>Stored in the keychain</source>
        <translation>Enregistrée dans le trousseau</translation>
    </message>
</context>
<context>
    <name>ChannelsPage</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Modi&amp;fier…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Send &amp;test</source>
        <translation>Envoyer un &amp;test</translation>
    </message>
    <message>
        <source>No alert channels yet.

A channel tells someone else when a monitor goes down, recovers, slows down or has a certificate about to expire: a webhook posts to Slack, Discord, ntfy, Gotify or any URL; a command runs a program of yours. The window and `upwatch run` both use them.

Click Add… to create one.</source>
        <translation>Aucun canal d’alerte pour l’instant.

Un canal prévient quelqu’un d’autre quand une sonde passe hors ligne, revient en ligne, ralentit ou a un certificat sur le point d’expirer&#xa0;: un webhook publie vers Slack, Discord, ntfy, Gotify ou n’importe quelle URL&#xa0;; une commande exécute l’un de vos programmes. La fenêtre et `upwatch run` les utilisent tous deux.

Cliquez sur Ajouter… pour en créer un.</translation>
    </message>
    <message>
        <source>Changes to channels are saved at once.</source>
        <translation>Les modifications des canaux sont enregistrées immédiatement.</translation>
    </message>
    <message>
        <source>Saved the channel &apos;%1&apos;.</source>
        <translation>Canal «&#xa0;%1&#xa0;» enregistré.</translation>
    </message>
    <message>
        <source>Remove channel</source>
        <translation>Supprimer le canal</translation>
    </message>
    <message>
        <source>Remove the channel &apos;%1&apos;? It will not be told about anything any more, and its stored URL and headers are deleted from the keychain.</source>
        <translation>Supprimer le canal «&#xa0;%1&#xa0;»&#xa0;? Il ne recevra plus aucune alerte, et son URL et ses en-têtes enregistrés seront effacés du trousseau.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>The channel &apos;%1&apos; was not removed: %2</source>
        <translation>Le canal «&#xa0;%1&#xa0;» n’a pas été supprimé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Removed the channel &apos;%1&apos;.</source>
        <translation>Canal «&#xa0;%1&#xa0;» supprimé.</translation>
    </message>
    <message>
        <source>Sending a test alert to &apos;%1&apos;…</source>
        <translation>Envoi d’une alerte de test à «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>Test alert to &apos;%1&apos;: %2</source>
        <translation>Alerte de test à «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Probe one URL once and print the verdict as one JSON line.
Exit code: 0 up or degraded, 1 down, 2 bad usage.</source>
        <translation>Vérifier une URL une seule fois et afficher le verdict sur une ligne JSON.
Code de sortie&#xa0;: 0 en ligne ou dégradé, 1 hors ligne, 2 erreur d’utilisation.</translation>
    </message>
    <message>
        <source>http:// or https:// URL</source>
        <translation>URL http:// ou https://</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Database file (accepted by every command; check stores nothing).</source>
        <translation>Fichier de base de données (accepté par toutes les commandes&#xa0;; check n’enregistre rien).</translation>
    </message>
    <message>
        <source>Usage: upwatch check [options] URL</source>
        <translation>Utilisation&#xa0;: upwatch check [options] URL</translation>
    </message>
    <message>
        <source>check needs a URL (see &apos;upwatch check --help&apos;)</source>
        <translation>check nécessite une URL (voir «&#xa0;upwatch check --help&#xa0;»)</translation>
    </message>
    <message>
        <source>check takes one URL, got %1: %2</source>
        <translation>check n’accepte qu’une URL, %1 reçues&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>CheckOptions</name>
    <message>
        <source>--%1 needs a whole number of %2 (at least %3), not &apos;%4&apos;</source>
        <translation>--%1 attend un nombre entier de %2 (au moins %3), et non «&#xa0;%4&#xa0;»</translation>
    </message>
    <message>
        <source>--%1 must be between %2 and %3, not %4</source>
        <translation>--%1 doit être compris entre %2 et %3, et non %4</translation>
    </message>
    <message>
        <source>HTTP method: %1 (default GET; POST with --data).</source>
        <translation>Méthode HTTP&#xa0;: %1 (GET par défaut&#xa0;; POST avec --data).</translation>
    </message>
    <message>
        <source>Request header &quot;Name: value&quot;; repeat for more.</source>
        <translation>En-tête de requête «&#xa0;Name: value&#xa0;»&#xa0;; option répétable.</translation>
    </message>
    <message>
        <source>Request body to POST.</source>
        <translation>Corps de la requête à envoyer en POST.</translation>
    </message>
    <message>
        <source>Accepted HTTP statuses: codes and ranges (default 200-299).</source>
        <translation>Statuts HTTP acceptés&#xa0;: codes et plages (200-299 par défaut).</translation>
    </message>
    <message>
        <source>Text the response body must contain.</source>
        <translation>Texte que le corps de la réponse doit contenir.</translation>
    </message>
    <message>
        <source>Fail when the body contains the keyword instead.</source>
        <translation>À l’inverse, échouer si le corps contient le mot-clé.</translation>
    </message>
    <message>
        <source>Deadline for the whole check in ms (default 10000).</source>
        <translation>Délai d’expiration de toute la vérification, en ms (10000 par défaut).</translation>
    </message>
    <message>
        <source>Redirects to follow; 0 judges the redirect (default 10).</source>
        <translation>Nombre de redirections à suivre&#xa0;; avec 0, la redirection elle-même est évaluée (10 par défaut).</translation>
    </message>
    <message>
        <source>Accept expired, self-signed or mismatched certificates.</source>
        <translation>Accepter les certificats expirés, autosignés ou ne correspondant pas à l’hôte.</translation>
    </message>
    <message>
        <source>Report DEGRADED when slower than this many ms.</source>
        <translation>Signaler un état dégradé au-delà de ce nombre de ms.</translation>
    </message>
    <message>
        <source>JSON assertion &apos;POINTER OP VALUE&apos; the body must hold, e.g. &apos;/status == &quot;ok&quot;&apos;; repeat for more.</source>
        <translation>Assertion JSON «&#xa0;POINTER OP VALUE&#xa0;» que le corps doit vérifier, p. ex. &apos;/status == &quot;ok&quot;&apos;&#xa0;; option répétable.</translation>
    </message>
    <message>
        <source>The keyword is a regular expression.</source>
        <translation>Le mot-clé est une expression régulière.</translation>
    </message>
    <message>
        <source>unsupported method &apos;%1&apos;: use %2</source>
        <translation>méthode «&#xa0;%1&#xa0;» non prise en charge&#xa0;: utilisez %2</translation>
    </message>
    <message>
        <source>bad --expect-status: %1</source>
        <translation>valeur de --expect-status incorrecte&#xa0;: %1</translation>
    </message>
    <message>
        <source>--keyword needs some text</source>
        <translation>--keyword attend un texte non vide</translation>
    </message>
    <message>
        <source>bad --json-assert &apos;%1&apos;: %2</source>
        <translation>--json-assert «&#xa0;%1&#xa0;» incorrect&#xa0;: %2</translation>
    </message>
    <message>
        <source>milliseconds</source>
        <translation>millisecondes</translation>
    </message>
    <message>
        <source>redirects</source>
        <translation>redirections</translation>
    </message>
</context>
<context>
    <name>ChecksBenchmark</name>
    <message>
        <source>starting nginx on %1 loopback addresses</source>
        <translation>démarrage de nginx sur %1 adresses de bouclage</translation>
    </message>
    <message>
        <source>bare loop: warming up for %1 s</source>
        <translation>boucle minimale&#xa0;: préchauffage pendant %1&#xa0;s</translation>
    </message>
    <message>
        <source>bare loop: measuring for %1 s</source>
        <translation>boucle minimale&#xa0;: mesure pendant %1&#xa0;s</translation>
    </message>
    <message>
        <source>cannot create a temporary folder: %1</source>
        <translation>impossible de créer un dossier temporaire&#xa0;: %1</translation>
    </message>
    <message>
        <source>service: adding %1 monitors</source>
        <translation>service&#xa0;: ajout de %1 sondes</translation>
    </message>
    <message>
        <source>cannot add the monitors: %1</source>
        <translation>impossible d’ajouter les sondes&#xa0;: %1</translation>
    </message>
    <message>
        <source>service: warming up for %1 s</source>
        <translation>service&#xa0;: préchauffage pendant %1&#xa0;s</translation>
    </message>
    <message>
        <source>service: measuring for %1 s</source>
        <translation>service&#xa0;: mesure pendant %1&#xa0;s</translation>
    </message>
    <message>
        <source>service: stopping and writing what is left</source>
        <translation>service&#xa0;: arrêt et écriture de ce qui reste</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>unknown option &apos;%1&apos; (see &apos;upwatch --help&apos;)</source>
        <translation>option inconnue «&#xa0;%1&#xa0;» (voir «&#xa0;upwatch --help&#xa0;»)</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (see &apos;upwatch --help&apos;)</source>
        <translation>commande inconnue «&#xa0;%1&#xa0;» (voir «&#xa0;upwatch --help&#xa0;»)</translation>
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
        <translation>Utilisation&#xa0;: upwatch [--db PATH] [--minimized]
              upwatch &lt;command&gt; [options]

Upwatch surveille des points de terminaison HTTP(S) et vous prévient dès
qu’ils passent hors ligne.
Sans commande, ouvre la fenêtre (--minimized&#xa0;: démarrer dans la zone de
notification).

Commandes&#xa0;:
  check URL [options]            Vérifier une URL une seule fois&#xa0;; afficher le
                                 verdict sur une ligne JSON. Code de sortie&#xa0;:
                                 0 en ligne ou dégradé, 1 hors ligne,
                                 2 erreur d’utilisation.
  monitor add --name N --url U   Ajouter une sonde (options de vérification,
                                 --interval, --retries, --recovery, --parent,
                                 --tag, --paused).
  monitor list [--json]          Lister les sondes, leur état et leur dernière
                                 vérification.
  monitor remove|pause|resume ID|NAME
                                 Supprimer une sonde (avec son historique), la
                                 mettre en pause ou la reprendre.
  monitor mute|unmute ID|NAME    Couper les alertes d’une sonde (--for 1h,
                                 --until-morning), ou les rétablir.
  import FILE.json               Ajouter des sondes depuis un fichier créé par
                                 export.
  export FILE.json               Écrire toutes les sondes dans un fichier JSON
                                 (sans les secrets).
  run [--duration S]             Exécuter le moteur sans fenêtre&#xa0;; Ctrl+C
                                 l’arrête.
  history export --out FILE.csv  Écrire les résultats des vérifications en CSV
                                 (--monitor, --since, --until).
  stats [--monitor M] [--json]   Disponibilité 24h/7d/30d/1y, temps de réponse,
                                 temps passé en maintenance&#xa0;; ou les chiffres du
                                 rapport pour une période (--month YYYY-MM,
                                 --from/--to).
  report --month YYYY-MM --out FILE.pdf|FILE.html
                                 Écrire le rapport de disponibilité d’un mois
                                 (ou --last-month, --from/--to&#xa0;; --monitor,
                                 --tag).
  channel add --name N --webhook URL|--command PROGRAM
                                 Ajouter un canal d’alerte (--preset, --events,
                                 --monitor, --tag, --timeout).
  channel list [--json]          Lister les canaux d’alerte.
  channel remove|test ID|NAME    Supprimer un canal, ou lui envoyer un événement
                                 de test.
  snooze [1h|4h|morning|off]     Retenir toutes les alertes pendant un temps&#xa0;;
                                 un seul résumé à la fin. Sans argument&#xa0;: ce qui
                                 les retient en ce moment.
  quiet-hours [22:00-07:00|off]  Retenir les alertes chaque nuit&#xa0;; un seul
                                 résumé ensuite.
  maintenance add --name N --start ISO --end ISO
  maintenance add --name N --weekly DAYS --at HH:MM --duration D
                                 Planifier une fenêtre de maintenance, unique ou
                                 hebdomadaire (--monitor, --tag, --time-zone)&#xa0;:
                                 les vérifications continuent, les alertes
                                 attendent, la disponibilité l’exclut.
  maintenance list [--json]      Lister les fenêtres de maintenance.
  maintenance remove ID|NAME     Supprimer une fenêtre.
  agents [--json]                Lister les agents qui partagent la base de
                                 données, l’emplacement depuis lequel ils
                                 vérifient et les sondes que chacun prend en
                                 charge.
  db password --db URL --password-stdin
                                 Conserver le mot de passe d’une base PostgreSQL
                                 dans le trousseau du système, pour toutes les
                                 commandes et la fenêtre (--forget&#xa0;: le
                                 supprimer).
  bench checks|storage|ui        Bancs d’essai&#xa0;: vérifications face à un nginx
                                 de bouclage, une année de stockage simulée, la
                                 fenêtre avec 100&#xa0;000&#xa0;sondes.

Options&#xa0;:
  --db PATH             Fichier de base de données, pour toutes les commandes
                        (par défaut&#xa0;: %1).
  -h, --help            Afficher cette aide.
  -v, --version         Afficher la version.

Exécutez «&#xa0;upwatch &lt;command&gt; --help&#xa0;» pour les options d’une commande.
</translation>
    </message>
</context>
<context>
    <name>CommandParser</name>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Database file (default: %1).</source>
        <translation>Fichier de base de données (par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an option, and ids and counts are never negative (put &apos;--&apos; before a name that starts with &apos;-&apos;)</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une option, et les id et les nombres ne sont jamais négatifs (mettez «&#xa0;--&#xa0;» devant un nom qui commence par «&#xa0;-&#xa0;»)</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Utilisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>--db needs a file name</source>
        <translation>--db attend un nom de fichier</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; (see &apos;upwatch %2 --help&apos;)</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;» (voir «&#xa0;upwatch %2 --help&#xa0;»)</translation>
    </message>
    <message>
        <source>warning: the password stored for %1 could not be read: %2</source>
        <translation>avertissement&#xa0;: le mot de passe enregistré pour %1 n’a pas pu être lu&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>DBusNotificationSink</name>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
</context>
<context>
    <name>DatabaseCommand</name>
    <message>
        <source>Keep the password of a PostgreSQL database in the OS keychain: the window, &apos;upwatch run&apos; and every other command started on the database use it (before PGPASSWORD and ~/.pgpass). It is read from standard input, never from an argument.</source>
        <translation>Conserver le mot de passe d’une base de données PostgreSQL dans le trousseau du système&#xa0;: la fenêtre, «&#xa0;upwatch run&#xa0;» et toutes les autres commandes lancées sur la base de données l’utilisent (avant PGPASSWORD et ~/.pgpass). Il est lu sur l’entrée standard, jamais dans un argument.</translation>
    </message>
    <message>
        <source>Read the password from standard input (one trailing line break is dropped).</source>
        <translation>Lire le mot de passe sur l’entrée standard (un saut de ligne final est retiré).</translation>
    </message>
    <message>
        <source>Remove the stored password.</source>
        <translation>Supprimer le mot de passe enregistré.</translation>
    </message>
    <message>
        <source>Keep the password in this machine&apos;s secrets file for the database (mode 0600) instead of the OS keychain: for a server without one. Used from then on.</source>
        <translation>Conserver le mot de passe dans le fichier de secrets de cette machine pour la base de données (mode 0600) plutôt que dans le trousseau du système&#xa0;: pour un serveur qui n’en a pas. Une fois créé, ce fichier est toujours utilisé.</translation>
    </message>
    <message>
        <source>db password needs --db with the URL of a PostgreSQL database (postgresql://user@host:port/db); a database file has no password</source>
        <translation>db password nécessite --db avec l’URL d’une base de données PostgreSQL (postgresql://user@host:port/db)&#xa0;; un fichier de base de données n’a pas de mot de passe</translation>
    </message>
    <message>
        <source>db password needs one of --password-stdin and --forget</source>
        <translation>db password nécessite --password-stdin ou --forget</translation>
    </message>
    <message>
        <source>cannot remove the password of %1 from %2: %3</source>
        <translation>impossible de supprimer le mot de passe de %1 conservé dans %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>the password of %1 is not in %2 any more</source>
        <translation>le mot de passe de %1 n’est plus dans %2</translation>
    </message>
    <message>
        <source>standard input is empty: it should hold the password</source>
        <translation>l’entrée standard est vide&#xa0;: elle devrait contenir le mot de passe</translation>
    </message>
    <message>
        <source>cannot store the password of %1 in %2: %3</source>
        <translation>impossible d’enregistrer le mot de passe de %1 dans %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>the password of %1 is in %2</source>
        <translation>le mot de passe de %1 est conservé dans %2</translation>
    </message>
    <message>
        <source>Usage: upwatch db password --db postgresql://USER@HOST:PORT/DB --password-stdin
       upwatch db password --db postgresql://USER@HOST:PORT/DB --forget

  password    Keep the password of a PostgreSQL database in the OS keychain
              (read from standard input), or remove it (--forget). Every
              command and the window started on the database use it.
</source>
        <translation>Utilisation&#xa0;: upwatch db password --db postgresql://USER@HOST:PORT/DB --password-stdin
              upwatch db password --db postgresql://USER@HOST:PORT/DB --forget

  password    Conserver le mot de passe d’une base de données PostgreSQL dans
              le trousseau du système (lu sur l’entrée standard), ou le
              supprimer (--forget). Toutes les commandes et la fenêtre lancées
              sur la base de données l’utilisent.
</translation>
    </message>
    <message>
        <source>unknown db action &apos;%1&apos; (use password)</source>
        <translation>action db inconnue «&#xa0;%1&#xa0;» (utilisez password)</translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <source>Upwatch is still running</source>
        <translation>Upwatch est toujours en cours d’exécution</translation>
    </message>
    <message>
        <source>Closing the window keeps Upwatch checking in the tray. Use Quit in the tray menu to stop it.</source>
        <translation>Une fois la fenêtre fermée, Upwatch poursuit ses vérifications depuis la zone de notification. Choisissez Quitter dans le menu de la zone de notification pour l’arrêter.</translation>
    </message>
    <message>
        <source>Upwatch</source>
        <translation>Upwatch</translation>
    </message>
    <message>
        <source>Upwatch could not be started on %1.</source>
        <translation>Upwatch n’a pas pu démarrer sur %1.</translation>
    </message>
    <message>
        <source>The password could not be stored in %1.</source>
        <translation>Le mot de passe n’a pas pu être enregistré dans %1.</translation>
    </message>
</context>
<context>
    <name>DesktopSession</name>
    <message numerus="yes">
        <source>History: %Ln result(s) waiting to be written — %1</source>
        <translation>
            <numerusform>Historique&#xa0;: %Ln résultat en attente d’écriture — %1</numerusform>
            <numerusform>Historique&#xa0;: %Ln résultats en attente d’écriture — %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>History: %Ln result(s) waiting to be written, %1 dropped — %2</source>
        <translation>
            <numerusform>Historique&#xa0;: %Ln résultat en attente d’écriture, perdus&#xa0;: %1 — %2</numerusform>
            <numerusform>Historique&#xa0;: %Ln résultats en attente d’écriture, perdus&#xa0;: %1 — %2</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse IP</translation>
    </message>
    <message>
        <source>Metrics: %1</source>
        <translation>Métriques&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Select a monitor to see its history.</source>
        <translation>Sélectionnez une sonde pour afficher son historique.</translation>
    </message>
    <message>
        <source>Response time</source>
        <translation>Temps de réponse</translation>
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
        <translation>7&#xa0;j</translation>
    </message>
    <message>
        <source>30 d</source>
        <translation>30&#xa0;j</translation>
    </message>
    <message>
        <source>1 y</source>
        <translation>1&#xa0;an</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>95th percentile</source>
        <translation>95e centile</translation>
    </message>
    <message>
        <source>Uptime 24 h</source>
        <translation>Disponibilité 24&#xa0;h</translation>
    </message>
    <message>
        <source>Uptime 7 d</source>
        <translation>Disponibilité 7&#xa0;j</translation>
    </message>
    <message>
        <source>Uptime 30 d</source>
        <translation>Disponibilité 30&#xa0;j</translation>
    </message>
    <message>
        <source>Uptime 1 y</source>
        <translation>Disponibilité 1&#xa0;an</translation>
    </message>
    <message>
        <source>Last problem</source>
        <translation>Dernier problème</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>every %1</source>
        <translation>intervalle %1</translation>
    </message>
    <message>
        <source>timeout %1</source>
        <translation>délai %1</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Pas encore vérifiée</translation>
    </message>
    <message>
        <source>Last check %1</source>
        <translation>Dernière vérification&#xa0;: %1</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Cannot read the history: %1</source>
        <translation>Impossible de lire l’historique&#xa0;: %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>depuis %1</translation>
    </message>
    <message>
        <source>down when %1 of %2 locations see it down</source>
        <translation>hors ligne si %1 emplacements sur %2 la voient hors ligne</translation>
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
            <numerusform>%n&#xa0;jour</numerusform>
            <numerusform>%n&#xa0;jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n&#xa0;jour</numerusform>
            <numerusform>%n&#xa0;jours</numerusform>
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
        <translation>%1&#xa0;min&#xa0;%2&#xa0;s</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1&#xa0;h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1&#xa0;h&#xa0;%2&#xa0;min</translation>
    </message>
    <message>
        <source>%1 %2 h</source>
        <translation>%1&#xa0;%2&#xa0;h</translation>
    </message>
</context>
<context>
    <name>DurationText</name>
    <message>
        <source>&apos;%1&apos; is not a duration such as 90m, 2h, 1h30m or 2d</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une durée comme 90m, 2h, 1h30m ou 2d</translation>
    </message>
    <message>
        <source>a duration is from 1 minute to ten years, not &apos;%1&apos;</source>
        <translation>une durée va de 1 minute à dix ans, et non «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>&amp;All monitors (%L1)</source>
        <translation>&amp;Toutes les sondes (%L1)</translation>
    </message>
    <message>
        <source>&amp;Selected monitors (%L1)</source>
        <translation>Sondes &amp;sélectionnées (%L1)</translation>
    </message>
    <message>
        <source>All &amp;history</source>
        <translation>Tout l’&amp;historique</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Exporter l’historique</translation>
    </message>
    <message>
        <source>Monitors</source>
        <translation>Sondes</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Local time; both minutes are included</source>
        <translation>Heure locale&#xa0;; les deux minutes sont incluses</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Début&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Fin&#xa0;:</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Where to save the CSV file</source>
        <translation>Emplacement du fichier CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>From and To are local time (%1). The file&apos;s timestamps are in UTC (ISO 8601).</source>
        <translation>Les champs Début et Fin sont en heure locale (%1). Les horodatages du fichier sont en UTC (ISO 8601).</translation>
    </message>
    <message>
        <source>“From” must be before “To”.</source>
        <translation>«&#xa0;Début&#xa0;» doit précéder «&#xa0;Fin&#xa0;».</translation>
    </message>
    <message>
        <source>Choose the file to export to.</source>
        <translation>Choisissez le fichier de destination.</translation>
    </message>
    <message>
        <source>Enter the full path of the file, or choose one with Browse….</source>
        <translation>Saisissez le chemin complet du fichier, ou choisissez-en un avec Parcourir….</translation>
    </message>
    <message>
        <source>%1 is a folder; enter a file name.</source>
        <translation>%1 est un dossier&#xa0;; saisissez un nom de fichier.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n’existe pas.</translation>
    </message>
    <message>
        <source>The file exists; Export replaces it.</source>
        <translation>Le fichier existe&#xa0;; Exporter le remplacera.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Exporting… %L1 results written</source>
        <translation>Exportation… %L1 résultats écrits</translation>
    </message>
    <message>
        <source>Exporting… %L1 of %L2 results</source>
        <translation>Exportation… %L1 résultats sur %L2</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportation annulée&#xa0;; aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <source>Exported 1 result to %1</source>
        <translation>1 résultat exporté vers %1</translation>
    </message>
    <message>
        <source>Exported %L1 results to %2</source>
        <translation>%L1 résultats exportés vers %2</translation>
    </message>
</context>
<context>
    <name>FileCommand</name>
    <message>
        <source>%1 needs one file name (see &apos;upwatch %1 --help&apos;)</source>
        <translation>%1 attend un seul nom de fichier (voir «&#xa0;upwatch %1 --help&#xa0;»)</translation>
    </message>
    <message>
        <source>Add the monitors of a file made by &apos;upwatch export&apos;. Monitors with the same name are replaced. A file with any problem imports nothing.</source>
        <translation>Ajouter les sondes d’un fichier créé par «&#xa0;upwatch export&#xa0;». Les sondes de même nom sont remplacées. Si le fichier comporte le moindre problème, rien n’est importé.</translation>
    </message>
    <message>
        <source>The JSON file, or - for stdin.</source>
        <translation>Le fichier JSON, ou - pour l’entrée standard.</translation>
    </message>
    <message>
        <source>Read the monitors&apos; secrets (passwords, tokens...) from standard input as a JSON object: {&quot;monitor name&quot;: &quot;secret&quot;, ...}.</source>
        <translation>Lire les secrets des sondes (mots de passe, jetons, etc.) sur l’entrée standard, sous forme d’objet JSON&#xa0;: {&quot;nom de la sonde&quot;: &quot;secret&quot;, ...}.</translation>
    </message>
    <message>
        <source>Keep secrets in DB.secrets (mode 0600) instead of the OS keychain.</source>
        <translation>Conserver les secrets dans DB.secrets (mode 0600) plutôt que dans le trousseau du système.</translation>
    </message>
    <message>
        <source>standard input cannot hold both the file and the secrets: give the file&apos;s name</source>
        <translation>l’entrée standard ne peut pas contenir à la fois le fichier et les secrets&#xa0;: indiquez le nom du fichier</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>l’entrée standard</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2 (nothing was imported)</source>
        <translation>%1&#xa0;: %2 (rien n’a été importé)</translation>
    </message>
    <message numerus="yes">
        <source>imported %n monitor(s) from %1 (%2 added, %3 replaced)</source>
        <translation>
            <numerusform>%n sonde importée depuis %1 (ajoutées&#xa0;: %2, remplacées&#xa0;: %3)</numerusform>
            <numerusform>%n sondes importées depuis %1 (ajoutées&#xa0;: %2, remplacées&#xa0;: %3)</numerusform>
        </translation>
    </message>
    <message>
        <source>Write every monitor&apos;s settings to a JSON file that &apos;upwatch import&apos; reads. Secrets are left out.</source>
        <translation>Écrire les paramètres de toutes les sondes dans un fichier JSON lisible par «&#xa0;upwatch import&#xa0;». Les secrets n’y figurent pas.</translation>
    </message>
    <message>
        <source>The JSON file, or - for stdout.</source>
        <translation>Le fichier JSON, ou - pour la sortie standard.</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>remarque&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot write to stdout: %1</source>
        <translation>impossible d’écrire sur la sortie standard&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>exported %n monitor(s) to %1</source>
        <translation>
            <numerusform>%n sonde exportée vers %1</numerusform>
            <numerusform>%n sondes exportées vers %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GuiCommand</name>
    <message>
        <source>no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set); use &apos;upwatch run&apos; for the engine without a window, or see &apos;upwatch --help&apos;</source>
        <translation>aucun affichage sur lequel ouvrir la fenêtre (DISPLAY et WAYLAND_DISPLAY ne sont pas définies)&#xa0;; utilisez «&#xa0;upwatch run&#xa0;» pour le moteur sans fenêtre, ou consultez «&#xa0;upwatch --help&#xa0;»</translation>
    </message>
    <message>
        <source>Open the Upwatch window.</source>
        <translation>Ouvrir la fenêtre d’Upwatch.</translation>
    </message>
    <message>
        <source>Start in the tray (or minimized when there is no tray).</source>
        <translation>Démarrer dans la zone de notification (ou réduit s’il n’y en a pas).</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (see &apos;upwatch --help&apos;)</source>
        <translation>commande inconnue «&#xa0;%1&#xa0;» (voir «&#xa0;upwatch --help&#xa0;»)</translation>
    </message>
    <message>
        <source>cannot open database %1: it is a folder</source>
        <translation>impossible d’ouvrir la base de données %1&#xa0;: c’est un dossier</translation>
    </message>
</context>
<context>
    <name>HealthView</name>
    <message>
        <source>Event-loop lag</source>
        <translation>Latence de la boucle d’événements</translation>
    </message>
    <message>
        <source>GUI thread</source>
        <translation>Thread de l’interface</translation>
    </message>
    <message>
        <source>Workers (worst)</source>
        <translation>Threads de travail (pire cas)</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>In flight</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Checks per second</source>
        <translation>Vérifications par seconde</translation>
    </message>
    <message>
        <source>Checks/s</source>
        <translation>Vérifications/s</translation>
    </message>
    <message>
        <source>No samples yet</source>
        <translation>Aucun échantillon pour l’instant</translation>
    </message>
    <message>
        <source>GUI lag %1 ms</source>
        <translation>Latence de l’interface %1&#xa0;ms</translation>
    </message>
    <message>
        <source>worker lag %1 ms</source>
        <translation>latence des threads de travail %1&#xa0;ms</translation>
    </message>
    <message>
        <source>%1 in flight</source>
        <translation>%1 en cours</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1 en attente</translation>
    </message>
    <message>
        <source>%1 checks/s</source>
        <translation>%1 vérifications/s</translation>
    </message>
    <message>
        <source>%1 late checks</source>
        <translation>%1 vérifications en retard</translation>
    </message>
    <message>
        <source>Saturated: needs %1 checks/s, does %2. Checks start late and missed ones are skipped; longer intervals or more agents would help.</source>
        <translation>Saturé&#xa0;: %1 vérifications/s nécessaires, %2 effectuées. Les vérifications démarrent en retard et celles manquées sont sautées&#xa0;; des intervalles plus longs ou davantage d’agents aideraient.</translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message>
        <source>Usage: upwatch history export --out FILE.csv [--monitor ID|NAME] [--since ISO] [--until ISO]
</source>
        <translation>Utilisation&#xa0;: upwatch history export --out FILE.csv [--monitor ID|NAME] [--since ISO] [--until ISO]
</translation>
    </message>
    <message>
        <source>unknown history action &apos;%1&apos; (use export)</source>
        <translation>action d’historique inconnue «&#xa0;%1&#xa0;» (utilisez export)</translation>
    </message>
    <message>
        <source>Write raw check results as CSV (UTF-8, RFC 4180, timestamps in UTC):
timestamp,monitor_id,monitor_name,url,method,verdict,reason,http_status,response_ms,error</source>
        <translation>Écrire les résultats bruts en CSV (UTF-8, RFC 4180, horodatages en UTC)&#xa0;:
timestamp,monitor_id,monitor_name,url,method,verdict,reason,http_status,response_ms,error</translation>
    </message>
    <message>
        <source>The CSV file to write, or - for stdout.</source>
        <translation>Le fichier CSV à écrire, ou - pour la sortie standard.</translation>
    </message>
    <message>
        <source>Only this monitor; repeat for more.</source>
        <translation>Uniquement cette sonde&#xa0;; option répétable.</translation>
    </message>
    <message>
        <source>Only results from this time on (ISO 8601; UTC unless a zone is given).</source>
        <translation>Uniquement les résultats à partir de cette date (ISO 8601&#xa0;; UTC sauf si un fuseau est indiqué).</translation>
    </message>
    <message>
        <source>Only results before this time.</source>
        <translation>Uniquement les résultats antérieurs à cette date.</translation>
    </message>
    <message>
        <source>history export needs --out FILE.csv</source>
        <translation>history export nécessite --out FILE.csv</translation>
    </message>
    <message>
        <source>--%1 needs an ISO 8601 date or time such as 2026-11-21 or 2026-11-21T08:00:00Z, not &apos;%2&apos;</source>
        <translation>--%1 attend une date ou une heure ISO 8601, comme 2026-11-21 ou 2026-11-21T08:00:00Z, et non «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>cannot write to stdout</source>
        <translation>impossible d’écrire sur la sortie standard</translation>
    </message>
    <message numerus="yes">
        <source>exported %n result(s) to %1</source>
        <translation>
            <numerusform>%n résultat exporté vers %1</numerusform>
            <numerusform>%n résultats exportés vers %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HttpMethod</name>
    <message>
        <source>%1 or %2</source>
        <extracomment>A list of HTTP methods: &quot;GET, HEAD or POST&quot;.</extracomment>
        <translation>%1 ou %2</translation>
    </message>
</context>
<context>
    <name>ImportSecrets</name>
    <message>
        <source>--secrets-stdin needs a JSON object {&quot;monitor name&quot;: &quot;secret&quot;, ...} on standard input (%1)</source>
        <translation>--secrets-stdin attend un objet JSON {&quot;nom de la sonde&quot;: &quot;secret&quot;, ...} sur l’entrée standard (%1)</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>ce n’est pas un objet</translation>
    </message>
    <message>
        <source>--secrets-stdin: the secret of &apos;%1&apos; must be a non-empty string</source>
        <translation>--secrets-stdin&#xa0;: le secret de «&#xa0;%1&#xa0;» doit être une chaîne non vide</translation>
    </message>
    <message>
        <source>warning: --secrets-stdin names &apos;%1&apos;, which is not a monitor of the file</source>
        <translation>avertissement&#xa0;: --secrets-stdin nomme «&#xa0;%1&#xa0;», qui n’est pas une sonde du fichier</translation>
    </message>
    <message>
        <source>%1: --secrets-stdin gives a secret, but the monitor has no authentication</source>
        <translation>%1&#xa0;: --secrets-stdin fournit un secret, mais la sonde n’a pas d’authentification</translation>
    </message>
    <message>
        <source>%1: %2 (nothing was imported)</source>
        <translation>%1&#xa0;: %2 (rien n’a été importé)</translation>
    </message>
    <message>
        <source>%1: cannot store the %2 in %3: %4 (nothing was imported)</source>
        <translation>%1&#xa0;: impossible d’enregistrer le secret (%2) dans %3&#xa0;: %4 (rien n’a été importé)</translation>
    </message>
    <message>
        <source>%1: its %2 is in %3</source>
        <translation>%1&#xa0;: son secret (%2) est conservé dans %3</translation>
    </message>
    <message>
        <source>note: %1 needs its %2: import again with --secrets-stdin, or edit the monitor in the window</source>
        <translation>remarque&#xa0;: il manque le secret (%2) de la sonde %1&#xa0;; importez-la de nouveau avec --secrets-stdin ou modifiez-la dans la fenêtre</translation>
    </message>
</context>
<context>
    <name>IncidentList</name>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Ended %1</source>
        <translation>Terminé le %1</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>For %1 so far</source>
        <translation>En cours depuis %1</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>planifiée</translation>
    </message>
    <message>
        <source>Planned maintenance: no alerts, and left out of uptime</source>
        <translation>Maintenance planifiée&#xa0;: aucune alerte, et exclue de la disponibilité</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
</context>
<context>
    <name>JsonAssertionEditor</name>
    <message>
        <source>Pointer, operator and JSON value</source>
        <translation>Pointeur, opérateur et valeur JSON</translation>
    </message>
    <message>
        <source>All must hold for the JSON body, e.g.
/status == &quot;ok&quot;
/queue/depth &lt; 100
/tags contains &quot;eu&quot;
/id exists
Operators: ==, !=, &lt;, &lt;=, &gt;, &gt;=, contains, matches, exists, !exists.</source>
        <translation>Toutes doivent être vérifiées par le corps JSON, p. ex.
/status == &quot;ok&quot;
/queue/depth &lt; 100
/tags contains &quot;eu&quot;
/id exists
Opérateurs&#xa0;: ==, !=, &lt;, &lt;=, &gt;, &gt;=, contains, matches, exists, !exists.</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>Aj&amp;outer</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Suppri&amp;mer</translation>
    </message>
    <message>
        <source>Assertion %1: %2</source>
        <translation>Assertion %1&#xa0;: %2</translation>
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
        <translation>Sondes</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Export history…</source>
        <translation>&amp;Exporter l’historique…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Monitor</source>
        <translation>&amp;Sonde</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Monitors</source>
        <translation>&amp;Sondes</translation>
    </message>
    <message>
        <source>&amp;Health</source>
        <translation>S&amp;anté</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About Upwatch</source>
        <translation>À &amp;propos d’Upwatch</translation>
    </message>
    <message>
        <source>The database could not be opened.</source>
        <translation>Impossible d’ouvrir la base de données.</translation>
    </message>
    <message>
        <source>Alert &amp;channels</source>
        <translation>&amp;Canaux d’alerte</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%2 (%1)</translation>
    </message>
    <message>
        <source>No monitors yet — add one with Ctrl+N</source>
        <translation>Aucune sonde pour l’instant — ajoutez-en une avec Ctrl+N</translation>
    </message>
    <message numerus="yes">
        <source>%n monitor(s): %1</source>
        <translation>
            <numerusform>%n sonde&#xa0;: %1</numerusform>
            <numerusform>%n sondes&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Uptime report…</source>
        <translation>Rapport de &amp;disponibilité…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
</context>
<context>
    <name>MaintenanceActions</name>
    <message>
        <source>Maintenance &amp;windows…</source>
        <translation>&amp;Fenêtres de maintenance…</translation>
    </message>
    <message>
        <source>Plan &amp;maintenance…</source>
        <translation>Planifier une mai&amp;ntenance…</translation>
    </message>
    <message>
        <source>The planned maintenance windows: add, change or remove them</source>
        <translation>Les fenêtres de maintenance planifiées&#xa0;: les ajouter, les modifier ou les supprimer</translation>
    </message>
    <message>
        <source>Plan a maintenance window for the selected monitors: no alerts, and left out of uptime</source>
        <translation>Planifier une fenêtre de maintenance pour les sondes sélectionnées&#xa0;: aucune alerte, et exclue de la disponibilité</translation>
    </message>
    <message>
        <source>%1 maintenance</source>
        <translation>Maintenance %1</translation>
    </message>
    <message>
        <source>Planned the maintenance window &apos;%1&apos;</source>
        <translation>Fenêtre de maintenance «&#xa0;%1&#xa0;» planifiée</translation>
    </message>
</context>
<context>
    <name>MaintenanceCommand</name>
    <message>
        <source>all monitors</source>
        <translation>toutes les sondes</translation>
    </message>
    <message>
        <source>monitor #%1</source>
        <translation>sonde n° %1</translation>
    </message>
    <message>
        <source>monitors %1</source>
        <translation>sondes %1</translation>
    </message>
    <message>
        <source>tags %1</source>
        <translation>étiquettes %1</translation>
    </message>
    <message>
        <source>open until %1</source>
        <translation>ouverte jusqu’à %1</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <source>next %1</source>
        <translation>prochaine&#xa0;: %1</translation>
    </message>
    <message>
        <source>over</source>
        <translation>terminée</translation>
    </message>
    <message numerus="yes">
        <source>--monitor: there is no monitor with the id or name %1</source>
        <translation>
            <numerusform>--monitor&#xa0;: il n’existe aucune sonde avec l’id ou le nom %1</numerusform>
            <numerusform>--monitor&#xa0;: il n’existe aucune sonde avec les id ou noms %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan a maintenance window, once or every week. While it is open, the monitors it covers are still checked but show MAINTENANCE, raise no alert, and their checks are left out of uptime.</source>
        <translation>Planifier une fenêtre de maintenance, unique ou hebdomadaire. Tant qu’elle est ouverte, les sondes qu’elle couvre sont toujours vérifiées mais affichent MAINTENANCE, ne déclenchent aucune alerte, et leurs vérifications sont exclues de la disponibilité.</translation>
    </message>
    <message>
        <source>over already: it ended %1</source>
        <translation>déjà terminée&#xa0;: elle a pris fin le %1</translation>
    </message>
    <message>
        <source>added maintenance window %1: %2, %3; %4</source>
        <translation>fenêtre de maintenance %1 ajoutée&#xa0;: %2, %3&#xa0;; %4</translation>
    </message>
    <message>
        <source>List the maintenance windows, open or not.</source>
        <translation>Lister les fenêtres de maintenance, ouvertes ou non.</translation>
    </message>
    <message>
        <source>One JSON object per line instead of a table.</source>
        <translation>Un objet JSON par ligne au lieu d’un tableau.</translation>
    </message>
    <message>
        <source>No maintenance windows yet. Plan one with &apos;upwatch maintenance add --name N --start ISO --end ISO&apos; or &apos;--weekly sun --at 02:00 --duration 2h&apos;.</source>
        <translation>Aucune fenêtre de maintenance pour le moment. Planifiez-en une avec «&#xa0;upwatch maintenance add --name N --start ISO --end ISO&#xa0;» ou «&#xa0;--weekly sun --at 02:00 --duration 2h&#xa0;».</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>SCOPE</source>
        <translation>PORTÉE</translation>
    </message>
    <message>
        <source>SCHEDULE</source>
        <translation>PLANNING</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <source>Remove a maintenance window.</source>
        <translation>Supprimer une fenêtre de maintenance.</translation>
    </message>
    <message>
        <source>The window&apos;s name, or its id (digits only). Put &apos;--&apos; before a name that starts with &apos;-&apos;.</source>
        <translation>Le nom de la fenêtre, ou son id (chiffres uniquement). Placez «&#xa0;--&#xa0;» devant un nom qui commence par «&#xa0;-&#xa0;».</translation>
    </message>
    <message>
        <source>maintenance remove needs one window id or name</source>
        <translation>maintenance remove attend un id ou un nom de fenêtre</translation>
    </message>
    <message>
        <source>removed maintenance window %1</source>
        <translation>fenêtre de maintenance %1 supprimée</translation>
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
        <translation>Utilisation&#xa0;: upwatch maintenance &lt;add|list|remove&gt; [options]

  add --name N [--monitor ID|NAME]... [--tag T]... --start ISO --end ISO
                                   Planifier une fenêtre unique (voir
                                   «&#xa0;maintenance add --help&#xa0;»).
  add --name N [même portée] --weekly mon,fri --at HH:MM --duration 2h
      [--time-zone Europe/Berlin]  Planifier une fenêtre hebdomadaire.
  list [--json]                    Lister les fenêtres et leur prochaine ouverture.
  remove ID|NAME                   Supprimer une fenêtre.

Sans --monitor ni --tag, une fenêtre couvre toutes les sondes.
Toutes les actions acceptent --db PATH.
</translation>
    </message>
    <message>
        <source>unknown maintenance action &apos;%1&apos; (use add, list or remove)</source>
        <translation>action de maintenance inconnue «&#xa0;%1&#xa0;» (utilisez add, list ou remove)</translation>
    </message>
</context>
<context>
    <name>MaintenanceDialog</name>
    <message>
        <source>Plan maintenance</source>
        <translation>Planifier une maintenance</translation>
    </message>
    <message>
        <source>Edit maintenance window – %1</source>
        <translation>Modifier la fenêtre de maintenance – %1</translation>
    </message>
    <message>
        <source>e.g. Nightly backup</source>
        <translation>p. ex. Sauvegarde nocturne</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>S’applique à</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>While it is open, its monitors are still checked and show Maintenance; no alert goes out, and the time is left out of uptime.</source>
        <translation>Tant qu’elle est ouverte, ses sondes sont toujours vérifiées et affichent Maintenance&#xa0;; aucune alerte n’est envoyée, et cette période est exclue de la disponibilité.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Another maintenance window is already called &apos;%1&apos;. Choose a different name.</source>
        <translation>Une autre fenêtre de maintenance s’appelle déjà «&#xa0;%1&#xa0;». Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>The maintenance window was not saved: %1</source>
        <translation>La fenêtre de maintenance n’a pas été enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>no reason was given.</source>
        <translation>aucune raison n’a été donnée.</translation>
    </message>
</context>
<context>
    <name>MaintenanceLine</name>
    <message>
        <source>In maintenance</source>
        <translation>En maintenance</translation>
    </message>
    <message>
        <source>In maintenance: %1 until %2</source>
        <translation>En maintenance&#xa0;: %1 jusqu’à %2</translation>
    </message>
    <message>
        <source>In maintenance: %1</source>
        <translation>En maintenance&#xa0;: %1</translation>
    </message>
    <message>
        <source>Checks go on, no alerts go out, and this time is left out of uptime.</source>
        <translation>Les vérifications continuent, aucune alerte n’est envoyée, et cette période est exclue de la disponibilité.</translation>
    </message>
</context>
<context>
    <name>MaintenanceListModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>S’applique à</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planning</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>MaintenanceOptions</name>
    <message>
        <source>--time-zone: unknown time zone &apos;%1&apos; (use an IANA id such as Europe/Berlin)</source>
        <translation>--time-zone&#xa0;: fuseau horaire inconnu «&#xa0;%1&#xa0;» (utilisez un identifiant IANA comme Europe/Berlin)</translation>
    </message>
    <message>
        <source>--at and --weekly make a weekly window; a one-off window takes --start with --end or --duration</source>
        <translation>--at et --weekly définissent une fenêtre hebdomadaire&#xa0;; une fenêtre unique prend --start avec --end ou --duration</translation>
    </message>
    <message>
        <source>--start needs either --end or --duration</source>
        <translation>--start nécessite --end ou --duration</translation>
    </message>
    <message>
        <source>--start: %1</source>
        <translation>--start&#xa0;: %1</translation>
    </message>
    <message>
        <source>--end: %1</source>
        <translation>--end&#xa0;: %1</translation>
    </message>
    <message>
        <source>--duration: %1</source>
        <translation>--duration&#xa0;: %1</translation>
    </message>
    <message>
        <source>--end goes with --start; a weekly window takes --at and --duration</source>
        <translation>--end va avec --start&#xa0;; une fenêtre hebdomadaire prend --at et --duration</translation>
    </message>
    <message>
        <source>--weekly needs --at HH:MM and --duration (such as 90m or 2h)</source>
        <translation>--weekly nécessite --at HH:MM et --duration (comme 90m ou 2h)</translation>
    </message>
    <message>
        <source>--weekly: %1</source>
        <translation>--weekly&#xa0;: %1</translation>
    </message>
    <message>
        <source>--at: %1</source>
        <translation>--at&#xa0;: %1</translation>
    </message>
    <message>
        <source>Unique name of the window.</source>
        <translation>Nom unique de la fenêtre.</translation>
    </message>
    <message>
        <source>A monitor it covers (id or name); repeat for more. Without --monitor and --tag: every monitor.</source>
        <translation>Une sonde qu’elle couvre (id ou nom)&#xa0;; option répétable. Sans --monitor ni --tag&#xa0;: toutes les sondes.</translation>
    </message>
    <message>
        <source>It covers every monitor with this tag; repeat for more.</source>
        <translation>Elle couvre toutes les sondes portant cette étiquette&#xa0;; option répétable.</translation>
    </message>
    <message>
        <source>A one-off window opens then (ISO 8601; local time unless it has an offset such as Z or +01:00).</source>
        <translation>Une fenêtre unique s’ouvre à ce moment (ISO 8601&#xa0;; heure locale sauf si un décalage comme Z ou +01:00 est indiqué).</translation>
    </message>
    <message>
        <source>...and closes then.</source>
        <translation>… et se ferme à ce moment.</translation>
    </message>
    <message>
        <source>A weekly window opens on these days: mon,tue,... or ranges such as mon-fri, or daily, weekdays, weekend.</source>
        <translation>Une fenêtre hebdomadaire s’ouvre ces jours-là&#xa0;: mon,tue,... ou des plages comme mon-fri, ou daily, weekdays, weekend.</translation>
    </message>
    <message>
        <source>...at this local time (HH:MM).</source>
        <translation>… à cette heure locale (HH:MM).</translation>
    </message>
    <message>
        <source>How long it stays open: 90m, 2h, 1h30m, 2d (a weekly window: at most a week; a one-off window: instead of --end).</source>
        <translation>Durée d’ouverture&#xa0;: 90m, 2h, 1h30m, 2d (fenêtre hebdomadaire&#xa0;: une semaine au plus&#xa0;; fenêtre unique&#xa0;: à la place de --end).</translation>
    </message>
    <message>
        <source>The time zone of --at and of times without an offset, an IANA id such as Europe/Berlin (default: the system&apos;s, wherever Upwatch runs).</source>
        <translation>Le fuseau horaire de --at et des heures sans décalage, un identifiant IANA comme Europe/Berlin (par défaut&#xa0;: celui du système sur lequel Upwatch s’exécute).</translation>
    </message>
    <message>
        <source>maintenance add needs --name</source>
        <translation>maintenance add nécessite --name</translation>
    </message>
    <message>
        <source>maintenance add needs --start with --end (a one-off window) or --weekly with --at and --duration</source>
        <translation>maintenance add nécessite --start avec --end (fenêtre unique) ou --weekly avec --at et --duration</translation>
    </message>
    <message>
        <source>unknown day &apos;%1&apos; (use mon, tue, wed, thu, fri, sat, sun, a range such as mon-fri, daily, weekdays or weekend)</source>
        <translation>jour inconnu «&#xa0;%1&#xa0;» (utilisez mon, tue, wed, thu, fri, sat, sun, une plage comme mon-fri, daily, weekdays ou weekend)</translation>
    </message>
    <message>
        <source>name at least one day, such as mon,wed or mon-fri</source>
        <translation>indiquez au moins un jour, comme mon,wed ou mon-fri</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time of day from 00:00 to 23:59</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une heure de 00:00 à 23:59</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 8601 date or time such as 2026-11-21T02:00 or 2026-11-21T02:00:00+01:00</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date ou une heure ISO 8601 comme 2026-11-21T02:00 ou 2026-11-21T02:00:00+01:00</translation>
    </message>
    <message>
        <source>%1 does not exist in the time zone %2: the clocks skip it</source>
        <translation>%1 n’existe pas dans le fuseau horaire %2&#xa0;: les horloges sautent cette heure</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>tous les jours</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>local time</source>
        <translation>heure locale</translation>
    </message>
    <message>
        <source>%1 %2 for %3 (%4)</source>
        <translation>%1 %2 pendant %3 (%4)</translation>
    </message>
</context>
<context>
    <name>MaintenanceScheduleEditor</name>
    <message>
        <source>&amp;Once</source>
        <translation>&amp;Une fois</translation>
    </message>
    <message>
        <source>Every &amp;week</source>
        <translation>Chaque &amp;semaine</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Début&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>&amp;Fin&#xa0;:</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>Jours&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;At:</source>
        <translation>&amp;Heure&#xa0;:</translation>
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
        <translation>&amp;Pendant&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (this computer&apos;s)</source>
        <translation>%1 (celui de cet ordinateur)</translation>
    </message>
    <message>
        <source>The day and time are in this time zone; across a daylight-saving change the window opens at the same wall-clock time.</source>
        <translation>Le jour et l’heure sont dans ce fuseau horaire&#xa0;; lors d’un changement d’heure, la fenêtre s’ouvre à la même heure affichée par l’horloge.</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Fuseau h&amp;oraire&#xa0;:</translation>
    </message>
</context>
<context>
    <name>MaintenanceScopeEditor</name>
    <message>
        <source>&amp;All monitors</source>
        <translation>&amp;Toutes les sondes</translation>
    </message>
    <message>
        <source>Monitors with &amp;tags:</source>
        <translation>Sondes portant les éti&amp;quettes&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;hosen monitors:</source>
        <translation>Sondes &amp;choisies&#xa0;:</translation>
    </message>
    <message>
        <source>Filter monitors</source>
        <translation>Filtrer les sondes</translation>
    </message>
    <message>
        <source>%1 (no monitor has it)</source>
        <translation>%1 (aucune sonde ne la porte)</translation>
    </message>
    <message>
        <source>Monitor %1 (deleted)</source>
        <translation>Sonde %1 (supprimée)</translation>
    </message>
    <message>
        <source>%1
Tags: %2</source>
        <translation>%1
Étiquettes&#xa0;: %2</translation>
    </message>
    <message>
        <source>Also covers the monitors tagged %1.</source>
        <translation>Couvre aussi les sondes étiquetées %1.</translation>
    </message>
    <message>
        <source>No monitor has a tag yet: choose the monitors.</source>
        <translation>Aucune sonde n’a encore d’étiquette&#xa0;: choisissez les sondes.</translation>
    </message>
    <message>
        <source>Check at least one tag.</source>
        <translation>Cochez au moins une étiquette.</translation>
    </message>
    <message>
        <source>Check at least one monitor.</source>
        <translation>Cochez au moins une sonde.</translation>
    </message>
</context>
<context>
    <name>MaintenanceText</name>
    <message>
        <source>ddd d MMM</source>
        <extracomment>A day in maintenance window times: Qt date format (ddd weekday, d day, MMM month).</extracomment>
        <translation>ddd d MMM</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <extracomment>A day in another year in maintenance window times: Qt date format.</extracomment>
        <translation>ddd d MMM yyyy</translation>
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
        <translation>jour</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>All monitors</source>
        <translation>Toutes les sondes</translation>
    </message>
    <message>
        <source>monitor %1</source>
        <translation>sonde %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Étiquettes&#xa0;: %1</translation>
    </message>
    <message>
        <source>tags: %1</source>
        <translation>étiquettes&#xa0;: %1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>&#xa0;; </translation>
    </message>
    <message>
        <source>Once, %1</source>
        <translation>Une fois, %1</translation>
    </message>
    <message>
        <source>Every %1 at %2 for %3</source>
        <translation>Chaque %1 à %2 pendant %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Open until %1</source>
        <translation>Ouverte jusqu’à %1</translation>
    </message>
    <message>
        <source>Next today %1</source>
        <translation>Prochaine aujourd’hui à %1</translation>
    </message>
    <message>
        <source>Next %1 %2</source>
        <translation>Prochaine le %1 à %2</translation>
    </message>
    <message>
        <source>Next %1</source>
        <translation>Prochaine&#xa0;: %1</translation>
    </message>
    <message>
        <source>It has ended: it will not open again.</source>
        <translation>Elle est terminée&#xa0;: elle ne s’ouvrira plus.</translation>
    </message>
    <message>
        <source>Open now, and it stays open.</source>
        <translation>Ouverte maintenant, et elle reste ouverte.</translation>
    </message>
    <message>
        <source>Open now until %1</source>
        <translation>Ouverte maintenant jusqu’à %1</translation>
    </message>
    <message>
        <source>Next: from %1</source>
        <translation>Prochaine&#xa0;: à partir de %1</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Prochaine&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>MaintenanceWindow</name>
    <message>
        <source>the maintenance window has no name</source>
        <translation>la fenêtre de maintenance n’a pas de nom</translation>
    </message>
    <message>
        <source>the maintenance window &apos;%1&apos; names the monitor id %2, which no monitor can have</source>
        <translation>la fenêtre de maintenance «&#xa0;%1&#xa0;» désigne la sonde d’id %2, qu’aucune sonde ne peut avoir</translation>
    </message>
    <message>
        <source>the maintenance window &apos;%1&apos; has no start time</source>
        <translation>la fenêtre de maintenance «&#xa0;%1&#xa0;» n’a pas d’heure de début</translation>
    </message>
    <message>
        <source>the maintenance window &apos;%1&apos; has no end time</source>
        <translation>la fenêtre de maintenance «&#xa0;%1&#xa0;» n’a pas d’heure de fin</translation>
    </message>
    <message>
        <source>the maintenance window &apos;%1&apos; ends at %2, which is not after its start at %3</source>
        <translation>la fenêtre de maintenance «&#xa0;%1&#xa0;» se termine à %2, ce qui n’est pas après son début à %3</translation>
    </message>
    <message>
        <source>the weekly maintenance window &apos;%1&apos; needs at least one weekday, Monday to Sunday</source>
        <translation>la fenêtre de maintenance hebdomadaire «&#xa0;%1&#xa0;» nécessite au moins un jour de la semaine, du lundi au dimanche</translation>
    </message>
    <message>
        <source>the weekly maintenance window &apos;%1&apos; must open between 00:00 and 23:59</source>
        <translation>la fenêtre de maintenance hebdomadaire «&#xa0;%1&#xa0;» doit s’ouvrir entre 00:00 et 23:59</translation>
    </message>
    <message numerus="yes">
        <source>the weekly maintenance window &apos;%1&apos; must last from 1 minute to one week, not %n minute(s)</source>
        <translation>
            <numerusform>la fenêtre de maintenance hebdomadaire «&#xa0;%1&#xa0;» doit durer de 1 minute à une semaine, et non %n minute</numerusform>
            <numerusform>la fenêtre de maintenance hebdomadaire «&#xa0;%1&#xa0;» doit durer de 1 minute à une semaine, et non %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>the time zone &apos;%1&apos; is unknown: use an IANA id such as Europe/Berlin</source>
        <translation>le fuseau horaire «&#xa0;%1&#xa0;» est inconnu&#xa0;: utilisez un identifiant IANA comme Europe/Berlin</translation>
    </message>
</context>
<context>
    <name>MaintenanceWindowsDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Maintenance windows</source>
        <translation>Fenêtres de maintenance</translation>
    </message>
    <message>
        <source>No maintenance windows. Plan one so that planned work raises no alerts and stays out of uptime.

Click Add… to plan one.</source>
        <translation>Aucune fenêtre de maintenance. Planifiez-en une pour que les travaux prévus ne déclenchent aucune alerte et restent exclus de la disponibilité.

Cliquez sur Ajouter… pour en planifier une.</translation>
    </message>
    <message>
        <source>While a window is open, its monitors are still checked and show Maintenance, no alert goes out, and the time is left out of uptime. Changes are saved at once.</source>
        <translation>Tant qu’une fenêtre est ouverte, ses sondes sont toujours vérifiées et affichent Maintenance, aucune alerte n’est envoyée, et cette période est exclue de la disponibilité. Les modifications sont enregistrées immédiatement.</translation>
    </message>
    <message>
        <source>Saved the maintenance window &apos;%1&apos;.</source>
        <translation>Fenêtre de maintenance «&#xa0;%1&#xa0;» enregistrée.</translation>
    </message>
    <message>
        <source>Remove maintenance window</source>
        <translation>Supprimer la fenêtre de maintenance</translation>
    </message>
    <message>
        <source>Remove the maintenance window &apos;%1&apos;? Its monitors raise alerts again at the times it covered; the maintenance already recorded stays in their history.</source>
        <translation>Supprimer la fenêtre de maintenance «&#xa0;%1&#xa0;»&#xa0;? Ses sondes déclencheront de nouveau des alertes aux heures qu’elle couvrait&#xa0;; la maintenance déjà enregistrée reste dans leur historique.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>The maintenance window &apos;%1&apos; was not removed: %2</source>
        <translation>La fenêtre de maintenance «&#xa0;%1&#xa0;» n’a pas été supprimée&#xa0;: %2</translation>
    </message>
    <message>
        <source>Removed the maintenance window &apos;%1&apos;.</source>
        <translation>Fenêtre de maintenance «&#xa0;%1&#xa0;» supprimée.</translation>
    </message>
</context>
<context>
    <name>MetricsOptions</name>
    <message>
        <source>Serve Prometheus metrics on http://ADDR:P/metrics and a health check on /health (1 to 65535). A bearer token is required when %1 is set (or, on an address other than loopback, when the keychain or the secrets file holds &quot;%2&quot;).</source>
        <translation>Servir les métriques Prometheus sur http://ADDR:P/metrics et un contrôle de santé sur /health (port de 1 à 65535). Un jeton bearer est exigé si %1 est définie (ou, sur une adresse autre que la boucle locale, si le trousseau ou le fichier de secrets contient «&#xa0;%2&#xa0;»).</translation>
    </message>
    <message>
        <source>The IP address the metrics endpoint listens on (default 127.0.0.1; 0.0.0.0 or :: for every interface).</source>
        <translation>Adresse IP sur laquelle le serveur de métriques écoute (127.0.0.1 par défaut&#xa0;; 0.0.0.0 ou :: pour toutes les interfaces).</translation>
    </message>
    <message>
        <source>--metrics-bind needs --metrics-port</source>
        <translation>--metrics-bind nécessite --metrics-port</translation>
    </message>
    <message>
        <source>--metrics-bind: &apos;%1&apos; is not an IP address (such as 127.0.0.1, ::1 or 0.0.0.0)</source>
        <translation>--metrics-bind&#xa0;: «&#xa0;%1&#xa0;» n’est pas une adresse IP (comme 127.0.0.1, ::1 ou 0.0.0.0)</translation>
    </message>
    <message>
        <source>--metrics-port needs a port number from 1 to 65535, not &apos;%1&apos;</source>
        <translation>--metrics-port attend un numéro de port de 1 à 65535, et non «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>MetricsSettingsPage</name>
    <message>
        <source>&amp;Serve metrics for Prometheus and a health check</source>
        <translation>&amp;Exposer des métriques pour Prometheus et un contrôle de santé</translation>
    </message>
    <message>
        <source>127.0.0.1 or ::1: this computer only; 0.0.0.0 or ::: every network interface</source>
        <translation>127.0.0.1 ou ::1&#xa0;: cet ordinateur uniquement&#xa0;; 0.0.0.0 ou ::&#xa0;: toutes les interfaces réseau</translation>
    </message>
    <message>
        <source>Anyone who can reach this address can read the metrics, unless a bearer token is set: UPWATCH_METRICS_TOKEN in the environment, or &quot;metrics-token&quot; in the keychain.</source>
        <translation>Toute personne pouvant joindre cette adresse peut lire les métriques, sauf si un jeton bearer est défini&#xa0;: UPWATCH_METRICS_TOKEN dans l’environnement, ou «&#xa0;metrics-token&#xa0;» dans le trousseau.</translation>
    </message>
    <message>
        <source>Prometheus scrapes /metrics: every monitor&apos;s state, response times and checks, and the engine&apos;s health. /health answers with the app&apos;s own status as JSON.</source>
        <translation>Prometheus collecte /metrics&#xa0;: l’état, les temps de réponse et les vérifications de chaque sonde, ainsi que la santé du moteur. /health renvoie l’état de l’application elle-même en JSON.</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>Scrape URL:</source>
        <translation>URL de collecte&#xa0;:</translation>
    </message>
    <message>
        <source>The metrics address must be an IP address, such as 127.0.0.1, ::1 or 0.0.0.0.</source>
        <translation>L’adresse des métriques doit être une adresse IP, comme 127.0.0.1, ::1 ou 0.0.0.0.</translation>
    </message>
    <message>
        <source>The metrics server is not running: %1</source>
        <translation>Le serveur de métriques ne fonctionne pas&#xa0;: %1</translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation>À l’écoute sur %1</translation>
    </message>
    <message>
        <source>The metrics server is off.</source>
        <translation>Le serveur de métriques est désactivé.</translation>
    </message>
</context>
<context>
    <name>MonitorActions</name>
    <message>
        <source>&amp;Add monitor…</source>
        <translation>&amp;Ajouter une sonde…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation>&amp;Dupliquer…</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>Mettre en &amp;pause</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>&amp;Check now</source>
        <translation>&amp;Vérifier maintenant</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Copy &amp;URL</source>
        <translation>Copier l’&amp;URL</translation>
    </message>
    <message>
        <source>&amp;Open in browser</source>
        <translation>&amp;Ouvrir dans le navigateur</translation>
    </message>
    <message>
        <source>Add a monitor</source>
        <translation>Ajouter une sonde</translation>
    </message>
    <message>
        <source>Delete the selected monitors and their history</source>
        <translation>Supprimer les sondes sélectionnées et leur historique</translation>
    </message>
    <message>
        <source>Check the selected monitors now</source>
        <translation>Vérifier maintenant les sondes sélectionnées</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Sonde «&#xa0;%1&#xa0;» enregistrée</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>Sonde «&#xa0;%1&#xa0;» ajoutée</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1 (copie %2)</translation>
    </message>
    <message>
        <source>Pausing %1…</source>
        <translation>Mise en pause de la sonde «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>Resuming %1…</source>
        <translation>Reprise de la sonde «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message numerus="yes">
        <source>Pausing %n monitor(s)…</source>
        <translation>
            <numerusform>Mise en pause de %n sonde…</numerusform>
            <numerusform>Mise en pause de %n sondes…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resuming %n monitor(s)…</source>
        <translation>
            <numerusform>Reprise de %n sonde…</numerusform>
            <numerusform>Reprise de %n sondes…</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused %1</source>
        <translation>Sonde «&#xa0;%1&#xa0;» mise en pause</translation>
    </message>
    <message>
        <source>Resumed %1</source>
        <translation>Sonde «&#xa0;%1&#xa0;» reprise</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n monitor(s)…</source>
        <translation>
            <numerusform>Vérification de %n sonde…</numerusform>
            <numerusform>Vérification de %n sondes…</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Vérification de la sonde «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>Checks done</source>
        <translation>Vérifications terminées</translation>
    </message>
    <message>
        <source>up</source>
        <translation>en ligne</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>dégradée</translation>
    </message>
    <message>
        <source>down</source>
        <translation>hors ligne</translation>
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
        <translation>Sonde «&#xa0;%1&#xa0;» vérifiée&#xa0;: %2</translation>
    </message>
    <message>
        <source>Delete the monitor “%1” and all its history?</source>
        <translation>Supprimer la sonde «&#xa0;%1&#xa0;» et tout son historique&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n monitor(s) and all their history?</source>
        <translation>
            <numerusform>Supprimer %n sonde et tout son historique&#xa0;?</numerusform>
            <numerusform>Supprimer %n sondes et tout leur historique&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete monitors</source>
        <translation>Supprimer des sondes</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n result(s) to %1</source>
        <translation>
            <numerusform>%n résultat exporté vers %1</numerusform>
            <numerusform>%n résultats exportés vers %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonitorAuth</name>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>HTTP Basic</source>
        <translation>HTTP Basic</translation>
    </message>
    <message>
        <source>password</source>
        <translation>mot de passe</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Jeton bearer</translation>
    </message>
    <message>
        <source>token</source>
        <translation>jeton</translation>
    </message>
    <message>
        <source>Secret header</source>
        <translation>En-tête secret</translation>
    </message>
    <message>
        <source>header value</source>
        <translation>valeur de l’en-tête</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>Certificat client</translation>
    </message>
    <message>
        <source>key passphrase</source>
        <translation>phrase secrète de la clé</translation>
    </message>
    <message>
        <source>OAuth2 client credentials</source>
        <translation>OAuth2 (identifiants client)</translation>
    </message>
    <message>
        <source>client secret</source>
        <translation>secret client</translation>
    </message>
    <message>
        <source>the %1 file is missing</source>
        <translation>le fichier de %1 n’est pas indiqué</translation>
    </message>
    <message>
        <source>the %1 file %2 does not exist</source>
        <translation>le fichier de %1 %2 n’existe pas</translation>
    </message>
    <message>
        <source>the %1 file %2 is not a file</source>
        <translation>le fichier de %1 %2 n’est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>the %1 file %2 cannot be read</source>
        <translation>le fichier de %1 %2 ne peut pas être lu</translation>
    </message>
    <message>
        <source>HTTP Basic authentication needs a user name</source>
        <translation>l’authentification HTTP Basic nécessite un nom d’utilisateur</translation>
    </message>
    <message>
        <source>the user name cannot contain &apos;:&apos;</source>
        <translation>le nom d’utilisateur ne peut pas contenir «&#xa0;:&#xa0;»</translation>
    </message>
    <message>
        <source>the user name cannot contain control characters</source>
        <translation>le nom d’utilisateur ne peut pas contenir de caractères de contrôle</translation>
    </message>
    <message>
        <source>a secret header needs a header name</source>
        <translation>un en-tête secret nécessite un nom d’en-tête</translation>
    </message>
    <message>
        <source>a client certificate needs a certificate file and a key file</source>
        <translation>un certificat client nécessite un fichier de certificat et un fichier de clé</translation>
    </message>
    <message>
        <source>the certificate and key files need absolute paths</source>
        <translation>les fichiers de certificat et de clé doivent être indiqués par des chemins absolus</translation>
    </message>
    <message>
        <source>OAuth2 needs a token URL</source>
        <translation>OAuth2 nécessite l’URL du jeton</translation>
    </message>
    <message>
        <source>the token URL cannot be used: %1</source>
        <translation>l’URL du jeton est inutilisable&#xa0;: %1</translation>
    </message>
    <message>
        <source>the token URL cannot hold a user or password (the client id and secret are sent for it)</source>
        <translation>l’URL du jeton ne peut contenir ni utilisateur ni mot de passe (l’ID et le secret client sont envoyés à leur place)</translation>
    </message>
    <message>
        <source>OAuth2 needs a client id</source>
        <translation>OAuth2 nécessite un ID client</translation>
    </message>
    <message>
        <source>the client id and scope cannot contain control characters</source>
        <translation>l’ID client et la portée ne peuvent pas contenir de caractères de contrôle</translation>
    </message>
    <message>
        <source>client certificate</source>
        <translation>certificat client</translation>
    </message>
    <message>
        <source>private key</source>
        <translation>clé privée</translation>
    </message>
    <message>
        <source>&quot;kind&quot; must be one of none, basic, bearer, header, client_cert, oauth2</source>
        <translation>«&#xa0;kind&#xa0;» doit valoir none, basic, bearer, header, client_cert ou oauth2</translation>
    </message>
    <message>
        <source>unknown authentication kind &quot;%1&quot; (use none, basic, bearer, header, client_cert or oauth2)</source>
        <translation>type d’authentification inconnu «&#xa0;%1&#xa0;» (utilisez none, basic, bearer, header, client_cert ou oauth2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of %2 authentication</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un champ de l’authentification %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation>«&#xa0;%1&#xa0;» doit être une chaîne</translation>
    </message>
</context>
<context>
    <name>MonitorCommand</name>
    <message>
        <source>Add a monitor to the database.</source>
        <translation>Ajouter une sonde à la base de données.</translation>
    </message>
    <message>
        <source>Unique name of the monitor.</source>
        <translation>Nom unique de la sonde.</translation>
    </message>
    <message>
        <source>http:// or https:// URL to check.</source>
        <translation>URL http:// ou https:// à vérifier.</translation>
    </message>
    <message>
        <source>Seconds between checks (default 60).</source>
        <translation>Intervalle entre deux vérifications, en secondes (60 par défaut).</translation>
    </message>
    <message>
        <source>Failed checks tolerated before DOWN (default 0).</source>
        <translation>Vérifications échouées tolérées avant le passage hors ligne (0 par défaut).</translation>
    </message>
    <message>
        <source>Good checks needed before UP again (default 1).</source>
        <translation>Vérifications réussies nécessaires pour revenir en ligne (1 par défaut).</translation>
    </message>
    <message>
        <source>Monitor (id or name) this one depends on: while it is down, this one raises no alert of its own.</source>
        <translation>Sonde (id ou nom) dont celle-ci dépend&#xa0;: tant qu’elle est hors ligne, celle-ci ne déclenche pas d’alerte propre.</translation>
    </message>
    <message>
        <source>A tag; repeat for more.</source>
        <translation>Une étiquette&#xa0;; option répétable.</translation>
    </message>
    <message>
        <source>Add it paused.</source>
        <translation>L’ajouter en pause.</translation>
    </message>
    <message>
        <source>Keep secrets in DB.secrets (mode 0600) beside the database instead of the OS keychain: for a server without one. Used from then on.</source>
        <translation>Conserver les secrets dans DB.secrets (mode 0600), à côté de la base de données, plutôt que dans le trousseau du système&#xa0;: pour un serveur qui n’en a pas. Une fois créé, ce fichier est toujours utilisé.</translation>
    </message>
    <message>
        <source>monitor add needs --name and --url</source>
        <translation>monitor add nécessite --name et --url</translation>
    </message>
    <message>
        <source>--name: %1</source>
        <translation>--name&#xa0;: %1</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>failed checks</source>
        <translation>vérifications échouées</translation>
    </message>
    <message>
        <source>good checks</source>
        <translation>vérifications réussies</translation>
    </message>
    <message>
        <source>--parent: %1</source>
        <translation>--parent&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot store the %1 in %2: %3</source>
        <translation>impossible d’enregistrer le secret (%1) dans %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>added monitor %1</source>
        <translation>sonde ajoutée&#xa0;: %1</translation>
    </message>
    <message>
        <source>its %1 is in %2</source>
        <translation>son secret (%1) est conservé dans %2</translation>
    </message>
    <message>
        <source>List the monitors with their state and last check.</source>
        <translation>Lister les sondes avec leur état et leur dernière vérification.</translation>
    </message>
    <message>
        <source>One JSON object per line instead of a table.</source>
        <translation>Un objet JSON par ligne au lieu d’un tableau.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <source>INTERVAL</source>
        <translation>INTERVALLE</translation>
    </message>
    <message>
        <source>LAST CHECK</source>
        <translation>DERNIÈRE VÉRIFICATION</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>MÉTHODE</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>No monitors yet. Add one with &apos;upwatch monitor add --name NAME --url URL&apos;.</source>
        <translation>Aucune sonde pour le moment. Ajoutez-en une avec «&#xa0;upwatch monitor add --name NAME --url URL&#xa0;».</translation>
    </message>
    <message>
        <source>Remove a monitor and its history.</source>
        <translation>Supprimer une sonde et son historique.</translation>
    </message>
    <message>
        <source>Stop checking a monitor.</source>
        <translation>Arrêter de vérifier une sonde.</translation>
    </message>
    <message>
        <source>Check a paused monitor again.</source>
        <translation>Vérifier de nouveau une sonde en pause.</translation>
    </message>
    <message>
        <source>The monitor&apos;s name, or its id (digits only). Put &apos;--&apos; before a name that starts with &apos;-&apos;.</source>
        <translation>Le nom de la sonde ou son id (chiffres uniquement). Mettez «&#xa0;--&#xa0;» devant un nom qui commence par «&#xa0;-&#xa0;».</translation>
    </message>
    <message>
        <source>monitor %1 needs one monitor id or name</source>
        <translation>monitor %1 attend un seul id ou nom de sonde</translation>
    </message>
    <message>
        <source>warning: the monitor is removed, but its %1 could not be removed from %2: %3</source>
        <translation>avertissement&#xa0;: la sonde a été supprimée, mais son secret (%1) n’a pas pu être supprimé de %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>removed monitor %1</source>
        <translation>sonde supprimée&#xa0;: %1</translation>
    </message>
    <message>
        <source>paused monitor %1</source>
        <translation>sonde mise en pause&#xa0;: %1</translation>
    </message>
    <message>
        <source>resumed monitor %1</source>
        <translation>sonde reprise&#xa0;: %1</translation>
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
        <translation>Utilisation&#xa0;: upwatch monitor &lt;add|list|remove|pause|resume|mute|unmute&gt; [options]

  add --name N --url U [options]   Ajouter une sonde (voir
                                   «&#xa0;monitor add --help&#xa0;»).
  list [--json]                    Lister les sondes, leur état et leur dernière
                                   vérification.
  remove ID|NAME                   Supprimer une sonde et son historique.
  pause ID|NAME                    Arrêter de vérifier une sonde.
  resume ID|NAME                   Vérifier de nouveau une sonde en pause.
  mute ID|NAME [--for D]           Couper ses alertes (jusqu’à leur rétablissement,
                                   pour un temps, ou --until-morning).
  unmute ID|NAME                   Rétablir ses alertes.

Toutes les actions acceptent --db PATH.
</translation>
    </message>
    <message>
        <source>unknown monitor action &apos;%1&apos; (use add, list, remove, pause, resume, mute or unmute)</source>
        <translation>action de sonde inconnue «&#xa0;%1&#xa0;» (utilisez add, list, remove, pause, resume, mute ou unmute)</translation>
    </message>
    <message>
        <source>Check it from this many agent locations at once (default 1).</source>
        <translation>Vérifier la sonde depuis ce nombre d’emplacements d’agents à la fois (1 par défaut).</translation>
    </message>
    <message>
        <source>DOWN only when at least this many locations see it down (default 1).</source>
        <translation>Hors ligne seulement si au moins ce nombre d’emplacements la voient hors ligne (1 par défaut).</translation>
    </message>
    <message>
        <source>locations</source>
        <translation>emplacements</translation>
    </message>
    <message>
        <source>--quorum %1 is more than the %2 locations it is checked from: raise --locations</source>
        <translation>--quorum %1 dépasse les %2 emplacements depuis lesquels la sonde est vérifiée&#xa0;: augmentez --locations</translation>
    </message>
</context>
<context>
    <name>MonitorDialog</name>
    <message>
        <source>Add monitor</source>
        <translation>Ajouter une sonde</translation>
    </message>
    <message>
        <source>Edit monitor – %1</source>
        <translation>Modifier la sonde – %1</translation>
    </message>
    <message>
        <source>e.g. Shop front page</source>
        <translation>p. ex. Page d’accueil de la boutique</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL&#xa0;:</translation>
    </message>
    <message>
        <source>The password will be moved to the keychain when you save.</source>
        <translation>Le mot de passe sera déplacé dans le trousseau lors de l’enregistrement.</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>&amp;Requête</translation>
    </message>
    <message>
        <source>&amp;Checks</source>
        <translation>&amp;Vérifications</translation>
    </message>
    <message>
        <source>&amp;Alerting</source>
        <translation>&amp;Alertes</translation>
    </message>
    <message>
        <source>Auth&amp;entication</source>
        <translation>Aut&amp;hentification</translation>
    </message>
    <message>
        <source>&amp;Test now</source>
        <translation>&amp;Tester maintenant</translation>
    </message>
    <message>
        <source>Check the monitor once, as entered, and show the result.</source>
        <translation>Vérifier la sonde une fois, telle que saisie, et afficher le résultat.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Méthode&#xa0;:</translation>
    </message>
    <message>
        <source>One per line, e.g.
Accept: application/json</source>
        <translation>Un par ligne, p. ex.
Accept: application/json</translation>
    </message>
    <message>
        <source>&amp;Headers:</source>
        <translation>&amp;En-têtes&#xa0;:</translation>
    </message>
    <message>
        <source>Sent with POST, PUT, PATCH and DELETE requests</source>
        <translation>Envoyé avec les requêtes POST, PUT, PATCH et DELETE</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>&amp;Corps&#xa0;:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How often the monitor is checked.</source>
        <translation>Fréquence de vérification de la sonde.</translation>
    </message>
    <message>
        <source>Check &amp;every:</source>
        <translation>Vérifier toutes &amp;les&#xa0;:</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>The deadline for the whole check, redirects included.</source>
        <translation>Délai maximal pour toute la vérification, redirections comprises.</translation>
    </message>
    <message>
        <source>Time&amp;out:</source>
        <translation>&amp;Délai d’expiration&#xa0;:</translation>
    </message>
    <message>
        <source>HTTP status codes and ranges that count as up.</source>
        <translation>Codes et plages de statut HTTP considérés comme «&#xa0;en ligne&#xa0;».</translation>
    </message>
    <message>
        <source>Expected &amp;statuses:</source>
        <translation>&amp;Statuts attendus&#xa0;:</translation>
    </message>
    <message>
        <source>Optional text the response must contain</source>
        <translation>Texte facultatif que la réponse doit contenir</translation>
    </message>
    <message>
        <source>&amp;Fail when found</source>
        <translation>Échou&amp;er si présent</translation>
    </message>
    <message>
        <source>Regular e&amp;xpression</source>
        <translation>E&amp;xpression régulière</translation>
    </message>
    <message>
        <source>&amp;Keyword:</source>
        <translation>Mot-&amp;clé&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;JSON assertions:</source>
        <translation>Assertions &amp;JSON&#xa0;:</translation>
    </message>
    <message>
        <source>Do not follow</source>
        <translation>Ne pas suivre</translation>
    </message>
    <message>
        <source>Ma&amp;ximum redirects:</source>
        <translation>Nom&amp;bre maximal de redirections&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Ignore TLS certificate errors</source>
        <translation>&amp;Ignorer les erreurs de certificat TLS</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Responses slower than this count as degraded.</source>
        <translation>Les réponses plus lentes que cette valeur sont considérées comme dégradées.</translation>
    </message>
    <message>
        <source>&amp;Degraded above:</source>
        <translation>Dé&amp;gradé au-delà de&#xa0;:</translation>
    </message>
    <message>
        <source> KiB</source>
        <translation> Kio</translation>
    </message>
    <message>
        <source>How much of the response body is read and searched for the keyword; the rest is not downloaded.</source>
        <translation>Quantité du corps de la réponse lue et examinée pour trouver le mot-clé&#xa0;; le reste n’est pas téléchargé.</translation>
    </message>
    <message>
        <source>Read at &amp;most:</source>
        <translation>Lire au &amp;plus&#xa0;:</translation>
    </message>
    <message>
        <source>Failed checks tolerated before the monitor is down.</source>
        <translation>Nombre de vérifications échouées tolérées avant que la sonde passe hors ligne.</translation>
    </message>
    <message>
        <source>Retr&amp;ies:</source>
        <translation>&amp;Essais supplémentaires&#xa0;:</translation>
    </message>
    <message>
        <source>Successful checks needed before the monitor is up again.</source>
        <translation>Nombre de vérifications réussies nécessaires pour que la sonde revienne en ligne.</translation>
    </message>
    <message>
        <source>Reco&amp;very checks:</source>
        <translation>Vérifications de réta&amp;blissement&#xa0;:</translation>
    </message>
    <message>
        <source>While the parent is down, this monitor is shown as unreachable instead of raising its own alert.</source>
        <translation>Tant que la sonde parente est hors ligne, cette sonde est affichée comme injoignable au lieu de déclencher sa propre alerte.</translation>
    </message>
    <message>
        <source>&amp;Parent:</source>
        <translation>&amp;Parent&#xa0;:</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. production, web</source>
        <translation>Séparées par des virgules, p. ex. production, web</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Éti&amp;quettes&#xa0;:</translation>
    </message>
    <message>
        <source>Pa&amp;used (not checked)</source>
        <translation>En pau&amp;se (non vérifiée)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Unknown monitor (id %1)</source>
        <translation>Sonde inconnue (id %1)</translation>
    </message>
    <message>
        <source>Another monitor is already called &apos;%1&apos;. Choose a different name.</source>
        <translation>Une autre sonde s’appelle déjà «&#xa0;%1&#xa0;». Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Enter a name for the monitor.</source>
        <translation>Saisissez un nom pour la sonde.</translation>
    </message>
    <message>
        <source>remove the password from the URL: the monitor authenticates with %1</source>
        <translation>retirez le mot de passe de l’URL&#xa0;: la sonde s’authentifie avec %1</translation>
    </message>
    <message>
        <source>Write codes and ranges like 200-299,301.</source>
        <translation>Indiquez des codes et des plages comme 200-299,301.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <source>Where agents in several locations share the database, this many of them check the monitor at each interval. One computer alone checks from one location.</source>
        <translation>Lorsque des agents situés à plusieurs emplacements partagent la base de données, autant d’entre eux vérifient la sonde à chaque intervalle. Un ordinateur seul vérifie depuis un seul emplacement.</translation>
    </message>
    <message>
        <source>Check from &amp;locations:</source>
        <translation>Emp&amp;lacements de vérification&#xa0;:</translation>
    </message>
    <message>
        <source>The monitor is down only when at least this many locations see it down, so that one location&apos;s own network trouble raises no alarm. When fewer locations report, all of those that do must see it down.</source>
        <translation>La sonde n’est hors ligne que si au moins ce nombre d’emplacements la voient hors ligne, afin que les problèmes réseau propres à un emplacement ne déclenchent pas d’alerte. Si moins d’emplacements rendent compte, tous ceux qui le font doivent la voir hors ligne.</translation>
    </message>
    <message>
        <source>Do&amp;wn from at least:</source>
        <translation>Hors ligne à partir &amp;de&#xa0;:</translation>
    </message>
</context>
<context>
    <name>MonitorFilterBar</name>
    <message>
        <source>Search name, URL or tag</source>
        <translation>Rechercher un nom, une URL ou une étiquette</translation>
    </message>
    <message>
        <source>Esc clears the search</source>
        <translation>Échap efface la recherche</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>Show only monitors in this state (Down includes unreachable)</source>
        <translation>N’afficher que les sondes dans cet état (Hors ligne inclut Injoignable)</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Toutes les étiquettes</translation>
    </message>
</context>
<context>
    <name>MonitorInput</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>A keyword needs a response body: use another method than HEAD.</source>
        <translation>Un mot-clé nécessite un corps de réponse&#xa0;: utilisez une autre méthode que HEAD.</translation>
    </message>
    <message>
        <source>, HTTP %1 in %2 ms</source>
        <translation>, HTTP %1 en %2&#xa0;ms</translation>
    </message>
    <message>
        <source>, HTTP %1</source>
        <translation>, HTTP %1</translation>
    </message>
    <message>
        <source> after %1 ms</source>
        <translation> après %1&#xa0;ms</translation>
    </message>
</context>
<context>
    <name>MonitorListArea</name>
    <message>
        <source>No monitors yet</source>
        <translation>Aucune sonde pour l’instant</translation>
    </message>
    <message>
        <source>Add a website or an API to watch. Upwatch checks it at once, keeps its history and tells you when it goes down.</source>
        <translation>Ajoutez une sonde pour surveiller un site web ou une API. Upwatch la vérifie aussitôt, conserve son historique et vous prévient dès qu’elle passe hors ligne.</translation>
    </message>
    <message>
        <source>Add monitor…</source>
        <translation>Ajouter une sonde…</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>No monitor matches the state and tag filters.</source>
        <translation>Aucune sonde ne correspond aux filtres d’état et d’étiquette.</translation>
    </message>
    <message>
        <source>No monitor matches “%1”.</source>
        <translation>Aucune sonde ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>MonitorTableModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 of %2 checks up in the last 24 hours</source>
        <translation>%1 vérifications réussies sur %2 au cours des dernières 24&#xa0;heures</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Last check</source>
        <translation>Dernière vérification</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Uptime 24 h</source>
        <translation>Disponibilité 24&#xa0;h</translation>
    </message>
    <message>
        <source>Recent checks</source>
        <translation>Vérifications récentes</translation>
    </message>
</context>
<context>
    <name>MonitorTester</name>
    <message>
        <source>The stored %1 cannot be read: no secret store.</source>
        <translation>Impossible de lire le secret enregistré (%1)&#xa0;: aucun magasin de secrets.</translation>
    </message>
</context>
<context>
    <name>MonitorValidator</name>
    <message>
        <source>malformed URL: %1</source>
        <translation>URL mal formée&#xa0;: %1</translation>
    </message>
    <message>
        <source>URL &apos;%1&apos; has no scheme: start it with http:// or https://</source>
        <translation>l’URL «&#xa0;%1&#xa0;» n’a pas de schéma&#xa0;: commencez-la par http:// ou https://</translation>
    </message>
    <message>
        <source>unsupported scheme &apos;%1&apos; in &apos;%2&apos;: only http and https URLs can be checked</source>
        <translation>schéma «&#xa0;%1&#xa0;» non pris en charge dans «&#xa0;%2&#xa0;»&#xa0;: seules les URL http et https peuvent être vérifiées</translation>
    </message>
    <message>
        <source>URL &apos;%1&apos; has no host</source>
        <translation>l’URL «&#xa0;%1&#xa0;» n’a pas d’hôte</translation>
    </message>
    <message>
        <source>the URL is %1 bytes long when encoded; the limit is %2</source>
        <translation>l’URL encodée fait %1 octets&#xa0;; la limite est de %2</translation>
    </message>
    <message>
        <source>the URL is empty</source>
        <translation>l’URL est vide</translation>
    </message>
    <message>
        <source>the URL is %1 characters long; the limit is %2 bytes</source>
        <translation>l’URL fait %1 caractères&#xa0;; la limite est de %2 octets</translation>
    </message>
    <message>
        <source>malformed URL &apos;%1&apos;: &apos;%2:&apos; must be followed by &apos;//&apos;</source>
        <translation>URL «&#xa0;%1&#xa0;» mal formée&#xa0;: «&#xa0;%2:&#xa0;» doit être suivi de «&#xa0;//&#xa0;»</translation>
    </message>
    <message>
        <source>malformed URL &apos;%1&apos;: %2</source>
        <translation>URL «&#xa0;%1&#xa0;» mal formée&#xa0;: %2</translation>
    </message>
    <message>
        <source>header %1 is %2 bytes long; the limit is %3</source>
        <translation>l’en-tête %1 fait %2 octets&#xa0;; la limite est de %3</translation>
    </message>
    <message>
        <source>header %1 is not in the form &apos;Name: value&apos;</source>
        <translation>l’en-tête %1 n’est pas de la forme «&#xa0;Name: value&#xa0;»</translation>
    </message>
    <message>
        <source>header %1 has no name</source>
        <translation>l’en-tête %1 n’a pas de nom</translation>
    </message>
    <message>
        <source>header name %1 contains characters a header name cannot have</source>
        <translation>le nom d’en-tête %1 contient des caractères interdits dans un nom d’en-tête</translation>
    </message>
    <message>
        <source>value of header &apos;%1&apos; contains a line break</source>
        <translation>la valeur de l’en-tête «&#xa0;%1&#xa0;» contient un saut de ligne</translation>
    </message>
    <message>
        <source>value of header &apos;%1&apos; contains the control character %2</source>
        <translation>la valeur de l’en-tête «&#xa0;%1&#xa0;» contient le caractère de contrôle %2</translation>
    </message>
    <message>
        <source>header &apos;%1&apos; is set by the HTTP client itself and cannot be given</source>
        <translation>l’en-tête «&#xa0;%1&#xa0;» est défini par le client HTTP lui-même et ne peut pas être indiqué</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>le nom est vide</translation>
    </message>
    <message>
        <source>the name contains the control character %1: a name is one line of text</source>
        <translation>le nom contient le caractère de contrôle %1&#xa0;: un nom tient sur une seule ligne</translation>
    </message>
    <message>
        <source>the name is %1 characters long; the limit is %2</source>
        <translation>le nom fait %1 caractères&#xa0;; la limite est de %2</translation>
    </message>
    <message>
        <source>the keyword is %1 bytes long; the limit is %2</source>
        <translation>le mot-clé fait %1 octets&#xa0;; la limite est de %2</translation>
    </message>
    <message>
        <source>the keyword contains the control character %1: a keyword is one line of text</source>
        <translation>le mot-clé contient le caractère de contrôle %1&#xa0;: un mot-clé tient sur une seule ligne</translation>
    </message>
    <message>
        <source>the keyword is not a valid regular expression: %1 at character %2</source>
        <translation>le mot-clé n’est pas une expression régulière valide&#xa0;: %1 au caractère %2</translation>
    </message>
    <message>
        <source>a tag is empty</source>
        <translation>une étiquette est vide</translation>
    </message>
    <message>
        <source>tag %1 contains the control character %2</source>
        <translation>l’étiquette %1 contient le caractère de contrôle %2</translation>
    </message>
    <message>
        <source>tag %1 is %2 characters long; the limit is %3</source>
        <translation>l’étiquette %1 fait %2 caractères&#xa0;; la limite est de %3</translation>
    </message>
    <message>
        <source>there are %1 request headers; the limit is %2</source>
        <translation>il y a %1 en-têtes de requête&#xa0;; la limite est de %2</translation>
    </message>
    <message>
        <source>the request body is %1 bytes long; the limit is %2</source>
        <translation>le corps de la requête fait %1 octets&#xa0;; la limite est de %2</translation>
    </message>
    <message>
        <source>there are %1 tags; the limit is %2</source>
        <translation>il y a %1 étiquettes&#xa0;; la limite est de %2</translation>
    </message>
    <message>
        <source>the interval must be between 1 second and 30 days</source>
        <translation>l’intervalle doit être compris entre 1 seconde et 30&#xa0;jours</translation>
    </message>
    <message>
        <source>the timeout must be between 1 ms and 24 hours</source>
        <translation>le délai d’expiration doit être compris entre 1&#xa0;ms et 24&#xa0;heures</translation>
    </message>
    <message>
        <source>the redirect limit must be between 0 and %1</source>
        <translation>le nombre maximal de redirections doit être compris entre 0 et %1</translation>
    </message>
    <message>
        <source>the degraded threshold cannot be negative</source>
        <translation>le seuil de dégradation ne peut pas être négatif</translation>
    </message>
    <message>
        <source>the degraded threshold must be at most 24 hours</source>
        <translation>le seuil de dégradation ne peut pas dépasser 24&#xa0;heures</translation>
    </message>
    <message>
        <source>the body read limit must be at least 1 byte</source>
        <translation>la limite de lecture du corps doit être d’au moins 1 octet</translation>
    </message>
    <message>
        <source>retries cannot be negative</source>
        <translation>le nombre d’essais supplémentaires ne peut pas être négatif</translation>
    </message>
    <message>
        <source>retries must be at most %1</source>
        <translation>le nombre d’essais supplémentaires ne peut pas dépasser %1</translation>
    </message>
    <message>
        <source>recovery needs at least 1 successful check</source>
        <translation>le rétablissement nécessite au moins 1 vérification réussie</translation>
    </message>
    <message>
        <source>recovery must be at most %1 checks</source>
        <translation>le rétablissement ne peut pas exiger plus de %1 vérifications</translation>
    </message>
    <message>
        <source>a request body needs the %1 method, not %2</source>
        <translation>un corps de requête nécessite une méthode %1, et non %2</translation>
    </message>
    <message>
        <source>a keyword needs a response body: use another method than HEAD</source>
        <translation>un mot-clé nécessite un corps de réponse&#xa0;: utilisez une autre méthode que HEAD</translation>
    </message>
    <message>
        <source>inverting the keyword needs a keyword</source>
        <translation>l’inversion du mot-clé nécessite un mot-clé</translation>
    </message>
    <message>
        <source>there are %1 JSON assertions; the limit is %2</source>
        <translation>il y a %1 assertions JSON&#xa0;; la limite est de %2</translation>
    </message>
    <message>
        <source>JSON assertion %1: %2</source>
        <translation>assertion JSON %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>a JSON assertion needs a response body: use another method than HEAD</source>
        <translation>une assertion JSON nécessite un corps de réponse&#xa0;: utilisez une autre méthode que HEAD</translation>
    </message>
    <message>
        <source>the number of locations must be between 1 and %1</source>
        <translation>le nombre d’emplacements doit être compris entre 1 et %1</translation>
    </message>
    <message>
        <source>the quorum must be between 1 and the number of locations (%1)</source>
        <translation>le quorum doit être compris entre 1 et le nombre d’emplacements (%1)</translation>
    </message>
</context>
<context>
    <name>MuteActions</name>
    <message>
        <source>&amp;Mute alerts</source>
        <translation>&amp;Couper les alertes</translation>
    </message>
    <message>
        <source>Until I unmute</source>
        <translation>Jusqu’à ce que je les rétablisse</translation>
    </message>
    <message>
        <source>U&amp;nmute alerts</source>
        <translation>Ré&amp;tablir les alertes</translation>
    </message>
    <message>
        <source>Keep checking the selected monitors, without sending their alerts for a while</source>
        <translation>Continuer à vérifier les sondes sélectionnées, sans envoyer leurs alertes pendant un temps</translation>
    </message>
    <message numerus="yes">
        <source>%n monitor(s)</source>
        <translation>
            <numerusform>%n sonde</numerusform>
            <numerusform>%n sondes</numerusform>
        </translation>
    </message>
    <message>
        <source>Alerts unmuted</source>
        <translation>Alertes rétablies</translation>
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
        <translation>Alertes coupées jusqu’à ce que vous les rétablissiez</translation>
    </message>
    <message>
        <source>Alerts muted until %1</source>
        <translation>Alertes coupées jusqu’à %1</translation>
    </message>
</context>
<context>
    <name>NginxTarget</name>
    <message>
        <source>nginx exited at start</source>
        <translation>nginx s’est arrêté au démarrage</translation>
    </message>
    <message>
        <source>nginx is not installed (apt-get install nginx-light)</source>
        <translation>nginx n’est pas installé (apt-get install nginx-light)</translation>
    </message>
    <message>
        <source>cannot create a temporary folder for nginx: %1</source>
        <translation>impossible de créer un dossier temporaire pour nginx&#xa0;: %1</translation>
    </message>
    <message>
        <source>no free port on 127.0.0.1</source>
        <translation>aucun port libre sur 127.0.0.1</translation>
    </message>
    <message>
        <source>cannot write the nginx configuration: %1</source>
        <translation>impossible d’écrire la configuration de nginx&#xa0;: %1</translation>
    </message>
    <message>
        <source>nginx did not accept connections on %1:%2 within %3 s: %4</source>
        <translation>nginx n’a pas accepté de connexions sur %1:%2 en %3&#xa0;s&#xa0;: %4</translation>
    </message>
</context>
<context>
    <name>NotificationHold</name>
    <message>
        <source>Notifications paused until %1</source>
        <translation>Notifications suspendues jusqu’à %1</translation>
    </message>
    <message>
        <source>Quiet hours until %1</source>
        <translation>Heures calmes jusqu’à %1</translation>
    </message>
</context>
<context>
    <name>NotificationPauseMenu</name>
    <message>
        <source>Resume notifications</source>
        <translation>Reprendre les notifications</translation>
    </message>
    <message>
        <source>Pause notifications</source>
        <translation>Suspendre les notifications</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Monitor %1</source>
        <translation>Sonde %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is down</source>
        <translation>%1 est hors ligne</translation>
    </message>
    <message>
        <source>Down for %1.</source>
        <translation>Hors ligne pendant %1.</translation>
    </message>
    <message>
        <source>%1 is back up</source>
        <translation>%1 est de nouveau en ligne</translation>
    </message>
    <message>
        <source>Certificate of %1 has expired</source>
        <translation>%1&#xa0;: le certificat a expiré</translation>
    </message>
    <message>
        <source>Certificate of %1 expires in less than a day</source>
        <translation>%1&#xa0;: le certificat expire dans moins d’un jour</translation>
    </message>
    <message>
        <source>Certificate of %1 expires in %2</source>
        <translation>%1&#xa0;: le certificat expire dans %2</translation>
    </message>
    <message>
        <source>Expiry: %1</source>
        <translation>Expiration&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 monitors are down</source>
        <translation>%1 sondes sont hors ligne</translation>
    </message>
    <message>
        <source>%1 monitors are back up</source>
        <translation>%1 sondes sont de nouveau en ligne</translation>
    </message>
    <message>
        <source>Certificates of %1 monitors expire soon</source>
        <translation>Les certificats de %1 sondes expirent bientôt</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 et %2 autres</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) while notifications were paused</source>
        <translation>
            <numerusform>%n alerte pendant la suspension des notifications</numerusform>
            <numerusform>%n alertes pendant la suspension des notifications</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OpenDatabaseDialog</name>
    <message>
        <source>A &amp;file on this computer</source>
        <translation>Un &amp;fichier sur cet ordinateur</translation>
    </message>
    <message>
        <source>A &amp;PostgreSQL server</source>
        <translation>Un serveur &amp;PostgreSQL</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <source>Upwatch restarts on the database you open. The results of this one are saved first.</source>
        <translation>Upwatch redémarre sur la base de données que vous ouvrez. Les résultats de celle-ci sont d’abord enregistrés.</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Fichier de base de données</translation>
    </message>
    <message>
        <source>Where the database file is, or is to be created</source>
        <translation>Où se trouve le fichier de base de données, ou où le créer</translation>
    </message>
    <message>
        <source>Choose the database file</source>
        <translation>Choisir le fichier de base de données</translation>
    </message>
    <message>
        <source>PostgreSQL URL</source>
        <translation>URL PostgreSQL</translation>
    </message>
    <message>
        <source>Enter the database file&apos;s path, or choose one with Browse….</source>
        <translation>Saisissez le chemin du fichier de base de données, ou choisissez-en un avec Parcourir….</translation>
    </message>
    <message>
        <source>This is the URL of a PostgreSQL database: choose “A PostgreSQL server” to open it.</source>
        <translation>Ceci est l’URL d’une base de données PostgreSQL : choisissez « Un serveur PostgreSQL » pour l’ouvrir.</translation>
    </message>
    <message>
        <source>Enter the full path of the file, or choose one with Browse….</source>
        <translation>Saisissez le chemin complet du fichier, ou choisissez-en un avec Parcourir….</translation>
    </message>
    <message>
        <source>%1 is a folder. Enter the name of a database file in it.</source>
        <translation>%1 est un dossier. Saisissez le nom d’un fichier de base de données qu’il contient.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n’existe pas.</translation>
    </message>
    <message>
        <source>A new database cannot be created in %1: you may not write there.</source>
        <translation>Impossible de créer une nouvelle base de données dans %1 : vous n’avez pas le droit d’y écrire.</translation>
    </message>
    <message>
        <source>Upwatch cannot write to %1: you may only read it.</source>
        <translation>Upwatch ne peut pas écrire dans %1 : vous pouvez seulement le lire.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2.</source>
        <translation>Impossible d’ouvrir %1 : %2.</translation>
    </message>
    <message>
        <source>%1 is not a database file.</source>
        <translation>%1 n’est pas un fichier de base de données.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program.</source>
        <translation>%1 est une base de données SQLite d’un autre programme.</translation>
    </message>
    <message>
        <source>Enter the URL of the PostgreSQL database.</source>
        <translation>Saisissez l’URL de la base de données PostgreSQL.</translation>
    </message>
    <message>
        <source>A PostgreSQL URL starts with postgresql:// (or postgres://), such as %1.</source>
        <translation>Une URL PostgreSQL commence par postgresql:// (ou postgres://), par exemple %1.</translation>
    </message>
    <message>
        <source>This database is open now.</source>
        <translation>Cette base de données est ouverte en ce moment.</translation>
    </message>
    <message>
        <source>There is no database there yet: Upwatch creates a new, empty one.</source>
        <translation>Il n’y a pas encore de base de données ici : Upwatch en crée une nouvelle, vide.</translation>
    </message>
    <message>
        <source>Upwatch databases (*.sqlite)</source>
        <translation>Bases de données Upwatch (*.sqlite)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the keychain</source>
        <translation>&amp;Enregistrer le mot de passe dans le trousseau</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>PostgreSQL password</source>
        <translation>Mot de passe PostgreSQL</translation>
    </message>
    <message>
        <source>The one stored in the keychain, if any</source>
        <translation>Celui enregistré dans le trousseau, s’il y en a un</translation>
    </message>
    <message>
        <source>Keep the password in the OS keychain, under the URL without its options: Upwatch then opens this database with it, from the window and from the command line.</source>
        <translation>Conserver le mot de passe dans le trousseau du système, sous l’URL sans ses options&#xa0;: Upwatch ouvre ensuite cette base de données avec ce mot de passe, depuis la fenêtre comme depuis la ligne de commande.</translation>
    </message>
    <message>
        <source>Without a password here, the one stored in the keychain is used, else ~/.pgpass or PGPASSWORD. It never goes into the URL.</source>
        <translation>Sans mot de passe ici, celui enregistré dans le trousseau est utilisé, sinon ~/.pgpass ou PGPASSWORD. Il n’est jamais placé dans l’URL.</translation>
    </message>
    <message>
        <source>This database is open now: Upwatch opens it again with this password.</source>
        <translation>Cette base de données est ouverte en ce moment&#xa0;: Upwatch la rouvre avec ce mot de passe.</translation>
    </message>
</context>
<context>
    <name>PendingActivity</name>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Pausing…</source>
        <translation>Mise en pause…</translation>
    </message>
    <message>
        <source>Resuming…</source>
        <translation>Reprise…</translation>
    </message>
    <message numerus="yes">
        <source>Last %n check(s), oldest on the left</source>
        <translation>
            <numerusform>%n dernière vérification, la plus ancienne à gauche</numerusform>
            <numerusform>%n dernières vérifications, la plus ancienne à gauche</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: all up</source>
        <translation>%1&#xa0;: toutes en ligne</translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n échouée</numerusform>
            <numerusform>%n échouées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n degraded</source>
        <translation>
            <numerusform>%n dégradée</numerusform>
            <numerusform>%n dégradées</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>PeriodOptions</name>
    <message>
        <source>A calendar month in local time, such as 2026-11.</source>
        <translation>Un mois civil en heure locale, comme 2026-11.</translation>
    </message>
    <message>
        <source>The month before this one.</source>
        <translation>Le mois précédent.</translation>
    </message>
    <message>
        <source>The start of the period (ISO 8601; UTC unless a zone is given).</source>
        <translation>Le début de la période (ISO 8601&#xa0;; UTC sauf si un fuseau est indiqué).</translation>
    </message>
    <message>
        <source>The end of the period (not included).</source>
        <translation>La fin de la période (non incluse).</translation>
    </message>
    <message>
        <source>choose one period: --month, --last-month or --from and --to</source>
        <translation>choisissez une seule période&#xa0;: --month, --last-month ou --from et --to</translation>
    </message>
    <message>
        <source>--month needs a month such as 2026-11 (YYYY-MM), not &apos;%1&apos;</source>
        <translation>--month attend un mois comme 2026-11 (YYYY-MM), et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--from and --to go together</source>
        <translation>--from et --to vont ensemble</translation>
    </message>
    <message>
        <source>--%1 needs an ISO 8601 date or time such as 2026-11-21 or 2026-11-21T08:00:00Z, not &apos;%2&apos;</source>
        <translation>--%1 attend une date ou une heure ISO 8601, comme 2026-11-21 ou 2026-11-21T08:00:00Z, et non «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>--from must be before --to</source>
        <translation>--from doit précéder --to</translation>
    </message>
</context>
<context>
    <name>PhaseChart</name>
    <message>
        <source>Where the time goes: the last check, and the average of each phase over the range (resolve, connect, TLS, processing, transfer, from the bottom)</source>
        <translation>Répartition du temps&#xa0;: la dernière vérification, et la moyenne de chaque phase sur la période (résolution, connexion, TLS, traitement, transfert, de bas en haut)</translation>
    </message>
    <message>
        <source>Last check: none yet</source>
        <translation>Dernière vérification&#xa0;: aucune pour l’instant</translation>
    </message>
    <message>
        <source>Last check: no timing (nothing was sent)</source>
        <translation>Dernière vérification&#xa0;: aucune mesure de temps (rien n’a été envoyé)</translation>
    </message>
    <message>
        <source>Last check: %1</source>
        <translation>Dernière vérification&#xa0;: %1</translation>
    </message>
    <message>
        <source>No timing in this range</source>
        <translation>Aucune mesure de temps sur cette période</translation>
    </message>
</context>
<context>
    <name>QuietHoursEditor</name>
    <message>
        <source>Hold notifications e&amp;very day from</source>
        <translation>Retenir les notifications &amp;chaque jour de</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation>Début des heures calmes</translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation>Fin des heures calmes</translation>
    </message>
    <message>
        <source>Alerts wait and arrive as one summary when quiet hours end. The tray still shows the current state.</source>
        <translation>Les alertes attendent et arrivent en un seul résumé à la fin des heures calmes. La zone de notification affiche toujours l’état actuel.</translation>
    </message>
    <message>
        <source>Quiet hours must end at another time than they start.</source>
        <translation>Les heures calmes doivent se terminer à une autre heure que celle de leur début.</translation>
    </message>
</context>
<context>
    <name>QuietIndicator</name>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Send notifications again now; what was held comes as one summary</source>
        <translation>Envoyer de nouveau les notifications maintenant&#xa0;; ce qui a été retenu arrive en un seul résumé</translation>
    </message>
</context>
<context>
    <name>Quorum</name>
    <message>
        <source>here</source>
        <translation>ici</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>down from %1 of %2 locations (%3)</source>
        <translation>hors ligne selon %1 emplacements sur %2 (%3)</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>Write the uptime report of a period: uptime, minutes down and in maintenance, incidents with their durations and reasons, and response times (p50, p95) per monitor. The file name&apos;s extension picks the format (.pdf or .html). The figures are those of &apos;upwatch stats&apos; for the same period.</source>
        <translation>Écrire le rapport de disponibilité d’une période&#xa0;: disponibilité, minutes hors ligne et en maintenance, incidents avec leur durée et leur cause, et temps de réponse (p50, p95) par sonde. L’extension du nom de fichier détermine le format (.pdf ou .html). Les chiffres sont ceux de «&#xa0;upwatch stats&#xa0;» pour la même période.</translation>
    </message>
    <message>
        <source>Only this monitor; repeat for more.</source>
        <translation>Uniquement cette sonde&#xa0;; option répétable.</translation>
    </message>
    <message>
        <source>Only the monitors with this tag.</source>
        <translation>Uniquement les sondes portant cette étiquette.</translation>
    </message>
    <message>
        <source>The file to write: .pdf or .html.</source>
        <translation>Le fichier à écrire&#xa0;: .pdf ou .html.</translation>
    </message>
    <message>
        <source>report needs --out FILE.pdf or --out FILE.html</source>
        <translation>report nécessite --out FILE.pdf ou --out FILE.html</translation>
    </message>
    <message>
        <source>the folder of %1 does not exist</source>
        <translation>le dossier de %1 n’existe pas</translation>
    </message>
    <message>
        <source>report needs a period: --month YYYY-MM, --last-month or --from and --to</source>
        <translation>report nécessite une période&#xa0;: --month YYYY-MM, --last-month ou --from et --to</translation>
    </message>
    <message>
        <source>wrote the report to %1</source>
        <translation>rapport écrit dans %1</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>&amp;This month</source>
        <translation>Ce &amp;mois-ci</translation>
    </message>
    <message>
        <source>&amp;Last month</source>
        <translation>Le mois &amp;dernier</translation>
    </message>
    <message>
        <source>&amp;Custom:</source>
        <translation>Pe&amp;rsonnalisée&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;All monitors (%L1)</source>
        <translation>&amp;Toutes les sondes (%L1)</translation>
    </message>
    <message>
        <source>With the t&amp;ag:</source>
        <translation>A&amp;vec l’étiquette&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;hosen monitors:</source>
        <translation>Sondes &amp;choisies&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Uptime report</source>
        <translation>Rapport de disponibilité</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Local time; both days are included</source>
        <translation>Heure locale&#xa0;; les deux jours sont inclus</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Monitors</source>
        <translation>Sondes</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Where to save the report (.pdf or .html)</source>
        <translation>Emplacement du rapport (.pdf ou .html)</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Aperçu&#xa0;:</translation>
    </message>
    <message>
        <source>Save uptime report</source>
        <translation>Enregistrer le rapport de disponibilité</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>HTML pages (*.html *.htm)</source>
        <translation>Pages HTML (*.html *.htm)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The first day must not be after the last.</source>
        <translation>Le premier jour ne doit pas être après le dernier.</translation>
    </message>
    <message>
        <source>Choose a tag.</source>
        <translation>Choisissez une étiquette.</translation>
    </message>
    <message>
        <source>Tick at least one monitor.</source>
        <translation>Cochez au moins une sonde.</translation>
    </message>
    <message>
        <source>Choose the file to save the report to.</source>
        <translation>Choisissez le fichier où enregistrer le rapport.</translation>
    </message>
    <message>
        <source>Enter the full path of the file, or choose one with Browse….</source>
        <translation>Saisissez le chemin complet du fichier, ou choisissez-en un avec Parcourir….</translation>
    </message>
    <message>
        <source>%1 is a folder; enter a file name.</source>
        <translation>%1 est un dossier&#xa0;; saisissez un nom de fichier.</translation>
    </message>
    <message>
        <source>The file name must end in .pdf or .html.</source>
        <translation>Le nom du fichier doit se terminer par .pdf ou .html.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n’existe pas.</translation>
    </message>
    <message>
        <source>The file exists; Save replaces it.</source>
        <translation>Le fichier existe&#xa0;; Enregistrer le remplacera.</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>Lecture de l’historique…</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Écriture du rapport…</translation>
    </message>
    <message>
        <source>Saved the report to %1</source>
        <translation>Rapport enregistré dans %1</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>cannot tell the format of %1: the file name must end in .pdf or .html</source>
        <translation>impossible de déterminer le format de %1&#xa0;: le nom du fichier doit se terminer par .pdf ou .html</translation>
    </message>
    <message>
        <source>Uptime report: %1</source>
        <translation>Rapport de disponibilité&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>Monitors</source>
        <translation>Sondes</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Vérifications</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>Disponibilité</translation>
    </message>
    <message>
        <source>Downtime (min)</source>
        <translation>Hors ligne (min)</translation>
    </message>
    <message>
        <source>Maintenance (min)</source>
        <translation>Maintenance (min)</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Sonde</translation>
    </message>
    <message>
        <source>Degraded (min)</source>
        <translation>Dégradé (min)</translation>
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
        <translation>Aucun incident sur cette période.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Period: %1 (local time)</source>
        <translation>Période&#xa0;: %1 (heure locale)</translation>
    </message>
    <message>
        <source>Generated %1 by Upwatch</source>
        <translation>Généré le %1 par Upwatch</translation>
    </message>
    <message>
        <source>Uptime counts the checks that were up or degraded; checks made during maintenance are left out. Response times (p50, p95) are of the answered checks.</source>
        <translation>La disponibilité compte les vérifications en ligne ou dégradées&#xa0;; les vérifications faites pendant une maintenance sont exclues. Les temps de réponse (p50, p95) portent sur les vérifications ayant reçu une réponse.</translation>
    </message>
    <message>
        <source>cannot make the PDF of the report</source>
        <translation>impossible de produire le PDF du rapport</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ResponseTimeChart</name>
    <message>
        <source>Response time</source>
        <translation>Temps de réponse</translation>
    </message>
    <message>
        <source>Min to max</source>
        <translation>Du min. au max.</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Vérifications</translation>
    </message>
    <message>
        <source>Degraded checks</source>
        <translation>Vérifications dégradées</translation>
    </message>
    <message>
        <source>Failed checks</source>
        <translation>Vérifications échouées</translation>
    </message>
    <message>
        <source>No checks in this range</source>
        <translation>Aucune vérification sur cette période</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>Depuis %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n up</source>
        <translation>
            <numerusform>%n en ligne</numerusform>
            <numerusform>%n en ligne</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n degraded</source>
        <translation>
            <numerusform>%n dégradée</numerusform>
            <numerusform>%n dégradées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n échouée</numerusform>
            <numerusform>%n échouées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Average %1 ms (min %2 ms, max %3 ms), %n checks</source>
        <translation>
            <numerusform>Moyenne %1&#xa0;ms (min. %2&#xa0;ms, max. %3&#xa0;ms), %n vérification</numerusform>
            <numerusform>Moyenne %1&#xa0;ms (min. %2&#xa0;ms, max. %3&#xa0;ms), %n vérifications</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunCommand</name>
    <message>
        <source>Run the monitoring engine without a window: check every monitor at its interval, keep history, print state changes, tell the alert channels. Changes made with &apos;upwatch monitor ...&apos; or &apos;upwatch channel ...&apos; meanwhile are picked up within seconds. Ctrl+C (SIGINT) or SIGTERM stops it after writing all results.</source>
        <translation>Exécuter le moteur de surveillance sans fenêtre&#xa0;: vérifier chaque sonde à son intervalle, conserver l’historique, afficher les changements d’état, prévenir les canaux d’alerte. Les modifications faites entre-temps avec «&#xa0;upwatch monitor ...&#xa0;» ou «&#xa0;upwatch channel ...&#xa0;» sont prises en compte en quelques secondes. Ctrl+C (SIGINT) ou SIGTERM l’arrête après l’écriture de tous les résultats.</translation>
    </message>
    <message>
        <source>Stop after this many seconds (at most %1, a year).</source>
        <translation>S’arrêter après ce nombre de secondes (au plus %1, soit un an).</translation>
    </message>
    <message>
        <source>Worker threads that run checks (default: one per core; 1 to %1).</source>
        <translation>Threads de travail qui exécutent les vérifications (par défaut&#xa0;: un par cœur&#xa0;; de 1 à %1).</translation>
    </message>
    <message>
        <source>Checks running at once, in all (default 1000; 1 to %1).</source>
        <translation>Vérifications simultanées, au total (1000 par défaut&#xa0;; de 1 à %1).</translation>
    </message>
    <message>
        <source>Checks running at once against one host:port (default 6; 1 to %1).</source>
        <translation>Vérifications simultanées vers un même hôte:port (6 par défaut&#xa0;; de 1 à %1).</translation>
    </message>
    <message>
        <source>Read and keep secrets in DB.secrets (mode 0600) beside the database instead of the OS keychain: for a server without one.</source>
        <translation>Lire et conserver les secrets dans DB.secrets (mode 0600), à côté de la base de données, plutôt que dans le trousseau du système&#xa0;: pour un serveur qui n’en a pas.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; (see &apos;upwatch run --help&apos;)</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;» (voir «&#xa0;upwatch run --help&#xa0;»)</translation>
    </message>
    <message>
        <source>threads</source>
        <translation>threads</translation>
    </message>
    <message>
        <source>checks</source>
        <translation>vérifications</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>alert: %1</source>
        <translation>alerte&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>running %n monitor(s) (%1 paused) with %2 worker threads; history in %3</source>
        <translation>
            <numerusform>surveillance de %n sonde (%1 en pause) avec %2 threads de travail&#xa0;; historique dans %3</numerusform>
            <numerusform>surveillance de %n sondes (%1 en pause) avec %2 threads de travail&#xa0;; historique dans %3</numerusform>
        </translation>
    </message>
    <message>
        <source>note: there are no monitors yet; add some with &apos;upwatch monitor add&apos; and they start here</source>
        <translation>remarque&#xa0;: aucune sonde pour le moment&#xa0;; ajoutez-en avec «&#xa0;upwatch monitor add&#xa0;» et elles démarreront ici</translation>
    </message>
    <message>
        <source>%1 late starts, largest lateness %2 ms</source>
        <translation>%1 démarrages en retard, retard maximal %2&#xa0;ms</translation>
    </message>
    <message>
        <source>; %1 alert deliveries failed</source>
        <translation>&#xa0;; %1 envois d’alerte en échec</translation>
    </message>
    <message>
        <source>stopped: %1 checks written (%2 down); %3</source>
        <translation>arrêt&#xa0;: %1 vérifications écrites (%2 hors ligne)&#xa0;; %3</translation>
    </message>
    <message>
        <source>%1 of %2 checks could not be stored in %3: %4</source>
        <translation>%1 vérifications sur %2 n’ont pas pu être enregistrées dans %3&#xa0;: %4</translation>
    </message>
    <message>
        <source>stopped: %1 checks (%2 down), %3 written, %4 could not be stored (%5); %6</source>
        <translation>arrêt&#xa0;: %1 vérifications (%2 hors ligne), %3 écrites, %4 non enregistrées (%5)&#xa0;; %6</translation>
    </message>
    <message>
        <source>the history writer did not close the database in time; ending without waiting for it</source>
        <translation>le thread d’écriture de l’historique n’a pas fermé la base de données à temps&#xa0;; arrêt sans l’attendre</translation>
    </message>
    <message>
        <source>Run as one of several agents sharing the database, checking from this location; agents split the monitors between them and take over from one that stops (default on a PostgreSQL database: the host name).</source>
        <translation>Fonctionner comme l&apos;un des agents qui partagent la base de données, en vérifiant depuis cet emplacement&#xa0;; les agents se répartissent les moniteurs et reprennent ceux d&apos;un agent qui s&apos;arrête (par défaut sur une base PostgreSQL&#xa0;: le nom de la machine).</translation>
    </message>
    <message>
        <source>How long an agent&apos;s monitors wait for another agent when it dies (default %1; %2 to %3).</source>
        <translation>Combien de temps les moniteurs d&apos;un agent attendent un autre agent quand il s&apos;arrête brutalement (par défaut %1&#xa0;; de %2 à %3).</translation>
    </message>
    <message>
        <source>--location needs a name without &apos;/&apos;</source>
        <translation>--location demande un nom sans &apos;/&apos;</translation>
    </message>
    <message>
        <source>agent %1: checking %2 of %3 monitor shards</source>
        <translation>agent %1&#xa0;: vérifie %2 des %3 groupes de moniteurs</translation>
    </message>
</context>
<context>
    <name>RunMetrics</name>
    <message>
        <source>metrics: %1</source>
        <translation>métriques&#xa0;: %1</translation>
    </message>
    <message>
        <source>metrics: listening on %1</source>
        <translation>métriques&#xa0;: à l’écoute sur %1</translation>
    </message>
    <message>
        <source>warning: the metrics endpoint on %1 is open to anyone who can reach it; set %2 (or &quot;%3&quot; in the keychain or the secrets file) to require a bearer token</source>
        <translation>avertissement&#xa0;: le serveur de métriques sur %1 est ouvert à quiconque peut le joindre&#xa0;; définissez %2 (ou «&#xa0;%3&#xa0;» dans le trousseau ou le fichier de secrets) pour exiger un jeton bearer</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>the secrets file %1</source>
        <translation>le fichier de secrets %1</translation>
    </message>
    <message>
        <source>the OS keychain</source>
        <translation>le trousseau du système</translation>
    </message>
    <message>
        <source>the in-memory secret store</source>
        <translation>le magasin de secrets en mémoire</translation>
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
        <translation> jours</translation>
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
        <translation>Afficher les &amp;notifications</translation>
    </message>
    <message>
        <source>Start &amp;minimized to the tray</source>
        <translation>Démarrer &amp;réduit dans la zone de notification</translation>
    </message>
    <message>
        <source>Start on &amp;login</source>
        <translation>Démarrer à l’&amp;ouverture de session</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Each check is kept in full for a while, then only as summaries, which take far less space. Keep each summary at least as long as the finer one above it.</source>
        <translation>Chaque vérification est conservée en intégralité pendant un temps, puis seulement sous forme de synthèses, bien moins volumineuses. Conservez chaque synthèse au moins aussi longtemps que la synthèse plus fine située au-dessus.</translation>
    </message>
    <message>
        <source>&amp;Raw results:</source>
        <translation>Résultats &amp;bruts&#xa0;:</translation>
    </message>
    <message>
        <source>every check with its status and error, as exported to CSV</source>
        <translation>chaque vérification avec son statut et son erreur, telle qu’exportée en CSV</translation>
    </message>
    <message>
        <source>M&amp;inute summaries:</source>
        <translation>Synthèses par m&amp;inute&#xa0;:</translation>
    </message>
    <message>
        <source>uptime and response times per minute, for daily and weekly charts</source>
        <translation>disponibilité et temps de réponse par minute, pour les graphiques journaliers et hebdomadaires</translation>
    </message>
    <message>
        <source>&amp;Hour summaries:</source>
        <translation>Synthèses par &amp;heure&#xa0;:</translation>
    </message>
    <message>
        <source>the same per hour, for monthly charts</source>
        <translation>idem par heure, pour les graphiques mensuels</translation>
    </message>
    <message>
        <source>&amp;Day summaries:</source>
        <translation>Synthèses par &amp;jour&#xa0;:</translation>
    </message>
    <message>
        <source>the same per day, for yearly charts and uptime</source>
        <translation>idem par jour, pour les graphiques annuels et la disponibilité</translation>
    </message>
    <message>
        <source>New monitors</source>
        <translation>Nouvelles sondes</translation>
    </message>
    <message>
        <source>How often a new monitor is checked</source>
        <translation>Fréquence de vérification d’une nouvelle sonde</translation>
    </message>
    <message>
        <source>How long a check of a new monitor may take before it fails</source>
        <translation>Durée maximale d’une vérification d’une nouvelle sonde avant qu’elle échoue</translation>
    </message>
    <message>
        <source>Check &amp;every:</source>
        <translation>Vérifier toutes &amp;les&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Délai d’expiration&#xa0;:</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Notify when a monitor&apos;s TLS certificate expires within this many days</source>
        <translation>Prévenir quand le certificat TLS d’une sonde expire dans ce nombre de jours ou moins</translation>
    </message>
    <message>
        <source>&amp;Warn before certificates expire:</source>
        <translation>&amp;Avertir avant l’expiration des certificats&#xa0;:</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <source>Start Upwatch in the tray when you log in (an entry in %1)</source>
        <translation>Démarrer Upwatch dans la zone de notification à l’ouverture de session (une entrée dans %1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Lang&amp;ue&#xa0;:</translation>
    </message>
    <message>
        <source>Takes effect after a restart of Upwatch.</source>
        <translation>Prend effet au prochain démarrage d’Upwatch.</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <source>M&amp;etrics</source>
        <translation>&amp;Métriques</translation>
    </message>
    <message>
        <source>Keep minute summaries at least as long as raw results (%L1 hours, so at least %L2 days).</source>
        <translation>Conservez les synthèses par minute au moins aussi longtemps que les résultats bruts (%L1&#xa0;heures, soit au moins %L2&#xa0;jours).</translation>
    </message>
    <message>
        <source>Keep hour summaries at least as long as minute summaries (%L1 days).</source>
        <translation>Conservez les synthèses par heure au moins aussi longtemps que les synthèses par minute (%L1&#xa0;jours).</translation>
    </message>
    <message>
        <source>Keep day summaries at least as long as hour summaries (%L1 days).</source>
        <translation>Conservez les synthèses par jour au moins aussi longtemps que les synthèses par heure (%L1&#xa0;jours).</translation>
    </message>
    <message>
        <source>&amp;Agents</source>
        <translation>&amp;Agents</translation>
    </message>
</context>
<context>
    <name>SilenceCommand</name>
    <message>
        <source>Quiet hours: %1 (local time); alerts wait and come as one summary when they end.</source>
        <translation>Heures calmes&#xa0;: %1 (heure locale)&#xa0;; les alertes attendent et arrivent en un seul résumé à leur fin.</translation>
    </message>
    <message>
        <source>Quiet hours: off.</source>
        <translation>Heures calmes&#xa0;: désactivées.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; (see &apos;upwatch %2 --help&apos;)</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;» (voir «&#xa0;upwatch %2 --help&#xa0;»)</translation>
    </message>
    <message>
        <source>Hold every alert (desktop notifications and alert channels) for a while; they come as one summary when the snooze ends. DURATION is like 1h, 4h, 90m or 1h30m; &apos;morning&apos; snoozes until %1:00 tomorrow morning; &apos;off&apos; ends the snooze. Without an argument, shows what holds alerts now.</source>
        <translation>Retenir toutes les alertes (notifications de bureau et canaux d’alerte) pendant un temps&#xa0;; elles arrivent en un seul résumé à la fin de la suspension. DURATION s’écrit comme 1h, 4h, 90m ou 1h30m&#xa0;; «&#xa0;morning&#xa0;» suspend jusqu’à %1:00 demain matin&#xa0;; «&#xa0;off&#xa0;» met fin à la suspension. Sans argument, indique ce qui retient les alertes en ce moment.</translation>
    </message>
    <message>
        <source>How long: a duration, morning or off.</source>
        <translation>Combien de temps&#xa0;: une durée, morning ou off.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a duration (use e.g. 1h, 4h, 90m, morning or off)</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une durée (utilisez p. ex. 1h, 4h, 90m, morning ou off)</translation>
    </message>
    <message>
        <source>Alerts are snoozed until %1.</source>
        <translation>Les alertes sont suspendues jusqu’à %1.</translation>
    </message>
    <message>
        <source>Alerts are not snoozed.</source>
        <translation>Les alertes ne sont pas suspendues.</translation>
    </message>
    <message>
        <source>alerts snoozed until %1</source>
        <translation>alertes suspendues jusqu’à %1</translation>
    </message>
    <message>
        <source>alerts are no longer snoozed; what was held is sent now</source>
        <translation>les alertes ne sont plus suspendues&#xa0;; ce qui a été retenu est envoyé maintenant</translation>
    </message>
    <message>
        <source>Hold alerts every day between two local times, e.g. 22:00-07:00; they come as one summary when the quiet hours end. &apos;off&apos; turns them off. Without an argument, shows them.</source>
        <translation>Retenir les alertes chaque jour entre deux heures locales, p. ex. 22:00-07:00&#xa0;; elles arrivent en un seul résumé à la fin des heures calmes. «&#xa0;off&#xa0;» les désactive. Sans argument, les affiche.</translation>
    </message>
    <message>
        <source>From-to in local time, or off.</source>
        <translation>Début-fin en heure locale, ou off.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time range (use e.g. 22:00-07:00, or off)</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une plage horaire (utilisez p. ex. 22:00-07:00, ou off)</translation>
    </message>
    <message>
        <source>quiet hours set to %1 (local time)</source>
        <translation>heures calmes réglées sur %1 (heure locale)</translation>
    </message>
    <message>
        <source>quiet hours turned off</source>
        <translation>heures calmes désactivées</translation>
    </message>
    <message>
        <source>Drop a monitor&apos;s alerts (desktop and channels) while it is still checked and shown; until unmuted unless --for or --until-morning says otherwise.</source>
        <translation>Couper les alertes d’une sonde (bureau et canaux) tout en continuant à la vérifier et à l’afficher&#xa0;; jusqu’à leur rétablissement, sauf si --for ou --until-morning en décide autrement.</translation>
    </message>
    <message>
        <source>Send a muted monitor&apos;s alerts again.</source>
        <translation>Rétablir les alertes d’une sonde dont les alertes sont coupées.</translation>
    </message>
    <message>
        <source>The monitor&apos;s name, or its id (digits only). Put &apos;--&apos; before a name that starts with &apos;-&apos;.</source>
        <translation>Le nom de la sonde, ou son id (chiffres uniquement). Placez «&#xa0;--&#xa0;» devant un nom qui commence par «&#xa0;-&#xa0;».</translation>
    </message>
    <message>
        <source>Mute for this long (1h, 4h, 90m...).</source>
        <translation>Couper pendant cette durée (1h, 4h, 90m...).</translation>
    </message>
    <message>
        <source>Mute until %1:00 tomorrow morning.</source>
        <translation>Couper jusqu’à %1:00 demain matin.</translation>
    </message>
    <message>
        <source>monitor %1 needs one monitor id or name</source>
        <translation>monitor %1 attend un id ou un nom de sonde</translation>
    </message>
    <message>
        <source>use --for or --until-morning, not both</source>
        <translation>utilisez --for ou --until-morning, pas les deux</translation>
    </message>
    <message>
        <source>--for: &apos;%1&apos; is not a duration (use e.g. 1h, 4h or 90m)</source>
        <translation>--for&#xa0;: «&#xa0;%1&#xa0;» n’est pas une durée (utilisez p. ex. 1h, 4h ou 90m)</translation>
    </message>
    <message>
        <source>unmuted monitor %1</source>
        <translation>alertes de la sonde %1 rétablies</translation>
    </message>
    <message>
        <source>muted monitor %1 until unmuted</source>
        <translation>alertes de la sonde %1 coupées jusqu’à leur rétablissement</translation>
    </message>
    <message>
        <source>muted monitor %1 until %2</source>
        <translation>alertes de la sonde %1 coupées jusqu’à %2</translation>
    </message>
</context>
<context>
    <name>SnoozeChoices</name>
    <message>
        <source>For 1 hour</source>
        <translation>Pendant 1 heure</translation>
    </message>
    <message>
        <source>For 4 hours</source>
        <translation>Pendant 4 heures</translation>
    </message>
    <message>
        <source>Until tomorrow morning</source>
        <translation>Jusqu’à demain matin</translation>
    </message>
</context>
<context>
    <name>StatsCommand</name>
    <message>
        <source>Only this monitor; repeat for more.</source>
        <translation>Uniquement cette sonde&#xa0;; option répétable.</translation>
    </message>
    <message>
        <source>One JSON object per monitor and line.</source>
        <translation>Un objet JSON par sonde et par ligne.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <source>UP %1</source>
        <translation>DISPO %1</translation>
    </message>
    <message>
        <source>CHECKS 24H</source>
        <translation>VÉRIF. 24H</translation>
    </message>
    <message>
        <source>AVG MS</source>
        <translation>MOY. MS</translation>
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
        <translation>Aucune sonde pour le moment.</translation>
    </message>
    <message>
        <source>CHECKS</source>
        <translation>VÉRIF.</translation>
    </message>
    <message>
        <source>UPTIME</source>
        <translation>DISPO</translation>
    </message>
    <message>
        <source>DOWN MIN</source>
        <translation>MIN HORS LIGNE</translation>
    </message>
    <message>
        <source>MAINT MIN</source>
        <translation>MIN MAINT.</translation>
    </message>
    <message>
        <source>DEGRADED MIN</source>
        <translation>MIN DÉGRADÉ</translation>
    </message>
    <message>
        <source>INCIDENTS</source>
        <translation>INCIDENTS</translation>
    </message>
    <message>
        <source>P50 MS</source>
        <translation>P50 MS</translation>
    </message>
    <message>
        <source>Uptime over the last 24 hours, 7 days, 30 days and year, response times over the last 24 hours (average, 95th percentile, min, max; answered checks only) and the time spent in maintenance.
With a period: the figures of the uptime report for it (checks, uptime, minutes down, in maintenance and degraded, incidents, response times).</source>
        <translation>Disponibilité sur les dernières 24 heures, 7 jours, 30 jours et sur l’année, temps de réponse sur les dernières 24 heures (moyenne, 95e centile, min, max&#xa0;; vérifications ayant reçu une réponse uniquement) et temps passé en maintenance.
Avec une période&#xa0;: les chiffres du rapport de disponibilité pour celle-ci (vérifications, disponibilité, minutes hors ligne, en maintenance et dégradées, incidents, temps de réponse).</translation>
    </message>
    <message>
        <source>MAINT MIN %1</source>
        <translation>MIN MAINT. %1</translation>
    </message>
</context>
<context>
    <name>StatusRanges</name>
    <message>
        <source>&apos;%1&apos; is not a status code or range</source>
        <translation>«&#xa0;%1&#xa0;» n’est ni un code de statut ni une plage</translation>
    </message>
    <message>
        <source>status %1 is outside %2-%3</source>
        <translation>le statut %1 est hors de la plage %2-%3</translation>
    </message>
    <message>
        <source>the list of expected statuses is empty</source>
        <translation>la liste des statuts attendus est vide</translation>
    </message>
    <message>
        <source>empty item in status list &apos;%1&apos;</source>
        <translation>élément vide dans la liste de statuts «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>range &apos;%1&apos; ends before it starts</source>
        <translation>la plage «&#xa0;%1&#xa0;» se termine avant de commencer</translation>
    </message>
</context>
<context>
    <name>StatusStyle</name>
    <message>
        <source>Up</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Dégradé</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Injoignable</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Maintenance</translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message numerus="yes">
        <source>%n down</source>
        <translation>
            <numerusform>%n hors ligne</numerusform>
            <numerusform>%n hors ligne</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unreachable</source>
        <translation>
            <numerusform>%n injoignable</numerusform>
            <numerusform>%n injoignables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n degraded</source>
        <translation>
            <numerusform>%n dégradée</numerusform>
            <numerusform>%n dégradées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n up</source>
        <translation>
            <numerusform>%n en ligne</numerusform>
            <numerusform>%n en ligne</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paused</source>
        <translation>
            <numerusform>%n en pause</numerusform>
            <numerusform>%n en pause</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n en attente</numerusform>
            <numerusform>%n en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>Check all now</source>
        <translation>Tout vérifier maintenant</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>No monitors yet</source>
        <translation>Aucune sonde pour l’instant</translation>
    </message>
    <message>
        <source>Upwatch — %1</source>
        <translation>Upwatch — %1</translation>
    </message>
    <message>
        <source>Hide Upwatch</source>
        <translation>Masquer Upwatch</translation>
    </message>
    <message>
        <source>Show Upwatch</source>
        <translation>Afficher Upwatch</translation>
    </message>
    <message>
        <source>Resume all</source>
        <translation>Tout reprendre</translation>
    </message>
    <message>
        <source>Pause all</source>
        <translation>Tout mettre en pause</translation>
    </message>
    <message numerus="yes">
        <source>%n in maintenance</source>
        <translation>
            <numerusform>%n en maintenance</numerusform>
            <numerusform>%n en maintenance</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UptimeGrid</name>
    <message>
        <source>Time in maintenance, left out of the uptime above</source>
        <translation>Temps en maintenance, exclu de la disponibilité ci-dessus</translation>
    </message>
    <message>
        <source>Maintenance %1</source>
        <translation>Maintenance %1</translation>
    </message>
</context>
<context>
    <name>UptimeReport</name>
    <message>
        <source>no monitors match the selection</source>
        <translation>aucune sonde ne correspond à la sélection</translation>
    </message>
</context>
</TS>
