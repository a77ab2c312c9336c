#pragma once

class AppSettings;
class BotStore;
class BotSyncController;
class BotTablePage;
class DiscordSyncController;
class MainWindow;
class Session;

// Issue 7's triage log and watches, plugged into the window by installPages():
// opens the triage log (AppDataLocation/triage.sqlite) and hands it to both
// sync controllers, adds the Triage log page, registers the Bots page's
// "watch" action (W), and turns watched-row changes into notifications and a
// "changed since you looked" count in the status bar.
void installTriage(MainWindow &window, Session &session, AppSettings &settings, BotStore *store,
                   BotSyncController *botSync, BotTablePage *botPage,
                   DiscordSyncController *discordSync);
