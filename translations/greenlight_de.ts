<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AuditLog</name>
    <message>
        <source>cannot read the audit log&apos;s anchor %1: %2</source>
        <translation>der Anker %1 des Audit-Protokolls kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the audit log&apos;s anchor %1 cannot be read: it is not what Greenlight writes</source>
        <translation>der Anker %1 des Audit-Protokolls ist nicht lesbar: Er hat nicht das Format, das Greenlight schreibt</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>line %1: a field has the wrong type</source>
        <translation>Zeile %1: Ein Feld hat den falschen Typ</translation>
    </message>
    <message>
        <source>cannot read the end of the audit log: %1</source>
        <translation>das Ende des Audit-Protokolls kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 is empty or missing, but its anchor %2 recorded %3 records: records 1 to %3 are missing (the log was removed or emptied)</source>
        <translation>%1 ist leer oder fehlt, aber sein Anker %2 verzeichnet %3 Einträge: Die Einträge 1 bis %3 fehlen (das Protokoll wurde entfernt oder geleert)</translation>
    </message>
    <message>
        <source>%1: records %2 to %3 are missing from its end (its anchor %4 recorded %3 records)</source>
        <translation>%1: Am Ende fehlen die Einträge %2 bis %3 (sein Anker %4 verzeichnet %3 Einträge)</translation>
    </message>
    <message>
        <source>%1: record %2 is not the record its anchor %3 recorded: the log was rewritten and its chain hashed again</source>
        <translation>%1: Eintrag %2 ist nicht der Eintrag, den sein Anker %3 verzeichnet: Das Protokoll wurde umgeschrieben und seine Hash-Kette neu berechnet</translation>
    </message>
    <message>
        <source>%1: record %2 and those after it were added without going through Greenlight (its anchor %3 ends at record %4)</source>
        <translation>%1: Eintrag %2 und die folgenden wurden an Greenlight vorbei hinzugefügt (sein Anker %3 endet bei Eintrag %4)</translation>
    </message>
    <message>
        <source>the anchor %1 is signed, but no keychain was given to read its key from</source>
        <translation>der Anker %1 ist signiert, aber es wurde kein Schlüsselbund angegeben, aus dem sein Schlüssel gelesen werden kann</translation>
    </message>
    <message>
        <source>the anchor %1 is signed, but the key to check it cannot be read from the keychain (%2)</source>
        <translation>der Anker %1 ist signiert, aber der Schlüssel zu seiner Prüfung kann nicht aus dem Schlüsselbund gelesen werden (%2)</translation>
    </message>
    <message>
        <source>the anchor %1 does not match its signature: it was rewritten</source>
        <translation>der Anker %1 passt nicht zu seiner Signatur: Er wurde umgeschrieben</translation>
    </message>
    <message>
        <source>the anchor %1 is not signed, although the keychain holds the audit log&apos;s key: it was replaced</source>
        <translation>der Anker %1 ist nicht signiert, obwohl der Schlüsselbund den Schlüssel des Audit-Protokolls enthält: Er wurde ersetzt</translation>
    </message>
    <message>
        <source>cannot create the folder of the audit log&apos;s anchor %1</source>
        <translation>der Ordner für den Anker %1 des Audit-Protokolls kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot write the audit log&apos;s anchor %1: %2</source>
        <translation>der Anker %1 des Audit-Protokolls kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the keychain entry %1 is not a key Greenlight made</source>
        <translation>der Schlüsselbund-Eintrag %1 ist kein Schlüssel, den Greenlight erzeugt hat</translation>
    </message>
    <message>
        <source>cannot create the folder of the audit log %1</source>
        <translation>der Ordner für das Audit-Protokoll %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot open the audit log %1: %2</source>
        <translation>das Audit-Protokoll %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>cannot lock the audit log %1: %2</source>
        <translation>das Audit-Protokoll %1 kann nicht gesperrt werden: %2</translation>
    </message>
    <message>
        <source>cannot read the audit log %1: %2</source>
        <translation>das Audit-Protokoll %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the audit log %1 ends with an incomplete record; nothing more is written to it until it is repaired (see `greenlight audit verify`)</source>
        <translation>das Audit-Protokoll %1 endet mit einem unvollständigen Eintrag; bis es repariert ist, wird nichts mehr hineingeschrieben (siehe `greenlight audit verify`)</translation>
    </message>
    <message>
        <source>the last record of the audit log %1 cannot be read; nothing more is written to it until it is repaired (see `greenlight audit verify`)</source>
        <translation>der letzte Eintrag des Audit-Protokolls %1 ist nicht lesbar; bis es repariert ist, wird nichts mehr hineingeschrieben (siehe `greenlight audit verify`)</translation>
    </message>
    <message>
        <source>%1; nothing more is written to the audit log until this is resolved (see `greenlight audit verify`; to start a new log, move the log and its anchor %2 aside)</source>
        <translation>%1; bis das behoben ist, wird nichts mehr in das Audit-Protokoll geschrieben (siehe `greenlight audit verify`; für ein neues Protokoll verschieben Sie das Protokoll und seinen Anker %2 an einen anderen Ort)</translation>
    </message>
    <message>
        <source>the anchor %1 of the audit log %2 is missing: records could have been removed from its end unnoticed</source>
        <translation>der Anker %1 des Audit-Protokolls %2 fehlt: Am Ende könnten unbemerkt Einträge entfernt worden sein</translation>
    </message>
    <message>
        <source>writing the audit log %1 failed (%2) and left a partial record</source>
        <translation>das Schreiben des Audit-Protokolls %1 ist fehlgeschlagen (%2) und hat einen unvollständigen Eintrag hinterlassen</translation>
    </message>
    <message>
        <source>cannot write the audit log %1: %2</source>
        <translation>das Audit-Protokoll %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot flush the audit log %1 to disk: %2</source>
        <translation>das Audit-Protokoll %1 kann nicht auf den Datenträger geschrieben werden (flush): %2</translation>
    </message>
    <message>
        <source>the record was written to the audit log, but its anchor was not: %1</source>
        <translation>der Eintrag wurde in das Audit-Protokoll geschrieben, sein Anker aber nicht: %1</translation>
    </message>
    <message>
        <source>%1: line %2 is incomplete (the log was cut short)</source>
        <translation>%1: Zeile %2 ist unvollständig (das Protokoll wurde abgeschnitten)</translation>
    </message>
    <message>
        <source>%1: line %2 is not a JSON record</source>
        <translation>%1: Zeile %2 ist kein JSON-Eintrag</translation>
    </message>
    <message>
        <source>%1: line %2 has a field twice: a record is written with each field once</source>
        <translation>%1: Zeile %2 enthält ein Feld doppelt: Ein Eintrag wird mit jedem Feld genau einmal geschrieben</translation>
    </message>
    <message>
        <source>%1: line %2 (record %3) was altered: its hash does not match its content</source>
        <translation>%1: Zeile %2 (Eintrag %3) wurde verändert: Der Hash passt nicht zum Inhalt</translation>
    </message>
    <message>
        <source>%1: line %2 holds record %3 where record %4 belongs (it is on line %5): records were reordered</source>
        <translation>%1: Zeile %2 enthält Eintrag %3, wo Eintrag %4 hingehört (dieser steht in Zeile %5): Einträge wurden umsortiert</translation>
    </message>
    <message>
        <source>%1: record %2 is missing (line %3 holds record %4)</source>
        <translation>%1: Eintrag %2 fehlt (Zeile %3 enthält Eintrag %4)</translation>
    </message>
    <message>
        <source>%1: line %2 holds record %3 where record %4 belongs: records were reordered or repeated</source>
        <translation>%1: Zeile %2 enthält Eintrag %3, wo Eintrag %4 hingehört: Einträge wurden umsortiert oder wiederholt</translation>
    </message>
    <message>
        <source>%1: line %2 (record %3) does not follow the record before it: a record was removed, reordered or inserted</source>
        <translation>%1: Zeile %2 (Eintrag %3) schließt nicht an den vorigen Eintrag an: Ein Eintrag wurde entfernt, verschoben oder eingefügt</translation>
    </message>
    <message>
        <source>%1: line %2 (record %3) does not carry the log&apos;s signature: it was rewritten, and the chain hashed again from it</source>
        <translation>%1: Zeile %2 (Eintrag %3) trägt nicht die Signatur des Protokolls: Der Eintrag wurde umgeschrieben und die Hash-Kette ab ihm neu berechnet</translation>
    </message>
    <message>
        <source>%1: line %2 (record %3) is not the record its anchor %4 recorded: it was rewritten, and the chain hashed again from it</source>
        <translation>%1: Zeile %2 (Eintrag %3) ist nicht der Eintrag, den sein Anker %4 verzeichnet: Der Eintrag wurde umgeschrieben und die Hash-Kette ab ihm neu berechnet</translation>
    </message>
    <message>
        <source>%1: record 1 is not the first record its anchor %2 recorded: the log was replaced</source>
        <translation>%1: Eintrag 1 ist nicht der erste Eintrag, den sein Anker %2 verzeichnet: Das Protokoll wurde ersetzt</translation>
    </message>
