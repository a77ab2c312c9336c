// Staged feature-mapping edits across a sign-in on the real MainWindow,
// offscreen, against a sandbox (lumio_add_test ... SANDBOX): a token revoked
// mid-edit and a sign-in again with the same profile keeps the edit, still
// saveable; a sign-in to another profile, or to the same profile name at
// another origin, drops it; closing the window with the edit asks first.

#include "AppShell.h"
#include "SandboxInfo.h"
#include "api/GraphQLClient.h"
#include "api/GraphQLWsClient.h"
#include "app/MainWindow.h"
#include "app/Session.h"
#include "app/sync/DiscordSyncController.h"
#include "models/discord/DiscordGuildFilterModel.h"
#include "models/discord/DiscordGuildListModel.h"
#include "models/discord/FeatureMappingModel.h"
#include "views/SignInDialog.h"
#include "views/discord/DiscordGuildsPage.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

constexpr int kTimeoutMs = 20000;

const QString kFeaturesQuery = QStringLiteral("query($g: ID!) { discordGuildFeatures(guildId: $g) "
                                              "{ feature enabled channelId } }");

} // namespace

class TestDiscordReSignIn final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void revokedThenSameProfile_keepsStagedEdit_andSaves();
    void otherProfile_dropsStagedEdit();
    void sameProfileNameOtherOrigin_dropsStagedEdit();
    void closingWithStagedEdit_asksFirst();
    void rebuiltClientsSameServer_keepStagedEdit();
    void rebuiltClientsOtherOrigin_dropStagedEdit();

private:
    struct Edit
    {
        QString guildId;
        QString feature;
        int row = -1;
    };

    void signIn(const QString &profile, const QUrl &url, const QString &role);
    DiscordGuildsPage *discordPage() const;
    // Opens a guild with an enabled mapping (one not used before) and stages
    // turning it off.
    Edit stageEdit();
    bool serverEnabled(const Edit &edit) const;

    SandboxInfo m_sandbox;
    QTemporaryDir m_dir;
    std::unique_ptr<AppShell> m_shell;
    QStringList m_prompts;
    bool m_discard = false;
    QSet<QString> m_used;
};

void TestDiscordReSignIn::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_sandbox = SandboxInfo::fromEnvironment();
    QVERIFY2(m_sandbox.isValid(), qPrintable(m_sandbox.error()));
    QVERIFY(m_dir.isValid());
}

void TestDiscordReSignIn::init()
{
    m_prompts.clear();
    m_discard = false;
    QFile::remove(m_dir.filePath(QStringLiteral("settings.ini")));
    m_shell = std::make_unique<AppShell>(m_dir.filePath(QStringLiteral("settings.ini")));
    discordPage()->setDiscardPrompt([this](const QString &question) {
        m_prompts.append(question);
        return m_discard;
    });
    m_shell->window.setCurrentPage(QStringLiteral("discord"));
}

void TestDiscordReSignIn::cleanup()
{
    m_sandbox.control(QStringLiteral("revoke"),
                      {{QStringLiteral("token"), m_sandbox.token(QStringLiteral("operator"))},
                       {QStringLiteral("revoked"), false}});
    if (m_shell) {
        m_discard = true; // let the window go
        m_shell->window.close();
        m_shell.reset();
    }
}

DiscordGuildsPage *TestDiscordReSignIn::discordPage() const
{
    return qobject_cast<DiscordGuildsPage *>(m_shell->window.page(QStringLiteral("discord")));
}

void TestDiscordReSignIn::signIn(const QString &profile, const QUrl &url, const QString &role)
{
    MainWindow &window = m_shell->window;
    if (!window.signInDialog() || !window.signInDialog()->isVisible())
        window.showSignIn();
    SignInDialog *dialog = window.signInDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    const int existing = dialog->profileBox()->findText(profile);
    dialog->profileBox()->setCurrentIndex(existing >= 0 ? existing
                                                        : dialog->profileBox()->count() - 1);
    dialog->nameEdit()->setText(profile);
    dialog->urlEdit()->setText(url.toString());
    dialog->tokenEdit()->setText(m_sandbox.token(role));
    QTest::mouseClick(dialog->signInButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_shell->session.isSignedIn(), kTimeoutMs);
    QTRY_VERIFY(!dialog->isVisible());
    QCOMPARE(m_shell->session.profile().name, profile);
    QCOMPARE(m_shell->session.profile().graphqlUrl, url);
}

