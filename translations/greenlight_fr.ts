<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AuditLog</name>
    <message>
        <source>cannot read the audit log&apos;s anchor %1: %2</source>
        <translation>impossible de lire l&apos;ancre du journal d&apos;audit %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the audit log&apos;s anchor %1 cannot be read: it is not what Greenlight writes</source>
        <translation>l&apos;ancre du journal d&apos;audit %1 est illisible&#xa0;: ce n&apos;est pas ce qu&apos;écrit Greenlight</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>line %1: a field has the wrong type</source>
        <translation>ligne %1&#xa0;: un champ n&apos;a pas le bon type</translation>
    </message>
    <message>
        <source>cannot read the end of the audit log: %1</source>
        <translation>impossible de lire la fin du journal d&apos;audit&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 is empty or missing, but its anchor %2 recorded %3 records: records 1 to %3 are missing (the log was removed or emptied)</source>
        <translation>%1 est vide ou absent, mais son ancre %2 consignait %3 enregistrements&#xa0;: les enregistrements 1 à %3 manquent (le journal a été supprimé ou vidé)</translation>
    </message>
    <message>
        <source>%1: records %2 to %3 are missing from its end (its anchor %4 recorded %3 records)</source>
        <translation>%1&#xa0;: les enregistrements %2 à %3 manquent à la fin (son ancre %4 en consignait %3)</translation>
    </message>
    <message>
        <source>%1: record %2 is not the record its anchor %3 recorded: the log was rewritten and its chain hashed again</source>
        <translation>%1&#xa0;: l&apos;enregistrement %2 n&apos;est pas celui que consignait son ancre %3&#xa0;: le journal a été réécrit et sa chaîne de hachage recalculée</translation>
    </message>
    <message>
        <source>%1: record %2 and those after it were added without going through Greenlight (its anchor %3 ends at record %4)</source>
        <translation>%1&#xa0;: l&apos;enregistrement %2 et les suivants ont été ajoutés sans passer par Greenlight (son ancre %3 s&apos;arrête à l&apos;enregistrement %4)</translation>
    </message>
    <message>
        <source>the anchor %1 is signed, but no keychain was given to read its key from</source>
        <translation>l&apos;ancre %1 est signée, mais aucun trousseau n&apos;a été fourni pour en lire la clé</translation>
    </message>
    <message>
        <source>the anchor %1 is signed, but the key to check it cannot be read from the keychain (%2)</source>
        <translation>l&apos;ancre %1 est signée, mais la clé qui permet de la vérifier ne peut pas être lue dans le trousseau (%2)</translation>
    </message>
    <message>
        <source>the anchor %1 does not match its signature: it was rewritten</source>
        <translation>l&apos;ancre %1 ne correspond pas à sa signature&#xa0;: elle a été réécrite</translation>
    </message>
    <message>
        <source>the anchor %1 is not signed, although the keychain holds the audit log&apos;s key: it was replaced</source>
        <translation>l&apos;ancre %1 n&apos;est pas signée, alors que le trousseau contient la clé du journal d&apos;audit&#xa0;: elle a été remplacée</translation>
    </message>
    <message>
        <source>cannot create the folder of the audit log&apos;s anchor %1</source>
        <translation>impossible de créer le dossier de l&apos;ancre du journal d&apos;audit %1</translation>
    </message>
    <message>
        <source>cannot write the audit log&apos;s anchor %1: %2</source>
        <translation>impossible d&apos;écrire l&apos;ancre du journal d&apos;audit %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the keychain entry %1 is not a key Greenlight made</source>
        <translation>l&apos;entrée de trousseau %1 n&apos;est pas une clé créée par Greenlight</translation>
    </message>
    <message>
        <source>cannot create the folder of the audit log %1</source>
        <translation>impossible de créer le dossier du journal d&apos;audit %1</translation>
    </message>
    <message>
        <source>cannot open the audit log %1: %2</source>
        <translation>impossible d&apos;ouvrir le journal d&apos;audit %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot lock the audit log %1: %2</source>
        <translation>impossible de verrouiller le journal d&apos;audit %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot read the audit log %1: %2</source>
        <translation>impossible de lire le journal d&apos;audit %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the audit log %1 ends with an incomplete record; nothing more is written to it until it is repaired (see `greenlight audit verify`)</source>
        <translation>le journal d&apos;audit %1 se termine par un enregistrement incomplet&#xa0;; plus rien n&apos;y est écrit tant qu&apos;il n&apos;est pas réparé (voir `greenlight audit verify`)</translation>
    </message>
    <message>
        <source>the last record of the audit log %1 cannot be read; nothing more is written to it until it is repaired (see `greenlight audit verify`)</source>
        <translation>le dernier enregistrement du journal d&apos;audit %1 est illisible&#xa0;; plus rien n&apos;y est écrit tant qu&apos;il n&apos;est pas réparé (voir `greenlight audit verify`)</translation>
    </message>
    <message>
        <source>%1; nothing more is written to the audit log until this is resolved (see `greenlight audit verify`; to start a new log, move the log and its anchor %2 aside)</source>
        <translation>%1&#xa0;; plus rien n&apos;est écrit dans le journal d&apos;audit tant que ce problème n&apos;est pas résolu (voir `greenlight audit verify`&#xa0;; pour commencer un nouveau journal, mettez de côté le journal et son ancre %2)</translation>
    </message>
    <message>
        <source>the anchor %1 of the audit log %2 is missing: records could have been removed from its end unnoticed</source>
        <translation>l&apos;ancre %1 du journal d&apos;audit %2 est absente&#xa0;: des enregistrements ont pu être retirés de sa fin sans que cela se remarque</translation>
    </message>
    <message>
        <source>writing the audit log %1 failed (%2) and left a partial record</source>
        <translation>l&apos;écriture du journal d&apos;audit %1 a échoué (%2) et a laissé un enregistrement partiel</translation>
    </message>
    <message>
        <source>cannot write the audit log %1: %2</source>
        <translation>impossible d&apos;écrire dans le journal d&apos;audit %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot flush the audit log %1 to disk: %2</source>
        <translation>impossible de forcer l&apos;écriture du journal d&apos;audit %1 sur le disque&#xa0;: %2</translation>
    </message>
    <message>
        <source>the record was written to the audit log, but its anchor was not: %1</source>
        <translation>l&apos;enregistrement a été écrit dans le journal d&apos;audit, mais pas son ancre&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: line %2 is incomplete (the log was cut short)</source>
        <translation>%1&#xa0;: la ligne %2 est incomplète (le journal a été tronqué)</translation>
    </message>
    <message>
        <source>%1: line %2 is not a JSON record</source>
        <translation>%1&#xa0;: la ligne %2 n&apos;est pas un enregistrement JSON</translation>
    </message>
    <message>
        <source>%1: line %2 has a field twice: a record is written with each field once</source>
        <translation>%1&#xa0;: la ligne %2 contient un champ en double&#xa0;: un enregistrement est écrit avec chaque champ une seule fois</translation>
    </message>
    <message>
        <source>%1: line %2 (record %3) was altered: its hash does not match its content</source>
        <translation>%1&#xa0;: la ligne %2 (enregistrement %3) a été modifiée&#xa0;: son hachage ne correspond pas à son contenu</translation>
    </message>
    <message>
        <source>%1: line %2 holds record %3 where record %4 belongs (it is on line %5): records were reordered</source>
        <translation>%1&#xa0;: la ligne %2 contient l&apos;enregistrement %3 à la place de l&apos;enregistrement %4 (qui est à la ligne %5)&#xa0;: des enregistrements ont été réordonnés</translation>
    </message>
    <message>
        <source>%1: record %2 is missing (line %3 holds record %4)</source>
        <translation>%1&#xa0;: l&apos;enregistrement %2 manque (la ligne %3 contient l&apos;enregistrement %4)</translation>
    </message>
    <message>
        <source>%1: line %2 holds record %3 where record %4 belongs: records were reordered or repeated</source>
        <translation>%1&#xa0;: la ligne %2 contient l&apos;enregistrement %3 à la place de l&apos;enregistrement %4&#xa0;: des enregistrements ont été réordonnés ou répétés</translation>
    </message>
    <message>
        <source>%1: line %2 (record %3) does not follow the record before it: a record was removed, reordered or inserted</source>
        <translation>%1&#xa0;: la ligne %2 (enregistrement %3) ne fait pas suite à l&apos;enregistrement précédent&#xa0;: un enregistrement a été retiré, déplacé ou inséré</translation>
    </message>
    <message>
        <source>%1: line %2 (record %3) does not carry the log&apos;s signature: it was rewritten, and the chain hashed again from it</source>
        <translation>%1&#xa0;: la ligne %2 (enregistrement %3) ne porte pas la signature du journal&#xa0;: elle a été réécrite, et la chaîne recalculée à partir d&apos;elle</translation>
    </message>
    <message>
        <source>%1: line %2 (record %3) is not the record its anchor %4 recorded: it was rewritten, and the chain hashed again from it</source>
        <translation>%1&#xa0;: la ligne %2 (enregistrement %3) n&apos;est pas l&apos;enregistrement que consignait son ancre %4&#xa0;: elle a été réécrite, et la chaîne recalculée à partir d&apos;elle</translation>
    </message>
    <message>
        <source>%1: record 1 is not the first record its anchor %2 recorded: the log was replaced</source>
        <translation>%1&#xa0;: l&apos;enregistrement 1 n&apos;est pas le premier enregistrement que consignait son ancre %2&#xa0;: le journal a été remplacé</translation>
    </message>