</context>
<context>
    <name>CircleCiProvider</name>
    <message>
        <source>%1: the server gave the same page token twice; the listing was stopped as incomplete</source>
        <translation>%1: Der Server hat dasselbe Seitentoken zweimal geliefert; die Auflistung wurde als unvollständig abgebrochen</translation>
    </message>
    <message>
        <source>%1: more than %2 pages; the listing was stopped as incomplete</source>
        <translation>%1: mehr als %2 Seiten; die Auflistung wurde als unvollständig abgebrochen</translation>
    </message>
    <message>
        <source>project %1: %2</source>
        <translation>Projekt %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: expected an object</source>
        <translation>%1: ein Objekt erwartet</translation>
    </message>
    <message>
        <source>job &quot;%1&quot; is not an approval job (type %2)</source>
        <translation>Job „%1“ ist kein Approval-Job (Typ %2)</translation>
    </message>
    <message>
        <source>workflow %1 has no job %2</source>
        <translation>Workflow %1 hat keinen Job %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a CircleCI gate id of server %2 (expected %2/workflow/&lt;workflow-id&gt;/approval/&lt;job-id&gt;)</source>
        <translation>&quot;%1&quot; ist keine CircleCI-Freigabe-ID des Servers %2 (erwartet: %2/workflow/&lt;workflow-id&gt;/approval/&lt;job-id&gt;)</translation>
    </message>
    <message>
        <source>CircleCI runs the waiting jobs on approval; there is nothing to start separately</source>
        <translation>CircleCI führt die wartenden Jobs nach der Genehmigung selbst aus; es gibt nichts separat zu starten</translation>
    </message>
    <message>
        <source>the approval job &quot;%1&quot; is no longer on hold (status: %2)</source>
        <translation>der Approval-Job „%1“ wartet nicht mehr auf Genehmigung (Status: %2)</translation>
    </message>
    <message>
        <source>the approval job &quot;%1&quot; has passed CircleCI&apos;s 90-day limit</source>
        <translation>der Approval-Job „%1“ hat die 90-Tage-Grenze von CircleCI überschritten</translation>
    </message>
    <message>
        <source>CircleCI approves the job &quot;%1&quot; and workflow &quot;%2&quot; runs the jobs that wait on it.</source>
        <translation>CircleCI genehmigt den Job „%1“, und der Workflow „%2“ führt die Jobs aus, die darauf warten.</translation>
    </message>
    <message>
        <source>CircleCI cancels the approval job &quot;%1&quot;; the jobs that wait on it in workflow &quot;%2&quot; never run.</source>
        <translation>CircleCI bricht den Approval-Job „%1“ ab; die Jobs, die im Workflow „%2“ darauf warten, werden nie ausgeführt.</translation>
    </message>
    <message>
        <source>needs approval</source>
        <translation>zu genehmigen</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Run &apos;greenlight --help&apos; for usage.</source>
        <translation>Rufen Sie &apos;greenlight --help&apos; auf, um die Verwendung anzuzeigen.</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message numerus="yes">
        <source>waiting %n min</source>
        <translation>
            <numerusform>wartet seit %n min</numerusform>
            <numerusform>wartet seit %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>waiting %n h</source>
        <translation>
            <numerusform>wartet seit %n h</numerusform>
            <numerusform>wartet seit %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>waiting %n days</source>
        <translation>
            <numerusform>wartet seit %n Tag</numerusform>
            <numerusform>wartet seit %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Read servers from &lt;file&gt;.</source>
        <translation>Server aus &lt;file&gt; lesen.</translation>
    </message>
    <message>
        <source>Write the audit log to &lt;file&gt;.</source>
        <translation>Audit-Protokoll nach &lt;file&gt; schreiben.</translation>
    </message>
    <message>
        <source>%1: no servers are configured</source>
        <translation>%1: Es sind keine Server konfiguriert</translation>
    </message>
    <message>
        <source>Print one JSON array.</source>
        <translation>Ein einziges JSON-Array ausgeben.</translation>
    </message>
    <message>
        <source>list takes no arguments</source>
        <translation>list erwartet keine Argumente</translation>
    </message>
    <message>
        <source>server %1: %2</source>
        <translation>Server %1: %2</translation>
    </message>
    <message>
        <source>Nothing waits for approval.</source>
        <translation>Nichts wartet auf Genehmigung.</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>Type &apos;%1&apos; to confirm: </source>
        <translation>Geben Sie zur Bestätigung &apos;%1&apos; ein: </translation>
    </message>
    <message>
        <source>The audit note (required).</source>
        <translation>Die Audit-Notiz (erforderlich).</translation>
    </message>
    <message>
        <source>Do not ask for confirmation.</source>
        <translation>Nicht nach einer Bestätigung fragen.</translation>
    </message>
    <message>
        <source>Also start the job that waits, where the vendor leaves it manual after the last approval (GitLab&apos;s approval rules).</source>
        <translation>Auch den wartenden Job starten, wo der Anbieter ihn nach der letzten Genehmigung manuell lässt (Genehmigungsregeln von GitLab).</translation>
    </message>
    <message>
        <source>The approval rule or role to approve as, where you belong to several.</source>
        <translation>Die Genehmigungsregel oder Rolle, als die Sie genehmigen, wenn Sie zu mehreren gehören.</translation>
    </message>
    <message>
        <source>A value for one of the gate&apos;s parameters (a Jenkins input&apos;s), as NAME=VALUE; repeat for several. Those left out take their defaults.</source>
        <translation>Ein Wert für einen der Parameter der Freigabe (einer Jenkins-Eingabe), als NAME=VALUE; für mehrere wiederholen. Nicht angegebene Parameter erhalten ihren Standardwert.</translation>
    </message>
    <message>
        <source>usage: greenlight %1 ID --note TEXT [--yes]</source>
        <translation>Aufruf: greenlight %1 ID --note TEXT [--yes]</translation>
    </message>
    <message>
        <source>%1 needs --note TEXT: the note goes to the audit log</source>
        <translation>%1 braucht --note TEXT: Die Notiz wird ins Audit-Protokoll geschrieben</translation>
    </message>
    <message>
        <source>refusing to %1 without --yes: standard input is not a terminal</source>
        <translation>ohne --yes wird %1 nicht ausgeführt: Die Standardeingabe ist kein Terminal</translation>
    </message>
    <message>
        <source>no configured server is named &quot;%1&quot; (the part of the id before the first &apos;/&apos;)</source>
        <translation>kein konfigurierter Server heißt „%1“ (der Teil der ID vor dem ersten &apos;/&apos;)</translation>
    </message>
    <message>
        <source>--param expects NAME=VALUE, found &quot;%1&quot;</source>
        <translation>--param erwartet NAME=VALUE, aber &quot;%1&quot; gefunden</translation>
    </message>
    <message>
        <source>Not confirmed; nothing was sent.</source>
        <translation>Nicht bestätigt; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Export format: csv or json.</source>
        <translation>Exportformat: csv oder json.</translation>
    </message>
    <message>
        <source>the audit log does not verify: %1</source>
        <translation>das Audit-Protokoll besteht die Prüfung nicht: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n record(s), hash chain intact</source>
        <translation>
            <numerusform>%1: %n Eintrag, Hash-Kette intakt</numerusform>
            <numerusform>%1: %n Einträge, Hash-Kette intakt</numerusform>
        </translation>
    </message>
    <message>
        <source>audit export needs --format csv or --format json</source>
        <translation>audit export braucht --format csv oder --format json</translation>
    </message>
    <message>
        <source>usage: greenlight audit verify | greenlight audit export --format csv|json</source>
        <translation>Aufruf: greenlight audit verify | greenlight audit export --format csv|json</translation>
    </message>
    <message>
        <source>usage: greenlight token set SERVER | greenlight token delete SERVER</source>
        <translation>Aufruf: greenlight token set SERVER | greenlight token delete SERVER</translation>
    </message>
    <message>
        <source>%1: no server is named &quot;%2&quot; (the servers are: %3)</source>
        <translation>%1: Kein Server heißt „%2“ (vorhandene Server: %3)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 holds no token for &quot;%2&quot;; nothing to delete</source>
        <translation>kein Token für „%2“ vorhanden (%1); nichts zu löschen</translation>
    </message>
    <message>
        <source>the token for &quot;%1&quot; could not be deleted from %2: %3</source>
        <translation>das Token für „%1“ konnte nicht gelöscht werden (%2): %3</translation>
    </message>
    <message>
        <source>deleted the token for &quot;%1&quot; from %2</source>
        <translation>Token für „%1“ gelöscht (%2)</translation>
    </message>
    <message>
        <source>API token for &quot;%1&quot; (%2), not shown: </source>
        <translation>API-Token für „%1“ (%2), wird nicht angezeigt: </translation>
    </message>
    <message>
        <source>no token given: type it at the prompt, or pipe it to standard input</source>
        <translation>kein Token angegeben: Geben Sie es an der Eingabeaufforderung ein oder leiten Sie es an die Standardeingabe weiter</translation>
    </message>
    <message>
        <source>a token is one word without spaces or line breaks</source>
        <translation>ein Token ist ein einzelnes Wort ohne Leerzeichen oder Zeilenumbrüche</translation>
    </message>
    <message>
        <source>no keychain service is running (Secret Service or KWallet), so the token for &quot;%1&quot; cannot be stored; start one, or set the environment variable named by &quot;token_env&quot; instead. Greenlight never keeps tokens in a plain-text file.</source>
        <translation>es läuft kein Schlüsselbund-Dienst (Secret Service oder KWallet), daher kann das Token für „%1“ nicht gespeichert werden; starten Sie einen, oder setzen Sie stattdessen die in &quot;token_env&quot; genannte Umgebungsvariable. Greenlight legt Tokens nie in einer Klartextdatei ab.</translation>
    </message>
    <message>
        <source>the token for &quot;%1&quot; could not be stored in %2: %3</source>
        <translation>das Token für „%1“ konnte nicht gespeichert werden (%2): %3</translation>
    </message>
    <message>
        <source>stored the token for &quot;%1&quot; in %2</source>
        <translation>Token für „%1“ gespeichert (%2)</translation>
    </message>
    <message>
        <source>note: %1 (token_env) is set in this environment and is used instead of the keychain</source>
        <translation>Hinweis: %1 (token_env) ist in dieser Umgebung gesetzt und wird statt des Schlüsselbunds verwendet</translation>
    </message>
    <message>
        <source>Listen on &lt;port&gt; (default: any free port).</source>
        <translation>Auf &lt;port&gt; lauschen (Standard: ein beliebiger freier Port).</translation>
    </message>
    <message>
        <source>Load the scenario from &lt;file&gt; (default: the demo).</source>
        <translation>Das Szenario aus &lt;file&gt; laden (Standard: die Demo).</translation>
    </message>
    <message>
        <source>Let running jobs finish and new holds appear every 60 s.</source>
        <translation>Laufende Jobs abschließen lassen und alle 60 s neue wartende Freigaben erzeugen.</translation>
    </message>
    <message>
        <source>Serve &lt;n&gt; projects at each vendor (CircleCI ones of 20 pipelines), a hold in every 50th (instead of the demo).</source>
        <translation>&lt;n&gt; Projekte je Anbieter simulieren (bei CircleCI mit je 20 Pipelines), in jedem 50. eine wartende Freigabe (statt der Demo).</translation>
    </message>
    <message>
        <source>Answer every request &lt;ms&gt; milliseconds late (a server far away).</source>
        <translation>Jede Anfrage &lt;ms&gt; Millisekunden verzögert beantworten (ein weit entfernter Server).</translation>
    </message>
    <message>
        <source>Soak mode: give a random fault (HTTP 500, 502, 503 or 429, a reset, a truncated or HTML body) to a share &lt;rate&gt; of the API requests, from 0 to 1 (e.g. 0.2).</source>
        <translation>Dauertestmodus: einem Anteil &lt;rate&gt; der API-Anfragen einen zufälligen Fehler geben (HTTP 500, 502, 503 oder 429, ein Verbindungsabbruch, ein abgeschnittener oder HTML-Antworttext), von 0 bis 1 (z. B. 0.2).</translation>
    </message>
    <message>
        <source>Seed the soak mode&apos;s random faults with &lt;n&gt; (default: 1), to repeat a run.</source>
        <translation>Die Zufallsfehler des Dauertestmodus mit &lt;n&gt; initialisieren (Standard: 1), um einen Lauf zu wiederholen.</translation>
    </message>
    <message>
        <source>--scale: expected a number of projects from 1 to 100000</source>
        <translation>--scale: eine Anzahl von Projekten von 1 bis 100000 erwartet</translation>
    </message>
    <message>
        <source>--latency-ms: expected a number of milliseconds from 0 to 600000</source>
        <translation>--latency-ms: eine Anzahl von Millisekunden von 0 bis 600000 erwartet</translation>
    </message>
    <message>
        <source>--soak: expected a fraction of the requests from 0 to 1 (e.g. 0.2)</source>
        <translation>--soak: ein Anteil der Anfragen von 0 bis 1 erwartet (z. B. 0.2)</translation>
    </message>
    <message>
        <source>--soak-seed: expected a number from 0 to 4294967295</source>
        <translation>--soak-seed: eine Zahl von 0 bis 4294967295 erwartet</translation>
    </message>
    <message>
        <source>--port: expected a number from 0 to 65535</source>
        <translation>--port: eine Zahl von 0 bis 65535 erwartet</translation>
    </message>
    <message>
        <source>%1: cannot read the scenario: %2</source>
        <translation>%1: Das Szenario kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot listen on 127.0.0.1:%1</source>
        <translation>kann nicht auf 127.0.0.1:%1 lauschen</translation>
    </message>
    <message>
        <source>Simulator listening on %1 (token: %2). Stop with Ctrl+C.</source>
        <translation>Simulator lauscht auf %1 (Token: %2). Beenden mit Strg+C.</translation>
    </message>
    <message numerus="yes">
        <source>Simulator stopped after %n request(s).</source>
        <translation>
            <numerusform>Simulator nach %n Anfrage beendet.</numerusform>
            <numerusform>Simulator nach %n Anfragen beendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unbekannter Befehl &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>Config</name>
    <message>
        <source>%1: expected a whole number from %2 to %3, found %4</source>
        <translation>%1: eine ganze Zahl von %2 bis %3 erwartet, aber %4 gefunden</translation>
    </message>
    <message>
        <source>%1: tokens are never stored in servers.json; put the token in the keychain or in the environment variable named by &quot;token_env&quot;</source>
        <translation>%1: Tokens werden nie in servers.json gespeichert; legen Sie das Token im Schlüsselbund oder in der in &quot;token_env&quot; genannten Umgebungsvariable ab</translation>
    </message>
    <message>
        <source>%1: unknown field (expected one of: %2; or a note whose name starts with &quot;_&quot;)</source>
        <translation>%1: unbekanntes Feld (erwartet wird eines von: %2; oder eine Notiz, deren Name mit &quot;_&quot; beginnt)</translation>
    </message>
    <message>
        <source>%1: proxy credentials do not belong in servers.json; give the proxy as http://host:port and keep its user name and password in the keychain</source>
        <translation>%1: Proxy-Zugangsdaten gehören nicht in servers.json; geben Sie den Proxy als http://host:port an und legen Sie Benutzername und Passwort im Schlüsselbund ab</translation>
    </message>
    <message>
        <source>%1: expected &quot;system&quot;, &quot;none&quot; or a proxy address http://host:port, found &quot;%2&quot;</source>
        <translation>%1: &quot;system&quot;, &quot;none&quot; oder eine Proxy-Adresse http://host:port erwartet, aber &quot;%2&quot; gefunden</translation>
    </message>
    <message>
        <source>%1: expected an http:// proxy address (http://host:port), found the scheme &quot;%2&quot; in &quot;%3&quot;</source>
        <translation>%1: eine http://-Proxy-Adresse (http://host:port) erwartet, aber das Schema &quot;%2&quot; in &quot;%3&quot; gefunden</translation>
    </message>
    <message>
        <source>%1: expected a proxy address http://host:port, the host is missing in &quot;%2&quot;</source>
        <translation>%1: eine Proxy-Adresse http://host:port erwartet, aber in &quot;%2&quot; fehlt der Host</translation>
    </message>
    <message>
        <source>%1: expected a proxy address http://host:port, the port is missing in &quot;%2&quot;</source>
        <translation>%1: eine Proxy-Adresse http://host:port erwartet, aber in &quot;%2&quot; fehlt der Port</translation>
    </message>
    <message>
        <source>%1: expected only http://host:port, without path, query or fragment, found &quot;%2&quot;</source>
        <translation>%1: nur http://host:port ohne Pfad, Query oder Fragment erwartet, aber &quot;%2&quot; gefunden</translation>
    </message>
    <message>
        <source>%1: expected an array of SHA-256 fingerprints such as [&quot;AB:CD:…&quot;], found %2</source>
        <translation>%1: ein Array von SHA-256-Fingerabdrücken wie [&quot;AB:CD:…&quot;] erwartet, aber %2 gefunden</translation>
    </message>
    <message>
        <source>%1: expected a SHA-256 fingerprint (32 hex pairs separated by colons, AB:CD:…), found %2</source>
        <translation>%1: einen SHA-256-Fingerabdruck (32 durch Doppelpunkte getrennte Hex-Paare, AB:CD:…) erwartet, aber %2 gefunden</translation>
    </message>
    <message>
        <source>%1: expected a SHA-256 fingerprint (32 hex pairs separated by colons, AB:CD:…), found &quot;%2&quot;</source>
        <translation>%1: einen SHA-256-Fingerabdruck (32 durch Doppelpunkte getrennte Hex-Paare, AB:CD:…) erwartet, aber &quot;%2&quot; gefunden</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is listed twice</source>
        <translation>%1: &quot;%2&quot; ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>%1: expected an object, found %2</source>
        <translation>%1: ein Objekt erwartet, aber %2 gefunden</translation>
    </message>
    <message>
        <source>%1: expected letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (at most 64), found &quot;%2&quot;</source>
        <translation>%1: Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos; (höchstens 64) erwartet, aber &quot;%2&quot; gefunden</translation>
    </message>
    <message>
        <source>%1: expected one of %2, found &quot;%3&quot;</source>
        <translation>%1: einen der Werte %2 erwartet, aber &quot;%3&quot; gefunden</translation>
    </message>
    <message>
        <source>%1: expected an https:// address, found &quot;%2&quot;</source>
        <translation>%1: eine https://-Adresse erwartet, aber &quot;%2&quot; gefunden</translation>
    </message>
    <message>
        <source>%1: plain http:// is allowed only to loopback addresses (127.0.0.1, ::1, localhost); use https:// for &quot;%2&quot;</source>
        <translation>%1: unverschlüsseltes http:// ist nur für Loopback-Adressen erlaubt (127.0.0.1, ::1, localhost); verwenden Sie https:// für &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: expected a base address without user, query or fragment, found &quot;%2&quot;</source>
        <translation>%1: eine Basisadresse ohne Benutzer, Query oder Fragment erwartet, aber &quot;%2&quot; gefunden</translation>
    </message>
    <message>
        <source>%1: expected an environment variable name, found &quot;%2&quot;</source>
        <translation>%1: den Namen einer Umgebungsvariable erwartet, aber &quot;%2&quot; gefunden</translation>
    </message>
    <message>
        <source>%1: expected at least one project</source>
        <translation>%1: mindestens ein Projekt erwartet</translation>
    </message>
    <message>
        <source>%1: expected a non-empty project string, found %2</source>
        <translation>%1: einen nicht leeren String als Projekt erwartet, aber %2 gefunden</translation>
    </message>
    <message>
        <source>%1: expected a readable PEM file, &quot;%2&quot; is not one</source>
        <translation>%1: eine lesbare PEM-Datei erwartet, aber &quot;%2&quot; ist keine</translation>
    </message>
    <message>
        <source>expected an object with &quot;servers&quot;, found %1</source>
        <translation>ein Objekt mit &quot;servers&quot; erwartet, aber %1 gefunden</translation>
    </message>
    <message>
        <source>protected_environments: expected an array of patterns such as [&quot;prod*&quot;], found %1</source>
        <translation>protected_environments: ein Array von Mustern wie [&quot;prod*&quot;] erwartet, aber %1 gefunden</translation>
    </message>
    <message>
        <source>protected_environments[%1]: expected a non-empty pattern, found %2</source>
        <translation>protected_environments[%1]: ein nicht leeres Muster erwartet, aber %2 gefunden</translation>
    </message>
    <message>
        <source>servers[%1] (&quot;%2&quot;).proxy: &quot;%3&quot; uses the same address (%4) with another proxy setting; servers at one address share one proxy</source>
        <translation>servers[%1] (&quot;%2&quot;).proxy: &quot;%3&quot; verwendet dieselbe Adresse (%4) mit einer anderen Proxy-Einstellung; Server unter einer Adresse teilen sich einen Proxy</translation>
    </message>
    <message>
        <source>servers[%1].name: &quot;%2&quot; is used by an earlier server; names must be unique</source>
        <translation>servers[%1].name: &quot;%2&quot; wird bereits von einem früheren Server verwendet; Namen müssen eindeutig sein</translation>
    </message>
    <message>
        <source>%1: cannot read the configuration: %2</source>
        <translation>%1: Die Konfiguration kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>ConfigWriter</name>
    <message>
        <source>%1: the file is not a JSON object, so it is not rewritten; fix or move it first</source>
        <translation>%1: Die Datei ist kein JSON-Objekt und wird daher nicht neu geschrieben; korrigieren oder verschieben Sie sie zuerst</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>server &quot;%1&quot;: no token configured: name an environment variable in &quot;token_env&quot;</source>
        <translation>Server „%1“: kein Token konfiguriert: Geben Sie in &quot;token_env&quot; eine Umgebungsvariable an</translation>
    </message>
    <message>
        <source>server &quot;%1&quot;: environment variable %2 (token_env) is not set or empty; set it to your API token for this server and start Greenlight again</source>
        <translation>Server „%1“: Die Umgebungsvariable %2 (token_env) ist nicht gesetzt oder leer; setzen Sie sie auf Ihr API-Token für diesen Server und starten Sie Greenlight neu</translation>
    </message>
    <message>
        <source> (environment variable %1, named by &quot;token_env&quot;, is not set either)</source>
        <translation> (auch die in &quot;token_env&quot; genannte Umgebungsvariable %1 ist nicht gesetzt)</translation>
    </message>
    <message>
        <source>server &quot;%1&quot;: no token: there is no keychain to read it from%2; set the environment variable named by &quot;token_env&quot;</source>
        <translation>Server „%1“: kein Token: Es gibt keinen Schlüsselbund, aus dem es gelesen werden könnte%2; setzen Sie die in &quot;token_env&quot; genannte Umgebungsvariable</translation>
    </message>
    <message>
        <source>server &quot;%1&quot;: no token in %2%3; add it with File → Servers… or `greenlight token set %1`</source>
        <translation>Server „%1“: kein Token vorhanden (%2)%3; fügen Sie es über Datei → Server… oder mit `greenlight token set %1` hinzu</translation>
    </message>
    <message>
        <source>server &quot;%1&quot;: no keychain service is running (Secret Service or KWallet), so its token cannot be read%2; start one, or put the token in an environment variable named by &quot;token_env&quot;. Greenlight never keeps tokens in a plain-text file.</source>
        <translation>Server „%1“: Es läuft kein Schlüsselbund-Dienst (Secret Service oder KWallet), daher kann sein Token nicht gelesen werden%2; starten Sie einen, oder legen Sie das Token in einer Umgebungsvariable ab, die in &quot;token_env&quot; genannt ist. Greenlight legt Tokens nie in einer Klartextdatei ab.</translation>
    </message>
    <message>
        <source>server &quot;%1&quot;: the keychain refused access to its token: %2</source>
        <translation>Server „%1“: Der Schlüsselbund hat den Zugriff auf sein Token verweigert: %2</translation>
    </message>
    <message>
        <source>server &quot;%1&quot;: the keychain could not be read: %2</source>
        <translation>Server „%1“: Der Schlüsselbund konnte nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>DecisionService</name>
    <message>
        <source>it now releases commit %1 (you confirmed %2)</source>
        <translation>sie liefert jetzt Commit %1 aus (bestätigt hatten Sie %2)</translation>
    </message>
    <message>
        <source>it now belongs to pipeline #%1 (you confirmed #%2)</source>
        <translation>sie gehört jetzt zu Pipeline #%1 (bestätigt hatten Sie #%2)</translation>
    </message>
    <message>
        <source>it now belongs to another pipeline (%1, you confirmed %2)</source>
        <translation>sie gehört jetzt zu einer anderen Pipeline (%1, bestätigt hatten Sie %2)</translation>
    </message>
    <message>
        <source>it now deploys to %1 (you confirmed %2)</source>
        <translation>sie stellt jetzt in %1 bereit (bestätigt hatten Sie %2)</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>genehmigt</translation>
    </message>
    <message>
        <source>approved and started</source>
        <translation>genehmigt und gestartet</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>a decision on %1 is already in flight; nothing more was sent</source>
        <translation>eine Entscheidung zu %1 ist bereits unterwegs; es wurde nichts weiter gesendet</translation>
    </message>
    <message>
        <source> The refusal could not be written to the audit log: %1</source>
        <translation> Die Verweigerung konnte nicht ins Audit-Protokoll geschrieben werden: %1</translation>
    </message>
    <message>
        <source>no configured server is named &quot;%1&quot; (from the gate id %2)</source>
        <translation>kein konfigurierter Server heißt „%1“ (aus der Freigabe-ID %2)</translation>
    </message>
    <message>
        <source>a rejection needs a note saying why</source>
        <translation>eine Ablehnung braucht eine Notiz mit der Begründung</translation>
    </message>
    <message>
        <source>this server needs a comment with every decision; add a note</source>
        <translation>dieser Server verlangt zu jeder Entscheidung einen Kommentar; fügen Sie eine Notiz hinzu</translation>
    </message>
    <message>
        <source>the note has %1 characters; at most %2 are kept</source>
        <translation>die Notiz hat %1 Zeichen; höchstens %2 werden gespeichert</translation>
    </message>
    <message>
        <source>the note has %1 characters and the server takes at most %2 in a comment; shorten it (nothing is cut silently)</source>
        <translation>die Notiz hat %1 Zeichen, und der Server nimmt in einem Kommentar höchstens %2 an; kürzen Sie sie (es wird nichts stillschweigend abgeschnitten)</translation>
    </message>
    <message>
        <source>the audit log cannot be written, so nothing was sent: cannot open its lock %1: %2</source>
        <translation>das Audit-Protokoll kann nicht geschrieben werden, daher wurde nichts gesendet: Seine Sperrdatei %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>cannot take the decision lock: %1; nothing was sent</source>
        <translation>die Entscheidungssperre kann nicht belegt werden: %1; es wurde nichts gesendet</translation>
    </message>
    <message numerus="yes">
        <source>another Greenlight has been deciding for %n s; nothing was sent. Try again when it is done.</source>
        <translation>
            <numerusform>eine andere Greenlight-Instanz entscheidet seit %n s; es wurde nichts gesendet. Versuchen Sie es erneut, wenn sie fertig ist.</numerusform>
            <numerusform>eine andere Greenlight-Instanz entscheidet seit %n s; es wurde nichts gesendet. Versuchen Sie es erneut, wenn sie fertig ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot read the gate from server %1 before deciding: %2; nothing was sent</source>
        <translation>die Freigabe kann vor der Entscheidung nicht vom Server %1 gelesen werden: %2; es wurde nichts gesendet</translation>
    </message>
    <message>
        <source>the server was removed; nothing was sent</source>
        <translation>der Server wurde entfernt; es wurde nichts gesendet</translation>
    </message>
    <message>
        <source>%1 changed since you confirmed it: %2; nothing was sent. Look at it again and decide anew.</source>
        <translation>%1 hat sich geändert, seit Sie sie bestätigt haben: %2; es wurde nichts gesendet. Sehen Sie sich die Freigabe erneut an und entscheiden Sie neu.</translation>
    </message>
    <message>
        <source>; nothing was sent</source>
        <translation>; es wurde nichts gesendet</translation>
    </message>
    <message>
        <source>you cannot approve as &quot;%1&quot; here (you may approve as: %2); nothing was sent</source>
        <translation>Sie können hier nicht als „%1“ genehmigen (Sie dürfen genehmigen als: %2); es wurde nichts gesendet</translation>
    </message>
    <message>
        <source>the gate asks for no parameter &quot;%1&quot;; nothing was sent</source>
        <translation>die Freigabe verlangt keinen Parameter &quot;%1&quot;; es wurde nichts gesendet</translation>
    </message>
    <message>
        <source> (approving as %1)</source>
        <translation> (Genehmigung als %1)</translation>
    </message>
    <message>
        <source>the audit log cannot be written, so nothing was sent: %1</source>
        <translation>das Audit-Protokoll kann nicht geschrieben werden, daher wurde nichts gesendet: %1</translation>
    </message>
    <message>
        <source> The outcome could not be written to the audit log: %1</source>
        <translation> Das Ergebnis konnte nicht ins Audit-Protokoll geschrieben werden: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not %1: %2</source>
        <translation>nicht %1: %2</translation>
    </message>
    <message>
        <source>the outcome is unknown: %1</source>
        <translation>das Ergebnis ist unbekannt: %1</translation>
    </message>
    <message>
        <source>the outcome is unknown (%1) and the gate could not be read again (%2); check it before trying again</source>
        <translation>das Ergebnis ist unbekannt (%1), und die Freigabe konnte nicht erneut gelesen werden (%2); prüfen Sie sie, bevor Sie es erneut versuchen</translation>
    </message>
    <message>
        <source>not %1: the request failed (%2) and the gate still waits</source>
        <translation>nicht %1: Die Anfrage ist fehlgeschlagen (%2), und die Freigabe wartet weiterhin</translation>
    </message>
    <message>
        <source>%1 (confirmed by reading it again after a failed answer: the gate no longer waits for it; its state: %2): %3</source>
        <translation>%1 (bestätigt durch erneutes Lesen nach einer fehlgeschlagenen Antwort: Die Freigabe wartet nicht mehr darauf; ihr Zustand: %2): %3</translation>
    </message>
    <message>
        <source> The verification could not be written to the audit log: %1</source>
        <translation> Die Überprüfung konnte nicht ins Audit-Protokoll geschrieben werden: %1</translation>
    </message>
    <message>
        <source>reject</source>
        <translation>abzulehnen</translation>
    </message>
    <message>
        <source>approve</source>
        <translation>zu genehmigen</translation>
    </message>
    <message>
        <source>the decision to %1 %2 (audit record %3)</source>
        <translation>die Entscheidung, %2 %1 (Audit-Eintrag %3)</translation>
    </message>
    <message>
        <source>An earlier run stopped before the answer to %1; the server now says: %2</source>
        <translation>Ein früherer Lauf endete vor der Antwort auf %1; der Server meldet jetzt: %2</translation>
    </message>
    <message>
        <source>The outcome of %1 is still unknown: its server could not be read; check the gate %2 on the server</source>
        <translation>Weiterhin unbekannt ist das Ergebnis für %1: Der Server konnte nicht gelesen werden; prüfen Sie die Freigabe %2 auf dem Server</translation>
    </message>
    <message>
        <source>cannot open the decision lock %1: %2</source>
        <translation>die Entscheidungssperre %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>another Greenlight is deciding; the decisions of earlier runs are looked at later</source>
        <translation>eine andere Greenlight-Instanz entscheidet gerade; die Entscheidungen früherer Läufe werden später geprüft</translation>
    </message>
