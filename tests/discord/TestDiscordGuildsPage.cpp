// The Discord guilds page with the real DiscordSyncController against a
// sandbox (lumio_add_test ... SANDBOX), driven like an operator would:
// pickers typed into, buttons clicked, dialogs answered. A second client
// (SandboxInfo::graphql) reads back what was saved and makes concurrent changes.
#include "SandboxInfo.h"

#include "api/GraphQLClient.h"
#include "api/GraphQLWsClient.h"
#include "app/sync/DiscordSyncController.h"
#include "models/discord/DiscordGuildFilterModel.h"
#include "models/discord/DiscordGuildListModel.h"
#include "models/discord/FeatureMappingModel.h"
#include "models/settings/AppSettings.h"
#include "views/ActionRegistry.h"
#include "views/discord/AddServerDialog.h"
#include "views/discord/DisconnectGuildDialog.h"
#include "views/discord/DiscordGuildsPage.h"
#include "views/discord/DiscordPickerPopup.h"

#include <QAction>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

namespace {

const QString kFeaturesQuery = QStringLiteral("query($g: ID!) { discordGuildFeatures(guildId: $g) "
                                              "{ feature enabled channelId mentionRoleId } }");
const QString kSetFeature = QStringLiteral(
    "mutation($i: DiscordGuildFeatureInput!) { setDiscordGuildFeature(input: $i) { feature } }");

// Everything one signed-in operator has: clients, controller, page.
struct Harness
{
    QNetworkAccessManager network;
    std::unique_ptr<GraphQLClient> http;
    std::unique_ptr<GraphQLWsClient> ws;
    DiscordSyncController sync;
    ActionRegistry registry;
    // The preferences the page follows (the search debounce, 0 here).
    QTemporaryDir settingsDir;
    QSettings settingsFile {settingsDir.filePath(QStringLiteral("settings.ini")),
                            QSettings::IniFormat};
    AppSettings settings {&settingsFile};
    std::unique_ptr<DiscordGuildsPage> page;
    QList<QUrl> openedUrls;
    QStringList prompts;
    bool discard = true;
    int settled = 0;

    FeatureMappingModel &features() { return *sync.featureModel(); }
    DiscordGuildListModel &guilds() { return *sync.guildModel(); }
};

QJsonObject serverFeature(const SandboxInfo &sandbox, const QString &guildId, const QString &key)
{
    const QJsonObject reply =
        sandbox.graphql(QStringLiteral("admin"), kFeaturesQuery, {{QStringLiteral("g"), guildId}});
    const QJsonArray list = reply.value(QLatin1String("data"))
                                .toObject()
                                .value(QLatin1String("discordGuildFeatures"))
                                .toArray();
    for (const QJsonValue &v : list) {
        if (v.toObject().value(QLatin1String("feature")).toString() == key)
            return v.toObject();
    }
    return {};
}

// QTest::keyClicks asserts on characters outside Latin-1 (guild names have
// emoji); this types any text, one code point per key event.
void typeText(QWidget *widget, const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        QString unit(text.at(i));
        if (text.at(i).isHighSurrogate() && i + 1 < text.size())
            unit.append(text.at(++i));
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, unit, Qt::NoModifier);
    }
}

QString orEmpty(const QJsonValue &v)
{
    return v.isString() ? v.toString() : QString();
}

} // namespace

class TestDiscordGuildsPage final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Harness> signIn(const QString &role);
    // Opens guilds one by one (skipping ones other tests used) until pred holds.
    QString findGuild(Harness &h, const std::function<bool(const FeatureMappingModel &)> &pred);
    bool openGuild(Harness &h, const QString &guildId);
    // A TEXT channel the bot may post to, not the row's current one.
    static QString otherPostableChannel(const FeatureMappingModel &m, int row);
    // Picks a channel with the popup: types its name, presses Enter.
    bool pickChannel(Harness &h, int row, const QString &channelId);

    SandboxInfo m_sandbox;
    QSet<QString> m_used;

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void list_loadsSearchesAndSorts();
    void edit_saveAndReadBackFromSecondClient();
    void unknownFeatureKey_survivesSave();
    void validation_blocksBrokenSave();
    void conflict_concurrentChangeIsShownNotOverwritten();
    void leaving_withUnsavedEditsAsksFirst();
    void disconnect_needsTypedName();
    void disconnect_failureKeepsRowWithError();
    void permissions_readOnlySeesButCannotChange();
    void permissions_operatorCannotDisconnect();
    void addServer_selectsGuildWhenConnected();
    void addServer_saysWhenLinkExpired();
    void jumpFromBots_showsAccountAndBack();
};

void TestDiscordGuildsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_sandbox = SandboxInfo::fromEnvironment();
    QVERIFY2(m_sandbox.isValid(), qPrintable(m_sandbox.error()));
}

void TestDiscordGuildsPage::cleanup()
{
    QString error;
    m_sandbox.control(QStringLiteral("reset-faults"), {}, &error);
}

std::unique_ptr<Harness> TestDiscordGuildsPage::signIn(const QString &role)
{
    auto h = std::make_unique<Harness>();
    const QString token = m_sandbox.token(role);
    GraphQLClientConfig config;
    config.endpoint = m_sandbox.httpUrl();
    config.token = token;
    h->http = std::make_unique<GraphQLClient>(&h->network, config);
    h->ws = std::make_unique<GraphQLWsClient>(m_sandbox.wsUrl());
    h->ws->setTokenProvider([token] { return token; });
    Harness *raw = h.get();
    QObject::connect(h->ws.get(), &GraphQLWsClient::subscriptionsSettled, &h->sync,
                     [raw] { ++raw->settled; });

    // The viewer's permissions, as the session would get them.
    const QJsonObject viewer =
        m_sandbox.graphql(role, QStringLiteral("{ viewer { permissions isSystemAdmin } }"))
            .value(QLatin1String("data"))
            .toObject()
            .value(QLatin1String("viewer"))
            .toObject();
    QStringList granted;
    for (const QJsonValue &p : viewer.value(QLatin1String("permissions")).toArray())
        granted.append(p.toString());
    const Permissions permissions(granted, viewer.value(QLatin1String("isSystemAdmin")).toBool());

    h->settings.setSearchDebounceMs(0);
    h->page = std::make_unique<DiscordGuildsPage>(&h->sync, &h->settings);
    h->page->setUrlOpener([raw](const QUrl &url) {
        raw->openedUrls.append(url);
        return true;
    });
    h->page->setDiscardPrompt([raw](const QString &question) {
        raw->prompts.append(question);
        return raw->discard;
    });
    h->registry.setPermissionCheck([permissions](const QString &p) { return permissions.has(p); });
    h->registry.setSignedIn(true);
    h->registry.setCurrentContext(ActionContext::Discord);
    h->page->registerActions(h->registry);
    h->page->setPermissions(permissions);
    h->page->resize(1300, 800);
    h->page->show();

    h->ws->start();
    h->sync.setClients(h->http.get(), h->ws.get());
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(raw->guilds().isLoaded(), 15000);
    }();
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(raw->settled >= 1, 15000);
    }();
    return h;
}

bool TestDiscordGuildsPage::openGuild(Harness &h, const QString &guildId)
{
    if (!h.page->selectGuild(guildId))
        return false;
    return QTest::qWaitFor(
        [&] { return h.features().hasGuild() && h.features().guildId() == guildId; }, 10000);
}

QString
TestDiscordGuildsPage::findGuild(Harness &h,
                                 const std::function<bool(const FeatureMappingModel &)> &pred)
{
    for (int r = 0; r < h.guilds().rowCount(); ++r) {
        const DiscordGuild g = h.guilds().guildAt(r);
        if (m_used.contains(g.guildId) || !g.available)
            continue;
        if (!openGuild(h, g.guildId))
            continue;
        if (pred(h.features())) {
            m_used.insert(g.guildId);
            return g.guildId;
        }
    }
    return {};
}

QString TestDiscordGuildsPage::otherPostableChannel(const FeatureMappingModel &m, int row)
{
    const QString current = m.value(row).channelId;
    for (const DiscordChannel &c : m.channels()) {
        if (c.type == DiscordChannelType::Text && c.botCanPost && c.id != current) {
            // Unique name, so typing it finds exactly this one first.
            int same = 0;
            for (const DiscordChannel &o : m.channels())
                same += o.name.contains(c.name) ? 1 : 0;
            if (same == 1)
                return c.id;
        }
    }
    return {};
}

