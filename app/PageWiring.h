#pragma once

class AppSettings;
class MainWindow;
class Session;

// Builds the real pages with their controllers and plugs them into the main
// window: the one place that knows which controller feeds which page, so
// MainWindow stays a frame and pages stay free of the network.
void installPages(MainWindow &window, Session &session, AppSettings &settings);
