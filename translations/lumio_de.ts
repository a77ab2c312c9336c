<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccountDialog</name>
    <message>
        <source>use this console</source>
        <translation>diese Konsole verwenden</translation>
    </message>
    <message>
        <source>see every bot and its status</source>
        <translation>alle Bots und ihren Status sehen</translation>
    </message>
    <message>
        <source>pause, resume and reconnect bots</source>
        <translation>Bots pausieren, fortsetzen und neu verbinden</translation>
    </message>
    <message>
        <source>see Discord guilds</source>
        <translation>Discord-Server sehen</translation>
    </message>
    <message>
        <source>disconnect Discord guilds</source>
        <translation>Discord-Server trennen</translation>
    </message>
    <message>
        <source>see Discord channels, roles and feature mappings</source>
        <translation>Discord-Kanäle, Rollen und Funktionszuordnungen sehen</translation>
    </message>
    <message>
        <source>add Discord servers and change feature mappings</source>
        <translation>Discord-Server hinzufügen und Funktionszuordnungen ändern</translation>
    </message>
    <message>
        <source>Account and permissions</source>
        <translation>Konto und Berechtigungen</translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation>Angemeldet als:</translation>
    </message>
    <message>
        <source>User ID:</source>
        <translation>Benutzer-ID:</translation>
    </message>
    <message>
        <source>Profile:</source>
        <comment>server profile</comment>
        <translation>Profil:</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>&amp;Permissions:</source>
        <translation>&amp;Berechtigungen:</translation>
    </message>
    <message>
        <source>You are a system administrator and hold every permission.</source>
        <translation>Sie sind Systemadministrator und haben alle Berechtigungen.</translation>
    </message>
    <message>
        <source>Read-only: you can look at bots but not pause, resume or reconnect them.</source>
        <translation>Nur Lesen: Sie können Bots ansehen, aber nicht pausieren, fortsetzen oder neu verbinden.</translation>
    </message>
    <message>
        <source>You can pause, resume and reconnect bots.</source>
        <translation>Sie können Bots pausieren, fortsetzen und neu verbinden.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>permission: what it allows</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ActionRegistry</name>
    <message>
        <source>%1 (%2)</source>
        <comment>tool tip: action description (shortcut)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <comment>shortcut help: actions available on every page</comment>
        <translation>Überall</translation>
    </message>
    <message>
        <source>Bots</source>
        <comment>page name</comment>
        <translation>Bots</translation>
    </message>
    <message>
        <source>Discord guilds</source>
        <comment>page name</comment>
        <translation>Discord-Server</translation>
    </message>
    <message>
        <source>Triage log</source>
        <comment>page name</comment>
        <translation>Triage-Protokoll</translation>
    </message>
    <message>
        <source>Not available: %1</source>
        <comment>tool tip of an action the server does not offer</comment>
        <translation>Nicht verfügbar: %1</translation>
    </message>
</context>
<context>
    <name>AddServerDialog</name>
    <message>
        <source>Add Discord Server</source>
        <translation>Discord-Server hinzufügen</translation>
    </message>
    <message>
        <source>Choose the Lumio account the new server will belong to. Discord opens in your browser, where the server's owner adds the bot.</source>
        <translation>Wählen Sie das Lumio-Konto, zu dem der neue Server gehören soll. Discord öffnet sich in Ihrem Browser, wo der Eigentümer des Servers den Bot hinzufügt.</translation>
    </message>
    <message>
        <source>Search accounts</source>
        <translation>Konten suchen</translation>
    </message>
    <message>
        <source>Account &amp;ID:</source>
        <translation>Konto-&amp;ID:</translation>
    </message>
    <message>
        <source>xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx</source>
        <translation>xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx</translation>
    </message>
    <message>
        <source>Open Discord</source>
        <translation>Discord öffnen</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n server(s)</source>
        <translation>
            <numerusform>%1 — %n Server</numerusform>
            <numerusform>%1 — %n Server</numerusform>
        </translation>
    </message>
    <message>
        <source>Pick an account above or paste its ID.</source>
        <translation>Wählen Sie oben ein Konto oder fügen Sie seine ID ein.</translation>
    </message>
    <message>
        <source>This is not an account ID (a UUID such as 3f2b8c1e-9a4d-4e6f-8b7a-1c2d3e4f5a6b).</source>
        <translation>Das ist keine Konto-ID (eine UUID wie 3f2b8c1e-9a4d-4e6f-8b7a-1c2d3e4f5a6b).</translation>
    </message>
</context>
<context>
    <name>AddServerFlow</name>
    <message>
        <source>Open Link Again</source>
        <translation>Link erneut öffnen</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>stop waiting for Discord</comment>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Asking the server for a Discord link…</source>
        <translation>Der Server wird nach einem Discord-Link gefragt …</translation>
    </message>
    <message>
        <source>Could not start adding a server: %1</source>
        <translation>Das Hinzufügen eines Servers konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>Discord opened in your browser.</source>
        <translation>Discord wurde in Ihrem Browser geöffnet.</translation>
    </message>
    <message>
        <source>Could not open a browser: the link was copied, open it by hand.</source>
        <translation>Es konnte kein Browser geöffnet werden: Der Link wurde kopiert, öffnen Sie ihn von Hand.</translation>
    </message>
    <message>
        <source>Waiting for Discord… Add the bot to a server in the browser for %1; this page selects the server as soon as it is connected. The link expires in %2.</source>
        <translation>Warten auf Discord … Fügen Sie den Bot im Browser für %1 zu einem Server hinzu; diese Seite wählt den Server aus, sobald er verbunden ist. Der Link läuft in %2 ab.</translation>
    </message>
    <message>
        <source>The Discord link for %1 expired before a server was connected.</source>
        <translation>Der Discord-Link für %1 ist abgelaufen, bevor ein Server verbunden wurde.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>“%1” is now connected to %2.</source>
        <translation>„%1“ ist jetzt mit %2 verbunden.</translation>
    </message>
</context>
<context>
    <name>BotActionGuard</name>
    <message>
        <source>This is a critical profile: every bulk action is confirmed by typing.</source>
        <translation>Dies ist ein kritisches Profil: Jede Massenaktion wird durch Eintippen bestätigt.</translation>
    </message>
    <message numerus="yes">
        <source>These bots are on %n platforms.</source>
        <translation>
            <numerusform>Diese Bots sind auf %n Plattform.</numerusform>
            <numerusform>Diese Bots sind auf %n Plattformen.</numerusform>
        </translation>
    </message>
    <message>
        <source>That is more than %1 bots.</source>
        <translation>Das sind mehr als %1 Bots.</translation>
    </message>
</context>
<context>
    <name>BotActionPlan</name>
    <message>
        <source>Pause</source>
        <comment>confirmation button</comment>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Resume</source>
        <comment>confirmation button</comment>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <comment>confirmation button</comment>
        <translation>Neu verbinden</translation>
    </message>
    <message>
        <source>Pause the bot of %1?</source>
        <translation>Den Bot von %1 pausieren?</translation>
    </message>
    <message numerus="yes">
        <source>Pause %n bots?</source>
        <translation>
            <numerusform>%n Bot pausieren?</numerusform>
            <numerusform>%n Bots pausieren?</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume the bot of %1?</source>
        <translation>Den Bot von %1 fortsetzen?</translation>
    </message>
    <message numerus="yes">
        <source>Resume %n bots?</source>
        <translation>
            <numerusform>%n Bot fortsetzen?</numerusform>
            <numerusform>%n Bots fortsetzen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Reconnect the bot of %1?</source>
        <translation>Den Bot von %1 neu verbinden?</translation>
    </message>
    <message numerus="yes">
        <source>Reconnect %n bots?</source>
        <translation>
            <numerusform>%n Bot neu verbinden?</numerusform>
            <numerusform>%n Bots neu verbinden?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>1 selected bot will be skipped: already in that state, without a connection, or with a request in flight.</source>
        <translation>1 ausgewählter Bot wird übersprungen: bereits in diesem Zustand, ohne Verbindung oder mit laufender Anfrage.</translation>
    </message>
    <message numerus="yes">
        <source>%n selected bots will be skipped: already in that state, without a connection, or with a request in flight.</source>
        <translation>
            <numerusform>%n ausgewählter Bot wird übersprungen: bereits in diesem Zustand, ohne Verbindung oder mit laufender Anfrage.</numerusform>
            <numerusform>%n ausgewählte Bots werden übersprungen: bereits in diesem Zustand, ohne Verbindung oder mit laufender Anfrage.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %n Bots</source>
        <translation>
            <numerusform>%1: %n Bot</numerusform>
            <numerusform>%1: %n Bots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %n selected bots can be changed this way (already in that state, no connection, or a request in flight).</source>
        <translation>
            <numerusform>Der ausgewählte Bot kann so nicht geändert werden (bereits in diesem Zustand, ohne Verbindung oder mit laufender Anfrage).</numerusform>
            <numerusform>Keiner der %n ausgewählten Bots kann so geändert werden (bereits in diesem Zustand, ohne Verbindung oder mit laufender Anfrage).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BotActionRequests</name>
    <message>
        <source>Nothing was sent: every bot changed while you were deciding.</source>
        <translation>Nichts gesendet: Alle Bots haben sich geändert, während Sie entschieden haben.</translation>
    </message>
    <message>
        <source>The last action is still running. Undo it when it has finished.</source>
        <translation>Die letzte Aktion läuft noch. Machen Sie sie rückgängig, wenn sie abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Nichts rückgängig zu machen.</translation>
    </message>
</context>
<context>
    <name>BotBatchPanel</name>
    <message>
        <source>Retry Failed</source>
        <translation>Fehlgeschlagene wiederholen</translation>
    </message>
    <message>
        <source>Close</source>
        <comment>close the bulk action panel</comment>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Failed requests</source>
        <translation>Fehlgeschlagene Anfragen</translation>
    </message>
    <message>
        <source>Finished: %1 done, %2 failed</source>
        <translation>Fertig: %1 erledigt, %2 fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 of %2 done, %3 failed</source>
        <translation>%1 von %2 erledigt, %3 fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>%n skipped (already in that state, no connection, or busy)</source>
        <translation>
            <numerusform>%n übersprungen (bereits in diesem Zustand, ohne Verbindung oder beschäftigt)</numerusform>
            <numerusform>%n übersprungen (bereits in diesem Zustand, ohne Verbindung oder beschäftigt)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 auf %2: %3</translation>
    </message>
    <message>
        <source>Pausing 1 bot</source>
        <translation>1 Bot wird pausiert</translation>
    </message>
    <message numerus="yes">
        <source>Pausing %n bots</source>
        <translation>
            <numerusform>%n Bot wird pausiert</numerusform>
            <numerusform>%n Bots werden pausiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Resuming 1 bot</source>
        <translation>1 Bot wird fortgesetzt</translation>
    </message>
    <message numerus="yes">
        <source>Resuming %n bots</source>
        <translation>
            <numerusform>%n Bot wird fortgesetzt</numerusform>
            <numerusform>%n Bots werden fortgesetzt</numerusform>
        </translation>
    </message>
    <message>
        <source>Reconnecting 1 bot</source>
        <translation>1 Bot wird neu verbunden</translation>
    </message>
    <message numerus="yes">
        <source>Reconnecting %n bots</source>
        <translation>
            <numerusform>%n Bot wird neu verbunden</numerusform>
            <numerusform>%n Bots werden neu verbunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without an answer, checking the server…</source>
        <translation>
            <numerusform>%n ohne Antwort, Server wird geprüft …</numerusform>
            <numerusform>%n ohne Antwort, Server wird geprüft …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without an answer (may or may not have happened)</source>
        <translation>
            <numerusform>%n ohne Antwort (vielleicht ausgeführt, vielleicht nicht)</numerusform>
            <numerusform>%n ohne Antwort (vielleicht ausgeführt, vielleicht nicht)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n confirmed after a lost answer</source>
        <translation>
            <numerusform>%n nach verlorener Antwort bestätigt</numerusform>
            <numerusform>%n nach verlorener Antwort bestätigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not applied after a lost answer</source>
        <translation>
            <numerusform>%n nach verlorener Antwort nicht ausgeführt</numerusform>
            <numerusform>%n nach verlorener Antwort nicht ausgeführt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BotConfirmDialog</name>
    <message>
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Type the number of bots, %1, to confirm.</source>
        <translation>Tippen Sie zur Bestätigung die Anzahl der Bots ein: %1.</translation>
    </message>
    <message>
        <source>Number of bots to confirm</source>
        <translation>Anzahl der Bots zur Bestätigung</translation>
    </message>
    <message>
        <source>That is not the number of bots (%1). Nothing was sent.</source>
        <translation>Das ist nicht die Anzahl der Bots (%1). Es wurde nichts gesendet.</translation>
    </message>
</context>
<context>
    <name>BotEmptyState</name>
    <message>
        <source>Clear Filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>No bots match</source>
        <translation>Keine passenden Bots</translation>
    </message>
    <message>
        <source>Loading bots…</source>
        <translation>Bots werden geladen …</translation>
    </message>
    <message>
        <source>No bots loaded</source>
        <translation>Keine Bots geladen</translation>
    </message>
    <message>
        <source>No bots yet</source>
        <translation>Noch keine Bots</translation>
    </message>
</context>
<context>
    <name>BotFilterBar</name>
    <message>
        <source>Search account name or ID</source>
        <translation>Kontoname oder ID suchen</translation>
    </message>
    <message>
        <source>Search bots</source>
        <translation>Bots suchen</translation>
    </message>
    <message>
        <source>Matches account name or ID, ignoring case and accents (Ctrl+F)</source>
        <translation>Findet Kontoname oder ID, ohne Groß-/Kleinschreibung und Akzente zu beachten (Strg+F)</translation>
    </message>
    <message>
        <source>Platform filter</source>
        <translation>Plattformfilter</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>All Platforms</source>
        <translation>Alle Plattformen</translation>
    </message>
    <message>
        <source>All Statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>No Connection</source>
        <translation>Keine Verbindung</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <source>Problems (No Connection or Stale)</source>
        <translation>Probleme (keine Verbindung oder veraltet)</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>platforms this version does not know</comment>
        <translation>Andere</translation>
    </message>
    <message>
        <source>Other (%1)</source>
        <comment>platforms this version does not know</comment>
        <translation>Andere (%1)</translation>
    </message>
    <message>
        <source>Bots on platforms this version of the app does not know</source>
        <translation>Bots auf Plattformen, die diese Version der App nicht kennt</translation>
    </message>
</context>
<context>
    <name>BotLoadProgress</name>
    <message>
        <source>Loading %1 of %2 bots</source>
        <translation>%1 von %2 Bots werden geladen</translation>
    </message>
    <message>
        <source>Loading bots…</source>
        <translation>Bots werden geladen …</translation>
    </message>