bool TestDiscordGuildsPage::pickChannel(Harness &h, int row, const QString &channelId)
{
    const DiscordChannel *c = h.features().channel(channelId);
    if (!c || !h.page->editChannel(row))
        return false;
    DiscordPickerPopup *picker = h.page->pickerPopup();
    if (!QTest::qWaitFor([&] { return picker->isVisible(); }, 2000))
        return false;
    typeText(picker->searchEdit(), c->name);
    if (picker->visibleChoices().value(0) != channelId)
        return false;
    QTest::keyClick(picker->searchEdit(), Qt::Key_Return);
    return !picker->isVisible() && h.features().value(row).channelId == channelId;
}

// --- tests ----------------------------------------------------------------------

void TestDiscordGuildsPage::list_loadsSearchesAndSorts()
{
    auto h = signIn(QStringLiteral("admin"));
    const int total = h->guilds().rowCount();
    QVERIFY(total > 10);
    QTableView *view = h->page->guildView();
    QCOMPARE(view->model()->rowCount(), total);

    // Search by account name, then by a guild ID.
    const DiscordGuild g = h->guilds().guildAt(3);
    QTest::keyClicks(h->page->searchEdit(), g.guildId);
    QTRY_COMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->index(0, 0).data(DiscordGuildIdRole).toString(), g.guildId);
    h->page->searchEdit()->clear();
    QTRY_COMPARE(view->model()->rowCount(), total);

    // Sort by the feature count, descending: the first row has the most.
    view->sortByColumn(int(DiscordGuildColumn::Features), Qt::DescendingOrder);
    int max = 0;
    for (int r = 0; r < total; ++r)
        max = qMax(max, h->guilds().guildAt(r).mappedFeatureCount);
    QCOMPARE(view->model()->index(0, int(DiscordGuildColumn::Features)).data().toInt(), max);

    // Clicking a row opens its mappings: the catalog's six features at least.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                      view->visualRect(view->model()->index(2, 0)).center());
    const QString clicked = view->model()->index(2, 0).data(DiscordGuildIdRole).toString();
    QTRY_COMPARE(h->features().guildId(), clicked);
    QVERIFY(h->features().rowCount() >= 6);
    QCOMPARE(h->page->currentGuildId(), clicked);
}

void TestDiscordGuildsPage::edit_saveAndReadBackFromSecondClient()
{
    auto h = signIn(QStringLiteral("admin"));
    const QString guildId = findGuild(*h, [](const FeatureMappingModel &m) {
        return m.isValid() && !otherPostableChannel(m, 0).isEmpty() && !m.roles().isEmpty();
    });
    QVERIFY2(!guildId.isEmpty(), "no guild with a valid mapping and a free text channel");
    FeatureMappingModel &m = h->features();
    const int row = m.rowOfFeature(QStringLiteral("chat_mirror"));
    QVERIFY(row >= 0);
    const QString channelId = otherPostableChannel(m, row);
    QVERIFY(pickChannel(*h, row, channelId));
    // Enable it with a click on the check box cell.
    QTableView *fv = h->page->featureView();
    const QModelIndex enabledCell = m.index(row, int(DiscordFeatureColumn::Enabled));
    const bool wasEnabled = m.value(row).enabled;
    if (!wasEnabled) {
        fv->setCurrentIndex(enabledCell);
        QTest::keyClick(fv, Qt::Key_Space);
        QTRY_VERIFY(m.value(row).enabled);
    }
    // And a mention role through the role picker, keyboard only.
    QVERIFY(h->page->editMentionRole(row));
    DiscordPickerPopup *picker = h->page->pickerPopup();
    QTRY_VERIFY(picker->isVisible());
    const QStringList roleChoices = picker->visibleChoices();
    QVERIFY(roleChoices.size() >= 2);
    QTest::keyClick(picker->searchEdit(), Qt::Key_Down); // from "no mention" to the highest role
    QTest::keyClick(picker->searchEdit(), Qt::Key_Return);
    const QString roleId = m.value(row).roleId;
    QVERIFY(!roleId.isEmpty());

    QVERIFY(m.isChanged(row));
    QVERIFY2(h->page->saveButton()->isEnabled(), qPrintable(h->page->saveReasonLabel()->text()));
    QVERIFY(h->registry.action(QStringLiteral("discord.save"))->isEnabled());
    QTest::mouseClick(h->page->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m.hasStagedChanges(), 10000);
    QTRY_VERIFY(h->page->statusLabel()->text().contains(QStringLiteral("Saved")));

    const QJsonObject stored = serverFeature(m_sandbox, guildId, QStringLiteral("chat_mirror"));
    QVERIFY(stored.value(QLatin1String("enabled")).toBool());
    QCOMPARE(orEmpty(stored.value(QLatin1String("channelId"))), channelId);
    QCOMPARE(orEmpty(stored.value(QLatin1String("mentionRoleId"))), roleId);
    // The list row follows (FEATURES_CHANGED updates the mapped count live).
    QVERIFY(!h->page->saveButton()->isEnabled());
}

