#pragma once

class AppSettings;
class MainWindow;
class Session;

// Builds the real pages with their controllers and plugs them into the main
// window: the one place that knows which controller feeds which page, so
// MainWindow stays a frame and pages stay free of the network. The window
// owns every controller it creates (BotSyncController, DiscordSyncController,
// WatchController): all are its children, made after its page stack so the
// pages go first when it is destroyed.
void installPages(MainWindow &window, Session &session, AppSettings &settings);
