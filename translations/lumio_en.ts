<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>AddServerDialog</name>
        <message numerus="yes">
            <source>%1 — %n server(s)</source>
            <translation>
                <numerusform>%1 — %n server</numerusform>
                <numerusform>%1 — %n servers</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BotActionGuard</name>
        <message numerus="yes">
            <source>These bots are on %n platforms.</source>
            <translation>
                <numerusform>These bots are on %n platform.</numerusform>
                <numerusform>These bots are on %n platforms.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BotActionPlan</name>
        <message numerus="yes">
            <source>Pause %n bots?</source>
            <translation>
                <numerusform>Pause %n bot?</numerusform>
                <numerusform>Pause %n bots?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Resume %n bots?</source>
            <translation>
                <numerusform>Resume %n bot?</numerusform>
                <numerusform>Resume %n bots?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Reconnect %n bots?</source>
            <translation>
                <numerusform>Reconnect %n bot?</numerusform>
                <numerusform>Reconnect %n bots?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n selected bots will be skipped: already in that state, without a connection, or with a request in flight.</source>
            <translation>
                <numerusform>%n selected bot will be skipped: already in that state, without a connection, or with a request in flight.</numerusform>
                <numerusform>%n selected bots will be skipped: already in that state, without a connection, or with a request in flight.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 %n Bots</source>
            <translation>
                <numerusform>%1 %n Bot</numerusform>
                <numerusform>%1 %n Bots</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>None of the %n selected bots can be changed this way (already in that state, no connection, or a request in flight).</source>
            <translation>
                <numerusform>The selected bot cannot be changed this way (already in that state, no connection, or a request in flight).</numerusform>
                <numerusform>None of the %n selected bots can be changed this way (already in that state, no connection, or a request in flight).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BotBatchPanel</name>
        <message numerus="yes">
            <source>Pausing %n bots</source>
            <translation>
                <numerusform>Pausing %n bot</numerusform>
                <numerusform>Pausing %n bots</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Resuming %n bots</source>
            <translation>
                <numerusform>Resuming %n bot</numerusform>
                <numerusform>Resuming %n bots</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Reconnecting %n bots</source>
            <translation>
                <numerusform>Reconnecting %n bot</numerusform>
                <numerusform>Reconnecting %n bots</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n without an answer, checking the server…</source>
            <translation>
                <numerusform>%n without an answer, checking the server…</numerusform>
                <numerusform>%n without an answer, checking the server…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n without an answer (may or may not have happened)</source>
            <translation>
                <numerusform>%n without an answer (may or may not have happened)</numerusform>
                <numerusform>%n without an answer (may or may not have happened)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n confirmed after a lost answer</source>
            <translation>
                <numerusform>%n confirmed after a lost answer</numerusform>
                <numerusform>%n confirmed after a lost answer</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n not applied after a lost answer</source>
            <translation>
                <numerusform>%n not applied after a lost answer</numerusform>
                <numerusform>%n not applied after a lost answer</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n skipped (already in that state, no connection, or busy)</source>
            <translation>
                <numerusform>%n skipped (already in that state, no connection, or busy)</numerusform>
                <numerusform>%n skipped (already in that state, no connection, or busy)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BotMarks</name>
        <message numerus="yes">
            <source>%n marked</source>
            <translation>
                <numerusform>%n marked</numerusform>
                <numerusform>%n marked</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>(%n not shown)</source>
            <translation>
                <numerusform>(%n not shown)</numerusform>
                <numerusform>(%n not shown)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BotRevertPlan</name>
        <message numerus="yes">
            <source>resume %n bots</source>
            <comment>incident revert</comment>
            <translation>
                <numerusform>resume %n bot</numerusform>
                <numerusform>resume %n bots</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>pause %n bots</source>
            <comment>incident revert</comment>
            <translation>
                <numerusform>pause %n bot</numerusform>
                <numerusform>pause %n bots</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n bots are left alone (see why below).</source>
            <translation>
                <numerusform>%n bot are left alone (see why below).</numerusform>
                <numerusform>%n bots are left alone (see why below).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n Discord changes are not reverted: see the incident report.</source>
            <translation>
                <numerusform>%n Discord change is not reverted: see the incident report.</numerusform>
                <numerusform>%n Discord changes are not reverted: see the incident report.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BotStatusPane</name>
        <message numerus="yes">
            <source>FROZEN: %n bot(s) changed meanwhile (z to catch up)</source>
            <translation>
                <numerusform>FROZEN: %n bot changed meanwhile (z to catch up)</numerusform>
                <numerusform>FROZEN: %n bots changed meanwhile (z to catch up)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BotTableTexts</name>
        <message numerus="yes">
            <source>%n s ago</source>
            <comment>heartbeat age in seconds</comment>
            <translation>
                <numerusform>%n s ago</numerusform>
                <numerusform>%n s ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n min ago</source>
            <comment>heartbeat age in minutes</comment>
            <translation>
                <numerusform>%n min ago</numerusform>
                <numerusform>%n min ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n h ago</source>
            <comment>heartbeat age in hours</comment>
            <translation>
                <numerusform>%n h ago</numerusform>
                <numerusform>%n h ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n d ago</source>
            <comment>heartbeat age in days</comment>
            <translation>
                <numerusform>%n d ago</numerusform>
                <numerusform>%n d ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Active, but no heartbeat for more than %n s</source>
            <translation>
                <numerusform>Active, but no heartbeat for more than %n s</numerusform>
                <numerusform>Active, but no heartbeat for more than %n s</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BotUndo</name>
        <message numerus="yes">
            <source>Undo: resume %n bots (Ctrl+Z)</source>
            <translation>
                <numerusform>Undo: resume %n bot (Ctrl+Z)</numerusform>
                <numerusform>Undo: resume %n bots (Ctrl+Z)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Undo: pause %n bots (Ctrl+Z)</source>
            <translation>
                <numerusform>Undo: pause %n bot (Ctrl+Z)</numerusform>
                <numerusform>Undo: pause %n bots (Ctrl+Z)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>and %n more</numerusform>
                <numerusform>and %n more</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n bots changed since; left alone</source>
            <translation>
                <numerusform>%n bot changed since; left alone</numerusform>
                <numerusform>%n bots changed since; left alone</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n bots have another request in flight; left alone</source>
            <translation>
                <numerusform>%n bot has another request in flight; left alone</numerusform>
                <numerusform>%n bots have another request in flight; left alone</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n bots are no longer listed; left alone</source>
            <translation>
                <numerusform>%n bot is no longer listed; left alone</numerusform>
                <numerusform>%n bots are no longer listed; left alone</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ConnectionStatusWidget</name>
        <message numerus="yes">
            <source>Reconnecting, attempt %1, next try in %n s</source>
            <comment>connection state</comment>
            <translation>
                <numerusform>Reconnecting, attempt %1, next try in %n s</numerusform>
                <numerusform>Reconnecting, attempt %1, next try in %n s</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Polling, updated %n s ago</source>
            <comment>connection state</comment>
            <translation>
                <numerusform>Polling, updated %n s ago</numerusform>
                <numerusform>Polling, updated %n s ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Polling, updated %n min ago</source>
            <comment>connection state</comment>
            <translation>
                <numerusform>Polling, updated %n min ago</numerusform>
                <numerusform>Polling, updated %n min ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>No live updates: %1