</context>
<context>
    <name>GitHub</name>
    <message>
        <source>body</source>
        <translation>Antworttext</translation>
    </message>
    <message>
        <source>%1: expected a user object, found %2</source>
        <translation>%1: ein Benutzerobjekt erwartet, aber %2 gefunden</translation>
    </message>
    <message>
        <source>%1: expected a team object, found %2</source>
        <translation>%1: ein Team-Objekt erwartet, aber %2 gefunden</translation>
    </message>
    <message>
        <source>%1: a team needs a slug or a name</source>
        <translation>%1: Ein Team braucht einen Slug oder einen Namen</translation>
    </message>
    <message>
        <source>%1: expected an environment object, found %2</source>
        <translation>%1: ein Umgebungsobjekt erwartet, aber %2 gefunden</translation>
    </message>
    <message>
        <source>%1: expected a reviewer object, found %2</source>
        <translation>%1: ein Reviewer-Objekt erwartet, aber %2 gefunden</translation>
    </message>
    <message>
        <source>%1: required field is missing</source>
        <translation>%1: Pflichtfeld fehlt</translation>
    </message>
    <message>
        <source>%1: expected a pending deployment object, found %2</source>
        <translation>%1: ein Objekt für eine ausstehende Bereitstellung erwartet, aber %2 gefunden</translation>
    </message>
    <message>
        <source>%1: expected a workflow run object, found %2</source>
        <translation>%1: ein Objekt für eine Workflowausführung erwartet, aber %2 gefunden</translation>
    </message>
    <message>
        <source>%1: expected a review object, found %2</source>
        <translation>%1: ein Review-Objekt erwartet, aber %2 gefunden</translation>
    </message>
    <message>
        <source>%1: expected a deployment object, found %2</source>
        <translation>%1: ein Bereitstellungsobjekt erwartet, aber %2 gefunden</translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation>ein Array erwartet, aber %1 gefunden</translation>
    </message>
    <message>
        <source>expected an array of repositories, found %1</source>
        <translation>ein Array von Repositorys erwartet, aber %1 gefunden</translation>
    </message>
    <message>
        <source>%1: expected a repository object, found %2</source>
        <translation>%1: ein Repository-Objekt erwartet, aber %2 gefunden</translation>
    </message>
    <message>
        <source>expected an object with &quot;workflow_runs&quot;, found %1</source>
        <translation>ein Objekt mit &quot;workflow_runs&quot; erwartet, aber %1 gefunden</translation>
    </message>
</context>
<context>
    <name>GitHubProvider</name>
    <message>
        <source>&quot;%1&quot; is not a repository (expected owner/name)</source>
        <translation>&quot;%1&quot; ist kein Repository (erwartet: Besitzer/Name)</translation>
    </message>
    <message>
        <source>%1: the next page points to another server (%2)</source>
        <translation>%1: Die nächste Seite verweist auf einen anderen Server (%2)</translation>
    </message>
    <message>
        <source>%1: page %2 links back to page %3, so the listing would loop; the rest was not read</source>
        <translation>%1: Seite %2 verweist zurück auf Seite %3, die Auflistung würde sich also endlos wiederholen; der Rest wurde nicht gelesen</translation>
    </message>
    <message>
        <source>%1: more than %2 pages of waiting runs; the rest were not read</source>
        <translation>%1: mehr als %2 Seiten wartender Ausführungen; der Rest wurde nicht gelesen</translation>
    </message>
    <message>
        <source> (GitHub&apos;s secondary rate limit: too many requests at once)</source>
        <translation> (sekundäre Ratenbegrenzung von GitHub: zu viele gleichzeitige Anfragen)</translation>
    </message>
    <message>
        <source> (the token&apos;s hourly request budget is used up)</source>
        <translation> (das stündliche Anfragekontingent des Tokens ist aufgebraucht)</translation>
    </message>
    <message>
        <source> (the token may lack the right to this repository&apos;s deployments)</source>
        <translation> (dem Token fehlt möglicherweise die Berechtigung für die Bereitstellungen dieses Repositorys)</translation>
    </message>
    <message>
        <source> (no such repository, or the token cannot see it)</source>
        <translation> (dieses Repository gibt es nicht, oder das Token kann es nicht sehen)</translation>
    </message>
    <message>
        <source>needs review</source>
        <translation>zu prüfen</translation>
    </message>
    <message>
        <source>GitHub does not let this token review the deployment to %1</source>
        <translation>GitHub lässt dieses Token die Bereitstellung in %1 nicht überprüfen</translation>
    </message>
    <message>
        <source>GitHub lets only the required reviewers of %1 decide (%2)</source>
        <translation>GitHub lässt nur die erforderlichen Reviewer von %1 entscheiden (%2)</translation>
    </message>
    <message>
        <source>approved by %1</source>
        <translation>genehmigt von %1</translation>
    </message>
    <message>
        <source>rejected by %1</source>
        <translation>abgelehnt von %1</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <comment>approved by ana for staging</comment>
        <translation>%1 für %2</translation>
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
        <translation>, bis %1</translation>
    </message>
    <message>
        <source>, ended</source>
        <translation>, abgelaufen</translation>
    </message>
    <message>
        <source>Wait timer</source>
        <translation>Wartetimer</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a GitHub gate id of server %2 (expected %2/repos/&lt;owner&gt;/&lt;repo&gt;/runs/&lt;id&gt;/environments/&lt;id&gt;)</source>
        <translation>&quot;%1&quot; ist keine GitHub-Freigabe-ID des Servers %2 (erwartet: %2/repos/&lt;owner&gt;/&lt;repo&gt;/runs/&lt;id&gt;/environments/&lt;id&gt;)</translation>
    </message>
    <message>
        <source>GitHub goes on with the run by itself once approved; there is nothing to start separately</source>
        <translation>GitHub setzt die Ausführung nach der Genehmigung selbst fort; es gibt nichts separat zu starten</translation>
    </message>
    <message>
        <source>run #%1 no longer waits for a review of this environment (the run is %2)</source>
        <translation>Ausführung #%1 wartet nicht mehr auf ein Review dieser Umgebung (Status der Ausführung: %2)</translation>
    </message>
    <message>
        <source>not a GitHub gate: %1</source>
        <translation>keine GitHub-Freigabe: %1</translation>
    </message>
    <message>
        <source>GitHub rejects the deployment to %1: run &quot;%2&quot; #%3 fails there and does not deploy.</source>
        <translation>GitHub lehnt die Bereitstellung in %1 ab: Die Ausführung „%2“ #%3 schlägt dort fehl und stellt nicht bereit.</translation>
    </message>
    <message>
        <source>GitHub approves the deployment to %1, with your note as the review&apos;s comment; run &quot;%2&quot; #%3 goes on.</source>
        <translation>GitHub genehmigt die Bereitstellung in %1, mit Ihrer Notiz als Kommentar des Reviews; die Ausführung „%2“ #%3 wird fortgesetzt.</translation>
    </message>