</context>
<context>
    <name>BotMarks</name>
    <message numerus="yes">
        <source>%n marked</source>
        <translation>
            <numerusform>%n markiert</numerusform>
            <numerusform>%n markiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n not shown)</source>
        <translation>
            <numerusform>(%n nicht sichtbar)</numerusform>
            <numerusform>(%n nicht sichtbar)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BotPageActions</name>
    <message>
        <source>Un&amp;freeze Live Updates</source>
        <translation>Live-Aktualisierung &amp;fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Freeze Live Updates</source>
        <translation>Live-Aktualisierung &amp;einfrieren</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Neu verbinden</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>&amp;Pause Bot</source>
        <translation>Bot &amp;pausieren</translation>
    </message>
    <message>
        <source>Pause the selected bots</source>
        <translation>Die ausgewählten Bots pausieren</translation>
    </message>
    <message>
        <source>&amp;Resume Bot</source>
        <translation>Bot &amp;fortsetzen</translation>
    </message>
    <message>
        <source>Resume the selected bots</source>
        <translation>Die ausgewählten Bots fortsetzen</translation>
    </message>
    <message>
        <source>Re&amp;connect Bot</source>
        <translation>Bot neu &amp;verbinden</translation>
    </message>
    <message>
        <source>Ask the selected bots to rejoin their channels now</source>
        <translation>Die ausgewählten Bots ihren Kanälen jetzt neu beitreten lassen</translation>
    </message>
    <message>
        <source>&amp;Copy Rows</source>
        <translation>Zeilen &amp;kopieren</translation>
    </message>
    <message>
        <source>Re&amp;load Bots</source>
        <translation>Bots neu &amp;laden</translation>
    </message>
    <message>
        <source>Load every bot from the server again</source>
        <translation>Alle Bots erneut vom Server laden</translation>
    </message>
    <message>
        <source>&amp;Find Bot</source>
        <translation>Bot &amp;suchen</translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation>Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Show &amp;Discord Servers of Account</source>
        <translation>&amp;Discord-Server des Kontos anzeigen</translation>
    </message>
    <message>
        <source>Open the Discord page on this account's servers</source>
        <translation>Die Discord-Seite mit den Servern dieses Kontos öffnen</translation>
    </message>
    <message>
        <source>Next Row</source>
        <translation>Nächste Zeile</translation>
    </message>
    <message>
        <source>Move down one row (also Down)</source>
        <translation>Eine Zeile nach unten (auch Pfeil nach unten)</translation>
    </message>
    <message>
        <source>Previous Row</source>
        <translation>Vorige Zeile</translation>
    </message>
    <message>
        <source>Move up one row (also Up)</source>
        <translation>Eine Zeile nach oben (auch Pfeil nach oben)</translation>
    </message>
    <message>
        <source>&amp;Mark or Unmark Row</source>
        <translation>Zeile &amp;markieren oder Markierung aufheben</translation>
    </message>
    <message>
        <source>Mark Range to Current Row</source>
        <translation>Bereich bis zur aktuellen Zeile markieren</translation>
    </message>
    <message>
        <source>Mark All Matching Rows</source>
        <translation>Alle passenden Zeilen markieren</translation>
    </message>
    <message>
        <source>Clear Marks</source>
        <translation>Markierungen aufheben</translation>
    </message>
    <message>
        <source>Show All Platforms</source>
        <translation>Alle Plattformen zeigen</translation>
    </message>
    <message>
        <source>Show Twitch Only</source>
        <translation>Nur Twitch zeigen</translation>
    </message>
    <message>
        <source>Show YouTube Only</source>
        <translation>Nur YouTube zeigen</translation>
    </message>
    <message>
        <source>Show Kick Only</source>
        <translation>Nur Kick zeigen</translation>
    </message>
    <message>
        <source>Show Trovo Only</source>
        <translation>Nur Trovo zeigen</translation>
    </message>
    <message>
        <source>Show Discord Only</source>
        <translation>Nur Discord zeigen</translation>
    </message>
    <message>
        <source>Sort by Account</source>
        <translation>Nach Konto sortieren</translation>
    </message>
    <message>
        <source>Sort by Account ID</source>
        <translation>Nach Konto-ID sortieren</translation>
    </message>
    <message>
        <source>Sort by Platform</source>
        <translation>Nach Plattform sortieren</translation>
    </message>
    <message>
        <source>Sort by Status</source>
        <translation>Nach Status sortieren</translation>
    </message>
    <message>
        <source>Sort by Last Heartbeat</source>
        <translation>Nach letztem Heartbeat sortieren</translation>
    </message>
    <message>
        <source>Again to reverse the order</source>
        <translation>Noch einmal kehrt die Reihenfolge um</translation>
    </message>
    <message>
        <source>&amp;Undo Last Pause or Resume</source>
        <translation>Letztes Pausieren oder Fortsetzen &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;Problems Only</source>
        <translation>Nur &amp;Probleme</translation>
    </message>
    <message>
        <source>Show only bots with no connection or a stale heartbeat; again for all</source>
        <translation>Nur Bots ohne Verbindung oder mit veraltetem Lebenszeichen zeigen; erneut für alle</translation>
    </message>
    <message>
        <source>Hold live changes while reading; z again catches up</source>
        <translation>Live-Änderungen beim Lesen zurückhalten; z holt wieder auf</translation>
    </message>
    <message>
        <source>Copy the marked bots, or else the selected rows, as tab-separated text</source>
        <translation>Die markierten Bots, sonst die ausgewählten Zeilen, als tabulatorgetrennten Text kopieren</translation>
    </message>
    <message>
        <source>Send the opposite toggle to the bots where it took effect and that have not changed since</source>
        <translation>Die Bots zurückschalten, bei denen die Aktion gewirkt hat und die sich seitdem nicht geändert haben</translation>
    </message>
    <message>
        <source>Copy as Markdown</source>
        <translation>Als Markdown kopieren</translation>
    </message>
    <message>
        <source>Copy as Mar&amp;kdown</source>
        <translation>Als Mar&amp;kdown kopieren</translation>
    </message>
    <message>
        <source>Copy the selected rows as a Markdown table for an incident report</source>
        <translation>Die ausgewählten Zeilen als Markdown-Tabelle für einen Vorfallbericht kopieren</translation>
    </message>
    <message>
        <source>Show Other Platforms Only</source>
        <translation>Nur andere Plattformen anzeigen</translation>
    </message>
</context>
<context>
    <name>BotPaletteSource</name>
    <message>
        <source>Pause %1 bot of %2</source>
        <comment>palette: platform, account</comment>
        <translation>%1-Bot von %2 pausieren</translation>
    </message>
    <message>
        <source>Resume %1 bot of %2</source>
        <comment>palette: platform, account</comment>
        <translation>%1-Bot von %2 fortsetzen</translation>
    </message>
    <message>
        <source>Reconnect %1 bot of %2</source>
        <comment>palette: platform, account</comment>
        <translation>%1-Bot von %2 neu verbinden</translation>
    </message>
    <message>
        <source>Show %1</source>
        <comment>palette: account</comment>
        <translation>%1 zeigen</translation>
    </message>
</context>
<context>
    <name>BotRevertList</name>
    <message>
        <source>Paused at %1</source>
        <comment>incident revert: time in UTC</comment>
        <translation>Pausiert um %1</translation>
    </message>
    <message>
        <source>Resumed at %1</source>
        <comment>incident revert: time in UTC</comment>
        <translation>Fortgesetzt um %1</translation>
    </message>
    <message>
        <source>Reconnected at %1</source>
        <comment>incident revert: time in UTC</comment>
        <translation>Neu verbunden um %1</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Done (UTC)</source>
        <translation>Ausgeführt (UTC)</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>BotRevertPlan</name>
    <message>
        <source>Now %1: changed since by someone else or by the bot.</source>
        <translation>Jetzt %1: seitdem von jemand anderem oder vom Bot geändert.</translation>
    </message>
    <message>
        <source>Still %1, but changed since (at %2 UTC) by someone else or by the bot.</source>
        <translation>Weiterhin %1, aber seitdem (um %2 UTC) von jemand anderem oder vom Bot geändert.</translation>
    </message>
    <message>
        <source>The action failed: there is nothing to put back.</source>
        <translation>Die Aktion ist fehlgeschlagen: Es gibt nichts zurückzusetzen.</translation>
    </message>
    <message>
        <source>The action failed (%1): there is nothing to put back.</source>
        <translation>Die Aktion ist fehlgeschlagen (%1): Es gibt nichts zurückzusetzen.</translation>
    </message>
    <message>
        <source>The server never answered the action: its outcome is not known.</source>
        <translation>Der Server hat auf die Aktion nie geantwortet: Ihr Ergebnis ist unbekannt.</translation>
    </message>
    <message>
        <source>The triage log does not hold the state the action produced.</source>
        <translation>Das Triage-Protokoll enthält nicht den Zustand, den die Aktion hergestellt hat.</translation>
    </message>
    <message>
        <source>The bot no longer exists on the server.</source>
        <translation>Den Bot gibt es auf dem Server nicht mehr.</translation>
    </message>
    <message>
        <source>Another request for this bot is in flight.</source>
        <translation>Für diesen Bot ist bereits eine andere Anfrage unterwegs.</translation>
    </message>
    <message>
        <source>Already put back by an earlier revert.</source>
        <translation>Bereits durch ein früheres Rückgängigmachen zurückgesetzt.</translation>
    </message>
    <message>
        <source>Paused and resumed again during the incident: nothing to put back.</source>
        <translation>Während der Störung pausiert und wieder fortgesetzt: nichts zurückzusetzen.</translation>
    </message>
    <message>
        <source>Resumed and paused again during the incident: nothing to put back.</source>
        <translation>Während der Störung fortgesetzt und wieder pausiert: nichts zurückzusetzen.</translation>
    </message>
    <message>
        <source>On the server profile “%1”: sign in there to revert it.</source>
        <translation>Im Serverprofil „%1“: Melden Sie sich dort an, um es rückgängig zu machen.</translation>
    </message>
    <message>
        <source>Only reconnected: there is nothing to put back.</source>
        <translation>Nur neu verbunden: Es gibt nichts zurückzusetzen.</translation>
    </message>
    <message>
        <source>Skipped</source>
        <comment>incident revert: a bot left alone</comment>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Resume</source>
        <comment>incident revert: what is sent</comment>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Pause</source>
        <comment>incident revert: what is sent</comment>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>resume 1 bot</source>
        <comment>incident revert</comment>
        <translation>1 Bot fortsetzen</translation>
    </message>
    <message numerus="yes">
        <source>resume %n bots</source>
        <comment>incident revert</comment>
        <translation>
            <numerusform>%n Bot fortsetzen</numerusform>
            <numerusform>%n Bots fortsetzen</numerusform>
        </translation>
    </message>
    <message>
        <source>pause 1 bot</source>
        <comment>incident revert</comment>
        <translation>1 Bot pausieren</translation>
    </message>
    <message numerus="yes">
        <source>pause %n bots</source>
        <comment>incident revert</comment>
        <translation>
            <numerusform>%n Bot pausieren</numerusform>
            <numerusform>%n Bots pausieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to put back.</source>
        <comment>incident revert</comment>
        <translation>Nichts zurückzusetzen.</translation>
    </message>
    <message>
        <source>It will %1.</source>
        <comment>incident revert: 'resume 3 bots'</comment>
        <translation>Geplant: %1.</translation>
    </message>
    <message>
        <source>It will %1 and %2.</source>
        <comment>incident revert: 'resume 3 bots' and 'pause 1 bot'</comment>
        <translation>Geplant: %1 und %2.</translation>
    </message>
    <message>
        <source>1 bot is left alone (see why below).</source>
        <translation>1 Bot bleibt unberührt (Gründe unten).</translation>
    </message>
    <message numerus="yes">
        <source>%n bots are left alone (see why below).</source>
        <translation>
            <numerusform>%n Bot bleibt unberührt (Gründe unten).</numerusform>
            <numerusform>%n Bots bleiben unberührt (Gründe unten).</numerusform>
        </translation>
    </message>
    <message>
        <source>1 Discord change is not reverted: see the incident report.</source>
        <translation>1 Discord-Änderung wird nicht rückgängig gemacht: siehe Störungsbericht.</translation>
    </message>
    <message numerus="yes">
        <source>%n Discord changes are not reverted: see the incident report.</source>
        <translation>
            <numerusform>%n Discord-Änderung wird nicht rückgängig gemacht: siehe Störungsbericht.</numerusform>
            <numerusform>%n Discord-Änderungen werden nicht rückgängig gemacht: siehe Störungsbericht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BotStatusPane</name>
    <message>
        <source>Live changes wait while frozen: rows, badges and counts show the moment you froze, plus your own actions.</source>
        <translation>Live-Änderungen warten, solange eingefroren ist: Zeilen, Status und Zählungen zeigen den Moment des Einfrierens, dazu Ihre eigenen Aktionen.</translation>
    </message>
    <message>
        <source>%1 of %2 bots - %3 active, %4 paused, %5 no connection</source>
        <translation>%1 von %2 Bots - %3 aktiv, %4 pausiert, %5 ohne Verbindung</translation>
    </message>
    <message>
        <source>, %1 stale</source>
        <translation>, %1 veraltet</translation>
    </message>
    <message numerus="yes">
        <source>FROZEN: %n bot(s) changed meanwhile (z to catch up)</source>
        <translation>
            <numerusform>EINGEFROREN: %n Bot inzwischen geändert (z zum Aufholen)</numerusform>
            <numerusform>EINGEFROREN: %n Bots inzwischen geändert (z zum Aufholen)</numerusform>
        </translation>
    </message>
    <message>
        <source>FROZEN: rows held in place (z to catch up)</source>
        <translation>EINGEFROREN: Zeilen bleiben stehen (z holt auf)</translation>
    </message>
    <message>
        <source>The server cannot be reached.</source>
        <translation>Der Server ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>The server cannot be reached: %1</source>
        <translation>Der Server ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Live updates are interrupted. The table shows the last known state and catches up when the connection is back.</source>
        <translation>Die Live-Aktualisierung ist unterbrochen. Die Tabelle zeigt den letzten bekannten Stand und holt auf, sobald die Verbindung zurück ist.</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Neu verbinden</translation>
    </message>
    <message>
        <source>Could not pause %1 on %2: %3</source>
        <translation>%1 auf %2 konnte nicht pausiert werden: %3</translation>
    </message>
    <message>
        <source>Could not resume %1 on %2: %3</source>
        <translation>%1 auf %2 konnte nicht fortgesetzt werden: %3</translation>
    </message>
    <message>
        <source>Could not reconnect %1 on %2: %3</source>
        <translation>%1 auf %2 konnte nicht neu verbunden werden: %3</translation>
    </message>
    <message>
        <source>Pause of %1 on %2: %3</source>
        <translation>Pausieren von %1 auf %2: %3</translation>
    </message>
    <message>
        <source>Resume of %1 on %2: %3</source>
        <translation>Fortsetzen von %1 auf %2: %3</translation>
    </message>
    <message>
        <source>Reconnect of %1 on %2: %3</source>
        <translation>Neu verbinden von %1 auf %2: %3</translation>
    </message>
    <message>
        <source>Paused %1 on %2: %3</source>
        <translation>%1 auf %2 pausiert: %3</translation>
    </message>
    <message>
        <source>Resumed %1 on %2: %3</source>
        <translation>%1 auf %2 fortgesetzt: %3</translation>
    </message>
    <message>
        <source>Reconnected %1 on %2: %3</source>
        <translation>%1 auf %2 neu verbunden: %3</translation>
    </message>
    <message>
        <source>, %1 in other statuses</source>
        <translation>, %1 in anderen Status</translation>
    </message>