void TestDiscordGuildsPage::unknownFeatureKey_survivesSave()
{
    auto h = signIn(QStringLiteral("admin"));
    const QString key = QStringLiteral("stream_schedule");
    const QString guildId = findGuild(*h, [&](const FeatureMappingModel &m) {
        const int r = m.rowOfFeature(key);
        return r >= 0 && !m.isKnownFeature(r) && m.isValid();
    });
    QVERIFY2(!guildId.isEmpty(), "no valid guild with the unknown key stream_schedule");
    FeatureMappingModel &m = h->features();
    const QJsonObject before = serverFeature(m_sandbox, guildId, key);
    QVERIFY(!before.isEmpty());

    // Change a catalog feature and the unknown one (it is editable too).
    const int unknownRow = m.rowOfFeature(key);
    const bool wasEnabled = m.value(unknownRow).enabled;
    if (m.value(unknownRow).channelId.isEmpty())
        QVERIFY(pickChannel(*h, unknownRow, otherPostableChannel(m, unknownRow)));
    QVERIFY(m.setData(m.index(unknownRow, int(DiscordFeatureColumn::Enabled)),
                      wasEnabled ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole));
    const int catalogRow = m.rowOfFeature(QStringLiteral("announcement"));
    m.setEnabled(catalogRow, false);
    if (!m.isChanged(catalogRow))
        m.setMentionRole(catalogRow, m.roles().first().id);
    QVERIFY2(m.canSave(), qPrintable(m.saveBlockedReason()));
    QTest::mouseClick(h->page->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m.hasStagedChanges(), 10000);

    const QJsonObject after = serverFeature(m_sandbox, guildId, key);
    QVERIFY2(!after.isEmpty(), "the unknown feature key was dropped");
    QCOMPARE(after.value(QLatin1String("enabled")).toBool(), !wasEnabled);
    // Still a row after the FEATURES_CHANGED round trip.
    QTRY_VERIFY(m.rowOfFeature(key) >= 0);
    QVERIFY(!m.isKnownFeature(m.rowOfFeature(key)));
}

void TestDiscordGuildsPage::validation_blocksBrokenSave()
{
    auto h = signIn(QStringLiteral("admin"));
    const QString guildId = findGuild(*h, [](const FeatureMappingModel &m) {
        const int r = m.rowOfFeature(QStringLiteral("clip_feed"));
        return m.isValid() && r >= 0 && !m.value(r).enabled;
    });
    QVERIFY(!guildId.isEmpty());
    FeatureMappingModel &m = h->features();
    const int row = m.rowOfFeature(QStringLiteral("clip_feed"));
    const QJsonObject before = serverFeature(m_sandbox, guildId, QStringLiteral("clip_feed"));

    // Enabled without a channel: Save is off and says why.
    m.setChannel(row, QString());
    m.setEnabled(row, true);
    QVERIFY(m.isChanged(row));
    QVERIFY(!h->page->saveButton()->isEnabled());
    QVERIFY2(h->page->saveReasonLabel()->text().contains(QStringLiteral("problem")),
             qPrintable(h->page->saveReasonLabel()->text()));
    QVERIFY(h->page->saveButton()->toolTip().contains(QStringLiteral("no channel")));
    QVERIFY(h->page->problemsLabel()->isVisible());
    QVERIFY(h->page->problemsLabel()->text().contains(QStringLiteral("clip_feed")));
    QVERIFY(!h->registry.action(QStringLiteral("discord.save"))->isEnabled());
    // Neither the slot nor the action sends anything.
    h->page->save();
    h->registry.action(QStringLiteral("discord.save"))->trigger();
    QTest::qWait(300);
    QVERIFY(m.isChanged(row));
    QCOMPARE(serverFeature(m_sandbox, guildId, QStringLiteral("clip_feed")), before);

    // A pasted ID that is not a snowflake is caught too.
    m.setChannel(row, QStringLiteral("12345"));
    QVERIFY(!h->page->saveButton()->isEnabled());
    // Fixing it enables Save.
    QVERIFY(pickChannel(*h, row, otherPostableChannel(m, row)));
    QVERIFY2(h->page->saveButton()->isEnabled(), qPrintable(h->page->saveReasonLabel()->text()));

    // A guild whose server-side mapping points at a deleted channel is
    // flagged on load, and blocks Save until fixed.
    m.revert();
    const QString broken = findGuild(*h, [](const FeatureMappingModel &mm) {
        for (int r = 0; r < mm.rowCount(); ++r) {
            const QString c = mm.value(r).channelId;
            if (!c.isEmpty() && !mm.channel(c))
                return true;
        }
        return false;
    });
    QVERIFY2(!broken.isEmpty(), "the sandbox seeds a few mappings to deleted channels");
    QVERIFY(!m.isValid());
    QVERIFY(h->page->problemsLabel()->isVisible());
    QVERIFY(h->page->problemsLabel()->text().contains(QStringLiteral("no longer exists")));
    int staleRow = -1;
    for (int r = 0; r < m.rowCount() && staleRow < 0; ++r) {
        if (!m.value(r).channelId.isEmpty() && !m.channel(m.value(r).channelId))
            staleRow = r;
    }
    QVERIFY(!m.problem(staleRow).isEmpty());
}

