#include "TriageWiring.h"

#include "MainWindow.h"
#include "Session.h"
#include "app/sync/BotSyncController.h"
#include "app/sync/DiscordSyncController.h"
#include "models/triage/TriageLog.h"
#include "views/triage/TriageLogPage.h"

#include <QCoreApplication>
#include <QStatusBar>

namespace {

// tr() for free functions (lupdate context "TriageWiring").
class TriageWiring
{
    Q_DECLARE_TR_FUNCTIONS(TriageWiring)
};

} // namespace

TriageLog *installTriage(MainWindow &window, Session &session, BotSyncController *botSync,
                         DiscordSyncController *discordSync)
{
    // --- the triage log -------------------------------------------------------
    auto *log = new TriageLog(&window);
    if (!log->open(TriageLog::defaultPath())) {
        window.statusBar()->showMessage(
            TriageWiring::tr("The triage log could not be opened: %1").arg(log->errorString()));
    }
    QObject::connect(log, &TriageLog::writeFailed, &window, [&window](const QString &message) {
        window.statusBar()->showMessage(
            TriageWiring::tr("An action could not be written to the triage log: %1").arg(message),
            30000);
    });
    QObject::connect(&session, &Session::signedIn, log, [log, &session] {
        log->setProfile(session.profile().name);
        // Who did it, for the incident report (issue 15).
        log->setOperator(session.viewer().displayName, session.viewer().id);
    });
    QObject::connect(&session, &Session::signedOut, log, [log] {
        log->setProfile({});
        log->setOperator({}, {});
    });
    botSync->setTriageLog(log);
    discordSync->setTriageLog(log);
    window.addPage(new TriageLogPage(log));
    return log;
}
