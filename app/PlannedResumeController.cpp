#include "PlannedResumeController.h"

#include "MainWindow.h"
#include "Notifier.h"
#include "Session.h"
#include "app/sync/BotSyncController.h"
#include "models/bots/BotStore.h"
#include "models/bots/BotTableModel.h"
#include "models/incidents/BotRevertPlan.h"
#include "models/session/Permissions.h"
#include "models/triage/TriageLog.h"
#include "models/text/DisplayText.h"
#include "views/bots/BotConfirmDialog.h"
#include "views/bots/BotTablePage.h"
#include "views/incidents/PauseForDialog.h"
#include "views/incidents/PlannedResumeDialog.h"
#include "views/incidents/StatusChip.h"

#include <QAction>
#include <QDateTime>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QRadioButton>
#include <QStatusBar>
#include <QTableView>

namespace {

const QString kBotsPage = QStringLiteral("bots");
constexpr int kMessageMs = 10000;
constexpr int kCheckIntervalMs = 1000;

QString localTime(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).time(), QLocale::ShortFormat);
}

QString utcTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toUTC().toString(QStringLiteral("HH:mm"));
}

} // namespace

PlannedResumeController::PlannedResumeController(MainWindow &window, Session &session,
                                                 TriageLog *log, BotStore *store,
                                                 BotSyncController *botSync, BotTablePage *botPage,
                                                 Notifier *notifier)
    : QObject(&window)
    , m_window(window)
    , m_session(session)
    , m_log(log)
    , m_store(store)
    , m_botSync(botSync)
    , m_page(botPage)
    , m_notifier(notifier)
    , m_now([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    setObjectName(QStringLiteral("plannedResumeController"));
    registerAction();
    addChip();
    if (m_log)
        connect(m_log, &TriageLog::appended, this, &PlannedResumeController::onLogAppended);
    connect(&m_session, &Session::signedIn, this, [this] {
        reload();
        checkDue();
    });
    connect(&m_session, &Session::signedOut, this, [this] {
        if (m_planDialog)
            m_planDialog->close();
        reload();
    });
    // Overdue plans are offered once the bots they name are loaded.
    if (m_botSync)
        connect(m_botSync, &BotSyncController::loadStateChanged, this,
                &PlannedResumeController::checkDue);
    m_timer.setInterval(kCheckIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &PlannedResumeController::checkDue);
    m_timer.start();
    reload();
}

PlannedResumeController::~PlannedResumeController() = default;

void PlannedResumeController::setClock(std::function<qint64()> now)
{
    m_now = std::move(now);
    updateChip();
}

void PlannedResumeController::say(const QString &message)
{
    m_window.statusBar()->showMessage(message, kMessageMs);
}

bool PlannedResumeController::isLoaded() const
{
    if (!m_botSync || !m_store)
        return false;
    const BotLoadState state = m_botSync->loadState();
    return state.everLoaded && state.phase == BotLoadState::Phase::Ready;
}

// --- pause for ---------------------------------------------------------------------

void PlannedResumeController::registerAction()
{
    QAction *action = m_window.actions().add(
        {.id = QStringLiteral("bots.pauseFor"),
         .text = [] { return PlannedResumeController::tr("Pause &For…"); },
         .toolTip =
             [] {
                 return PlannedResumeController::tr(
                     "Pause the selected bots now and resume them later (while the app runs)");
             },
         .shortcuts = {QKeySequence(Qt::Key_T)},
         .context = ActionContext::Bots,
         .menu = ActionMenu::Bots,
         .group = QStringLiteral("control"),
         .requiredPermission = Permissions::BotControlEdit,
         .requiresSession = true,
         .selection = SelectionRequirement::AtLeastOne});
    if (action)
        connect(action, &QAction::triggered, this, &PlannedResumeController::showPauseForDialog);
}

void PlannedResumeController::showPauseForDialog()
{
    if (!m_page || !m_log || !m_page->canEdit())
        return;
    QList<BotKey> keys = m_page->selectedKeys();
    if (keys.isEmpty()) {
        const BotKey current =
            m_page->tableView()->currentIndex().data(BotTable::KeyRole).value<BotKey>();
        if (current.isValid())
            keys.append(current);
    }
    if (keys.isEmpty()) {
        say(tr("Choose the bots to pause first."));
        return;
    }
    QString single;
    QString platform;
    if (keys.size() == 1 && m_store) {
        const qsizetype row = m_store->rowForKey(keys.first());
        if (row >= 0) {
            // Server text: visible, isolated (the ID for an account without a name).
            single = DisplayText::nameOrId(m_store->accountName(row), keys.first().accountId);
            platform = BotTableModel::platformName(keys.first().platform);
        }
    }
    if (!m_pauseDialog) {
        m_pauseDialog = new PauseForDialog(&m_window);
        m_pauseDialog->setWindowModality(Qt::WindowModal);
    }
    m_pauseDialog->disconnect(this);
    m_pauseDialog->setClock(m_now);
    m_pauseDialog->setBots(int(keys.size()), single, platform, m_log->incident());
    m_pauseDialog->setChoice(PauseForDialog::Choice::FifteenMinutes);
    connect(m_pauseDialog, &QDialog::accepted, this, [this, keys] {
        if (m_pauseDialog)
            pauseFor(keys, m_pauseDialog->dueAtMs());
    });
    m_pauseDialog->open();
    m_pauseDialog->fifteenMinutesButton()->setFocus(Qt::OtherFocusReason);
}

void PlannedResumeController::pauseFor(const QList<BotKey> &keys, qint64 dueAtMs)
{
    if (!m_page || !m_log || keys.isEmpty() || dueAtMs <= 0)
        return;
    // The plan is made from the pending entries this pause writes (see
    // onLogAppended): exactly the bots that are sent.
    m_armedDueAtMs = dueAtMs;
    m_window.setCurrentPage(kBotsPage);
    m_page->act(PendingAction::Pause, keys, TriageOrigin::pauseFor());
    whenConfirmationEnds([this] { m_armedDueAtMs = 0; });
}

void PlannedResumeController::whenConfirmationEnds(std::function<void()> then)
{
    if (QDialog *box = m_page ? m_page->confirmationBox() : nullptr) {
        connect(box, &QDialog::finished, this, [this, then = std::move(then)] {
            // After the page's own handler (connected first) has sent or not.
            QTimer::singleShot(0, this, then);
        });
        return;
    }
    then();
}

void PlannedResumeController::onLogAppended(qint64 first, qint64 last)
{
    if (!m_log || (m_armedDueAtMs == 0 && m_resuming == 0))
        return;
    TriageLog::Query query;
    query.afterId = first - 1;
    query.beforeId = last + 1;
    QList<TriageEntry> entries = m_log->entries(query); // newest first
    std::reverse(entries.begin(), entries.end());
    QList<qint64> paused;
    QString incident;
    QString profile;
    bool resumed = false;
    for (const TriageEntry &e : std::as_const(entries)) {
        if (e.result != TriageEntry::Result::Pending || e.kind != TriageKind::bot())
            continue;
        if (m_armedDueAtMs != 0 && e.origin == TriageOrigin::pauseFor()
            && e.action == TriageAction::pause()) {
            paused.append(e.id);
            incident = e.incident;
            profile = e.profile;
        } else if (m_resuming != 0 && e.origin == TriageOrigin::plannedResume()) {
            resumed = true;
        }
    }
    if (!paused.isEmpty()) {
        PlannedResume plan;
        plan.createdAtMs = m_now();
        plan.dueAtMs = m_armedDueAtMs;
        plan.profile = profile;
        plan.incident = incident;
        plan.pauseEntryIds = paused;
        m_armedDueAtMs = 0;
        const qint64 id = m_log->addPlannedResume(plan);
        if (id > 0) {
            reload();
            say(paused.size() == 1
                    ? tr("Resume of 1 bot planned for %1 (%2 UTC); the app must be running then.")
                          .arg(localTime(plan.dueAtMs), utcTime(plan.dueAtMs))
                    : tr("Resume of %n bots planned for %1 (%2 UTC); the app must be running "
                         "then.",
                         nullptr, int(paused.size()))
                          .arg(localTime(plan.dueAtMs), utcTime(plan.dueAtMs)));
            Q_EMIT planAdded(id);
        } else {
            say(tr("The bots were paused, but their resume could not be planned: %1")
                    .arg(m_log->errorString()));
        }
    }
    if (resumed) {
        const qint64 id = std::exchange(m_resuming, 0);
        m_log->settlePlannedResume(id, PlannedResume::State::Resumed);
        reload();
        Q_EMIT planSettled(id, PlannedResume::State::Resumed);
    }
}

// --- plans -----------------------------------------------------------------------

void PlannedResumeController::reload()
{
    m_plans = m_log ? m_log->plannedResumes() : QList<PlannedResume>();
    updateChip();
}

QList<PlannedResume> PlannedResumeController::openPlans() const
{
    QList<PlannedResume> mine;
    if (!m_session.isSignedIn())
        return mine;
    const QString profile = m_session.profile().name;
    for (const PlannedResume &p : m_plans) {
        if (p.profile == profile)
            mine.append(p);
    }
    return mine;
}

BotRevertPlan PlannedResumeController::resumePlanFor(const PlannedResume &plan) const
{
    if (!m_log || !m_store)
        return {};
    return BotRevertPlan::build(m_log->entriesWithAnswers(plan.pauseEntryIds), *m_store,
                                m_session.profile().name, TriageOrigin::plannedResume());
}

void PlannedResumeController::checkDue()
{
    updateChip();
    if (!m_session.isSignedIn() || !m_log)
        return;
    const qint64 t = m_now();
    for (const PlannedResume &plan : openPlans()) {
        if (plan.dueAtMs > t)
            continue;
        const qint64 snoozed = m_snoozedUntil.value(plan.id, 0);
        if (snoozed > t || (snoozed == 0 && m_offered.contains(plan.id)))
            continue;
        // Judged against the bots as they are now: wait until they are here,
        // and never pile one reminder on another.
        if (!isLoaded() || (m_planDialog && m_planDialog->isVisible()))
            return;
        m_offered.insert(plan.id);
        m_snoozedUntil.remove(plan.id);
        const int bots = int(plan.pauseEntryIds.size());
        if (m_notifier) {
            m_notifier->notify(
                Notifier::Kind::PlannedResume, tr("Planned resume due"),
                bots == 1 ? tr("1 bot paused at %1 UTC is due to be resumed.")
                                .arg(utcTime(plan.createdAtMs))
                          : tr("%n bots paused at %1 UTC are due to be resumed.", nullptr, bots)
                                .arg(utcTime(plan.createdAtMs)));
        }
        offer(plan, true);
        Q_EMIT planOffered(plan.id);
        return;
    }
}

void PlannedResumeController::showPlan(qint64 planId)
{
    for (const PlannedResume &plan : openPlans()) {
        if (plan.id == planId) {
            offer(plan, plan.dueAtMs <= m_now());
            if (m_planDialog) {
                m_planDialog->raise();
                m_planDialog->activateWindow();
            }
            return;
        }
    }
}

void PlannedResumeController::offer(const PlannedResume &plan, bool due)
{
    if (!m_planDialog) {
        m_planDialog = new PlannedResumeDialog(&m_window);
        // A reminder that comes up on its own never takes the keyboard from
        // whatever the operator is typing.
        m_planDialog->setAttribute(Qt::WA_ShowWithoutActivating);
        connect(m_planDialog, &PlannedResumeDialog::resumeRequested, this,
                &PlannedResumeController::resume);
        connect(m_planDialog, &PlannedResumeDialog::snoozeRequested, this,
                &PlannedResumeController::snooze);
        connect(m_planDialog, &PlannedResumeDialog::forgetRequested, this,
                &PlannedResumeController::forget);
    }
    m_planDialog->setPlan(plan, resumePlanFor(plan), due, isLoaded());
    m_planDialog->show();
}

void PlannedResumeController::resume(qint64 planId)
{
    if (!m_page || !m_log)
        return;
    PlannedResume plan;
    for (const PlannedResume &p : openPlans()) {
        if (p.id == planId)
            plan = p;
    }
    if (plan.id == 0)
        return;
    if (!isLoaded()) {
        say(tr("Wait until every bot is loaded, then resume."));
        return;
    }
    const QList<BotKey> keys = resumePlanFor(plan).keys(PendingAction::Resume);
    if (keys.isEmpty()) {
        say(tr("None of these bots can be resumed: each was changed since."));
        return;
    }
    // The resume belongs to the incident of the pause, open or not.
    m_log->setIncidentForOrigin(TriageOrigin::plannedResume(), plan.incident);
    m_resuming = plan.id;
    m_window.setCurrentPage(kBotsPage);
    m_page->act(PendingAction::Resume, keys, TriageOrigin::plannedResume());
    whenConfirmationEnds([this, id = plan.id] {
        if (m_resuming == id) {
            // Cancelled at the confirmation: the plan stays, due, in the chip.
            m_resuming = 0;
            say(tr("The planned resume was not sent; it stays in the status bar."));
        }
    });
}

void PlannedResumeController::snooze(qint64 planId)
{
    const qint64 until = m_now() + kSnoozeMs;
    m_snoozedUntil.insert(planId, until);
    say(tr("You will be reminded again at %1.").arg(localTime(until)));
}

void PlannedResumeController::forget(qint64 planId)
{
    if (!m_log || !m_log->settlePlannedResume(planId, PlannedResume::State::Dismissed))
        return;
    m_snoozedUntil.remove(planId);
    reload();
    say(tr("Planned resume forgotten: the bots stay paused."));
    Q_EMIT planSettled(planId, PlannedResume::State::Dismissed);
}

// --- chip --------------------------------------------------------------------------

void PlannedResumeController::addChip()
{
    m_chip = new StatusChip(StatusPalette::State::Information, &m_window);
    m_chip->setObjectName(QStringLiteral("plannedResumeChip"));
    m_chip->setMenu(new QMenu(m_chip));
    m_chip->setVisible(false);
    m_window.statusBar()->insertPermanentWidget(0, m_chip);
}

void PlannedResumeController::updateChip()
{
    const QList<PlannedResume> plans = openPlans();
    m_chip->setVisible(!plans.isEmpty());
    if (plans.isEmpty()) {
        m_chipLines.clear();
        return;
    }
    const qint64 t = m_now();
    int due = 0;
    QStringList lines;
    QList<qint64> ids;
    for (const PlannedResume &plan : plans) {
        const int bots = int(plan.pauseEntryIds.size());
        QString line = plan.dueAtMs <= t
            ? (bots == 1 ? tr("Due since %1: 1 bot").arg(localTime(plan.dueAtMs))
                         : tr("Due since %1: %n bots", nullptr, bots).arg(localTime(plan.dueAtMs)))
            : (bots == 1 ? tr("At %1: 1 bot").arg(localTime(plan.dueAtMs))
                         : tr("At %1: %n bots", nullptr, bots).arg(localTime(plan.dueAtMs)));
        if (!plan.incident.isEmpty())
            line += QLatin1String(" (") + plan.incident + QLatin1Char(')');
        if (plan.dueAtMs <= t)
            ++due;
        lines.append(line);
        ids.append(plan.id);
    }
    if (lines != m_chipLines) {
        // Rebuilt only when it says something new: it may be open.
        m_chipLines = lines;
        QMenu *menu = m_chip->menu();
        menu->clear();
        for (qsizetype i = 0; i < lines.size(); ++i) {
            QAction *open = menu->addAction(lines.at(i));
            connect(open, &QAction::triggered, this, [this, id = ids.at(i)] { showPlan(id); });
        }
    }
    m_chip->setState(due > 0 ? StatusPalette::State::Warning : StatusPalette::State::Information);
    m_chip->setText(due == 0 ? tr("Resume at %1").arg(localTime(plans.first().dueAtMs))
                             : (due == 1 ? tr("Resume due") : tr("%n resumes due", nullptr, due)));
    m_chip->setPlainToolTip(tr("Planned resumes:") + QLatin1Char('\n')
                            + lines.join(QLatin1Char('\n')) + QLatin1Char('\n')
                            + tr("The app resumes them only while it is running, and asks first."));
}