</context>
<context>
    <name>CircleCiProvider</name>
    <message>
        <source>%1: the server gave the same page token twice; the listing was stopped as incomplete</source>
        <translation>%1&#xa0;: le serveur a renvoyé deux fois le même jeton de page&#xa0;; la liste a été interrompue, incomplète</translation>
    </message>
    <message>
        <source>%1: more than %2 pages; the listing was stopped as incomplete</source>
        <translation>%1&#xa0;: plus de %2 pages&#xa0;; la liste a été interrompue, incomplète</translation>
    </message>
    <message>
        <source>project %1: %2</source>
        <translation>projet %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: expected an object</source>
        <translation>%1&#xa0;: objet attendu</translation>
    </message>
    <message>
        <source>job &quot;%1&quot; is not an approval job (type %2)</source>
        <translation>le job «&#xa0;%1&#xa0;» n&apos;est pas un job d&apos;approbation (type %2)</translation>
    </message>
    <message>
        <source>workflow %1 has no job %2</source>
        <translation>le workflow %1 n&apos;a pas de job %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a CircleCI gate id of server %2 (expected %2/workflow/&lt;workflow-id&gt;/approval/&lt;job-id&gt;)</source>
        <translation>&quot;%1&quot; n&apos;est pas un ID de point de contrôle CircleCI du serveur %2 (format attendu&#xa0;: %2/workflow/&lt;workflow-id&gt;/approval/&lt;job-id&gt;)</translation>
    </message>
    <message>
        <source>CircleCI runs the waiting jobs on approval; there is nothing to start separately</source>
        <translation>CircleCI lance les jobs en attente dès l&apos;approbation&#xa0;; il n&apos;y a rien à lancer séparément</translation>
    </message>
    <message>
        <source>the approval job &quot;%1&quot; is no longer on hold (status: %2)</source>
        <translation>le job d&apos;approbation «&#xa0;%1&#xa0;» n&apos;est plus en attente (statut&#xa0;: %2)</translation>
    </message>
    <message>
        <source>the approval job &quot;%1&quot; has passed CircleCI&apos;s 90-day limit</source>
        <translation>le job d&apos;approbation «&#xa0;%1&#xa0;» a dépassé la limite de 90 jours de CircleCI</translation>
    </message>
    <message>
        <source>CircleCI approves the job &quot;%1&quot; and workflow &quot;%2&quot; runs the jobs that wait on it.</source>
        <translation>CircleCI approuve le job «&#xa0;%1&#xa0;» et le workflow «&#xa0;%2&#xa0;» lance les jobs qui en dépendent.</translation>
    </message>
    <message>
        <source>CircleCI cancels the approval job &quot;%1&quot;; the jobs that wait on it in workflow &quot;%2&quot; never run.</source>
        <translation>CircleCI annule le job d&apos;approbation «&#xa0;%1&#xa0;»&#xa0;; les jobs qui en dépendent dans le workflow «&#xa0;%2&#xa0;» ne seront jamais lancés.</translation>
    </message>
    <message>
        <source>needs approval</source>
        <translation>à approuver</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Run &apos;greenlight --help&apos; for usage.</source>
        <translation>Lancez &apos;greenlight --help&apos; pour connaître l&apos;usage.</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message numerus="yes">
        <source>waiting %n min</source>
        <translation>
            <numerusform>en attente depuis %n&#xa0;min</numerusform>
            <numerusform>en attente depuis %n&#xa0;min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>waiting %n h</source>
        <translation>
            <numerusform>en attente depuis %n&#xa0;h</numerusform>
            <numerusform>en attente depuis %n&#xa0;h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>waiting %n days</source>
        <translation>
            <numerusform>en attente depuis %n jour</numerusform>
            <numerusform>en attente depuis %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Read servers from &lt;file&gt;.</source>
        <translation>Lire les serveurs depuis &lt;file&gt;.</translation>
    </message>
    <message>
        <source>Write the audit log to &lt;file&gt;.</source>
        <translation>Écrire le journal d&apos;audit dans &lt;file&gt;.</translation>
    </message>
    <message>
        <source>%1: no servers are configured</source>
        <translation>%1&#xa0;: aucun serveur n&apos;est configuré</translation>
    </message>
    <message>
        <source>Print one JSON array.</source>
        <translation>Afficher un seul tableau JSON.</translation>
    </message>
    <message>
        <source>list takes no arguments</source>
        <translation>list ne prend aucun argument</translation>
    </message>
    <message>
        <source>server %1: %2</source>
        <translation>serveur %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Nothing waits for approval.</source>
        <translation>Rien n&apos;attend d&apos;approbation.</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>par %1</translation>
    </message>
    <message>
        <source>Type &apos;%1&apos; to confirm: </source>
        <translation>Tapez &apos;%1&apos; pour confirmer&#xa0;: </translation>
    </message>
    <message>
        <source>The audit note (required).</source>
        <translation>La note d&apos;audit (obligatoire).</translation>
    </message>
    <message>
        <source>Do not ask for confirmation.</source>
        <translation>Ne pas demander de confirmation.</translation>
    </message>
    <message>
        <source>Also start the job that waits, where the vendor leaves it manual after the last approval (GitLab&apos;s approval rules).</source>
        <translation>Lancer aussi le job en attente, lorsque le fournisseur le laisse manuel après la dernière approbation (règles d&apos;approbation de GitLab).</translation>
    </message>
    <message>
        <source>The approval rule or role to approve as, where you belong to several.</source>
        <translation>La règle d&apos;approbation ou le rôle au nom duquel approuver, si vous appartenez à plusieurs.</translation>
    </message>
    <message>
        <source>A value for one of the gate&apos;s parameters (a Jenkins input&apos;s), as NAME=VALUE; repeat for several. Those left out take their defaults.</source>
        <translation>Une valeur pour l&apos;un des paramètres du point de contrôle (ceux d&apos;un input Jenkins), sous la forme NAME=VALUE&#xa0;; à répéter pour en donner plusieurs. Ceux qui sont omis prennent leur valeur par défaut.</translation>
    </message>
    <message>
        <source>usage: greenlight %1 ID --note TEXT [--yes]</source>
        <translation>usage&#xa0;: greenlight %1 ID --note TEXT [--yes]</translation>
    </message>
    <message>
        <source>%1 needs --note TEXT: the note goes to the audit log</source>
        <translation>%1 exige --note TEXT&#xa0;: la note est consignée dans le journal d&apos;audit</translation>
    </message>
    <message>
        <source>refusing to %1 without --yes: standard input is not a terminal</source>
        <translation>refus d&apos;exécuter %1 sans --yes&#xa0;: l&apos;entrée standard n&apos;est pas un terminal</translation>
    </message>
    <message>
        <source>no configured server is named &quot;%1&quot; (the part of the id before the first &apos;/&apos;)</source>
        <translation>aucun serveur configuré ne s&apos;appelle «&#xa0;%1&#xa0;» (la partie de l&apos;ID avant le premier &apos;/&apos;)</translation>
    </message>
    <message>
        <source>--param expects NAME=VALUE, found &quot;%1&quot;</source>
        <translation>--param attend NAME=VALUE, trouvé &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Not confirmed; nothing was sent.</source>
        <translation>Non confirmé&#xa0;; rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>Export format: csv or json.</source>
        <translation>Format d&apos;export&#xa0;: csv ou json.</translation>
    </message>
    <message>
        <source>the audit log does not verify: %1</source>
        <translation>la vérification du journal d&apos;audit échoue&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n record(s), hash chain intact</source>
        <translation>
            <numerusform>%1&#xa0;: %n enregistrement, chaîne de hachage intacte</numerusform>
            <numerusform>%1&#xa0;: %n enregistrements, chaîne de hachage intacte</numerusform>
        </translation>
    </message>
    <message>
        <source>audit export needs --format csv or --format json</source>
        <translation>audit export exige --format csv ou --format json</translation>
    </message>
    <message>
        <source>usage: greenlight audit verify | greenlight audit export --format csv|json</source>
        <translation>usage&#xa0;: greenlight audit verify | greenlight audit export --format csv|json</translation>
    </message>
    <message>
        <source>usage: greenlight token set SERVER | greenlight token delete SERVER</source>
        <translation>usage&#xa0;: greenlight token set SERVER | greenlight token delete SERVER</translation>
    </message>
    <message>
        <source>%1: no server is named &quot;%2&quot; (the servers are: %3)</source>
        <translation>%1&#xa0;: aucun serveur ne s&apos;appelle «&#xa0;%2&#xa0;» (les serveurs sont&#xa0;: %3)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>%1 holds no token for &quot;%2&quot;; nothing to delete</source>
        <translation>%1 ne contient aucun jeton pour «&#xa0;%2&#xa0;»&#xa0;; rien à supprimer</translation>
    </message>
    <message>
        <source>the token for &quot;%1&quot; could not be deleted from %2: %3</source>
        <translation>%2 n&apos;a pas pu supprimer le jeton de «&#xa0;%1&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <source>deleted the token for &quot;%1&quot; from %2</source>
        <translation>le jeton de «&#xa0;%1&#xa0;» a été supprimé&#xa0;: %2 ne le contient plus</translation>
    </message>
    <message>
        <source>API token for &quot;%1&quot; (%2), not shown: </source>
        <translation>Jeton d&apos;API de «&#xa0;%1&#xa0;» (%2), non affiché&#xa0;: </translation>
    </message>
    <message>
        <source>no token given: type it at the prompt, or pipe it to standard input</source>
        <translation>aucun jeton fourni&#xa0;: tapez-le à l&apos;invite, ou envoyez-le sur l&apos;entrée standard</translation>
    </message>
    <message>
        <source>a token is one word without spaces or line breaks</source>
        <translation>un jeton est un seul mot, sans espaces ni retours à la ligne</translation>
    </message>
    <message>
        <source>no keychain service is running (Secret Service or KWallet), so the token for &quot;%1&quot; cannot be stored; start one, or set the environment variable named by &quot;token_env&quot; instead. Greenlight never keeps tokens in a plain-text file.</source>
        <translation>aucun service de trousseau n&apos;est actif (Secret Service ou KWallet)&#xa0;: le jeton de «&#xa0;%1&#xa0;» ne peut donc pas être enregistré&#xa0;; démarrez-en un, ou définissez plutôt la variable d&apos;environnement nommée par &quot;token_env&quot;. Greenlight ne conserve jamais de jetons dans un fichier en clair.</translation>
    </message>
    <message>
        <source>the token for &quot;%1&quot; could not be stored in %2: %3</source>
        <translation>le jeton de «&#xa0;%1&#xa0;» n&apos;a pas pu être enregistré dans %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>stored the token for &quot;%1&quot; in %2</source>
        <translation>jeton de «&#xa0;%1&#xa0;» enregistré dans %2</translation>
    </message>
    <message>
        <source>note: %1 (token_env) is set in this environment and is used instead of the keychain</source>
        <translation>remarque&#xa0;: %1 (token_env) est défini dans cet environnement et il est utilisé à la place du trousseau</translation>
    </message>
    <message>
        <source>Listen on &lt;port&gt; (default: any free port).</source>
        <translation>Écouter sur &lt;port&gt; (par défaut&#xa0;: n&apos;importe quel port libre).</translation>
    </message>
    <message>
        <source>Load the scenario from &lt;file&gt; (default: the demo).</source>
        <translation>Charger le scénario depuis &lt;file&gt; (par défaut&#xa0;: la démo).</translation>
    </message>
    <message>
        <source>Let running jobs finish and new holds appear every 60 s.</source>
        <translation>Laisser les jobs en cours se terminer et de nouvelles approbations en attente apparaître toutes les 60&#xa0;s.</translation>
    </message>
    <message>
        <source>Serve &lt;n&gt; projects at each vendor (CircleCI ones of 20 pipelines), a hold in every 50th (instead of the demo).</source>
        <translation>Servir &lt;n&gt; projets chez chaque fournisseur (ceux de CircleCI avec 20 pipelines chacun), avec une approbation en attente dans un sur 50 (au lieu de la démo).</translation>
    </message>
    <message>
        <source>Answer every request &lt;ms&gt; milliseconds late (a server far away).</source>
        <translation>Répondre à chaque requête avec &lt;ms&gt; millisecondes de retard (comme un serveur lointain).</translation>
    </message>
    <message>
        <source>Soak mode: give a random fault (HTTP 500, 502, 503 or 429, a reset, a truncated or HTML body) to a share &lt;rate&gt; of the API requests, from 0 to 1 (e.g. 0.2).</source>
        <translation>Mode endurance&#xa0;: infliger une panne aléatoire (HTTP 500, 502, 503 ou 429, une connexion réinitialisée, un corps tronqué ou HTML) à une part &lt;rate&gt; des requêtes d&apos;API, de 0 à 1 (par ex. 0.2).</translation>
    </message>
    <message>
        <source>Seed the soak mode&apos;s random faults with &lt;n&gt; (default: 1), to repeat a run.</source>
        <translation>Initialiser les pannes aléatoires du mode endurance avec la graine &lt;n&gt; (par défaut&#xa0;: 1), pour reproduire une exécution.</translation>
    </message>
    <message>
        <source>--scale: expected a number of projects from 1 to 100000</source>
        <translation>--scale&#xa0;: nombre de projets de 1 à 100000 attendu</translation>
    </message>
    <message>
        <source>--latency-ms: expected a number of milliseconds from 0 to 600000</source>
        <translation>--latency-ms&#xa0;: nombre de millisecondes de 0 à 600000 attendu</translation>
    </message>
    <message>
        <source>--soak: expected a fraction of the requests from 0 to 1 (e.g. 0.2)</source>
        <translation>--soak&#xa0;: fraction des requêtes de 0 à 1 attendue (par ex. 0.2)</translation>
    </message>
    <message>
        <source>--soak-seed: expected a number from 0 to 4294967295</source>
        <translation>--soak-seed&#xa0;: nombre de 0 à 4294967295 attendu</translation>
    </message>
    <message>
        <source>--port: expected a number from 0 to 65535</source>
        <translation>--port&#xa0;: nombre de 0 à 65535 attendu</translation>
    </message>
    <message>
        <source>%1: cannot read the scenario: %2</source>
        <translation>%1&#xa0;: impossible de lire le scénario&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot listen on 127.0.0.1:%1</source>
        <translation>impossible d&apos;écouter sur 127.0.0.1:%1</translation>
    </message>
    <message>
        <source>Simulator listening on %1 (token: %2). Stop with Ctrl+C.</source>
        <translation>Simulateur à l&apos;écoute sur %1 (jeton&#xa0;: %2). Arrêtez-le avec Ctrl+C.</translation>
    </message>
    <message numerus="yes">
        <source>Simulator stopped after %n request(s).</source>
        <translation>
            <numerusform>Simulateur arrêté après %n requête.</numerusform>
            <numerusform>Simulateur arrêté après %n requêtes.</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>commande inconnue &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>Config</name>
    <message>
        <source>%1: expected a whole number from %2 to %3, found %4</source>
        <translation>%1&#xa0;: nombre entier de %2 à %3 attendu, trouvé %4</translation>
    </message>
    <message>
        <source>%1: tokens are never stored in servers.json; put the token in the keychain or in the environment variable named by &quot;token_env&quot;</source>
        <translation>%1&#xa0;: les jetons ne sont jamais stockés dans servers.json&#xa0;; mettez le jeton dans le trousseau ou dans la variable d&apos;environnement nommée par &quot;token_env&quot;</translation>
    </message>
    <message>
        <source>%1: unknown field (expected one of: %2; or a note whose name starts with &quot;_&quot;)</source>
        <translation>%1&#xa0;: champ inconnu (attendu&#xa0;: l&apos;un de %2&#xa0;; ou une note dont le nom commence par &quot;_&quot;)</translation>
    </message>
    <message>
        <source>%1: proxy credentials do not belong in servers.json; give the proxy as http://host:port and keep its user name and password in the keychain</source>
        <translation>%1&#xa0;: les identifiants du proxy n&apos;ont pas leur place dans servers.json&#xa0;; indiquez le proxy sous la forme http://host:port et gardez son nom d&apos;utilisateur et son mot de passe dans le trousseau</translation>
    </message>
    <message>
        <source>%1: expected &quot;system&quot;, &quot;none&quot; or a proxy address http://host:port, found &quot;%2&quot;</source>
        <translation>%1&#xa0;: &quot;system&quot;, &quot;none&quot; ou une adresse de proxy http://host:port attendu, trouvé &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: expected an http:// proxy address (http://host:port), found the scheme &quot;%2&quot; in &quot;%3&quot;</source>
        <translation>%1&#xa0;: adresse de proxy http:// attendue (http://host:port), trouvé le schéma &quot;%2&quot; dans &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1: expected a proxy address http://host:port, the host is missing in &quot;%2&quot;</source>
        <translation>%1&#xa0;: adresse de proxy http://host:port attendue, l&apos;hôte manque dans &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: expected a proxy address http://host:port, the port is missing in &quot;%2&quot;</source>
        <translation>%1&#xa0;: adresse de proxy http://host:port attendue, le port manque dans &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: expected only http://host:port, without path, query or fragment, found &quot;%2&quot;</source>
        <translation>%1&#xa0;: uniquement http://host:port attendu, sans chemin, requête ni fragment, trouvé &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: expected an array of SHA-256 fingerprints such as [&quot;AB:CD:…&quot;], found %2</source>
        <translation>%1&#xa0;: tableau d&apos;empreintes SHA-256 attendu, tel que [&quot;AB:CD:…&quot;], trouvé %2</translation>
    </message>
    <message>
        <source>%1: expected a SHA-256 fingerprint (32 hex pairs separated by colons, AB:CD:…), found %2</source>
        <translation>%1&#xa0;: empreinte SHA-256 attendue (32 paires hexadécimales séparées par des deux-points, AB:CD:…), trouvé %2</translation>
    </message>
    <message>
        <source>%1: expected a SHA-256 fingerprint (32 hex pairs separated by colons, AB:CD:…), found &quot;%2&quot;</source>
        <translation>%1&#xa0;: empreinte SHA-256 attendue (32 paires hexadécimales séparées par des deux-points, AB:CD:…), trouvé &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is listed twice</source>
        <translation>%1&#xa0;: &quot;%2&quot; figure deux fois</translation>
    </message>
    <message>
        <source>%1: expected an object, found %2</source>
        <translation>%1&#xa0;: objet attendu, trouvé %2</translation>
    </message>
    <message>
        <source>%1: expected letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (at most 64), found &quot;%2&quot;</source>
        <translation>%1&#xa0;: lettres, chiffres, &apos;.&apos;, &apos;_&apos; ou &apos;-&apos; attendus (64 au plus), trouvé &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: expected one of %2, found &quot;%3&quot;</source>
        <translation>%1&#xa0;: l&apos;une des valeurs %2 attendue, trouvé &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1: expected an https:// address, found &quot;%2&quot;</source>
        <translation>%1&#xa0;: adresse https:// attendue, trouvé &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: plain http:// is allowed only to loopback addresses (127.0.0.1, ::1, localhost); use https:// for &quot;%2&quot;</source>
        <translation>%1&#xa0;: le simple http:// n&apos;est autorisé que vers les adresses de bouclage (127.0.0.1, ::1, localhost)&#xa0;; utilisez https:// pour &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: expected a base address without user, query or fragment, found &quot;%2&quot;</source>
        <translation>%1&#xa0;: adresse de base attendue, sans utilisateur, requête ni fragment, trouvé &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: expected an environment variable name, found &quot;%2&quot;</source>
        <translation>%1&#xa0;: nom de variable d&apos;environnement attendu, trouvé &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: expected at least one project</source>
        <translation>%1&#xa0;: au moins un projet attendu</translation>
    </message>
    <message>
        <source>%1: expected a non-empty project string, found %2</source>
        <translation>%1&#xa0;: chaîne de projet non vide attendue, trouvé %2</translation>
    </message>
    <message>
        <source>%1: expected a readable PEM file, &quot;%2&quot; is not one</source>
        <translation>%1&#xa0;: fichier PEM lisible attendu, &quot;%2&quot; n&apos;en est pas un</translation>
    </message>
    <message>
        <source>expected an object with &quot;servers&quot;, found %1</source>
        <translation>objet avec &quot;servers&quot; attendu, trouvé %1</translation>
    </message>
    <message>
        <source>protected_environments: expected an array of patterns such as [&quot;prod*&quot;], found %1</source>
        <translation>protected_environments&#xa0;: tableau de motifs attendu, tel que [&quot;prod*&quot;], trouvé %1</translation>
    </message>
    <message>
        <source>protected_environments[%1]: expected a non-empty pattern, found %2</source>
        <translation>protected_environments[%1]&#xa0;: motif non vide attendu, trouvé %2</translation>
    </message>
    <message>
        <source>servers[%1] (&quot;%2&quot;).proxy: &quot;%3&quot; uses the same address (%4) with another proxy setting; servers at one address share one proxy</source>
        <translation>servers[%1] (&quot;%2&quot;).proxy&#xa0;: &quot;%3&quot; utilise la même adresse (%4) avec un autre réglage de proxy&#xa0;; les serveurs d&apos;une même adresse partagent un seul proxy</translation>
    </message>
    <message>
        <source>servers[%1].name: &quot;%2&quot; is used by an earlier server; names must be unique</source>
        <translation>servers[%1].name&#xa0;: &quot;%2&quot; est déjà utilisé par un serveur précédent&#xa0;; les noms doivent être uniques</translation>
    </message>
    <message>
        <source>%1: cannot read the configuration: %2</source>
        <translation>%1&#xa0;: impossible de lire la configuration&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ConfigWriter</name>
    <message>
        <source>%1: the file is not a JSON object, so it is not rewritten; fix or move it first</source>
        <translation>%1&#xa0;: le fichier n&apos;est pas un objet JSON, il n&apos;est donc pas réécrit&#xa0;; corrigez-le ou déplacez-le d&apos;abord</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1&#xa0;: lecture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1&#xa0;: écriture impossible&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>server &quot;%1&quot;: no token configured: name an environment variable in &quot;token_env&quot;</source>
        <translation>serveur «&#xa0;%1&#xa0;»&#xa0;: aucun jeton configuré&#xa0;: nommez une variable d&apos;environnement dans &quot;token_env&quot;</translation>
    </message>
    <message>
        <source>server &quot;%1&quot;: environment variable %2 (token_env) is not set or empty; set it to your API token for this server and start Greenlight again</source>
        <translation>serveur «&#xa0;%1&#xa0;»&#xa0;: la variable d&apos;environnement %2 (token_env) n&apos;est pas définie ou est vide&#xa0;; donnez-lui pour valeur votre jeton d&apos;API pour ce serveur et relancez Greenlight</translation>
    </message>
    <message>
        <source> (environment variable %1, named by &quot;token_env&quot;, is not set either)</source>
        <translation> (la variable d&apos;environnement %1, nommée par &quot;token_env&quot;, n&apos;est pas définie non plus)</translation>
    </message>
    <message>
        <source>server &quot;%1&quot;: no token: there is no keychain to read it from%2; set the environment variable named by &quot;token_env&quot;</source>
        <translation>serveur «&#xa0;%1&#xa0;»&#xa0;: aucun jeton&#xa0;: il n&apos;y a pas de trousseau où le lire%2&#xa0;; définissez la variable d&apos;environnement nommée par &quot;token_env&quot;</translation>
    </message>
    <message>
        <source>server &quot;%1&quot;: no token in %2%3; add it with File → Servers… or `greenlight token set %1`</source>
        <translation>serveur «&#xa0;%1&#xa0;»&#xa0;: aucun jeton dans %2%3&#xa0;; ajoutez-le avec Fichier → Serveurs… ou `greenlight token set %1`</translation>
    </message>
    <message>
        <source>server &quot;%1&quot;: no keychain service is running (Secret Service or KWallet), so its token cannot be read%2; start one, or put the token in an environment variable named by &quot;token_env&quot;. Greenlight never keeps tokens in a plain-text file.</source>
        <translation>serveur «&#xa0;%1&#xa0;»&#xa0;: aucun service de trousseau n&apos;est actif (Secret Service ou KWallet), son jeton ne peut donc pas être lu%2&#xa0;; démarrez-en un, ou mettez le jeton dans une variable d&apos;environnement nommée par &quot;token_env&quot;. Greenlight ne conserve jamais de jetons dans un fichier en clair.</translation>
    </message>
    <message>
        <source>server &quot;%1&quot;: the keychain refused access to its token: %2</source>
        <translation>serveur «&#xa0;%1&#xa0;»&#xa0;: le trousseau a refusé l&apos;accès à son jeton&#xa0;: %2</translation>
    </message>
    <message>
        <source>server &quot;%1&quot;: the keychain could not be read: %2</source>
        <translation>serveur «&#xa0;%1&#xa0;»&#xa0;: impossible de lire le trousseau&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>DecisionService</name>
    <message>
        <source>it now releases commit %1 (you confirmed %2)</source>
        <translation>il livre désormais le commit %1 (vous aviez confirmé %2)</translation>
    </message>
    <message>
        <source>it now belongs to pipeline #%1 (you confirmed #%2)</source>
        <translation>il appartient désormais au pipeline #%1 (vous aviez confirmé #%2)</translation>
    </message>
    <message>
        <source>it now belongs to another pipeline (%1, you confirmed %2)</source>
        <translation>il appartient désormais à un autre pipeline (%1, vous aviez confirmé %2)</translation>
    </message>
    <message>
        <source>it now deploys to %1 (you confirmed %2)</source>
        <translation>il déploie désormais vers %1 (vous aviez confirmé %2)</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approuvé</translation>
    </message>
    <message>
        <source>approved and started</source>
        <translation>approuvé et lancé</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejeté</translation>
    </message>
    <message>
        <source>a decision on %1 is already in flight; nothing more was sent</source>
        <translation>une décision sur %1 est déjà en cours&#xa0;; rien de plus n&apos;a été envoyé</translation>
    </message>
    <message>
        <source> The refusal could not be written to the audit log: %1</source>
        <translation> Le refus n&apos;a pas pu être écrit dans le journal d&apos;audit&#xa0;: %1</translation>
    </message>
    <message>
        <source>no configured server is named &quot;%1&quot; (from the gate id %2)</source>
        <translation>aucun serveur configuré ne s&apos;appelle «&#xa0;%1&#xa0;» (d&apos;après l&apos;ID de point de contrôle %2)</translation>
    </message>
    <message>
        <source>a rejection needs a note saying why</source>
        <translation>un rejet exige une note qui en donne la raison</translation>
    </message>
    <message>
        <source>this server needs a comment with every decision; add a note</source>
        <translation>ce serveur exige un commentaire avec chaque décision&#xa0;; ajoutez une note</translation>
    </message>
    <message>
        <source>the note has %1 characters; at most %2 are kept</source>
        <translation>la note compte %1 caractères&#xa0;; %2 au plus sont conservés</translation>
    </message>
    <message>
        <source>the note has %1 characters and the server takes at most %2 in a comment; shorten it (nothing is cut silently)</source>
        <translation>la note compte %1 caractères et le serveur n&apos;en accepte que %2 au plus dans un commentaire&#xa0;; raccourcissez-la (rien n&apos;est coupé sans prévenir)</translation>
    </message>
    <message>
        <source>the audit log cannot be written, so nothing was sent: cannot open its lock %1: %2</source>
        <translation>impossible d&apos;écrire dans le journal d&apos;audit, rien n&apos;a donc été envoyé&#xa0;: impossible d&apos;ouvrir son verrou %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot take the decision lock: %1; nothing was sent</source>
        <translation>impossible de prendre le verrou des décisions&#xa0;: %1&#xa0;; rien n&apos;a été envoyé</translation>
    </message>
    <message numerus="yes">
        <source>another Greenlight has been deciding for %n s; nothing was sent. Try again when it is done.</source>
        <translation>
            <numerusform>une autre instance de Greenlight décide depuis %n&#xa0;s&#xa0;; rien n&apos;a été envoyé. Réessayez quand elle aura terminé.</numerusform>
            <numerusform>une autre instance de Greenlight décide depuis %n&#xa0;s&#xa0;; rien n&apos;a été envoyé. Réessayez quand elle aura terminé.</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot read the gate from server %1 before deciding: %2; nothing was sent</source>
        <translation>impossible de lire le point de contrôle sur le serveur %1 avant de décider&#xa0;: %2&#xa0;; rien n&apos;a été envoyé</translation>
    </message>
    <message>
        <source>the server was removed; nothing was sent</source>
        <translation>le serveur a été supprimé&#xa0;; rien n&apos;a été envoyé</translation>
    </message>
    <message>
        <source>%1 changed since you confirmed it: %2; nothing was sent. Look at it again and decide anew.</source>
        <translation>%1 a changé depuis que vous l&apos;avez confirmé&#xa0;: %2&#xa0;; rien n&apos;a été envoyé. Réexaminez-le et décidez à nouveau.</translation>
    </message>
    <message>
        <source>; nothing was sent</source>
        <translation>&#xa0;; rien n&apos;a été envoyé</translation>
    </message>
    <message>
        <source>you cannot approve as &quot;%1&quot; here (you may approve as: %2); nothing was sent</source>
        <translation>vous ne pouvez pas approuver en tant que «&#xa0;%1&#xa0;» ici (vous pouvez approuver en tant que&#xa0;: %2)&#xa0;; rien n&apos;a été envoyé</translation>
    </message>
    <message>
        <source>the gate asks for no parameter &quot;%1&quot;; nothing was sent</source>
        <translation>le point de contrôle ne demande aucun paramètre &quot;%1&quot;&#xa0;; rien n&apos;a été envoyé</translation>
    </message>
    <message>
        <source> (approving as %1)</source>
        <translation> (approbation en tant que %1)</translation>
    </message>
    <message>
        <source>the audit log cannot be written, so nothing was sent: %1</source>
        <translation>impossible d&apos;écrire dans le journal d&apos;audit, rien n&apos;a donc été envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <source> The outcome could not be written to the audit log: %1</source>
        <translation> Le résultat n&apos;a pas pu être écrit dans le journal d&apos;audit&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>not %1: %2</source>
        <translation>non %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the outcome is unknown: %1</source>
        <translation>le résultat est inconnu&#xa0;: %1</translation>
    </message>
    <message>
        <source>the outcome is unknown (%1) and the gate could not be read again (%2); check it before trying again</source>
        <translation>le résultat est inconnu (%1) et le point de contrôle n&apos;a pas pu être relu (%2)&#xa0;; vérifiez-le avant de réessayer</translation>
    </message>
    <message>
        <source>not %1: the request failed (%2) and the gate still waits</source>
        <translation>non %1&#xa0;: la requête a échoué (%2) et le point de contrôle est toujours en attente</translation>
    </message>
    <message>
        <source>%1 (confirmed by reading it again after a failed answer: the gate no longer waits for it; its state: %2): %3</source>
        <translation>%1 (confirmé en le relisant après une réponse en échec&#xa0;: le point de contrôle ne l&apos;attend plus&#xa0;; son état&#xa0;: %2)&#xa0;: %3</translation>
    </message>
    <message>
        <source> The verification could not be written to the audit log: %1</source>
        <translation> La vérification n&apos;a pas pu être écrite dans le journal d&apos;audit&#xa0;: %1</translation>
    </message>
    <message>
        <source>reject</source>
        <translation>rejet</translation>
    </message>
    <message>
        <source>approve</source>
        <translation>approbation</translation>
    </message>
    <message>
        <source>the decision to %1 %2 (audit record %3)</source>
        <translation>la décision (%1) sur %2 (enregistrement d&apos;audit %3)</translation>
    </message>
    <message>
        <source>An earlier run stopped before the answer to %1; the server now says: %2</source>
        <translation>Un lancement précédent de Greenlight s&apos;est arrêté avant la réponse à %1&#xa0;; le serveur indique maintenant&#xa0;: %2</translation>
    </message>
    <message>
        <source>The outcome of %1 is still unknown: its server could not be read; check the gate %2 on the server</source>
        <translation>Le résultat de %1 est toujours inconnu&#xa0;: son serveur n&apos;a pas pu être lu&#xa0;; vérifiez le point de contrôle %2 sur le serveur</translation>
    </message>
    <message>
        <source>cannot open the decision lock %1: %2</source>
        <translation>impossible d&apos;ouvrir le verrou des décisions %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>another Greenlight is deciding; the decisions of earlier runs are looked at later</source>
        <translation>une autre instance de Greenlight est en train de décider&#xa0;; les décisions des lancements précédents seront examinées plus tard</translation>
    </message>
</context>
<context>
    <name>GitHub</name>
    <message>
        <source>body</source>
        <translation>corps de la réponse</translation>
    </message>
    <message>
        <source>%1: expected a user object, found %2</source>
        <translation>%1&#xa0;: objet utilisateur attendu, trouvé %2</translation>
    </message>
    <message>
        <source>%1: expected a team object, found %2</source>
        <translation>%1&#xa0;: objet équipe attendu, trouvé %2</translation>
    </message>
    <message>
        <source>%1: a team needs a slug or a name</source>
        <translation>%1&#xa0;: une équipe doit avoir un slug ou un nom</translation>
    </message>
    <message>
        <source>%1: expected an environment object, found %2</source>
        <translation>%1&#xa0;: objet environnement attendu, trouvé %2</translation>
    </message>
    <message>
        <source>%1: expected a reviewer object, found %2</source>
        <translation>%1&#xa0;: objet réviseur attendu, trouvé %2</translation>
    </message>
    <message>
        <source>%1: required field is missing</source>
        <translation>%1&#xa0;: champ obligatoire absent</translation>
    </message>
    <message>
        <source>%1: expected a pending deployment object, found %2</source>
        <translation>%1&#xa0;: objet déploiement en attente attendu, trouvé %2</translation>
    </message>
    <message>
        <source>%1: expected a workflow run object, found %2</source>
        <translation>%1&#xa0;: objet exécution de workflow attendu, trouvé %2</translation>
    </message>
    <message>
        <source>%1: expected a review object, found %2</source>
        <translation>%1&#xa0;: objet révision attendu, trouvé %2</translation>
    </message>
    <message>
        <source>%1: expected a deployment object, found %2</source>
        <translation>%1&#xa0;: objet déploiement attendu, trouvé %2</translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation>tableau attendu, trouvé %1</translation>
    </message>
    <message>
        <source>expected an array of repositories, found %1</source>
        <translation>tableau de dépôts attendu, trouvé %1</translation>
    </message>
    <message>
        <source>%1: expected a repository object, found %2</source>
        <translation>%1&#xa0;: objet dépôt attendu, trouvé %2</translation>
    </message>
    <message>
        <source>expected an object with &quot;workflow_runs&quot;, found %1</source>
        <translation>objet avec &quot;workflow_runs&quot; attendu, trouvé %1</translation>
    </message>
</context>
<context>
    <name>GitHubProvider</name>
    <message>
        <source>&quot;%1&quot; is not a repository (expected owner/name)</source>
        <translation>&quot;%1&quot; n&apos;est pas un dépôt (attendu&#xa0;: propriétaire/nom)</translation>
    </message>
    <message>
        <source>%1: the next page points to another server (%2)</source>
        <translation>%1&#xa0;: la page suivante pointe vers un autre serveur (%2)</translation>
    </message>
    <message>
        <source>%1: page %2 links back to page %3, so the listing would loop; the rest was not read</source>
        <translation>%1&#xa0;: la page %2 renvoie à la page %3, la liste tournerait donc en boucle&#xa0;; le reste n&apos;a pas été lu</translation>
    </message>
    <message>
        <source>%1: more than %2 pages of waiting runs; the rest were not read</source>
        <translation>%1&#xa0;: plus de %2 pages d&apos;exécutions en attente&#xa0;; le reste n&apos;a pas été lu</translation>
    </message>
    <message>
        <source> (GitHub&apos;s secondary rate limit: too many requests at once)</source>
        <translation> (limite de débit secondaire de GitHub&#xa0;: trop de requêtes simultanées)</translation>
    </message>
    <message>
        <source> (the token&apos;s hourly request budget is used up)</source>
        <translation> (le quota horaire de requêtes du jeton est épuisé)</translation>
    </message>
    <message>
        <source> (the token may lack the right to this repository&apos;s deployments)</source>
        <translation> (le jeton n&apos;a peut-être pas accès aux déploiements de ce dépôt)</translation>
    </message>
    <message>
        <source> (no such repository, or the token cannot see it)</source>
        <translation> (dépôt inexistant, ou invisible pour ce jeton)</translation>
    </message>
    <message>
        <source>needs review</source>
        <translation>à réviser</translation>
    </message>
    <message>
        <source>GitHub does not let this token review the deployment to %1</source>
        <translation>GitHub ne permet pas à ce jeton de réviser le déploiement vers %1</translation>
    </message>
    <message>
        <source>GitHub lets only the required reviewers of %1 decide (%2)</source>
        <translation>GitHub ne laisse décider que les réviseurs requis de %1 (%2)</translation>
    </message>
    <message>
        <source>approved by %1</source>
        <translation>approuvé par %1</translation>
    </message>
    <message>
        <source>rejected by %1</source>
        <translation>rejeté par %1</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <comment>approved by ana for staging</comment>
        <translation>%1 pour %2</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n&#xa0;min</numerusform>
            <numerusform>%n&#xa0;min</numerusform>
        </translation>
    </message>
    <message>
        <source>, until %1</source>
        <translation>, jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>, ended</source>
        <translation>, écoulé</translation>
    </message>
    <message>
        <source>Wait timer</source>
        <translation>Minuteur d&apos;attente</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a GitHub gate id of server %2 (expected %2/repos/&lt;owner&gt;/&lt;repo&gt;/runs/&lt;id&gt;/environments/&lt;id&gt;)</source>
        <translation>&quot;%1&quot; n&apos;est pas un ID de point de contrôle GitHub du serveur %2 (format attendu&#xa0;: %2/repos/&lt;owner&gt;/&lt;repo&gt;/runs/&lt;id&gt;/environments/&lt;id&gt;)</translation>
    </message>
    <message>
        <source>GitHub goes on with the run by itself once approved; there is nothing to start separately</source>
        <translation>GitHub poursuit l&apos;exécution de lui-même une fois l&apos;approbation donnée&#xa0;; il n&apos;y a rien à lancer séparément</translation>
    </message>
    <message>
        <source>run #%1 no longer waits for a review of this environment (the run is %2)</source>
        <translation>l&apos;exécution #%1 n&apos;attend plus de révision pour cet environnement (état de l&apos;exécution&#xa0;: %2)</translation>
    </message>
    <message>
        <source>not a GitHub gate: %1</source>
        <translation>pas un point de contrôle GitHub&#xa0;: %1</translation>
    </message>
    <message>
        <source>GitHub rejects the deployment to %1: run &quot;%2&quot; #%3 fails there and does not deploy.</source>
        <translation>GitHub rejette le déploiement vers %1&#xa0;: l&apos;exécution «&#xa0;%2&#xa0;» #%3 y échoue et ne déploie pas.</translation>
    </message>
    <message>
        <source>GitHub approves the deployment to %1, with your note as the review&apos;s comment; run &quot;%2&quot; #%3 goes on.</source>
        <translation>GitHub approuve le déploiement vers %1, avec votre note comme commentaire de révision&#xa0;; l&apos;exécution «&#xa0;%2&#xa0;» #%3 se poursuit.</translation>
    </message>
</context>
<context>
    <name>GitLab</name>
    <message>
        <source>%1: expected an array, found %2</source>
        <translation>%1&#xa0;: tableau attendu, trouvé %2</translation>
    </message>
    <message>
        <source>%1: expected a deployment object, found %2</source>
        <translation>%1&#xa0;: objet déploiement attendu, trouvé %2</translation>
    </message>
    <message>
        <source>body</source>
        <translation>corps de la réponse</translation>
    </message>
    <message>
        <source>%1: expected a job object, found %2</source>
        <translation>%1&#xa0;: objet job attendu, trouvé %2</translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation>tableau attendu, trouvé %1</translation>
    </message>
</context>
<context>
    <name>GitLabProvider</name>
    <message>
        <source>rejected by %1</source>
        <translation>rejeté par %1</translation>
    </message>
    <message>
        <source>approved by %1</source>
        <translation>approuvé par %1</translation>
    </message>
    <message>
        <source>%1: page %2 names page %3 as the next one, so the listing would loop; the rest was not read</source>
        <translation>%1&#xa0;: la page %2 désigne la page %3 comme suivante, la liste tournerait donc en boucle&#xa0;; le reste n&apos;a pas été lu</translation>
    </message>
    <message>
        <source>%1: more than %2 pages of blocked deployments; the rest were not read</source>
        <translation>%1&#xa0;: plus de %2 pages de déploiements bloqués&#xa0;; le reste n&apos;a pas été lu</translation>
    </message>
    <message>
        <source>deployment #%1 to %2 (pipeline #%3) is newer and waits too</source>
        <translation>le déploiement #%1 vers %2 (pipeline #%3) est plus récent et attend lui aussi</translation>
    </message>
    <message>
        <source>needs approval</source>
        <translation>à approuver</translation>
    </message>
    <message>
        <source>you triggered this deployment, and GitLab does not let you approve your own deployment in this project</source>
        <translation>vous avez déclenché ce déploiement, et GitLab ne vous permet pas d&apos;approuver votre propre déploiement dans ce projet</translation>
    </message>
    <message>
        <source>you have approved it already; it waits for others</source>
        <translation>vous l&apos;avez déjà approuvé&#xa0;; il attend d&apos;autres approbations</translation>
    </message>
    <message>
        <source>ready to run</source>
        <translation>prêt à être lancé</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a GitLab gate id of server %2 (expected %2/projects/&lt;project&gt;/deployments/&lt;id&gt; or .../jobs/&lt;id&gt;)</source>
        <translation>&quot;%1&quot; n&apos;est pas un ID de point de contrôle GitLab du serveur %2 (format attendu&#xa0;: %2/projects/&lt;project&gt;/deployments/&lt;id&gt; ou .../jobs/&lt;id&gt;)</translation>
    </message>
    <message>
        <source>a GitLab manual job cannot be rejected; leave it unplayed</source>
        <translation>un job manuel GitLab ne peut pas être rejeté&#xa0;; ne le lancez pas</translation>
    </message>
    <message>
        <source>the job &quot;%1&quot; is no longer waiting to be played (status: %2)</source>
        <translation>le job «&#xa0;%1&#xa0;» n&apos;attend plus d&apos;être lancé (statut&#xa0;: %2)</translation>
    </message>
    <message>
        <source>This deployment is not waiting for approvals (status: %1).</source>
        <translation>Ce déploiement n&apos;attend pas d&apos;approbation (statut&#xa0;: %1).</translation>
    </message>
    <message>
        <source>this environment uses GitLab&apos;s unified approval setting, which starts the job itself after the last approval; approve it instead</source>
        <translation>cet environnement utilise le paramètre d&apos;approbation unifié de GitLab, qui lance lui-même le job après la dernière approbation&#xa0;; approuvez-le simplement</translation>
    </message>
    <message>
        <source>not a GitLab gate: %1</source>
        <translation>pas un point de contrôle GitLab&#xa0;: %1</translation>
    </message>
    <message>
        <source>approved, but the job did not start: %1</source>
        <translation>approuvé, mais le job n&apos;a pas démarré&#xa0;: %1</translation>
    </message>
    <message>
        <source>GitLab has no reject for a manual job; it stays unplayed.</source>
        <translation>GitLab ne permet pas de rejeter un job manuel&#xa0;; il reste non lancé.</translation>
    </message>
    <message>
        <source>GitLab starts the manual job &quot;%1&quot; (play).</source>
        <translation>GitLab lance le job manuel «&#xa0;%1&#xa0;» (play).</translation>
    </message>
    <message>
        <source>GitLab records your approval for %1; once every rule is met the deployment is unblocked, and its job &quot;%2&quot; still has to be run.</source>
        <translation>GitLab enregistre votre approbation pour %1&#xa0;; une fois toutes les règles satisfaites, le déploiement est débloqué, et son job «&#xa0;%2&#xa0;» reste à lancer.</translation>
    </message>
    <message>
        <source>GitLab records your approval for %1; after the last required approval the job &quot;%2&quot; starts.</source>
        <translation>GitLab enregistre votre approbation pour %1&#xa0;; après la dernière approbation requise, le job «&#xa0;%2&#xa0;» démarre.</translation>
    </message>
    <message>
        <source>GitLab records your approval for %1, then Greenlight runs the job &quot;%2&quot;.</source>
        <translation>GitLab enregistre votre approbation pour %1, puis Greenlight lance le job «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>GitLab rejects the deployment to %1: the job &quot;%2&quot; fails and does not deploy.</source>
        <translation>GitLab rejette le déploiement vers %1&#xa0;: le job «&#xa0;%2&#xa0;» échoue et ne déploie pas.</translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <source>refused to contact %1: plain http:// is allowed only to loopback addresses</source>
        <translation>contact avec %1 refusé&#xa0;: le simple http:// n&apos;est autorisé que vers les adresses de bouclage</translation>
    </message>
    <message>
        <source>the certificate is pinned, but a pin does not accept an expired, not yet valid or revoked certificate</source>
        <translation>le certificat est épinglé, mais un épinglage n&apos;accepte pas un certificat expiré, pas encore valide ou révoqué</translation>
    </message>
    <message>
        <source>the answer from %1 is larger than %2; stopped reading</source>
        <translation>la réponse de %1 dépasse %2&#xa0;; lecture interrompue</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1&#xa0;ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1&#xa0;s</translation>
    </message>
    <message>
        <source>%1 did not answer for %2</source>
        <translation>%1 n&apos;a pas répondu pendant %2</translation>
    </message>
    <message>
        <source>%1 did not finish its answer within %2; stopped reading</source>
        <translation>%1 n&apos;a pas terminé sa réponse en %2&#xa0;; lecture interrompue</translation>
    </message>
    <message>
        <source>TLS error with %1: %2</source>
        <translation>erreur TLS avec %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The server&apos;s certificate:</source>
        <translation>Certificat du serveur&#xa0;:</translation>
    </message>
    <message>
        <source>cannot reach %1: %2</source>
        <translation>impossible de joindre %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 redirected a %2 request to %3; not followed, so nothing was re-sent</source>
        <translation>%1 a redirigé une requête %2 vers %3&#xa0;; redirection non suivie, rien n&apos;a donc été renvoyé</translation>
    </message>
    <message>
        <source>%1 redirected more than %2 times</source>
        <translation>%1 a redirigé plus de %2 fois</translation>
    </message>
    <message>
        <source>%1 redirected to %2, which is not an allowed address (https only, http only to loopback)</source>
        <translation>%1 a redirigé vers %2, qui n&apos;est pas une adresse autorisée (https uniquement, http seulement vers le bouclage)</translation>
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
        <translation>Sujet&#xa0;: %1
Émetteur&#xa0;: %2
Empreinte SHA-256&#xa0;: %3
Début de validité&#xa0;: %4
Fin de validité&#xa0;: %5</translation>
    </message>
</context>
<context>
    <name>HttpProvider</name>
    <message>
        <source>project %1: %2</source>
        <translation>projet %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>the poll did not finish within %n s (poll_deadline_s) and was stopped; the server answers too slowly</source>
        <translation>
            <numerusform>l&apos;interrogation ne s&apos;est pas terminée en %n&#xa0;s (poll_deadline_s) et a été interrompue&#xa0;; le serveur répond trop lentement</numerusform>
            <numerusform>l&apos;interrogation ne s&apos;est pas terminée en %n&#xa0;s (poll_deadline_s) et a été interrompue&#xa0;; le serveur répond trop lentement</numerusform>
        </translation>
    </message>
    <message>
        <source>a poll of %1 is already running</source>
        <translation>une interrogation de %1 est déjà en cours</translation>
    </message>
    <message>
        <source>the network client is gone</source>
        <translation>le client réseau n&apos;existe plus</translation>
    </message>
    <message>
        <source> (check the server&apos;s token)</source>
        <translation> (vérifiez le jeton du serveur)</translation>
    </message>
    <message>
        <source> (check the token in %1)</source>
        <translation> (vérifiez le jeton dans %1)</translation>
    </message>
    <message numerus="yes">
        <source> (rate limited; the server asks to wait %n s)</source>
        <translation>
            <numerusform> (limite de débit atteinte&#xa0;; le serveur demande d&apos;attendre %n&#xa0;s)</numerusform>
            <numerusform> (limite de débit atteinte&#xa0;; le serveur demande d&apos;attendre %n&#xa0;s)</numerusform>
        </translation>
    </message>
    <message>
        <source> (rate limited)</source>
        <translation> (limite de débit atteinte)</translation>
    </message>
</context>
<context>
    <name>Jenkins</name>
    <message>
        <source>%1: expected a parameter object, found %2</source>
        <translation>%1&#xa0;: objet paramètre attendu, trouvé %2</translation>
    </message>
    <message>
        <source>%1: expected a run object, found %2</source>
        <translation>%1&#xa0;: objet exécution attendu, trouvé %2</translation>
    </message>
    <message>
        <source>%1: expected a pending input object, found %2</source>
        <translation>%1&#xa0;: objet input en attente attendu, trouvé %2</translation>
    </message>
    <message>
        <source>%1: expected an input execution object, found %2</source>
        <translation>%1&#xa0;: objet exécution d&apos;input attendu, trouvé %2</translation>
    </message>
    <message>
        <source>%1: expected a branch object, found %2</source>
        <translation>%1&#xa0;: objet branche attendu, trouvé %2</translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation>tableau attendu, trouvé %1</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>objet attendu, trouvé %1</translation>
    </message>
    <message>
        <source>the job path is empty</source>
        <translation>le chemin du job est vide</translation>
    </message>
    <message>
        <source>job path &quot;%1&quot;: part %2 is empty (a leading, trailing or double /)</source>
        <translation>chemin de job &quot;%1&quot;&#xa0;: la partie %2 est vide (un / au début, à la fin ou doublé)</translation>
    </message>
    <message>
        <source>job path &quot;%1&quot;: &quot;%2&quot; is not a job or folder name</source>
        <translation>chemin de job &quot;%1&quot;&#xa0;: &quot;%2&quot; n&apos;est pas un nom de job ou de dossier</translation>
    </message>
    <message>
        <source>%1: expected a build object, found %2</source>
        <translation>%1&#xa0;: objet build attendu, trouvé %2</translation>
    </message>
    <message>
        <source>%1: expected a job object, found %2</source>
        <translation>%1&#xa0;: objet job attendu, trouvé %2</translation>
    </message>
    <message>
        <source>the crumb issuer answered an empty crumb or header name</source>
        <translation>l&apos;émetteur de crumbs a renvoyé un crumb ou un nom d&apos;en-tête vide</translation>
    </message>
    <message>
        <source>Jenkins took the request as anonymous: the user name or API token was not accepted</source>
        <translation>Jenkins a traité la requête comme anonyme&#xa0;: le nom d&apos;utilisateur ou le jeton d&apos;API n&apos;a pas été accepté</translation>
    </message>
    <message>
        <source>id: required field is missing (nor is there a name)</source>
        <translation>id&#xa0;: champ obligatoire absent (et pas de nom non plus)</translation>
    </message>
</context>
<context>
    <name>JenkinsProvider</name>
    <message>
        <source>the server&apos;s token</source>
        <translation>le jeton du serveur</translation>
    </message>
    <message>
        <source>the token in %1</source>
        <translation>le jeton dans %1</translation>
    </message>
    <message>
        <source> (Jenkins did not accept the user &quot;%1&quot; with this API token: check the user name and %2)</source>
        <translation> (Jenkins n&apos;a pas accepté l&apos;utilisateur «&#xa0;%1&#xa0;» avec ce jeton d&apos;API&#xa0;: vérifiez le nom d&apos;utilisateur et %2)</translation>
    </message>
    <message>
        <source> (Jenkins took the request as anonymous, not as the user &quot;%1&quot;: check the user name and %2)</source>
        <translation> (Jenkins a traité la requête comme anonyme, et non comme venant de l&apos;utilisateur «&#xa0;%1&#xa0;»&#xa0;: vérifiez le nom d&apos;utilisateur et %2)</translation>
    </message>
    <message>
        <source> (the user &quot;%1&quot; lacks the permission %2)</source>
        <translation> (l&apos;utilisateur «&#xa0;%1&#xa0;» n&apos;a pas la permission %2)</translation>
    </message>
    <message>
        <source>waiting for input</source>
        <translation>en attente de l&apos;input</translation>
    </message>
    <message>
        <source>Jenkins lets only %1 answer this input (you are %2)</source>
        <translation>Jenkins ne laisse que %1 répondre à cet input (vous êtes %2)</translation>
    </message>
    <message>
        <source>Who may decide</source>
        <translation>Qui peut décider</translation>
    </message>
    <message>
        <source>anyone with Job/Build on this job</source>
        <translation>toute personne ayant Job/Build sur ce job</translation>
    </message>
    <message>
        <source>Proceed button</source>
        <translation>Bouton Proceed</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Jenkins gate id of server %2 (expected %2/job/&lt;folder&gt;/job/&lt;job&gt;/&lt;build&gt;/input/&lt;id&gt;)</source>
        <translation>&quot;%1&quot; n&apos;est pas un ID de point de contrôle Jenkins du serveur %2 (format attendu&#xa0;: %2/job/&lt;folder&gt;/job/&lt;job&gt;/&lt;build&gt;/input/&lt;id&gt;)</translation>
    </message>
    <message>
        <source>Jenkins goes on by itself once the input is answered; there is nothing to start separately</source>
        <translation>Jenkins poursuit de lui-même une fois la réponse à l&apos;input donnée&#xa0;; il n&apos;y a rien à lancer séparément</translation>
    </message>
    <message>
        <source>build #%1 of %2 no longer waits for this input (it was answered or the build went on)</source>
        <translation>le build #%1 de %2 n&apos;attend plus cet input (il a reçu une réponse ou le build a continué)</translation>
    </message>
    <message>
        <source>not a Jenkins gate: %1</source>
        <translation>pas un point de contrôle Jenkins&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot get Jenkins&apos;s CSRF crumb: %1</source>
        <translation>impossible d&apos;obtenir le crumb CSRF de Jenkins&#xa0;: %1</translation>
    </message>
    <message>
        <source>Jenkins aborts build #%1 of %2 at the input &quot;%3&quot;: the build ends as aborted.</source>
        <translation>Jenkins interrompt (Abort) le build #%1 de %2 à l&apos;input «&#xa0;%3&#xa0;»&#xa0;: le build se termine à l&apos;état Annulé.</translation>
    </message>
    <message>
        <source>Jenkins proceeds past the input &quot;%1&quot; and build #%2 of %3 goes on.</source>
        <translation>Jenkins franchit l&apos;input «&#xa0;%1&#xa0;» (Proceed) et le build #%2 de %3 se poursuit.</translation>
    </message>
    <message>
        <source>Jenkins proceeds past the input &quot;%1&quot; with a value for each parameter it asks for, and build #%2 of %3 goes on.</source>
        <translation>Jenkins franchit l&apos;input «&#xa0;%1&#xa0;» (Proceed) avec une valeur pour chaque paramètre demandé, et le build #%2 de %3 se poursuit.</translation>
    </message>
</context>
<context>
    <name>JenkinsText</name>
    <message>
        <source>body</source>
        <translation>corps de la réponse</translation>
    </message>
</context>
<context>
    <name>JsonText</name>
    <message>
        <source>expected JSON, received an empty body</source>
        <translation>JSON attendu, corps vide reçu</translation>
    </message>
    <message>
        <source>expected JSON, received an HTML page</source>
        <translation>JSON attendu, page HTML reçue</translation>
    </message>
    <message>
        <source>expected JSON, received an HTML page titled &quot;%1&quot;</source>
        <translation>JSON attendu, page HTML reçue, intitulée «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>invalid JSON: nested deeper than %1 levels</source>
        <translation>JSON invalide&#xa0;: imbrication de plus de %1 niveaux</translation>
    </message>
    <message numerus="yes">
        <source>invalid JSON: the body ends early after %n byte(s) (truncated?)</source>
        <translation>
            <numerusform>JSON invalide&#xa0;: le corps s&apos;arrête prématurément après %n octet (tronqué&#xa0;?)</numerusform>
            <numerusform>JSON invalide&#xa0;: le corps s&apos;arrête prématurément après %n octets (tronqué&#xa0;?)</numerusform>
        </translation>
    </message>
    <message>
        <source>invalid JSON at byte %1 of %2</source>
        <translation>JSON invalide à l&apos;octet %1 sur %2</translation>
    </message>
    <message>
        <source>%1: expected an object, found %2</source>
        <translation>%1&#xa0;: objet attendu, trouvé %2</translation>
    </message>
    <message>
        <source>body</source>
        <translation>corps de la réponse</translation>
    </message>
    <message>
        <source>%1: required field is missing</source>
        <translation>%1&#xa0;: champ obligatoire absent</translation>
    </message>
    <message>
        <source>%1: expected a string, found %2</source>
        <translation>%1&#xa0;: chaîne attendue, trouvé %2</translation>
    </message>
    <message>
        <source>%1: %2 is too large for a whole number here</source>
        <translation>%1&#xa0;: %2 est trop grand pour un nombre entier ici</translation>
    </message>
    <message>
        <source>%1: expected an integer, found %2</source>
        <translation>%1&#xa0;: entier attendu, trouvé %2</translation>
    </message>
    <message>
        <source>%1: expected true or false, found %2</source>
        <translation>%1&#xa0;: true ou false attendu, trouvé %2</translation>
    </message>
    <message>
        <source>%1: expected an ISO 8601 time, found &quot;%2&quot;</source>
        <translation>%1&#xa0;: horodatage ISO 8601 attendu, trouvé &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: expected an array, found %2</source>
        <translation>%1&#xa0;: tableau attendu, trouvé %2</translation>
    </message>
</context>
<context>
    <name>Keychain</name>
    <message>
        <source>the system keychain</source>
        <translation>le trousseau du système</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>la mémoire</translation>
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
        <translation>Usage&#xa0;:
  greenlight                               ouvrir le tableau de bord
  greenlight --demo                        ouvrir le tableau de bord sur des serveurs simulés
  greenlight list [--json]                 interroger chaque serveur une fois, afficher les points de contrôle en attente
  greenlight approve ID --note TEXT [--yes]
  greenlight reject ID --note TEXT [--yes]
  greenlight audit verify | audit export --format csv|json
  greenlight token set SERVER | token delete SERVER
                                           conserver le jeton d&apos;API d&apos;un serveur dans le trousseau du système
  greenlight sim [--port N] [--scenario F | --scale N] [--latency-ms MS] [--soak RATE]
                 [--soak-seed N] [--live]
  greenlight --version
Options de toutes les commandes&#xa0;: --config FILE (servers.json), --audit-log FILE
Codes de sortie&#xa0;: 0 terminé&#xa0;; 1 refus du serveur ou d&apos;une règle, ou échec du réseau&#xa0;; 2 mauvaise utilisation ou configuration.
</translation>
    </message>
    <message>
        <source>Open the dashboard on the built-in simulated servers.</source>
        <translation>Ouvrir le tableau de bord sur les serveurs simulés intégrés.</translation>
    </message>
    <message>
        <source>Read servers from &lt;file&gt;.</source>
        <translation>Lire les serveurs depuis &lt;file&gt;.</translation>
    </message>
    <message>
        <source>Write the audit log to &lt;file&gt;.</source>
        <translation>Écrire le journal d&apos;audit dans &lt;file&gt;.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>commande inconnue &quot;%1&quot;</translation>
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
        <translation>%1 et %2 existent tous les deux&#xa0;: Greenlight utilise %2 et ignore %1. Supprimez %1 après avoir vérifié que rien de son contenu n&apos;est nécessaire.</translation>
    </message>
    <message>
        <source>the folder %1 cannot be created</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>Cannot move %1 to %2 (%3): Greenlight uses %2 and ignores %1 until it is moved there.</source>
        <translation>Impossible de déplacer %1 vers %2 (%3)&#xa0;: Greenlight utilise %2 et ignore %1 tant qu&apos;il n&apos;y a pas été déplacé.</translation>
    </message>
    <message>
        <source>Moved %1 to %2, where Greenlight now keeps it.</source>
        <translation>%1 a été déplacé vers %2, où Greenlight le conserve désormais.</translation>
    </message>
</context>
<context>
    <name>PollCache</name>
    <message>
        <source>%1: expected a string, found %2</source>
        <translation>%1&#xa0;: chaîne attendue, trouvé %2</translation>
    </message>
    <message>
        <source>%1: unknown gate kind &quot;%2&quot;</source>
        <translation>%1&#xa0;: type de point de contrôle inconnu &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: expected an object, found %2</source>
        <translation>%1&#xa0;: objet attendu, trouvé %2</translation>
    </message>
    <message>
        <source>%1: expected a label and a value</source>
        <translation>%1&#xa0;: libellé et valeur attendus</translation>
    </message>
    <message>
        <source>%1: larger than %2 MB, ignored</source>
        <translation>%1&#xa0;: plus de %2&#xa0;Mo, ignoré</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1&#xa0;: lecture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: not a version %2 cache file, ignored</source>
        <translation>%1&#xa0;: pas un fichier de cache de version %2, ignoré</translation>
    </message>
    <message>
        <source>%1: written for another configuration of %2, ignored</source>
        <translation>%1&#xa0;: écrit pour une autre configuration de %2, ignoré</translation>
    </message>
    <message>
        <source>%1: %2 names server &quot;%3&quot;, not &quot;%4&quot;</source>
        <translation>%1&#xa0;: %2 désigne le serveur «&#xa0;%3&#xa0;», et non «&#xa0;%4&#xa0;»</translation>
    </message>
    <message>
        <source>%1: the folder cannot be created</source>
        <translation>%1&#xa0;: impossible de créer le dossier</translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1&#xa0;: écriture impossible&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Provider</name>
    <message>
        <source>server &quot;%1&quot;: ca_file %2 holds no PEM certificate</source>
        <translation>serveur «&#xa0;%1&#xa0;»&#xa0;: ca_file %2 ne contient aucun certificat PEM</translation>
    </message>
    <message>
        <source>server &quot;%1&quot;: provider &quot;%2&quot; is not supported</source>
        <translation>serveur «&#xa0;%1&#xa0;»&#xa0;: le fournisseur &quot;%2&quot; n&apos;est pas pris en charge</translation>
    </message>
</context>
<context>
    <name>ServerConfig</name>
    <message>
        <source>%1.projects: expected owner/repository, found &quot;%2&quot;</source>
        <translation>%1.projects&#xa0;: propriétaire/dépôt attendu, trouvé &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1.user: expected the Jenkins user whose API token this is</source>
        <translation>%1.user&#xa0;: l&apos;utilisateur Jenkins auquel appartient ce jeton d&apos;API est attendu</translation>
    </message>
    <message>
        <source>%1.projects: &quot;%2&quot;: %3</source>
        <translation>%1.projects&#xa0;: &quot;%2&quot;&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>ServerProbe</name>
    <message>
        <source>A personal API token acts with your own rights: it lists the projects you can see, and approves where you have push access to the repository.</source>
        <translation>Un jeton d&apos;API personnel agit avec vos propres droits&#xa0;: il liste les projets que vous voyez, et approuve là où vous avez l&apos;accès en push au dépôt.</translation>
    </message>
    <message>
        <source>gh/org/repo, bb/org/repo or circleci/&lt;org id&gt;/&lt;project id&gt;</source>
        <translation>gh/org/dépôt, bb/org/dépôt ou circleci/&lt;ID d&apos;org&gt;/&lt;ID de projet&gt;</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>CircleCI does not tell in advance: an approval goes through where you have push access to the project&apos;s repository.</source>
        <translation>CircleCI ne le dit pas à l&apos;avance&#xa0;: une approbation passe là où vous avez l&apos;accès en push au dépôt du projet.</translation>
    </message>
    <message>
        <source>the list of followed projects is not the expected JSON array</source>
        <translation>la liste des projets suivis n&apos;est pas le tableau JSON attendu</translation>
    </message>
    <message>
        <source>A fine-grained token with read access to Actions and Deployments lists what waits; to approve or reject you must be one of the environment&apos;s required reviewers (a classic token needs the repo scope).</source>
        <translation>Un jeton à granularité fine avec accès en lecture à Actions et Deployments liste ce qui attend&#xa0;; pour approuver ou rejeter, vous devez être l&apos;un des réviseurs requis de l&apos;environnement (un jeton classique nécessite la portée repo).</translation>
    </message>
    <message>
        <source>owner/repo</source>
        <translation>propriétaire/dépôt</translation>
    </message>
    <message>
        <source>The token has the repo scope: it may approve and reject where you are a required reviewer.</source>
        <translation>Le jeton a la portée repo&#xa0;: il peut approuver et rejeter là où vous êtes réviseur requis.</translation>
    </message>
    <message>
        <source>The token&apos;s scopes (%1) do not include repo, which reviewing deployments needs.</source>
        <translation>Les portées du jeton (%1) n&apos;incluent pas repo, nécessaire pour réviser des déploiements.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>GitHub does not say in advance what a fine-grained token may do; approving needs read access to Actions and Deployments, and you must be a required reviewer.</source>
        <translation>GitHub ne dit pas à l&apos;avance ce qu&apos;un jeton à granularité fine peut faire&#xa0;; approuver nécessite l&apos;accès en lecture à Actions et Deployments, et vous devez être réviseur requis.</translation>
    </message>
    <message>
        <source>A personal access token with the read_api scope lists what waits. To approve or reject, it needs the api scope, and you need the role the environment&apos;s protection asks for (Developer by default).</source>
        <translation>Un jeton d&apos;accès personnel avec la portée read_api liste ce qui attend. Pour approuver ou rejeter, il lui faut la portée api, et il vous faut le rôle qu&apos;exige la protection de l&apos;environnement (Développeur par défaut).</translation>
    </message>
    <message>
        <source>group/project or a project id</source>
        <translation>groupe/projet ou un ID de projet</translation>
    </message>
    <message>
        <source>the list of projects is not the expected JSON array</source>
        <translation>la liste des projets n&apos;est pas le tableau JSON attendu</translation>
    </message>
    <message>
        <source>The token has the api scope: it may approve and reject where your role allows.</source>
        <translation>Le jeton a la portée api&#xa0;: il peut approuver et rejeter là où votre rôle le permet.</translation>
    </message>
    <message>
        <source>The token&apos;s scopes (%1) let it read but not approve: approving needs the api scope.</source>
        <translation>Les portées du jeton (%1) lui permettent de lire mais pas d&apos;approuver&#xa0;: approuver nécessite la portée api.</translation>
    </message>
    <message>
        <source>GitLab did not say which scopes this token has; approving needs the api scope.</source>
        <translation>GitLab n&apos;a pas indiqué les portées de ce jeton&#xa0;; approuver nécessite la portée api.</translation>
    </message>
    <message>
        <source>An API token of your own Jenkins user (your user&apos;s Security page): Overall/Read and Job/Read list what waits; answering an input needs Job/Build, or being one of its submitters.</source>
        <translation>Un jeton d&apos;API de votre propre utilisateur Jenkins (page Security de votre utilisateur)&#xa0;: Overall/Read et Job/Read listent ce qui attend&#xa0;; répondre à un input exige Job/Build, ou de faire partie de ses personnes autorisées (submitter).</translation>
    </message>
    <message>
        <source>folder/job (the job&apos;s full name)</source>
        <translation>dossier/job (le nom complet du job)</translation>
    </message>
    <message>
        <source>Jenkins needs the user name whose API token this is.</source>
        <translation>Jenkins a besoin du nom de l&apos;utilisateur auquel appartient ce jeton d&apos;API.</translation>
    </message>
    <message>
        <source>Jenkins did not accept the user &quot;%1&quot; with this API token (HTTP %2). Check the user name, and that the token is an API token of that user (from the user&apos;s Security page), not the password.</source>
        <translation>Jenkins n&apos;a pas accepté l&apos;utilisateur «&#xa0;%1&#xa0;» avec ce jeton d&apos;API (HTTP %2). Vérifiez le nom d&apos;utilisateur, et que le jeton est bien un jeton d&apos;API de cet utilisateur (créé depuis sa page Security), et non son mot de passe.</translation>
    </message>
    <message>
        <source> The user &quot;%1&quot; lacks the permission %2.</source>
        <translation> L&apos;utilisateur «&#xa0;%1&#xa0;» n&apos;a pas la permission %2.</translation>
    </message>
    <message>
        <source>Jenkins does not say in advance who may answer an input: each one names its submitters, or leaves it to anyone with Job/Build.</source>
        <translation>Jenkins ne dit pas à l&apos;avance qui peut répondre à un input&#xa0;: chacun nomme ses personnes autorisées (submitter), ou s&apos;en remet à toute personne ayant Job/Build.</translation>
    </message>
    <message>
        <source>%1 does not accept this token (HTTP 401%2). Check that it is complete, has not expired, and is a personal token.</source>
        <translation>%1 n&apos;accepte pas ce jeton (HTTP 401%2). Vérifiez qu&apos;il est complet, qu&apos;il n&apos;a pas expiré et qu&apos;il s&apos;agit d&apos;un jeton personnel.</translation>
    </message>
    <message>
        <source>Nothing answers at %1:%2: %3</source>
        <translation>Rien ne répond à %1:%2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Greenlight does not speak &quot;%1&quot;</source>
        <translation>Greenlight ne prend pas en charge &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>circleci</name>
    <message>
        <source>expected an object with &quot;items&quot;, found %1</source>
        <translation>objet avec &quot;items&quot; attendu, trouvé %1</translation>
    </message>
    <message>
        <source>%1: expected an array, found %2</source>
        <translation>%1&#xa0;: tableau attendu, trouvé %2</translation>
    </message>
    <message>
        <source>%1: expected a job id string, found %2</source>
        <translation>%1&#xa0;: chaîne d&apos;ID de job attendue, trouvé %2</translation>
    </message>
</context>
<context>
    <name>gl::Session</name>
    <message>
        <source>a decision on a gate of %1 is on its way; the servers were not changed, try again when it has ended</source>
        <translation>une décision sur un point de contrôle de %1 est en cours d&apos;envoi&#xa0;; les serveurs n&apos;ont pas été modifiés, réessayez quand elle sera terminée</translation>
    </message>
</context>
<context>
    <name>gl::ui::AuditTableModel</name>
    <message>
        <source>Approve</source>
        <translation>Approbation</translation>
    </message>
    <message>
        <source>Approve and run</source>
        <translation>Approbation et lancement</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rejet</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Effectuée</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnue</translation>
    </message>
    <message>
        <source>%1 (as %2)</source>
        <translation>%1 (en tant que %2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not recorded by this version</source>
        <translation>Non consigné par cette version</translation>
    </message>
    <message>
        <source>No answer was recorded: the run that sent it stopped first, and the gate has not been read again since</source>
        <translation>Aucune réponse n&apos;a été consignée&#xa0;: le lancement qui l&apos;a envoyée s&apos;est arrêté avant, et le point de contrôle n&apos;a pas été relu depuis</translation>
    </message>
    <message>
        <source>Unknown (no answer)</source>
        <translation>Inconnue (pas de réponse)</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Décidé par</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>Point de contrôle</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Server&apos;s message</source>
        <translation>Message du serveur</translation>
    </message>
</context>
<context>
    <name>gl::ui::AuditWindow</name>
    <message>
        <source>About to send</source>
        <translation>Avant envoi</translation>
    </message>
    <message>
        <source>Server&apos;s answer</source>
        <translation>Réponse du serveur</translation>
    </message>
    <message>
        <source>Read again</source>
        <translation>Relecture</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Non envoyée</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Au</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>Exporter en &amp;JSON…</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>Audit Log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Only decisions made on or after this day</source>
        <translation>Uniquement les décisions prises ce jour-là ou après</translation>
    </message>
    <message>
        <source>Only decisions made on or before this day</source>
        <translation>Uniquement les décisions prises ce jour-là ou avant</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Tous les résultats</translation>
    </message>
    <message>
        <source>Search gates, notes, branches, messages</source>
        <translation>Rechercher dans les points de contrôle, notes, branches, messages</translation>
    </message>
    <message>
        <source>Save the decisions shown, with every record of each, as CSV</source>
        <translation>Enregistrer les décisions affichées, avec tous leurs enregistrements, au format CSV</translation>
    </message>
    <message>
        <source>Save the decisions shown, with every record of each, as JSON</source>
        <translation>Enregistrer les décisions affichées, avec tous leurs enregistrements, au format JSON</translation>
    </message>
    <message>
        <source>Read the audit log again and check its chain</source>
        <translation>Relire le journal d&apos;audit et vérifier sa chaîne</translation>
    </message>
    <message>
        <source>No decision has been recorded yet. The audit log is %1.</source>
        <translation>Aucune décision n&apos;a encore été consignée. Le journal d&apos;audit est le fichier %1.</translation>
    </message>
    <message numerus="yes">
        <source>The chain is intact: %n record(s), each linked to the one before, and the log matches the anchor kept beside it.</source>
        <translation>
            <numerusform>La chaîne est intacte&#xa0;: %n enregistrement, chacun lié au précédent, et le journal correspond à l&apos;ancre conservée à côté de lui.</numerusform>
            <numerusform>La chaîne est intacte&#xa0;: %n enregistrements, chacun lié au précédent, et le journal correspond à l&apos;ancre conservée à côté de lui.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s).</source>
        <translation>
            <numerusform>%n décision.</numerusform>
            <numerusform>%n décisions.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log is %1.</source>
        <translation>Le journal d&apos;audit est le fichier %1.</translation>
    </message>
    <message>
        <source>The first bad record is record %1, on line %2.</source>
        <translation>Le premier enregistrement invalide est l&apos;enregistrement %1, à la ligne %2.</translation>
    </message>
    <message>
        <source>The first bad record is on line %1.</source>
        <translation>Le premier enregistrement invalide est à la ligne %1.</translation>
    </message>
    <message>
        <source>The audit log does not verify: %1.</source>
        <translation>La vérification du journal d&apos;audit échoue&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Only the %n record(s) before it are shown; nothing from it on can be trusted.</source>
        <translation>
            <numerusform>Seul ce qui le précède est affiché (%n enregistrement)&#xa0;; rien n&apos;est fiable à partir de lui.</numerusform>
            <numerusform>Seul ce qui le précède est affiché (%n enregistrements)&#xa0;; rien n&apos;est fiable à partir de lui.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n record(s) it holds are shown, but they may not be all there were.</source>
        <translation>
            <numerusform>Le journal contient %n enregistrement, affiché ici, mais il se peut qu&apos;il en ait contenu davantage.</numerusform>
            <numerusform>Le journal contient %n enregistrements, tous affichés, mais il se peut qu&apos;il en ait contenu davantage.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>Tous les projets</translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s)</source>
        <translation>
            <numerusform>%n décision</numerusform>
            <numerusform>%n décisions</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>&lt;p&gt;No recorded decision matches the filter.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aucune décision consignée ne correspond au filtre.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Gate &lt;tt&gt;%1&lt;/tt&gt; on %2</source>
        <translation>Point de contrôle &lt;tt&gt;%1&lt;/tt&gt; sur %2</translation>
    </message>
    <message>
        <source>Commit &lt;tt&gt;%1&lt;/tt&gt; %2</source>
        <translation>Commit &lt;tt&gt;%1&lt;/tt&gt; %2</translation>
    </message>
    <message>
        <source>Branch %1</source>
        <translation>Branche %1</translation>
    </message>
    <message>
        <source>Environment or workflow %1</source>
        <translation>Environnement ou workflow %1</translation>
    </message>
    <message>
        <source>%1, note: %2</source>
        <translation>%1, note&#xa0;: %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>step %1: %2</source>
        <translation>étape %1&#xa0;: %2</translation>
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
        <translation>Aucune réponse n&apos;a été consignée&#xa0;: le lancement qui a envoyé cette décision s&apos;est arrêté avant. Greenlight relit ces points de contrôle à son démarrage et consigne ce que le serveur indique alors.</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Export the Audit Log as CSV</source>
        <translation>Exporter le journal d&apos;audit en CSV</translation>
    </message>
    <message>
        <source>Export the Audit Log as JSON</source>
        <translation>Exporter le journal d&apos;audit en JSON</translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) saved to %1</source>
        <translation>
            <numerusform>%n décision enregistrée dans %1</numerusform>
            <numerusform>%n décisions enregistrées dans %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gl::ui::Dashboard</name>
    <message>
        <source>Demo on simulated servers</source>
        <translation>Démo sur des serveurs simulés</translation>
    </message>
    <message>
        <source>The demo cannot create its scratch folder: %1</source>
        <translation>La démo ne peut pas créer son dossier temporaire&#xa0;: %1</translation>
    </message>
    <message>
        <source>The demo simulator cannot listen on 127.0.0.1.</source>
        <translation>Le simulateur de la démo ne peut pas écouter sur 127.0.0.1.</translation>
    </message>
    <message>
        <source>The demo cannot write %1: %2</source>
        <translation>La démo ne peut pas écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>gl::ui::DecisionDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message numerus="yes">
        <source>Approve %n gate(s)</source>
        <comment>approve a held job or deployment</comment>
        <translation>
            <numerusform>Approuver %n point de contrôle</numerusform>
            <numerusform>Approuver %n points de contrôle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n gate(s)</source>
        <comment>reject a held job or deployment</comment>
        <translation>
            <numerusform>Rejeter %n point de contrôle</numerusform>
            <numerusform>Rejeter %n points de contrôle</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;You are about to approve:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Vous êtes sur le point d&apos;approuver&#xa0;:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;You are about to reject:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Vous êtes sur le point de rejeter&#xa0;:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>commit %1</source>
        <translation>commit %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 is superseded:&lt;/b&gt; %2. Approving it deploys older code.</source>
        <translation>&lt;b&gt;%1 est supplanté&#xa0;:&lt;/b&gt; %2. L&apos;approuver déploie du code plus ancien.</translation>
    </message>
    <message>
        <source>Audit &amp;note (required):</source>
        <translation>&amp;Note d&apos;audit (obligatoire)&#xa0;:</translation>
    </message>
    <message>
        <source>Audit &amp;note:</source>
        <translation>&amp;Note d&apos;audit&#xa0;:</translation>
    </message>
    <message>
        <source>Why is this safe to release?</source>
        <translation>Pourquoi peut-on livrer cela sans risque&#xa0;?</translation>
    </message>
    <message>
        <source>Why is this rejected?</source>
        <translation>Pourquoi ce rejet&#xa0;?</translation>
    </message>
    <message>
        <source>%1 keeps no comment with a decision: the note is kept in Greenlight&apos;s audit log only.</source>
        <translation>%1 ne conserve aucun commentaire avec une décision&#xa0;: la note est conservée uniquement dans le journal d&apos;audit de Greenlight.</translation>
    </message>
    <message>
        <source>%1 keep no comment with a decision: the note is kept in Greenlight&apos;s audit log only.</source>
        <comment>several vendors</comment>
        <translation>%1 ne conservent aucun commentaire avec une décision&#xa0;: la note est conservée uniquement dans le journal d&apos;audit de Greenlight.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Protected environment.&lt;/b&gt; Type &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation>&lt;b&gt;Environnement protégé.&lt;/b&gt; Tapez &lt;b&gt;%1&lt;/b&gt; pour confirmer&#xa0;:</translation>
    </message>
    <message>
        <source>Type the protected name to confirm</source>
        <translation>Tapez le nom protégé pour confirmer</translation>
    </message>
    <message>
        <source>Also r&amp;un the job once approved (%1 leaves it manual after approval)</source>
        <translation>Lancer au&amp;ssi le job une fois approuvé (%1 le laisse manuel après l&apos;approbation)</translation>
    </message>
    <message>
        <source>Approve a&amp;s:</source>
        <translation>Approuver en tant q&amp;ue&#xa0;:</translation>
    </message>
    <message>
        <source>%1&apos;s choice</source>
        <translation>Au choix de %1</translation>
    </message>
    <message>
        <source>When you belong to several approval rules, choose which one your approval counts for</source>
        <translation>Si vous appartenez à plusieurs règles d&apos;approbation, choisissez celle pour laquelle votre approbation compte</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 asks for these values with the approval:&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 demande ces valeurs avec l&apos;approbation&#xa0;:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>a parameter&apos;s label</comment>
        <translation>%1&#xa0;:</translation>
    </message>
    <message>
        <source>Inputs that ask for values are approved with their default values; approve one at a time to change them.</source>
        <translation>Les inputs qui demandent des valeurs sont approuvés avec leurs valeurs par défaut&#xa0;; approuvez-les un par un pour les modifier.</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <comment>approve a held job or deployment</comment>
        <translation>&amp;Approuver</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <comment>reject a held job or deployment</comment>
        <translation>&amp;Rejeter</translation>
    </message>
    <message>
        <source>A rejection needs a note saying why.</source>
        <translation>Un rejet exige une note qui en donne la raison.</translation>
    </message>
    <message>
        <source>%1 requires a comment with every decision: the note is sent as that comment.</source>
        <translation>%1 exige un commentaire avec chaque décision&#xa0;: la note est envoyée comme commentaire.</translation>
    </message>
    <message>
        <source>%1 require a comment with every decision: the note is sent as that comment.</source>
        <comment>several vendors</comment>
        <translation>%1 exigent un commentaire avec chaque décision&#xa0;: la note est envoyée comme commentaire.</translation>
    </message>
    <message>
        <source>Approving a protected environment needs a note.</source>
        <translation>Approuver un environnement protégé exige une note.</translation>
    </message>
    <message>
        <source>%1 of %2 characters (the server&apos;s limit)</source>
        <translation>%1 caractères sur %2 (la limite du serveur)</translation>
    </message>
    <message>
        <source>The note is %1 characters; the server takes at most %2. Shorten it: nothing is cut silently.</source>
        <translation>La note compte %1 caractères&#xa0;; le serveur en accepte %2 au plus. Raccourcissez-la&#xa0;: rien n&apos;est coupé sans prévenir.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a commit subject, in the language&apos;s quotation marks</comment>
        <translation>«&#xa0;%1&#xa0;»</translation>
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
        <translation>à l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n&#xa0;min</numerusform>
            <numerusform>%n&#xa0;min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n&#xa0;h</numerusform>
            <numerusform>%n&#xa0;h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>il y a %n&#xa0;min</numerusform>
            <numerusform>il y a %n&#xa0;min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>il y a %n&#xa0;h</numerusform>
            <numerusform>il y a %n&#xa0;h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expiré</translation>
    </message>
    <message numerus="yes">
        <source>in %n min</source>
        <translation>
            <numerusform>dans %n&#xa0;min</numerusform>
            <numerusform>dans %n&#xa0;min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n h</source>
        <translation>
            <numerusform>dans %n&#xa0;h</numerusform>
            <numerusform>dans %n&#xa0;h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>dans %n jour</numerusform>
            <numerusform>dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>What waits</source>
        <translation>Ce qui attend</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Attente</translation>
    </message>
    <message>
        <source>Triggered by</source>
        <translation>Déclenché par</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Approbations</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
    <message numerus="yes">
        <source>(+%n more)</source>
        <comment>more error lines</comment>
        <translation>
            <numerusform>(+%n autre)</numerusform>
            <numerusform>(+%n autres)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n en attente</numerusform>
            <numerusform>%n en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stale</source>
        <comment>gates kept from an earlier poll</comment>
        <translation>
            <numerusform>%n périmé</numerusform>
            <numerusform>%n périmés</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — checking…</source>
        <translation>%1 — vérification…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>server name — its error</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>vérification…</translation>
    </message>
    <message>
        <source>not set up</source>
        <translation>non configuré</translation>
    </message>
    <message>
        <source>poll failed</source>
        <translation>échec de l&apos;interrogation</translation>
    </message>
    <message>
        <source>nothing waits</source>
        <translation>rien en attente</translation>
    </message>
    <message>
        <source>Last complete poll: %1</source>
        <translation>Dernière interrogation complète&#xa0;: %1</translation>
    </message>
    <message>
        <source>No poll of this server has succeeded yet.</source>
        <translation>Aucune interrogation de ce serveur n&apos;a encore réussi.</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>envoi…</translation>
    </message>
    <message>
        <source>stale, seen %1</source>
        <comment>a gate the last poll could not confirm</comment>
        <translation>périmé, vu %1</translation>
    </message>
    <message>
        <source>not yours</source>
        <comment>a gate the user cannot approve</comment>
        <translation>pas pour vous</translation>
    </message>
    <message>
        <source>superseded</source>
        <comment>a newer deployment to the same environment waits too</comment>
        <translation>supplanté</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <comment>approvals given/required</comment>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Shown as the last run left it: this gate was last seen %1. %2 is being polled now; it may have been decided since.</source>
        <translation>Affiché tel que l&apos;a laissé le dernier lancement&#xa0;: ce point de contrôle a été vu pour la dernière fois %1. %2 est en cours d&apos;interrogation&#xa0;; une décision a pu être prise depuis.</translation>
    </message>
    <message>
        <source>The last poll of %1 could not read this project; this gate was last seen %2. It may have been decided since.</source>
        <translation>La dernière interrogation de %1 n&apos;a pas pu lire ce projet&#xa0;; ce point de contrôle a été vu pour la dernière fois %2. Une décision a pu être prise depuis.</translation>
    </message>
    <message>
        <source>Superseded: %1</source>
        <translation>Supplanté&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>gl::ui::MainWindow</name>
    <message>
        <source>Clear Filter</source>
        <translation>Effacer le filtre</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>tooltip (shortcut)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <comment>approve a held job or deployment</comment>
        <translation>&amp;Approuver…</translation>
    </message>
    <message>
        <source>Approve the selected gates</source>
        <translation>Approuver les points de contrôle sélectionnés</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <comment>reject a held job or deployment</comment>
        <translation>&amp;Rejeter…</translation>
    </message>
    <message>
        <source>Reject the selected gates</source>
        <translation>Rejeter les points de contrôle sélectionnés</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Poll every server now</source>
        <translation>Interroger tous les serveurs maintenant</translation>
    </message>
    <message>
        <source>&amp;Open in Browser</source>
        <translation>&amp;Ouvrir dans le navigateur</translation>
    </message>
    <message>
        <source>Open the selected gate&apos;s pipeline in the browser</source>
        <translation>Ouvrir le pipeline du point de contrôle sélectionné dans le navigateur</translation>
    </message>
    <message>
        <source>&amp;Copy Link</source>
        <translation>&amp;Copier le lien</translation>
    </message>
    <message>
        <source>Copy Gate &amp;ID</source>
        <translation>Copier l&apos;&amp;ID du point de contrôle</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Filtrer</translation>
    </message>
    <message>
        <source>Only What I Can &amp;Approve</source>
        <translation>&amp;Uniquement ce que je peux approuver</translation>
    </message>
    <message>
        <source>&amp;Expand All</source>
        <translation>Tout &amp;déplier</translation>
    </message>
    <message>
        <source>&amp;Collapse All</source>
        <translation>Tout &amp;replier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About Greenlight</source>
        <translation>À &amp;propos de Greenlight</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Servers…</source>
        <translation>&amp;Serveurs…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Audit &amp;Log…</source>
        <translation>&amp;Journal d&apos;audit…</translation>
    </message>
    <message>
        <source>Every decision made here, what became of it, and whether the record is intact</source>
        <translation>Toutes les décisions prises ici, ce qu&apos;elles sont devenues, et si leur trace est intacte</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>A&amp;pparence</translation>
    </message>
    <message>
        <source>&amp;System Colours</source>
        <translation>&amp;Couleurs du système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>C&amp;lair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <source>&amp;Gate</source>
        <translation>&amp;Point de contrôle</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Only what I can approve</source>
        <translation>Uniquement ce que je peux approuver</translation>
    </message>
    <message>
        <source>Hide the gates that wait for someone else (%1)</source>
        <translation>Masquer les points de contrôle qui attendent quelqu&apos;un d&apos;autre (%1)</translation>
    </message>
    <message>
        <source>Filter: project, branch, environment, person, #pipeline…</source>
        <translation>Filtrer&#xa0;: projet, branche, environnement, personne, #pipeline…</translation>
    </message>
    <message>
        <source>Every word must match (%1); Escape clears</source>
        <translation>Chaque mot doit correspondre (%1)&#xa0;; Échap efface</translation>
    </message>
    <message>
        <source>Open the gate in the browser</source>
        <translation>Ouvrir le point de contrôle dans le navigateur</translation>
    </message>
    <message>
        <source>Double-click</source>
        <translation>Double-clic</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Effacer le filtre</translation>
    </message>
    <message>
        <source>Escape (in the filter)</source>
        <translation>Échap (dans le filtre)</translation>
    </message>
    <message>
        <source>%1 is no longer waiting</source>
        <translation>%1 n&apos;est plus en attente</translation>
    </message>
    <message>
        <source>%1 already has a confirmation open</source>
        <translation>%1 a déjà une confirmation ouverte</translation>
    </message>
    <message>
        <source>a decision on %1 is already on its way</source>
        <translation>une décision sur %1 est déjà en cours d&apos;envoi</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>you cannot decide it</source>
        <translation>vous ne pouvez pas en décider</translation>
    </message>
    <message>
        <source>Not opened: %1</source>
        <translation>Non ouvert&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Approving %n gate(s)…</source>
        <translation>
            <numerusform>Approbation de %n point de contrôle…</numerusform>
            <numerusform>Approbation de %n points de contrôle…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rejecting %n gate(s)…</source>
        <translation>
            <numerusform>Rejet de %n point de contrôle…</numerusform>
            <numerusform>Rejet de %n points de contrôle…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <comment>outcome — gate: message</comment>
        <translation>%1 — %2&#xa0;: %3</translation>
    </message>
    <message numerus="yes">
        <source>All %n decision(s) done.</source>
        <translation>
            <numerusform>La décision est effectuée (%n sur %n).</numerusform>
            <numerusform>Les %n décisions sont effectuées.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 decisions done; %3 not: see each gate&apos;s result.</source>
        <translation>Décisions effectuées&#xa0;: %1 sur %2&#xa0;; non effectuées&#xa0;: %3. Voyez le résultat de chaque point de contrôle.</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message numerus="yes">
        <source>The outcome of %n decision(s) of an earlier run is still unknown.</source>
        <translation>
            <numerusform>Le résultat de %n décision d&apos;un lancement précédent est toujours inconnu.</numerusform>
            <numerusform>Le résultat de %n décisions d&apos;un lancement précédent est toujours inconnu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Greenlight could not look for decisions of an earlier run whose outcome is unknown.</source>
        <translation>Greenlight n&apos;a pas pu rechercher les décisions d&apos;un lancement précédent dont le résultat est inconnu.</translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) of an earlier run had no answer; their gates were read again.</source>
        <translation>
            <numerusform>%n décision d&apos;un lancement précédent n&apos;avait pas reçu de réponse&#xa0;; son point de contrôle a été relu.</numerusform>
            <numerusform>%n décisions d&apos;un lancement précédent n&apos;avaient pas reçu de réponse&#xa0;; leurs points de contrôle ont été relus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Earlier decisions</source>
        <translation>Décisions précédentes</translation>
    </message>
    <message>
        <source>done</source>
        <translation>effectuée</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusée</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>en échec</translation>
    </message>
    <message>
        <source>unknown: check</source>
        <translation>inconnue&#xa0;: à vérifier</translation>
    </message>
    <message>
        <source>%1 is not set up: %2</source>
        <translation>%1 n&apos;est pas configuré&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot poll %1: %2 — what it showed at %3 is kept, marked stale.</source>
        <translation>Impossible d&apos;interroger %1&#xa0;: %2 — ce qu&apos;il affichait à %3 est conservé, marqué périmé.</translation>
    </message>
    <message>
        <source>Cannot poll %1: %2 — what the last run showed is kept, marked stale.</source>
        <translation>Impossible d&apos;interroger %1&#xa0;: %2 — ce qu&apos;affichait le dernier lancement est conservé, marqué périmé.</translation>
    </message>
    <message>
        <source>Cannot poll %1: %2 — it has not been read yet, so gates waiting there are not shown.</source>
        <translation>Impossible d&apos;interroger %1&#xa0;: %2 — il n&apos;a pas encore été lu, les points de contrôle qui y attendent ne sont donc pas affichés.</translation>
    </message>
    <message>
        <source>Checking %1… Until then, what the last run showed is drawn, marked stale.</source>
        <translation>Vérification de %1… D&apos;ici là, ce qu&apos;affichait le dernier lancement reste visible, marqué périmé.</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Vérification de %1…</translation>
    </message>
    <message>
        <source>Nothing waits for approval: every server was polled (all since %1).</source>
        <translation>Rien n&apos;attend d&apos;approbation&#xa0;: tous les serveurs ont été interrogés (tous depuis %1).</translation>
    </message>
    <message>
        <source>Servers saved to %1; the changed ones are being polled.</source>
        <translation>Serveurs enregistrés dans %1&#xa0;; ceux qui ont changé sont en cours d&apos;interrogation.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No servers configured&lt;/h2&gt;&lt;p&gt;Greenlight reads its servers from&lt;br&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;See the README for the format, or start &lt;tt&gt;greenlight --demo&lt;/tt&gt; to try it on simulated servers.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Aucun serveur configuré&lt;/h2&gt;&lt;p&gt;Greenlight lit ses serveurs depuis&lt;br&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Consultez le README pour le format, ou lancez &lt;tt&gt;greenlight --demo&lt;/tt&gt; pour l&apos;essayer sur des serveurs simulés.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No server is set up yet</source>
        <translation>Aucun serveur n&apos;est encore configuré</translation>
    </message>
    <message>
        <source>No servers configured</source>
        <translation>Aucun serveur configuré</translation>
    </message>
    <message>
        <source>%1: checking…</source>
        <translation>%1&#xa0;: vérification…</translation>
    </message>
    <message>
        <source>%1: not set up</source>
        <translation>%1&#xa0;: non configuré</translation>
    </message>
    <message>
        <source> (retrying at %1)</source>
        <translation> (nouvel essai à %1)</translation>
    </message>
    <message>
        <source>; last complete poll %1</source>
        <translation>&#xa0;; dernière interrogation complète à %1</translation>
    </message>
    <message>
        <source>; no complete poll yet</source>
        <translation>&#xa0;; aucune interrogation complète pour l&apos;instant</translation>
    </message>
    <message>
        <source>%1: poll failed</source>
        <translation>%1&#xa0;: échec de l&apos;interrogation</translation>
    </message>
    <message>
        <source>%1: updated %2</source>
        <translation>%1&#xa0;: mis à jour à %2</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p style=&apos;color:gray&apos;&gt;The filter shows %1 of the %n waiting gate(s).&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p style=&apos;color:gray&apos;&gt;Le filtre affiche %1 sur %n point de contrôle en attente.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p style=&apos;color:gray&apos;&gt;Le filtre affiche %1 sur %n points de contrôle en attente.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p style=&apos;color:gray&apos;&gt;%n gate(s) waiting. Select one to see what it would release.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p style=&apos;color:gray&apos;&gt;%n point de contrôle en attente. Sélectionnez un point de contrôle pour voir ce qu&apos;il livrerait.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p style=&apos;color:gray&apos;&gt;%n points de contrôle en attente. Sélectionnez-en un pour voir ce qu&apos;il livrerait.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>(the server does not say which commit)</source>
        <translation>(le serveur n&apos;indique pas quel commit)</translation>
    </message>
    <message>
        <source>Commit %1</source>
        <translation>Commit %1</translation>
    </message>
    <message>
        <source>Commit %1 on %2</source>
        <translation>Commit %1 sur %2</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;What will be released&lt;/b&gt;&lt;br&gt;%1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Ce qui sera livré&lt;/b&gt;&lt;br&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
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
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <source>Triggered by</source>
        <translation>Déclenché par</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Demandé par</translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation>En attente depuis</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Approbations</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Who may decide</source>
        <translation>Qui peut décider</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1 asks for&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Ce que demande %1&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>one of %1; default %2</source>
        <translation>l&apos;une des valeurs %1&#xa0;; par défaut %2</translation>
    </message>
    <message>
        <source>yes or no; default yes</source>
        <translation>oui ou non&#xa0;; par défaut oui</translation>
    </message>
    <message>
        <source>yes or no; default no</source>
        <translation>oui ou non&#xa0;; par défaut non</translation>
    </message>
    <message>
        <source>no default</source>
        <translation>pas de valeur par défaut</translation>
    </message>
    <message>
        <source>default %1</source>
        <translation>par défaut %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Approval history&lt;/b&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Historique des approbations&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Open the pipeline in the browser</source>
        <translation>Ouvrir le pipeline dans le navigateur</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:%1&apos;&gt;&lt;b&gt;Superseded:&lt;/b&gt; %2. Approving this one deploys older code.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:%1&apos;&gt;&lt;b&gt;Supplanté&#xa0;:&lt;/b&gt; %2. Approuver celui-ci déploie du code plus ancien.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:%1&apos;&gt;&lt;b&gt;As the last run left it:&lt;/b&gt; this gate was last seen %2; %3 is being polled now, and it may have been decided since.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:%1&apos;&gt;&lt;b&gt;Tel que l&apos;a laissé le dernier lancement&#xa0;:&lt;/b&gt; ce point de contrôle a été vu pour la dernière fois %2&#xa0;; %3 est en cours d&apos;interrogation, et une décision a pu être prise depuis.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:%1&apos;&gt;&lt;b&gt;Not confirmed by the last poll:&lt;/b&gt; %2 could not be read; this gate was last seen %3 and may have been decided since.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:%1&apos;&gt;&lt;b&gt;Non confirmé par la dernière interrogation&#xa0;:&lt;/b&gt; %2 n&apos;a pas pu être lu&#xa0;; ce point de contrôle a été vu pour la dernière fois %3, et une décision a pu être prise depuis.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;A decision is on its way to the server.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Une décision est en cours d&apos;envoi au serveur.&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:%1&apos;&gt;&lt;b&gt;You cannot decide this gate:&lt;/b&gt; %2&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:%1&apos;&gt;&lt;b&gt;Vous ne pouvez pas décider de ce point de contrôle&#xa0;:&lt;/b&gt; %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>the server does not allow it</source>
        <translation>le serveur ne le permet pas</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Approve:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Reject:&lt;/b&gt; %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Approuver&#xa0;:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Rejeter&#xa0;:&lt;/b&gt; %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:gray&apos;&gt;%1 keeps no comment with a decision; your note stays in Greenlight&apos;s audit log.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:gray&apos;&gt;%1 ne conserve aucun commentaire avec une décision&#xa0;; votre note reste dans le journal d&apos;audit de Greenlight.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Copy Gate ID</source>
        <translation>Copier l&apos;ID du point de contrôle</translation>
    </message>
    <message>
        <source>Opened %1 in the browser</source>
        <translation>%1 ouvert dans le navigateur</translation>
    </message>
    <message>
        <source>Open in Browser</source>
        <translation>Ouvrir dans le navigateur</translation>
    </message>
    <message>
        <source>No browser opened the pipeline.</source>
        <translation>Aucun navigateur n&apos;a ouvert le pipeline.</translation>
    </message>
    <message>
        <source>The desktop has no web browser set up for %1 links. Copy the link and open it where you can:
%2</source>
        <translation>Le bureau n&apos;a pas de navigateur web configuré pour les liens %1. Copiez le lien et ouvrez-le là où vous le pouvez&#xa0;:
%2</translation>
    </message>
    <message>
        <source>Copy Link</source>
        <translation>Copier le lien</translation>
    </message>
    <message>
        <source>Link copied: %1</source>
        <translation>Lien copié&#xa0;: %1</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>About Greenlight</source>
        <translation>À propos de Greenlight</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Greenlight %1&lt;/h3&gt;&lt;p&gt;Every pipeline that waits for your approval, in one window.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Greenlight %1&lt;/h3&gt;&lt;p&gt;Tous les pipelines qui attendent votre approbation, dans une seule fenêtre.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Licence: %1&lt;br&gt;Built with Qt %2, running on Qt %3&lt;/p&gt;&lt;p&gt;Servers: &lt;tt&gt;%4&lt;/tt&gt;&lt;br&gt;Audit log: &lt;tt&gt;%5&lt;/tt&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Licence&#xa0;: %1&lt;br&gt;Compilé avec Qt %2, exécuté sur Qt %3&lt;/p&gt;&lt;p&gt;Serveurs&#xa0;: &lt;tt&gt;%4&lt;/tt&gt;&lt;br&gt;Journal d&apos;audit&#xa0;: &lt;tt&gt;%5&lt;/tt&gt;&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n</source>
        <comment>gates shown of all</comment>
        <translation>
            <numerusform>%1 sur %n</numerusform>
            <numerusform>%1 sur %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n gate(s) match the filter</source>
        <translation>
            <numerusform>Point de contrôle correspondant au filtre&#xa0;: %1 sur %n</numerusform>
            <numerusform>Points de contrôle correspondant au filtre&#xa0;: %1 sur %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No gate that you can approve matches “%1”.</source>
        <translation>Aucun point de contrôle que vous pouvez approuver ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>No gate matches “%1”.</source>
        <translation>Aucun point de contrôle ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n waiting gate(s) is yours to approve.</source>
        <translation>
            <numerusform>Vous n&apos;avez à approuver aucun point de contrôle en attente (%n au total).</numerusform>
            <numerusform>Vous n&apos;avez à approuver aucun des %n points de contrôle en attente.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gate(s) wait in all.</source>
        <translation>
            <numerusform>%n point de contrôle attend au total.</numerusform>
            <numerusform>%n points de contrôle attendent au total.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>Langue du &amp;système</translation>
    </message>
    <message>
        <source>The demo does not keep settings; start Greenlight without --demo to choose its language.</source>
        <translation>La démo ne conserve aucun réglage&#xa0;; démarrez Greenlight sans --demo pour choisir sa langue.</translation>
    </message>
    <message>
        <source>Greenlight will follow the system&apos;s language from its next start.</source>
        <translation>Greenlight suivra la langue du système à partir de son prochain démarrage.</translation>
    </message>
    <message>
        <source>Greenlight will speak %1 from its next start.</source>
        <translation>Greenlight parlera %1 à partir de son prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>gl::ui::Notifier</name>
    <message>
        <source>%1 waits for your approval</source>
        <translation>%1 attend votre approbation</translation>
    </message>
    <message>
        <source>Triggered by %1</source>
        <translation>Déclenché par %1</translation>
    </message>
    <message>
        <source>Approve…</source>
        <comment>approve a held job or deployment</comment>
        <translation>Approuver…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message numerus="yes">
        <source>%n gate(s) wait for your approval</source>
        <translation>
            <numerusform>%n point de contrôle attend votre approbation</numerusform>
            <numerusform>%n points de contrôle attendent votre approbation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…et %n autre</numerusform>
            <numerusform>…et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Open dashboard</source>
        <translation>Ouvrir le tableau de bord</translation>
    </message>
    <message>
        <source>%1 has waited %2</source>
        <translation>%1 attend depuis %2</translation>
    </message>
</context>
<context>
    <name>gl::ui::ServerForm</name>
    <message>
        <source>Te&amp;st Connection</source>
        <translation>Te&amp;ster la connexion</translation>
    </message>
    <message>
        <source>T&amp;rust This Certificate</source>
        <translation>Fai&amp;re confiance à ce certificat</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove Pin</source>
        <translation>Retirer l&apos;épinglage</translation>
    </message>
    <message>
        <source>a short name, e.g. gitlab-work</source>
        <translation>un nom court, p. ex. gitlab-work</translation>
    </message>
    <message>
        <source>optional: an environment variable that holds the token</source>
        <translation>facultatif&#xa0;: une variable d&apos;environnement qui contient le jeton</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>optional: a PEM file of your private certificate authority</source>
        <translation>facultatif&#xa0;: un fichier PEM de votre autorité de certification privée</translation>
    </message>
    <message>
        <source>The system&apos;s settings</source>
        <translation>Réglages du système</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Aucun proxy</translation>
    </message>
    <message>
        <source>This proxy:</source>
        <translation>Ce proxy&#xa0;:</translation>
    </message>
    <message>
        <source>http://proxy.example.com:3128</source>
        <translation>http://proxy.example.com:3128</translation>
    </message>
    <message>
        <source>user, if the proxy asks</source>
        <translation>utilisateur, si le proxy le demande</translation>
    </message>
    <message>
        <source>password (kept in the keychain)</source>
        <translation>mot de passe (conservé dans le trousseau)</translation>
    </message>
    <message>
        <source>Also show manual &amp;jobs (when: manual)</source>
        <translation>Afficher aussi les jobs &amp;manuels (when: manual)</translation>
    </message>
    <message>
        <source>&amp;Vendor:</source>
        <translation>&amp;Fournisseur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>the user whose API token this is</source>
        <translation>l&apos;utilisateur auquel appartient ce jeton d&apos;API</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation>&amp;Jeton d&apos;API&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Projects:</source>
        <translation>&amp;Projets&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;More settings</source>
        <translation>Plus de ré&amp;glages</translation>
    </message>
    <message>
        <source>Token &amp;from variable:</source>
        <translation>Jeton depuis la &amp;variable&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;oll every:</source>
        <translation>Interr&amp;oger toutes les&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Par&amp;courir…</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>Fic&amp;hier de l&apos;AC&#xa0;:</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>Pro&amp;xy&#xa0;:</translation>
    </message>
    <message>
        <source>Proxy lo&amp;gin:</source>
        <translation>&amp;Identifiants du proxy&#xa0;:</translation>
    </message>
    <message>
        <source>Trusted cert&amp;ificates:</source>
        <translation>Certificats &amp;de confiance&#xa0;:</translation>
    </message>
    <message>
        <source>Certificate authority</source>
        <translation>Autorité de certification</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificats PEM (*.pem *.crt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Create one at &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;. %3</source>
        <translation>Créez-en un sur &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;. %3</translation>
    </message>
    <message>
        <source>a short name, e.g. %1-work</source>
        <translation>un nom court, p. ex. %1-work</translation>
    </message>
    <message>
        <source>type a project: %1</source>
        <translation>saisissez un projet&#xa0;: %1</translation>
    </message>
    <message>
        <source>type a project</source>
        <translation>saisissez un projet</translation>
    </message>
    <message>
        <source>kept in the system keychain; paste a new one to replace it</source>
        <translation>conservé dans le trousseau du système&#xa0;; collez-en un nouveau pour le remplacer</translation>
    </message>
    <message>
        <source>paste your token here</source>
        <translation>collez votre jeton ici</translation>
    </message>
    <message>
        <source>read from $%1; paste one to keep it in the keychain instead</source>
        <translation>lu depuis $%1&#xa0;; collez-en un pour le conserver plutôt dans le trousseau</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Token from variable</source>
        <translation>Jeton depuis la variable</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>Jeton d&apos;API</translation>
    </message>
    <message>
        <source>Trusted certificates</source>
        <translation>Certificats de confiance</translation>
    </message>
    <message>
        <source>Poll every</source>
        <translation>Interroger toutes les</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>Fichier de l&apos;AC</translation>
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
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Tick or type at least one project.</source>
        <translation>Cochez ou saisissez au moins un projet.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Paste the API token first.</source>
        <translation>Collez d&apos;abord le jeton d&apos;API.</translation>
    </message>
    <message>
        <source>The address must start with https:// (http:// only to this computer), e.g. %1; found &quot;%2&quot;.</source>
        <translation>L&apos;adresse doit commencer par https:// (http:// seulement vers cet ordinateur), p. ex. %1&#xa0;; trouvé &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Trust this certificate for this server only if you know it is your server&apos;s: it is then pinned by its fingerprint and listed under Trusted certificates.</source>
        <translation>Ne faites confiance à ce certificat pour ce serveur que si vous savez qu&apos;il s&apos;agit bien de celui de votre serveur&#xa0;: il est alors épinglé par son empreinte et listé sous Certificats de confiance.</translation>
    </message>
    <message>
        <source>Connected as %1. %2</source>
        <translation>Connecté en tant que %1. %2</translation>
    </message>
    <message>
        <source>Looking for your projects…</source>
        <translation>Recherche de vos projets…</translation>
    </message>
    <message>
        <source>Your projects could not be listed (%1); type them below.</source>
        <translation>Impossible de lister vos projets (%1)&#xa0;; saisissez-les ci-dessous.</translation>
    </message>
    <message>
        <source>No projects were found; type them below.</source>
        <translation>Aucun projet trouvé&#xa0;; saisissez-les ci-dessous.</translation>
    </message>
    <message numerus="yes">
        <source>Found %n project(s): tick the ones to watch.</source>
        <translation>
            <numerusform>%n projet trouvé&#xa0;: cochez ceux à surveiller.</numerusform>
            <numerusform>%n projets trouvés&#xa0;: cochez ceux à surveiller.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gl::ui::ServerSetup</name>
    <message>
        <source>%1: servers[%2] (&quot;%3&quot;).token: paste the server&apos;s API token (it is kept in the system keychain), or name an environment variable in token_env</source>
        <translation>%1&#xa0;: servers[%2] (&quot;%3&quot;).token&#xa0;: collez le jeton d&apos;API du serveur (il est conservé dans le trousseau du système), ou nommez une variable d&apos;environnement dans token_env</translation>
    </message>
    <message>
        <source>%1: servers[%2] (&quot;%3&quot;).token: a token is one word, without spaces</source>
        <translation>%1&#xa0;: servers[%2] (&quot;%3&quot;).token&#xa0;: un jeton est un seul mot, sans espaces</translation>
    </message>
    <message>
        <source>server &quot;%1&quot;: there is no keychain to keep its token in; name an environment variable in token_env instead</source>
        <translation>serveur «&#xa0;%1&#xa0;»&#xa0;: il n&apos;y a pas de trousseau où conserver son jeton&#xa0;; nommez plutôt une variable d&apos;environnement dans token_env</translation>
    </message>
    <message>
        <source>server &quot;%1&quot;: no keychain service is running (Secret Service or KWallet), so its token cannot be kept; start one, or name an environment variable in token_env. Greenlight never keeps tokens in a plain-text file.</source>
        <translation>serveur «&#xa0;%1&#xa0;»&#xa0;: aucun service de trousseau n&apos;est actif (Secret Service ou KWallet), son jeton ne peut donc pas être conservé&#xa0;; démarrez-en un, ou nommez une variable d&apos;environnement dans token_env. Greenlight ne conserve jamais de jetons dans un fichier en clair.</translation>
    </message>
    <message>
        <source>server &quot;%1&quot;: the token could not be stored in %2: %3</source>
        <translation>serveur «&#xa0;%1&#xa0;»&#xa0;: le jeton n&apos;a pas pu être enregistré dans %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>server &quot;%1&quot;: there is no keychain to keep the proxy&apos;s password in</source>
        <translation>serveur «&#xa0;%1&#xa0;»&#xa0;: il n&apos;y a pas de trousseau où conserver le mot de passe du proxy</translation>
    </message>
    <message>
        <source>server &quot;%1&quot;: the proxy&apos;s password could not be stored in %2: %3</source>
        <translation>serveur «&#xa0;%1&#xa0;»&#xa0;: le mot de passe du proxy n&apos;a pas pu être enregistré dans %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>gl::ui::ServersDialog</name>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Serveurs</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Glob patterns, separated by commas: approving a gate whose environment matches needs a note and its name typed.</source>
        <translation>Motifs glob, séparés par des virgules&#xa0;: approuver un point de contrôle dont l&apos;environnement correspond exige une note et la saisie de son nom.</translation>
    </message>
    <message>
        <source>Protected &amp;environments:</source>
        <translation>&amp;Environnements protégés&#xa0;:</translation>
    </message>
    <message>
        <source>(new server)</source>
        <translation>(nouveau serveur)</translation>
    </message>
</context>
<context>
    <name>gl::ui::SetupPage</name>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <source>Set up your first server</source>
        <translation>Configurez votre premier serveur</translation>
    </message>
    <message>
        <source>Greenlight watches your CI servers for pipelines that wait for a person to approve them. Pick your vendor, paste an API token and test the connection; then tick the projects to watch. The token is kept in the system keychain, never in a file.</source>
        <translation>Greenlight surveille vos serveurs CI à la recherche de pipelines qui attendent qu&apos;une personne les approuve. Choisissez votre fournisseur, collez un jeton d&apos;API et testez la connexion&#xa0;; cochez ensuite les projets à surveiller. Le jeton est conservé dans le trousseau du système, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>To look around first, start &lt;tt&gt;greenlight --demo&lt;/tt&gt;: it runs on simulated servers and changes nothing of yours.</source>
        <translation>Pour explorer d&apos;abord l&apos;application, lancez &lt;tt&gt;greenlight --demo&lt;/tt&gt;&#xa0;: la démo tourne sur des serveurs simulés et ne modifie rien de vos données.</translation>
    </message>
    <message>
        <source>Import:</source>
        <translation>Importer&#xa0;:</translation>
    </message>
    <message>
        <source>From the CircleCI CLI…</source>
        <translation>Depuis la CLI CircleCI…</translation>
    </message>
    <message>
        <source>From glab…</source>
        <translation>Depuis glab…</translation>
    </message>
    <message>
        <source>Read the server address and token from %1</source>
        <translation>Lire l&apos;adresse du serveur et le jeton depuis %1</translation>
    </message>
    <message>
        <source>%1 holds no token.</source>
        <translation>%1 ne contient aucun jeton.</translation>
    </message>
    <message>
        <source>The address and token of %1 are filled in from %2; test the connection, then tick the projects.</source>
        <translation>L&apos;adresse et le jeton de %1 ont été renseignés à partir de %2&#xa0;; testez la connexion, puis cochez les projets.</translation>
    </message>
    <message>
        <source>Saving; the token goes to the system keychain…</source>
        <translation>Enregistrement&#xa0;; le jeton va dans le trousseau du système…</translation>
    </message>
</context>
<context>
    <name>gl::ui::TrayIcon</name>
    <message>
        <source>Greenlight: no server is set up yet</source>
        <translation>Greenlight&#xa0;: aucun serveur n&apos;est encore configuré</translation>
    </message>
    <message>
        <source>Greenlight: checking your servers…</source>
        <translation>Greenlight&#xa0;: vérification de vos serveurs…</translation>
    </message>
    <message numerus="yes">
        <source>Greenlight: %n gate(s) wait for your approval; still checking other servers</source>
        <translation>
            <numerusform>Greenlight&#xa0;: %n point de contrôle attend votre approbation&#xa0;; vérification des autres serveurs en cours</numerusform>
            <numerusform>Greenlight&#xa0;: %n points de contrôle attendent votre approbation&#xa0;; vérification des autres serveurs en cours</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot poll %1</source>
        <translation>impossible d&apos;interroger %1</translation>
    </message>
    <message>
        <source>%1 is not set up</source>
        <translation>%1 n&apos;est pas configuré</translation>
    </message>
    <message>
        <source>Greenlight: %1</source>
        <translation>Greenlight&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n gate(s) known to wait for you, some may be out of date</source>
        <translation>
            <numerusform>%n point de contrôle connu attend votre approbation, peut-être périmé</numerusform>
            <numerusform>%n points de contrôle connus attendent votre approbation, certains peut-être périmés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Greenlight: %n gate(s) wait for your approval</source>
        <translation>
            <numerusform>Greenlight&#xa0;: %n point de contrôle attend votre approbation</numerusform>
            <numerusform>Greenlight&#xa0;: %n points de contrôle attendent votre approbation</numerusform>
        </translation>
    </message>
    <message>
        <source>Greenlight: nothing waits for you</source>
        <translation>Greenlight&#xa0;: rien n&apos;attend votre approbation</translation>
    </message>
    <message>
        <source>Notifications paused</source>
        <translation>Notifications suspendues</translation>
    </message>
    <message>
        <source>Checking your servers…</source>
        <translation>Vérification de vos serveurs…</translation>
    </message>
    <message>
        <source>Some servers cannot be polled: open the dashboard</source>
        <translation>Certains serveurs ne peuvent pas être interrogés&#xa0;: ouvrez le tableau de bord</translation>
    </message>
    <message>
        <source>Nothing waits for you</source>
        <translation>Rien n&apos;attend votre approbation</translation>
    </message>
    <message>
        <source>Approve %1 (%2%3%4)…</source>
        <translation>Approuver %1 (%2%3%4)…</translation>
    </message>
    <message>
        <source>Open Dashboard</source>
        <translation>Ouvrir le tableau de bord</translation>
    </message>
    <message>
        <source>Pause Notifications</source>
        <translation>Suspendre les notifications</translation>
    </message>
    <message>
        <source>For 1 Hour</source>
        <translation>Pendant 1 heure</translation>
    </message>
    <message>
        <source>Until Tomorrow</source>
        <translation>Jusqu&apos;à demain</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
</context>
</TS>
