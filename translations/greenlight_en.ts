<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AuditLog</name>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: a field has the wrong type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the end of the audit log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder of the audit log %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the audit log %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot lock the audit log %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the audit log %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit log %1 ends with an incomplete record; nothing more is written to it until it is repaired (see `greenlight audit verify`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last record of the audit log %1 cannot be read; nothing more is written to it until it is repaired (see `greenlight audit verify`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing the audit log %1 failed (%2) and left a partial record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the audit log %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot flush the audit log %1 to disk: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2 is incomplete (the log was cut short)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2 is not a JSON record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2 (record %3) was altered: its hash does not match its content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2 (record %3) does not follow the record before it: a record was removed, reordered or inserted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the audit log&apos;s anchor %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit log&apos;s anchor %1 cannot be read: it is not what Greenlight writes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty or missing, but its anchor %2 recorded %3 records: records 1 to %3 are missing (the log was removed or emptied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: records %2 to %3 are missing from its end (its anchor %4 recorded %3 records)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: record %2 is not the record its anchor %3 recorded: the log was rewritten and its chain hashed again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: record %2 and those after it were added without going through Greenlight (its anchor %3 ends at record %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the anchor %1 is signed, but the key to check it cannot be read from the keychain (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the anchor %1 does not match its signature: it was rewritten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the anchor %1 is not signed, although the keychain holds the audit log&apos;s key: it was replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder of the audit log&apos;s anchor %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the audit log&apos;s anchor %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain entry %1 is not a key Greenlight made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; nothing more is written to the audit log until this is resolved (see `greenlight audit verify`; to start a new log, move the log and its anchor %2 aside)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the anchor %1 of the audit log %2 is missing: records could have been removed from its end unnoticed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record was written to the audit log, but its anchor was not: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2 has a field twice: a record is written with each field once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2 holds record %3 where record %4 belongs (it is on line %5): records were reordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: record %2 is missing (line %3 holds record %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2 holds record %3 where record %4 belongs: records were reordered or repeated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2 (record %3) does not carry the log&apos;s signature: it was rewritten, and the chain hashed again from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: record 1 is not the first record its anchor %2 recorded: the log was replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the anchor %1 is signed, but no keychain was given to read its key from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2 (record %3) is not the record its anchor %4 recorded: it was rewritten, and the chain hashed again from it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CircleCiProvider</name>
    <message>
        <source>project %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job &quot;%1&quot; is not an approval job (type %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workflow %1 has no job %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a CircleCI gate id of server %2 (expected %2/workflow/&lt;workflow-id&gt;/approval/&lt;job-id&gt;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CircleCI runs the waiting jobs on approval; there is nothing to start separately</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the approval job &quot;%1&quot; is no longer on hold (status: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the approval job &quot;%1&quot; has passed CircleCI&apos;s 90-day limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CircleCI approves the job &quot;%1&quot; and workflow &quot;%2&quot; runs the jobs that wait on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CircleCI cancels the approval job &quot;%1&quot;; the jobs that wait on it in workflow &quot;%2&quot; never run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the server gave the same page token twice; the listing was stopped as incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: more than %2 pages; the listing was stopped as incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected an object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Run &apos;greenlight --help&apos; for usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>waiting %n min</source>
        <translation>
            <numerusform>waiting %n min</numerusform>
            <numerusform>waiting %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>waiting %n h</source>
        <translation>
            <numerusform>waiting %n h</numerusform>
            <numerusform>waiting %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>waiting %n days</source>
        <translation>
            <numerusform>waiting %n day</numerusform>
            <numerusform>waiting %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Read servers from &lt;file&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the audit log to &lt;file&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no servers are configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing waits for approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type &apos;%1&apos; to confirm: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit note (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not ask for confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: greenlight %1 ID --note TEXT [--yes]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs --note TEXT: the note goes to the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refusing to %1 without --yes: standard input is not a terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no configured server is named &quot;%1&quot; (the part of the id before the first &apos;/&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not confirmed; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export format: csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit log does not verify: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n record(s), hash chain intact</source>
        <translation>
            <numerusform>%1: %n record, hash chain intact</numerusform>
            <numerusform>%1: %n records, hash chain intact</numerusform>
        </translation>
    </message>
    <message>
        <source>audit export needs --format csv or --format json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: greenlight audit verify | greenlight audit export --format csv|json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen on &lt;port&gt; (default: any free port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the scenario from &lt;file&gt; (default: the demo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let running jobs finish and new holds appear every 60 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port: expected a number from 0 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the scenario: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot listen on 127.0.0.1:%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulator listening on %1 (token: %2). Stop with Ctrl+C.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Simulator stopped after %n request(s).</source>
        <translation>
            <numerusform>Simulator stopped after %n request.</numerusform>
            <numerusform>Simulator stopped after %n requests.</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: greenlight token set SERVER | greenlight token delete SERVER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no server is named &quot;%2&quot; (the servers are: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no token for &quot;%2&quot;; nothing to delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token for &quot;%1&quot; could not be deleted from %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted the token for &quot;%1&quot; from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API token for &quot;%1&quot; (%2), not shown: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no token given: type it at the prompt, or pipe it to standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a token is one word without spaces or line breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no keychain service is running (Secret Service or KWallet), so the token for &quot;%1&quot; cannot be stored; start one, or set the environment variable named by &quot;token_env&quot; instead. Greenlight never keeps tokens in a plain-text file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token for &quot;%1&quot; could not be stored in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored the token for &quot;%1&quot; in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %1 (token_env) is set in this environment and is used instead of the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also start the job that waits, where the vendor leaves it manual after the last approval (GitLab&apos;s approval rules).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approval rule or role to approve as, where you belong to several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value for one of the gate&apos;s parameters (a Jenkins input&apos;s), as NAME=VALUE; repeat for several. Those left out take their defaults.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--param expects NAME=VALUE, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer every request &lt;ms&gt; milliseconds late (a server far away).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soak mode: give a random fault (HTTP 500, 502, 503 or 429, a reset, a truncated or HTML body) to a share &lt;rate&gt; of the API requests, from 0 to 1 (e.g. 0.2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed the soak mode&apos;s random faults with &lt;n&gt; (default: 1), to repeat a run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--scale: expected a number of projects from 1 to 100000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--latency-ms: expected a number of milliseconds from 0 to 600000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--soak: expected a fraction of the requests from 0 to 1 (e.g. 0.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--soak-seed: expected a number from 0 to 4294967295</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve &lt;n&gt; projects at each vendor (CircleCI ones of 20 pipelines), a hold in every 50th (instead of the demo).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Config</name>
    <message>
        <source>%1: expected a whole number from %2 to %3, found %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: tokens are never stored in servers.json; put the token in the keychain or in the environment variable named by &quot;token_env&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected an object, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (at most 64), found &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected one of %2, found &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected an https:// address, found &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: plain http:// is allowed only to loopback addresses (127.0.0.1, ::1, localhost); use https:// for &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected a base address without user, query or fragment, found &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected an environment variable name, found &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected at least one project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected a non-empty project string, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected a readable PEM file, &quot;%2&quot; is not one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object with &quot;servers&quot;, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protected_environments: expected an array of patterns such as [&quot;prod*&quot;], found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protected_environments[%1]: expected a non-empty pattern, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>servers[%1].name: &quot;%2&quot; is used by an earlier server; names must be unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the configuration: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown field (expected one of: %2; or a note whose name starts with &quot;_&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: proxy credentials do not belong in servers.json; give the proxy as http://host:port and keep its user name and password in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected &quot;system&quot;, &quot;none&quot; or a proxy address http://host:port, found &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected an http:// proxy address (http://host:port), found the scheme &quot;%2&quot; in &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected a proxy address http://host:port, the host is missing in &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected a proxy address http://host:port, the port is missing in &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected only http://host:port, without path, query or fragment, found &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected an array of SHA-256 fingerprints such as [&quot;AB:CD:…&quot;], found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected a SHA-256 fingerprint (32 hex pairs separated by colons, AB:CD:…), found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected a SHA-256 fingerprint (32 hex pairs separated by colons, AB:CD:…), found &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>servers[%1] (&quot;%2&quot;).proxy: &quot;%3&quot; uses the same address (%4) with another proxy setting; servers at one address share one proxy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfigWriter</name>
    <message>
        <source>%1: the file is not a JSON object, so it is not rewritten; fix or move it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>server &quot;%1&quot;: no token configured: name an environment variable in &quot;token_env&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server &quot;%1&quot;: environment variable %2 (token_env) is not set or empty; set it to your API token for this server and start Greenlight again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (environment variable %1, named by &quot;token_env&quot;, is not set either)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server &quot;%1&quot;: no token: there is no keychain to read it from%2; set the environment variable named by &quot;token_env&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server &quot;%1&quot;: no token in %2%3; add it with File → Servers… or `greenlight token set %1`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server &quot;%1&quot;: no keychain service is running (Secret Service or KWallet), so its token cannot be read%2; start one, or put the token in an environment variable named by &quot;token_env&quot;. Greenlight never keeps tokens in a plain-text file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server &quot;%1&quot;: the keychain refused access to its token: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server &quot;%1&quot;: the keychain could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionService</name>
    <message>
        <source>a decision on %1 is already in flight; nothing more was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no configured server is named &quot;%1&quot; (from the gate id %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rejection needs a note saying why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the note has %1 characters; at most %2 are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the gate from server %1 before deciding: %2; nothing was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server was removed; nothing was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; nothing was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit log cannot be written, so nothing was sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The outcome could not be written to the audit log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved and started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the note has %1 characters and the server takes at most %2 in a comment; shorten it (nothing is cut silently)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (approving as %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the outcome is unknown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the outcome is unknown (%1) and the gate could not be read again (%2); check it before trying again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not %1: the request failed (%2) and the gate still waits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The verification could not be written to the audit log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it now releases commit %1 (you confirmed %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it now belongs to pipeline #%1 (you confirmed #%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it now belongs to another pipeline (%1, you confirmed %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it now deploys to %1 (you confirmed %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The refusal could not be written to the audit log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit log cannot be written, so nothing was sent: cannot open its lock %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot take the decision lock: %1; nothing was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>another Greenlight has been deciding for %n s; nothing was sent. Try again when it is done.</source>
        <translation>
            <numerusform>another Greenlight has been deciding for %n s; nothing was sent. Try again when it is done.</numerusform>
            <numerusform>another Greenlight has been deciding for %n s; nothing was sent. Try again when it is done.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 changed since you confirmed it: %2; nothing was sent. Look at it again and decide anew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this server needs a comment with every decision; add a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you cannot approve as &quot;%1&quot; here (you may approve as: %2); nothing was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the gate asks for no parameter &quot;%1&quot;; nothing was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (confirmed by reading it again after a failed answer: the gate no longer waits for it; its state: %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the decision to %1 %2 (audit record %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An earlier run stopped before the answer to %1; the server now says: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outcome of %1 is still unknown: its server could not be read; check the gate %2 on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the decision lock %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another Greenlight is deciding; the decisions of earlier runs are looked at later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GitHub</name>
    <message>
        <source>body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected a user object, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected a team object, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a team needs a slug or a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected an environment object, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected a reviewer object, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: required field is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected a pending deployment object, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected a workflow run object, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected a review object, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected a deployment object, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array of repositories, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected a repository object, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object with &quot;workflow_runs&quot;, found %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GitHubProvider</name>
    <message>
        <source>&quot;%1&quot; is not a repository (expected owner/name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the next page points to another server (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: more than %2 pages of waiting runs; the rest were not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (GitHub&apos;s secondary rate limit: too many requests at once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the token&apos;s hourly request budget is used up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the token may lack the right to this repository&apos;s deployments)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (no such repository, or the token cannot see it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub does not let this token review the deployment to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub lets only the required reviewers of %1 decide (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>, until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a GitHub gate id of server %2 (expected %2/repos/&lt;owner&gt;/&lt;repo&gt;/runs/&lt;id&gt;/environments/&lt;id&gt;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub goes on with the run by itself once approved; there is nothing to start separately</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run #%1 no longer waits for a review of this environment (the run is %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a GitHub gate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub rejects the deployment to %1: run &quot;%2&quot; #%3 fails there and does not deploy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub approves the deployment to %1, with your note as the review&apos;s comment; run &quot;%2&quot; #%3 goes on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <comment>approved by ana for staging</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: page %2 links back to page %3, so the listing would loop; the rest was not read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GitLab</name>
    <message>
        <source>%1: expected an array, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected a deployment object, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected a job object, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GitLabProvider</name>
    <message>
        <source>rejected by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you have approved it already; it waits for others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a GitLab gate id of server %2 (expected %2/projects/&lt;project&gt;/deployments/&lt;id&gt; or .../jobs/&lt;id&gt;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a GitLab manual job cannot be rejected; leave it unplayed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the job &quot;%1&quot; is no longer waiting to be played (status: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This deployment is not waiting for approvals (status: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this environment uses GitLab&apos;s unified approval setting, which starts the job itself after the last approval; approve it instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a GitLab gate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved, but the job did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitLab has no reject for a manual job; it stays unplayed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitLab starts the manual job &quot;%1&quot; (play).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitLab records your approval for %1; once every rule is met the deployment is unblocked, and its job &quot;%2&quot; still has to be run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitLab records your approval for %1; after the last required approval the job &quot;%2&quot; starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitLab records your approval for %1, then Greenlight runs the job &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitLab rejects the deployment to %1: the job &quot;%2&quot; fails and does not deploy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deployment #%1 to %2 (pipeline #%3) is newer and waits too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you triggered this deployment, and GitLab does not let you approve your own deployment in this project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready to run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: page %2 names page %3 as the next one, so the listing would loop; the rest was not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: more than %2 pages of blocked deployments; the rest were not read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <source>refused to contact %1: plain http:// is allowed only to loopback addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS error with %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot reach %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 redirected a %2 request to %3; not followed, so nothing was re-sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 redirected more than %2 times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 redirected to %2, which is not an allowed address (https only, http only to loopback)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate is pinned, but a pin does not accept an expired, not yet valid or revoked certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject: %1
Issuer: %2
SHA-256 fingerprint: %3
Valid from: %4
Valid until: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not finish its answer within %2; stopped reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer from %1 is larger than %2; stopped reading</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpProvider</name>
    <message>
        <source>a poll of %1 is already running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the network client is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (check the server&apos;s token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (check the token in %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> (rate limited; the server asks to wait %n s)</source>
        <translation>
            <numerusform> (rate limited; the server asks to wait %n s)</numerusform>
            <numerusform> (rate limited; the server asks to wait %n s)</numerusform>
        </translation>
    </message>
    <message>
        <source> (rate limited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the poll did not finish within %n s (poll_deadline_s) and was stopped; the server answers too slowly</source>
        <translation>
            <numerusform>the poll did not finish within %n s (poll_deadline_s) and was stopped; the server answers too slowly</numerusform>
            <numerusform>the poll did not finish within %n s (poll_deadline_s) and was stopped; the server answers too slowly</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Jenkins</name>
    <message>
        <source>%1: expected a parameter object, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected a run object, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected a pending input object, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected an input execution object, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected a branch object, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the job path is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job path &quot;%1&quot;: part %2 is empty (a leading, trailing or double /)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job path &quot;%1&quot;: &quot;%2&quot; is not a job or folder name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected a build object, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected a job object, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the crumb issuer answered an empty crumb or header name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jenkins took the request as anonymous: the user name or API token was not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id: required field is missing (nor is there a name)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JenkinsProvider</name>
    <message>
        <source> (the user &quot;%1&quot; lacks the permission %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jenkins lets only %1 answer this input (you are %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proceed button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Jenkins gate id of server %2 (expected %2/job/&lt;folder&gt;/job/&lt;job&gt;/&lt;build&gt;/input/&lt;id&gt;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jenkins goes on by itself once the input is answered; there is nothing to start separately</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>build #%1 of %2 no longer waits for this input (it was answered or the build went on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Jenkins gate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot get Jenkins&apos;s CSRF crumb: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jenkins aborts build #%1 of %2 at the input &quot;%3&quot;: the build ends as aborted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jenkins proceeds past the input &quot;%1&quot; and build #%2 of %3 goes on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (Jenkins did not accept the user &quot;%1&quot; with this API token: check the user name and %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (Jenkins took the request as anonymous, not as the user &quot;%1&quot;: check the user name and %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who may decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anyone with Job/Build on this job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jenkins proceeds past the input &quot;%1&quot; with a value for each parameter it asks for, and build #%2 of %3 goes on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JenkinsText</name>
    <message>
        <source>body</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonText</name>
    <message>
        <source>expected JSON, received an empty body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected JSON, received an HTML page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected JSON, received an HTML page titled &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>invalid JSON: the body ends early after %n byte(s) (truncated?)</source>
        <translation>
            <numerusform>invalid JSON: the body ends early after %n byte (truncated?)</numerusform>
            <numerusform>invalid JSON: the body ends early after %n bytes (truncated?)</numerusform>
        </translation>
    </message>
    <message>
        <source>invalid JSON at byte %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected an object, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: required field is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected a string, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected an integer, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected true or false, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected an ISO 8601 time, found &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected an array, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid JSON: nested deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is too large for a whole number here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keychain</name>
    <message>
        <source>the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memory</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Open the dashboard on the built-in simulated servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read servers from &lt;file&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the audit log to &lt;file&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greenlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage:
  greenlight                               open the dashboard
  greenlight --demo                        open the dashboard on simulated servers
  greenlight list [--json]                 poll every server once, print the open gates
  greenlight approve ID --note TEXT [--yes]
  greenlight reject ID --note TEXT [--yes]
  greenlight audit verify | audit export --format csv|json
  greenlight token set SERVER | token delete SERVER
                                           keep a server&apos;s API token in the system keychain
  greenlight sim [--port N] [--scenario F | --scale N] [--latency-ms MS] [--soak RATE]
                 [--soak-seed N] [--live]
  greenlight --version
Options for every command: --config FILE (servers.json), --audit-log FILE
Exit codes: 0 done; 1 refused by the server or a rule, or the network failed; 2 bad usage or configuration.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Paths</name>
    <message>
        <source>Both %1 and %2 exist: Greenlight uses %2 and ignores %1. Remove %1 once you have checked that nothing in it is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 cannot be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move %1 to %2 (%3): Greenlight uses %2 and ignores %1 until it is moved there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved %1 to %2, where Greenlight now keeps it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PollCache</name>
    <message>
        <source>%1: expected a string, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown gate kind &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected an object, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected a label and a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: larger than %2 MB, ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a version %2 cache file, ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: written for another configuration of %2, ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 names server &quot;%3&quot;, not &quot;%4&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the folder cannot be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Provider</name>
    <message>
        <source>server &quot;%1&quot;: ca_file %2 holds no PEM certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server &quot;%1&quot;: provider &quot;%2&quot; is not supported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerConfig</name>
    <message>
        <source>%1.projects: expected owner/repository, found &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.user: expected the Jenkins user whose API token this is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.projects: &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerProbe</name>
    <message>
        <source>A personal API token acts with your own rights: it lists the projects you can see, and approves where you have push access to the repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CircleCI does not tell in advance: an approval goes through where you have push access to the project&apos;s repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token has the api scope: it may approve and reject where your role allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token&apos;s scopes (%1) let it read but not approve: approving needs the api scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitLab did not say which scopes this token has; approving needs the api scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list of followed projects is not the expected JSON array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list of projects is not the expected JSON array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A personal access token with the read_api scope lists what waits. To approve or reject, it needs the api scope, and you need the role the environment&apos;s protection asks for (Developer by default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not accept this token (HTTP 401%2). Check that it is complete, has not expired, and is a personal token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing answers at %1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greenlight does not speak &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fine-grained token with read access to Actions and Deployments lists what waits; to approve or reject you must be one of the environment&apos;s required reviewers (a classic token needs the repo scope).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token has the repo scope: it may approve and reject where you are a required reviewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token&apos;s scopes (%1) do not include repo, which reviewing deployments needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub does not say in advance what a fine-grained token may do; approving needs read access to Actions and Deployments, and you must be a required reviewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An API token of your own Jenkins user (your user&apos;s Security page): Overall/Read and Job/Read list what waits; answering an input needs Job/Build, or being one of its submitters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jenkins needs the user name whose API token this is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jenkins does not say in advance who may answer an input: each one names its submitters, or leaves it to anyone with Job/Build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gh/org/repo, bb/org/repo or circleci/&lt;org id&gt;/&lt;project id&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner/repo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group/project or a project id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder/job (the job&apos;s full name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jenkins did not accept the user &quot;%1&quot; with this API token (HTTP %2). Check the user name, and that the token is an API token of that user (from the user&apos;s Security page), not the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The user &quot;%1&quot; lacks the permission %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>circleci</name>
    <message>
        <source>expected an object with &quot;items&quot;, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected an array, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected a job id string, found %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::Session</name>
    <message>
        <source>a decision on a gate of %1 is on its way; the servers were not changed, try again when it has ended</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::ui::AuditTableModel</name>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve and run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (as %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded by this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer was recorded: the run that sent it stopped first, and the gate has not been read again since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown (no answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server&apos;s message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::ui::AuditWindow</name>
    <message>
        <source>About to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only decisions made on or after this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only decisions made on or before this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search gates, notes, branches, messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the decisions shown, with every record of each, as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the decisions shown, with every record of each, as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the audit log again and check its chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decision has been recorded yet. The audit log is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The chain is intact: %n record(s), each linked to the one before, and the log matches the anchor kept beside it.</source>
        <translation>
            <numerusform>The chain is intact: %n record, linked to nothing before it, and the log matches the anchor kept beside it.</numerusform>
            <numerusform>The chain is intact: %n records, each linked to the one before, and the log matches the anchor kept beside it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s).</source>
        <translation>
            <numerusform>%n decision.</numerusform>
            <numerusform>%n decisions.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Only the %n record(s) before it are shown; nothing from it on can be trusted.</source>
        <translation>
            <numerusform>Only the %n record before it is shown; nothing from it on can be trusted.</numerusform>
            <numerusform>Only the %n records before it are shown; nothing from it on can be trusted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n record(s) it holds are shown, but they may not be all there were.</source>
        <translation>
            <numerusform>The %n record it holds is shown, but it may not be all there was.</numerusform>
            <numerusform>The %n records it holds are shown, but they may not be all there were.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s)</source>
        <translation>
            <numerusform>%n decision</numerusform>
            <numerusform>%n decisions</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;No recorded decision matches the filter.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gate &lt;tt&gt;%1&lt;/tt&gt; on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit &lt;tt&gt;%1&lt;/tt&gt; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment or workflow %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, note: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer was recorded: the run that sent this stopped before it. Greenlight reads such gates again when it starts and records what the server then says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the Audit Log as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the Audit Log as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) saved to %1</source>
        <translation>
            <numerusform>%n decision saved to %1</numerusform>
            <numerusform>%n decisions saved to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The first bad record is record %1, on line %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first bad record is on line %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log does not verify: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::ui::Dashboard</name>
    <message>
        <source>Demo on simulated servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo cannot create its scratch folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo simulator cannot listen on 127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::ui::DecisionDialog</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Approve %n gate(s)</source>
        <comment>approve a held job or deployment</comment>
        <translation>
            <numerusform>Approve %n gate</numerusform>
            <numerusform>Approve %n gates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n gate(s)</source>
        <comment>reject a held job or deployment</comment>
        <translation>
            <numerusform>Reject %n gate</numerusform>
            <numerusform>Reject %n gates</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;You are about to approve:&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;You are about to reject:&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit &amp;note (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit &amp;note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is this safe to release?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is this rejected?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 keeps no comment with a decision: the note is kept in Greenlight&apos;s audit log only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Protected environment.&lt;/b&gt; Type &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the protected name to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you belong to several approval rules, choose which one your approval counts for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <comment>approve a held job or deployment</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <comment>reject a held job or deployment</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rejection needs a note saying why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approving a protected environment needs a note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 characters (the server&apos;s limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is %1 characters; the server takes at most %2. Shorten it: nothing is cut silently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 is superseded:&lt;/b&gt; %2. Approving it deploys older code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve a&amp;s:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also r&amp;un the job once approved (%1 leaves it manual after approval)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 keep no comment with a decision: the note is kept in Greenlight&apos;s audit log only.</source>
        <comment>several vendors</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 asks for these values with the approval:&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>a parameter&apos;s label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inputs that ask for values are approved with their default values; approve one at a time to change them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 requires a comment with every decision: the note is sent as that comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 require a comment with every decision: the note is sent as that comment.</source>
        <comment>several vendors</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a commit subject, in the language&apos;s quotation marks</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::ui::GateTreeModel</name>
    <message>
        <source>Pipeline #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %n min</source>
        <translation>
            <numerusform>in %n min</numerusform>
            <numerusform>in %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n h</source>
        <translation>
            <numerusform>in %n h</numerusform>
            <numerusform>in %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>What waits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triggered by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2</source>
        <comment>approvals given/required</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(+%n more)</source>
        <comment>more error lines</comment>
        <translation>
            <numerusform>(+%n more)</numerusform>
            <numerusform>(+%n more)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stale</source>
        <comment>gates kept from an earlier poll</comment>
        <translation>
            <numerusform>%n stale</numerusform>
            <numerusform>%n stale</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>server name — its error</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>poll failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing waits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last complete poll: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No poll of this server has succeeded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stale, seen %1</source>
        <comment>a gate the last poll could not confirm</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yours</source>
        <comment>a gate the user cannot approve</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>superseded</source>
        <comment>a newer deployment to the same environment waits too</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last poll of %1 could not read this project; this gate was last seen %2. It may have been decided since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Superseded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown as the last run left it: this gate was last seen %1. %2 is being polled now; it may have been decided since.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::ui::MainWindow</name>
    <message>
        <source>Triggered by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (retrying at %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only what I can approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Approving %n gate(s)…</source>
        <translation>
            <numerusform>Approving %n gate…</numerusform>
            <numerusform>Approving %n gates…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rejecting %n gate(s)…</source>
        <translation>
            <numerusform>Rejecting %n gate…</numerusform>
            <numerusform>Rejecting %n gates…</numerusform>
        </translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown: check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;No servers configured&lt;/h2&gt;&lt;p&gt;Greenlight reads its servers from&lt;br&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;See the README for the format, or start &lt;tt&gt;greenlight --demo&lt;/tt&gt; to try it on simulated servers.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Approval history&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the pipeline in the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;A decision is on its way to the server.&lt;/b&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server does not allow it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Approve:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Reject:&lt;/b&gt; %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:gray&apos;&gt;%1 keeps no comment with a decision; your note stays in Greenlight&apos;s audit log.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Gate ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No servers configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: updated %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;p style=&apos;color:gray&apos;&gt;%n gate(s) waiting. Select one to see what it would release.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p style=&apos;color:gray&apos;&gt;%n gate waiting. Select it to see what it would release.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p style=&apos;color:gray&apos;&gt;%n gates waiting. Select one to see what it would release.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;What will be released&lt;/b&gt;&lt;br&gt;%1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>tooltip (shortcut)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <comment>approve a held job or deployment</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the selected gates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <comment>reject a held job or deployment</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject the selected gates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poll every server now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open in Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected gate&apos;s pipeline in the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Gate &amp;ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only What I Can &amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Expand All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Collapse All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Greenlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the gates that wait for someone else (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: project, branch, environment, person, #pipeline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every word must match (%1); Escape clears</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the gate in the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escape (in the filter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has a confirmation open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a decision on %1 is already on its way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you cannot decide it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <comment>outcome — gate: message</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %n decision(s) done.</source>
        <translation>
            <numerusform>The decision is done.</numerusform>
            <numerusform>All %n decisions done.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 decisions done; %3 not: see each gate&apos;s result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not set up: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot poll %1: %2 — what it showed at %3 is kept, marked stale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot poll %1: %2 — it has not been read yet, so gates waiting there are not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing waits for approval: every server was polled (all since %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; last complete poll %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; no complete poll yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:%1&apos;&gt;&lt;b&gt;Superseded:&lt;/b&gt; %2. Approving this one deploys older code.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:%1&apos;&gt;&lt;b&gt;Not confirmed by the last poll:&lt;/b&gt; %2 could not be read; this gate was last seen %3 and may have been decided since.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:%1&apos;&gt;&lt;b&gt;You cannot decide this gate:&lt;/b&gt; %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1 in the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No browser opened the pipeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desktop has no web browser set up for %1 links. Copy the link and open it where you can:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link copied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Greenlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Greenlight %1&lt;/h3&gt;&lt;p&gt;Every pipeline that waits for your approval, in one window.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Licence: %1&lt;br&gt;Built with Qt %2, running on Qt %3&lt;/p&gt;&lt;p&gt;Servers: &lt;tt&gt;%4&lt;/tt&gt;&lt;br&gt;Audit log: &lt;tt&gt;%5&lt;/tt&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n</source>
        <comment>gates shown of all</comment>
        <translation>
            <numerusform>%1 of %n</numerusform>
            <numerusform>%1 of %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n gate(s) match the filter</source>
        <translation>
            <numerusform>%1 of %n gate match the filter</numerusform>
            <numerusform>%1 of %n gates match the filter</numerusform>
        </translation>
    </message>
    <message>
        <source>No gate that you can approve matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No gate matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>None of the %n waiting gate(s) is yours to approve.</source>
        <translation>
            <numerusform>The waiting gate is not yours to approve.</numerusform>
            <numerusform>None of the %n waiting gates is yours to approve.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gate(s) wait in all.</source>
        <translation>
            <numerusform>%n gate waits in all.</numerusform>
            <numerusform>%n gates wait in all.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System Colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;p style=&apos;color:gray&apos;&gt;The filter shows %1 of the %n waiting gate(s).&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p style=&apos;color:gray&apos;&gt;The filter shows %1 of the %n waiting gate.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p style=&apos;color:gray&apos;&gt;The filter shows %1 of the %n waiting gates.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Servers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers saved to %1; the changed ones are being polled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server is set up yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who may decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: poll failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the server does not say which commit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1 asks for&lt;/b&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of %1; default %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes or no; default yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes or no; default no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The outcome of %n decision(s) of an earlier run is still unknown.</source>
        <translation>
            <numerusform>The outcome of %n decision of an earlier run is still unknown.</numerusform>
            <numerusform>The outcome of %n decisions of an earlier run is still unknown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) of an earlier run had no answer; their gates were read again.</source>
        <translation>
            <numerusform>%n decision of an earlier run had no answer; its gate was read again.</numerusform>
            <numerusform>%n decisions of an earlier run had no answer; their gates were read again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Earlier decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit &amp;Log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every decision made here, what became of it, and whether the record is intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greenlight could not look for decisions of an earlier run whose outcome is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot poll %1: %2 — what the last run showed is kept, marked stale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1… Until then, what the last run showed is drawn, marked stale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:%1&apos;&gt;&lt;b&gt;As the last run left it:&lt;/b&gt; this gate was last seen %2; %3 is being polled now, and it may have been decided since.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo does not keep settings; start Greenlight without --demo to choose its language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greenlight will follow the system&apos;s language from its next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greenlight will speak %1 from its next start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::ui::Notifier</name>
    <message>
        <source>%1 waits for your approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triggered by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve…</source>
        <comment>approve a held job or deployment</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n gate(s) wait for your approval</source>
        <translation>
            <numerusform>%n gate waits for your approval</numerusform>
            <numerusform>%n gates wait for your approval</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…and %n more</numerusform>
            <numerusform>…and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Open dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has waited %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::ui::ServerForm</name>
    <message>
        <source>T&amp;rust This Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a short name, e.g. gitlab-work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: an environment variable that holds the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: a PEM file of your private certificate authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This proxy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>http://proxy.example.com:3128</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vendor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Projects:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;More settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create one at &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept in the system keychain; paste a new one to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paste your token here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the API token first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected as %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for your projects…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your projects could not be listed (%1); type them below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No projects were found; type them below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Found %n project(s): tick the ones to watch.</source>
        <translation>
            <numerusform>Found %n project: tick it to watch it.</numerusform>
            <numerusform>Found %n projects: tick the ones to watch.</numerusform>
        </translation>
    </message>
    <message>
        <source>user, if the proxy asks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password (kept in the keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;st Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also show manual &amp;jobs (when: manual)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token &amp;from variable:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;oll every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy lo&amp;gin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a short name, e.g. %1-work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read from $%1; paste one to keep it in the keychain instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token from variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poll every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick or type at least one project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust this certificate for this server only if you know it is your server&apos;s: it is then pinned by its fingerprint and listed under Trusted certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user whose API token this is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted cert&amp;ificates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type a project: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type a project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address must start with https:// (http:// only to this computer), e.g. %1; found &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::ui::ServerSetup</name>
    <message>
        <source>%1: servers[%2] (&quot;%3&quot;).token: paste the server&apos;s API token (it is kept in the system keychain), or name an environment variable in token_env</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: servers[%2] (&quot;%3&quot;).token: a token is one word, without spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server &quot;%1&quot;: there is no keychain to keep its token in; name an environment variable in token_env instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server &quot;%1&quot;: no keychain service is running (Secret Service or KWallet), so its token cannot be kept; start one, or name an environment variable in token_env. Greenlight never keeps tokens in a plain-text file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server &quot;%1&quot;: the token could not be stored in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server &quot;%1&quot;: there is no keychain to keep the proxy&apos;s password in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server &quot;%1&quot;: the proxy&apos;s password could not be stored in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::ui::ServersDialog</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glob patterns, separated by commas: approving a gate whose environment matches needs a note and its name typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected &amp;environments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(new server)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::ui::SetupPage</name>
    <message>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up your first server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greenlight watches your CI servers for pipelines that wait for a person to approve them. Pick your vendor, paste an API token and test the connection; then tick the projects to watch. The token is kept in the system keychain, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To look around first, start &lt;tt&gt;greenlight --demo&lt;/tt&gt;: it runs on simulated servers and changes nothing of yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the CircleCI CLI…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From glab…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the server address and token from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address and token of %1 are filled in from %2; test the connection, then tick the projects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving; the token goes to the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gl::ui::TrayIcon</name>
    <message>
        <source>Greenlight: nothing waits for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Greenlight: %n gate(s) wait for your approval</source>
        <translation>
            <numerusform>Greenlight: %n gate waits for your approval</numerusform>
            <numerusform>Greenlight: %n gates wait for your approval</numerusform>
        </translation>
    </message>
    <message>
        <source>Notifications paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing waits for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For 1 Hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until Tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greenlight: checking your servers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Greenlight: %n gate(s) wait for your approval; still checking other servers</source>
        <translation>
            <numerusform>Greenlight: %n gate waits for your approval; still checking other servers</numerusform>
            <numerusform>Greenlight: %n gates wait for your approval; still checking other servers</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot poll %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greenlight: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n gate(s) known to wait for you, some may be out of date</source>
        <translation>
            <numerusform>%n gate known to wait for you, it may be out of date</numerusform>
            <numerusform>%n gates known to wait for you, some may be out of date</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking your servers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some servers cannot be polled: open the dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve %1 (%2%3%4)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greenlight: no server is set up yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
