// Not a test: the real main window with the Discord guilds page and its
// controller, signed in to a running sandbox, for screenshots and manual
// checks. It wires the page exactly as MainWindow should (see
// wireDiscordPage below):
//
//   LUMIO_SANDBOX_INFO=/tmp/sb.json discord_page_demo [--dark] [--role admin]
//       [--screenshot out.png] [--stage] [--picker] [--bars]
//
// --bars shows every strip the page has at once: the account filter (as after
// the jump from Bots), waiting for Discord, and an edit conflict (a second
// client changes a row staged here).
#include "SandboxInfo.h"

#include "api/InMemoryCredentialStore.h"
#include "app/MainWindow.h"
#include "app/ProfileStore.h"
#include "app/Session.h"
#include "app/Theme.h"
#include "app/sync/DiscordSyncController.h"
#include "models/discord/DiscordGuildListModel.h"
#include "models/discord/FeatureMappingModel.h"
#include "models/settings/AppSettings.h"
#include "views/discord/DiscordGuildsPage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QJsonObject>
#include <QPixmap>
#include <QScreen>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

namespace {

// The few lines MainWindow needs (shown here against its public API).
DiscordGuildsPage *wireDiscordPage(MainWindow &window, Session &session, AppSettings &settings)
{
    auto *sync = new DiscordSyncController;
    auto *page = new DiscordGuildsPage(sync, &settings);
    sync->setParent(page); // the page owns its controller, so it outlives the views
    QObject::connect(&session, &Session::signedIn, sync,
                     [&session, sync] { sync->setClients(session.http(), session.ws()); });
    QObject::connect(&session, &Session::signedOut, sync,
                     [sync] { sync->setClients(nullptr, nullptr); });
    window.addPage(page);
    return page;
}

// A guild worth showing: an unknown key, a warning, and room for an edit.
bool showsWell(const FeatureMappingModel &m)
{
    bool unknown = false;
    bool warning = false;
    for (int r = 0; r < m.rowCount(); ++r) {
        unknown = unknown || !m.isKnownFeature(r);
        warning = warning || !m.warning(r).isEmpty();
    }
    return unknown && warning && m.isValid();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption dark(QStringLiteral("dark"), QStringLiteral("Dark theme"));
    const QCommandLineOption role(QStringLiteral("role"), QStringLiteral("Sandbox role"),
                                  QStringLiteral("role"), QStringLiteral("admin"));
    const QCommandLineOption shot(QStringLiteral("screenshot"),
                                  QStringLiteral("Save a PNG and quit"), QStringLiteral("path"));
    const QCommandLineOption stage(QStringLiteral("stage"),
                                   QStringLiteral("Stage an edit and a broken row"));
    const QCommandLineOption picker(QStringLiteral("picker"),
                                    QStringLiteral("Open the channel picker on a row"));
    const QCommandLineOption bars(QStringLiteral("bars"),
                                  QStringLiteral("Show the account, waiting and conflict bars"));
    const QCommandLineOption guild(QStringLiteral("guild"),
                                   QStringLiteral("Open this guild (its first feature for --picker)"),
                                   QStringLiteral("id"));
    parser.addOptions({dark, role, shot, stage, picker, bars, guild});
    parser.process(app);

    const SandboxInfo info = SandboxInfo::fromEnvironment();
    if (!info.isValid()) {
        std::fprintf(stderr, "%s\n", qPrintable(info.error()));
        return 2;
    }

    QTemporaryDir dir;
    QSettings settingsFile(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    AppSettings settings(&settingsFile);
    Theme::apply(parser.isSet(dark) ? AppSettings::Theme::Dark : AppSettings::Theme::Light);
    InMemoryCredentialStore store;
    ProfileStore profiles(settingsFile);
    Session session(store, profiles);
    MainWindow window(session, settings);
    DiscordGuildsPage *page = wireDiscordPage(window, session, settings);
    page->setUrlOpener([](const QUrl &url) {
        std::printf("would open %s\n", qPrintable(url.toString()));
        return true;
    });
    window.setCurrentPage(QStringLiteral("discord"));
    window.resize(1400, 860);
    window.show();

    session.signIn({.name = QStringLiteral("Sandbox"),
                    .graphqlUrl = info.httpUrl(),
                    .wsUrlOverride = info.wsUrl()},
                   info.token(parser.value(role)), false);

    auto *sync = page->findChild<DiscordSyncController *>();
    const bool wantStage = parser.isSet(stage);
    const bool wantPicker = parser.isSet(picker);
    const bool wantBars = parser.isSet(bars);
    const QString path = parser.value(shot);
    const QString forcedGuild = parser.value(guild);
    // Once the list is in: open a guild that shows the editor's states.
    QObject::connect(sync, &DiscordSyncController::guildsLoaded, page, [=, &window] {
        static bool once = false;
        if (once)
            return;
        once = true;
        auto candidates = std::make_shared<QStringList>();
        DiscordGuildListModel *guilds = sync->guildModel();
        for (int r = 0; r < guilds->rowCount(); ++r)
            candidates->append(guilds->guildAt(r).guildId);
        if (!forcedGuild.isEmpty())
            *candidates = {forcedGuild};
        auto tryNext = std::make_shared<std::function<void()>>();
        *tryNext = [=, &window] {
            FeatureMappingModel *m = sync->featureModel();
            const bool forcedReady = !forcedGuild.isEmpty() && m->guildId() == forcedGuild
                && m->rowCount() > 0 && !m->channels().isEmpty();
            if (!forcedGuild.isEmpty() && candidates->isEmpty() && !forcedReady) {
                QTimer::singleShot(150, page, *tryNext); // still loading
                return;
            }
            if (forcedReady || (forcedGuild.isEmpty() && m->hasGuild() && showsWell(*m))) {
                if (forcedReady && wantPicker)
                    page->editChannel(0);
                if (wantStage) {
                    // One change with a channel, one enabled without: a changed
                    // row and a row that blocks Save, as an operator would see.
                    for (int r = 0; r < m->rowCount(); ++r) {
                        if (!m->value(r).enabled && !m->value(r).channelId.isEmpty()) {
                            m->setEnabled(r, true);
                            break;
                        }
                    }
                    for (int r = 0; r < m->rowCount(); ++r) {
                        if (!m->value(r).enabled && m->value(r).channelId.isEmpty()) {
                            m->setEnabled(r, true);
                            break;
                        }
                    }
                }
                if (wantPicker) {
                    for (int r = 0; r < m->rowCount(); ++r) {
                        if (m->isChanged(r) && !m->value(r).channelId.isEmpty()) {
                            page->editChannel(r);
                            break;
                        }
                    }
                }
                if (wantBars) {
                    const QString accountId = guilds->guild(m->guildId()).accountId;
                    page->showAccount(accountId);
                    page->startAuthorization(accountId);
                    // Stage one channel and let "another operator" route the
                    // same feature elsewhere: the conflict bar.
                    for (int r = 0; r < m->rowCount(); ++r) {
                        if (!m->isKnownFeature(r))
                            continue;
                        QStringList others;
                        for (const DiscordChannel &c : m->channels()) {
                            if (c.type == DiscordChannelType::Text && c.botCanPost
                                && c.id != m->serverValue(r).channelId)
                                others.append(c.id);
                        }
                        if (others.size() < 2)
                            continue;
                        m->setChannel(r, others.at(0));
                        m->setEnabled(r, true);
                        const QJsonObject input {{QStringLiteral("guildId"), m->guildId()},
                                                 {QStringLiteral("feature"), m->featureKey(r)},
                                                 {QStringLiteral("enabled"), true},
                                                 {QStringLiteral("channelId"), others.at(1)}};
                        info.graphql(QStringLiteral("admin"),
                                     QStringLiteral("mutation($i: DiscordGuildFeatureInput!) "
                                                    "{ setDiscordGuildFeature(input: $i) "
                                                    "{ feature } }"),
                                     {{QStringLiteral("i"), input}});
                        break;
                    }
                }
                if (!path.isEmpty())
                    QTimer::singleShot(wantBars ? 1500 : 600, &window, [&window, path] {
                        // The whole screen, cropped to the window, so popups show too;
                        // offscreen (a small virtual screen) the window alone.
                        const QRect frame = window.frameGeometry();
                        QPixmap image;
                        if (QGuiApplication::platformName() != QLatin1String("offscreen"))
                            image = window.screen()->grabWindow(0).copy(frame);
                        if (image.isNull())
                            image = window.grab();
                        image.save(path);
                        std::printf("saved %s\n", qPrintable(path));
                        QCoreApplication::quit();
                    });
                return;
            }
            if (candidates->isEmpty())
                return;
            const QString id = candidates->takeFirst();
            page->selectGuild(id);
            QTimer::singleShot(150, page, *tryNext);
        };
        QTimer::singleShot(100, page, *tryNext);
    });
    return QApplication::exec();
}