</context>
<context>
    <name>GitLab</name>
    <message>
        <source>%1: expected an array, found %2</source>
        <translation>%1: ein Array erwartet, aber %2 gefunden</translation>
    </message>
    <message>
        <source>%1: expected a deployment object, found %2</source>
        <translation>%1: ein Bereitstellungsobjekt erwartet, aber %2 gefunden</translation>
    </message>
    <message>
        <source>body</source>
        <translation>Antworttext</translation>
    </message>
    <message>
        <source>%1: expected a job object, found %2</source>
        <translation>%1: ein Job-Objekt erwartet, aber %2 gefunden</translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation>ein Array erwartet, aber %1 gefunden</translation>
    </message>
</context>
<context>
    <name>GitLabProvider</name>
    <message>
        <source>rejected by %1</source>
        <translation>abgelehnt von %1</translation>
    </message>
    <message>
        <source>approved by %1</source>
        <translation>genehmigt von %1</translation>
    </message>
    <message>
        <source>%1: page %2 names page %3 as the next one, so the listing would loop; the rest was not read</source>
        <translation>%1: Seite %2 nennt Seite %3 als nächste, die Auflistung würde sich also endlos wiederholen; der Rest wurde nicht gelesen</translation>
    </message>
    <message>
        <source>%1: more than %2 pages of blocked deployments; the rest were not read</source>
        <translation>%1: mehr als %2 Seiten blockierter Bereitstellungen; der Rest wurde nicht gelesen</translation>
    </message>
    <message>
        <source>deployment #%1 to %2 (pipeline #%3) is newer and waits too</source>
        <translation>Bereitstellung #%1 in %2 (Pipeline #%3) ist neuer und wartet ebenfalls</translation>
    </message>
    <message>
        <source>needs approval</source>
        <translation>zu genehmigen</translation>
    </message>
    <message>
        <source>you triggered this deployment, and GitLab does not let you approve your own deployment in this project</source>
        <translation>Sie haben diese Bereitstellung ausgelöst, und GitLab lässt Sie in diesem Projekt Ihre eigene Bereitstellung nicht genehmigen</translation>
    </message>
    <message>
        <source>you have approved it already; it waits for others</source>
        <translation>Sie haben sie bereits genehmigt; sie wartet auf andere</translation>
    </message>
    <message>
        <source>ready to run</source>
        <translation>bereit zur Ausführung</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a GitLab gate id of server %2 (expected %2/projects/&lt;project&gt;/deployments/&lt;id&gt; or .../jobs/&lt;id&gt;)</source>
        <translation>&quot;%1&quot; ist keine GitLab-Freigabe-ID des Servers %2 (erwartet: %2/projects/&lt;project&gt;/deployments/&lt;id&gt; oder .../jobs/&lt;id&gt;)</translation>
    </message>
    <message>
        <source>a GitLab manual job cannot be rejected; leave it unplayed</source>
        <translation>ein manueller Job in GitLab kann nicht abgelehnt werden; starten Sie ihn einfach nicht</translation>
    </message>
    <message>
        <source>the job &quot;%1&quot; is no longer waiting to be played (status: %2)</source>
        <translation>der Job „%1“ wartet nicht mehr darauf, gestartet zu werden (Status: %2)</translation>
    </message>
    <message>
        <source>This deployment is not waiting for approvals (status: %1).</source>
        <translation>Diese Bereitstellung wartet nicht auf Genehmigungen (Status: %1).</translation>
    </message>
    <message>
        <source>this environment uses GitLab&apos;s unified approval setting, which starts the job itself after the last approval; approve it instead</source>
        <translation>diese Umgebung verwendet die einheitliche Genehmigungseinstellung von GitLab, die den Job nach der letzten Genehmigung selbst startet; genehmigen Sie daher nur, ohne den Job zu starten</translation>
    </message>
    <message>
        <source>not a GitLab gate: %1</source>
        <translation>keine GitLab-Freigabe: %1</translation>
    </message>
    <message>
        <source>approved, but the job did not start: %1</source>
        <translation>genehmigt, aber der Job wurde nicht gestartet: %1</translation>
    </message>
    <message>
        <source>GitLab has no reject for a manual job; it stays unplayed.</source>
        <translation>GitLab kennt für manuelle Jobs kein Ablehnen; der Job bleibt ungestartet.</translation>
    </message>
    <message>
        <source>GitLab starts the manual job &quot;%1&quot; (play).</source>
        <translation>GitLab startet den manuellen Job „%1“ (play).</translation>
    </message>
    <message>
        <source>GitLab records your approval for %1; once every rule is met the deployment is unblocked, and its job &quot;%2&quot; still has to be run.</source>
        <translation>GitLab vermerkt Ihre Genehmigung für %1; sobald alle Regeln erfüllt sind, ist die Bereitstellung nicht mehr blockiert, und ihr Job „%2“ muss noch ausgeführt werden.</translation>
    </message>
    <message>
        <source>GitLab records your approval for %1; after the last required approval the job &quot;%2&quot; starts.</source>
        <translation>GitLab vermerkt Ihre Genehmigung für %1; nach der letzten erforderlichen Genehmigung startet der Job „%2“.</translation>
    </message>
    <message>
        <source>GitLab records your approval for %1, then Greenlight runs the job &quot;%2&quot;.</source>
        <translation>GitLab vermerkt Ihre Genehmigung für %1, danach startet Greenlight den Job „%2“.</translation>
    </message>
    <message>
        <source>GitLab rejects the deployment to %1: the job &quot;%2&quot; fails and does not deploy.</source>
        <translation>GitLab lehnt die Bereitstellung in %1 ab: Der Job „%2“ schlägt fehl und stellt nicht bereit.</translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <source>refused to contact %1: plain http:// is allowed only to loopback addresses</source>
        <translation>Verbindung zu %1 verweigert: unverschlüsseltes http:// ist nur für Loopback-Adressen erlaubt</translation>
    </message>
    <message>
        <source>the certificate is pinned, but a pin does not accept an expired, not yet valid or revoked certificate</source>
        <translation>das Zertifikat ist gepinnt, aber ein Pin akzeptiert kein abgelaufenes, noch nicht gültiges oder widerrufenes Zertifikat</translation>
    </message>
    <message>
        <source>the answer from %1 is larger than %2; stopped reading</source>
        <translation>die Antwort von %1 ist größer als %2; Lesen abgebrochen</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 did not answer for %2</source>
        <translation>%1 hat %2 lang nicht geantwortet</translation>
    </message>
    <message>
        <source>%1 did not finish its answer within %2; stopped reading</source>
        <translation>%1 hat seine Antwort nicht innerhalb von %2 abgeschlossen; Lesen abgebrochen</translation>
    </message>
    <message>
        <source>TLS error with %1: %2</source>
        <translation>TLS-Fehler bei %1: %2</translation>
    </message>
    <message>
        <source>The server&apos;s certificate:</source>
        <translation>Das Zertifikat des Servers:</translation>
    </message>
    <message>
        <source>cannot reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>%1 redirected a %2 request to %3; not followed, so nothing was re-sent</source>
        <translation>%1 hat eine %2-Anfrage auf %3 umgeleitet; der Umleitung wurde nicht gefolgt, es wurde also nichts erneut gesendet</translation>
    </message>
    <message>
        <source>%1 redirected more than %2 times</source>
        <translation>%1 hat mehr als %2-mal umgeleitet</translation>
    </message>
    <message>
        <source>%1 redirected to %2, which is not an allowed address (https only, http only to loopback)</source>
        <translation>%1 hat auf %2 umgeleitet, das ist keine erlaubte Adresse (nur https, http nur zu Loopback-Adressen)</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Subject: %1
Issuer: %2
SHA-256 fingerprint: %3
Valid from: %4
Valid until: %5</source>
        <translation>Inhaber: %1
Aussteller: %2
SHA-256-Fingerabdruck: %3
Gültig ab: %4
Gültig bis: %5</translation>
    </message>
</context>
<context>
    <name>HttpProvider</name>
    <message>
        <source>project %1: %2</source>
        <translation>Projekt %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>the poll did not finish within %n s (poll_deadline_s) and was stopped; the server answers too slowly</source>
        <translation>
            <numerusform>die Abfrage wurde nicht innerhalb von %n s abgeschlossen (poll_deadline_s) und abgebrochen; der Server antwortet zu langsam</numerusform>
            <numerusform>die Abfrage wurde nicht innerhalb von %n s abgeschlossen (poll_deadline_s) und abgebrochen; der Server antwortet zu langsam</numerusform>
        </translation>
    </message>
    <message>
        <source>a poll of %1 is already running</source>
        <translation>eine Abfrage von %1 läuft bereits</translation>
    </message>
    <message>
        <source>the network client is gone</source>
        <translation>der Netzwerk-Client ist nicht mehr vorhanden</translation>
    </message>
    <message>
        <source> (check the server&apos;s token)</source>
        <translation> (prüfen Sie das Token des Servers)</translation>
    </message>
    <message>
        <source> (check the token in %1)</source>
        <translation> (prüfen Sie das Token in %1)</translation>
    </message>
    <message numerus="yes">
        <source> (rate limited; the server asks to wait %n s)</source>
        <translation>
            <numerusform> (Ratenbegrenzung; der Server bittet, %n s zu warten)</numerusform>
            <numerusform> (Ratenbegrenzung; der Server bittet, %n s zu warten)</numerusform>
        </translation>
    </message>
    <message>
        <source> (rate limited)</source>
        <translation> (Ratenbegrenzung)</translation>
    </message>
</context>
<context>
    <name>Jenkins</name>
    <message>
        <source>%1: expected a parameter object, found %2</source>
        <translation>%1: ein Parameterobjekt erwartet, aber %2 gefunden</translation>
    </message>
    <message>
        <source>%1: expected a run object, found %2</source>
        <translation>%1: ein Lauf-Objekt erwartet, aber %2 gefunden</translation>
    </message>
    <message>
        <source>%1: expected a pending input object, found %2</source>
        <translation>%1: ein Objekt für eine ausstehende Eingabe erwartet, aber %2 gefunden</translation>
    </message>
    <message>
        <source>%1: expected an input execution object, found %2</source>
        <translation>%1: ein Objekt für die Ausführung einer Eingabe erwartet, aber %2 gefunden</translation>
    </message>
    <message>
        <source>%1: expected a branch object, found %2</source>
        <translation>%1: ein Branch-Objekt erwartet, aber %2 gefunden</translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation>ein Array erwartet, aber %1 gefunden</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>ein Objekt erwartet, aber %1 gefunden</translation>
    </message>
    <message>
        <source>the job path is empty</source>
        <translation>der Job-Pfad ist leer</translation>
    </message>
    <message>
        <source>job path &quot;%1&quot;: part %2 is empty (a leading, trailing or double /)</source>
        <translation>Job-Pfad &quot;%1&quot;: Teil %2 ist leer (ein / am Anfang, am Ende oder doppelt)</translation>
    </message>
    <message>
        <source>job path &quot;%1&quot;: &quot;%2&quot; is not a job or folder name</source>
        <translation>Job-Pfad &quot;%1&quot;: &quot;%2&quot; ist kein Job- oder Ordnername</translation>
    </message>
    <message>
        <source>%1: expected a build object, found %2</source>
        <translation>%1: ein Build-Objekt erwartet, aber %2 gefunden</translation>
    </message>
    <message>
        <source>%1: expected a job object, found %2</source>
        <translation>%1: ein Job-Objekt erwartet, aber %2 gefunden</translation>
    </message>
    <message>
        <source>the crumb issuer answered an empty crumb or header name</source>
        <translation>der Crumb-Issuer hat einen leeren Crumb oder Header-Namen geliefert</translation>
    </message>
    <message>
        <source>Jenkins took the request as anonymous: the user name or API token was not accepted</source>
        <translation>Jenkins hat die Anfrage als anonym behandelt: Benutzername oder API-Token wurden nicht akzeptiert</translation>
    </message>
    <message>
        <source>id: required field is missing (nor is there a name)</source>
        <translation>id: Pflichtfeld fehlt (und es gibt auch keinen Namen)</translation>
    </message>
</context>
<context>
    <name>JenkinsProvider</name>
    <message>
        <source>the server&apos;s token</source>
        <translation>das Token des Servers</translation>
    </message>
    <message>
        <source>the token in %1</source>
        <translation>das Token in %1</translation>
    </message>
    <message>
        <source> (Jenkins did not accept the user &quot;%1&quot; with this API token: check the user name and %2)</source>
        <translation> (Jenkins hat den Benutzer „%1“ mit diesem API-Token nicht akzeptiert: Prüfen Sie den Benutzernamen und %2)</translation>
    </message>
    <message>
        <source> (Jenkins took the request as anonymous, not as the user &quot;%1&quot;: check the user name and %2)</source>
        <translation> (Jenkins hat die Anfrage als anonym behandelt, nicht als Benutzer „%1“: Prüfen Sie den Benutzernamen und %2)</translation>
    </message>
    <message>
        <source> (the user &quot;%1&quot; lacks the permission %2)</source>
        <translation> (dem Benutzer „%1“ fehlt das Recht %2)</translation>
    </message>
    <message>
        <source>waiting for input</source>
        <translation>wartet auf Eingabe</translation>
    </message>
    <message>
        <source>Jenkins lets only %1 answer this input (you are %2)</source>
        <translation>Jenkins lässt nur %1 diese Eingabe beantworten (Sie sind %2)</translation>
    </message>
    <message>
        <source>Who may decide</source>
        <translation>Wer entscheiden darf</translation>
    </message>
    <message>
        <source>anyone with Job/Build on this job</source>
        <translation>jeder mit Job/Build für diesen Job</translation>
    </message>
    <message>
        <source>Proceed button</source>
        <translation>Proceed-Schaltfläche</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Jenkins gate id of server %2 (expected %2/job/&lt;folder&gt;/job/&lt;job&gt;/&lt;build&gt;/input/&lt;id&gt;)</source>
        <translation>&quot;%1&quot; ist keine Jenkins-Freigabe-ID des Servers %2 (erwartet: %2/job/&lt;folder&gt;/job/&lt;job&gt;/&lt;build&gt;/input/&lt;id&gt;)</translation>
    </message>
    <message>
        <source>Jenkins goes on by itself once the input is answered; there is nothing to start separately</source>
        <translation>Jenkins macht von selbst weiter, sobald die Eingabe beantwortet ist; es gibt nichts separat zu starten</translation>
    </message>
    <message>
        <source>build #%1 of %2 no longer waits for this input (it was answered or the build went on)</source>
        <translation>Build #%1 von %2 wartet nicht mehr auf diese Eingabe (sie wurde beantwortet, oder der Build ist weitergelaufen)</translation>
    </message>
    <message>
        <source>not a Jenkins gate: %1</source>
        <translation>keine Jenkins-Freigabe: %1</translation>
    </message>
    <message>
        <source>cannot get Jenkins&apos;s CSRF crumb: %1</source>
        <translation>der CSRF-Crumb von Jenkins kann nicht abgerufen werden: %1</translation>
    </message>
    <message>
        <source>Jenkins aborts build #%1 of %2 at the input &quot;%3&quot;: the build ends as aborted.</source>
        <translation>Jenkins bricht Build #%1 von %2 an der Eingabe „%3“ ab (Abort): Der Build endet als abgebrochen.</translation>
    </message>
    <message>
        <source>Jenkins proceeds past the input &quot;%1&quot; and build #%2 of %3 goes on.</source>
        <translation>Jenkins fährt an der Eingabe „%1“ fort (Proceed), und Build #%2 von %3 läuft weiter.</translation>
    </message>
    <message>
        <source>Jenkins proceeds past the input &quot;%1&quot; with a value for each parameter it asks for, and build #%2 of %3 goes on.</source>
        <translation>Jenkins fährt an der Eingabe „%1“ mit einem Wert für jeden abgefragten Parameter fort (Proceed), und Build #%2 von %3 läuft weiter.</translation>
    </message>