</context>
<context>
    <name>BotSyncController</name>
    <message>
        <source>The server did not return the bot's new state.</source>
        <translation>Der Server hat den neuen Zustand des Bots nicht zurückgegeben.</translation>
    </message>
    <message>
        <source>The request failed.</source>
        <translation>Die Anfrage ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Not completed: the session ended before the server answered.</source>
        <translation>Nicht abgeschlossen: Die Sitzung endete, bevor der Server antwortete.</translation>
    </message>
    <message>
        <source>Rejoin requested</source>
        <translation>Neuverbindung angefordert</translation>
    </message>
    <message>
        <source>Not sent: the session ended before its turn.</source>
        <translation>Nicht gesendet: Die Sitzung endete, bevor die Anfrage an der Reihe war.</translation>
    </message>
    <message>
        <source>The answer was lost.</source>
        <translation>Die Antwort ging verloren.</translation>
    </message>
    <message>
        <source>No answer came back (%1). Checking the bot's state on the server…</source>
        <translation>Keine Antwort erhalten (%1). Der Zustand des Bots wird auf dem Server geprüft …</translation>
    </message>
    <message>
        <source>No answer came back (%1); the server may or may not have done it.</source>
        <translation>Keine Antwort erhalten (%1); der Server hat es vielleicht ausgeführt, vielleicht nicht.</translation>
    </message>
    <message>
        <source>The answer was lost, but the server shows the bot %1: applied (confirmed).</source>
        <translation>Die Antwort ging verloren, aber der Server zeigt den Bot als %1: ausgeführt (bestätigt).</translation>
    </message>
    <message>
        <source>The answer was lost, and the server shows the bot %1: not applied.</source>
        <translation>Die Antwort ging verloren, und der Server zeigt den Bot als %1: nicht ausgeführt.</translation>
    </message>
    <message>
        <source>This server offers no live updates.</source>
        <translation>Dieser Server bietet keine Live-Aktualisierungen.</translation>
    </message>
    <message>
        <source>The server refused live updates: %1</source>
        <translation>Der Server hat Live-Aktualisierungen abgelehnt: %1</translation>
    </message>
    <message>
        <source>The live connection is not available.</source>
        <translation>Die Live-Verbindung ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>The live connection is not available: %1</source>
        <translation>Die Live-Verbindung ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>this server has no adminRejoinBot (an older Lumio API), so it cannot ask a bot to rejoin</source>
        <translation>dieser Server hat kein adminRejoinBot (eine ältere Lumio-API) und kann einen Bot daher nicht neu beitreten lassen</translation>
    </message>
</context>
<context>
    <name>BotTablePage</name>
    <message>
        <source>Bots</source>
        <translation>Bots</translation>
    </message>
</context>
<context>
    <name>BotTableTexts</name>
    <message>
        <source>Pausing…</source>
        <translation>Wird pausiert …</translation>
    </message>
    <message>
        <source>Resuming…</source>
        <translation>Wird fortgesetzt …</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Wird neu verbunden …</translation>
    </message>
    <message>
        <source>Pause</source>
        <comment>action: pause the bot</comment>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Resume</source>
        <comment>action: resume the bot</comment>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>No heartbeat received</source>
        <translation>Kein Lebenszeichen empfangen</translation>
    </message>
    <message numerus="yes">
        <source>Active, but no heartbeat for more than %n s</source>
        <translation>
            <numerusform>Aktiv, aber seit mehr als %n s kein Lebenszeichen</numerusform>
            <numerusform>Aktiv, aber seit mehr als %n s kein Lebenszeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>Konto-ID</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last Heartbeat</source>
        <translation>Letztes Lebenszeichen</translation>
    </message>
    <message>
        <source>Action</source>
        <comment>column header</comment>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>platform</comment>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>bot status</comment>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Paused</source>
        <comment>bot status</comment>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>No Connection</source>
        <comment>bot status</comment>
        <translation>Keine Verbindung</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>bot status</comment>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>never</source>
        <comment>heartbeat</comment>
        <translation>nie</translation>
    </message>
    <message numerus="yes">
        <source>%n s ago</source>
        <comment>heartbeat age in seconds</comment>
        <translation>
            <numerusform>vor %n s</numerusform>
            <numerusform>vor %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <comment>heartbeat age in minutes</comment>
        <translation>
            <numerusform>vor %n Min.</numerusform>
            <numerusform>vor %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <comment>heartbeat age in hours</comment>
        <translation>
            <numerusform>vor %n Std.</numerusform>
            <numerusform>vor %n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d ago</source>
        <comment>heartbeat age in days</comment>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2: %3, last heartbeat %4</source>
        <translation>%1 auf %2: %3, letztes Lebenszeichen %4</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>veraltet</translation>
    </message>
    <message>
        <source>change pending</source>
        <translation>Änderung ausstehend</translation>
    </message>
    <message>
        <source>Watched: changed since you looked (make it the current row to mark it seen)</source>
        <translation>Beobachtet: seit Ihrem letzten Blick geändert (als aktuelle Zeile wählen, um es als gesehen zu markieren)</translation>
    </message>
    <message>
        <source>Watched: you are notified when it changes</source>
        <translation>Beobachtet: Sie werden bei Änderungen benachrichtigt</translation>
    </message>
    <message>
        <source>watched, changed since you looked</source>
        <translation>beobachtet, seit Ihrem letzten Blick geändert</translation>
    </message>
    <message>
        <source>watched</source>
        <translation>beobachtet</translation>
    </message>
    <message>
        <source>%1 is a platform this version of the app does not know. Its bots are shown, counted and searchable; pause, resume and reconnect are sent as they are, and the server decides.</source>
        <translation>%1 ist eine Plattform, die diese Version der App nicht kennt. Ihre Bots werden angezeigt, gezählt und sind durchsuchbar; Pausieren, Fortsetzen und Neu verbinden werden unverändert gesendet, und der Server entscheidet.</translation>
    </message>
    <message>
        <source>%1 is a status this version of the app does not know, so no action is offered for this bot.</source>
        <translation>%1 ist ein Status, den diese Version der App nicht kennt; daher wird für diesen Bot keine Aktion angeboten.</translation>
    </message>
</context>
<context>
    <name>BotTableView</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last Heartbeat</source>
        <translation>Letztes Lebenszeichen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>Konto-ID</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Last Heartbeat (UTC)</source>
        <translation>Letztes Lebenszeichen (UTC)</translation>
    </message>
</context>
<context>
    <name>BotUndo</name>
    <message numerus="yes">
        <source>Undo: resume %n bots (Ctrl+Z)</source>
        <translation>
            <numerusform>Rückgängig: %n Bot fortsetzen (Strg+Z)</numerusform>
            <numerusform>Rückgängig: %n Bots fortsetzen (Strg+Z)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undo: pause %n bots (Ctrl+Z)</source>
        <translation>
            <numerusform>Rückgängig: %n Bot pausieren (Strg+Z)</numerusform>
            <numerusform>Rückgängig: %n Bots pausieren (Strg+Z)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <comment>a bot: account on platform</comment>
        <translation>%1 auf %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiterer</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bots changed since; left alone</source>
        <translation>
            <numerusform>%n Bot hat sich seitdem geändert; unverändert gelassen</numerusform>
            <numerusform>%n Bots haben sich seitdem geändert; unverändert gelassen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bots have another request in flight; left alone</source>
        <translation>
            <numerusform>Für %n Bot läuft bereits eine andere Anfrage; unverändert gelassen</numerusform>
            <numerusform>Für %n Bots läuft bereits eine andere Anfrage; unverändert gelassen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bots are no longer listed; left alone</source>
        <translation>
            <numerusform>%n Bot ist nicht mehr aufgeführt; unverändert gelassen</numerusform>
            <numerusform>%n Bots sind nicht mehr aufgeführt; unverändert gelassen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckServer</name>
    <message>
        <source>The saved token could not be read (%1); checking without one.</source>
        <translation>Das gespeicherte Token konnte nicht gelesen werden (%1); es wird ohne Token geprüft.</translation>
    </message>
    <message>
        <source>server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>app: %1 %2</source>
        <translation>App: %1 %2</translation>
    </message>
    <message>
        <source>token: none (none is saved for %1)</source>
        <translation>Token: keines (für %1 ist keines gespeichert)</translation>
    </message>
    <message>
        <source>token: the one saved by profile “%1”</source>
        <translation>Token: das vom Profil „%1“ gespeicherte</translation>
    </message>
    <message>
        <source>The server wants a token to tell what it offers, and none is saved for %1. Sign in to this server once with the app (it saves the token in the system keychain), then check again.</source>
        <translation>Der Server verlangt ein Token, um mitzuteilen, was er anbietet, und für %1 ist keines gespeichert. Melden Sie sich einmal mit der App bei diesem Server an (sie speichert das Token im Schlüsselbund des Systems) und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <source>The server refused the saved token: %1</source>
        <translation>Der Server hat das gespeicherte Token abgelehnt: %1</translation>
    </message>
    <message>
        <source>The server refused to say what it offers (introspection): %1</source>
        <translation>Der Server hat die Auskunft verweigert, was er anbietet (Introspection): %1</translation>
    </message>
    <message>
        <source>Could not check %1: %2</source>
        <translation>%1 konnte nicht geprüft werden: %2</translation>
    </message>
    <message>
        <source>result: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Lumio Bot Control: the staff console for Lumio chat bots.</source>
        <translation>Lumio Bot Control: die Mitarbeiterkonsole für die Chat-Bots von Lumio.</translation>
    </message>
    <message>
        <source>Sign in to the saved server profile &lt;name&gt;.</source>
        <translation>Beim gespeicherten Serverprofil &lt;name&gt; anmelden.</translation>
    </message>
    <message>
        <source>Use the GraphQL server at &lt;url&gt; (with --profile: save it under that name).</source>
        <translation>Den GraphQL-Server unter &lt;url&gt; verwenden (mit --profile: unter diesem Namen speichern).</translation>
    </message>
    <message>
        <source>Demo mode: sign in to the sandbox described by &lt;infofile&gt; (JSON with url, ws and tokens); the token stays in memory.</source>
        <translation>Demomodus: bei der in &lt;infofile&gt; beschriebenen Sandbox anmelden (JSON mit url, ws und tokens); das Token bleibt nur im Speicher.</translation>
    </message>
    <message>
        <source>Which sandbox demo token to use: admin, readonly, operator or noaccess (default: admin).</source>
        <translation>Welches Demo-Token der Sandbox verwendet wird: admin, readonly, operator oder noaccess (Standard: admin).</translation>
    </message>
    <message>
        <source>Language for this run: en, de or ar.</source>
        <translation>Sprache für diesen Start: en, de oder ar.</translation>
    </message>
    <message>
        <source>Theme for this run: system, light or dark.</source>
        <translation>Farbschema für diesen Start: system, light oder dark.</translation>
    </message>
    <message>
        <source>Start on page &lt;id&gt;: bots, discord or triage.</source>
        <translation>Auf der Seite &lt;id&gt; starten: bots, discord oder triage.</translation>
    </message>
    <message>
        <source>Quit cleanly after &lt;ms&gt; milliseconds.</source>
        <translation>Nach &lt;ms&gt; Millisekunden sauber beenden.</translation>
    </message>
    <message>
        <source>Save a PNG of the main window to &lt;path&gt; once it is shown.</source>
        <translation>Ein PNG des Hauptfensters unter &lt;path&gt; speichern, sobald es angezeigt wird.</translation>
    </message>
    <message>
        <source>--server: not a URL: %1</source>
        <translation>--server: keine URL: %1</translation>
    </message>
    <message>
        <source>--lang: use en, de or ar</source>
        <translation>--lang: en, de oder ar verwenden</translation>
    </message>
    <message>
        <source>--theme: use system, light or dark</source>
        <translation>--theme: system, light oder dark verwenden</translation>
    </message>
    <message>
        <source>--quit-after-ms: a number of milliseconds</source>
        <translation>--quit-after-ms: eine Anzahl Millisekunden</translation>
    </message>
    <message>
        <source>Cannot read the sandbox file %1: %2</source>
        <translation>Die Sandbox-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The sandbox file %1 is not JSON: %2</source>
        <translation>Die Sandbox-Datei %1 ist kein JSON: %2</translation>
    </message>
    <message>
        <source>The sandbox file %1 has no url.</source>
        <translation>Die Sandbox-Datei %1 enthält keine url.</translation>
    </message>
    <message>
        <source>Compare what the server at &lt;url&gt; offers with this version, print the differences and exit without a window: 0 when they match, 1 when they differ, 2 when the server could not be checked. Uses the token a saved profile keeps for that server, if any.</source>
        <translation>Vergleicht, was der Server unter &lt;url&gt; anbietet, mit dieser Version, gibt die Unterschiede aus und beendet sich ohne Fenster: 0, wenn sie übereinstimmen, 1, wenn sie sich unterscheiden, 2, wenn der Server nicht geprüft werden konnte. Verwendet das Token, das ein gespeichertes Profil für diesen Server hat, falls vorhanden.</translation>
    </message>
    <message>
        <source>--check-server: not a URL: %1</source>
        <translation>--check-server: keine URL: %1</translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <source>Open Discord server %1 (%2)</source>
        <translation>Discord-Server %1 öffnen (%2)</translation>
    </message>
    <message>
        <source>Type a command, an account or a page</source>
        <translation>Befehl, Konto oder Seite eingeben</translation>
    </message>
    <message>
        <source>Command palette</source>
        <translation>Befehlspalette</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>Befehle</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Gehe zu %1</translation>
    </message>
    <message>
        <source>%1 (not available: %2)</source>
        <comment>palette: action, why the server does not offer it</comment>
        <translation>%1 (nicht verfügbar: %2)</translation>
    </message>