void TestDiscordGuildsPage::conflict_concurrentChangeIsShownNotOverwritten()
{
    auto h = signIn(QStringLiteral("admin"));
    const QString guildId = findGuild(*h, [](const FeatureMappingModel &m) {
        const int r = m.rowOfFeature(QStringLiteral("event_feed"));
        return m.isValid() && r >= 0 && !otherPostableChannel(m, r).isEmpty();
    });
    QVERIFY(!guildId.isEmpty());
    FeatureMappingModel &m = h->features();
    const int row = m.rowOfFeature(QStringLiteral("event_feed"));
    const QString mine = otherPostableChannel(m, row);
    QVERIFY(pickChannel(*h, row, mine));
    m.setEnabled(row, true);

    // Another operator routes the same feature elsewhere meanwhile.
    QString theirs;
    for (const DiscordChannel &c : m.channels()) {
        if (c.type == DiscordChannelType::Text && c.id != mine
            && c.id != m.serverValue(row).channelId)
            theirs = c.id;
    }
    QVERIFY(!theirs.isEmpty());
    const QJsonObject input {{QStringLiteral("guildId"), guildId},
                             {QStringLiteral("feature"), QStringLiteral("event_feed")},
                             {QStringLiteral("enabled"), true},
                             {QStringLiteral("channelId"), theirs}};
    const QJsonObject reply =
        m_sandbox.graphql(QStringLiteral("admin"), kSetFeature, {{QStringLiteral("i"), input}});
    QVERIFY2(!reply.contains(QLatin1String("errors")), QJsonDocument(reply).toJson().constData());

    QTRY_VERIFY_WITH_TIMEOUT(m.isConflicted(row), 10000);
    QCOMPARE(m.value(row).channelId, mine); // not overwritten
    QVERIFY(h->page->conflictLabel()->isVisible());
    QVERIFY(h->page->conflictLabel()->text().contains(QStringLiteral("event_feed")));
    QVERIFY(!h->page->saveButton()->isEnabled());

    // Keep mine, then save: the server ends with mine.
    QTest::mouseClick(h->page->keepMineButton(), Qt::LeftButton);
    QVERIFY(!m.hasConflicts());
    QVERIFY(!h->page->conflictLabel()->isVisible());
    QVERIFY(h->page->saveButton()->isEnabled());
    QTest::mouseClick(h->page->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m.hasStagedChanges(), 10000);
    QCOMPARE(orEmpty(serverFeature(m_sandbox, guildId, QStringLiteral("event_feed"))
                         .value(QLatin1String("channelId"))),
             mine);

    // A change to a row nobody edited here just shows up.
    const int other = m.rowOfFeature(QStringLiteral("moderation_log"));
    const QJsonObject input2 {{QStringLiteral("guildId"), guildId},
                              {QStringLiteral("feature"), QStringLiteral("moderation_log")},
                              {QStringLiteral("enabled"), true},
                              {QStringLiteral("channelId"), theirs}};
    m_sandbox.graphql(QStringLiteral("admin"), kSetFeature, {{QStringLiteral("i"), input2}});
    QTRY_COMPARE_WITH_TIMEOUT(m.value(other).channelId, theirs, 10000);
    QVERIFY(!m.hasConflicts());
}