TestDiscordReSignIn::Edit TestDiscordReSignIn::stageEdit()
{
    DiscordGuildsPage *page = discordPage();
    DiscordGuildListModel *guilds = page->guildProxy()
        ? qobject_cast<DiscordGuildListModel *>(page->guildProxy()->sourceModel())
        : nullptr;
    Edit edit;
    [&] {
        QVERIFY(guilds);
        QTRY_VERIFY_WITH_TIMEOUT(guilds->isLoaded(), kTimeoutMs);
    }();
    if (!guilds)
        return edit;
    for (int r = 0; r < guilds->rowCount() && edit.row < 0; ++r) {
        const QString id = guilds->guildAt(r).guildId;
        if (m_used.contains(id) || !guilds->guildAt(r).available)
            continue;
        m_used.insert(id);
        if (!page->selectGuild(id))
            continue;
        bool ready = false;
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(page->featureView()->model()->rowCount() > 0
                                         && page->currentGuildId() == id,
                                     kTimeoutMs);
            ready = true;
        }();
        if (!ready)
            return edit;
        auto *features = qobject_cast<FeatureMappingModel *>(page->featureView()->model());
        if (!features || features->guildId() != id)
            return edit;
        for (int f = 0; f < features->rowCount(); ++f) {
            if (features->isKnownFeature(f) && features->value(f).enabled
                && features->problem(f).isEmpty()) {
                edit = {id, features->featureKey(f), f};
                break;
            }
        }
    }
    [&] {
        QVERIFY2(edit.row >= 0, "no guild with an enabled mapping");
    }();
    if (edit.row < 0)
        return edit;
    auto *features = qobject_cast<FeatureMappingModel *>(page->featureView()->model());
    // Untick "Enabled" from the keyboard, as the operator does.
    QTableView *view = page->featureView();
    const QModelIndex enabled = view->model()->index(edit.row, int(DiscordFeatureColumn::Enabled));
    view->setFocus();
    view->setCurrentIndex(enabled);
    QTest::keyClick(view, Qt::Key_Space);
    [&] {
        QVERIFY(features->isChanged(edit.row));
        QVERIFY(page->hasUnsavedChanges());
        QVERIFY(page->saveButton()->isEnabled());
    }();
    return edit;
}

bool TestDiscordReSignIn::serverEnabled(const Edit &edit) const
{
    const QJsonArray list =
        m_sandbox
            .graphql(QStringLiteral("admin"), kFeaturesQuery, {{QStringLiteral("g"), edit.guildId}})
            .value(QLatin1String("data"))
            .toObject()
            .value(QLatin1String("discordGuildFeatures"))
            .toArray();
    for (const QJsonValue &v : list) {
        if (v.toObject().value(QLatin1String("feature")).toString() == edit.feature)
            return v.toObject().value(QLatin1String("enabled")).toBool();
    }
    return false;
}