</context>
<context>
    <name>JenkinsText</name>
    <message>
        <source>body</source>
        <translation>Antworttext</translation>
    </message>
</context>
<context>
    <name>JsonText</name>
    <message>
        <source>expected JSON, received an empty body</source>
        <translation>JSON erwartet, aber einen leeren Antworttext erhalten</translation>
    </message>
    <message>
        <source>expected JSON, received an HTML page</source>
        <translation>JSON erwartet, aber eine HTML-Seite erhalten</translation>
    </message>
    <message>
        <source>expected JSON, received an HTML page titled &quot;%1&quot;</source>
        <translation>JSON erwartet, aber eine HTML-Seite mit dem Titel „%1“ erhalten</translation>
    </message>
    <message>
        <source>invalid JSON: nested deeper than %1 levels</source>
        <translation>ungültiges JSON: tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message numerus="yes">
        <source>invalid JSON: the body ends early after %n byte(s) (truncated?)</source>
        <translation>
            <numerusform>ungültiges JSON: Der Antworttext endet vorzeitig nach %n Byte (abgeschnitten?)</numerusform>
            <numerusform>ungültiges JSON: Der Antworttext endet vorzeitig nach %n Bytes (abgeschnitten?)</numerusform>
        </translation>
    </message>
    <message>
        <source>invalid JSON at byte %1 of %2</source>
        <translation>ungültiges JSON bei Byte %1 von %2</translation>
    </message>
    <message>
        <source>%1: expected an object, found %2</source>
        <translation>%1: ein Objekt erwartet, aber %2 gefunden</translation>
    </message>
    <message>
        <source>body</source>
        <translation>Antworttext</translation>
    </message>
    <message>
        <source>%1: required field is missing</source>
        <translation>%1: Pflichtfeld fehlt</translation>
    </message>
    <message>
        <source>%1: expected a string, found %2</source>
        <translation>%1: einen String erwartet, aber %2 gefunden</translation>
    </message>
    <message>
        <source>%1: %2 is too large for a whole number here</source>
        <translation>%1: %2 ist hier zu groß für eine ganze Zahl</translation>
    </message>
    <message>
        <source>%1: expected an integer, found %2</source>
        <translation>%1: eine ganze Zahl erwartet, aber %2 gefunden</translation>
    </message>
    <message>
        <source>%1: expected true or false, found %2</source>
        <translation>%1: true oder false erwartet, aber %2 gefunden</translation>
    </message>
    <message>
        <source>%1: expected an ISO 8601 time, found &quot;%2&quot;</source>
        <translation>%1: eine Zeitangabe nach ISO 8601 erwartet, aber &quot;%2&quot; gefunden</translation>
    </message>
    <message>
        <source>%1: expected an array, found %2</source>
        <translation>%1: ein Array erwartet, aber %2 gefunden</translation>
    </message>
</context>
<context>
    <name>Keychain</name>
    <message>
        <source>the system keychain</source>
        <translation>Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
</context>
<context>
    <name>Main</name>
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
        <translation>Aufruf:
  greenlight                               Dashboard öffnen
  greenlight --demo                        Dashboard mit simulierten Servern öffnen
  greenlight list [--json]                 jeden Server einmal abfragen, wartende Freigaben ausgeben
  greenlight approve ID --note TEXT [--yes]
  greenlight reject ID --note TEXT [--yes]
  greenlight audit verify | audit export --format csv|json
  greenlight token set SERVER | token delete SERVER
                                           API-Token eines Servers im Schlüsselbund des Systems ablegen
  greenlight sim [--port N] [--scenario F | --scale N] [--latency-ms MS] [--soak RATE]
                 [--soak-seed N] [--live]
  greenlight --version
Optionen für jeden Befehl: --config FILE (servers.json), --audit-log FILE
Exit-Codes: 0 erledigt; 1 vom Server oder einer Regel verweigert, oder das Netzwerk ist ausgefallen; 2 falscher Aufruf oder fehlerhafte Konfiguration.
</translation>
    </message>
    <message>
        <source>Open the dashboard on the built-in simulated servers.</source>
        <translation>Das Dashboard mit den eingebauten simulierten Servern öffnen.</translation>
    </message>
    <message>
        <source>Read servers from &lt;file&gt;.</source>
        <translation>Server aus &lt;file&gt; lesen.</translation>
    </message>
    <message>
        <source>Write the audit log to &lt;file&gt;.</source>
        <translation>Audit-Protokoll nach &lt;file&gt; schreiben.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unbekannter Befehl &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Greenlight</source>
        <translation>Greenlight</translation>
    </message>
</context>
<context>
    <name>Paths</name>
    <message>
        <source>Both %1 and %2 exist: Greenlight uses %2 and ignores %1. Remove %1 once you have checked that nothing in it is needed.</source>
        <translation>%1 und %2 existieren beide: Greenlight verwendet %2 und ignoriert %1. Entfernen Sie %1, sobald Sie geprüft haben, dass darin nichts mehr benötigt wird.</translation>
    </message>
    <message>
        <source>the folder %1 cannot be created</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Cannot move %1 to %2 (%3): Greenlight uses %2 and ignores %1 until it is moved there.</source>
        <translation>%1 kann nicht nach %2 verschoben werden (%3): Greenlight verwendet %2 und ignoriert %1, bis es dorthin verschoben ist.</translation>
    </message>
    <message>
        <source>Moved %1 to %2, where Greenlight now keeps it.</source>
        <translation>%1 wurde nach %2 verschoben, wo Greenlight es jetzt aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>PollCache</name>
    <message>
        <source>%1: expected a string, found %2</source>
        <translation>%1: einen String erwartet, aber %2 gefunden</translation>
    </message>
    <message>
        <source>%1: unknown gate kind &quot;%2&quot;</source>
        <translation>%1: unbekannte Freigabeart &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: expected an object, found %2</source>
        <translation>%1: ein Objekt erwartet, aber %2 gefunden</translation>
    </message>
    <message>
        <source>%1: expected a label and a value</source>
        <translation>%1: eine Bezeichnung und einen Wert erwartet</translation>
    </message>
    <message>
        <source>%1: larger than %2 MB, ignored</source>
        <translation>%1: größer als %2 MB, ignoriert</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: not a version %2 cache file, ignored</source>
        <translation>%1: keine Cache-Datei der Version %2, ignoriert</translation>
    </message>
    <message>
        <source>%1: written for another configuration of %2, ignored</source>
        <translation>%1: für eine andere Konfiguration von %2 geschrieben, ignoriert</translation>
    </message>
    <message>
        <source>%1: %2 names server &quot;%3&quot;, not &quot;%4&quot;</source>
        <translation>%1: %2 nennt den Server „%3“, nicht „%4“</translation>
    </message>
    <message>
        <source>%1: the folder cannot be created</source>
        <translation>%1: Der Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Provider</name>
    <message>
        <source>server &quot;%1&quot;: ca_file %2 holds no PEM certificate</source>
        <translation>Server „%1“: ca_file %2 enthält kein PEM-Zertifikat</translation>
    </message>
    <message>
        <source>server &quot;%1&quot;: provider &quot;%2&quot; is not supported</source>
        <translation>Server „%1“: Anbieter &quot;%2&quot; wird nicht unterstützt</translation>
    </message>
</context>
<context>
    <name>ServerConfig</name>
    <message>
        <source>%1.projects: expected owner/repository, found &quot;%2&quot;</source>
        <translation>%1.projects: Besitzer/Repository erwartet, aber &quot;%2&quot; gefunden</translation>
    </message>
    <message>
        <source>%1.user: expected the Jenkins user whose API token this is</source>
        <translation>%1.user: erwartet wird der Jenkins-Benutzer, dem dieses API-Token gehört</translation>
    </message>
    <message>
        <source>%1.projects: &quot;%2&quot;: %3</source>
        <translation>%1.projects: &quot;%2&quot;: %3</translation>
    </message>
</context>
<context>
    <name>ServerProbe</name>
    <message>
        <source>A personal API token acts with your own rights: it lists the projects you can see, and approves where you have push access to the repository.</source>
        <translation>Ein persönliches API-Token handelt mit Ihren eigenen Rechten: Es listet die Projekte auf, die Sie sehen können, und genehmigt dort, wo Sie Push-Zugriff auf das Repository haben.</translation>
    </message>
    <message>
        <source>gh/org/repo, bb/org/repo or circleci/&lt;org id&gt;/&lt;project id&gt;</source>
        <translation>gh/org/repo, bb/org/repo oder circleci/&lt;Org-ID&gt;/&lt;Projekt-ID&gt;</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>CircleCI does not tell in advance: an approval goes through where you have push access to the project&apos;s repository.</source>
        <translation>CircleCI gibt das nicht im Voraus an: Eine Genehmigung gelingt dort, wo Sie Push-Zugriff auf das Repository des Projekts haben.</translation>
    </message>
    <message>
        <source>the list of followed projects is not the expected JSON array</source>
        <translation>die Liste der Projekte, denen Sie folgen, ist nicht das erwartete JSON-Array</translation>
    </message>
    <message>
        <source>A fine-grained token with read access to Actions and Deployments lists what waits; to approve or reject you must be one of the environment&apos;s required reviewers (a classic token needs the repo scope).</source>
        <translation>Ein Fine-grained Token mit Lesezugriff auf „Actions“ und „Deployments“ listet auf, was wartet; zum Genehmigen oder Ablehnen müssen Sie einer der erforderlichen Reviewer der Umgebung sein (ein klassisches Token braucht den Bereich repo).</translation>
    </message>
    <message>
        <source>owner/repo</source>
        <translation>Besitzer/Repository</translation>
    </message>
    <message>
        <source>The token has the repo scope: it may approve and reject where you are a required reviewer.</source>
        <translation>Das Token hat den Bereich repo: Es darf genehmigen und ablehnen, wo Sie ein erforderlicher Reviewer sind.</translation>
    </message>
    <message>
        <source>The token&apos;s scopes (%1) do not include repo, which reviewing deployments needs.</source>
        <translation>Die Bereiche des Tokens (%1) enthalten nicht repo, das zum Überprüfen von Bereitstellungen nötig ist.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>GitHub does not say in advance what a fine-grained token may do; approving needs read access to Actions and Deployments, and you must be a required reviewer.</source>
        <translation>GitHub gibt nicht im Voraus an, was ein Fine-grained Token darf; zum Genehmigen braucht es Lesezugriff auf „Actions“ und „Deployments“, und Sie müssen ein erforderlicher Reviewer sein.</translation>
    </message>
    <message>
        <source>A personal access token with the read_api scope lists what waits. To approve or reject, it needs the api scope, and you need the role the environment&apos;s protection asks for (Developer by default).</source>
        <translation>Ein persönliches Zugriffstoken mit dem Gültigkeitsbereich read_api listet auf, was wartet. Zum Genehmigen oder Ablehnen braucht es den Gültigkeitsbereich api, und Sie brauchen die Rolle, die der Schutz der Umgebung verlangt (standardmäßig Entwickler).</translation>
    </message>
    <message>
        <source>group/project or a project id</source>
        <translation>Gruppe/Projekt oder eine Projekt-ID</translation>
    </message>
    <message>
        <source>the list of projects is not the expected JSON array</source>
        <translation>die Projektliste ist nicht das erwartete JSON-Array</translation>
    </message>
    <message>
        <source>The token has the api scope: it may approve and reject where your role allows.</source>
        <translation>Das Token hat den Gültigkeitsbereich api: Es darf genehmigen und ablehnen, wo Ihre Rolle es erlaubt.</translation>
    </message>
    <message>
        <source>The token&apos;s scopes (%1) let it read but not approve: approving needs the api scope.</source>
        <translation>Die Gültigkeitsbereiche des Tokens (%1) erlauben Lesen, aber nicht Genehmigen: Zum Genehmigen ist der Gültigkeitsbereich api nötig.</translation>
    </message>
    <message>
        <source>GitLab did not say which scopes this token has; approving needs the api scope.</source>
        <translation>GitLab hat nicht mitgeteilt, welche Gültigkeitsbereiche dieses Token hat; zum Genehmigen ist der Gültigkeitsbereich api nötig.</translation>
    </message>
    <message>
        <source>An API token of your own Jenkins user (your user&apos;s Security page): Overall/Read and Job/Read list what waits; answering an input needs Job/Build, or being one of its submitters.</source>
        <translation>Ein API-Token Ihres eigenen Jenkins-Benutzers (von der Sicherheitsseite Ihres Benutzers): Mit Overall/Read und Job/Read wird aufgelistet, was wartet; zum Beantworten einer Eingabe braucht es Job/Build, oder Sie müssen zu ihren Submittern gehören.</translation>
    </message>
    <message>
        <source>folder/job (the job&apos;s full name)</source>
        <translation>Ordner/Job (der vollständige Name des Jobs)</translation>
    </message>
    <message>
        <source>Jenkins needs the user name whose API token this is.</source>
        <translation>Jenkins braucht den Benutzernamen, zu dem dieses API-Token gehört.</translation>
    </message>
    <message>
        <source>Jenkins did not accept the user &quot;%1&quot; with this API token (HTTP %2). Check the user name, and that the token is an API token of that user (from the user&apos;s Security page), not the password.</source>
        <translation>Jenkins hat den Benutzer „%1“ mit diesem API-Token nicht akzeptiert (HTTP %2). Prüfen Sie den Benutzernamen und ob das Token ein API-Token dieses Benutzers ist (von seiner Sicherheitsseite) und nicht das Passwort.</translation>
    </message>
    <message>
        <source> The user &quot;%1&quot; lacks the permission %2.</source>
        <translation> Dem Benutzer „%1“ fehlt das Recht %2.</translation>
    </message>
    <message>
        <source>Jenkins does not say in advance who may answer an input: each one names its submitters, or leaves it to anyone with Job/Build.</source>
        <translation>Jenkins gibt nicht im Voraus an, wer eine Eingabe beantworten darf: Jede nennt ihre Submitter oder überlässt es jedem mit Job/Build.</translation>
    </message>
    <message>
        <source>%1 does not accept this token (HTTP 401%2). Check that it is complete, has not expired, and is a personal token.</source>
        <translation>%1 akzeptiert dieses Token nicht (HTTP 401%2). Prüfen Sie, ob es vollständig und nicht abgelaufen ist und ob es ein persönliches Token ist.</translation>
    </message>
    <message>
        <source>Nothing answers at %1:%2: %3</source>
        <translation>Unter %1:%2 antwortet nichts: %3</translation>
    </message>
    <message>
        <source>Greenlight does not speak &quot;%1&quot;</source>
        <translation>Greenlight unterstützt &quot;%1&quot; nicht</translation>
    </message>