</context>
<context>
    <name>ConnectionStatusWidget</name>
    <message>
        <source>Retry now</source>
        <translation>Jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>Try to connect again at once</source>
        <translation>Sofort erneut verbinden</translation>
    </message>
    <message>
        <source>Signed out</source>
        <comment>connection state</comment>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>Live</source>
        <comment>connection state: receiving live updates</comment>
        <translation>Live</translation>
    </message>
    <message>
        <source>Connecting, attempt %1…</source>
        <comment>connection state</comment>
        <translation>Verbinde, Versuch %1 …</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <comment>connection state</comment>
        <translation>Verbinde …</translation>
    </message>
    <message numerus="yes">
        <source>Reconnecting, attempt %1, next try in %n s</source>
        <comment>connection state</comment>
        <translation>
            <numerusform>Neuverbindung, Versuch %1, nächster Versuch in %n s</numerusform>
            <numerusform>Neuverbindung, Versuch %1, nächster Versuch in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed out: the server refused the sign-in</source>
        <comment>connection state</comment>
        <translation>Abgemeldet: Der Server hat die Anmeldung abgelehnt</translation>
    </message>
    <message>
        <source>Offline</source>
        <comment>connection state</comment>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Connection: %1</source>
        <translation>Verbindung: %1</translation>
    </message>
    <message>
        <source>Polling, loading…</source>
        <comment>connection state: reloading instead of live updates</comment>
        <translation>Abfrage, wird geladen…</translation>
    </message>
    <message numerus="yes">
        <source>Polling, updated %n s ago</source>
        <comment>connection state</comment>
        <translation>
            <numerusform>Abfrage, vor %n s aktualisiert</numerusform>
            <numerusform>Abfrage, vor %n s aktualisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Polling, updated %n min ago</source>
        <comment>connection state</comment>
        <translation>
            <numerusform>Abfrage, vor %n min aktualisiert</numerusform>
            <numerusform>Abfrage, vor %n min aktualisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No live updates: %1
The data is reloaded every %n s while the window is open.</source>
        <comment>tool tip</comment>
        <translation>
            <numerusform>Keine Live-Aktualisierungen: %1
Die Daten werden, solange das Fenster offen ist, jede Sekunde neu geladen.</numerusform>
            <numerusform>Keine Live-Aktualisierungen: %1
Die Daten werden, solange das Fenster offen ist, alle %n s neu geladen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The last reload failed; the page says why.</source>
        <translation>Das letzte Neuladen ist fehlgeschlagen; die Seite nennt den Grund.</translation>
    </message>
</context>
<context>
    <name>DisconnectGuildDialog</name>
    <message>
        <source>Disconnect Discord Server</source>
        <translation>Discord-Server trennen</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Trennen</translation>
    </message>
    <message>
        <source>The Lumio bot leaves “%1” (%2) and the server's mapping to the account %3 is deleted with all of its feature routings. The account can add the server again later.</source>
        <translation>Der Lumio-Bot verlässt „%1“ (%2), und die Zuordnung des Servers zum Konto %3 wird mit allen Funktionsweiterleitungen gelöscht. Das Konto kann den Server später wieder hinzufügen.</translation>
    </message>
    <message>
        <source>Type the server's name, %1, to confirm:</source>
        <translation>Geben Sie zur Bestätigung den Namen des Servers ein, %1:</translation>
    </message>
    <message>
        <source>Type the server's name exactly to enable this.</source>
        <translation>Geben Sie den Namen des Servers genau ein, um dies zu aktivieren.</translation>
    </message>
    <message>
        <source>This server's name cannot be typed: type its ID, %1, to confirm:</source>
        <translation>Der Name dieses Servers lässt sich nicht eintippen. Geben Sie zur Bestätigung seine ID ein, %1:</translation>
    </message>
</context>
<context>
    <name>DiscordGuildListModel</name>
    <message>
        <source>%1 (Discord reports this server as unavailable)</source>
        <translation>%1 (Discord meldet diesen Server als nicht verfügbar)</translation>
    </message>
    <message>
        <source>Account %1 (%2)</source>
        <translation>Konto %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) routed to a channel</source>
        <translation>
            <numerusform>%n Funktion an einen Kanal weitergeleitet</numerusform>
            <numerusform>%n Funktionen an Kanäle weitergeleitet</numerusform>
        </translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Disconnecting…</source>
        <translation>Wird getrennt …</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Nicht verfügbar</translation>
    </message>
    <message>
        <source>Waiting for the server to confirm the disconnect</source>
        <translation>Warten, bis der Server die Trennung bestätigt</translation>
    </message>
    <message>
        <source>Discord reports this server as unavailable (an outage); the mapping is kept and comes back with the server.</source>
        <translation>Discord meldet diesen Server als nicht verfügbar (eine Störung); die Zuordnung bleibt erhalten und gilt wieder, sobald der Server zurück ist.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Server ID</source>
        <translation>Server-ID</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Number of mapped features</source>
        <translation>Anzahl der zugeordneten Funktionen</translation>
    </message>
    <message>
        <source>Features</source>
        <comment>column: mapped feature count</comment>
        <translation>Funktionen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>DiscordGuildsPage</name>
    <message>
        <source>Discord guilds</source>
        <comment>page name</comment>
        <translation>Discord-Server</translation>
    </message>
    <message>
        <source>Read-only: you can look at every server and its feature mappings, but not change, add or disconnect them.</source>
        <translation>Nur Lesen: Sie können jeden Server und seine Funktionszuordnungen ansehen, aber nichts ändern, hinzufügen oder trennen.</translation>
    </message>
    <message>
        <source>The live connection is down: this list may be out of date until it comes back.</source>
        <translation>Die Live-Verbindung ist unterbrochen: Diese Liste kann veraltet sein, bis sie zurück ist.</translation>
    </message>
    <message>
        <source>&amp;Reload Servers</source>
        <translation>Server neu &amp;laden</translation>
    </message>
    <message>
        <source>Reload the servers and the open mappings</source>
        <translation>Die Server und die geöffneten Zuordnungen neu laden</translation>
    </message>
    <message>
        <source>&amp;Find Server</source>
        <translation>Server &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Add Server…</source>
        <translation>Server &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>Add the bot to a Discord server</source>
        <translation>Den Bot zu einem Discord-Server hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Disconnect Server…</source>
        <translation>Server &amp;trennen …</translation>
    </message>
    <message>
        <source>&amp;Save Mappings</source>
        <translation>Zuordnungen &amp;speichern</translation>
    </message>
    <message>
        <source>Re&amp;vert Mappings</source>
        <translation>Zuordnungen &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Reloading…</source>
        <translation>Wird neu geladen …</translation>
    </message>
    <message>
        <source>Could not reload the servers: %1</source>
        <translation>Die Server konnten nicht neu geladen werden: %1</translation>
    </message>
    <message>
        <source>Reloaded.</source>
        <translation>Neu geladen.</translation>
    </message>
</context>
<context>
    <name>DiscordPickerPopup</name>
    <message>
        <source>Post to channel</source>
        <translation>In Kanal posten</translation>
    </message>
    <message>
        <source>Type to search channels</source>
        <translation>Tippen, um Kanäle zu suchen</translation>
    </message>
    <message>
        <source>No channel</source>
        <translation>Kein Kanal</translation>
    </message>
    <message>
        <source>Category %1</source>
        <translation>Kategorie %1</translation>
    </message>
    <message>
        <source>(announcement)</source>
        <translation>(Ankündigung)</translation>
    </message>
    <message>
        <source>The bot lacks permission to post in #%1: grant it “Send Messages” there in Discord, or choose another channel.</source>
        <translation>Der Bot darf nicht in #%1 posten: Erteilen Sie ihm dort in Discord „Nachrichten senden“ oder wählen Sie einen anderen Kanal.</translation>
    </message>
    <message>
        <source>Mention role</source>
        <translation>Rolle erwähnen</translation>
    </message>
    <message>
        <source>Type to search roles</source>
        <translation>Tippen, um Rollen zu suchen</translation>
    </message>
    <message>
        <source>No mention</source>
        <comment>no role is mentioned</comment>
        <translation>Keine Erwähnung</translation>
    </message>
    <message>
        <source>%1 is not mentionable: the mention will not notify anyone unless the bot may mention every role.</source>
        <translation>%1 ist nicht erwähnbar: Die Erwähnung benachrichtigt niemanden, außer der Bot darf alle Rollen erwähnen.</translation>
    </message>
    <message>
        <source>%1 — the bot lacks permission to post here</source>
        <translation>%1 — der Bot darf hier nicht posten</translation>
    </message>
    <message>
        <source>%1 — not mentionable</source>
        <translation>%1 — nicht erwähnbar</translation>
    </message>
    <message>
        <source>%1 — the bot cannot post here</source>
        <translation>%1 — der Bot kann hier nicht posten</translation>
    </message>
    <message>
        <source>#%1 is a %2 channel, a type this version of the app does not know, and the server says the bot cannot post there.</source>
        <translation>#%1 ist ein %2-Kanal, ein Typ, den diese Version der App nicht kennt, und laut Server kann der Bot dort nicht posten.</translation>
    </message>
    <message>
        <source>#%1 is a %2 channel, a type this version of the app does not know; the server says the bot can post there.</source>
        <translation>#%1 ist ein %2-Kanal, ein Typ, den diese Version der App nicht kennt; laut Server kann der Bot dort posten.</translation>
    </message>
</context>
<context>
    <name>DiscordSyncController</name>
    <message>
        <source>Not signed in.</source>
        <translation>Nicht angemeldet.</translation>
    </message>
    <message>
        <source>Live updates of Discord servers stopped: %1</source>
        <translation>Die Live-Aktualisierung der Discord-Server wurde beendet: %1</translation>
    </message>
    <message>
        <source>Could not load the Discord servers: %1</source>
        <translation>Die Discord-Server konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Could not reload the feature mappings: %1</source>
        <translation>Die Funktionszuordnungen konnten nicht neu geladen werden: %1</translation>
    </message>
    <message>
        <source>The server did not disconnect the server.</source>
        <translation>Der Server hat den Discord-Server nicht getrennt.</translation>
    </message>
    <message>
        <source>Disconnecting failed: %1</source>
        <translation>Das Trennen ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 on, channel %2</source>
        <comment>triage log: feature key, channel id</comment>
        <translation>%1 an, Kanal %2</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no channel</comment>
        <translation>keiner</translation>
    </message>
    <message>
        <source>%1 off</source>
        <comment>triage log: feature key</comment>
        <translation>%1 aus</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <source>This server does not offer the list of Discord servers: it has no adminDiscordGuilds query (an older Lumio API). Discord mappings cannot be shown or changed here until the server is updated.</source>
        <translation>Dieser Server bietet die Liste der Discord-Server nicht an: Er hat keine Abfrage adminDiscordGuilds (eine ältere Lumio-API). Discord-Zuordnungen können hier erst angezeigt oder geändert werden, wenn der Server aktualisiert ist.</translation>
    </message>
    <message>
        <source>Stream live alerts</source>
        <translation>Live-Benachrichtigungen zu Streams</translation>
    </message>
    <message>
        <source>Follows, subs, donations</source>
        <translation>Follows, Abos, Spenden</translation>
    </message>
    <message>
        <source>Platform chat → Discord</source>
        <translation>Plattform-Chat → Discord</translation>
    </message>
    <message>
        <source>Announcements</source>
        <translation>Ankündigungen</translation>
    </message>
    <message>
        <source>Ban/timeout logs</source>
        <translation>Bann-/Timeout-Protokolle</translation>
    </message>
    <message>
        <source>New clips</source>
        <translation>Neue Clips</translation>
    </message>
</context>
<context>
    <name>FeatureEditorPane</name>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Keep Editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
    <message>
        <source>Disconnect…</source>
        <translation>Trennen …</translation>
    </message>
    <message>
        <source>Remove the bot from this server and delete its mapping</source>
        <translation>Den Bot von diesem Server entfernen und seine Zuordnung löschen</translation>
    </message>
    <message>
        <source>Take Theirs</source>
        <translation>Deren Stand übernehmen</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>Meinen Stand behalten</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Feature mappings</source>
        <translation>Funktionszuordnungen</translation>
    </message>
    <message numerus="yes">
        <source>You have %n unsaved change(s) to the feature mappings of “%1”. Discard them?</source>
        <translation>
            <numerusform>Sie haben %n ungespeicherte Änderung an den Funktionszuordnungen von „%1“. Verwerfen?</numerusform>
            <numerusform>Sie haben %n ungespeicherte Änderungen an den Funktionszuordnungen von „%1“. Verwerfen?</numerusform>
        </translation>
    </message>
    <message>
        <source>ID %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <source>account %1</source>
        <translation>Konto %1</translation>
    </message>
    <message>
        <source>connected %1</source>
        <translation>verbunden %1</translation>
    </message>
    <message>
        <source>Discord reports this server as unavailable; its mapping is kept.</source>
        <translation>Discord meldet diesen Server als nicht verfügbar; seine Zuordnung bleibt erhalten.</translation>
    </message>
    <message>
        <source>Account ID %1</source>
        <translation>Konto-ID %1</translation>
    </message>
    <message>
        <source>Select a server on the left to see which channel each feature posts to.</source>
        <translation>Wählen Sie links einen Server, um zu sehen, in welchen Kanal jede Funktion postet.</translation>
    </message>
    <message>
        <source>Could not load the server's channels, roles and mappings: %1

Select it again or reload (F5) to retry.</source>
        <translation>Kanäle, Rollen und Zuordnungen des Servers konnten nicht geladen werden: %1