void TestDiscordReSignIn::revokedThenSameProfile_keepsStagedEdit_andSaves()
{
    signIn(QStringLiteral("Sandbox"), m_sandbox.httpUrl(), QStringLiteral("operator"));
    QTRY_COMPARE_WITH_TIMEOUT(m_shell->window.isDataStale(), false, kTimeoutMs);
    const Edit edit = stageEdit();
    QVERIFY(edit.row >= 0);
    QVERIFY(serverEnabled(edit));
    DiscordGuildsPage *page = discordPage();
    auto *features = qobject_cast<FeatureMappingModel *>(page->featureView()->model());

    // The token is revoked: the live socket is closed 4403, requests get
    // UNAUTHENTICATED, the shell asks for a sign-in.
    QSignalSpy required(&m_shell->session, &Session::authenticationRequired);
    QString error;
    m_sandbox.control(QStringLiteral("revoke"),
                      {{QStringLiteral("token"), m_sandbox.token(QStringLiteral("operator"))}},
                      &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_shell->window.actions().action(QStringLiteral("view.refresh"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(required.count() >= 1, kTimeoutMs);
    QVERIFY(features->isChanged(edit.row));

    // A new token for the same profile (the sandbox's is simply restored).
    m_sandbox.control(QStringLiteral("revoke"),
                      {{QStringLiteral("token"), m_sandbox.token(QStringLiteral("operator"))},
                       {QStringLiteral("revoked"), false}});
    signIn(QStringLiteral("Sandbox"), m_sandbox.httpUrl(), QStringLiteral("operator"));
    // Back live, resynchronised (guild list and open mappings refetched)...
    QTRY_COMPARE_WITH_TIMEOUT(m_shell->window.isDataStale(), false, kTimeoutMs);
    QTest::qWait(500);
    // ...and the edit is still there, on the same guild, and may be saved.
    QCOMPARE(page->currentGuildId(), edit.guildId);
    QCOMPARE(features->guildId(), edit.guildId);
    QCOMPARE(features->featureKey(edit.row), edit.feature);
    QVERIFY(features->isChanged(edit.row));
    QVERIFY(!features->value(edit.row).enabled);
    QVERIFY(page->hasUnsavedChanges());
    QVERIFY(m_prompts.isEmpty()); // nobody was asked to discard anything
    QTRY_VERIFY(page->saveButton()->isEnabled());
    QTest::mouseClick(page->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page->hasUnsavedChanges(), kTimeoutMs);
    QVERIFY(!serverEnabled(edit));
}

void TestDiscordReSignIn::otherProfile_dropsStagedEdit()
{
    signIn(QStringLiteral("Sandbox"), m_sandbox.httpUrl(), QStringLiteral("operator"));
    const Edit edit = stageEdit();
    QVERIFY(edit.row >= 0);
    DiscordGuildsPage *page = discordPage();

    // Another profile (same server, another name): the edit belonged to the first.
    signIn(QStringLiteral("Sandbox two"), m_sandbox.httpUrl(), QStringLiteral("operator"));
    QTRY_VERIFY_WITH_TIMEOUT(
        qobject_cast<DiscordGuildListModel *>(page->guildProxy()->sourceModel())->isLoaded(),
        kTimeoutMs);
    QVERIFY(!page->hasUnsavedChanges());
    QVERIFY(page->currentGuildId().isEmpty());
    QVERIFY(serverEnabled(edit)); // nothing was sent
}

void TestDiscordReSignIn::sameProfileNameOtherOrigin_dropsStagedEdit()
{
    signIn(QStringLiteral("Sandbox"), m_sandbox.httpUrl(), QStringLiteral("operator"));
    const Edit edit = stageEdit();
    QVERIFY(edit.row >= 0);
    DiscordGuildsPage *page = discordPage();

    // The same profile name pointed at another origin (localhost is not
    // 127.0.0.1 to a browser or to us, though both reach the sandbox).
    QUrl other = m_sandbox.httpUrl();
    other.setHost(QStringLiteral("localhost"));
    signIn(QStringLiteral("Sandbox"), other, QStringLiteral("operator"));
    QVERIFY(!page->hasUnsavedChanges());
    QVERIFY(page->currentGuildId().isEmpty());
    // The session talks to the new origin now.
    QCOMPARE(m_shell->session.profile().graphqlUrl.host(), QStringLiteral("localhost"));
    auto *guilds = qobject_cast<DiscordGuildListModel *>(page->guildProxy()->sourceModel());
    QTRY_VERIFY_WITH_TIMEOUT(guilds->isLoaded(), kTimeoutMs);
    QVERIFY(serverEnabled(edit));
}

void TestDiscordReSignIn::closingWithStagedEdit_asksFirst()
{
    signIn(QStringLiteral("Sandbox"), m_sandbox.httpUrl(), QStringLiteral("operator"));
    const Edit edit = stageEdit();
    QVERIFY(edit.row >= 0);
    MainWindow &window = m_shell->window;
    m_discard = false; // "Keep Editing"
    QVERIFY(!window.close());
    QCOMPARE(m_prompts.size(), 1);
    QVERIFY(window.isVisible());
    QVERIFY(discordPage()->hasUnsavedChanges());
    m_discard = true; // "Discard Changes"
    QVERIFY(window.close());
    QCOMPARE(m_prompts.size(), 2);
    QVERIFY(serverEnabled(edit));
}

// Whoever hands the controller new clients for the same server without a
// sign-out in between (a re-sign-in that rebuilds them) keeps the edit.
void TestDiscordReSignIn::rebuiltClientsSameServer_keepStagedEdit()
{
    signIn(QStringLiteral("Sandbox"), m_sandbox.httpUrl(), QStringLiteral("operator"));
    const Edit edit = stageEdit();
    QVERIFY(edit.row >= 0);
    DiscordGuildsPage *page = discordPage();
    auto *sync = m_shell->window.findChild<DiscordSyncController *>(); // the window owns it
    QVERIFY(sync);

    QNetworkAccessManager network;
    GraphQLClientConfig config;
    config.endpoint = m_sandbox.httpUrl();
    config.token = m_sandbox.token(QStringLiteral("operator"));
    GraphQLClient http(&network, config);
    GraphQLWsClient ws(m_sandbox.wsUrl());
    const QString token = config.token;
    ws.setTokenProvider([token] { return token; });
    ws.start();
    sync->setClients(&http, &ws);
    QTest::qWait(500); // the refetch of list and mappings lands
    QCOMPARE(page->currentGuildId(), edit.guildId);
    auto *features = qobject_cast<FeatureMappingModel *>(page->featureView()->model());
    QVERIFY(features->isChanged(edit.row));
    QTRY_VERIFY(page->saveButton()->isEnabled());
    QTest::mouseClick(page->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page->hasUnsavedChanges(), kTimeoutMs);
    QVERIFY(!serverEnabled(edit));
    sync->setClients(nullptr, nullptr); // before http and ws go
}

void TestDiscordReSignIn::rebuiltClientsOtherOrigin_dropStagedEdit()
{
    signIn(QStringLiteral("Sandbox"), m_sandbox.httpUrl(), QStringLiteral("operator"));
    const Edit edit = stageEdit();
    QVERIFY(edit.row >= 0);
    DiscordGuildsPage *page = discordPage();
    auto *sync = m_shell->window.findChild<DiscordSyncController *>(); // the window owns it
    QVERIFY(sync);

    QNetworkAccessManager network;
    GraphQLClientConfig config;
    config.endpoint = m_sandbox.httpUrl();
    config.endpoint.setHost(QStringLiteral("localhost"));
    config.token = m_sandbox.token(QStringLiteral("operator"));
    GraphQLClient http(&network, config);
    sync->setClients(&http, nullptr);
    QVERIFY(!page->hasUnsavedChanges());
    QVERIFY(!sync->featureModel()->hasGuild());
    QVERIFY(serverEnabled(edit));
    sync->setClients(nullptr, nullptr);
}

QTEST_MAIN(TestDiscordReSignIn)
#include "TestDiscordReSignIn.moc"