</context>
<context>
    <name>circleci</name>
    <message>
        <source>expected an object with &quot;items&quot;, found %1</source>
        <translation>ein Objekt mit &quot;items&quot; erwartet, aber %1 gefunden</translation>
    </message>
    <message>
        <source>%1: expected an array, found %2</source>
        <translation>%1: ein Array erwartet, aber %2 gefunden</translation>
    </message>
    <message>
        <source>%1: expected a job id string, found %2</source>
        <translation>%1: eine Job-ID als String erwartet, aber %2 gefunden</translation>
    </message>
</context>
<context>
    <name>gl::Session</name>
    <message>
        <source>a decision on a gate of %1 is on its way; the servers were not changed, try again when it has ended</source>
        <translation>eine Entscheidung zu einer Freigabe von %1 ist unterwegs; die Server wurden nicht geändert, versuchen Sie es erneut, wenn sie abgeschlossen ist</translation>
    </message>
</context>
<context>
    <name>gl::ui::AuditTableModel</name>
    <message>
        <source>Approve</source>
        <translation>Genehmigen</translation>
    </message>
    <message>
        <source>Approve and run</source>
        <translation>Genehmigen und starten</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Verweigert</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>%1 (as %2)</source>
        <translation>%1 (als %2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not recorded by this version</source>
        <translation>Von dieser Version nicht erfasst</translation>
    </message>
    <message>
        <source>No answer was recorded: the run that sent it stopped first, and the gate has not been read again since</source>
        <translation>Es wurde keine Antwort erfasst: Der Lauf, der die Entscheidung gesendet hat, endete vorher, und die Freigabe wurde seitdem nicht erneut gelesen</translation>
    </message>
    <message>
        <source>Unknown (no answer)</source>
        <translation>Unbekannt (keine Antwort)</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Entschieden von</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Server&apos;s message</source>
        <translation>Meldung des Servers</translation>
    </message>
</context>
<context>
    <name>gl::ui::AuditWindow</name>
    <message>
        <source>About to send</source>
        <translation>Vor dem Senden</translation>
    </message>
    <message>
        <source>Server&apos;s answer</source>
        <translation>Antwort des Servers</translation>
    </message>
    <message>
        <source>Read again</source>
        <translation>Erneut gelesen</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>&amp;JSON exportieren…</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <source>Audit Log</source>
        <translation>Audit-Protokoll</translation>
    </message>
    <message>
        <source>Only decisions made on or after this day</source>
        <translation>Nur Entscheidungen ab diesem Tag</translation>
    </message>
    <message>
        <source>Only decisions made on or before this day</source>
        <translation>Nur Entscheidungen bis einschließlich dieses Tages</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Jedes Ergebnis</translation>
    </message>
    <message>
        <source>Search gates, notes, branches, messages</source>
        <translation>Freigaben, Notizen, Branches, Meldungen durchsuchen</translation>
    </message>
    <message>
        <source>Save the decisions shown, with every record of each, as CSV</source>
        <translation>Die angezeigten Entscheidungen mit allen zugehörigen Einträgen als CSV speichern</translation>
    </message>
    <message>
        <source>Save the decisions shown, with every record of each, as JSON</source>
        <translation>Die angezeigten Entscheidungen mit allen zugehörigen Einträgen als JSON speichern</translation>
    </message>
    <message>
        <source>Read the audit log again and check its chain</source>
        <translation>Das Audit-Protokoll neu einlesen und seine Hash-Kette prüfen</translation>
    </message>
    <message>
        <source>No decision has been recorded yet. The audit log is %1.</source>
        <translation>Es wurde noch keine Entscheidung erfasst. Audit-Protokoll: %1.</translation>
    </message>
    <message numerus="yes">
        <source>The chain is intact: %n record(s), each linked to the one before, and the log matches the anchor kept beside it.</source>
        <translation>
            <numerusform>Die Kette ist intakt: %n Eintrag, der auf keinen vorigen verweist, und das Protokoll stimmt mit dem daneben abgelegten Anker überein.</numerusform>
            <numerusform>Die Kette ist intakt: %n Einträge, jeder mit dem vorigen verknüpft, und das Protokoll stimmt mit dem daneben abgelegten Anker überein.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s).</source>
        <translation>
            <numerusform>%n Entscheidung.</numerusform>
            <numerusform>%n Entscheidungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log is %1.</source>
        <translation>Audit-Protokoll: %1.</translation>
    </message>
    <message>
        <source>The first bad record is record %1, on line %2.</source>
        <translation>Der erste fehlerhafte Eintrag ist Eintrag %1 in Zeile %2.</translation>
    </message>
    <message>
        <source>The first bad record is on line %1.</source>
        <translation>Der erste fehlerhafte Eintrag steht in Zeile %1.</translation>
    </message>
    <message>
        <source>The audit log does not verify: %1.</source>
        <translation>Das Audit-Protokoll besteht die Prüfung nicht: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Only the %n record(s) before it are shown; nothing from it on can be trusted.</source>
        <translation>
            <numerusform>Angezeigt wird nur %n Eintrag davor; ab dem fehlerhaften Eintrag ist nichts vertrauenswürdig.</numerusform>
            <numerusform>Angezeigt werden nur die %n Einträge davor; ab dem fehlerhaften Eintrag ist nichts vertrauenswürdig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n record(s) it holds are shown, but they may not be all there were.</source>
        <translation>
            <numerusform>Angezeigt wird %n enthaltener Eintrag, doch möglicherweise gab es mehr.</numerusform>
            <numerusform>Angezeigt werden die %n enthaltenen Einträge, doch möglicherweise gab es mehr.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle Personen</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>Alle Projekte</translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s)</source>
        <translation>
            <numerusform>%n Entscheidung</numerusform>
            <numerusform>%n Entscheidungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>&lt;p&gt;No recorded decision matches the filter.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Keine erfasste Entscheidung passt zum Filter.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Gate &lt;tt&gt;%1&lt;/tt&gt; on %2</source>
        <translation>Freigabe &lt;tt&gt;%1&lt;/tt&gt; auf %2</translation>
    </message>
    <message>
        <source>Commit &lt;tt&gt;%1&lt;/tt&gt; %2</source>
        <translation>Commit &lt;tt&gt;%1&lt;/tt&gt; %2</translation>
    </message>
    <message>
        <source>Branch %1</source>
        <translation>Branch %1</translation>
    </message>
    <message>
        <source>Environment or workflow %1</source>
        <translation>Umgebung oder Workflow %1</translation>
    </message>
    <message>
        <source>%1, note: %2</source>
        <translation>%1, Notiz: %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>step %1: %2</source>
        <translation>Schritt %1: %2</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>No answer was recorded: the run that sent this stopped before it. Greenlight reads such gates again when it starts and records what the server then says.</source>
        <translation>Es wurde keine Antwort erfasst: Der Lauf, der dies gesendet hat, endete vorher. Greenlight liest solche Freigaben beim Start erneut und erfasst, was der Server dann meldet.</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Export the Audit Log as CSV</source>
        <translation>Audit-Protokoll als CSV exportieren</translation>
    </message>
    <message>
        <source>Export the Audit Log as JSON</source>
        <translation>Audit-Protokoll als JSON exportieren</translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) saved to %1</source>
        <translation>
            <numerusform>%n Entscheidung in %1 gespeichert</numerusform>
            <numerusform>%n Entscheidungen in %1 gespeichert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gl::ui::Dashboard</name>
    <message>
        <source>Demo on simulated servers</source>
        <translation>Demo mit simulierten Servern</translation>
    </message>
    <message>
        <source>The demo cannot create its scratch folder: %1</source>
        <translation>Die Demo kann ihren temporären Ordner nicht anlegen: %1</translation>
    </message>
    <message>
        <source>The demo simulator cannot listen on 127.0.0.1.</source>
        <translation>Der Demo-Simulator kann nicht auf 127.0.0.1 lauschen.</translation>
    </message>
    <message>
        <source>The demo cannot write %1: %2</source>
        <translation>Die Demo kann %1 nicht schreiben: %2</translation>
    </message>
</context>
<context>
    <name>gl::ui::DecisionDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>Approve %n gate(s)</source>
        <comment>approve a held job or deployment</comment>
        <translation>
            <numerusform>%n Freigabe genehmigen</numerusform>
            <numerusform>%n Freigaben genehmigen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n gate(s)</source>
        <comment>reject a held job or deployment</comment>
        <translation>
            <numerusform>%n Freigabe ablehnen</numerusform>
            <numerusform>%n Freigaben ablehnen</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;You are about to approve:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sie sind dabei, Folgendes zu genehmigen:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;You are about to reject:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sie sind dabei, Folgendes abzulehnen:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>commit %1</source>
        <translation>Commit %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 is superseded:&lt;/b&gt; %2. Approving it deploys older code.</source>
        <translation>&lt;b&gt;%1 ist überholt:&lt;/b&gt; %2. Wenn Sie sie genehmigen, wird älterer Code bereitgestellt.</translation>
    </message>
    <message>
        <source>Audit &amp;note (required):</source>
        <translation>A&amp;udit-Notiz (erforderlich):</translation>
    </message>
    <message>
        <source>Audit &amp;note:</source>
        <translation>A&amp;udit-Notiz:</translation>
    </message>
    <message>
        <source>Why is this safe to release?</source>
        <translation>Warum kann das unbedenklich ausgeliefert werden?</translation>
    </message>
    <message>
        <source>Why is this rejected?</source>
        <translation>Warum wird das abgelehnt?</translation>
    </message>
    <message>
        <source>%1 keeps no comment with a decision: the note is kept in Greenlight&apos;s audit log only.</source>
        <translation>%1 speichert zu einer Entscheidung keinen Kommentar: Die Notiz steht nur im Audit-Protokoll von Greenlight.</translation>
    </message>
    <message>
        <source>%1 keep no comment with a decision: the note is kept in Greenlight&apos;s audit log only.</source>
        <comment>several vendors</comment>
        <translation>%1 speichern zu einer Entscheidung keinen Kommentar: Die Notiz steht nur im Audit-Protokoll von Greenlight.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Protected environment.&lt;/b&gt; Type &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation>&lt;b&gt;Geschützte Umgebung.&lt;/b&gt; Geben Sie zur Bestätigung &lt;b&gt;%1&lt;/b&gt; ein:</translation>
    </message>
    <message>
        <source>Type the protected name to confirm</source>
        <translation>Geben Sie zur Bestätigung den geschützten Namen ein</translation>
    </message>
    <message>
        <source>Also r&amp;un the job once approved (%1 leaves it manual after approval)</source>
        <translation>Job nach der Genehmigung auch sta&amp;rten (bei %1 bleibt er nach der Genehmigung manuell)</translation>
    </message>
    <message>
        <source>Approve a&amp;s:</source>
        <translation>Genehmigen al&amp;s:</translation>
    </message>
    <message>
        <source>%1&apos;s choice</source>
        <translation>Auswahl durch %1</translation>
    </message>
    <message>
        <source>When you belong to several approval rules, choose which one your approval counts for</source>
        <translation>Wenn Sie zu mehreren Genehmigungsregeln gehören, wählen Sie, für welche Ihre Genehmigung zählt</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 asks for these values with the approval:&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 fragt mit der Genehmigung diese Werte ab:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>a parameter&apos;s label</comment>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Inputs that ask for values are approved with their default values; approve one at a time to change them.</source>
        <translation>Eingaben, die Werte abfragen, werden mit ihren Standardwerten genehmigt; genehmigen Sie sie einzeln, um die Werte zu ändern.</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <comment>approve a held job or deployment</comment>
        <translation>Ge&amp;nehmigen</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <comment>reject a held job or deployment</comment>
        <translation>&amp;Ablehnen</translation>
    </message>
    <message>
        <source>A rejection needs a note saying why.</source>
        <translation>Eine Ablehnung braucht eine Notiz mit der Begründung.</translation>
    </message>
    <message>
        <source>%1 requires a comment with every decision: the note is sent as that comment.</source>
        <translation>%1 verlangt zu jeder Entscheidung einen Kommentar: Die Notiz wird als dieser Kommentar gesendet.</translation>
    </message>
    <message>
        <source>%1 require a comment with every decision: the note is sent as that comment.</source>
        <comment>several vendors</comment>
        <translation>%1 verlangen zu jeder Entscheidung einen Kommentar: Die Notiz wird als dieser Kommentar gesendet.</translation>
    </message>
    <message>
        <source>Approving a protected environment needs a note.</source>
        <translation>Die Genehmigung einer geschützten Umgebung braucht eine Notiz.</translation>
    </message>
    <message>
        <source>%1 of %2 characters (the server&apos;s limit)</source>
        <translation>%1 von %2 Zeichen (Grenze des Servers)</translation>
    </message>
    <message>
        <source>The note is %1 characters; the server takes at most %2. Shorten it: nothing is cut silently.</source>
        <translation>Die Notiz hat %1 Zeichen; der Server nimmt höchstens %2 an. Kürzen Sie sie: Es wird nichts stillschweigend abgeschnitten.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a commit subject, in the language&apos;s quotation marks</comment>
        <translation>„%1“</translation>
    </message>
</context>
<context>
    <name>gl::ui::GateTreeModel</name>
    <message>
        <source>Pipeline #%1</source>
        <translation>Pipeline #%1</translation>
    </message>
    <message>
        <source>#%1 · %2</source>
        <translation>#%1 · %2</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
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
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n min</numerusform>
            <numerusform>vor %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n h</numerusform>
            <numerusform>vor %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
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
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>What waits</source>
        <translation>Was wartet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartezeit</translation>
    </message>
    <message>
        <source>Triggered by</source>
        <translation>Ausgelöst von</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Genehmigungen</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message numerus="yes">
        <source>(+%n more)</source>
        <comment>more error lines</comment>
        <translation>
            <numerusform>(+%n weitere)</numerusform>
            <numerusform>(+%n weitere)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n wartet</numerusform>
            <numerusform>%n warten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stale</source>
        <comment>gates kept from an earlier poll</comment>
        <translation>
            <numerusform>%n veraltet</numerusform>
            <numerusform>%n veraltet</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — checking…</source>
        <translation>%1 — wird geprüft…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>server name — its error</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>wird geprüft…</translation>
    </message>
    <message>
        <source>not set up</source>
        <translation>nicht eingerichtet</translation>
    </message>
    <message>
        <source>poll failed</source>
        <translation>Abfrage fehlgeschlagen</translation>
    </message>
    <message>
        <source>nothing waits</source>
        <translation>nichts wartet</translation>
    </message>
    <message>
        <source>Last complete poll: %1</source>
        <translation>Letzte vollständige Abfrage: %1</translation>
    </message>
    <message>
        <source>No poll of this server has succeeded yet.</source>
        <translation>Noch keine Abfrage dieses Servers war erfolgreich.</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>wird gesendet…</translation>
    </message>
    <message>
        <source>stale, seen %1</source>
        <comment>a gate the last poll could not confirm</comment>
        <translation>veraltet, gesehen %1</translation>
    </message>
    <message>
        <source>not yours</source>
        <comment>a gate the user cannot approve</comment>
        <translation>nicht für Sie</translation>
    </message>
    <message>
        <source>superseded</source>
        <comment>a newer deployment to the same environment waits too</comment>
        <translation>überholt</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <comment>approvals given/required</comment>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Shown as the last run left it: this gate was last seen %1. %2 is being polled now; it may have been decided since.</source>
        <translation>Angezeigt wie beim letzten Lauf: Diese Freigabe wurde zuletzt am %1 gesehen. %2 wird gerade abgefragt; sie könnte inzwischen entschieden worden sein.</translation>
    </message>
    <message>
        <source>The last poll of %1 could not read this project; this gate was last seen %2. It may have been decided since.</source>
        <translation>Die letzte Abfrage von %1 konnte dieses Projekt nicht lesen; diese Freigabe wurde zuletzt am %2 gesehen. Sie könnte inzwischen entschieden worden sein.</translation>
    </message>
    <message>
        <source>Superseded: %1</source>
        <translation>Überholt: %1</translation>
    </message>
