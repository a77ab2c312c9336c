// The real main window's Discord page against a newer server (sandbox --skew,
// issue 13): a channel of a type this version does not know (MEDIA) is in
// the picker under its own type, pickable only where the server says the bot
// can post, and saving to it works; a guild event of a kind this version does
// not know (RENAMED) fetches the guild again instead of being ignored.

#include "../faults/FaultsSupport.h"

#include "app/sync/DiscordSyncController.h"
#include "models/discord/DiscordGuildListModel.h"
#include "models/discord/FeatureMappingModel.h"
#include "views/discord/DiscordGuildsPage.h"
#include "views/discord/DiscordPickerPopup.h"
#include "views/discord/FeatureEditorPane.h"

#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace faults;

namespace {

QJsonObject serverFeature(const SandboxInfo &sandbox, const QString &guildId, const QString &key)
{
    const QJsonObject reply = sandbox.graphql(
        QStringLiteral("admin"),
        QStringLiteral("query($g: ID!) { discordGuildFeatures(guildId: $g) "
                       "{ feature enabled channelId } }"),
        {{QStringLiteral("g"), guildId}});
    const QJsonArray list =
        reply[QLatin1String("data")][QLatin1String("discordGuildFeatures")].toArray();
    for (const QJsonValue &v : list) {
        if (v[QLatin1String("feature")].toString() == key)
            return v.toObject();
    }
    return {};
}

} // namespace

class TestSkewDiscordPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void mediaChannel_pickableWhereTheBotCanPost_andSaves();
    void renamedEvent_fetchesTheGuildAgain_nameShown();
    void unknownEventKind_withoutChange_stillFetchesTheGuild();

private:
    SandboxInfo m_sandbox;
    QJsonObject m_info;
    QTemporaryDir m_dir;
    std::unique_ptr<AppShell> m_shell;
    DiscordGuildsPage *m_page = nullptr;
    DiscordSyncController *m_sync = nullptr;
};

void TestSkewDiscordPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toUtf8());
    m_sandbox = SandboxInfo::fromEnvironment();
    QVERIFY2(m_sandbox.isValid(), qPrintable(m_sandbox.error()));
    QString error;
    m_info = m_sandbox.control(QStringLiteral("skew-info"), {}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    m_shell = std::make_unique<AppShell>(m_dir.filePath(QStringLiteral("settings.ini")));
    QVERIFY(signIn(*m_shell, m_sandbox, QStringLiteral("admin")));
    m_page = qobject_cast<DiscordGuildsPage *>(m_shell->window.page(QStringLiteral("discord")));
    m_sync = m_shell->window.findChild<DiscordSyncController *>();
    QVERIFY(m_page && m_sync);
    m_shell->window.setCurrentPage(QStringLiteral("discord"));
    QTRY_VERIFY_WITH_TIMEOUT(m_sync->guildModel()->rowCount() > 0, kLoadTimeoutMs);
    // Live: events reach the list.
    QTRY_VERIFY_WITH_TIMEOUT(m_shell->session.connectionState().isLive(), kLoadTimeoutMs);
}

void TestSkewDiscordPage::cleanupTestCase()
{
    m_shell.reset();
}