void TestDiscordGuildsPage::leaving_withUnsavedEditsAsksFirst()
{
    auto h = signIn(QStringLiteral("admin"));
    const QString first =
        findGuild(*h, [](const FeatureMappingModel &m) { return m.rowCount() > 0; });
    const QString second =
        findGuild(*h, [](const FeatureMappingModel &m) { return m.rowCount() > 0; });
    QVERIFY(openGuild(*h, first));
    h->features().setEnabled(0, !h->features().value(0).enabled);
    QVERIFY(h->page->hasUnsavedChanges());

    h->discard = false;
    QVERIFY(!h->page->selectGuild(second));
    QCOMPARE(h->prompts.size(), 1);
    QCOMPARE(h->page->currentGuildId(), first);
    QVERIFY(h->features().hasStagedChanges());

    // Clicking another row asks too; "keep editing" puts the selection back.
    QTableView *view = h->page->guildView();
    int otherRow = -1;
    for (int r = 0; r < view->model()->rowCount() && otherRow < 0; ++r) {
        if (view->model()->index(r, 0).data(DiscordGuildIdRole).toString() != first)
            otherRow = r;
    }
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                      view->visualRect(view->model()->index(otherRow, 0)).center());
    QTRY_COMPARE(h->prompts.size(), 2);
    QTRY_COMPARE(view->currentIndex().data(DiscordGuildIdRole).toString(), first);
    QCOMPARE(h->features().guildId(), first);

    // Closing the window asks too, and keeps it open when told so.
    QVERIFY(!h->page->close());
    QCOMPARE(h->prompts.size(), 3);
    QVERIFY(h->page->isVisible());

    h->discard = true;
    QVERIFY(h->page->selectGuild(second));
    QTRY_COMPARE(h->features().guildId(), second);
    QCOMPARE(h->prompts.size(), 4);
    QVERIFY(!h->page->hasUnsavedChanges());
}

