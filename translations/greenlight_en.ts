<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AuditLog</name>
    <message>
        <location filename="../app/core/audit/auditlog.cpp" line="75"/>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/auditlog.cpp" line="96"/>
        <source>line %1: a field has the wrong type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/auditlog.cpp" line="125"/>
        <source>cannot read the end of the audit log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/auditlog.cpp" line="152"/>
        <source>cannot create the folder of the audit log %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/auditlog.cpp" line="157"/>
        <source>cannot open the audit log %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/auditlog.cpp" line="160"/>
        <source>cannot lock the audit log %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/auditlog.cpp" line="166"/>
        <location filename="../app/core/audit/auditlog.cpp" line="241"/>
        <source>cannot read the audit log %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/auditlog.cpp" line="177"/>
        <source>the audit log %1 ends with an incomplete record; nothing more is written to it until it is repaired (see `greenlight audit verify`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/auditlog.cpp" line="187"/>
        <source>the last record of the audit log %1 cannot be read; nothing more is written to it until it is repaired (see `greenlight audit verify`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/auditlog.cpp" line="212"/>
        <source>writing the audit log %1 failed (%2) and left a partial record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/auditlog.cpp" line="215"/>
        <source>cannot write the audit log %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/auditlog.cpp" line="220"/>
        <source>cannot flush the audit log %1 to disk: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/auditlog.cpp" line="250"/>
        <source>%1: line %2 is incomplete (the log was cut short)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/auditlog.cpp" line="254"/>
        <source>%1: line %2 is not a JSON record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/auditlog.cpp" line="265"/>
        <source>%1: line %2 (record %3) was altered: its hash does not match its content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/auditlog.cpp" line="273"/>
        <source>%1: line %2 (record %3) does not follow the record before it: a record was removed, reordered or inserted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/audit/auditlog.cpp" line="281"/>
        <source>%1: line %2 has sequence number %3, expected %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CircleCiProvider</name>
    <message>
        <location filename="../app/core/providers/circleci/circleciprovider.cpp" line="108"/>
        <source>project %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/circleci/circleciprovider.cpp" line="138"/>
        <location filename="../app/core/providers/circleci/circleciprovider.cpp" line="400"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/circleci/circleciprovider.cpp" line="423"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/circleci/circleciprovider.cpp" line="427"/>
        <source> (check the server&apos;s token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/circleci/circleciprovider.cpp" line="428"/>
        <source> (check the token in %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/providers/circleci/circleciprovider.cpp" line="431"/>
        <source> (rate limited; the server asks to wait %n s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/providers/circleci/circleciprovider.cpp" line="432"/>
        <source> (rate limited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/circleci/circleciprovider.cpp" line="441"/>
        <source>a poll of %1 is already running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/circleci/circleciprovider.cpp" line="510"/>
        <source>job &quot;%1&quot; is not an approval job (type %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/circleci/circleciprovider.cpp" line="517"/>
        <source>workflow %1 has no job %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/circleci/circleciprovider.cpp" line="541"/>
        <source>&quot;%1&quot; is not a CircleCI gate id of server %2 (expected %2/workflow/&lt;workflow-id&gt;/approval/&lt;job-id&gt;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/circleci/circleciprovider.cpp" line="553"/>
        <source>the approval job &quot;%1&quot; is no longer on hold (status: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/circleci/circleciprovider.cpp" line="557"/>
        <source>the approval job &quot;%1&quot; has passed CircleCI&apos;s 90-day limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/circleci/circleciprovider.cpp" line="596"/>
        <source>CircleCI approves the job &quot;%1&quot; and workflow &quot;%2&quot; runs the jobs that wait on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/circleci/circleciprovider.cpp" line="601"/>
        <source>CircleCI cancels the approval job &quot;%1&quot;; the jobs that wait on it in workflow &quot;%2&quot; never run.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/cli.cpp" line="51"/>
        <source>Run &apos;greenlight --help&apos; for usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="93"/>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cli.cpp" line="97"/>
        <source>waiting %n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cli.cpp" line="100"/>
        <source>waiting %n h</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cli.cpp" line="102"/>
        <source>waiting %n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="109"/>
        <source>Read servers from &lt;file&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="111"/>
        <source>Write the audit log to &lt;file&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="120"/>
        <source>%1: no servers are configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="133"/>
        <source>Print one JSON array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="138"/>
        <source>list takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="152"/>
        <source>server %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="172"/>
        <source>Nothing waits for approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="177"/>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="195"/>
        <source>Type &apos;%1&apos; to confirm: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="207"/>
        <source>The audit note (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="208"/>
        <source>Do not ask for confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="215"/>
        <source>usage: greenlight %1 ID --note TEXT [--yes]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="218"/>
        <source>%1 needs --note TEXT: the note goes to the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="223"/>
        <source>refusing to %1 without --yes: standard input is not a terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="234"/>
        <source>no configured server is named &quot;%1&quot; (the part of the id before the first &apos;/&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="263"/>
        <source>Not confirmed; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="280"/>
        <source>Export format: csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="293"/>
        <source>the audit log does not verify: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cli.cpp" line="297"/>
        <source>%1: %n record(s), hash chain intact</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="304"/>
        <source>audit export needs --format csv or --format json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="355"/>
        <source>usage: greenlight audit verify | greenlight audit export --format csv|json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="370"/>
        <source>Listen on &lt;port&gt; (default: any free port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="373"/>
        <source>Load the scenario from &lt;file&gt; (default: the demo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="376"/>
        <source>Let running jobs finish and new holds appear every 60 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="384"/>
        <source>--port: expected a number from 0 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="391"/>
        <source>%1: cannot read the scenario: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="400"/>
        <source>cannot listen on 127.0.0.1:%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="406"/>
        <source>Simulator listening on %1 (token: %2). Stop with Ctrl+C.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cli.cpp" line="418"/>
        <source>Simulator stopped after %n request(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="474"/>
        <source>unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Config</name>
    <message>
        <location filename="../app/core/config/serverconfig.cpp" line="32"/>
        <source>%1: expected a whole number from %2 to %3, found %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/serverconfig.cpp" line="46"/>
        <source>%1: tokens are never stored in servers.json; put the token in the keychain or in the environment variable named by &quot;token_env&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/serverconfig.cpp" line="51"/>
        <source>%1: unknown field (expected one of: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/serverconfig.cpp" line="61"/>
        <source>%1: expected an object, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/serverconfig.cpp" line="67"/>
        <source>%1: expected letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (at most 64), found &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/serverconfig.cpp" line="85"/>
        <source>%1: expected one of %2, found &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/serverconfig.cpp" line="95"/>
        <source>%1: expected an https:// address, found &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/serverconfig.cpp" line="99"/>
        <source>%1: plain http:// is allowed only to loopback addresses (127.0.0.1, ::1, localhost); use https:// for &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/serverconfig.cpp" line="105"/>
        <source>%1: expected a base address without user, query or fragment, found &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/serverconfig.cpp" line="114"/>
        <source>%1: expected an environment variable name, found &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/serverconfig.cpp" line="122"/>
        <source>%1: expected at least one project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/serverconfig.cpp" line="128"/>
        <source>%1: expected a non-empty project string, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/serverconfig.cpp" line="133"/>
        <source>%1: &quot;%2&quot; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/serverconfig.cpp" line="142"/>
        <source>%1: expected a readable PEM file, &quot;%2&quot; is not one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/serverconfig.cpp" line="193"/>
        <source>expected an object with &quot;servers&quot;, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/serverconfig.cpp" line="219"/>
        <source>servers[%1].name: &quot;%2&quot; is used by an earlier server; names must be unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/serverconfig.cpp" line="234"/>
        <source>%1: cannot read the configuration: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <location filename="../app/core/config/credentialstore.cpp" line="15"/>
        <source>server &quot;%1&quot;: no token configured: name an environment variable in &quot;token_env&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/credentialstore.cpp" line="22"/>
        <source>server &quot;%1&quot;: environment variable %2 (token_env) is not set or empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionService</name>
    <message>
        <location filename="../app/core/decisions.cpp" line="77"/>
        <source>a decision on %1 is already in flight; nothing more was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/decisions.cpp" line="82"/>
        <source>no configured server is named &quot;%1&quot; (from the gate id %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/decisions.cpp" line="88"/>
        <source>a rejection needs a note saying why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/decisions.cpp" line="92"/>
        <source>the note has %1 characters; at most %2 are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/decisions.cpp" line="105"/>
        <source>cannot read the gate from server %1 before deciding: %2; nothing was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/decisions.cpp" line="111"/>
        <source>the server was removed; nothing was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/decisions.cpp" line="116"/>
        <source>; nothing was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/decisions.cpp" line="127"/>
        <source>the audit log cannot be written, so nothing was sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/decisions.cpp" line="146"/>
        <source> The outcome could not be written to the audit log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/decisions.cpp" line="149"/>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/decisions.cpp" line="150"/>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/decisions.cpp" line="153"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/decisions.cpp" line="157"/>
        <source>not %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/decisions.cpp" line="165"/>
        <source>the outcome is unknown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/decisions.cpp" line="180"/>
        <source>the outcome is unknown (%1) and the gate could not be read again (%2); check it before trying again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/decisions.cpp" line="187"/>
        <source>not %1: the request failed (%2) and the gate still waits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/decisions.cpp" line="193"/>
        <source>%1 (confirmed by reading it again after a failed answer: status %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/decisions.cpp" line="199"/>
        <source> The verification could not be written to the audit log: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <location filename="../app/core/net/httpclient.cpp" line="81"/>
        <source>refused to contact %1: plain http:// is allowed only to loopback addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/httpclient.cpp" line="129"/>
        <source>the response from %1 is larger than %2 MiB; stopped reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/httpclient.cpp" line="143"/>
        <source>%1 did not answer for %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/httpclient.cpp" line="163"/>
        <source>TLS error with %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/httpclient.cpp" line="173"/>
        <source>cannot reach %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/httpclient.cpp" line="183"/>
        <source>the response from %1 is larger than the limit; stopped reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/httpclient.cpp" line="217"/>
        <source>%1 redirected a %2 request to %3; not followed, so nothing was re-sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/httpclient.cpp" line="224"/>
        <source>%1 redirected more than %2 times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/httpclient.cpp" line="231"/>
        <source>%1 redirected to %2, which is not an allowed address (https only, http only to loopback)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/httpclient.cpp" line="345"/>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonText</name>
    <message>
        <location filename="../app/core/json.cpp" line="72"/>
        <source>expected JSON, received an empty body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/json.cpp" line="80"/>
        <source>expected JSON, received an HTML page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/json.cpp" line="81"/>
        <source>expected JSON, received an HTML page titled &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/json.cpp" line="91"/>
        <source>invalid JSON: the body ends early after %n byte(s) (truncated?)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/json.cpp" line="94"/>
        <source>invalid JSON at byte %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/json.cpp" line="100"/>
        <location filename="../app/core/json.cpp" line="207"/>
        <source>%1: expected an object, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/json.cpp" line="101"/>
        <source>body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/json.cpp" line="106"/>
        <location filename="../app/core/json.cpp" line="189"/>
        <source>%1: required field is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/json.cpp" line="117"/>
        <location filename="../app/core/json.cpp" line="129"/>
        <source>%1: expected a string, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/json.cpp" line="139"/>
        <source>%1: expected an integer, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/json.cpp" line="166"/>
        <source>%1: expected true or false, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/json.cpp" line="179"/>
        <source>%1: expected an ISO 8601 time, found &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/json.cpp" line="198"/>
        <source>%1: expected an array, found %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../app/main.cpp" line="26"/>
        <source>Usage:
  greenlight                               open the dashboard
  greenlight --demo                        open the dashboard on simulated servers
  greenlight list [--json]                 poll every server once, print the open gates
  greenlight approve ID --note TEXT [--yes]
  greenlight reject ID --note TEXT [--yes]
  greenlight audit verify | audit export --format csv|json
  greenlight sim [--port N] [--scenario F] [--live]
  greenlight --version
Options for every command: --config FILE (servers.json), --audit-log FILE
Exit codes: 0 done; 1 refused by the server or a rule, or the network failed; 2 bad usage or configuration.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="57"/>
        <source>Open the dashboard on the built-in simulated servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="59"/>
        <source>Read servers from &lt;file&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="60"/>
        <source>Write the audit log to &lt;file&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="66"/>
        <source>unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="85"/>
        <location filename="../app/main.cpp" line="108"/>
        <location filename="../app/main.cpp" line="119"/>
        <source>Greenlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="86"/>
        <source>The demo simulator cannot listen on 127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="100"/>
        <source>(demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="126"/>
        <source>Greenlight — demo on simulated servers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Provider</name>
    <message>
        <location filename="../app/core/providers/provider.cpp" line="39"/>
        <source>server &quot;%1&quot;: ca_file %2 holds no PEM certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/provider.cpp" line="48"/>
        <source>server &quot;%1&quot;: provider &quot;%2&quot; is not supported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>circleci</name>
    <message>
        <location filename="../app/core/providers/circleci/circleciparse.cpp" line="17"/>
        <source>expected an object with &quot;items&quot;, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/circleci/circleciparse.cpp" line="128"/>
        <source>%1: expected an array, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/circleci/circleciparse.cpp" line="134"/>
        <source>%1: expected a job id string, found %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::ui::MainWindow</name>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="37"/>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mainwindow.cpp" line="40"/>
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mainwindow.cpp" line="43"/>
        <source>%n h</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mainwindow.cpp" line="45"/>
        <source>%n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="54"/>
        <source>Greenlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="59"/>
        <source>What waits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="59"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="59"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="59"/>
        <location filename="../app/ui/mainwindow.cpp" line="342"/>
        <source>Triggered by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="59"/>
        <location filename="../app/ui/mainwindow.cpp" line="340"/>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="59"/>
        <location filename="../app/ui/mainwindow.cpp" line="341"/>
        <source>Commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="98"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="102"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="105"/>
        <source>Poll every server now (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="106"/>
        <source>Open in Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="168"/>
        <source>&lt;h2&gt;No servers configured&lt;/h2&gt;&lt;p&gt;Greenlight reads its servers from&lt;br&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;See the README for the format, or start &lt;tt&gt;greenlight --demo&lt;/tt&gt; to try it on simulated servers.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="205"/>
        <source>Pipeline #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="206"/>
        <source>#%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="227"/>
        <source>needs approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mainwindow.cpp" line="238"/>
        <source>%n waiting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="270"/>
        <source>&lt;h2&gt;Nothing waits for approval&lt;/h2&gt;&lt;p&gt;Greenlight polls your servers and shows each held job here the moment it starts waiting.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="283"/>
        <source>No servers configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="292"/>
        <source>%1: connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="295"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="298"/>
        <source> — retrying at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="302"/>
        <source>%1: updated %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mainwindow.cpp" line="324"/>
        <source>&lt;p style=&apos;color:gray&apos;&gt;%n gate(s) waiting. Select one to see what it would release.&lt;/p&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="337"/>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="338"/>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="339"/>
        <source>Workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="343"/>
        <source>Waiting since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="346"/>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="349"/>
        <source>Approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="349"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="353"/>
        <source>Open in browser</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
