#include "PageWiring.h"

#include "MainWindow.h"
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
    QObject::connect(&session, &Session::signedIn, botSync,
                     [&session, botSync] { botSync->start(session.http(), session.ws()); });
    QObject::connect(&session, &Session::signedOut, botSync, &BotSyncController::stop);
    QObject::connect(botSync, &BotSyncController::apiError, &session, &Session::handleApiError);

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
    new WatchController(window, session, settings, botStore, log, botPage); // child of window
}
