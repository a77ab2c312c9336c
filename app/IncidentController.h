#pragma once

#include "models/bots/BotKey.h"
#include "models/bots/BotRoles.h"
#include "views/incidents/IncidentRevertDialog.h"
#include "views/incidents/IncidentStartDialog.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class BotRevertPlan;
class BotStore;
class BotSyncController;
class BotTablePage;
class MainWindow;
class Session;
class StatusChip;
class TriageLog;

// Incidents in the shell (issue 15). An operator starts one by name
// (Ctrl+Shift+I, or the palette), and until it is closed every action, bot
// or Discord, from any page, the palette or undo, is tagged with it in the
// triage log. The open incident lives in the triage log itself (started and
// closed markers), so it survives a restart or a crash exactly as actions
// do; it is the operator's, not a server profile's, and may span profiles.
//
// The window shows it: a chip in the status bar (its commands on click) and
// "Incident INC-2291" before the window title.
//
// Revert Incident puts the incident's bots back (BotRevertPlan: resume what
// it paused, pause what it resumed, only where nothing changed since),
// previewed in a dialog with every skipped bot and why, then sent through
// the Bots page's normal request path with origin "incident-revert", so it
// gets the page's confirmation like any bulk action (resumes first, then
// pauses). The revert's entries are tagged with the incident reverted.
//
// Export Incident Report writes the incident's timeline as Markdown and CSV
// next to each other (IncidentReport).
//
// Created by installPages() as a child of the window.
class IncidentController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IncidentController)

public:
    // Asks where to save (a file dialog); an empty path cancels. Tests replace it.
    using SaveFileChooser = std::function<QString(QWidget *parent, const QString &caption,
                                                  const QString &suggested, const QString &filter)>;

    IncidentController(MainWindow &window, Session &session, TriageLog *log, BotStore *store,
                       BotSyncController *botSync, BotTablePage *botPage);
    ~IncidentController() override;

    // The open incident ("" when none).
    QString openIncident() const;
    // What the commands act on when no incident is named: the open one, else
    // the most recently started.
    QString defaultIncident() const;

    bool startIncident(const QString &name);
    bool closeIncident();

    void showStartDialog();
    // Previews the revert of incident (the default one when empty).
    void showRevertDialog(const QString &incident = {});
    // Writes the report of incident (the default one when empty) as
    // <chosen>.md and <chosen>.csv; false when cancelled or not written.
    bool exportReport(const QString &incident = {});
    void setSaveFileChooser(SaveFileChooser chooser) { m_chooser = std::move(chooser); }

    // Test seams.
    StatusChip *chip() const { return m_chip; }
    IncidentStartDialog *startDialog() const { return m_startDialog; }
    IncidentRevertDialog *revertDialog() const { return m_revertDialog; }
    QStringList lastExportPaths() const { return m_lastExport; }

Q_SIGNALS:
    void incidentChanged(const QString &openIncident);
    // A revert's steps were all handed to the Bots page (sent or refused).
    void revertHandedOver(const QString &incident, int botsSent);

private:
    struct Step
    {
        PendingAction action = PendingAction::None;
        QList<BotKey> keys;
    };

    void registerActions();
    void addPaletteSource();
    void addChip();
    void updateShown();
    bool isLoaded() const;
    BotRevertPlan planFor(const QString &incident) const;
    void refreshRevertDialog();
    void startRevert(const QString &incident);
    void nextRevertStep();
    void afterRevertStep(qint64 lastIdBefore);
    void say(const QString &message);

    MainWindow &m_window;
    Session &m_session;
    QPointer<TriageLog> m_log;
    QPointer<BotStore> m_store;
    QPointer<BotSyncController> m_botSync;
    QPointer<BotTablePage> m_page;
    StatusChip *m_chip = nullptr;
    QPointer<IncidentStartDialog> m_startDialog;
    QPointer<IncidentRevertDialog> m_revertDialog;
    SaveFileChooser m_chooser;
    QStringList m_lastExport;

    QString m_reverting; // the incident whose revert steps are being handed over
    QList<Step> m_steps;
    int m_revertSent = 0;
};
