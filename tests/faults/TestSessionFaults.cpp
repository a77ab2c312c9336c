// Faults (issue #9): a token revoked mid-session, a server that answers with
// a newer schema's enum values, and a Discord guild deleted while its editor
// is open (with the live link up, and while it was down). The real main
// window, offscreen, against a sandbox; rows compared with the server's.

#include "FaultsSupport.h"
#include "app/sync/DiscordSyncController.h"
#include "models/discord/DiscordGuildListModel.h"
#include "models/discord/FeatureMappingModel.h"
#include "models/triage/TriageLog.h"
#include "views/StatusBarWidgets.h"
#include "views/widgets/MessageBanner.h"
#include "views/discord/DiscordGuildsPage.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace faults;

namespace {

constexpr int kAccounts = 80; // SANDBOX_ARGS in CMakeLists.txt

// The sandbox's newer-schema rewrite (lib/graphql.mjs): FNV-1a over the
// UTF-16 code units of accountId + platform; one row in eight becomes RUMBLE.
bool becomesRumble(const ServerRow &row)
{
    quint32 h = 2166136261u;
    const QString s = row.accountId + row.platform;
    for (const QChar c : s)
        h = (h ^ c.unicode()) * 16777619u;
    return h % 8 == 0;
}

// The server's rows as a newer server's answers show them: the rows the
// rewrite picks are on platform RUMBLE. Two rows of one account that both
// become RUMBLE are one bot to the app (the newer one, as the store merges).
ServerState asNewerServerShowsIt(const ServerState &server)
{
    ServerState shown;
    for (ServerRow r : server.rows) {
        if (becomesRumble(r))
            r.platform = QStringLiteral("RUMBLE");
        const QString key = rowKey(r.accountId, r.platform);
        const auto it = shown.index.constFind(key);
        if (it == shown.index.cend()) {
            shown.index.insert(key, shown.rows.size());
            shown.rows.append(r);
        } else if (r.updatedMs > shown.rows[*it].updatedMs) {
            shown.rows[*it] = r;
        }
    }
    return shown;
}

} // namespace

class TestSessionFaults final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void tokenRevokedMidSession_asksAgain_nothingLost_catchesUp();
    void newerSchemaEnumValues_shownCounted_thenRemovedByTheNextSnapshot();
    void guildDeletedWhileEditorOpen();

private:
    std::unique_ptr<AppShell> signedInShell();
    SandboxInfo m_sandbox;
    QTemporaryDir m_dir;
    int m_shells = 0;
};

void TestSessionFaults::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toUtf8());
    m_sandbox = SandboxInfo::fromEnvironment();
    QVERIFY2(m_sandbox.isValid(), qPrintable(m_sandbox.error()));
}

void TestSessionFaults::init()
{
    m_sandbox.control(QStringLiteral("reset-faults"));
    m_sandbox.control(QStringLiteral("events"), {{QStringLiteral("eventsPerSecond"), 0}});
    m_sandbox.control(QStringLiteral("revoke"),
                      {{QStringLiteral("token"), m_sandbox.token(QStringLiteral("admin"))},
                       {QStringLiteral("revoked"), false}});
}

std::unique_ptr<AppShell> TestSessionFaults::signedInShell()
{
    auto shell = std::make_unique<AppShell>(
        m_dir.filePath(QStringLiteral("settings-%1.ini").arg(++m_shells)));
    if (!QTest::qWaitForWindowActive(&shell->window)
        || !signIn(*shell, m_sandbox, QStringLiteral("admin")))
        return {};
    shell->window.setCurrentPage(QStringLiteral("bots"));
    if (!waitLoaded(*shell))
        return {};
    return shell;
}

