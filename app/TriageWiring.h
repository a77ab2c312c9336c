#pragma once

class BotSyncController;
class DiscordSyncController;
class MainWindow;
class Session;
class TriageLog;

// Issue 7's triage log, plugged into the window by installPages(): opens the
// triage log (AppDataLocation/triage.sqlite), hands it to both sync
// controllers and adds the Triage log page. Returns the log (a child of the
// window) for the watches (WatchController), which hear of the operator's
// own actions through it.
TriageLog *installTriage(MainWindow &window, Session &session, BotSyncController *botSync,
                         DiscordSyncController *discordSync);
