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
        <location filename="../app/core/providers/circleci/circleciprovider.cpp" line="123"/>
        <source>project %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/circleci/circleciprovider.cpp" line="153"/>
        <location filename="../app/core/providers/circleci/circleciprovider.cpp" line="421"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/circleci/circleciprovider.cpp" line="444"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/circleci/circleciprovider.cpp" line="448"/>
        <source> (check the server&apos;s token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/circleci/circleciprovider.cpp" line="449"/>
        <source> (check the token in %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/providers/circleci/circleciprovider.cpp" line="452"/>
        <source> (rate limited; the server asks to wait %n s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/providers/circleci/circleciprovider.cpp" line="453"/>
        <source> (rate limited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/circleci/circleciprovider.cpp" line="462"/>
        <source>a poll of %1 is already running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/circleci/circleciprovider.cpp" line="531"/>
        <source>job &quot;%1&quot; is not an approval job (type %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/circleci/circleciprovider.cpp" line="538"/>
        <source>workflow %1 has no job %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/circleci/circleciprovider.cpp" line="562"/>
        <source>&quot;%1&quot; is not a CircleCI gate id of server %2 (expected %2/workflow/&lt;workflow-id&gt;/approval/&lt;job-id&gt;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/circleci/circleciprovider.cpp" line="574"/>
        <source>CircleCI runs the waiting jobs on approval; there is nothing to start separately</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/circleci/circleciprovider.cpp" line="578"/>
        <source>the approval job &quot;%1&quot; is no longer on hold (status: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/circleci/circleciprovider.cpp" line="582"/>
        <source>the approval job &quot;%1&quot; has passed CircleCI&apos;s 90-day limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/circleci/circleciprovider.cpp" line="637"/>
        <source>CircleCI approves the job &quot;%1&quot; and workflow &quot;%2&quot; runs the jobs that wait on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/circleci/circleciprovider.cpp" line="642"/>
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
        <location filename="../app/cli/cli.cpp" line="137"/>
        <source>Print one JSON array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="142"/>
        <source>list takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="156"/>
        <source>server %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="176"/>
        <source>Nothing waits for approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="181"/>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="199"/>
        <source>Type &apos;%1&apos; to confirm: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="211"/>
        <source>The audit note (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="212"/>
        <source>Do not ask for confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="215"/>
        <source>GitLab: also run the deployment&apos;s job once approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="216"/>
        <source>GitLab: the approval rule to approve as.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="225"/>
        <source>usage: greenlight %1 ID --note TEXT [--yes]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="228"/>
        <source>%1 needs --note TEXT: the note goes to the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="236"/>
        <source>refusing to %1 without --yes: standard input is not a terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="247"/>
        <source>no configured server is named &quot;%1&quot; (the part of the id before the first &apos;/&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="285"/>
        <source>Not confirmed; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="305"/>
        <source>Export format: csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="318"/>
        <source>the audit log does not verify: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cli.cpp" line="322"/>
        <source>%1: %n record(s), hash chain intact</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="329"/>
        <source>audit export needs --format csv or --format json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="380"/>
        <source>usage: greenlight audit verify | greenlight audit export --format csv|json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="395"/>
        <source>Listen on &lt;port&gt; (default: any free port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="398"/>
        <source>Load the scenario from &lt;file&gt; (default: the demo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="401"/>
        <source>Let running jobs finish and new holds appear every 60 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="409"/>
        <source>--port: expected a number from 0 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="416"/>
        <source>%1: cannot read the scenario: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="425"/>
        <source>cannot listen on 127.0.0.1:%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="431"/>
        <source>Simulator listening on %1 (token: %2). Stop with Ctrl+C.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cli.cpp" line="443"/>
        <source>Simulator stopped after %n request(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="499"/>
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
        <location filename="../app/core/config/serverconfig.cpp" line="211"/>
        <source>protected_environments: expected an array of patterns such as [&quot;prod*&quot;], found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/serverconfig.cpp" line="220"/>
        <source>protected_environments[%1]: expected a non-empty pattern, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/serverconfig.cpp" line="239"/>
        <source>servers[%1].name: &quot;%2&quot; is used by an earlier server; names must be unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/config/serverconfig.cpp" line="254"/>
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
        <location filename="../app/core/decisions.cpp" line="117"/>
        <source>a decision on %1 is already in flight; nothing more was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/decisions.cpp" line="122"/>
        <source>no configured server is named &quot;%1&quot; (from the gate id %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/decisions.cpp" line="128"/>
        <source>a rejection needs a note saying why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/decisions.cpp" line="132"/>
        <source>the note has %1 characters; at most %2 are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/decisions.cpp" line="162"/>
        <source>cannot read the gate from server %1 before deciding: %2; nothing was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/decisions.cpp" line="169"/>
        <location filename="../app/core/decisions.cpp" line="195"/>
        <source>the server was removed; nothing was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/decisions.cpp" line="174"/>
        <source>; nothing was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/decisions.cpp" line="200"/>
        <source>the audit log cannot be written, so nothing was sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/decisions.cpp" line="221"/>
        <source> The outcome could not be written to the audit log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/decisions.cpp" line="92"/>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/decisions.cpp" line="94"/>
        <source>approved and started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/decisions.cpp" line="98"/>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/decisions.cpp" line="139"/>
        <source>the note has %1 characters and the server takes at most %2 in a comment; shorten it (nothing is cut silently)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/decisions.cpp" line="182"/>
        <source> (approving as %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/decisions.cpp" line="226"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/decisions.cpp" line="230"/>
        <source>not %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/decisions.cpp" line="239"/>
        <source>the outcome is unknown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/decisions.cpp" line="256"/>
        <source>the outcome is unknown (%1) and the gate could not be read again (%2); check it before trying again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/decisions.cpp" line="262"/>
        <source>not %1: the request failed (%2) and the gate still waits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/decisions.cpp" line="268"/>
        <source>%1 (confirmed by reading it again after a failed answer: status %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/decisions.cpp" line="272"/>
        <source> The verification could not be written to the audit log: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GitLab</name>
    <message>
        <location filename="../app/core/providers/gitlab/gitlabparse.cpp" line="75"/>
        <source>%1: expected an array, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/gitlab/gitlabparse.cpp" line="87"/>
        <source>%1: expected a deployment object, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/gitlab/gitlabparse.cpp" line="88"/>
        <location filename="../app/core/providers/gitlab/gitlabparse.cpp" line="166"/>
        <source>body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/gitlab/gitlabparse.cpp" line="165"/>
        <source>%1: expected a job object, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/gitlab/gitlabparse.cpp" line="204"/>
        <source>expected an array, found %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GitLabProvider</name>
    <message>
        <location filename="../app/core/providers/gitlab/gitlabprovider.cpp" line="29"/>
        <source>rejected by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/gitlab/gitlabprovider.cpp" line="30"/>
        <source>approved by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/gitlab/gitlabprovider.cpp" line="99"/>
        <source>project %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/gitlab/gitlabprovider.cpp" line="295"/>
        <source> (check the server&apos;s token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/gitlab/gitlabprovider.cpp" line="296"/>
        <source> (check the token in %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/gitlab/gitlabprovider.cpp" line="350"/>
        <source>a poll of %1 is already running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/gitlab/gitlabprovider.cpp" line="393"/>
        <source>you triggered this deployment, and GitLab does not let you approve your own deployment in this project (you may still reject it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/gitlab/gitlabprovider.cpp" line="399"/>
        <source>you have approved it already; it waits for others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/gitlab/gitlabprovider.cpp" line="435"/>
        <source>&quot;%1&quot; is not a GitLab gate id of server %2 (expected %2/projects/&lt;project&gt;/deployments/&lt;id&gt; or .../jobs/&lt;id&gt;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/gitlab/gitlabprovider.cpp" line="472"/>
        <source>a GitLab manual job cannot be rejected; leave it unplayed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/gitlab/gitlabprovider.cpp" line="475"/>
        <source>the job &quot;%1&quot; is no longer waiting to be played (status: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/gitlab/gitlabprovider.cpp" line="481"/>
        <source>This deployment is not waiting for approvals (status: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/gitlab/gitlabprovider.cpp" line="487"/>
        <source>&quot;%1&quot; is not one of this deployment&apos;s approval rules (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/gitlab/gitlabprovider.cpp" line="491"/>
        <source>this environment uses GitLab&apos;s unified approval setting, which starts the job itself after the last approval; approve it instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/gitlab/gitlabprovider.cpp" line="524"/>
        <source>not a GitLab gate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/gitlab/gitlabprovider.cpp" line="562"/>
        <source>approved, but the job did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/gitlab/gitlabprovider.cpp" line="572"/>
        <source>GitLab has no reject for a manual job; it stays unplayed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/gitlab/gitlabprovider.cpp" line="573"/>
        <source>GitLab starts the manual job &quot;%1&quot; (play).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/gitlab/gitlabprovider.cpp" line="578"/>
        <source>GitLab records your approval for %1; once every rule is met the deployment is unblocked, and its job &quot;%2&quot; still has to be run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/gitlab/gitlabprovider.cpp" line="582"/>
        <source>GitLab records your approval for %1; after the last required approval the job &quot;%2&quot; starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/gitlab/gitlabprovider.cpp" line="587"/>
        <source>GitLab records your approval for %1, then Greenlight runs the job &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/gitlab/gitlabprovider.cpp" line="592"/>
        <source>GitLab rejects the deployment to %1: the job &quot;%2&quot; fails and does not deploy.</source>
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
        <location filename="../app/core/net/httpclient.cpp" line="131"/>
        <source>the response from %1 is larger than %2 MiB; stopped reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/httpclient.cpp" line="145"/>
        <source>%1 did not answer for %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/httpclient.cpp" line="165"/>
        <source>TLS error with %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/httpclient.cpp" line="175"/>
        <source>cannot reach %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/httpclient.cpp" line="185"/>
        <source>the response from %1 is larger than the limit; stopped reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/httpclient.cpp" line="219"/>
        <source>%1 redirected a %2 request to %3; not followed, so nothing was re-sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/httpclient.cpp" line="226"/>
        <source>%1 redirected more than %2 times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/httpclient.cpp" line="233"/>
        <source>%1 redirected to %2, which is not an allowed address (https only, http only to loopback)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/net/httpclient.cpp" line="347"/>
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
        <location filename="../app/main.cpp" line="31"/>
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
        <location filename="../app/main.cpp" line="72"/>
        <source>Open the dashboard on the built-in simulated servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="74"/>
        <source>Read servers from &lt;file&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="75"/>
        <source>Write the audit log to &lt;file&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="81"/>
        <source>unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="100"/>
        <location filename="../app/main.cpp" line="129"/>
        <source>Greenlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="101"/>
        <source>The demo simulator cannot listen on 127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="121"/>
        <source>(demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="143"/>
        <source>Greenlight — demo on simulated servers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Provider</name>
    <message>
        <location filename="../app/core/providers/provider.cpp" line="41"/>
        <source>server &quot;%1&quot;: ca_file %2 holds no PEM certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/providers/provider.cpp" line="53"/>
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
    <name>gl::ui::DecisionDialog</name>
    <message>
        <location filename="../app/ui/decisiondialog.cpp" line="24"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/decisiondialog.cpp" line="28"/>
        <source>Approve %n gate(s)</source>
        <comment>approve a held job or deployment</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/decisiondialog.cpp" line="29"/>
        <source>Reject %n gate(s)</source>
        <comment>reject a held job or deployment</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/decisiondialog.cpp" line="50"/>
        <source>&lt;b&gt;You are about to approve:&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/decisiondialog.cpp" line="50"/>
        <source>&lt;b&gt;You are about to reject:&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/decisiondialog.cpp" line="73"/>
        <source>Audit &amp;note (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/decisiondialog.cpp" line="73"/>
        <source>Audit &amp;note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/decisiondialog.cpp" line="76"/>
        <source>Why is this safe to release?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/decisiondialog.cpp" line="76"/>
        <source>Why is this rejected?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/decisiondialog.cpp" line="85"/>
        <source>%1 keeps no comment with a decision: the note is kept in Greenlight&apos;s audit log only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/decisiondialog.cpp" line="95"/>
        <source>&lt;b&gt;Protected environment.&lt;/b&gt; Type &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/decisiondialog.cpp" line="99"/>
        <source>Type the protected name to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/decisiondialog.cpp" line="108"/>
        <source>Also &amp;run the job once approved (GitLab leaves it manual after approval)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/decisiondialog.cpp" line="114"/>
        <source>Approve &amp;as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/decisiondialog.cpp" line="116"/>
        <source>GitLab&apos;s choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/decisiondialog.cpp" line="121"/>
        <source>When you belong to several approval rules, choose which one your approval counts for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/decisiondialog.cpp" line="129"/>
        <source>&amp;Approve</source>
        <comment>approve a held job or deployment</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/decisiondialog.cpp" line="130"/>
        <source>&amp;Reject</source>
        <comment>reject a held job or deployment</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/decisiondialog.cpp" line="183"/>
        <source>A rejection needs a note saying why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/decisiondialog.cpp" line="184"/>
        <source>Approving a protected environment needs a note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/decisiondialog.cpp" line="187"/>
        <source>%1 of %2 characters (the server&apos;s limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/decisiondialog.cpp" line="191"/>
        <source>The note is %1 characters; the server takes at most %2. Shorten it: nothing is cut silently.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::ui::GateTreeModel</name>
    <message>
        <location filename="../app/ui/gatetreemodel.cpp" line="58"/>
        <source>Pipeline #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/gatetreemodel.cpp" line="59"/>
        <source>#%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/gatetreemodel.cpp" line="100"/>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/gatetreemodel.cpp" line="103"/>
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/gatetreemodel.cpp" line="106"/>
        <source>%n h</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/gatetreemodel.cpp" line="108"/>
        <source>%n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/gatetreemodel.cpp" line="118"/>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/gatetreemodel.cpp" line="121"/>
        <source>in %n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/gatetreemodel.cpp" line="124"/>
        <source>in %n h</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/gatetreemodel.cpp" line="126"/>
        <source>in %n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/gatetreemodel.cpp" line="448"/>
        <source>What waits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/gatetreemodel.cpp" line="450"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/gatetreemodel.cpp" line="452"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/gatetreemodel.cpp" line="454"/>
        <source>Triggered by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/gatetreemodel.cpp" line="456"/>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/gatetreemodel.cpp" line="458"/>
        <source>Commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/gatetreemodel.cpp" line="460"/>
        <source>Approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/gatetreemodel.cpp" line="462"/>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/gatetreemodel.cpp" line="508"/>
        <source>%n waiting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/gatetreemodel.cpp" line="559"/>
        <source>sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/gatetreemodel.cpp" line="565"/>
        <source>not yours to approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/gatetreemodel.cpp" line="568"/>
        <source>needs approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/gatetreemodel.cpp" line="570"/>
        <source>ready to run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/gatetreemodel.cpp" line="580"/>
        <source>%1/%2</source>
        <comment>approvals given/required</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::ui::MainWindow</name>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="40"/>
        <source>Greenlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="426"/>
        <source>Triggered by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="424"/>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="378"/>
        <source> (retrying at %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="383"/>
        <source>; last good poll %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="425"/>
        <source>Commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="157"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="162"/>
        <source>Approve…</source>
        <comment>approve a held job or deployment</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="165"/>
        <source>Approve the selected gates (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="167"/>
        <source>Reject…</source>
        <comment>reject a held job or deployment</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="170"/>
        <source>Reject the selected gates (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="173"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="176"/>
        <source>Poll every server now (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="178"/>
        <source>Open in Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="185"/>
        <source>Only what I can approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="186"/>
        <source>Hide the gates that wait for someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="192"/>
        <source>Filter: project, branch, environment, person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mainwindow.cpp" line="296"/>
        <source>Approving %n gate(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mainwindow.cpp" line="297"/>
        <source>Rejecting %n gate(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="307"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="310"/>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="313"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="316"/>
        <source>unknown: check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="342"/>
        <source>&lt;h2&gt;No servers configured&lt;/h2&gt;&lt;p&gt;Greenlight reads its servers from&lt;br&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;See the README for the format, or start &lt;tt&gt;greenlight --demo&lt;/tt&gt; to try it on simulated servers.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="439"/>
        <source>&lt;p&gt;&lt;b&gt;Approval history&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="448"/>
        <source>Open the pipeline in the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="451"/>
        <source>&lt;p&gt;&lt;b&gt;A decision is on its way to the server.&lt;/b&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="454"/>
        <source>&lt;p style=&apos;color:#b03a3a&apos;&gt;&lt;b&gt;You cannot decide this gate:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="455"/>
        <source>the server does not allow it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="460"/>
        <source>&lt;p&gt;&lt;b&gt;Approve:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Reject:&lt;/b&gt; %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="464"/>
        <source>&lt;p style=&apos;color:gray&apos;&gt;%1 keeps no comment with a decision; your note stays in Greenlight&apos;s audit log.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="485"/>
        <source>Copy Gate ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="351"/>
        <source>&lt;h2&gt;Nothing waits for approval&lt;/h2&gt;&lt;p&gt;Greenlight polls your servers and shows each held job here the moment it starts waiting.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="362"/>
        <source>No servers configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="372"/>
        <source>%1: connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="375"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="387"/>
        <source>%1: updated %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mainwindow.cpp" line="405"/>
        <source>&lt;p style=&apos;color:gray&apos;&gt;%n gate(s) waiting. Select one to see what it would release.&lt;/p&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="416"/>
        <source>&lt;p&gt;&lt;b&gt;What will be released&lt;/b&gt;&lt;br&gt;%1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="417"/>
        <source>(no commit subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="420"/>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="421"/>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="422"/>
        <source>Workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="423"/>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="427"/>
        <source>Asked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="428"/>
        <source>Waiting since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="431"/>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="436"/>
        <source>Approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/mainwindow.cpp" line="436"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::ui::Notifier</name>
    <message>
        <location filename="../app/ui/notifications.cpp" line="271"/>
        <source>%1 waits for your approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/notifications.cpp" line="274"/>
        <source>Triggered by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/notifications.cpp" line="276"/>
        <location filename="../app/ui/notifications.cpp" line="313"/>
        <source>Approve…</source>
        <comment>approve a held job or deployment</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/notifications.cpp" line="277"/>
        <location filename="../app/ui/notifications.cpp" line="314"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/notifications.cpp" line="280"/>
        <source>%n gate(s) wait for your approval</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/notifications.cpp" line="290"/>
        <source>…and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/notifications.cpp" line="293"/>
        <source>Open dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/notifications.cpp" line="311"/>
        <source>%1 has waited %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::ui::TrayIcon</name>
    <message>
        <location filename="../app/ui/trayicon.cpp" line="85"/>
        <source>Greenlight: nothing waits for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/trayicon.cpp" line="86"/>
        <source>Greenlight: %n gate(s) wait for your approval</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/trayicon.cpp" line="91"/>
        <source>Notifications paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/trayicon.cpp" line="109"/>
        <source>Nothing waits for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/trayicon.cpp" line="113"/>
        <source>Approve %1 (%2)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/trayicon.cpp" line="119"/>
        <source>Open Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/trayicon.cpp" line="121"/>
        <source>Pause Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/trayicon.cpp" line="122"/>
        <source>For 1 Hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/trayicon.cpp" line="126"/>
        <source>Until Tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/trayicon.cpp" line="130"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/trayicon.cpp" line="138"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