Wählen Sie ihn erneut oder laden Sie neu (F5), um es noch einmal zu versuchen.</translation>
    </message>
    <message>
        <source>“%1” was disconnected: it is no longer mapped to an account.</source>
        <translation>„%1“ wurde getrennt: Der Server ist keinem Konto mehr zugeordnet.</translation>
    </message>
    <message>
        <source>Feature routing — loading channels, roles and mappings…</source>
        <translation>Funktionsweiterleitung — Kanäle, Rollen und Zuordnungen werden geladen …</translation>
    </message>
    <message>
        <source>Feature routing</source>
        <translation>Funktionsweiterleitung</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>Send the changed mappings to the server</source>
        <translation>Die geänderten Zuordnungen an den Server senden</translation>
    </message>
    <message numerus="yes">
        <source>%n unsaved change(s)</source>
        <translation>
            <numerusform>%n ungespeicherte Änderung</numerusform>
            <numerusform>%n ungespeicherte Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Nur Lesen</translation>
    </message>
    <message>
        <source>No unsaved changes</source>
        <translation>Keine ungespeicherten Änderungen</translation>
    </message>
    <message numerus="yes">
        <source>Save is off until the %n problem(s) above are fixed.</source>
        <translation>
            <numerusform>Speichern ist deaktiviert, bis das obige Problem behoben ist.</numerusform>
            <numerusform>Speichern ist deaktiviert, bis die %n Probleme oben behoben sind.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>… und %n weitere</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot be saved like this:</source>
        <translation>Kann so nicht gespeichert werden:</translation>
    </message>
    <message numerus="yes">
        <source>Someone else changed %n feature(s) of this server while you were editing. Nothing was overwritten:</source>
        <translation>
            <numerusform>Jemand anderes hat während Ihrer Bearbeitung %n Funktion dieses Servers geändert. Nichts wurde überschrieben:</numerusform>
            <numerusform>Jemand anderes hat während Ihrer Bearbeitung %n Funktionen dieses Servers geändert. Nichts wurde überschrieben:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — theirs: %2; yours: %3</source>
        <translation>%1 — deren: %2; Ihre: %3</translation>
    </message>
    <message numerus="yes">
        <source>Saving %n change(s)…</source>
        <translation>
            <numerusform>%n Änderung wird gespeichert …</numerusform>
            <numerusform>%n Änderungen werden gespeichert …</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save every change to “%1”: %2. What failed is still marked as changed; Save again to retry.</source>
        <translation>Nicht alle Änderungen an „%1“ konnten gespeichert werden: %2. Was fehlschlug, ist weiterhin als geändert markiert; speichern Sie erneut, um es noch einmal zu versuchen.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n change(s) to “%1”.</source>
        <translation>
            <numerusform>%n Änderung an „%1“ gespeichert.</numerusform>
            <numerusform>%n Änderungen an „%1“ gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes reverted.</source>
        <translation>Änderungen zurückgesetzt.</translation>
    </message>
    <message>
        <source>Disconnecting “%1”…</source>
        <translation>„%1“ wird getrennt …</translation>
    </message>
    <message>
        <source>Could not disconnect “%1”: %2</source>
        <translation>„%1“ konnte nicht getrennt werden: %2</translation>
    </message>
    <message>
        <source>Disconnected “%1”.</source>
        <translation>„%1“ getrennt.</translation>
    </message>
</context>
<context>
    <name>FeatureMappingModel</name>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>announcement</source>
        <translation>Ankündigung</translation>
    </message>
    <message>
        <source>voice</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>forum</source>
        <translation>Forum</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>unsupported</source>
        <translation>nicht unterstützt</translation>
    </message>
    <message>
        <source>No channel</source>
        <translation>Kein Kanal</translation>
    </message>
    <message>
        <source>Missing channel %1</source>
        <translation>Fehlender Kanal %1</translation>
    </message>
    <message>
        <source>No mention</source>
        <comment>no role is mentioned</comment>
        <translation>Keine Erwähnung</translation>
    </message>
    <message>
        <source>Missing role %1</source>
        <translation>Fehlende Rolle %1</translation>
    </message>
    <message>
        <source>on</source>
        <comment>feature enabled</comment>
        <translation>ein</translation>
    </message>
    <message>
        <source>off</source>
        <comment>feature disabled</comment>
        <translation>aus</translation>
    </message>
    <message>
        <source>Unsaved change</source>
        <translation>Ungespeicherte Änderung</translation>
    </message>
    <message>
        <source>Never</source>
        <comment>feature never configured</comment>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Not in the feature catalog: kept as the server has it, and still editable.</source>
        <translation>Nicht im Funktionskatalog: bleibt wie auf dem Server erhalten und ist weiterhin bearbeitbar.</translation>
    </message>
    <message>
        <source>Changed, not saved yet. On the server: %1</source>
        <translation>Geändert, noch nicht gespeichert. Auf dem Server: %1</translation>
    </message>
    <message>
        <source>Someone else changed this feature meanwhile: theirs %1, yours %2.</source>
        <translation>Jemand anderes hat diese Funktion inzwischen geändert: deren %1, Ihre %2.</translation>
    </message>
    <message>
        <source>not in the catalog</source>
        <translation>nicht im Katalog</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Mention role</source>
        <translation>Rolle erwähnen</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <source>The channel ID “%1” is not a Discord ID.</source>
        <translation>Die Kanal-ID „%1“ ist keine Discord-ID.</translation>
    </message>
    <message>
        <source>Channel %1 no longer exists in this server: choose another one or clear it.</source>
        <translation>Der Kanal %1 existiert auf diesem Server nicht mehr: Wählen Sie einen anderen oder heben Sie die Auswahl auf.</translation>
    </message>
    <message>
        <source>#%1 is a %2 channel; features post to text or announcement channels.</source>
        <translation>#%1 hat den Kanaltyp „%2“; Funktionen posten in Text- oder Ankündigungskanäle.</translation>
    </message>
    <message>
        <source>Enabled, but no channel is chosen.</source>
        <translation>Aktiviert, aber kein Kanal gewählt.</translation>
    </message>
    <message>
        <source>The role ID “%1” is not a Discord ID.</source>
        <translation>Die Rollen-ID „%1“ ist keine Discord-ID.</translation>
    </message>
    <message>
        <source>Role %1 no longer exists in this server: choose another one or clear it.</source>
        <translation>Die Rolle %1 existiert auf diesem Server nicht mehr: Wählen Sie eine andere oder heben Sie die Auswahl auf.</translation>
    </message>
    <message>
        <source>The bot lacks permission to post in #%1.</source>
        <translation>Der Bot darf nicht in #%1 posten.</translation>
    </message>
    <message>
        <source>%1 is not mentionable: the mention will not notify anyone.</source>
        <translation>%1 ist nicht erwähnbar: Die Erwähnung benachrichtigt niemanden.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No server is selected.</source>
        <translation>Kein Server ausgewählt.</translation>
    </message>
    <message>
        <source>You may look at the mappings but not change them.</source>
        <translation>Sie dürfen die Zuordnungen ansehen, aber nicht ändern.</translation>
    </message>
    <message numerus="yes">
        <source>Someone else changed %n feature(s) meanwhile: keep yours or take theirs first.</source>
        <translation>
            <numerusform>Jemand anderes hat inzwischen %n Funktion geändert: Behalten Sie zuerst Ihren Stand oder übernehmen Sie deren Stand.</numerusform>
            <numerusform>Jemand anderes hat inzwischen %n Funktionen geändert: Behalten Sie zuerst Ihren Stand oder übernehmen Sie deren Stand.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more problem(s))</source>
        <translation>
            <numerusform>%1 (und %n weiteres Problem)</numerusform>
            <numerusform>%1 (und %n weitere Probleme)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>Nichts zu speichern.</translation>
    </message>
    <message>
        <source>#%1 is a %2 channel, a type this version of the app does not know, and the server says the bot cannot post there.</source>
        <translation>#%1 ist ein %2-Kanal, ein Typ, den diese Version der App nicht kennt, und laut Server kann der Bot dort nicht posten.</translation>
    </message>
</context>
<context>
    <name>GuildListPane</name>
    <message>
        <source>Show All Servers</source>
        <translation>Alle Server anzeigen</translation>
    </message>
    <message>
        <source>Back to Bots</source>
        <translation>Zurück zu den Bots</translation>
    </message>
    <message>
        <source>Search by server, server ID or account</source>
        <translation>Nach Server, Server-ID oder Konto suchen</translation>
    </message>
    <message>
        <source>Search servers</source>
        <translation>Server suchen</translation>
    </message>
    <message>
        <source>Add Server…</source>
        <translation>Server hinzufügen …</translation>
    </message>
    <message>
        <source>Add the Lumio bot to a Discord server for an account</source>
        <translation>Den Lumio-Bot für ein Konto zu einem Discord-Server hinzufügen</translation>
    </message>
    <message>
        <source>Discord servers</source>
        <translation>Discord-Server</translation>
    </message>
    <message>
        <source>The account %1 has no Discord server.</source>
        <translation>Das Konto %1 hat keinen Discord-Server.</translation>
    </message>
    <message>
        <source>Discord servers of the account %1</source>
        <translation>Discord-Server des Kontos %1</translation>
    </message>
    <message>
        <source>Loading servers…</source>
        <translation>Server werden geladen …</translation>
    </message>
    <message numerus="yes">
        <source>%n server(s)</source>
        <translation>
            <numerusform>%n Server</numerusform>
            <numerusform>%n Server</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n server(s)</source>
        <translation>
            <numerusform>%1 von %n Server</numerusform>
            <numerusform>%1 von %n Servern</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentController</name>
    <message>
        <source>Start &amp;Incident…</source>
        <translation>&amp;Störung eröffnen …</translation>
    </message>
    <message>
        <source>Tag every action from now on with an incident's name</source>
        <translation>Ab jetzt jede Aktion mit dem Namen einer Störung kennzeichnen</translation>
    </message>
    <message>
        <source>&amp;Close Incident</source>
        <translation>Störung &amp;schließen</translation>
    </message>
    <message>
        <source>Stop tagging actions with the open incident</source>
        <translation>Aktionen nicht mehr mit der offenen Störung kennzeichnen</translation>
    </message>
    <message>
        <source>&amp;Revert Incident…</source>
        <translation>Störung &amp;rückgängig machen …</translation>
    </message>
    <message>
        <source>Resume the bots the incident paused and pause those it resumed, where nothing changed since</source>
        <translation>Die von der Störung pausierten Bots fortsetzen und die fortgesetzten pausieren, sofern sich seitdem nichts geändert hat</translation>
    </message>
    <message>
        <source>&amp;Export Incident Report…</source>
        <translation>Störungsbericht &amp;exportieren …</translation>
    </message>
    <message>
        <source>Save the incident's timeline as Markdown and CSV</source>
        <translation>Den Ablauf der Störung als Markdown und CSV speichern</translation>
    </message>
    <message>
        <source>Export incident report %1…</source>
        <translation>Störungsbericht %1 exportieren …</translation>
    </message>
    <message>
        <source>Revert incident %1…</source>
        <translation>Störung %1 rückgängig machen …</translation>
    </message>
    <message>
        <source>Incident %1</source>
        <translation>Störung %1</translation>
    </message>
    <message>
        <source>Incident %1 is open (since %2). Every action is tagged with it in the triage log. Click for its commands.</source>
        <translation>Die Störung %1 ist offen (seit %2). Jede Aktion wird im Triage-Protokoll damit gekennzeichnet. Klicken Sie für ihre Befehle.</translation>
    </message>
    <message>
        <source>Open incident: %1</source>
        <translation>Offene Störung: %1</translation>
    </message>
    <message>
        <source>Incidents need the triage log, which could not be opened.</source>
        <translation>Störungen brauchen das Triage-Protokoll, das nicht geöffnet werden konnte.</translation>
    </message>
    <message>
        <source>The incident could not be started: %1</source>
        <translation>Die Störung konnte nicht eröffnet werden: %1</translation>
    </message>
    <message>
        <source>Incident %1 started: every action is tagged with it.</source>
        <translation>Störung %1 eröffnet: Jede Aktion wird damit gekennzeichnet.</translation>
    </message>
    <message>
        <source>Incident %1 closed; incident %2 started.</source>
        <translation>Störung %1 geschlossen; Störung %2 eröffnet.</translation>
    </message>
    <message>
        <source>The incident could not be closed: %1</source>
        <translation>Die Störung konnte nicht geschlossen werden: %1</translation>
    </message>
    <message>
        <source>Incident %1 closed. Revert Incident and Export Incident Report still work on it.</source>
        <translation>Störung %1 geschlossen. „Störung rückgängig machen“ und „Störungsbericht exportieren“ funktionieren weiterhin dafür.</translation>
    </message>
    <message>
        <source>There is no incident to revert.</source>
        <translation>Es gibt keine Störung, die rückgängig gemacht werden könnte.</translation>
    </message>
    <message>
        <source>Nothing of incident %1 can be put back.</source>
        <translation>Von der Störung %1 lässt sich nichts zurücksetzen.</translation>
    </message>
    <message>
        <source>Revert of incident %1: 1 bot sent.</source>
        <translation>Rückgängigmachen der Störung %1: 1 Bot gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>Revert of incident %1: %n bots sent.</source>
        <translation>
            <numerusform>Rückgängigmachen der Störung %1: %n Bot gesendet.</numerusform>
            <numerusform>Rückgängigmachen der Störung %1: %n Bots gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revert of incident %1 cancelled: nothing more was sent.</source>
        <translation>Rückgängigmachen der Störung %1 abgebrochen: Es wurde nichts weiter gesendet.</translation>
    </message>
    <message>
        <source>There is no incident to report.</source>
        <translation>Es gibt keine Störung für einen Bericht.</translation>
    </message>
    <message>
        <source>Export Incident Report of %1</source>
        <translation>Störungsbericht von %1 exportieren</translation>
    </message>
    <message>
        <source>Markdown, with a CSV beside it (*.md)</source>
        <translation>Markdown, mit einer CSV-Datei daneben (*.md)</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Report of incident %1 saved: %2 and %3</source>
        <translation>Bericht der Störung %1 gespeichert: %2 und %3</translation>
    </message>
</context>
<context>
    <name>IncidentReport</name>
    <message>
        <source>%1 (%2)</source>
        <comment>Discord server name (server ID)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Sent (UTC)</source>
        <translation>Gesendet (UTC)</translation>
    </message>
    <message>
        <source>Answered (UTC)</source>
        <translation>Beantwortet (UTC)</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <source>Server profile</source>
        <translation>Serverprofil</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>Konto-ID</translation>
    </message>
    <message>
        <source>Platform or server</source>
        <translation>Plattform oder Server</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Server message</source>
        <translation>Servermeldung</translation>
    </message>
    <message>
        <source>Incident report: %1</source>
        <translation>Störungsbericht: %1</translation>
    </message>
    <message>
        <source>No start of this incident is in the triage log.</source>
        <translation>Das Triage-Protokoll enthält keinen Beginn dieser Störung.</translation>
    </message>
    <message>
        <source>**Started** %1 by %2 (server profile %3)</source>
        <translation>**Eröffnet** %1 von %2 (Serverprofil %3)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>**Closed** %1 by %2</source>
        <translation>**Geschlossen** %1 von %2</translation>
    </message>
    <message>
        <source>**Still open** when this report was made</source>
        <translation>**Noch offen**, als dieser Bericht erstellt wurde</translation>
    </message>
    <message>
        <source>**1 action**:</source>
        <translation>**1 Aktion**:</translation>
    </message>
    <message numerus="yes">
        <source>**%n actions**:</source>
        <translation>
            <numerusform>**%n Aktion**:</numerusform>
            <numerusform>**%n Aktionen**:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 OK, %2 failed, %3 without an answer, %4 other</source>
        <translation>%1 OK, %2 fehlgeschlagen, %3 ohne Antwort, %4 andere</translation>
    </message>
    <message>
        <source>**Operators**: %1</source>
        <translation>**Bearbeiter**: %1</translation>
    </message>
    <message>
        <source>**Server profiles**: %1</source>
        <translation>**Serverprofile**: %1</translation>
    </message>
    <message>
        <source>**Exported** %1</source>
        <translation>**Exportiert** %1</translation>
    </message>
    <message>
        <source>Timeline (times in UTC)</source>
        <translation>Ablauf (Zeiten in UTC)</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Störung</translation>
    </message>
    <message>
        <source>Operator ID</source>
        <translation>Bearbeiter-ID</translation>
    </message>
