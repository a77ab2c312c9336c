#include "CommandLine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

void CommandLineOptions::addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("CommandLine",
                                    "Lumio Bot Control: the staff console for "
                                    "Lumio chat bots."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("profile"),
         QCoreApplication::translate("CommandLine", "Sign in to the saved server profile <name>."),
         QStringLiteral("name")},
        {QStringLiteral("server"),
         QCoreApplication::translate("CommandLine",
                                     "Use the GraphQL server at <url> (with --profile: save it "
                                     "under that name)."),
         QStringLiteral("url")},
        {QStringLiteral("sandbox"),
         QCoreApplication::translate("CommandLine",
                                     "Demo mode: sign in to the sandbox described by <infofile> "
                                     "(JSON with url, ws and tokens); the token stays in memory."),
         QStringLiteral("infofile")},
        {QStringLiteral("sandbox-role"),
         QCoreApplication::translate("CommandLine",
                                     "Which sandbox demo token to use: admin, readonly, operator "
                                     "or noaccess (default: admin)."),
         QStringLiteral("role"), QStringLiteral("admin")},
        {QStringLiteral("lang"),
         QCoreApplication::translate("CommandLine", "Language for this run: en, de or ar."),
         QStringLiteral("code")},
        {QStringLiteral("theme"),
         QCoreApplication::translate("CommandLine", "Theme for this run: system, light or dark."),
         QStringLiteral("name")},
        {QStringLiteral("page"),
         QCoreApplication::translate("CommandLine", "Start on page <id>: bots, discord or triage."),
         QStringLiteral("id")},
        {QStringLiteral("quit-after-ms"),
         QCoreApplication::translate("CommandLine", "Quit cleanly after <ms> milliseconds."),
         QStringLiteral("ms")},
        {QStringLiteral("screenshot"),
         QCoreApplication::translate("CommandLine",
                                     "Save a PNG of the main window to <path> once it is shown."),
         QStringLiteral("path")},
        {QStringLiteral("check-server"),
         QCoreApplication::translate(
             "CommandLine",
             "Compare what the server at <url> offers with this version, print the differences "
             "and exit without a window: 0 when they match, 1 when they differ, 2 when the "
             "server could not be checked. Uses the token a saved profile keeps for that "
             "server, if any."),
         QStringLiteral("url")},
    });
}

bool CommandLineOptions::wantsCheckServer(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        if (arg == "--")
            return false;
        if (arg == "--check-server" || arg.startsWith("--check-server="))
            return true;
    }
    return false;
}

bool CommandLineOptions::read(const QCommandLineParser &parser, CommandLineOptions &out,
                              QString *error)
{
    out.profile = parser.value(QStringLiteral("profile")).trimmed();
    if (parser.isSet(QStringLiteral("server"))) {
        out.server = QUrl::fromUserInput(parser.value(QStringLiteral("server")));
        if (!out.server.isValid()) {
            *error = QCoreApplication::translate("CommandLine", "--server: not a URL: %1")
                         .arg(parser.value(QStringLiteral("server")));
            return false;
        }
    }
    out.sandboxInfoFile = parser.value(QStringLiteral("sandbox"));
    out.sandboxRole = parser.value(QStringLiteral("sandbox-role"));
    out.language = parser.value(QStringLiteral("lang"));
    if (!out.language.isEmpty()
        && !QStringList {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("ar")}.contains(
            out.language)) {
        *error = QCoreApplication::translate("CommandLine", "--lang: use en, de or ar");
        return false;
    }
    out.theme = parser.value(QStringLiteral("theme"));
    if (!out.theme.isEmpty()
        && !QStringList {QStringLiteral("system"), QStringLiteral("light"), QStringLiteral("dark")}
                .contains(out.theme)) {
        *error = QCoreApplication::translate("CommandLine", "--theme: use system, light or dark");
        return false;
    }
    out.page = parser.value(QStringLiteral("page"));
    if (parser.isSet(QStringLiteral("quit-after-ms"))) {
        bool ok = false;
        out.quitAfterMs = parser.value(QStringLiteral("quit-after-ms")).toInt(&ok);
        if (!ok || out.quitAfterMs < 0) {
            *error = QCoreApplication::translate("CommandLine",
                                                 "--quit-after-ms: a number of milliseconds");
            return false;
        }
    }
    out.screenshotPath = parser.value(QStringLiteral("screenshot"));
    if (parser.isSet(QStringLiteral("check-server"))) {
        const QString text = parser.value(QStringLiteral("check-server"));
        out.checkServer = QUrl::fromUserInput(text);
        if (text.trimmed().isEmpty() || !out.checkServer.isValid()) {
            *error = QCoreApplication::translate("CommandLine", "--check-server: not a URL: %1")
                         .arg(text);
            return false;
        }
    }
    return true;
}

bool SandboxDescription::load(const QString &path, SandboxDescription &out, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("CommandLine", "Cannot read the sandbox file %1: %2")
                     .arg(path, file.errorString());
        return false;
    }
    QJsonParseError parseError {};
    const QJsonObject o = QJsonDocument::fromJson(file.readAll(), &parseError).object();
    if (parseError.error != QJsonParseError::NoError) {
        *error = QCoreApplication::translate("CommandLine", "The sandbox file %1 is not JSON: %2")
                     .arg(path, parseError.errorString());
        return false;
    }
    out.url = QUrl(o.value(QLatin1String("url")).toString(), QUrl::StrictMode);
    out.ws = QUrl(o.value(QLatin1String("ws")).toString(), QUrl::StrictMode);
    out.tokens = o.value(QLatin1String("tokens")).toObject();
    if (!out.url.isValid() || out.url.isEmpty()) {
        *error =
            QCoreApplication::translate("CommandLine", "The sandbox file %1 has no url.").arg(path);
        return false;
    }
    return true;
}
