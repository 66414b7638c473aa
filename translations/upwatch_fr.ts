<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AlertChannel</name>
    <message>
        <source>the stored webhook secret is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored webhook secret has no URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored webhook secret&apos;s headers are not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a header of the stored webhook secret has no name or value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored webhook secret is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the webhook URL is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the webhook URL is malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the webhook URL has no scheme: start it with http:// or https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the webhook URL must start with http:// or https://, not %1://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the webhook URL has no host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the webhook URL is longer than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there are %1 webhook headers; the limit is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a webhook header has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the webhook header name &apos;%1&apos; contains characters a header name cannot have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the webhook header &apos;%1&apos; is longer than %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value of webhook header &apos;%1&apos; contains a line break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value of webhook header &apos;%1&apos; contains a control character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header &apos;%1&apos; is set by the HTTP client itself and cannot be given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the channel &apos;%1&apos; has no events: choose at least one of down, up, degraded or cert_expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the timeout must be between 1 ms and %1 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the channel lists %1 monitors; the limit is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a monitor of the channel: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the channel lists %1 tags; the limit is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a command channel needs a program to run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the program name contains a control character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the command has %1 arguments; the limit is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an argument of the command contains a NUL character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a custom webhook needs a body template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body template is longer than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertStatus</name>
    <message>
        <source>Alert to %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts to %1 channels failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertingChannelBackend</name>
    <message>
        <source>Alerting has stopped; the channels cannot be changed now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthOptions</name>
    <message>
        <source>HTTP Basic user; the password comes from UPWATCH_PASSWORD or --password-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the Basic password from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a bearer token from UPWATCH_TOKEN or --token-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the bearer token from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send header NAME with a secret value from UPWATCH_SECRET_HEADER or --secret-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client certificate (PEM) for mutual TLS; with --client-key. A key passphrase comes from UPWATCH_KEY_PASSPHRASE or --secret-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key (PEM) of --client-cert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth2 client credentials: the token endpoint; with --oauth2-client-id. The client secret comes from UPWATCH_CLIENT_SECRET or --secret-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth2 client id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth2 scope (optional).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the secret of the chosen authentication from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: a password in the URL shows in the process list while upwatch runs; use --user with UPWATCH_PASSWORD or --password-stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read standard input: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secret on standard input is longer than %1 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--client-cert and --client-key go together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth2 needs both --oauth2-token-url and --oauth2-client-id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose one kind of authentication, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard input holds one secret: give only one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs an authentication option (--user, --bearer, --secret-header, --client-cert or --oauth2-token-url)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--password-stdin goes with --user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard input is empty: it should hold the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 authentication needs the %2: set %3 or use %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthenticationTab</name>
    <message>
        <source>&apos;Authorization&apos; is set by the HTTP Basic, Bearer token and OAuth2 kinds: choose one of those instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;Proxy-Authorization&apos; is meant for a proxy, not for the monitored server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;Host&apos; is taken from the URL and cannot be a secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the OS keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Header name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. X-API-Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Certificate file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private &amp;key file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token UR&amp;L:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sc&amp;ope:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, e.g. read:status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.cer *.key);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;oken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header &amp;value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key &amp;passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep stor&amp;ed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the %1 that is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a new %1 instead of the stored one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be stored (see below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only if the key file is encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is kept in %2, never in Upwatch&apos;s database or its exports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An HTTP Basic user name cannot contain &apos;:&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name cannot contain control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the header&apos;s name, e.g. X-API-Key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the %1 (PEM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the full path of the %1: %2 is relative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not the %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 %2 cannot be read: check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the token URL, e.g. https://auth.example.com/oauth/token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the client ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the new %1, or keep the stored one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the %1: the secret stored for %2 does not carry over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 cannot contain control characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelCommand</name>
    <message>
        <source>monitors %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all monitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an alert channel: a webhook that gets a POST, or a program that is run (directly, not through a shell) with the event in UPWATCH_* environment variables and as JSON on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel add needs --name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel add needs one of --webhook URL, --webhook-stdin or --command PROGRAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a channel named &apos;%1&apos; already exists (id %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot store the webhook&apos;s URL in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added channel %1 (%2: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its webhook URL is in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: there is no monitor named &apos;%1&apos; yet; the channel covers it once there is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the alert channels (never their secrets).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One JSON object per line instead of a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No alert channels yet. Add one with &apos;upwatch channel add --name N --webhook URL&apos; or &apos;--command PROGRAM&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENABLED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EVENTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCOPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel&apos;s name, or its id (digits only). Put &apos;--&apos; before a name that starts with &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel %1 needs one channel id or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove an alert channel and its stored secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: the channel is removed, but its webhook URL could not be removed from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed channel %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a test event to an alert channel now (past its event and monitor filters, even when it is switched off) and say how it went.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>channel %1: delivered (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel %1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the webhook&apos;s URL from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel %1: %2</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown channel action &apos;%1&apos; (use add, list, remove or test)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDialog</name>
    <message>
        <source>Add alert channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit alert channel – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Ops Slack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook: POST to a URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command: run a program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;nabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A disabled channel keeps its settings but is sent nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Events and monitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long one attempt may take; a failed delivery is tried three times in all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per line, e.g.
--room
ops alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Arguments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each line is one argument, passed as written: no shell is involved. In double quotes, an argument keeps its outer spaces and may use \&quot; and \n; &quot;&quot; is an empty one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event comes in environment variables (UPWATCH_EVENT, UPWATCH_MONITOR, UPWATCH_STATE, UPWATCH_REASON, UPWATCH_ERROR, UPWATCH_URL, …) and as JSON on standard input. Exit code 0 means delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert when a monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goes do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;recovers (up again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>becomes de&amp;graded (slow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has a TLS &amp;certificate about to expire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving (the URL goes to the keychain)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the program to run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelInput</name>
    <message>
        <source>Header %1 has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are %1 headers; the limit is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the program to run, e.g. /usr/local/bin/page-me.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program contains a control character: it is one line of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for the channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another channel is already called &apos;%1&apos;. Choose a different name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one event to alert on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one monitor or tag, or alert for all monitors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program &apos;%1&apos; is found in PATH here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file %1 here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an executable file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an argument cannot contain a NUL character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the closing quote is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is text after the closing quote; quote the whole argument, writing \&quot; for a quote inside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are more than %1 arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the body to send, with placeholders such as {{monitor}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a placeholder; use one of those listed under the template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template starts like JSON but is not valid JSON once filled in: %1. Put text placeholders inside quotes, like &quot;{{monitor}}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Slack incoming webhook: paste the URL Slack gave you. Alerts arrive as a text message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Discord webhook (channel settings, Integrations, Webhooks): paste its URL. Alerts arrive as a message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ntfy topic URL: alerts arrive as text with a title, priority and tags. For a protected topic add an Authorization header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Gotify server&apos;s /message URL with the application token (?token=…), or the token in an X-Gotify-Key header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own body, POSTed with the placeholders filled in; their values are JSON-escaped when the template starts with { or [.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upwatch&apos;s own JSON: event, monitor, state, previous state, reason, error, URL, time and incident duration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All monitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 monitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered in 1 attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered in %1 attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed after 1 attempt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed after %1 attempts: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelListModel</name>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(test)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitors: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitors tagged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No delivery since Upwatch started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last delivery</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelOptions</name>
    <message>
        <source>unknown event &apos;%1&apos; (use down, up, degraded or cert_expiry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--events needs at least one of down, up, degraded or cert_expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--header must be &apos;Name: value&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the webhook&apos;s URL in DB.secrets (mode 0600) beside the database instead of the OS keychain: for a server without one. Used from then on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unique name of the channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>http(s) URL to POST to (kept in the keychain; it shows in the process list while this runs: --webhook-stdin does not).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the webhook URL from standard input (first line), and headers from the lines after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body shape: json (default), slack, discord, ntfy, gotify or custom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom body with {{event}}, {{monitor}}, {{monitor_id}}, {{url}}, {{state}}, {{previous_state}}, {{reason}}, {{error}}, {{time}}, {{duration}}, {{summary}}, {{count}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request header &apos;Name: value&apos; (kept in the keychain); repeat for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program to run; its arguments follow &apos;--&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events to send: down,up,degraded,cert_expiry (default: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this monitor (by name); repeat for more. Default: all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only monitors with this tag; repeat for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds one delivery may take (default 10, at most %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add it switched off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arguments of --command&apos;s program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is for webhooks, not --command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; (arguments follow --command PROGRAM only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown preset &apos;%1&apos; (use json, slack, discord, ntfy, gotify or custom)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--template needs --preset custom (or no --preset)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--preset custom needs --template</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelScopeEditor</name>
    <message>
        <source>&amp;All monitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Only the monitors checked here, and those with a checked tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter monitors and tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Monitors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no such monitor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no monitor has it)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelWebhookEditor</name>
    <message>
        <source>&amp;Preset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the keychain, with the headers: webhook URLs often are the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show and change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra request headers, e.g. Authorization: Bearer …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Headers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholders: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body &amp;template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL and headers are stored in the keychain; they are kept as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No URL is stored for this channel. Enter one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored URL could not be read: %1 Enter it again to replace it, or cancel to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelsPage</name>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No alert channels yet.

A channel tells someone else when a monitor goes down, recovers, slows down or has a certificate about to expire: a webhook posts to Slack, Discord, ntfy, Gotify or any URL; a command runs a program of yours. The window and `upwatch run` both use them.

Click Add… to create one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to channels are saved at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the channel &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the channel &apos;%1&apos;? It will not be told about anything any more, and its stored URL and headers are deleted from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel &apos;%1&apos; was not removed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the channel &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending a test alert to &apos;%1&apos;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test alert to &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Probe one URL once and print the verdict as one JSON line.
Exit code: 0 up or degraded, 1 down, 2 bad usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>http:// or https:// URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file (accepted by every command; check stores nothing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: upwatch check [options] URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check needs a URL (see &apos;upwatch check --help&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check takes one URL, got %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckOptions</name>
    <message>
        <source>--%1 needs a whole number of %2 (at least %3), not &apos;%4&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be between %2 and %3, not %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP method: %1 (default GET; POST with --data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request header &quot;Name: value&quot;; repeat for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request body to POST.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted HTTP statuses: codes and ranges (default 200-299).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text the response body must contain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail when the body contains the keyword instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline for the whole check in ms (default 10000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirects to follow; 0 judges the redirect (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept expired, self-signed or mismatched certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report DEGRADED when slower than this many ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON assertion &apos;POINTER OP VALUE&apos; the body must hold, e.g. &apos;/status == &quot;ok&quot;&apos;; repeat for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyword is a regular expression.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported method &apos;%1&apos;: use %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad --expect-status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--keyword needs some text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad --json-assert &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redirects</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
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
  import FILE.json               Add monitors from a file made by export.
  export FILE.json               Write all monitors to a JSON file (no secrets).
  run [--duration S]             Run the engine without a window; Ctrl+C stops it.
  history export --out FILE.csv  Write check results as CSV (--monitor, --since,
                                 --until).
  stats [--monitor M] [--json]   Uptime 24h/7d/30d/1y and response times.
  channel add --name N --webhook URL|--command PROGRAM
                                 Add an alert channel (--preset, --events,
                                 --monitor, --tag, --timeout).
  channel list [--json]          List the alert channels.
  channel remove|test ID|NAME    Remove one, or send it a test event.

Options:
  --db PATH             Database file, for every command (default: %1).
  -h, --help            Show this help.
  -v, --version         Show the version.

Run &apos;upwatch &lt;command&gt; --help&apos; for the options of a command.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos; (see &apos;upwatch --help&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (see &apos;upwatch --help&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandParser</name>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an option, and ids and counts are never negative (put &apos;--&apos; before a name that starts with &apos;-&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db needs a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; (see &apos;upwatch %2 --help&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DBusNotificationSink</name>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <source>Upwatch is still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing the window keeps Upwatch checking in the tray. Use Quit in the tray menu to stop it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesktopSession</name>
    <message numerus="yes">
        <source>History: %Ln result(s) waiting to be written — %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>History: %Ln result(s) waiting to be written, %1 dropped — %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Select a monitor to see its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95th percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptime 24 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptime 7 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptime 30 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptime 1 y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeout %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last check %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the history: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 h</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>&amp;All monitors (%L1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Selected monitors (%L1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All &amp;history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local time; both minutes are included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to save the CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“From” must be before “To”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to export to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the full path of the file, or choose one with Browse….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder; enter a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file exists; Export replaces it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting… %L1 results written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting… %L1 of %L2 results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported 1 result to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %L1 results to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileCommand</name>
    <message>
        <source>%1 needs one file name (see &apos;upwatch %1 --help&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the monitors of a file made by &apos;upwatch export&apos;. Monitors with the same name are replaced. A file with any problem imports nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON file, or - for stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the monitors&apos; secrets (passwords, tokens...) from standard input as a JSON object: {&quot;monitor name&quot;: &quot;secret&quot;, ...}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep secrets in DB.secrets (mode 0600) instead of the OS keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard input cannot hold both the file and the secrets: give the file&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (nothing was imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>imported %n monitor(s) from %1 (%2 added, %3 replaced)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Write every monitor&apos;s settings to a JSON file that &apos;upwatch import&apos; reads. Secrets are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON file, or - for stdout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write to stdout: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>exported %n monitor(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GuiCommand</name>
    <message>
        <source>no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set); use &apos;upwatch run&apos; for the engine without a window, or see &apos;upwatch --help&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Upwatch window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start in the tray (or minimised when there is no tray).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (see &apos;upwatch --help&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open database %1: it is a folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthView</name>
    <message>
        <source>Event-loop lag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GUI thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers (worst)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No samples yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GUI lag %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worker lag %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 checks/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 late checks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message>
        <source>Usage: upwatch history export --out FILE.csv [--monitor ID|NAME] [--since ISO] [--until ISO]
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown history action &apos;%1&apos; (use export)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write raw check results as CSV (UTF-8, RFC 4180, timestamps in UTC):
timestamp,monitor_id,monitor_name,url,method,verdict,reason,http_status,response_ms,error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file to write, or - for stdout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this monitor; repeat for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only results from this time on (ISO 8601; UTC unless a zone is given).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only results before this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history export needs --out FILE.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs an ISO 8601 date or time such as 2026-11-21 or 2026-11-21T08:00:00Z, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write to stdout</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>exported %n result(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportSecrets</name>
    <message>
        <source>--secrets-stdin needs a JSON object {&quot;monitor name&quot;: &quot;secret&quot;, ...} on standard input (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--secrets-stdin: the secret of &apos;%1&apos; must be a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: --secrets-stdin names &apos;%1&apos;, which is not a monitor of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: --secrets-stdin gives a secret, but the monitor has no authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (nothing was imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot store the %2 in %3: %4 (nothing was imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its %2 is in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %1 needs its %2: import again with --secrets-stdin, or edit the monitor in the window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentList</name>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For %1 so far</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonAssertionEditor</name>
    <message>
        <source>Pointer, operator and JSON value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All must hold for the JSON body, e.g.
/status == &quot;ok&quot;
/queue/depth &lt; 100
/tags contains &quot;eu&quot;
/id exists
Operators: ==, !=, &lt;, &lt;=, &gt;, &gt;=, contains, matches, exists, !exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assertion %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Upwatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Monitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Upwatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Upwatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Upwatch %1&lt;/b&gt;&lt;br&gt;A native desktop uptime monitor.&lt;br&gt;Database: %2&lt;br&gt;License: GPL-3.0-or-later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert &amp;channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No monitors yet — add one with Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n monitor(s): %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MetricsOptions</name>
    <message>
        <source>Serve Prometheus metrics on http://ADDR:P/metrics and a health check on /health (1 to 65535). A bearer token is required when %1 is set (or, on an address other than loopback, when the keychain or the secrets file holds &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IP address the metrics endpoint listens on (default 127.0.0.1; 0.0.0.0 or :: for every interface).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--metrics-bind needs --metrics-port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--metrics-bind: &apos;%1&apos; is not an IP address (such as 127.0.0.1, ::1 or 0.0.0.0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--metrics-port needs a port number from 1 to 65535, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetricsSettingsPage</name>
    <message>
        <source>&amp;Serve metrics for Prometheus and a health check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>127.0.0.1 or ::1: this computer only; 0.0.0.0 or ::: every network interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone who can reach this address can read the metrics, unless a bearer token is set: UPWATCH_METRICS_TOKEN in the environment, or &quot;metrics-token&quot; in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus scrapes /metrics: every monitor&apos;s state, response times and checks, and the engine&apos;s health. /health answers with the app&apos;s own status as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scrape URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The metrics address must be an IP address, such as 127.0.0.1, ::1 or 0.0.0.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The metrics server is not running: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The metrics server is off.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonitorActions</name>
    <message>
        <source>&amp;Add monitor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open in browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected monitors and their history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the selected monitors now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the monitor “%1” and all its history?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n monitor(s) and all their history?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete monitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n result(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonitorAuth</name>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP Basic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth2 client credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 file is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 file %2 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 file %2 is not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 file %2 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP Basic authentication needs a user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user name cannot contain &apos;:&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user name cannot contain control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a secret header needs a header name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a client certificate needs a certificate file and a key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate and key files need absolute paths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth2 needs a token URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token URL cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token URL cannot hold a user or password (the client id and secret are sent for it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth2 needs a client id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client id and scope cannot contain control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;kind&quot; must be one of none, basic, bearer, header, client_cert, oauth2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown authentication kind &quot;%1&quot; (use none, basic, bearer, header, client_cert or oauth2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of %2 authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonitorCommand</name>
    <message>
        <source>Add a monitor to the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unique name of the monitor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>http:// or https:// URL to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds between checks (default 60).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed checks tolerated before DOWN (default 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good checks needed before UP again (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitor (id or name) this one depends on: while it is down, this one raises no alert of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag; repeat for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add it paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep secrets in DB.secrets (mode 0600) beside the database instead of the OS keychain: for a server without one. Used from then on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monitor add needs --name and --url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>good checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--parent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot store the %1 in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added monitor %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its %1 is in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the monitors with their state and last check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One JSON object per line instead of a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INTERVAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LAST CHECK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No monitors yet. Add one with &apos;upwatch monitor add --name NAME --url URL&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a monitor and its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop checking a monitor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a paused monitor again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The monitor&apos;s name, or its id (digits only). Put &apos;--&apos; before a name that starts with &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monitor %1 needs one monitor id or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: the monitor is removed, but its %1 could not be removed from %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed monitor %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused monitor %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resumed monitor %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: upwatch monitor &lt;add|list|remove|pause|resume&gt; [options]

  add --name N --url U [options]   Add a monitor (see &apos;monitor add --help&apos;).
  list [--json]                    List monitors with state and last check.
  remove ID|NAME                   Remove a monitor and its history.
  pause ID|NAME                    Stop checking a monitor.
  resume ID|NAME                   Check a paused monitor again.

Every action accepts --db PATH.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown monitor action &apos;%1&apos; (use add, list, remove, pause or resume)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonitorDialog</name>
    <message>
        <source>Add monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit monitor – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Shop front page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password will be moved to the keychain when you save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Alerting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auth&amp;entication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the monitor once, as entered, and show the result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per line, e.g.
Accept: application/json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Headers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent with POST, PUT, PATCH and DELETE requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often the monitor is checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline for the whole check, redirects included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time&amp;out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status codes and ranges that count as up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected &amp;statuses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional text the response must contain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fail when found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular e&amp;xpression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyword:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;JSON assertions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ma&amp;ximum redirects:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ignore TLS certificate errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responses slower than this count as degraded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Degraded above:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much of the response body is read and searched for the keyword; the rest is not downloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read at &amp;most:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed checks tolerated before the monitor is down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retr&amp;ies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Successful checks needed before the monitor is up again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reco&amp;very checks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While the parent is down, this monitor is shown as unreachable instead of raising its own alert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Parent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated, e.g. production, web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;used (not checked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown monitor (id %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another monitor is already called &apos;%1&apos;. Choose a different name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for the monitor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove the password from the URL: the monitor authenticates with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write codes and ranges like 200-299,301.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonitorFilterBar</name>
    <message>
        <source>Search name, URL or tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc clears the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only monitors in this state (Down includes unreachable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonitorInput</name>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A keyword needs a response body: use another method than HEAD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, HTTP %1 in %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> after %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonitorTableModel</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Last %n check(s), oldest on the left: %1 failed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 checks up in the last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptime 24 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent checks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonitorTester</name>
    <message>
        <source>The stored %1 cannot be read: no secret store.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonitorValidator</name>
    <message>
        <source>malformed URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL &apos;%1&apos; has no scheme: start it with http:// or https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported scheme &apos;%1&apos; in &apos;%2&apos;: only http and https URLs can be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL &apos;%1&apos; has no host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the URL is %1 bytes long when encoded; the limit is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the URL is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the URL is %1 characters long; the limit is %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed URL &apos;%1&apos;: &apos;%2:&apos; must be followed by &apos;//&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed URL &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header %1 is %2 bytes long; the limit is %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header %1 is not in the form &apos;Name: value&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header %1 has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header name %1 contains characters a header name cannot have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value of header &apos;%1&apos; contains a line break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value of header &apos;%1&apos; contains the control character %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header &apos;%1&apos; is set by the HTTP client itself and cannot be given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name contains the control character %1: a name is one line of text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is %1 characters long; the limit is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keyword is %1 bytes long; the limit is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keyword contains the control character %1: a keyword is one line of text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keyword is not a valid regular expression: %1 at character %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tag is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag %1 contains the control character %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag %1 is %2 characters long; the limit is %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there are %1 request headers; the limit is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request body is %1 bytes long; the limit is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there are %1 tags; the limit is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the interval must be between 1 second and 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the timeout must be between 1 ms and 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the redirect limit must be between 0 and %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the degraded threshold cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the degraded threshold must be at most 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body read limit must be at least 1 byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retries cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retries must be at most %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recovery needs at least 1 successful check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recovery must be at most %1 checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a request body needs the %1 method, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a keyword needs a response body: use another method than HEAD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inverting the keyword needs a keyword</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there are %1 JSON assertions; the limit is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON assertion %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a JSON assertion needs a response body: use another method than HEAD</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Monitor %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate of %1 has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate of %1 expires in less than a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate of %1 expires in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 monitors are down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 monitors are back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates of %1 monitors expire soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhaseChart</name>
    <message>
        <source>Where the time goes: the last check, and the average of each phase over the range (resolve, connect, TLS, processing, transfer, from the bottom)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last check: none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last check: no timing (nothing was sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No timing in this range</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResponseTimeChart</name>
    <message>
        <source>Response time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min to max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No checks in this range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Average %1 ms (min %2 ms, max %3 ms), %n checks</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed check(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunCommand</name>
    <message>
        <source>Run the monitoring engine without a window: check every monitor at its interval, keep history, print state changes, tell the alert channels. Changes made with &apos;upwatch monitor ...&apos; or &apos;upwatch channel ...&apos; meanwhile are picked up within seconds. Ctrl+C (SIGINT) or SIGTERM stops it after writing all results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after this many seconds (at most %1, a year).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker threads that run checks (default: one per core; 1 to %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks running at once, in all (default 1000; 1 to %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks running at once against one host:port (default 6; 1 to %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read and keep secrets in DB.secrets (mode 0600) beside the database instead of the OS keychain: for a server without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; (see &apos;upwatch run --help&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alert: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>running %n monitor(s) (%1 paused) with %2 worker threads; history in %3</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>note: there are no monitors yet; add some with &apos;upwatch monitor add&apos; and they start here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 late starts, largest lateness %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 alert deliveries failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped: %1 checks written (%2 down); %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 checks could not be stored in %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped: %1 checks (%2 down), %3 written, %4 could not be stored (%5); %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the history writer did not close the database in time; ending without waiting for it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunMetrics</name>
    <message>
        <source>metrics: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metrics: listening on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: the metrics endpoint on %1 is open to anyone who can reach it; set %2 (or &quot;%3&quot; in the keychain or the secrets file) to require a bearer token</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;minimised to the tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each check is kept in full for a while, then only as summaries, which take far less space. Keep each summary at least as long as the finer one above it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Raw results:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every check with its status and error, as exported to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;inute summaries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uptime and response times per minute, for detailed charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hour summaries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same per hour, for weekly and monthly charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day summaries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same per day, for yearly charts and uptime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New monitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often a new monitor is checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long a check of a new monitor may take before it fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify when a monitor&apos;s TLS certificate expires within this many days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Warn before certificates expire:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;etrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep minute summaries at least as long as raw results (%L1 hours, so at least %L2 days).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep hour summaries at least as long as minute summaries (%L1 days).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep day summaries at least as long as hour summaries (%L1 days).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes effect after a restart of Upwatch.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatsCommand</name>
    <message>
        <source>Uptime over the last 24 hours, 7 days, 30 days and year, and response times over the last 24 hours (average, 95th percentile, min, max; answered checks only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this monitor; repeat for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One JSON object per monitor and line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHECKS 24H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AVG MS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P95 MS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MIN MS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAX MS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No monitors yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusRanges</name>
    <message>
        <source>&apos;%1&apos; is not a status code or range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status %1 is outside %2-%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list of expected statuses is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty item in status list &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>range &apos;%1&apos; ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusStyle</name>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message numerus="yes">
        <source>%n down</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unreachable</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n degraded</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n up</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paused</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Check all now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No monitors yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upwatch — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide Upwatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Upwatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause all</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