</context>
<context>
    <name>IncidentRevertDialog</name>
    <message>
        <source>Revert Incident</source>
        <translation>Störung rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;Incident:</source>
        <translation>&amp;Störung:</translation>
    </message>
    <message>
        <source>Not every bot is loaded yet: what the incident changed cannot be compared with what the bots are now. Try again when the Bots page has loaded.</source>
        <translation>Noch sind nicht alle Bots geladen: Was die Störung geändert hat, lässt sich noch nicht mit dem aktuellen Zustand der Bots vergleichen. Versuchen Sie es erneut, wenn die Bots-Seite geladen ist.</translation>
    </message>
    <message>
        <source>&amp;Revert 1 Bot…</source>
        <translation>1 Bot &amp;rückgängig machen …</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Revert %n Bots…</source>
        <translation>
            <numerusform>%n Bot &amp;rückgängig machen …</numerusform>
            <numerusform>%n Bots &amp;rückgängig machen …</numerusform>
        </translation>
    </message>
    <message>
        <source>Asks once more on the Bots page before anything is sent</source>
        <translation>Fragt auf der Bots-Seite noch einmal nach, bevor etwas gesendet wird</translation>
    </message>
</context>
<context>
    <name>IncidentStartDialog</name>
    <message>
        <source>At most %1 characters.</source>
        <translation>Höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>Letters, digits, spaces and punctuation only (no control characters).</source>
        <translation>Nur Buchstaben, Ziffern, Leerzeichen und Satzzeichen (keine Steuerzeichen).</translation>
    </message>
    <message>
        <source>This incident is already open.</source>
        <translation>Diese Störung ist bereits offen.</translation>
    </message>
    <message>
        <source>Start Incident</source>
        <translation>Störung eröffnen</translation>
    </message>
    <message>
        <source>Incident &amp;name:</source>
        <translation>&amp;Name der Störung:</translation>
    </message>
    <message>
        <source>e.g. INC-2291</source>
        <translation>z. B. INC-2291</translation>
    </message>
    <message>
        <source>Until you close it, every action you take (bots and Discord, from every page, the command palette and undo) is written to the triage log with this name, and the window shows it. It stays open when the app is restarted. Revert Incident and Export Incident Report work on everything tagged with it.</source>
        <translation>Bis Sie sie schließen, wird jede Ihrer Aktionen (Bots und Discord, von jeder Seite, aus der Befehlspalette und beim Rückgängigmachen) mit diesem Namen ins Triage-Protokoll geschrieben, und das Fenster zeigt ihn an. Sie bleibt beim Neustart der App offen. „Störung rückgängig machen“ und „Störungsbericht exportieren“ arbeiten mit allem, was damit gekennzeichnet ist.</translation>
    </message>
    <message>
        <source>The incident “%1” is open: starting another one closes it.</source>
        <translation>Die Störung „%1“ ist offen: Wenn Sie eine andere eröffnen, wird sie geschlossen.</translation>
    </message>
    <message>
        <source>&amp;Start Incident</source>
        <translation>Störung &amp;eröffnen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sign &amp;In or Switch Profile…</source>
        <translation>&amp;Anmelden oder Profil wechseln …</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>A&amp;bmelden</translation>
    </message>
    <message>
        <source>Sign out and remove the saved token</source>
        <translation>Abmelden und das gespeicherte Token entfernen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Next Page</source>
        <translation>&amp;Nächste Seite</translation>
    </message>
    <message>
        <source>&amp;Previous Page</source>
        <translation>&amp;Vorherige Seite</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Check the sign-in and reload the page</source>
        <translation>Anmeldung prüfen und die Seite neu laden</translation>
    </message>
    <message>
        <source>Reconnect &amp;Live Updates</source>
        <translation>&amp;Live-Aktualisierung neu verbinden</translation>
    </message>
    <message>
        <source>Try the live connection again now</source>
        <translation>Die Live-Verbindung jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Account and Permissions…</source>
        <translation>&amp;Konto und Berechtigungen …</translation>
    </message>
    <message>
        <source>&amp;About Lumio Bot Control</source>
        <translation>Ü&amp;ber Lumio Bot Control</translation>
    </message>
    <message>
        <source>About Lumio Bot Control</source>
        <translation>Über Lumio Bot Control</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Lumio Bot Control %1&lt;/h3&gt;&lt;p&gt;The staff console for Lumio chat bots.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Lumio Bot Control %1&lt;/h3&gt;&lt;p&gt;Die Mitarbeiterkonsole für die Chat-Bots von Lumio.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2, läuft mit Qt %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <source>Delete the profile “%1” and its saved token?</source>
        <translation>Das Profil „%1“ und sein gespeichertes Token löschen?</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <source>Lumio Bot Control</source>
        <translation>Lumio Bot Control</translation>
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
        <source>&amp;Bots</source>
        <comment>menu</comment>
        <translation>&amp;Bots</translation>
    </message>
    <message>
        <source>&amp;Discord</source>
        <comment>menu</comment>
        <translation>&amp;Discord</translation>
    </message>
    <message>
        <source>&amp;Triage</source>
        <comment>menu</comment>
        <translation>&amp;Triage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Pages and actions</source>
        <translation>Seiten und Aktionen</translation>
    </message>
    <message>
        <source>Stale data</source>
        <comment>status bar mark</comment>
        <translation>Veraltete Daten</translation>
    </message>
    <message>
        <source>The live connection is down; what you see may be out of date.</source>
        <translation>Die Live-Verbindung ist unterbrochen; die Anzeige kann veraltet sein.</translation>
    </message>
    <message>
        <source>The system keychain could not keep the token (%1). You will be asked for it next time.</source>
        <translation>Der Schlüsselbund des Systems konnte das Token nicht speichern (%1). Sie werden beim nächsten Mal danach gefragt.</translation>
    </message>
    <message>
        <source>&amp;Command Palette…</source>
        <translation>&amp;Befehlspalette…</translation>
    </message>
    <message>
        <source>Find and run any command or bot</source>
        <translation>Jeden Befehl und jeden Bot finden und ausführen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>page name, changes since you looked</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) since you last looked at this page</source>
        <translation>
            <numerusform>%n Änderung seit Ihrem letzten Blick auf diese Seite</numerusform>
            <numerusform>%n Änderungen seit Ihrem letzten Blick auf diese Seite</numerusform>
        </translation>
    </message>
    <message>
        <source>Server &amp;Differences…</source>
        <translation>Server-&amp;Unterschiede…</translation>
    </message>
    <message>
        <source>What the server offers that this app lacks, and what it lacks that this app uses</source>
        <translation>Was der Server anbietet, das dieser App fehlt, und was ihm fehlt, das diese App verwendet</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>%1: %2</source>
        <comment>notification title: message</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>PauseForDialog</name>
    <message>
        <source>Choose a time at least a minute and at most a week ahead.</source>
        <translation>Wählen Sie eine Zeit mindestens eine Minute und höchstens eine Woche in der Zukunft.</translation>
    </message>
    <message>
        <source>Resume planned for %1 (%2 UTC).</source>
        <translation>Fortsetzen geplant für %1 (%2 UTC).</translation>
    </message>
    <message>
        <source>Pause For a While</source>
        <translation>Für eine Weile pausieren</translation>
    </message>
    <message>
        <source>Pause the %1 bot of “%2” now and resume it later.</source>
        <comment>platform, account</comment>
        <translation>Den %1-Bot von „%2“ jetzt pausieren und später fortsetzen.</translation>
    </message>
    <message>
        <source>Pause 1 bot now and resume it later.</source>
        <translation>1 Bot jetzt pausieren und später fortsetzen.</translation>
    </message>
    <message numerus="yes">
        <source>Pause %n bots now and resume them later.</source>
        <translation>
            <numerusform>%n Bot jetzt pausieren und später fortsetzen.</numerusform>
            <numerusform>%n Bots jetzt pausieren und später fortsetzen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The pause and the resume are tagged with the incident “%1”.</source>
        <translation>Pausieren und Fortsetzen werden mit der Störung „%1“ gekennzeichnet.</translation>
    </message>
    <message>
        <source>For &amp;15 minutes</source>
        <translation>Für &amp;15 Minuten</translation>
    </message>
    <message>
        <source>For &amp;1 hour</source>
        <translation>Für &amp;1 Stunde</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>The server has no timed pause: Lumio Bot Control resumes these bots itself, and only while it is running. When the time comes it notifies you and asks before resuming; bots that someone else changed meanwhile are left alone. If the app is closed at that time, the resume is offered as soon as it starts again.</source>
        <translation>Der Server kennt keine zeitlich begrenzte Pause: Lumio Bot Control setzt diese Bots selbst fort, und nur solange es läuft. Zur geplanten Zeit benachrichtigt es Sie und fragt vor dem Fortsetzen; Bots, die inzwischen jemand anderes geändert hat, bleiben unberührt. Ist die App zu dieser Zeit geschlossen, wird das Fortsetzen angeboten, sobald sie wieder startet.</translation>
    </message>
    <message>
        <source>&amp;Pause 1 Bot</source>
        <translation>1 Bot &amp;pausieren</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Pause %n Bots</source>
        <translation>
            <numerusform>%n Bot &amp;pausieren</numerusform>
            <numerusform>%n Bots &amp;pausieren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>This page is coming in a later release.</source>
        <translation>Diese Seite kommt in einer späteren Version.</translation>
    </message>
    <message>
        <source>The connection to the server was lost. What you see may be out of date; it updates again when the connection is back.</source>
        <translation>Die Verbindung zum Server ist unterbrochen. Die Anzeige kann veraltet sein; sie wird wieder aktualisiert, sobald die Verbindung zurück ist.</translation>
    </message>
    <message>
        <source>Bots</source>
        <comment>page name</comment>
        <translation>Bots</translation>
    </message>
    <message>
        <source>Every account and platform bot with its status, live: search, filter, pause, resume and reconnect.</source>
        <translation>Jeder Bot pro Konto und Plattform mit seinem Status, live: suchen, filtern, pausieren, fortsetzen und neu verbinden.</translation>
    </message>
    <message>
        <source>Discord guilds</source>
        <comment>page name</comment>
        <translation>Discord-Server</translation>
    </message>
    <message>
        <source>Discord guilds mapped to Lumio accounts, and which channel each feature posts to.</source>
        <translation>Discord-Server, die Lumio-Konten zugeordnet sind, und in welchen Kanal jede Funktion postet.</translation>
    </message>
    <message>
        <source>Triage log</source>
        <comment>page name</comment>
        <translation>Triage-Protokoll</translation>
    </message>
    <message>
        <source>Every action you take, with the server's answer, ready for the incident report.</source>
        <translation>Jede Ihrer Aktionen mit der Antwort des Servers, bereit für den Störungsbericht.</translation>
    </message>
</context>
<context>
    <name>PlannedResumeController</name>
    <message>
        <source>Pause &amp;For…</source>
        <translation>&amp;Für eine Weile pausieren …</translation>
    </message>
    <message>
        <source>Pause the selected bots now and resume them later (while the app runs)</source>
        <translation>Die ausgewählten Bots jetzt pausieren und später fortsetzen (solange die App läuft)</translation>
    </message>
    <message>
        <source>Choose the bots to pause first.</source>
        <translation>Wählen Sie zuerst die Bots aus, die pausiert werden sollen.</translation>
    </message>
    <message>
        <source>Resume of 1 bot planned for %1 (%2 UTC); the app must be running then.</source>
        <translation>Fortsetzen von 1 Bot geplant für %1 (%2 UTC); die App muss dann laufen.</translation>
    </message>
    <message numerus="yes">
        <source>Resume of %n bots planned for %1 (%2 UTC); the app must be running then.</source>
        <translation>
            <numerusform>Fortsetzen von %n Bot geplant für %1 (%2 UTC); die App muss dann laufen.</numerusform>
            <numerusform>Fortsetzen von %n Bots geplant für %1 (%2 UTC); die App muss dann laufen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The bots were paused, but their resume could not be planned: %1</source>
        <translation>Die Bots wurden pausiert, aber ihr Fortsetzen konnte nicht geplant werden: %1</translation>
    </message>
    <message>
        <source>Planned resume due</source>
        <translation>Geplantes Fortsetzen fällig</translation>
    </message>
    <message>
        <source>1 bot paused at %1 UTC is due to be resumed.</source>
        <translation>1 um %1 UTC pausierter Bot soll jetzt fortgesetzt werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n bots paused at %1 UTC are due to be resumed.</source>
        <translation>
            <numerusform>%n um %1 UTC pausierter Bot soll jetzt fortgesetzt werden.</numerusform>
            <numerusform>%n um %1 UTC pausierte Bots sollen jetzt fortgesetzt werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait until every bot is loaded, then resume.</source>
        <translation>Warten Sie, bis alle Bots geladen sind, und setzen Sie dann fort.</translation>
    </message>
    <message>
        <source>None of these bots can be resumed: each was changed since.</source>
        <translation>Keiner dieser Bots kann fortgesetzt werden: Jeder wurde seitdem geändert.</translation>
    </message>
    <message>
        <source>The planned resume was not sent; it stays in the status bar.</source>
        <translation>Das geplante Fortsetzen wurde nicht gesendet; es bleibt in der Statusleiste.</translation>
    </message>
    <message>
        <source>You will be reminded again at %1.</source>
        <translation>Sie werden um %1 erneut erinnert.</translation>
    </message>
    <message>
        <source>Planned resume forgotten: the bots stay paused.</source>
        <translation>Geplantes Fortsetzen verworfen: Die Bots bleiben pausiert.</translation>
    </message>
    <message>
        <source>Due since %1: 1 bot</source>
        <translation>Fällig seit %1: 1 Bot</translation>
    </message>
    <message numerus="yes">
        <source>Due since %1: %n bots</source>
        <translation>
            <numerusform>Fällig seit %1: %n Bot</numerusform>
            <numerusform>Fällig seit %1: %n Bots</numerusform>
        </translation>
    </message>
    <message>
        <source>At %1: 1 bot</source>
        <translation>Um %1: 1 Bot</translation>
    </message>
    <message numerus="yes">
        <source>At %1: %n bots</source>
        <translation>
            <numerusform>Um %1: %n Bot</numerusform>
            <numerusform>Um %1: %n Bots</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume at %1</source>
        <translation>Fortsetzen um %1</translation>
    </message>
    <message>
        <source>Resume due</source>
        <translation>Fortsetzen fällig</translation>
    </message>
    <message numerus="yes">
        <source>%n resumes due</source>
        <translation>
            <numerusform>%n Fortsetzen fällig</numerusform>
            <numerusform>%n Fortsetzen fällig</numerusform>
        </translation>
    </message>
    <message>
        <source>Planned resumes:</source>
        <translation>Geplantes Fortsetzen:</translation>
    </message>
    <message>
        <source>The app resumes them only while it is running, and asks first.</source>
        <translation>Die App setzt sie nur fort, solange sie läuft, und fragt vorher.</translation>
    </message>