The data is reloaded every %n s while the window is open.</source>
            <comment>tool tip</comment>
            <translation>
                <numerusform>No live updates: %1
The data is reloaded every %n s while the window is open.</numerusform>
                <numerusform>No live updates: %1
The data is reloaded every %n s while the window is open.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DiscordGuildListModel</name>
        <message numerus="yes">
            <source>%n feature(s) routed to a channel</source>
            <translation>
                <numerusform>%n feature routed to a channel</numerusform>
                <numerusform>%n features routed to a channel</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FeatureEditorPane</name>
        <message numerus="yes">
            <source>You have %n unsaved change(s) to the feature mappings of “%1”. Discard them?</source>
            <translation>
                <numerusform>You have %n unsaved change to the feature mappings of “%1”. Discard them?</numerusform>
                <numerusform>You have %n unsaved changes to the feature mappings of “%1”. Discard them?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unsaved change(s)</source>
            <translation>
                <numerusform>%n unsaved change</numerusform>
                <numerusform>%n unsaved changes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Save is off until the %n problem(s) above are fixed.</source>
            <translation>
                <numerusform>Save is off until the %n problem above are fixed.</numerusform>
                <numerusform>Save is off until the %n problems above are fixed.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>…and %n more</source>
            <translation>
                <numerusform>…and %n more</numerusform>
                <numerusform>…and %n more</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Someone else changed %n feature(s) of this server while you were editing. Nothing was overwritten:</source>
            <translation>
                <numerusform>Someone else changed %n feature of this server while you were editing. Nothing was overwritten:</numerusform>
                <numerusform>Someone else changed %n features of this server while you were editing. Nothing was overwritten:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Saving %n change(s)…</source>
            <translation>
                <numerusform>Saving %n change…</numerusform>
                <numerusform>Saving %n changes…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Saved %n change(s) to “%1”.</source>
            <translation>
                <numerusform>Saved %n change to “%1”.</numerusform>
                <numerusform>Saved %n changes to “%1”.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FeatureMappingModel</name>
        <message numerus="yes">
            <source>Someone else changed %n feature(s) meanwhile: keep yours or take theirs first.</source>
            <translation>
                <numerusform>Someone else changed %n feature meanwhile: keep yours or take theirs first.</numerusform>
                <numerusform>Someone else changed %n features meanwhile: keep yours or take theirs first.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 (and %n more problem(s))</source>
            <translation>
                <numerusform>%1 (and %n more problem)</numerusform>
                <numerusform>%1 (and %n more problems)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>GuildListPane</name>
        <message numerus="yes">
            <source>%n server(s)</source>
            <translation>
                <numerusform>%n server</numerusform>
                <numerusform>%n servers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n server(s)</source>
            <translation>
                <numerusform>%1 of %n server</numerusform>
                <numerusform>%1 of %n servers</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>IncidentController</name>
        <message numerus="yes">
            <source>Revert of incident %1: %n bots sent.</source>
            <translation>
                <numerusform>Revert of incident %1: %n bot sent.</numerusform>
                <numerusform>Revert of incident %1: %n bots sent.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>IncidentReport</name>
        <message numerus="yes">
            <source>**%n actions**:</source>
            <translation>
                <numerusform>**%n action**:</numerusform>
                <numerusform>**%n actions**:</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>IncidentRevertDialog</name>
        <message numerus="yes">
            <source>&amp;Revert %n Bots…</source>
            <translation>
                <numerusform>&amp;Revert %n Bot…</numerusform>
                <numerusform>&amp;Revert %n Bots…</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <source>%n change(s) since you last looked at this page</source>
            <translation>
                <numerusform>%n change since you last looked at this page</numerusform>
                <numerusform>%n changes since you last looked at this page</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PauseForDialog</name>
        <message numerus="yes">
            <source>Pause %n bots now and resume them later.</source>
            <translation>
                <numerusform>Pause %n bot now and resume them later.</numerusform>
                <numerusform>Pause %n bots now and resume them later.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&amp;Pause %n Bots</source>
            <translation>
                <numerusform>&amp;Pause %n Bot</numerusform>
                <numerusform>&amp;Pause %n Bots</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PlannedResumeController</name>
        <message numerus="yes">
            <source>Resume of %n bots planned for %1 (%2 UTC); the app must be running then.</source>
            <translation>
                <numerusform>Resume of %n bot planned for %1 (%2 UTC); the app must be running then.</numerusform>
                <numerusform>Resume of %n bots planned for %1 (%2 UTC); the app must be running then.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n bots paused at %1 UTC are due to be resumed.</source>
            <translation>
                <numerusform>%n bot paused at %1 UTC are due to be resumed.</numerusform>
                <numerusform>%n bots paused at %1 UTC are due to be resumed.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Due since %1: %n bots</source>
            <translation>
                <numerusform>Due since %1: %n bot</numerusform>
                <numerusform>Due since %1: %n bots</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>At %1: %n bots</source>
            <translation>
                <numerusform>At %1: %n bot</numerusform>
                <numerusform>At %1: %n bots</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n resumes due</source>
            <translation>
                <numerusform>%n resume due</numerusform>
                <numerusform>%n resumes due</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PlannedResumeDialog</name>
        <message numerus="yes">
            <source>%n bots were paused at %1 UTC to be resumed at %2 UTC.</source>
            <translation>
                <numerusform>%n bot were paused at %1 UTC to be resumed at %2 UTC.</numerusform>
                <numerusform>%n bots were paused at %1 UTC to be resumed at %2 UTC.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&amp;Resume %n Bots…</source>
            <translation>
                <numerusform>&amp;Resume %n Bot…</numerusform>
                <numerusform>&amp;Resume %n Bots…</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ServerDifferencesMark</name>
        <message numerus="yes">
            <source>%1 and %n more</source>
            <comment>server differences: first items, how many more</comment>
            <translation>
                <numerusform>%1 and %n more</numerusform>
                <numerusform>%1 and %n more</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>platform %1 (%Ln bot(s))</source>
            <comment>server differences</comment>
            <translation>
                <numerusform>platform %1 (%Ln bot)</numerusform>
                <numerusform>platform %1 (%Ln bots)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1: %Ln bot(s)</source>
            <comment>server differences: platform, bots on it</comment>
            <translation>
                <numerusform>%1: %Ln bot</numerusform>
                <numerusform>%1: %Ln bots</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TriageLogPage</name>
        <message numerus="yes">
            <source>%n entries</source>
            <comment>triage log entries shown</comment>
            <translation>
                <numerusform>%n entry</numerusform>
                <numerusform>%n entries</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Copied %n entries as Markdown</source>
            <translation>
                <numerusform>Copied %n entry as Markdown</numerusform>
                <numerusform>Copied %n entries as Markdown</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WatchController</name>
        <message numerus="yes">
            <source>Watched: %n changed</source>
            <comment>bots changed since you looked</comment>
            <translation>
                <numerusform>Watched: %n changed</numerusform>
                <numerusform>Watched: %n changed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Watching %n bots</source>
            <translation>
                <numerusform>Watching %n bot</numerusform>
                <numerusform>Watching %n bots</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Stopped watching %n bots</source>
            <translation>
                <numerusform>Stopped watching %n bot</numerusform>
                <numerusform>Stopped watching %n bots</numerusform>
            </translation>
        </message>
    </context>
</TS>
