#include "PageWiring.h"

#include "MainWindow.h"
#include "Session.h"
#include "app/sync/BotSyncController.h"
#include "app/sync/DiscordSyncController.h"
#include "models/BotStore.h"
#include "models/BotTableModel.h"
#include "views/AppSettings.h"
#include "views/PlaceholderPage.h"
#include "views/bots/BotTablePage.h"
#include "views/discord/DiscordGuildsPage.h"

void installPages(MainWindow &window, Session &session, AppSettings &settings)
{
    // Store and controller are children of the window, created after its page
    // stack, so the page (which detaches from the controller) goes first.
    auto *botStore = new BotStore(&window);
    auto *botSync = new BotSyncController(botStore, &window);
    auto *botPage = new BotTablePage(new BotTableModel(botStore, botStore), botSync, &settings);
    window.addPage(botPage);
    QObject::connect(&session, &Session::signedIn, botSync,
                     [&session, botSync] { botSync->start(session.http(), session.ws()); });
    QObject::connect(&session, &Session::signedOut, botSync, &BotSyncController::stop);
    QObject::connect(botSync, &BotSyncController::apiError, &session, &Session::handleApiError);

    // The Discord page owns its controller, so the controller outlives the views.
    auto *discordSync = new DiscordSyncController;
    auto *discordPage = new DiscordGuildsPage(discordSync);
    discordSync->setParent(discordPage);
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
    window.addPage(PlaceholderPage::createTriagePage());
}