</context>
<context>
    <name>PlannedResumeDialog</name>
    <message>
        <source>Planned Resume</source>
        <translation>Geplantes Fortsetzen</translation>
    </message>
    <message>
        <source>Planned resume due</source>
        <translation>Geplantes Fortsetzen fällig</translation>
    </message>
    <message>
        <source>Resume planned for %1 UTC</source>
        <translation>Fortsetzen geplant für %1 UTC</translation>
    </message>
    <message>
        <source>1 bot was paused at %1 UTC to be resumed at %2 UTC.</source>
        <translation>1 Bot wurde um %1 UTC pausiert, um ihn um %2 UTC fortzusetzen.</translation>
    </message>
    <message numerus="yes">
        <source>%n bots were paused at %1 UTC to be resumed at %2 UTC.</source>
        <translation>
            <numerusform>%n Bot wurde um %1 UTC pausiert, um ihn um %2 UTC fortzusetzen.</numerusform>
            <numerusform>%n Bots wurden um %1 UTC pausiert, um sie um %2 UTC fortzusetzen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Incident: %1.</source>
        <translation>Störung: %1.</translation>
    </message>
    <message>
        <source>Server profile: %1.</source>
        <translation>Serverprofil: %1.</translation>
    </message>
    <message>
        <source>Not every bot is loaded yet: the resume is judged once they are.</source>
        <translation>Noch sind nicht alle Bots geladen: Das Fortsetzen wird geprüft, sobald sie es sind.</translation>
    </message>
    <message>
        <source>&amp;Resume 1 Bot…</source>
        <translation>1 Bot &amp;fortsetzen …</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Resume %n Bots…</source>
        <translation>
            <numerusform>%n Bot &amp;fortsetzen …</numerusform>
            <numerusform>%n Bots &amp;fortsetzen …</numerusform>
        </translation>
    </message>
    <message>
        <source>Asks once more on the Bots page before anything is sent</source>
        <translation>Fragt auf der Bots-Seite noch einmal nach, bevor etwas gesendet wird</translation>
    </message>
    <message>
        <source>Remind Me in &amp;5 Minutes</source>
        <translation>In &amp;5 Minuten erinnern</translation>
    </message>
    <message>
        <source>&amp;Forget This Plan</source>
        <translation>Plan &amp;verwerfen</translation>
    </message>
    <message>
        <source>Leave the bots paused and stop reminding me</source>
        <translation>Die Bots pausiert lassen und nicht mehr erinnern</translation>
    </message>
</context>
<context>
    <name>ServerDifferencesMark</name>
    <message>
        <source>platform</source>
        <comment>server differences: the Platform enum</comment>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>bot status</source>
        <comment>server differences: the BotStatus enum</comment>
        <translation>Bot-Status</translation>
    </message>
    <message>
        <source>channel type</source>
        <comment>server differences: the DiscordChannelType enum</comment>
        <translation>Kanaltyp</translation>
    </message>
    <message>
        <source>guild event</source>
        <comment>server differences: the DiscordGuildEventKind enum</comment>
        <translation>Server-Ereignis</translation>
    </message>
    <message>
        <source>live updates</source>
        <comment>server differences: what the server lacks</comment>
        <translation>Live-Aktualisierungen</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <comment>server differences: what the server lacks</comment>
        <translation>Neu verbinden</translation>
    </message>
    <message>
        <source>Discord server list</source>
        <comment>server differences: what the server lacks</comment>
        <translation>Discord-Serverliste</translation>
    </message>
    <message>
        <source>feature catalog</source>
        <comment>server differences: what the server lacks</comment>
        <translation>Funktionskatalog</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <comment>server differences: first items, how many more</comment>
        <translation>
            <numerusform>%1 und %n weiterer</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>platform %1</source>
        <comment>server differences: no bot count known</comment>
        <translation>Plattform %1</translation>
    </message>
    <message numerus="yes">
        <source>platform %1 (%Ln bot(s))</source>
        <comment>server differences</comment>
        <translation>
            <numerusform>Plattform %1 (%Ln Bot)</numerusform>
            <numerusform>Plattform %1 (%Ln Bots)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>server differences: enum noun, its new values</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>no %1</source>
        <comment>server differences: what the server lacks</comment>
        <translation>ohne %1</translation>
    </message>
    <message>
        <source>no %1 %2</source>
        <comment>server differences: enum noun, values the server lacks</comment>
        <translation>ohne %1 %2</translation>
    </message>
    <message>
        <source>Server differs from this app: %1</source>
        <translation>Der Server weicht von dieser App ab: %1</translation>
    </message>
    <message>
        <source>Server is newer than this app: %1</source>
        <translation>Der Server ist neuer als diese App: %1</translation>
    </message>
    <message>
        <source>Server is older than this app: %1</source>
        <translation>Der Server ist älter als diese App: %1</translation>
    </message>
    <message>
        <source>What the server offers was not read; this app assumes what this version expects.</source>
        <translation>Was der Server anbietet, wurde nicht gelesen; diese App nimmt an, was diese Version erwartet.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln bot(s)</source>
        <comment>server differences: platform, bots on it</comment>
        <translation>
            <numerusform>%1: %Ln Bot</numerusform>
            <numerusform>%1: %Ln Bots</numerusform>
        </translation>
    </message>
    <message>
        <source>Bots on platforms this app does not know (shown with their raw name): %1</source>
        <translation>Bots auf Plattformen, die diese App nicht kennt (mit ihrem Rohnamen angezeigt): %1</translation>
    </message>
    <message>
        <source>Server differences</source>
        <translation>Server-Unterschiede</translation>
    </message>
</context>
<context>
    <name>ServerProfile</name>
    <message>
        <source>Enter the server's URL.</source>
        <translation>Geben Sie die URL des Servers ein.</translation>
    </message>
    <message>
        <source>This is not a valid URL: %1</source>
        <translation>Das ist keine gültige URL: %1</translation>
    </message>
    <message>
        <source>The URL must start with %1:// .</source>
        <translation>Die URL muss mit %1:// beginnen.</translation>
    </message>
    <message>
        <source>%1:// sends your token unencrypted, so it is only allowed to this machine (localhost). Use %2:// for %3.</source>
        <translation>%1:// sendet Ihr Token unverschlüsselt und ist deshalb nur zu diesem Rechner (localhost) erlaubt. Verwenden Sie %2:// für %3.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>The server did not accept this token: it may be mistyped, expired or revoked. Create a new token and sign in again.</source>
        <translation>Der Server hat dieses Token nicht akzeptiert: Es ist vielleicht falsch eingegeben, abgelaufen oder widerrufen. Erstellen Sie ein neues Token und melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The server's identity could not be verified, so the connection was refused. The app never bypasses certificate checks; ask the server's administrator.</source>
        <translation>Die Identität des Servers konnte nicht bestätigt werden, daher wurde die Verbindung abgelehnt. Die App umgeht Zertifikatsprüfungen nie; wenden Sie sich an die Administration des Servers.</translation>
    </message>
    <message>
        <source>Could not reach the server. Check the URL and your network, then try again.</source>
        <translation>Der Server ist nicht erreichbar. Prüfen Sie die URL und Ihr Netzwerk und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Signing in failed.</source>
        <translation>Die Anmeldung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>There is no profile named “%1”.</source>
        <translation>Es gibt kein Profil namens „%1“.</translation>
    </message>
    <message>
        <source>%1 is not allowed to use this console: the admin:access permission is missing. Ask an administrator to grant it, or sign in with another account.</source>
        <translation>%1 darf diese Konsole nicht verwenden: Die Berechtigung admin:access fehlt. Bitten Sie die Administration darum oder melden Sie sich mit einem anderen Konto an.</translation>
    </message>
    <message>
        <source>admin:access was withdrawn.</source>
        <translation>admin:access wurde entzogen.</translation>
    </message>
    <message>
        <source>Your sign-in for “%1” is no longer accepted (the token expired or was revoked). Sign in again; what you were doing stays on screen.</source>
        <translation>Ihre Anmeldung für „%1“ wird nicht mehr akzeptiert (das Token ist abgelaufen oder wurde widerrufen). Melden Sie sich erneut an; Ihre Arbeit bleibt sichtbar.</translation>
    </message>
    <message>
        <source>No token is saved for the profile “%1” on %2. Enter your access token for this server.</source>
        <translation>Für das Profil „%1“ ist auf %2 kein Token gespeichert. Geben Sie Ihr Zugriffstoken für diesen Server ein.</translation>
    </message>
    <message>
        <source>The server does not say what it offers (it refused introspection: %1); this app assumes it offers what this version expects.</source>
        <translation>Der Server teilt nicht mit, was er anbietet (er hat die Introspection abgelehnt: %1); diese App nimmt an, dass er anbietet, was diese Version erwartet.</translation>
    </message>
    <message>
        <source>What the server offers could not be read (%1); this app assumes what this version expects.</source>
        <translation>Was der Server anbietet, konnte nicht gelesen werden (%1); diese App nimmt an, was diese Version erwartet.</translation>
    </message>
    <message>
        <source>The server did not say in time what it offers; this app assumes what this version expects for now.</source>
        <translation>Der Server hat nicht rechtzeitig mitgeteilt, was er anbietet; diese App nimmt vorerst an, was diese Version erwartet.</translation>
    </message>
    <message>
        <source>This server offers no live updates (it has no subscriptions: an older Lumio API).</source>
        <translation>Dieser Server bietet keine Live-Aktualisierungen (er hat keine Subscriptions: eine ältere Lumio-API).</translation>
    </message>
    <message>
        <source>Live updates are off: the WebSocket URL is on another server (%1) than the GraphQL URL, and you have not confirmed that it may receive your token. Confirm it in the sign-in dialog to turn them on.</source>
        <translation>Live-Aktualisierungen sind aus: Die WebSocket-URL liegt auf einem anderen Server (%1) als die GraphQL-URL, und Sie haben nicht bestätigt, dass er Ihr Token erhalten darf. Bestätigen Sie es im Anmeldedialog, um sie einzuschalten.</translation>
    </message>
</context>
<context>
    <name>SessionMarks</name>
    <message>
        <source>Read-only</source>
        <translation>Nur Lesen</translation>
    </message>
    <message>
        <source>You may look at bots but not pause, resume or reconnect them.</source>
        <translation>Sie dürfen Bots ansehen, aber nicht pausieren, fortsetzen oder neu verbinden.</translation>
    </message>
    <message>
        <source>Read-only: you may not change bots</source>
        <translation>Nur Lesen: Sie dürfen Bots nicht ändern</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Angemeldet als %1 (%2)</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <source>Sign-in needed</source>
        <translation>Anmeldung nötig</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Server profile %1: %2</source>
        <translation>Serverprofil %1: %2</translation>
    </message>
    <message>
        <source>Server profile %1</source>
        <translation>Serverprofil %1</translation>
    </message>
    <message>
        <source>Critical profile %1 (production): every action on more than one bot asks you to type the number of bots.</source>
        <translation>Kritisches Profil %1 (Produktion): Jede Aktion auf mehr als einem Bot verlangt, dass Sie die Anzahl der Bots eintippen.</translation>
    </message>
    <message>
        <source>%1 · critical</source>
        <comment>status bar: a critical server profile</comment>
        <translation>%1 · kritisch</translation>
    </message>
    <message>
        <source>Critical server profile %1 (production): %2</source>
        <translation>Kritisches Serverprofil %1 (Produktion): %2</translation>
    </message>
    <message>
        <source>Critical server profile %1</source>
        <translation>Kritisches Serverprofil %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Follow system</source>
        <comment>theme</comment>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <comment>theme</comment>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <comment>theme</comment>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Theme and language apply at once.</source>
        <translation>Farbschema und Sprache gelten sofort.</translation>
    </message>
    <message>
        <source>Bot table</source>
        <translation>Bot-Tabelle</translation>
    </message>
    <message>
        <source> ms</source>
        <comment>milliseconds suffix of a number</comment>
        <translation> ms</translation>
    </message>
    <message>
        <source>How long to wait after the last key before searching. Enter searches at once.</source>
        <translation>Wie lange nach dem letzten Tastendruck bis zur Suche gewartet wird. Die Eingabetaste sucht sofort.</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds suffix of a number</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>An active bot whose last heartbeat is older than this is marked stale.</source>
        <translation>Ein aktiver Bot, dessen letztes Lebenszeichen älter ist, wird als veraltet markiert.</translation>
    </message>
    <message>
        <source>Search &amp;delay:</source>
        <translation>Such&amp;verzögerung:</translation>
    </message>
    <message>
        <source>&amp;Stale heartbeat after:</source>
        <translation>Lebenszeichen &amp;veraltet nach:</translation>
    </message>
    <message>
        <source>&amp;Ask before pausing or resuming a single bot</source>
        <translation>&amp;Vor dem Pausieren oder Fortsetzen eines einzelnen Bots nachfragen</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>A &amp;watched bot changes status</source>
        <translation>Ein &amp;beobachteter Bot ändert seinen Status</translation>
    </message>
    <message>
        <source>A watched bot's &amp;heartbeat goes stale</source>
        <translation>Das &amp;Lebenszeichen eines beobachteten Bots veraltet</translation>
    </message>
    <message>
        <source>The &amp;connection to the server is lost</source>
        <translation>Die &amp;Verbindung zum Server bricht ab</translation>
    </message>
    <message>
        <source>Type the &amp;number to confirm above:</source>
        <translation>&amp;Anzahl eintippen bei mehr als:</translation>
    </message>
    <message>
        <source> bots</source>
        <comment>suffix of a number of bots</comment>
        <translation> Bots</translation>
    </message>
    <message>
        <source>A pause, resume or reconnect of more bots than this, or of bots on more than one platform, asks you to type the number of bots. On a critical profile every bulk action does.</source>
        <translation>Ein Pausieren, Fortsetzen oder Neuverbinden von mehr Bots als diesem Wert oder von Bots auf mehr als einer Plattform verlangt, dass Sie die Anzahl der Bots eintippen. Bei einem kritischen Profil gilt das für jede Massenaktion.</translation>
    </message>
    <message>
        <source>How often to reload when the server offers no live updates (an older server). Never sooner than three times the last full load took.</source>
        <translation>Wie oft neu geladen wird, wenn der Server keine Live-Aktualisierungen bietet (ein älterer Server). Nie früher als nach dem Dreifachen der Dauer des letzten vollständigen Ladens.</translation>
    </message>
    <message>
        <source>&amp;Reload without live updates every:</source>
        <translation>Ohne Live-Aktualisierungen neu &amp;laden alle:</translation>
    </message>