void TestSkewDiscordPage::mediaChannel_pickableWhereTheBotCanPost_andSaves()
{
    const QString guildId = m_info.value(QLatin1String("mediaGuildId")).toString();
    QString postable;
    QString postableName;
    QString closed;
    for (const QJsonValue &v : m_info.value(QLatin1String("mediaChannels")).toArray()) {
        if (v[QLatin1String("guildId")].toString() != guildId)
            continue;
        if (v[QLatin1String("botCanPost")].toBool() && postable.isEmpty()) {
            postable = v[QLatin1String("channelId")].toString();
            postableName = v[QLatin1String("name")].toString();
        } else if (!v[QLatin1String("botCanPost")].toBool() && closed.isEmpty()) {
            closed = v[QLatin1String("channelId")].toString();
        }
    }
    QVERIFY(!postable.isEmpty() && !closed.isEmpty());

    QVERIFY(m_page->selectGuild(guildId));
    FeatureMappingModel *features = m_sync->featureModel();
    QTRY_VERIFY_WITH_TIMEOUT(features->hasGuild() && features->guildId() == guildId
                                 && features->channel(postable) && features->rowCount() > 0,
                             20000);
    QVERIFY(isExtraDiscordChannelType(features->channel(postable)->type));
    QCOMPARE(discordChannelTypeToWire(features->channel(closed)->type), QLatin1String("MEDIA"));

    // A feature not routed to the MEDIA channel yet.
    int row = -1;
    for (int r = 0; r < features->rowCount() && row < 0; ++r) {
        if (features->value(r).channelId != postable)
            row = r;
    }
    QVERIFY(row >= 0);
    const QString key = features->featureKey(row);

    FeatureEditorPane *editor = m_page->featureEditor();
    QVERIFY(editor->editChannel(row));
    DiscordPickerPopup *picker = editor->pickerPopup();
    QTRY_VERIFY(picker->isVisible());
    // Both are listed under their raw type; only the postable one is a choice.
    QVERIFY(picker->visibleChoices().contains(postable));
    QVERIFY(!picker->visibleChoices().contains(closed));
    QVERIFY2(picker->textOf(postable).contains(QLatin1String("(MEDIA)")),
             qPrintable(picker->textOf(postable)));
    QVERIFY(picker->textOf(closed).contains(QLatin1String("(MEDIA)")));

    // Typed and chosen as an operator does.
    auto *search = picker->findChild<QLineEdit *>(QStringLiteral("pickerSearch"));
    QVERIFY(search);
    QTest::keyClicks(search, postableName);
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_VERIFY(!picker->isVisible());
    QCOMPARE(features->value(row).channelId, postable);
    QVERIFY2(features->problem(row).isEmpty(), qPrintable(features->problem(row)));

    QTRY_VERIFY2(editor->saveButton()->isEnabled(), qPrintable(editor->saveReasonLabel()->text()));
    QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(
        serverFeature(m_sandbox, guildId, key).value(QLatin1String("channelId")).toString(),
        postable, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!editor->hasUnsavedChanges(), 20000);

    // The closed one, were it chosen, is a problem that blocks saving.
    QVERIFY(features->setChannel(row, closed));
    QVERIFY(!features->problem(row).isEmpty());
    QVERIFY(!editor->canSave());
    editor->revert();
}

void TestSkewDiscordPage::renamedEvent_fetchesTheGuildAgain_nameShown()
{
    DiscordGuildListModel *guilds = m_sync->guildModel();
    const QString guildId = guilds->guildAt(guilds->rowCount() - 1).guildId;
    const QString name = QStringLiteral("Renamed by the newer server");
    QSignalSpy refetched(m_sync, &DiscordSyncController::guildRefetched);
    QString error;
    m_sandbox.control(QStringLiteral("update-guild"),
                      {{QStringLiteral("guildId"), guildId}, {QStringLiteral("name"), name}},
                      &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(guilds->guildAt(guilds->rowOf(guildId)).name, name, 20000);
    QVERIFY(refetched.count() >= 1);
    QCOMPARE(refetched.first().first().toString(), guildId);
}

void TestSkewDiscordPage::unknownEventKind_withoutChange_stillFetchesTheGuild()
{
    DiscordGuildListModel *guilds = m_sync->guildModel();
    const QString guildId = guilds->guildAt(0).guildId;
    const QString before = guilds->guildAt(0).name;
    QSignalSpy refetched(m_sync, &DiscordSyncController::guildRefetched);
    QString error;
    m_sandbox.control(
        QStringLiteral("guild-event"),
        {{QStringLiteral("guildId"), guildId}, {QStringLiteral("kind"), QStringLiteral("RENAMED")}},
        &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(!refetched.isEmpty(), 20000);
    QCOMPARE(refetched.first().first().toString(), guildId);
    QCOMPARE(guilds->guildAt(guilds->rowOf(guildId)).name, before);
}

QTEST_MAIN(TestSkewDiscordPage)
#include "TestSkewDiscordPage.moc"
