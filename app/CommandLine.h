#pragma once

#include <QJsonObject>
#include <QString>
#include <QUrl>

class QCommandLineParser;

// The command line of the app, parsed with QCommandLineParser:
//   --profile NAME        sign in to this saved profile (or name a new one with --server)
//   --server URL          the GraphQL URL to use (a new profile, or the one with this URL)
//   --sandbox INFOFILE    demo mode: a sandbox fixture's JSON {url, ws, tokens{role: token}};
//                         signs in automatically to a "Sandbox" profile, token kept in memory
//   --sandbox-role ROLE   which demo token (admin, readonly, operator, noaccess); default admin
//   --lang CODE           en, de or ar for this run (does not change the setting)
//   --theme NAME          system, light or dark for this run
//   --page ID             start on this page (bots, discord, triage)
//   --quit-after-ms N     quit cleanly after N ms (smoke tests)
//   --screenshot PATH     save a PNG of the main window once it is shown and settled
//   --check-server URL    compare what the server at URL offers with this version and
//                         exit (no window; see CheckServer for the exit codes)
//   --version, --help
struct CommandLineOptions
{
    QString profile;
    QUrl server;
    QString sandboxInfoFile;
    QString sandboxRole = QStringLiteral("admin");
    QString language;
    QString theme;
    QString page;
    int quitAfterMs = -1;
    QString screenshotPath;
    QUrl checkServer;

    // Adds the options to parser (plus --help and --version).
    // Whether args ask for --check-server, decided before any application
    // object exists (that one must not need a display).
    static bool wantsCheckServer(int argc, char **argv);
    static void addOptions(QCommandLineParser &parser);
    // Reads them after parser.process(); returns false and sets *error when
    // a value is invalid.
    static bool read(const QCommandLineParser &parser, CommandLineOptions &out, QString *error);
};

// The sandbox fixture's description: where it runs and its demo tokens.
struct SandboxDescription
{
    QUrl url;
    QUrl ws;
    QJsonObject tokens;

    // Reads path; returns false and sets *error on failure.
    static bool load(const QString &path, SandboxDescription &out, QString *error);
    QString token(const QString &role) const { return tokens.value(role).toString(); }
};