</context>
<context>
    <name>ShortcutHelpDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>Tastenkürzel filtern</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <comment>keyboard shortcut</comment>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator between alternative shortcuts</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 (not available: %2)</source>
        <comment>shortcut help: action, why the server does not offer it</comment>
        <translation>%1 (nicht verfügbar: %2)</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>New profile…</source>
        <translation>Neues Profil …</translation>
    </message>
    <message>
        <source>Leave empty to use the token saved in the keychain</source>
        <translation>Leer lassen, um das im Schlüsselbund gespeicherte Token zu verwenden</translation>
    </message>
    <message>
        <source>Paste your personal access token</source>
        <translation>Ihr persönliches Zugriffstoken einfügen</translation>
    </message>
    <message>
        <source>Checking the server…</source>
        <translation>Server wird geprüft …</translation>
    </message>
    <message>
        <source>Derived from the GraphQL URL</source>
        <translation>Aus der GraphQL-URL abgeleitet</translation>
    </message>
    <message>
        <source>Derived: %1</source>
        <comment>derived WebSocket URL</comment>
        <translation>Abgeleitet: %1</translation>
    </message>
    <message>
        <source>Give the profile a name, for example Production or Staging.</source>
        <translation>Geben Sie dem Profil einen Namen, zum Beispiel Produktion oder Staging.</translation>
    </message>
    <message>
        <source>Enter your access token.</source>
        <translation>Geben Sie Ihr Zugriffstoken ein.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Sign in to a Lumio server with your staff access token. You need the admin:access permission.</source>
        <translation>Melden Sie sich mit Ihrem Mitarbeiter-Zugriffstoken bei einem Lumio-Server an. Sie benötigen die Berechtigung admin:access.</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <comment>delete the selected server profile</comment>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete this profile and its saved token</source>
        <translation>Dieses Profil und sein gespeichertes Token löschen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <comment>name of a server profile</comment>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Production, Staging…</source>
        <translation>Produktion, Staging …</translation>
    </message>
    <message>
        <source>&amp;GraphQL URL:</source>
        <translation>&amp;GraphQL-URL:</translation>
    </message>
    <message>
        <source>&amp;WebSocket URL:</source>
        <translation>&amp;WebSocket-URL:</translation>
    </message>
    <message>
        <source>&amp;Access token:</source>
        <translation>&amp;Zugriffstoken:</translation>
    </message>
    <message>
        <source>&amp;Remember the token in the system keychain</source>
        <translation>Token im &amp;Schlüsselbund des Systems speichern</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>&amp;Critical profile (production): confirm every bulk action by typing the number of bots</source>
        <translation>&amp;Kritisches Profil (Produktion): jede Massenaktion durch Eintippen der Anzahl der Bots bestätigen</translation>
    </message>
    <message>
        <source>Marks this server as production. The window and the status bar show a coloured band, and every action on more than one bot is confirmed by typing the number of bots.</source>
        <translation>Kennzeichnet diesen Server als Produktion. Fenster und Statusleiste zeigen ein farbiges Band, und jede Aktion auf mehr als einem Bot wird durch Eintippen der Anzahl der Bots bestätigt.</translation>
    </message>
    <message>
        <source>Paste your token for %1 (the saved one is for %2)</source>
        <translation>Fügen Sie Ihr Token für %1 ein (das gespeicherte gilt für %2)</translation>
    </message>
    <message>
        <source>Also send my token to %1</source>
        <translation>Mein Token auch an %1 senden</translation>
    </message>
    <message>
        <source>The WebSocket URL is on another server than the GraphQL URL. Unticked, live updates stay off for this profile: the token is only sent to the GraphQL URL's server.</source>
        <translation>Die WebSocket-URL liegt auf einem anderen Server als die GraphQL-URL. Ohne Häkchen bleiben Live-Aktualisierungen für dieses Profil aus: Das Token wird nur an den Server der GraphQL-URL gesendet.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>There is no profile named “%1” yet: create it here.</source>
        <translation>Es gibt noch kein Profil namens „%1“: Legen Sie es hier an.</translation>
    </message>
</context>
<context>
    <name>StatusBadgeDelegate</name>
    <message>
        <source>Stale</source>
        <comment>badge: heartbeat too old</comment>
        <translation>Veraltet</translation>
    </message>
</context>
<context>
    <name>TriageLog</name>
    <message>
        <source>The triage log was written by a newer version of the app.</source>
        <translation>Das Triage-Protokoll wurde von einer neueren Version der App geschrieben.</translation>
    </message>
    <message>
        <source>The triage log is not open.</source>
        <translation>Das Triage-Protokoll ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>The request failed.</source>
        <translation>Die Anfrage ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>TriageLogModel</name>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Neu verbinden</translation>
    </message>
    <message>
        <source>Feature mapping saved</source>
        <translation>Funktionszuordnung gespeichert</translation>
    </message>
    <message>
        <source>Discord server disconnected</source>
        <translation>Discord-Server getrennt</translation>
    </message>
    <message>
        <source>%1 (bulk)</source>
        <comment>triage log action of a request for several rows</comment>
        <translation>%1 (Sammelaktion)</translation>
    </message>
    <message>
        <source>%1 (undo)</source>
        <comment>triage log action sent by Undo</comment>
        <translation>%1 (Rückgängig)</translation>
    </message>
    <message>
        <source>%1 (retry)</source>
        <comment>triage log action sent again after a failure</comment>
        <translation>%1 (Wiederholung)</translation>
    </message>
    <message>
        <source>OK</source>
        <comment>triage log result</comment>
        <translation>OK</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>triage log result</comment>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Sent</source>
        <comment>triage log: a request whose answer is the entry above it</comment>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Sent, waiting</source>
        <comment>triage log: a request in flight</comment>
        <translation>Gesendet, wartet</translation>
    </message>
    <message>
        <source>Sent, no answer</source>
        <comment>triage log: the answer never came (the app was closed?)</comment>
        <translation>Gesendet, keine Antwort</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Profile</source>
        <comment>server profile</comment>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Platform or server</source>
        <comment>bot platform or Discord server</comment>
        <translation>Plattform oder Server</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Server message</source>
        <translation>Servermeldung</translation>
    </message>
    <message>
        <source>Discord server %1</source>
        <translation>Discord-Server %1</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>Konto-ID</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Stapel</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>guild name (guild id)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Applied (confirmed)</source>
        <comment>triage log result: the answer was lost, but the server shows the change</comment>
        <translation>Ausgeführt (bestätigt)</translation>
    </message>
    <message>
        <source>Not applied</source>
        <comment>triage log result: the answer was lost, and the server shows no change</comment>
        <translation>Nicht ausgeführt</translation>
    </message>
    <message>
        <source>Unknown, checking</source>
        <comment>triage log result: the answer was lost; the app is checking the server</comment>
        <translation>Unbekannt, wird geprüft</translation>
    </message>
    <message>
        <source>Unknown (answer lost)</source>
        <comment>triage log result: the answer never came back</comment>
        <translation>Unbekannt (Antwort verloren)</translation>
    </message>
    <message>
        <source>The request was sent but its answer was lost (a timeout, a dropped connection or a server restart), so the server may or may not have done it. The app settles it in a later entry from the server's state.</source>
        <translation>Die Anfrage wurde gesendet, aber ihre Antwort ging verloren (Zeitüberschreitung, abgebrochene Verbindung oder Serverneustart); der Server hat sie also vielleicht ausgeführt, vielleicht nicht. Die App klärt das in einem späteren Eintrag anhand des Serverzustands.</translation>
    </message>
    <message>
        <source>The answer was lost, but the server showed the requested state afterwards.</source>
        <translation>Die Antwort ging verloren, aber der Server zeigte danach den angeforderten Zustand.</translation>
    </message>
    <message>
        <source>The answer was lost, and the server showed another state afterwards: the action did not take effect.</source>
        <translation>Die Antwort ging verloren, und der Server zeigte danach einen anderen Zustand: Die Aktion wurde nicht ausgeführt.</translation>
    </message>
    <message>
        <source>Incident %1 started</source>
        <translation>Störung %1 eröffnet</translation>
    </message>
    <message>
        <source>Incident %1 closed</source>
        <translation>Störung %1 geschlossen</translation>
    </message>
    <message>
        <source>%1 (incident revert)</source>
        <comment>triage log action sent by Revert incident</comment>
        <translation>%1 (Störung rückgängig)</translation>
    </message>
    <message>
        <source>%1 (pause for a while)</source>
        <comment>triage log: a pause with a planned resume</comment>
        <translation>%1 (für eine Weile)</translation>
    </message>
    <message>
        <source>%1 (planned resume)</source>
        <comment>triage log: the resume a timed pause planned</comment>
        <translation>%1 (geplantes Fortsetzen)</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Störung</translation>
    </message>
    <message>
        <source>Operator</source>
        <comment>who took the action</comment>
        <translation>Bearbeiter</translation>
    </message>
</context>
<context>
    <name>TriageLogPage</name>
    <message>
        <source>Triage log</source>
        <comment>page name</comment>
        <translation>Triage-Protokoll</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>Alle Einträge</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <source>Which entries to show, by time</source>
        <translation>Welche Einträge angezeigt werden, nach Zeit</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Zeitraum</translation>
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
        <source>Filter by account, platform, action, message…</source>
        <translation>Nach Konto, Plattform, Aktion, Meldung filtern …</translation>
    </message>
    <message>
        <source>Filter the triage log</source>
        <translation>Triage-Protokoll filtern</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV exportieren …</translation>
    </message>
    <message>
        <source>Export &amp;Markdown…</source>
        <translation>&amp;Markdown exportieren …</translation>
    </message>
    <message>
        <source>Copy as Mar&amp;kdown</source>
        <translation>Als Mar&amp;kdown kopieren</translation>
    </message>
    <message>
        <source>Triage log entries</source>
        <translation>Einträge des Triage-Protokolls</translation>
    </message>
    <message>
        <source>Export as &amp;CSV…</source>
        <translation>Als &amp;CSV exportieren …</translation>
    </message>
    <message>
        <source>Save the selected entries (or all shown) as CSV</source>
        <translation>Die ausgewählten (oder alle angezeigten) Einträge als CSV speichern</translation>
    </message>
    <message>
        <source>Export as &amp;Markdown…</source>
        <translation>Als &amp;Markdown exportieren …</translation>
    </message>
    <message>
        <source>Save the selected entries (or all shown) as a Markdown table</source>
        <translation>Die ausgewählten (oder alle angezeigten) Einträge als Markdown-Tabelle speichern</translation>
    </message>
    <message>
        <source>Copy the selected entries (or all shown) as a Markdown table for an incident report</source>
        <translation>Die ausgewählten (oder alle angezeigten) Einträge als Markdown-Tabelle für einen Vorfallbericht kopieren</translation>
    </message>
    <message>
        <source>&amp;Filter Entries</source>
        <translation>Einträge &amp;filtern</translation>
    </message>
    <message>
        <source>The triage log could not be opened: %1</source>
        <translation>Das Triage-Protokoll konnte nicht geöffnet werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <comment>triage log entries shown</comment>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Gespeichert in %1</translation>
    </message>
    <message>
        <source>Export Triage Log as CSV</source>
        <translation>Triage-Protokoll als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export Triage Log as Markdown</source>
        <translation>Triage-Protokoll als Markdown exportieren</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Markdown-Dateien (*.md)</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n entries as Markdown</source>
        <translation>
            <numerusform>%n Eintrag als Markdown kopiert</numerusform>
            <numerusform>%n Einträge als Markdown kopiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TriageWiring</name>
    <message>
        <source>The triage log could not be opened: %1</source>
        <translation>Das Triage-Protokoll konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>An action could not be written to the triage log: %1</source>
        <translation>Eine Aktion konnte nicht ins Triage-Protokoll geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>WatchController</name>
    <message>
        <source>Watched bot: heartbeat stale</source>
        <translation>Beobachteter Bot: Heartbeat veraltet</translation>
    </message>
    <message>
        <source>The %1 bot of %2 has not sent a heartbeat for a while.</source>
        <translation>Der %1-Bot von %2 hat seit einer Weile keinen Heartbeat gesendet.</translation>
    </message>
    <message>
        <source>Watched bot changed</source>
        <translation>Beobachteter Bot geändert</translation>
    </message>
    <message>
        <source>The %1 bot of %2 is now %3 (was %4).</source>
        <translation>Der %1-Bot von %2 ist jetzt %3 (vorher %4).</translation>
    </message>
    <message numerus="yes">
        <source>Watched: %n changed</source>
        <comment>bots changed since you looked</comment>
        <translation>
            <numerusform>Beobachtet: %n geändert</numerusform>
            <numerusform>Beobachtet: %n geändert</numerusform>
        </translation>
    </message>
    <message>
        <source>Watched bots changed since you last looked at the Bots page</source>
        <translation>Beobachtete Bots, die sich geändert haben, seit Sie zuletzt auf der Bots-Seite waren</translation>
    </message>
    <message>
        <source>&amp;Watch or Unwatch</source>
        <translation>&amp;Beobachten oder nicht mehr beobachten</translation>
    </message>
    <message>
        <source>Notify me when the selected bots change status or their heartbeat goes stale</source>
        <translation>Benachrichtigen, wenn die ausgewählten Bots ihren Status ändern oder ihr Heartbeat veraltet</translation>
    </message>
    <message numerus="yes">
        <source>Watching %n bots</source>
        <translation>
            <numerusform>%n Bot wird beobachtet</numerusform>
            <numerusform>%n Bots werden beobachtet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped watching %n bots</source>
        <translation>
            <numerusform>%n Bot wird nicht mehr beobachtet</numerusform>
            <numerusform>%n Bots werden nicht mehr beobachtet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The sandbox has no token for the role %1.</source>
        <translation>Die Sandbox hat kein Token für die Rolle %1.</translation>
    </message>
</context>
</TS>