</context>
<context>
    <name>gl::ui::MainWindow</name>
    <message>
        <source>Clear Filter</source>
        <translation>Filter löschen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>tooltip (shortcut)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <comment>approve a held job or deployment</comment>
        <translation>&amp;Genehmigen…</translation>
    </message>
    <message>
        <source>Approve the selected gates</source>
        <translation>Die ausgewählten Freigaben genehmigen</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <comment>reject a held job or deployment</comment>
        <translation>&amp;Ablehnen…</translation>
    </message>
    <message>
        <source>Reject the selected gates</source>
        <translation>Die ausgewählten Freigaben ablehnen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Poll every server now</source>
        <translation>Alle Server jetzt abfragen</translation>
    </message>
    <message>
        <source>&amp;Open in Browser</source>
        <translation>Im &amp;Browser öffnen</translation>
    </message>
    <message>
        <source>Open the selected gate&apos;s pipeline in the browser</source>
        <translation>Die Pipeline der ausgewählten Freigabe im Browser öffnen</translation>
    </message>
    <message>
        <source>&amp;Copy Link</source>
        <translation>&amp;Link kopieren</translation>
    </message>
    <message>
        <source>Copy Gate &amp;ID</source>
        <translation>Freigabe-&amp;ID kopieren</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Filter</translation>
    </message>
    <message>
        <source>Only What I Can &amp;Approve</source>
        <translation>&amp;Nur was ich genehmigen kann</translation>
    </message>
    <message>
        <source>&amp;Expand All</source>
        <translation>Alle a&amp;ufklappen</translation>
    </message>
    <message>
        <source>&amp;Collapse All</source>
        <translation>Alle &amp;zuklappen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Greenlight</source>
        <translation>Ü&amp;ber Greenlight</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Servers…</source>
        <translation>&amp;Server…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Audit &amp;Log…</source>
        <translation>Audit-&amp;Protokoll…</translation>
    </message>
    <message>
        <source>Every decision made here, what became of it, and whether the record is intact</source>
        <translation>Jede hier getroffene Entscheidung, was daraus wurde und ob die Aufzeichnung intakt ist</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Darstellung</translation>
    </message>
    <message>
        <source>&amp;System Colours</source>
        <translation>&amp;Systemfarben</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Gate</source>
        <translation>&amp;Freigabe</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>Only what I can approve</source>
        <translation>Nur was ich genehmigen kann</translation>
    </message>
    <message>
        <source>Hide the gates that wait for someone else (%1)</source>
        <translation>Freigaben ausblenden, die auf jemand anderen warten (%1)</translation>
    </message>
    <message>
        <source>Filter: project, branch, environment, person, #pipeline…</source>
        <translation>Filter: Projekt, Branch, Umgebung, Person, #Pipeline…</translation>
    </message>
    <message>
        <source>Every word must match (%1); Escape clears</source>
        <translation>Jedes Wort muss passen (%1); Esc leert den Filter</translation>
    </message>
    <message>
        <source>Open the gate in the browser</source>
        <translation>Freigabe im Browser öffnen</translation>
    </message>
    <message>
        <source>Double-click</source>
        <translation>Doppelklick</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Filter löschen</translation>
    </message>
    <message>
        <source>Escape (in the filter)</source>
        <translation>Esc (im Filter)</translation>
    </message>
    <message>
        <source>%1 is no longer waiting</source>
        <translation>%1 wartet nicht mehr</translation>
    </message>
    <message>
        <source>%1 already has a confirmation open</source>
        <translation>für %1 ist bereits eine Bestätigung geöffnet</translation>
    </message>
    <message>
        <source>a decision on %1 is already on its way</source>
        <translation>eine Entscheidung zu %1 ist bereits unterwegs</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>you cannot decide it</source>
        <translation>Sie können darüber nicht entscheiden</translation>
    </message>
    <message>
        <source>Not opened: %1</source>
        <translation>Nicht geöffnet: %1</translation>
    </message>
    <message numerus="yes">
        <source>Approving %n gate(s)…</source>
        <translation>
            <numerusform>%n Freigabe wird genehmigt…</numerusform>
            <numerusform>%n Freigaben werden genehmigt…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rejecting %n gate(s)…</source>
        <translation>
            <numerusform>%n Freigabe wird abgelehnt…</numerusform>
            <numerusform>%n Freigaben werden abgelehnt…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <comment>outcome — gate: message</comment>
        <translation>%1 — %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>All %n decision(s) done.</source>
        <translation>
            <numerusform>Die %n Entscheidung ist erledigt.</numerusform>
            <numerusform>Alle %n Entscheidungen sind erledigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 decisions done; %3 not: see each gate&apos;s result.</source>
        <translation>%1 von %2 Entscheidungen erledigt; %3 nicht: Das Ergebnis steht an jeder einzelnen Freigabe.</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message numerus="yes">
        <source>The outcome of %n decision(s) of an earlier run is still unknown.</source>
        <translation>
            <numerusform>Das Ergebnis von %n Entscheidung eines früheren Laufs ist weiterhin unbekannt.</numerusform>
            <numerusform>Das Ergebnis von %n Entscheidungen eines früheren Laufs ist weiterhin unbekannt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Greenlight could not look for decisions of an earlier run whose outcome is unknown.</source>
        <translation>Greenlight konnte nicht nach Entscheidungen eines früheren Laufs mit unbekanntem Ergebnis suchen.</translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) of an earlier run had no answer; their gates were read again.</source>
        <translation>
            <numerusform>%n Entscheidung eines früheren Laufs hatte keine Antwort; ihre Freigabe wurde erneut gelesen.</numerusform>
            <numerusform>%n Entscheidungen eines früheren Laufs hatten keine Antwort; ihre Freigaben wurden erneut gelesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Earlier decisions</source>
        <translation>Frühere Entscheidungen</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>verweigert</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>unknown: check</source>
        <translation>unbekannt: prüfen</translation>
    </message>
    <message>
        <source>%1 is not set up: %2</source>
        <translation>%1 ist nicht eingerichtet: %2</translation>
    </message>
    <message>
        <source>Cannot poll %1: %2 — what it showed at %3 is kept, marked stale.</source>
        <translation>%1 kann nicht abgefragt werden: %2 — was um %3 angezeigt wurde, bleibt als veraltet markiert erhalten.</translation>
    </message>
    <message>
        <source>Cannot poll %1: %2 — what the last run showed is kept, marked stale.</source>
        <translation>%1 kann nicht abgefragt werden: %2 — was der letzte Lauf angezeigt hat, bleibt als veraltet markiert erhalten.</translation>
    </message>
    <message>
        <source>Cannot poll %1: %2 — it has not been read yet, so gates waiting there are not shown.</source>
        <translation>%1 kann nicht abgefragt werden: %2 — der Server wurde noch nicht gelesen, daher werden dort wartende Freigaben nicht angezeigt.</translation>
    </message>
    <message>
        <source>Checking %1… Until then, what the last run showed is drawn, marked stale.</source>
        <translation>%1 wird geprüft… Bis dahin wird angezeigt, was der letzte Lauf gezeigt hat, als veraltet markiert.</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
    <message>
        <source>Nothing waits for approval: every server was polled (all since %1).</source>
        <translation>Nichts wartet auf Genehmigung: Alle Server wurden abgefragt (alle seit %1).</translation>
    </message>
    <message>
        <source>Servers saved to %1; the changed ones are being polled.</source>
        <translation>Server in %1 gespeichert; die geänderten werden jetzt abgefragt.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No servers configured&lt;/h2&gt;&lt;p&gt;Greenlight reads its servers from&lt;br&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;See the README for the format, or start &lt;tt&gt;greenlight --demo&lt;/tt&gt; to try it on simulated servers.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Keine Server konfiguriert&lt;/h2&gt;&lt;p&gt;Greenlight liest seine Server aus&lt;br&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Das Format ist in der README beschrieben; oder starten Sie &lt;tt&gt;greenlight --demo&lt;/tt&gt;, um Greenlight mit simulierten Servern auszuprobieren.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No server is set up yet</source>
        <translation>Noch kein Server eingerichtet</translation>
    </message>
    <message>
        <source>No servers configured</source>
        <translation>Keine Server konfiguriert</translation>
    </message>
    <message>
        <source>%1: checking…</source>
        <translation>%1: wird geprüft…</translation>
    </message>
    <message>
        <source>%1: not set up</source>
        <translation>%1: nicht eingerichtet</translation>
    </message>
    <message>
        <source> (retrying at %1)</source>
        <translation> (neuer Versuch um %1)</translation>
    </message>
    <message>
        <source>; last complete poll %1</source>
        <translation>; letzte vollständige Abfrage um %1</translation>
    </message>
    <message>
        <source>; no complete poll yet</source>
        <translation>; noch keine vollständige Abfrage</translation>
    </message>
    <message>
        <source>%1: poll failed</source>
        <translation>%1: Abfrage fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1: updated %2</source>
        <translation>%1: aktualisiert um %2</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p style=&apos;color:gray&apos;&gt;The filter shows %1 of the %n waiting gate(s).&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p style=&apos;color:gray&apos;&gt;Der Filter zeigt %1 von %n wartenden Freigabe.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p style=&apos;color:gray&apos;&gt;Der Filter zeigt %1 von %n wartenden Freigaben.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p style=&apos;color:gray&apos;&gt;%n gate(s) waiting. Select one to see what it would release.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p style=&apos;color:gray&apos;&gt;%n Freigabe wartet. Wählen Sie sie aus, um zu sehen, was sie ausliefern würde.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p style=&apos;color:gray&apos;&gt;%n Freigaben warten. Wählen Sie eine aus, um zu sehen, was sie ausliefern würde.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>(the server does not say which commit)</source>
        <translation>(der Server gibt den Commit nicht an)</translation>
    </message>
    <message>
        <source>Commit %1</source>
        <translation>Commit %1</translation>
    </message>
    <message>
        <source>Commit %1 on %2</source>
        <translation>Commit %1 auf %2</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;What will be released&lt;/b&gt;&lt;br&gt;%1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Was ausgeliefert wird&lt;/b&gt;&lt;br&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Workflow</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <source>Triggered by</source>
        <translation>Ausgelöst von</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Angefordert von</translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation>Wartet seit</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Genehmigungen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Who may decide</source>
        <translation>Wer entscheiden darf</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1 asks for&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1 fragt diese Werte ab&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>one of %1; default %2</source>
        <translation>einer der Werte %1; Standard: %2</translation>
    </message>
    <message>
        <source>yes or no; default yes</source>
        <translation>ja oder nein; Standard: ja</translation>
    </message>
    <message>
        <source>yes or no; default no</source>
        <translation>ja oder nein; Standard: nein</translation>
    </message>
    <message>
        <source>no default</source>
        <translation>kein Standardwert</translation>
    </message>
    <message>
        <source>default %1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Approval history&lt;/b&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Genehmigungsverlauf&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Open the pipeline in the browser</source>
        <translation>Pipeline im Browser öffnen</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:%1&apos;&gt;&lt;b&gt;Superseded:&lt;/b&gt; %2. Approving this one deploys older code.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:%1&apos;&gt;&lt;b&gt;Überholt:&lt;/b&gt; %2. Wenn Sie diese Freigabe genehmigen, wird älterer Code bereitgestellt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:%1&apos;&gt;&lt;b&gt;As the last run left it:&lt;/b&gt; this gate was last seen %2; %3 is being polled now, and it may have been decided since.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:%1&apos;&gt;&lt;b&gt;Stand des letzten Laufs:&lt;/b&gt; Diese Freigabe wurde zuletzt %2 gesehen; %3 wird gerade abgefragt, und sie könnte inzwischen entschieden worden sein.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:%1&apos;&gt;&lt;b&gt;Not confirmed by the last poll:&lt;/b&gt; %2 could not be read; this gate was last seen %3 and may have been decided since.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:%1&apos;&gt;&lt;b&gt;Von der letzten Abfrage nicht bestätigt:&lt;/b&gt; %2 konnte nicht gelesen werden; diese Freigabe wurde zuletzt %3 gesehen und könnte inzwischen entschieden worden sein.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;A decision is on its way to the server.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Eine Entscheidung ist zum Server unterwegs.&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:%1&apos;&gt;&lt;b&gt;You cannot decide this gate:&lt;/b&gt; %2&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:%1&apos;&gt;&lt;b&gt;Über diese Freigabe können Sie nicht entscheiden:&lt;/b&gt; %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>the server does not allow it</source>
        <translation>der Server erlaubt es nicht</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Approve:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Reject:&lt;/b&gt; %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Genehmigen:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Ablehnen:&lt;/b&gt; %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:gray&apos;&gt;%1 keeps no comment with a decision; your note stays in Greenlight&apos;s audit log.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:gray&apos;&gt;%1 speichert zu einer Entscheidung keinen Kommentar; Ihre Notiz bleibt im Audit-Protokoll von Greenlight.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Copy Gate ID</source>
        <translation>Freigabe-ID kopieren</translation>
    </message>
    <message>
        <source>Opened %1 in the browser</source>
        <translation>%1 im Browser geöffnet</translation>
    </message>
    <message>
        <source>Open in Browser</source>
        <translation>Im Browser öffnen</translation>
    </message>
    <message>
        <source>No browser opened the pipeline.</source>
        <translation>Kein Browser hat die Pipeline geöffnet.</translation>
    </message>
    <message>
        <source>The desktop has no web browser set up for %1 links. Copy the link and open it where you can:
%2</source>
        <translation>Auf dem Desktop ist kein Webbrowser für %1-Links eingerichtet. Kopieren Sie den Link und öffnen Sie ihn, wo es möglich ist:
%2</translation>
    </message>
    <message>
        <source>Copy Link</source>
        <translation>Link kopieren</translation>
    </message>
    <message>
        <source>Link copied: %1</source>
        <translation>Link kopiert: %1</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>About Greenlight</source>
        <translation>Über Greenlight</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Greenlight %1&lt;/h3&gt;&lt;p&gt;Every pipeline that waits for your approval, in one window.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Greenlight %1&lt;/h3&gt;&lt;p&gt;Jede Pipeline, die auf Ihre Genehmigung wartet, in einem Fenster.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Licence: %1&lt;br&gt;Built with Qt %2, running on Qt %3&lt;/p&gt;&lt;p&gt;Servers: &lt;tt&gt;%4&lt;/tt&gt;&lt;br&gt;Audit log: &lt;tt&gt;%5&lt;/tt&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Lizenz: %1&lt;br&gt;Erstellt mit Qt %2, läuft unter Qt %3&lt;/p&gt;&lt;p&gt;Server: &lt;tt&gt;%4&lt;/tt&gt;&lt;br&gt;Audit-Protokoll: &lt;tt&gt;%5&lt;/tt&gt;&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n</source>
        <comment>gates shown of all</comment>
        <translation>
            <numerusform>%1 von %n</numerusform>
            <numerusform>%1 von %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n gate(s) match the filter</source>
        <translation>
            <numerusform>Filtertreffer: %1 von %n Freigabe</numerusform>
            <numerusform>Filtertreffer: %1 von %n Freigaben</numerusform>
        </translation>
    </message>
    <message>
        <source>No gate that you can approve matches “%1”.</source>
        <translation>Keine Freigabe, die Sie genehmigen können, passt zu „%1“.</translation>
    </message>
    <message>
        <source>No gate matches “%1”.</source>
        <translation>Keine Freigabe passt zu „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n waiting gate(s) is yours to approve.</source>
        <translation>
            <numerusform>Die %n wartende Freigabe können Sie nicht genehmigen.</numerusform>
            <numerusform>Keine der %n wartenden Freigaben können Sie genehmigen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gate(s) wait in all.</source>
        <translation>
            <numerusform>Insgesamt wartet %n Freigabe.</numerusform>
            <numerusform>Insgesamt warten %n Freigaben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>&amp;Systemsprache</translation>
    </message>
    <message>
        <source>The demo does not keep settings; start Greenlight without --demo to choose its language.</source>
        <translation>Die Demo speichert keine Einstellungen; starten Sie Greenlight ohne --demo, um seine Sprache zu wählen.</translation>
    </message>
    <message>
        <source>Greenlight will follow the system&apos;s language from its next start.</source>
        <translation>Greenlight folgt ab dem nächsten Start der Sprache des Systems.</translation>
    </message>
    <message>
        <source>Greenlight will speak %1 from its next start.</source>
        <translation>Greenlight spricht ab dem nächsten Start %1.</translation>
    </message>
