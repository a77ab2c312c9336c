#include "IncidentController.h"

#include "MainWindow.h"
#include "Session.h"
#include "app/sync/BotSyncController.h"
#include "models/SearchFolding.h"
#include "models/bots/BotStore.h"
#include "models/incidents/BotRevertPlan.h"
#include "models/incidents/IncidentReport.h"
#include "models/session/Permissions.h"
#include "models/triage/TriageLog.h"
#include "views/bots/BotConfirmDialog.h"
#include "views/bots/BotTablePage.h"
#include "views/incidents/IncidentRevertDialog.h"
#include "views/incidents/IncidentStartDialog.h"
#include "views/incidents/StatusChip.h"
#include "views/palette/CommandPalette.h"
#include "views/palette/PaletteMatcher.h"

#include <QAction>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>

namespace {

const QString kBotsPage = QStringLiteral("bots");
constexpr int kMessageMs = 10000;
constexpr int kPaletteIncidents = 8;

QString defaultChooser(QWidget *parent, const QString &caption, const QString &suggested,
                       const QString &filter)
{
    return QFileDialog::getSaveFileName(parent, caption, suggested, filter);
}

bool writeFile(const QString &path, const QString &text, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace

IncidentController::IncidentController(MainWindow &window, Session &session, TriageLog *log,
                                       BotStore *store, BotSyncController *botSync,
                                       BotTablePage *botPage)
    : QObject(&window)
    , m_window(window)
    , m_session(session)
    , m_log(log)
    , m_store(store)
    , m_botSync(botSync)
    , m_page(botPage)
    , m_chooser(defaultChooser)
{
    setObjectName(QStringLiteral("incidentController"));
    registerActions();
    addPaletteSource();
    addChip();
    if (m_log) {
        // The page's confirmation hands each revert step over; whatever was
        // sent shows in the log at once (pending entries are written before
        // anything goes out).
        connect(m_log, &TriageLog::appended, this, [this] {
            if (m_revertDialog && m_revertDialog->isVisible())
                refreshRevertDialog();
        });
    }
    if (m_botSync) {
        connect(m_botSync, &BotSyncController::loadStateChanged, this, [this] {
            if (m_revertDialog && m_revertDialog->isVisible())
                refreshRevertDialog();
        });
    }
    updateShown();
}

IncidentController::~IncidentController() = default;

QString IncidentController::openIncident() const
{
    return m_log ? m_log->incident() : QString();
}

QString IncidentController::defaultIncident() const
{
    QString open = openIncident();
    if (!open.isEmpty() || !m_log)
        return open;
    const QStringList known = m_log->incidentNames();
    return known.isEmpty() ? QString() : known.first();
}

// --- actions -------------------------------------------------------------------

void IncidentController::registerActions()
{
    ActionRegistry &registry = m_window.actions();
    const QPointer<IncidentController> self(this);
    auto connectTo = [this](QAction *action, auto slot) {
        if (action)
            connect(action, &QAction::triggered, this, slot);
    };
    connectTo(registry.add({.id = QStringLiteral("incident.start"),
                            .text = [] { return IncidentController::tr("Start &Incident…"); },
                            .toolTip =
                                [] {
                                    return IncidentController::tr(
                                        "Tag every action from now on with an incident's name");
                                },
                            .shortcuts = {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I)},
                            .menu = ActionMenu::Triage,
                            .group = QStringLiteral("incident")}),
              [this] { showStartDialog(); });
    connectTo(registry.add({.id = QStringLiteral("incident.close"),
                            .text = [] { return IncidentController::tr("&Close Incident"); },
                            .toolTip =
                                [] {
                                    return IncidentController::tr(
                                        "Stop tagging actions with the open incident");
                                },
                            .menu = ActionMenu::Triage,
                            .group = QStringLiteral("incident"),
                            .enabledWhen =
                                [self] {
                                    return self && !self->openIncident().isEmpty();
                                }}),
              [this] { closeIncident(); });
    connectTo(registry.add({.id = QStringLiteral("incident.revert"),
                            .text = [] { return IncidentController::tr("&Revert Incident…"); },
                            .toolTip =
                                [] {
                                    return IncidentController::tr(
                                        "Resume the bots the incident paused and pause those it "
                                        "resumed, where nothing changed since");
                                },
                            .menu = ActionMenu::Triage,
                            .group = QStringLiteral("incident"),
                            .requiredPermission = Permissions::BotControlEdit,
                            .requiresSession = true,
                            .enabledWhen =
                                [self] {
                                    return self && !self->defaultIncident().isEmpty();
                                }}),
              [this] { showRevertDialog(); });
    connectTo(
        registry.add({.id = QStringLiteral("incident.export"),
                      .text = [] { return IncidentController::tr("&Export Incident Report…"); },
                      .toolTip =
                          [] {
                              return IncidentController::tr(
                                  "Save the incident's timeline as Markdown and CSV");
                          },
                      .menu = ActionMenu::Triage,
                      .group = QStringLiteral("incident"),
                      .enabledWhen =
                          [self] {
                              return self && !self->defaultIncident().isEmpty();
                          }}),
        [this] { exportReport(); });
}

void IncidentController::addPaletteSource()
{
    // The registry's commands act on the open (or latest) incident; these
    // name earlier ones: "revert incident INC-2280".
    m_window.commandPalette()->addSource([self = QPointer<IncidentController>(this)](
                                             const PaletteQuery &query, QList<PaletteItem> &out) {
        if (!self || !self->m_log || query.words.isEmpty())
            return;
        const QStringList names = self->m_log->incidentNames();
        const bool canRevert = self->m_session.isSignedIn()
            && self->m_session.permissions().has(Permissions::BotControlEdit);
        int offered = 0;
        for (const QString &name : names.mid(0, kPaletteIncidents)) {
            const QString exportText = tr("Export incident report %1…").arg(name);
            const QString revertText = tr("Revert incident %1…").arg(name);
            const auto offer = [&](const QString &text, const QString &key,
                                   std::function<void()> run) {
                if (offered >= query.limit
                    || PaletteMatcher::score(foldForSearch(text), query.words)
                        == PaletteMatcher::NoMatch) {
                    return;
                }
                ++offered;
                out.append({.text = text, .key = key, .run = std::move(run), .score = 0});
            };
            offer(exportText, QStringLiteral("incident:export:") + name, [self, name] {
                if (self)
                    self->exportReport(name);
            });
            if (canRevert) {
                offer(revertText, QStringLiteral("incident:revert:") + name, [self, name] {
                    if (self)
                        self->showRevertDialog(name);
                });
            }
        }
    });
}

void IncidentController::addChip()
{
    m_chip = new StatusChip(StatusPalette::State::Attention, &m_window);
    m_chip->setObjectName(QStringLiteral("incidentChip"));
    auto *menu = new QMenu(m_chip);
    for (const char *id : {"incident.close", "incident.revert", "incident.export"}) {
        if (QAction *action = m_window.actions().action(QLatin1String(id)))
            menu->addAction(action);
    }
    menu->addSeparator();
    if (QAction *start = m_window.actions().action(QStringLiteral("incident.start")))
        menu->addAction(start);
    m_chip->setMenu(menu);
    m_chip->setVisible(false);
    // First among the permanent widgets: the state the operator is in.
    m_window.statusBar()->insertPermanentWidget(0, m_chip);
}

void IncidentController::updateShown()
{
    const QString open = openIncident();
    m_window.setTitleTag(open.isEmpty() ? QString() : tr("Incident %1").arg(open));
    m_chip->setVisible(!open.isEmpty());
    if (!open.isEmpty()) {
        m_chip->setText(tr("Incident %1").arg(open));
        QString since;
        if (m_log) {
            const QList<TriageLog::IncidentPeriod> periods = m_log->incidentPeriods(open);
            if (!periods.isEmpty())
                since = IncidentReport::utcText(periods.last().startedAtMs);
        }
        m_chip->setPlainToolTip(
            tr("Incident %1 is open (since %2). Every action is tagged with it in the triage "
               "log. Click for its commands.")
                .arg(open, since));
        m_chip->setAccessibleName(tr("Open incident: %1").arg(open));
    }
    m_window.actions().refresh();
}

// --- start and close -------------------------------------------------------------

void IncidentController::showStartDialog()
{
    if (!m_log || !m_log->isOpen()) {
        say(tr("Incidents need the triage log, which could not be opened."));
        return;
    }
    if (!m_startDialog) {
        m_startDialog = new IncidentStartDialog(&m_window);
        m_startDialog->setWindowModality(Qt::WindowModal);
        connect(m_startDialog, &QDialog::accepted, this, [this] {
            if (m_startDialog)
                startIncident(m_startDialog->incidentName());
        });
    }
    m_startDialog->setIncidents(openIncident(), m_log->incidentNames());
    m_startDialog->nameEdit()->clear();
    m_startDialog->open();
    m_startDialog->nameEdit()->setFocus(Qt::OtherFocusReason);
}

bool IncidentController::startIncident(const QString &name)
{
    if (!m_log)
        return false;
    const QString previous = openIncident();
    if (!m_log->startIncident(name)) {
        say(tr("The incident could not be started: %1").arg(m_log->errorString()));
        return false;
    }
    updateShown();
    const QString open = openIncident();
    say(previous.isEmpty() || previous == open
            ? tr("Incident %1 started: every action is tagged with it.").arg(open)
            : tr("Incident %1 closed; incident %2 started.").arg(previous, open));
    Q_EMIT incidentChanged(open);
    return true;
}

bool IncidentController::closeIncident()
{
    const QString open = openIncident();
    if (!m_log || open.isEmpty())
        return false;
    if (!m_log->closeIncident()) {
        say(tr("The incident could not be closed: %1").arg(m_log->errorString()));
        return false;
    }
    updateShown();
    say(tr("Incident %1 closed. Revert Incident and Export Incident Report still work on it.")
            .arg(open));
    Q_EMIT incidentChanged({});
    return true;
}

// --- revert ----------------------------------------------------------------------

bool IncidentController::isLoaded() const
{
    if (!m_botSync || !m_store)
        return false;
    const BotLoadState state = m_botSync->loadState();
    return state.everLoaded && state.phase == BotLoadState::Phase::Ready;
}

BotRevertPlan IncidentController::planFor(const QString &incident) const
{
    if (!m_log || !m_store || incident.isEmpty())
        return {};
    TriageLog::Query query;
    query.incident = incident;
    return BotRevertPlan::build(m_log->entries(query), *m_store, m_session.profile().name,
                                TriageOrigin::incidentRevert());
}

void IncidentController::showRevertDialog(const QString &incident)
{
    if (!m_log || !m_page)
        return;
    const QString name = incident.isEmpty() ? defaultIncident() : incident;
    if (name.isEmpty()) {
        say(tr("There is no incident to revert."));
        return;
    }
    if (!m_revertDialog) {
        m_revertDialog = new IncidentRevertDialog(&m_window);
        m_revertDialog->setWindowModality(Qt::WindowModal);
        connect(m_revertDialog, &IncidentRevertDialog::incidentChosen, this,
                [this] { refreshRevertDialog(); });
        connect(m_revertDialog, &QDialog::accepted, this, [this] {
            if (m_revertDialog)
                startRevert(m_revertDialog->incident());
        });
    }
    m_revertDialog->setIncidents(m_log->incidentNames(), name);
    refreshRevertDialog();
    m_revertDialog->open();
    m_revertDialog->cancelButton()->setFocus(Qt::OtherFocusReason);
}

void IncidentController::refreshRevertDialog()
{
    if (!m_revertDialog)
        return;
    m_revertDialog->setPlan(planFor(m_revertDialog->incident()), isLoaded());
}

void IncidentController::startRevert(const QString &incident)
{
    if (!m_log || !m_page || !isLoaded())
        return;
    // Judged again now: the dialog may have been open for a while.
    const BotRevertPlan plan = planFor(incident);
    m_steps.clear();
    for (const PendingAction action : {PendingAction::Resume, PendingAction::Pause}) {
        const QList<BotKey> keys = plan.keys(action);
        if (!keys.isEmpty())
            m_steps.append({action, keys});
    }
    if (m_steps.isEmpty()) {
        say(tr("Nothing of incident %1 can be put back.").arg(incident));
        return;
    }
    m_reverting = incident;
    m_revertSent = 0;
    // The revert belongs to the incident it reverts, open or not.
    m_log->setIncidentForOrigin(TriageOrigin::incidentRevert(), incident);
    m_window.setCurrentPage(kBotsPage);
    nextRevertStep();
}

void IncidentController::nextRevertStep()
{
    if (m_steps.isEmpty() || !m_page || !m_log) {
        const QString incident = std::exchange(m_reverting, {});
        if (!incident.isEmpty()) {
            say(m_revertSent == 1
                    ? tr("Revert of incident %1: 1 bot sent.").arg(incident)
                    : tr("Revert of incident %1: %n bots sent.", nullptr, m_revertSent)
                          .arg(incident));
            Q_EMIT revertHandedOver(incident, m_revertSent);
        }
        return;
    }
    const Step step = m_steps.takeFirst();
    const qint64 before = m_log->lastId();
    // The page's own request path: its confirmation (Cancel by default for
    // several bots) decides, as for any bulk action.
    m_page->act(step.action, step.keys, TriageOrigin::incidentRevert());
    if (QDialog *box = m_page->confirmationBox()) {
        connect(box, &QDialog::finished, this, [this, before] {
            // After the page's own handler (connected first) has sent or not.
            QTimer::singleShot(0, this, [this, before] { afterRevertStep(before); });
        });
        return;
    }
    afterRevertStep(before);
}

void IncidentController::afterRevertStep(qint64 lastIdBefore)
{
    if (!m_log)
        return;
    TriageLog::Query query;
    query.afterId = lastIdBefore;
    int sent = 0;
    for (const TriageEntry &e : m_log->entries(query)) {
        if (e.origin == TriageOrigin::incidentRevert() && e.result == TriageEntry::Result::Pending)
            ++sent;
    }
    if (sent == 0) {
        // Cancelled at the confirmation: the rest is not asked for either.
        m_steps.clear();
        say(tr("Revert of incident %1 cancelled: nothing more was sent.").arg(m_reverting));
        m_reverting.clear();
        return;
    }
    m_revertSent += sent;
    nextRevertStep();
}

// --- report ----------------------------------------------------------------------

bool IncidentController::exportReport(const QString &incident)
{
    if (!m_log)
        return false;
    const QString name = incident.isEmpty() ? defaultIncident() : incident;
    if (name.isEmpty()) {
        say(tr("There is no incident to report."));
        return false;
    }
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested =
        QDir(dir).filePath(IncidentReport::fileBaseName(name) + QStringLiteral(".md"));
    const QString path = m_chooser
        ? m_chooser(&m_window, tr("Export Incident Report of %1").arg(name), suggested,
                    tr("Markdown, with a CSV beside it (*.md)"))
        : QString();
    if (path.isEmpty())
        return false;
    QString base = path;
    if (base.endsWith(QLatin1String(".md"), Qt::CaseInsensitive))
        base.chop(3);
    else if (base.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        base.chop(4);
    const IncidentReport report =
        IncidentReport::fromLog(*m_log, name, QDateTime::currentMSecsSinceEpoch());
    const QString markdownPath = base + QStringLiteral(".md");
    const QString csvPath = base + QStringLiteral(".csv");
    QString error;
    if (!writeFile(markdownPath, report.toMarkdown(), &error)) {
        say(tr("Could not save %1: %2").arg(markdownPath, error));
        return false;
    }
    if (!writeFile(csvPath, report.toCsv(), &error)) {
        say(tr("Could not save %1: %2").arg(csvPath, error));
        return false;
    }
    m_lastExport = {markdownPath, csvPath};
    say(tr("Report of incident %1 saved: %2 and %3").arg(name, markdownPath, csvPath));
    return true;
}

void IncidentController::say(const QString &message)
{
    m_window.statusBar()->showMessage(message, kMessageMs);
}