void TestSessionFaults::tokenRevokedMidSession_asksAgain_nothingLost_catchesUp()
{
    std::unique_ptr<AppShell> shell = signedInShell();
    QVERIFY(shell);
    BotTablePage *bots = botsPage(*shell);
    BotSyncController *sync = botSync(*shell);
    auto *log = shell->window.findChild<TriageLog *>();
    QVERIFY(bots && sync && log);
    m_sandbox.control(QStringLiteral("events"), {{QStringLiteral("eventsPerSecond"), 20}});
    QTest::qWait(1000);

    // The operator pauses a bot; the server is slow (1.5 s) and the token is
    // revoked while the request is on its way: it must fail visibly, logged
    // as failed, never left pending nor silently dropped.
    BotKey key;
    const BotStore *store = bots->model()->store();
    for (qsizetype r = 0; r < store->rowCount(); ++r) {
        if (store->row(r).status == BotStatus::Active
            && store->row(r).pending == PendingAction::None) {
            key = store->keyAt(r);
            break;
        }
    }
    QVERIFY(!key.accountId.isNull());
    m_sandbox.control(QStringLiteral("faults"), {{QStringLiteral("latencyMs"), 1500}});
    const int entriesBefore = int(log->entries({}).size());
    QSignalSpy failed(sync, &BotSyncController::operationFailed);
    shell->window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&shell->window));
    bots->showBot(key);
    bots->tableView()->setFocus();
    QTest::keyClick(bots->tableView(), Qt::Key_P);
    const int accepted = int(log->entries({}).size()) - entriesBefore;
    QCOMPARE(accepted, 1); // the pending entry, written before sending
    QCOMPARE(
        bots->model()->index(bots->model()->rowForKey(key), 0).data(BotTable::PendingRole).toInt(),
        int(PendingAction::Pause));

    // Revoked: the live socket is closed 4403, the session asks again.
    const QString admin = m_sandbox.token(QStringLiteral("admin"));
    m_sandbox.control(QStringLiteral("revoke"), {{QStringLiteral("token"), admin}});
    QTRY_COMPARE_WITH_TIMEOUT(shell->session.state(), Session::State::AuthenticationRequired,
                              20000);
    SignInDialog *dialog = shell->window.signInDialog();
    QTRY_VERIFY(dialog && dialog->isVisible());
    QVERIFY(shell->window.isDataStale());
    // The rows stay on screen.
    QCOMPARE(bots->model()->counts().total, qsizetype(kAccounts) * 5);
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 20000);
    QTRY_VERIFY(bots->operationBanner()->isVisible());
    const TriageEntry result = log->entries({}).first();
    QCOMPARE(result.result, TriageEntry::Result::Failed);
    QVERIFY2(result.serverMessage.contains(QLatin1String("UNAUTHENTICATED")),
             qPrintable(result.serverMessage));
    const int row = bots->model()->rowForKey(key);
    QCOMPARE(bots->model()->index(row, 0).data(BotTable::PendingRole).toInt(),
             int(PendingAction::None));
    QCOMPARE(bots->model()->index(row, 0).data(BotTable::StatusRole).toInt(),
             int(BotStatus::Active));
    const QString bannerText = bots->operationBanner()->text();
    QVERIFY2(bannerText.contains(QLatin1String("Could not pause")), qPrintable(bannerText));
    m_sandbox.control(QStringLiteral("faults"), {{QStringLiteral("latencyMs"), 0}});

    // The token is valid again (a new one, in real life): sign in through
    // the dialog; the same window goes on and catches up.
    m_sandbox.control(QStringLiteral("revoke"),
                      {{QStringLiteral("token"), admin}, {QStringLiteral("revoked"), false}});
    const int acks = shell->session.ws()->acknowledgedCount();
    dialog->tokenEdit()->setText(admin);
    QTest::mouseClick(dialog->signInButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(shell->session.isSignedIn(), kLoadTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(shell->session.ws() && shell->session.ws()->acknowledgedCount() > acks,
                             kLoadTimeoutMs);
    QVERIFY(waitLoaded(*shell));
    QTRY_VERIFY(!shell->window.isDataStale());
    m_sandbox.control(QStringLiteral("events"), {{QStringLiteral("eventsPerSecond"), 0}});
    Comparison rows;
    QTRY_VERIFY_WITH_TIMEOUT(
        (rows = compareRows(serverState(m_sandbox), appRows(bots))).problems() == 0, 10000);
    printFigures(QStringLiteral("token_revoked"),
                 {{QStringLiteral("askedAgain"), num(qint64(dialog->isVisible() ? 0 : 1))},
                  {QStringLiteral("actionsInFlightAtRevoke"), num(qint64(accepted))},
                  {QStringLiteral("reportedFailed"), num(qint64(failed.count()))},
                  {QStringLiteral("rowsCompared"), num(qint64(rows.compared))},
                  {QStringLiteral("mismatches"), num(qint64(rows.problems()))}});
    qInfo().noquote() << "shown while revoked:" << bannerText;
    QVERIFY(shell->session.connectionState().isLive());
}

void TestSessionFaults::newerSchemaEnumValues_shownCounted_thenRemovedByTheNextSnapshot()
{
    // The server is newer than the app from the first answer on.
    QString error;
    m_sandbox.control(QStringLiteral("faults"), {{QStringLiteral("newerEnumValues"), true}},
                      &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    std::unique_ptr<AppShell> shell = signedInShell();
    QVERIFY(shell);
    BotTablePage *bots = botsPage(*shell);
    ServerState server = serverState(m_sandbox);
    int rumble = 0;
    for (const ServerRow &r : server.rows)
        rumble += becomesRumble(r) ? 1 : 0;
    QVERIFY(rumble > 0);
    // Rows on the platform this version does not know are shown, under it,
    // and counted: nothing is dropped.
    ServerState shown = asNewerServerShowsIt(server);
    Comparison first = compareRows(shown, appRows(bots));
    QVERIFY2(first.problems() == 0, qPrintable(first.describe()));
    QCOMPARE(bots->model()->counts().total, qsizetype(shown.rows.size()));
    QVERIFY(bots->model()->extraPlatforms().contains(platformFromWire(u"RUMBLE")));

    // Live events with the unknown value apply to its rows like any other.
    ServerRow known;
    ServerRow unknown;
    for (const ServerRow &r : server.rows) {
        if (becomesRumble(r) && unknown.accountId.isEmpty() && r.status == QLatin1String("ACTIVE")
            && shown.find(rowKey(r.accountId, QStringLiteral("RUMBLE")))->updatedMs == r.updatedMs)
            unknown = r;
        if (!becomesRumble(r) && known.accountId.isEmpty() && r.status == QLatin1String("ACTIVE"))
            known = r;
    }
    QVERIFY(!known.accountId.isEmpty() && !unknown.accountId.isEmpty());
    for (const ServerRow *r : {&unknown, &known}) {
        m_sandbox.control(QStringLiteral("set-row"),
                          {{QStringLiteral("accountId"), r->accountId},
                           {QStringLiteral("platform"), r->platform},
                           {QStringLiteral("status"), QStringLiteral("PAUSED")}},
                          &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    const BotKey knownKey {known.accountId, platformFromWire(known.platform)};
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const int row = bots->model()->rowForKey(knownKey);
            return row >= 0
                && bots->model()->index(row, 0).data(BotTable::ServerStatusRole).toInt()
                == int(BotStatus::Paused);
        }(),
        10000);
    const BotKey unknownKey {unknown.accountId, platformFromWire(u"RUMBLE")};
    QTRY_COMPARE_WITH_TIMEOUT(bots->model()
                                  ->indexForKey(unknownKey)
                                  .data(BotTable::ServerStatusRole)
                                  .toInt(),
                              int(BotStatus::Paused), 10000);
    server = serverState(m_sandbox);
    Comparison live = compareRows(asNewerServerShowsIt(server), appRows(bots));
    QVERIFY2(live.problems() == 0, qPrintable(live.describe()));

    // The Discord editor opens a guild with MEDIA channels.
    auto *discord =
        qobject_cast<DiscordGuildsPage *>(shell->window.page(QStringLiteral("discord")));
    auto *discordSync = shell->window.findChild<DiscordSyncController *>();
    QVERIFY(discord && discordSync);
    shell->window.setCurrentPage(QStringLiteral("discord"));
    QTRY_VERIFY_WITH_TIMEOUT(discordSync->guildModel()->rowCount() > 0, kLoadTimeoutMs);
    int opened = 0;
    for (int i = 0; i < qMin(6, discordSync->guildModel()->rowCount()); ++i) {
        const QString id = discordSync->guildModel()->guildAt(i).guildId;
        QVERIFY(discord->selectGuild(id));
        QTRY_VERIFY_WITH_TIMEOUT(discordSync->featureModel()->hasGuild(), 20000);
        QCOMPARE(discordSync->featureModel()->guildId(), id);
        ++opened;
    }

    // The server is the app's version again: the next complete snapshot no
    // longer has the RUMBLE rows (no event says so) and they go; everything
    // else shows, all right.
    m_sandbox.control(QStringLiteral("faults"), {{QStringLiteral("newerEnumValues"), false}});
    shell->window.setCurrentPage(QStringLiteral("bots"));
    bots->tableView()->setFocus();
    QTest::keyClick(bots->tableView(), Qt::Key_F5);
    QTRY_VERIFY_WITH_TIMEOUT(bots->model()->counts().total == qsizetype(server.rows.size()),
                             kLoadTimeoutMs);
    QVERIFY(waitLoaded(*shell));
    Comparison after = compareRows(serverState(m_sandbox), appRows(bots));
    printFigures(QStringLiteral("newer_enum_values"),
                 {{QStringLiteral("serverRows"), num(qint64(server.rows.size()))},
                  {QStringLiteral("unknownPlatformRows"), num(qint64(rumble))},
                  {QStringLiteral("appRowsWithNewerValues"), num(qint64(shown.rows.size()))},
                  {QStringLiteral("rowsCompared"), num(qint64(first.compared))},
                  {QStringLiteral("mismatches"), num(qint64(first.problems() + live.problems()))},
                  {QStringLiteral("guildsOpenedWithMedia"), num(qint64(opened))},
                  {QStringLiteral("mismatchesAfterDowngrade"), num(qint64(after.problems()))}});
    QVERIFY2(after.problems() == 0, qPrintable(after.describe()));
}

void TestSessionFaults::guildDeletedWhileEditorOpen()
{
    std::unique_ptr<AppShell> shell = signedInShell();
    QVERIFY(shell);
    auto *discord =
        qobject_cast<DiscordGuildsPage *>(shell->window.page(QStringLiteral("discord")));
    auto *discordSync = shell->window.findChild<DiscordSyncController *>();
    QVERIFY(discord && discordSync);
    discord->setDiscardPrompt([](const QString &) { return true; });
    shell->window.setCurrentPage(QStringLiteral("discord"));
    DiscordGuildListModel *guilds = discordSync->guildModel();
    QTRY_VERIFY_WITH_TIMEOUT(guilds->rowCount() >= 2, kLoadTimeoutMs);
    FeatureMappingModel *features = discordSync->featureModel();
    QLabel *placeholder = discord->findChild<QLabel *>(QStringLiteral("discordEditorPlaceholder"));
    QVERIFY(placeholder);

    // Opens a guild and stages an edit, as the operator would.
    const auto openAndEdit = [&](int index) -> QString {
        const DiscordGuild g = guilds->guildAt(index);
        if (!discord->selectGuild(g.guildId))
            return {};
        if (!QTest::qWaitFor(
                [&] { return features->hasGuild() && features->guildId() == g.guildId; }, 20000))
            return {};
        for (int row = 0; row < features->rowCount(); ++row) {
            const bool was = features->value(row).enabled;
            features->setEnabled(row, !was);
            if (!was && !features->channels().isEmpty())
                features->setChannel(row, features->channels().first().id);
            if (features->isChanged(row))
                break;
        }
        return discord->hasUnsavedChanges() ? g.guildId : QString();
    };

    // 1. Deleted on Discord's side while the live link is up.
    const QString first = openAndEdit(0);
    QVERIFY(!first.isEmpty());
    QString error;
    m_sandbox.control(QStringLiteral("delete-guild"), {{QStringLiteral("guildId"), first}}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(discord->currentGuildId().isEmpty(), 10000);
    QVERIFY(guilds->rowOf(first) < 0);
    QVERIFY(!discord->saveButton()->isEnabled() || !discord->saveButton()->isVisible());
    QTRY_VERIFY(placeholder->isVisible());
    const QString shownLive = placeholder->text();
    QVERIFY2(shownLive.contains(QLatin1String("disconnected")), qPrintable(shownLive));

    // 2. Deleted while the live link was down (the event is never seen): the
    // resync after the reconnection must find it gone too.
    const QString second = openAndEdit(0);
    QVERIFY(!second.isEmpty() && second != first);
    GraphQLWsClient *ws = shell->session.ws();
    const int acks = ws->acknowledgedCount();
    // The link goes down (as on a network loss: the client stops) and the
    // guild is deleted meanwhile: its event is published to nobody.
    ws->stop();
    QTRY_VERIFY(!ws->state().isLive());
    QTest::qWait(300);
    m_sandbox.control(QStringLiteral("delete-guild"), {{QStringLiteral("guildId"), second}},
                      &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QTest::qWait(300);
    QCOMPARE(discord->currentGuildId(), second); // nothing could tell the app yet
    ws->start();
    QTRY_VERIFY_WITH_TIMEOUT(ws->acknowledgedCount() > acks, kLoadTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(discord->currentGuildId().isEmpty(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(guilds->rowOf(second) < 0, 20000);
    QTRY_VERIFY(placeholder->isVisible());
    const QString shownAfter = placeholder->text();
    QVERIFY2(shownAfter.contains(QLatin1String("disconnected")), qPrintable(shownAfter));
    QVERIFY(!discord->hasUnsavedChanges());
    printFigures(QStringLiteral("guild_deleted"),
                 {{QStringLiteral("deletedLiveShown"), num(qint64(1))},
                  {QStringLiteral("deletedWhileDownShown"), num(qint64(1))},
                  {QStringLiteral("guildsLeft"), num(qint64(guilds->rowCount()))}});
}

QTEST_MAIN(TestSessionFaults)
#include "TestSessionFaults.moc"