</context>
<context>
    <name>gl::ui::Notifier</name>
    <message>
        <source>%1 waits for your approval</source>
        <translation>%1 wartet auf Ihre Genehmigung</translation>
    </message>
    <message>
        <source>Triggered by %1</source>
        <translation>Ausgelöst von %1</translation>
    </message>
    <message>
        <source>Approve…</source>
        <comment>approve a held job or deployment</comment>
        <translation>Genehmigen…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message numerus="yes">
        <source>%n gate(s) wait for your approval</source>
        <translation>
            <numerusform>%n Freigabe wartet auf Ihre Genehmigung</numerusform>
            <numerusform>%n Freigaben warten auf Ihre Genehmigung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…und %n weitere</numerusform>
            <numerusform>…und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Open dashboard</source>
        <translation>Dashboard öffnen</translation>
    </message>
    <message>
        <source>%1 has waited %2</source>
        <translation>%1 wartet bereits %2</translation>
    </message>
</context>
<context>
    <name>gl::ui::ServerForm</name>
    <message>
        <source>Te&amp;st Connection</source>
        <translation>Verbindung te&amp;sten</translation>
    </message>
    <message>
        <source>T&amp;rust This Certificate</source>
        <translation>Diesem Zertifikat vert&amp;rauen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove Pin</source>
        <translation>Pin entfernen</translation>
    </message>
    <message>
        <source>a short name, e.g. gitlab-work</source>
        <translation>ein kurzer Name, z. B. gitlab-work</translation>
    </message>
    <message>
        <source>optional: an environment variable that holds the token</source>
        <translation>optional: eine Umgebungsvariable, die das Token enthält</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>optional: a PEM file of your private certificate authority</source>
        <translation>optional: eine PEM-Datei Ihrer privaten Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>The system&apos;s settings</source>
        <translation>Einstellungen des Systems</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Kein Proxy</translation>
    </message>
    <message>
        <source>This proxy:</source>
        <translation>Dieser Proxy:</translation>
    </message>
    <message>
        <source>http://proxy.example.com:3128</source>
        <translation>http://proxy.example.com:3128</translation>
    </message>
    <message>
        <source>user, if the proxy asks</source>
        <translation>Benutzer, falls der Proxy danach fragt</translation>
    </message>
    <message>
        <source>password (kept in the keychain)</source>
        <translation>Passwort (wird im Schlüsselbund gespeichert)</translation>
    </message>
    <message>
        <source>Also show manual &amp;jobs (when: manual)</source>
        <translation>Auch manuelle &amp;Jobs anzeigen (when: manual)</translation>
    </message>
    <message>
        <source>&amp;Vendor:</source>
        <translation>&amp;Anbieter:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>Adr&amp;esse:</translation>
    </message>
    <message>
        <source>the user whose API token this is</source>
        <translation>der Benutzer, dem dieses API-Token gehört</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation>API-&amp;Token:</translation>
    </message>
    <message>
        <source>&amp;Projects:</source>
        <translation>&amp;Projekte:</translation>
    </message>
    <message>
        <source>&amp;More settings</source>
        <translation>&amp;Weitere Einstellungen</translation>
    </message>
    <message>
        <source>Token &amp;from variable:</source>
        <translation>Token aus &amp;Variable:</translation>
    </message>
    <message>
        <source>P&amp;oll every:</source>
        <translation>Abfrage&amp;intervall:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>&amp;CA-Datei:</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>Pro&amp;xy:</translation>
    </message>
    <message>
        <source>Proxy lo&amp;gin:</source>
        <translation>Proxy-Anmeldun&amp;g:</translation>
    </message>
    <message>
        <source>Trusted cert&amp;ificates:</source>
        <translation>Vertrauenswürdige &amp;Zertifikate:</translation>
    </message>
    <message>
        <source>Certificate authority</source>
        <translation>Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Create one at &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;. %3</source>
        <translation>Erstellen Sie eines unter &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;. %3</translation>
    </message>
    <message>
        <source>a short name, e.g. %1-work</source>
        <translation>ein kurzer Name, z. B. %1-work</translation>
    </message>
    <message>
        <source>type a project: %1</source>
        <translation>Projekt eingeben: %1</translation>
    </message>
    <message>
        <source>type a project</source>
        <translation>Projekt eingeben</translation>
    </message>
    <message>
        <source>kept in the system keychain; paste a new one to replace it</source>
        <translation>im Schlüsselbund des Systems gespeichert; fügen Sie ein neues ein, um es zu ersetzen</translation>
    </message>
    <message>
        <source>paste your token here</source>
        <translation>Token hier einfügen</translation>
    </message>
    <message>
        <source>read from $%1; paste one to keep it in the keychain instead</source>
        <translation>aus $%1 gelesen; fügen Sie eines ein, um es stattdessen im Schlüsselbund zu speichern</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Token from variable</source>
        <translation>Token aus Variable</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <source>Trusted certificates</source>
        <translation>Vertrauenswürdige Zertifikate</translation>
    </message>
    <message>
        <source>Poll every</source>
        <translation>Abfrageintervall</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>CA-Datei</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Tick or type at least one project.</source>
        <translation>Wählen Sie mindestens ein Projekt aus oder geben Sie eines ein.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Paste the API token first.</source>
        <translation>Fügen Sie zuerst das API-Token ein.</translation>
    </message>
    <message>
        <source>The address must start with https:// (http:// only to this computer), e.g. %1; found &quot;%2&quot;.</source>
        <translation>Die Adresse muss mit https:// beginnen (http:// nur für diesen Computer), z. B. %1; gefunden: &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Trust this certificate for this server only if you know it is your server&apos;s: it is then pinned by its fingerprint and listed under Trusted certificates.</source>
        <translation>Vertrauen Sie diesem Zertifikat für diesen Server nur, wenn Sie wissen, dass es zu Ihrem Server gehört: Es wird dann über seinen Fingerabdruck gepinnt und unter „Vertrauenswürdige Zertifikate“ aufgeführt.</translation>
    </message>
    <message>
        <source>Connected as %1. %2</source>
        <translation>Verbunden als %1. %2</translation>
    </message>
    <message>
        <source>Looking for your projects…</source>
        <translation>Ihre Projekte werden gesucht…</translation>
    </message>
    <message>
        <source>Your projects could not be listed (%1); type them below.</source>
        <translation>Ihre Projekte konnten nicht aufgelistet werden (%1); geben Sie sie unten ein.</translation>
    </message>
    <message>
        <source>No projects were found; type them below.</source>
        <translation>Es wurden keine Projekte gefunden; geben Sie sie unten ein.</translation>
    </message>
    <message numerus="yes">
        <source>Found %n project(s): tick the ones to watch.</source>
        <translation>
            <numerusform>%n Projekt gefunden: Wählen Sie es aus, um es zu beobachten.</numerusform>
            <numerusform>%n Projekte gefunden: Wählen Sie die zu beobachtenden aus.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gl::ui::ServerSetup</name>
    <message>
        <source>%1: servers[%2] (&quot;%3&quot;).token: paste the server&apos;s API token (it is kept in the system keychain), or name an environment variable in token_env</source>
        <translation>%1: servers[%2] (&quot;%3&quot;).token: Fügen Sie das API-Token des Servers ein (es wird im Schlüsselbund des Systems gespeichert), oder geben Sie in token_env eine Umgebungsvariable an</translation>
    </message>
    <message>
        <source>%1: servers[%2] (&quot;%3&quot;).token: a token is one word, without spaces</source>
        <translation>%1: servers[%2] (&quot;%3&quot;).token: Ein Token ist ein einzelnes Wort ohne Leerzeichen</translation>
    </message>
    <message>
        <source>server &quot;%1&quot;: there is no keychain to keep its token in; name an environment variable in token_env instead</source>
        <translation>Server „%1“: Es gibt keinen Schlüsselbund, in dem sein Token gespeichert werden kann; geben Sie stattdessen in token_env eine Umgebungsvariable an</translation>
    </message>
    <message>
        <source>server &quot;%1&quot;: no keychain service is running (Secret Service or KWallet), so its token cannot be kept; start one, or name an environment variable in token_env. Greenlight never keeps tokens in a plain-text file.</source>
        <translation>Server „%1“: Es läuft kein Schlüsselbund-Dienst (Secret Service oder KWallet), daher kann sein Token nicht gespeichert werden; starten Sie einen, oder geben Sie in token_env eine Umgebungsvariable an. Greenlight legt Tokens nie in einer Klartextdatei ab.</translation>
    </message>
    <message>
        <source>server &quot;%1&quot;: the token could not be stored in %2: %3</source>
        <translation>Server „%1“: Das Token konnte nicht gespeichert werden (%2): %3</translation>
    </message>
    <message>
        <source>server &quot;%1&quot;: there is no keychain to keep the proxy&apos;s password in</source>
        <translation>Server „%1“: Es gibt keinen Schlüsselbund, in dem das Passwort des Proxys gespeichert werden kann</translation>
    </message>
    <message>
        <source>server &quot;%1&quot;: the proxy&apos;s password could not be stored in %2: %3</source>
        <translation>Server „%1“: Das Passwort des Proxys konnte nicht gespeichert werden (%2): %3</translation>
    </message>
</context>
<context>
    <name>gl::ui::ServersDialog</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Glob patterns, separated by commas: approving a gate whose environment matches needs a note and its name typed.</source>
        <translation>Glob-Muster, durch Kommas getrennt: Das Genehmigen einer Freigabe, deren Umgebung passt, erfordert eine Notiz und die Eingabe ihres Namens.</translation>
    </message>
    <message>
        <source>Protected &amp;environments:</source>
        <translation>Geschützte &amp;Umgebungen:</translation>
    </message>
    <message>
        <source>(new server)</source>
        <translation>(neuer Server)</translation>
    </message>
</context>
<context>
    <name>gl::ui::SetupPage</name>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <source>Set up your first server</source>
        <translation>Richten Sie Ihren ersten Server ein</translation>
    </message>
    <message>
        <source>Greenlight watches your CI servers for pipelines that wait for a person to approve them. Pick your vendor, paste an API token and test the connection; then tick the projects to watch. The token is kept in the system keychain, never in a file.</source>
        <translation>Greenlight beobachtet Ihre CI-Server auf Pipelines, die darauf warten, dass ein Mensch sie genehmigt. Wählen Sie Ihren Anbieter, fügen Sie ein API-Token ein und testen Sie die Verbindung; wählen Sie dann die zu beobachtenden Projekte aus. Das Token wird im Schlüsselbund des Systems gespeichert, nie in einer Datei.</translation>
    </message>
    <message>
        <source>To look around first, start &lt;tt&gt;greenlight --demo&lt;/tt&gt;: it runs on simulated servers and changes nothing of yours.</source>
        <translation>Um sich zuerst umzusehen, starten Sie &lt;tt&gt;greenlight --demo&lt;/tt&gt;: Die Demo läuft mit simulierten Servern und ändert nichts an Ihren Daten.</translation>
    </message>
    <message>
        <source>Import:</source>
        <translation>Importieren:</translation>
    </message>
    <message>
        <source>From the CircleCI CLI…</source>
        <translation>Aus der CircleCI-CLI…</translation>
    </message>
    <message>
        <source>From glab…</source>
        <translation>Aus glab…</translation>
    </message>
    <message>
        <source>Read the server address and token from %1</source>
        <translation>Serveradresse und Token aus %1 lesen</translation>
    </message>
    <message>
        <source>%1 holds no token.</source>
        <translation>%1 enthält kein Token.</translation>
    </message>
    <message>
        <source>The address and token of %1 are filled in from %2; test the connection, then tick the projects.</source>
        <translation>Adresse und Token von %1 wurden aus %2 übernommen; testen Sie die Verbindung und wählen Sie dann die Projekte aus.</translation>
    </message>
    <message>
        <source>Saving; the token goes to the system keychain…</source>
        <translation>Wird gespeichert; das Token wird im Schlüsselbund des Systems abgelegt…</translation>
    </message>
</context>
<context>
    <name>gl::ui::TrayIcon</name>
    <message>
        <source>Greenlight: no server is set up yet</source>
        <translation>Greenlight: Noch kein Server eingerichtet</translation>
    </message>
    <message>
        <source>Greenlight: checking your servers…</source>
        <translation>Greenlight: Ihre Server werden geprüft…</translation>
    </message>
    <message numerus="yes">
        <source>Greenlight: %n gate(s) wait for your approval; still checking other servers</source>
        <translation>
            <numerusform>Greenlight: %n Freigabe wartet auf Ihre Genehmigung; weitere Server werden noch geprüft</numerusform>
            <numerusform>Greenlight: %n Freigaben warten auf Ihre Genehmigung; weitere Server werden noch geprüft</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot poll %1</source>
        <translation>%1 kann nicht abgefragt werden</translation>
    </message>
    <message>
        <source>%1 is not set up</source>
        <translation>%1 ist nicht eingerichtet</translation>
    </message>
    <message>
        <source>Greenlight: %1</source>
        <translation>Greenlight: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n gate(s) known to wait for you, some may be out of date</source>
        <translation>
            <numerusform>%n Freigabe wartet bekanntermaßen auf Sie, möglicherweise veraltet</numerusform>
            <numerusform>%n Freigaben warten bekanntermaßen auf Sie, einige möglicherweise veraltet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Greenlight: %n gate(s) wait for your approval</source>
        <translation>
            <numerusform>Greenlight: %n Freigabe wartet auf Ihre Genehmigung</numerusform>
            <numerusform>Greenlight: %n Freigaben warten auf Ihre Genehmigung</numerusform>
        </translation>
    </message>
    <message>
        <source>Greenlight: nothing waits for you</source>
        <translation>Greenlight: Nichts wartet auf Sie</translation>
    </message>
    <message>
        <source>Notifications paused</source>
        <translation>Benachrichtigungen pausiert</translation>
    </message>
    <message>
        <source>Checking your servers…</source>
        <translation>Ihre Server werden geprüft…</translation>
    </message>
    <message>
        <source>Some servers cannot be polled: open the dashboard</source>
        <translation>Einige Server können nicht abgefragt werden: Öffnen Sie das Dashboard</translation>
    </message>
    <message>
        <source>Nothing waits for you</source>
        <translation>Nichts wartet auf Sie</translation>
    </message>
    <message>
        <source>Approve %1 (%2%3%4)…</source>
        <translation>%1 genehmigen (%2%3%4)…</translation>
    </message>
    <message>
        <source>Open Dashboard</source>
        <translation>Dashboard öffnen</translation>
    </message>
    <message>
        <source>Pause Notifications</source>
        <translation>Benachrichtigungen pausieren</translation>
    </message>
    <message>
        <source>For 1 Hour</source>
        <translation>Für 1 Stunde</translation>
    </message>
    <message>
        <source>Until Tomorrow</source>
        <translation>Bis morgen</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
</TS>
