#include "PageWiring.h"

#include "IncidentController.h"
#include "MainWindow.h"
#include "PlannedResumeController.h"
#include "Session.h"
#include "TriageWiring.h"
#include "WatchController.h"
#include "app/sync/BotSyncController.h"
#include "app/sync/DiscordSyncController.h"
#include "models/bots/BotStore.h"
#include "models/bots/BotTableModel.h"
#include "models/SearchFolding.h"
#include "models/discord/DiscordGuildListModel.h"
#include "models/settings/AppSettings.h"
#include "views/PlaceholderPage.h"
#include "views/bots/BotTablePage.h"
#include "views/discord/DiscordGuildsPage.h"
#include "views/palette/CommandPalette.h"
#include "views/palette/PaletteMatcher.h"

#include <QCoreApplication>

#include <QPointer>
#include <QStandardPaths>

void installPages(MainWindow &window, Session &session, AppSettings &settings)
{
    // The window owns both controllers (and the bot store): children created
    // after its page stack, so every page, which holds a controller's command
    // interface, is destroyed before the controller it calls.
    auto *botStore = new BotStore(&window);
    auto *botSync = new BotSyncController(botStore, &window);
    auto *discordSync = new DiscordSyncController(&window);

    auto *botPage = new BotTablePage(new BotTableModel(botStore, botStore), botSync, &settings);
    window.addPage(botPage);
    // What the server offers (an older one lacks live updates and some
    // operations) decides how the controllers work; set before they start.
    const auto applyServer = [&session, botSync, discordSync] {
        botSync->setCapabilities(session.capabilities());
        botSync->setNoLiveUpdatesReason(session.liveUpdatesUnavailableReason());
        discordSync->setCapabilities(session.capabilities());
    };
    QObject::connect(&session, &Session::signedIn, botSync, [&session, botSync, applyServer] {
        applyServer();
        botSync->start(session.http(), session.ws());
    });
    QObject::connect(&session, &Session::capabilitiesChanged, botSync, applyServer);
    QObject::connect(&session, &Session::signedOut, botSync, &BotSyncController::stop);
    // A critical (production) profile: every bulk action on bots is typed to confirm.
    QObject::connect(&session, &Session::signedIn, botPage,
                     [&session, botPage] { botPage->setCriticalProfile(session.profile().critical); });
    QObject::connect(&session, &Session::signedOut, botPage,
                     [botPage] { botPage->setCriticalProfile(false); });
    QObject::connect(botSync, &BotSyncController::apiError, &session, &Session::handleApiError);
    // The server came back after failures: perhaps as another version.
    QObject::connect(botSync, &BotSyncController::serverBack, &session,
                     &Session::refreshCapabilities);

    // Without live updates the controllers poll: every n s (a setting), only
    // while the window is shown; the status bar says how fresh the data is.
    const auto applyPolling = [&settings, &window, botSync, discordSync] {
        const int ms = settings.pollIntervalSeconds() * 1000;
        botSync->setPollInterval(ms);
        discordSync->setPollInterval(ms);
        botSync->setPollingPaused(!window.isShownToOperator());
        discordSync->setPollingPaused(!window.isShownToOperator());
    };
    applyPolling();
    QObject::connect(&settings, &AppSettings::changed, botSync,
                     [applyPolling](AppSettings::Key key) {
                         if (key == AppSettings::Key::PollInterval)
                             applyPolling();
                     });
    QObject::connect(&window, &MainWindow::shownToOperatorChanged, botSync, applyPolling);
    QObject::connect(botSync, &BotSyncController::loadStateChanged, &window, [&window, botSync] {
        const BotLoadState state = botSync->loadState();
        window.setPolling({.active = state.polling,
                           .updatedAtMs = state.updatedAtMs,
                           .intervalMs = state.pollIntervalMs,
                           .reason = state.pollingReason,
                           .failing = state.phase == BotLoadState::Phase::Error});
        // Bots on a platform this version does not know are counted there.
        if (state.phase == BotLoadState::Phase::Ready)
            window.updateServerMark();
    });
    window.setBotCounter([store = QPointer<BotSyncController>(botSync)](QStringView wire) {
        return store ? store->rowCountOnPlatform(wire) : qsizetype(0);
    });

    auto *discordPage = new DiscordGuildsPage(discordSync, &settings);
    // Guild icons are public CDN images: an HTTP disk cache keeps them across starts.
    discordSync->setIconCacheDirectory(
        QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
        + QStringLiteral("/guild-icons"));
    // https from Discord's CDN only, unless the settings file names other hosts.
    discordSync->setIconHosts(settings.guildIconHosts());
    QObject::connect(&settings, &AppSettings::changed, discordSync,
                     [&settings, discordSync](AppSettings::Key key) {
                         if (key == AppSettings::Key::GuildIconHosts)
                             discordSync->setIconHosts(settings.guildIconHosts());
                     });
    QObject::connect(&session, &Session::signedIn, discordSync, [&session, discordSync] {
        discordSync->setCapabilities(session.capabilities());
        discordSync->setClients(session.http(), session.ws());
    });
    QObject::connect(&session, &Session::signedOut, discordSync,
                     [discordSync] { discordSync->setClients(nullptr, nullptr); });
    window.addPage(discordPage);

    // A Discord bot row jumps to its account's servers, and back.
    QObject::connect(botPage, &BotTablePage::discordServersRequested, discordPage,
                     [&window, discordPage](const QString &accountId) {
                         window.setCurrentPage(discordPage->pageId());
                         discordPage->showAccount(accountId);
                     });
    QObject::connect(discordPage, &DiscordGuildsPage::backToBotsRequested, botPage,
                     [&window, botPage](const QString &accountId) {
                         window.setCurrentPage(botPage->pageId());
                         botPage->showAccount(accountId);
                     });
    // The palette offers every bot by account; its commands show the Bots page.
    QObject::connect(botPage, &BotTablePage::showRequested, &window,
                     [&window, botPage] { window.setCurrentPage(botPage->pageId()); });
    window.commandPalette()->addSource([page = QPointer<BotTablePage>(botPage)](
                                           const PaletteQuery &query, QList<PaletteItem> &out) {
        if (page)
            page->collectPaletteItems(query, out);
    });
    // Discord guilds by name (or account name): "Open Discord server X".
    window.commandPalette()->addSource([&window, discord = QPointer<DiscordGuildsPage>(discordPage),
                                        sync = QPointer<DiscordSyncController>(discordSync)](
                                           const PaletteQuery &query, QList<PaletteItem> &out) {
        if (!discord || !sync || query.words.isEmpty())
            return;
        const DiscordGuildListModel *guilds = sync->guildModel();
        int offered = 0;
        for (int row = 0; row < guilds->rowCount() && offered < query.limit; ++row) {
            const DiscordGuild &guild = guilds->guildAt(row);
            const QString text =
                QCoreApplication::translate("CommandPalette", "Open Discord server %1 (%2)")
                    .arg(guild.name, guild.accountName);
            if (PaletteMatcher::score(foldForSearch(text), query.words) == PaletteMatcher::NoMatch)
                continue;
            ++offered;
            const QString id = guild.guildId;
            out.append({.text = text,
                        .key = QStringLiteral("guild:") + id,
                        .run =
                            [&window, discord, id] {
                                if (!discord)
                                    return;
                                window.setCurrentPage(discord->pageId());
                                discord->showAllAccounts();
                                discord->selectGuild(id);
                            },
                        .score = 0});
        }
    });

    // Triage log page and the log behind both controllers; then the watches,
    // which hear of the operator's own actions through the log.
    TriageLog *log = installTriage(window, session, botSync, discordSync);
    auto *watches = new WatchController(window, session, settings, botStore, log, botPage);

    // Incidents (issue 15): tags, revert and report; "Pause for..." and its
    // planned resume, announced through the watches' Notifier. Children of
    // the window.
    new IncidentController(window, session, log, botStore, botSync, botPage);
    new PlannedResumeController(window, session, log, botStore, botSync, botPage,
                                watches->notifier());
}
