#pragma once

#include "models/bots/BotKey.h"
#include "models/triage/PlannedResume.h"
#include "views/incidents/PauseForDialog.h"
#include "views/incidents/PlannedResumeDialog.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <functional>

class BotRevertPlan;
class BotStore;
class BotSyncController;
class BotTablePage;
class MainWindow;
class Notifier;
class Session;
class StatusChip;
class TriageLog;

// "Pause for..." (issue 15): pauses bots now and plans their resume. The
// server has no timed pause, so the plan is the app's: kept in the triage
// database (it survives a restart), checked every second while the app runs
// and, when due, announced (Notifier) and offered in a dialog as one action
// that goes through the Bots page's confirmation like any bulk action. Bots
// changed since the pause (by anyone) are left alone and listed
// (BotRevertPlan). A plan due while the app was closed is offered as soon as
// the bots of its profile are loaded again.
//
// The pause goes through the Bots page (origin "pause-for"); the plan is made
// from the pending entries that pause writes to the log, so it names exactly
// the bots that were sent, whatever the confirmation left out. The resume
// uses origin "planned-resume" and is tagged with the incident of the pause.
//
// A status-bar chip shows the current profile's open plans (the next time,
// or that one is due); its menu opens each. Created by installPages().
class PlannedResumeController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlannedResumeController)

public:
    static constexpr qint64 kSnoozeMs = qint64(5) * 60 * 1000;

    PlannedResumeController(MainWindow &window, Session &session, TriageLog *log, BotStore *store,
                            BotSyncController *botSync, BotTablePage *botPage, Notifier *notifier);
    ~PlannedResumeController() override;

    // The clock (ms since the epoch); injectable for tests.
    void setClock(std::function<qint64()> now);
    qint64 now() const { return m_now(); }

    // "Pause for..." on the Bots page's marked, selected or current bots.
    void showPauseForDialog();
    // Pauses keys through the Bots page and, if the pause is sent, plans
    // their resume at dueAtMs.
    void pauseFor(const QList<BotKey> &keys, qint64 dueAtMs);

    // Open plans of the signed-in profile, oldest due first.
    QList<PlannedResume> openPlans() const;
    // Offers what is due now (also run every second).
    void checkDue();
    void showPlan(qint64 planId);
    // The plan's resume, through the Bots page.
    void resume(qint64 planId);
    void snooze(qint64 planId);
    void forget(qint64 planId);

    // Test seams.
    PauseForDialog *pauseForDialog() const { return m_pauseDialog; }
    PlannedResumeDialog *planDialog() const { return m_planDialog; }
    StatusChip *chip() const { return m_chip; }

Q_SIGNALS:
    void planAdded(qint64 planId);
    void planOffered(qint64 planId);
    void planSettled(qint64 planId, PlannedResume::State state);

private:
    void registerAction();
    void addChip();
    void reload();
    void updateChip();
    bool isLoaded() const;
    BotRevertPlan resumePlanFor(const PlannedResume &plan) const;
    void offer(const PlannedResume &plan, bool due);
    void onLogAppended(qint64 first, qint64 last);
    void whenConfirmationEnds(std::function<void()> then);
    void say(const QString &message);

    MainWindow &m_window;
    Session &m_session;
    QPointer<TriageLog> m_log;
    QPointer<BotStore> m_store;
    QPointer<BotSyncController> m_botSync;
    QPointer<BotTablePage> m_page;
    QPointer<Notifier> m_notifier;
    StatusChip *m_chip = nullptr;
    QPointer<PauseForDialog> m_pauseDialog;
    QPointer<PlannedResumeDialog> m_planDialog;
    std::function<qint64()> m_now;
    QTimer m_timer;

    QList<PlannedResume> m_plans; // open, every profile
    qint64 m_armedDueAtMs = 0; // a pause-for on its way through the page
    qint64 m_resuming = 0; // the plan whose resume is on its way
    QSet<qint64> m_offered; // offered on their own this session
    QHash<qint64, qint64> m_snoozedUntil;
    QStringList m_chipLines; // what the chip's menu lists
};