void TestDiscordGuildsPage::disconnect_needsTypedName()
{
    auto h = signIn(QStringLiteral("admin"));
    const QString guildId = findGuild(*h, [](const FeatureMappingModel &) { return true; });
    QVERIFY(!guildId.isEmpty());
    const QString name = h->guilds().guild(guildId).name;
    QVERIFY(!h->page->disconnectButton()->isHidden());
    QTest::mouseClick(h->page->disconnectButton(), Qt::LeftButton);
    DisconnectGuildDialog *dialog = h->page->disconnectDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(!dialog->disconnectButton()->isEnabled());
    typeText(dialog->confirmEdit(), name.left(name.size() - 1) + QStringLiteral("x"));
    QVERIFY(!dialog->disconnectButton()->isEnabled());
    QTest::mouseClick(dialog->disconnectButton(), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY(h->guilds().contains(guildId));
    dialog->confirmEdit()->clear();
    typeText(dialog->confirmEdit(), name);
    QVERIFY(dialog->disconnectButton()->isEnabled());
    QTest::mouseClick(dialog->disconnectButton(), Qt::LeftButton);

    QTRY_VERIFY_WITH_TIMEOUT(!h->guilds().contains(guildId), 10000);
    QVERIFY(h->page->currentGuildId().isEmpty());
    // The editor says so instead of opening the neighbour row.
    auto *placeholder = h->page->findChild<QLabel *>(QStringLiteral("discordEditorPlaceholder"));
    QTRY_VERIFY(placeholder && placeholder->isVisible());
    QVERIFY(placeholder->text().contains(QStringLiteral("disconnected")));
    QTest::qWait(50);
    QVERIFY(h->page->currentGuildId().isEmpty());
    QVERIFY(!h->features().hasGuild());
    const QJsonObject reply = m_sandbox.graphql(
        QStringLiteral("admin"),
        QStringLiteral("query($s: String) { adminDiscordGuilds(search: $s) { totalCount } }"),
        {{QStringLiteral("s"), guildId}});
    QCOMPARE(reply.value(QLatin1String("data"))
                 .toObject()
                 .value(QLatin1String("adminDiscordGuilds"))
                 .toObject()
                 .value(QLatin1String("totalCount"))
                 .toInt(),
             0);
}

void TestDiscordGuildsPage::disconnect_failureKeepsRowWithError()
{
    auto h = signIn(QStringLiteral("admin"));
    const QString guildId = findGuild(*h, [](const FeatureMappingModel &) { return true; });
    QVERIFY(!guildId.isEmpty());
    QString error;
    m_sandbox.control(QStringLiteral("faults"),
                      {{QStringLiteral("failures"),
                        QJsonObject {{QStringLiteral("disconnectDiscordGuild"),
                                      QJsonObject {{QStringLiteral("rate"), 1},
                                                   {QStringLiteral("kind"),
                                                    QStringLiteral("INTERNAL_SERVER_ERROR")}}}}}},
                      &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    h->page->disconnectCurrentGuild();
    DisconnectGuildDialog *dialog = h->page->disconnectDialog();
    QTRY_VERIFY(dialog && dialog->isVisible());
    typeText(dialog->confirmEdit(), h->guilds().guild(guildId).name);
    QTest::mouseClick(dialog->disconnectButton(), Qt::LeftButton);

    QTRY_VERIFY_WITH_TIMEOUT(!h->guilds().rowError(guildId).isEmpty(), 10000);
    QVERIFY(h->guilds().contains(guildId));
    QVERIFY(!h->guilds().isPending(guildId));
    QVERIFY(h->page->statusLabel()->text().contains(QStringLiteral("Could not disconnect")));
    QCOMPARE(h->page->currentGuildId(), guildId);
}

void TestDiscordGuildsPage::permissions_readOnlySeesButCannotChange()
{
    auto h = signIn(QStringLiteral("readonly"));
    QVERIFY(h->guilds().rowCount() > 0);
    QVERIFY(h->page->readOnlyNote()->isVisible());
    QVERIFY(h->page->saveButton()->isHidden());
    QVERIFY(h->page->revertButton()->isHidden());
    QVERIFY(h->page->disconnectButton()->isHidden());
    QVERIFY(h->page->addServerButton()->isHidden());
    for (const char *id :
         {"discord.save", "discord.revert", "discord.disconnect", "discord.addServer"})
        QVERIFY2(!h->registry.isPermitted(QLatin1String(id)), id);
    QVERIFY(h->registry.action(QStringLiteral("discord.focusSearch"))->isEnabled());

    // Sees every mapping...
    const QString guildId = h->guilds().guildAt(0).guildId;
    QVERIFY(openGuild(*h, guildId));
    FeatureMappingModel &m = h->features();
    QVERIFY(m.rowCount() >= 6);
    QVERIFY(!h->page->featureView()->model()->index(0, 0).data().toString().isEmpty());
    // ...and can change none.
    QVERIFY(!h->page->editChannel(0));
    QVERIFY(!h->page->editMentionRole(0));
    QVERIFY(!h->page->pickerPopup()->isVisible());
    const bool enabled = m.value(0).enabled;
    QTableView *fv = h->page->featureView();
    const QModelIndex cell = m.index(0, int(DiscordFeatureColumn::Enabled));
    fv->setCurrentIndex(cell);
    QTest::keyClick(fv, Qt::Key_Space);
    QTest::mouseClick(fv->viewport(), Qt::LeftButton, {}, fv->visualRect(cell).center());
    QCOMPARE(m.value(0).enabled, enabled);
    QVERIFY(!m.setData(cell, enabled ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole));
    QVERIFY(!m.hasStagedChanges());
    h->page->addServer();
    QVERIFY(!h->page->addServerDialog());
    h->page->disconnectCurrentGuild();
    QVERIFY(!h->page->disconnectDialog());
}

void TestDiscordGuildsPage::permissions_operatorCannotDisconnect()
{
    auto h = signIn(QStringLiteral("operator"));
    QVERIFY(!h->page->readOnlyNote()->isVisible());
    QVERIFY(!h->page->saveButton()->isHidden());
    QVERIFY(!h->page->addServerButton()->isHidden());
    QVERIFY(h->page->disconnectButton()->isHidden());
    QVERIFY(!h->registry.isPermitted(QStringLiteral("discord.disconnect")));
    QVERIFY(h->registry.isPermitted(QStringLiteral("discord.save")));
    QVERIFY(h->page->canEdit());
    QVERIFY(!h->page->canDisconnect());
    QVERIFY(openGuild(*h, h->guilds().guildAt(1).guildId));
    h->page->disconnectCurrentGuild();
    QVERIFY(!h->page->disconnectDialog());
    QVERIFY(h->page->editMentionRole(0));
    h->page->pickerPopup()->hide();
}

void TestDiscordGuildsPage::addServer_selectsGuildWhenConnected()
{
    auto h = signIn(QStringLiteral("admin"));
    QVERIFY(h->page->addServerButton()->isEnabled());
    QTest::mouseClick(h->page->addServerButton(), Qt::LeftButton);
    AddServerDialog *dialog = h->page->addServerDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    // Not a UUID: no way on.
    dialog->accountIdEdit()->setText(QStringLiteral("not-an-account"));
    QVERIFY(!dialog->continueButton()->isEnabled());
    // Pick an account from the list.
    QVERIFY(dialog->accountList()->count() > 0);
    dialog->accountList()->setCurrentRow(0);
    const QString accountId = dialog->accountId();
    QVERIFY(!accountId.isEmpty());
    QTest::mouseClick(dialog->continueButton(), Qt::LeftButton);

    QTRY_COMPARE_WITH_TIMEOUT(h->openedUrls.size(), 1, 10000);
    QVERIFY(h->openedUrls.first().toString().startsWith(QStringLiteral("https://discord.com/")));
    QVERIFY(h->page->isWaitingForDiscord());
    QVERIFY(h->page->waitingLabel()->isVisible());
    QVERIFY(h->page->waitingLabel()->text().contains(QStringLiteral("expires in")));

    // Discord's callback: the sandbox connects a guild for the account.
    QString error;
    const QJsonObject answer =
        m_sandbox.control(QStringLiteral("connect-guild"),
                          {{QStringLiteral("accountId"), accountId},
                           {QStringLiteral("name"), QStringLiteral("Fresh From Discord")}},
                          &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString newId =
        answer.value(QLatin1String("guild")).toObject().value(QLatin1String("guildId")).toString();
    QVERIFY(!newId.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(h->page->currentGuildId(), newId, 10000);
    QVERIFY(!h->page->isWaitingForDiscord());
    QVERIFY(!h->page->waitingLabel()->isVisible());
    QTRY_COMPARE(h->features().guildId(), newId);
    QCOMPARE(h->page->guildView()->currentIndex().data(DiscordGuildIdRole).toString(), newId);
    m_used.insert(newId);
}

void TestDiscordGuildsPage::addServer_saysWhenLinkExpired()
{
    auto h = signIn(QStringLiteral("admin"));
    QString error;
    m_sandbox.control(QStringLiteral("faults"), {{QStringLiteral("authorizationTtlSeconds"), 2}},
                      &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    h->page->startAuthorization(h->guilds().guildAt(0).accountId);
    QTRY_VERIFY_WITH_TIMEOUT(h->page->isWaitingForDiscord(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(h->page->waitingLabel()->text().contains(QStringLiteral("expired")),
                             8000);
    QVERIFY(!h->page->isWaitingForDiscord());
}

void TestDiscordGuildsPage::jumpFromBots_showsAccountAndBack()
{
    auto h = signIn(QStringLiteral("admin"));
    // An account with a guild.
    const DiscordGuild g = h->guilds().guildAt(h->guilds().rowCount() / 2);
    h->page->showAccount(g.accountId);
    QAbstractItemModel *shown = h->page->guildView()->model();
    QVERIFY(shown->rowCount() >= 1);
    for (int r = 0; r < shown->rowCount(); ++r)
        QCOMPARE(shown->index(r, 0).data(DiscordAccountIdRole).toString(), g.accountId);
    QTRY_VERIFY(h->features().hasGuild());
    QCOMPARE(h->guilds().guild(h->page->currentGuildId()).accountId, g.accountId);

    QSignalSpy back(h->page.get(), &DiscordGuildsPage::backToBotsRequested);
    QPushButton *backButton =
        h->page->findChild<QPushButton *>(QStringLiteral("discordBackToBots"));
    QVERIFY(backButton && backButton->isVisible());
    QTest::mouseClick(backButton, Qt::LeftButton);
    QCOMPARE(back.count(), 1);
    QCOMPARE(back.first().first().toString(), g.accountId);

    h->page->showAllAccounts();
    QCOMPARE(shown->rowCount(), h->guilds().rowCount());
}

QTEST_MAIN(TestDiscordGuildsPage)
#include "TestDiscordGuildsPage.moc"
