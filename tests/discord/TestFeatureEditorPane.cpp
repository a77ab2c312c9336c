// FeatureEditorPane alone, against FakeDiscordCommands: what it shows while
// a guild loads, fails or goes, what blocks Save and how it is said, the
// conflict strip, saving and disconnecting through the commands, the
// pickers, read-only, and asking before edits are dropped.
#include "DiscordTestData.h"
#include "FakeDiscordCommands.h"

#include "models/discord/DiscordModelRoles.h"
#include "views/discord/DisconnectGuildDialog.h"
#include "views/discord/DiscordPickerPopup.h"
#include "views/discord/FeatureEditorPane.h"
#include "views/widgets/MessageBanner.h"
#include "views/widgets/StatusPalette.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QVBoxLayout>

using namespace DiscordTestData;

namespace {

struct Fixture
{
    FakeDiscordCommands commands;
    QWidget window;
    FeatureEditorPane *pane = nullptr;
    QStringList prompts;
    bool discard = false;

    Fixture()
    {
        commands.guilds.setGuilds(
            {guild(1, QStringLiteral("Alpha Lounge")), guild(2, QStringLiteral("Bravo Den"))});
        commands.features.setFeatureCatalog(catalog());
        pane = new FeatureEditorPane(&commands, &window);
        pane->setDiscardPrompt([this](const QString &question) {
            prompts.append(question);
            return discard;
        });
        pane->setPermissions(true, true);
        auto *layout = new QVBoxLayout(&window);
        layout->addWidget(pane);
        window.resize(700, 600);
        window.show();
    }

    // Opens guild 1 and answers like the controller: the data, then done.
    void openLoaded()
    {
        pane->openGuild(snowflake(1));
        commands.features.loadGuild(snowflake(1), channels(), roles(), features());
        FakeDiscordCommands::answer(commands.opens, ApiError());
    }

    int row(const char *key) const { return commands.features.rowOfFeature(QLatin1String(key)); }
    QLabel *placeholder() const
    {
        return pane->findChild<QLabel *>(QStringLiteral("discordEditorPlaceholder"));
    }
    MessageBanner *conflictBar() const
    {
        return pane->findChild<MessageBanner *>(QStringLiteral("discordConflictBar"));
    }
};

ApiError failure(const QString &message)
{
    ApiError e;
    e.kind = ApiError::Kind::Network;
    e.message = message;
    return e;
}

} // namespace

class TestFeatureEditorPane final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void nothingOpen_saysHowToStart()
    {
        Fixture f;
        QVERIFY(f.placeholder()->isVisible());
        QVERIFY(f.placeholder()->text().contains(QStringLiteral("Select a server")));
        QVERIFY(!f.pane->canSave());
        QVERIFY(!f.pane->editChannel(0));
    }

    void open_loadsThroughCommands_thenEdits()
    {
        Fixture f;
        f.pane->openGuild(snowflake(1));
        QCOMPARE(f.commands.opens.size(), 1);
        QCOMPARE(f.commands.opens.first().id, snowflake(1));
        QCOMPARE(f.pane->guildId(), snowflake(1));
        QVERIFY(f.pane->featureView()->isVisible());
        QVERIFY(!f.pane->featureView()->isEnabled()); // loading
        QVERIFY(!f.pane->editChannel(0));

        f.commands.features.loadGuild(snowflake(1), channels(), roles(), features());
        FakeDiscordCommands::answer(f.commands.opens, ApiError());
        QVERIFY(f.pane->featureView()->isEnabled());
        QCOMPARE(f.pane->saveReasonLabel()->text(), QStringLiteral("No unsaved changes"));
        QVERIFY(!f.pane->canSave());
        QVERIFY(!f.pane->canRevert());
        QVERIFY(f.pane->canDisconnect());
    }

    void openFailure_saysWhyInsteadOfAnEditor()
    {
        Fixture f;
        f.pane->openGuild(snowflake(1));
        FakeDiscordCommands::answer(f.commands.opens, failure(QStringLiteral("the line is down")));
        QVERIFY(f.placeholder()->isVisible());
        QVERIFY(f.placeholder()->text().contains(QStringLiteral("the line is down")));
    }

    void staleAnswer_forAnEarlierGuild_isIgnored()
    {
        Fixture f;
        f.pane->openGuild(snowflake(1));
        f.pane->openGuild(snowflake(2));
        FakeDiscordCommands::answer(f.commands.opens, failure(QStringLiteral("late")));
        QCOMPARE(f.pane->guildId(), snowflake(2));
        QVERIFY(!f.placeholder()->text().contains(QStringLiteral("late")));
    }

    void brokenEdit_blocksSave_listsTheProblemInTheErrorColour()
    {
        Fixture f;
        f.openLoaded();
        QVERIFY(f.commands.features.setEnabled(f.row("clip_feed"), true)); // no channel
        QVERIFY(!f.pane->canSave());
        QVERIFY(f.pane->problemsLabel()->isVisible());
        QVERIFY(f.pane->problemsLabel()->text().contains(QStringLiteral("clip_feed")));
        QVERIFY(f.pane->saveReasonLabel()->text().contains(QStringLiteral("problem")));
        const QColor error = StatusPalette::colour(StatusPalette::State::Error, f.pane->palette());
        QCOMPARE(f.pane->problemsLabel()->palette().color(QPalette::WindowText), error);
        QCOMPARE(f.pane->saveReasonLabel()->palette().color(QPalette::WindowText), error);
        QVERIFY(f.pane->canRevert());

        f.pane->revert();
        QVERIFY(!f.pane->problemsLabel()->isVisible());
        QVERIFY(f.pane->saveReasonLabel()->palette().color(QPalette::WindowText) != error);
    }

    void save_sendsThroughCommands_andReportsBothOutcomes()
    {
        Fixture f;
        f.openLoaded();
        QSignalSpy status(f.pane, &FeatureEditorPane::statusMessage);
        QVERIFY(f.commands.features.setEnabled(f.row("event_feed"), true)); // has a channel
        QVERIFY(f.pane->canSave());
        QTest::mouseClick(f.pane->saveButton(), Qt::LeftButton);
        QCOMPARE(f.commands.saves.size(), 1);
        QVERIFY(!f.pane->canSave()); // one save at a time
        QCOMPARE(f.pane->saveReasonLabel()->text(), QStringLiteral("Saving…"));
        QVERIFY(status.last().at(0).toString().startsWith(QStringLiteral("Saving 1")));
        QCOMPARE(status.last().at(1).toBool(), false);

        FakeDiscordCommands::answer(f.commands.saves, failure(QStringLiteral("rate limited")));
        QVERIFY(status.last().at(0).toString().contains(QStringLiteral("rate limited")));
        QCOMPARE(status.last().at(1).toBool(), true);
        QVERIFY(f.pane->canSave()); // the change is still staged: Save again

        f.pane->save();
        f.commands.features.markSaved({snowflake(1), QStringLiteral("event_feed"), true,
                                       snowflake(211), QString(), 1700000009000LL});
        FakeDiscordCommands::answer(f.commands.saves, ApiError());
        QVERIFY(status.last().at(0).toString().contains(QStringLiteral("Alpha Lounge")));
        QCOMPARE(status.last().at(1).toBool(), false);
        QVERIFY(!f.pane->canSave());
    }

    void conflict_showsTheirsAndYours_untilResolved()
    {
        Fixture f;
        f.openLoaded();
        const int r = f.row("event_feed");
        QVERIFY(f.commands.features.setChannel(r, snowflake(210)));
        // Another operator routes the same feature elsewhere meanwhile.
        QList<DiscordGuildFeature> server = features();
        server[1] = feature(QStringLiteral("event_feed"), true, 215, 0, 1700000005000LL);
        f.commands.features.applyServerFeatures(server);
        QVERIFY(f.commands.features.hasConflicts());

        QVERIFY(f.conflictBar()->isVisible());
        QCOMPARE(f.conflictBar()->kind(), MessageBanner::Kind::Attention);
        QVERIFY(f.pane->conflictLabel()->text().contains(QStringLiteral("event_feed")));
        QVERIFY(f.pane->conflictLabel()->text().contains(QStringLiteral("welcome")));
        QVERIFY(!f.pane->canSave());

        QTest::mouseClick(f.pane->keepMineButton(), Qt::LeftButton);
        QVERIFY(!f.commands.features.hasConflicts());
        QVERIFY(!f.conflictBar()->isVisible());
        QCOMPARE(f.commands.features.value(r).channelId, snowflake(210));
        QVERIFY(f.pane->canSave());
    }

    void picker_choiceStagesTheCell()
    {
        Fixture f;
        f.openLoaded();
        const int r = f.row("event_feed");
        QVERIFY(f.pane->editChannel(r));
        QVERIFY(f.pane->pickerPopup()->isVisible());
        QVERIFY(f.pane->pickerPopup()->visibleChoices().contains(snowflake(215)));
        Q_EMIT f.pane->pickerPopup()->chosen(snowflake(215));
        QCOMPARE(f.commands.features.value(r).channelId, snowflake(215));

        QVERIFY(f.pane->editMentionRole(r));
        Q_EMIT f.pane->pickerPopup()->chosen(snowflake(300));
        QCOMPARE(f.commands.features.value(r).roleId, snowflake(300));
    }

    void readOnly_hidesEditing_andRefusesPickers()
    {
        Fixture f;
        f.pane->setPermissions(false, false);
        f.openLoaded();
        QVERIFY(f.pane->saveButton()->isHidden());
        QVERIFY(f.pane->revertButton()->isHidden());
        QVERIFY(f.pane->disconnectButton()->isHidden());
        QVERIFY(f.commands.features.isReadOnly());
        QVERIFY(!f.pane->editChannel(0));
        QCOMPARE(f.pane->saveReasonLabel()->text(), QStringLiteral("Read-only"));
        f.pane->disconnectGuild();
        QVERIFY(!f.pane->disconnectDialog());
    }

    void disconnect_needsTheDialog_thenGoesThroughCommands()
    {
        Fixture f;
        f.openLoaded();
        QSignalSpy status(f.pane, &FeatureEditorPane::statusMessage);
        QTest::mouseClick(f.pane->disconnectButton(), Qt::LeftButton);
        QVERIFY(f.pane->disconnectDialog());
        QTRY_VERIFY(f.pane->disconnectDialog()->isVisible());
        QVERIFY(f.commands.disconnects.isEmpty());
        QTest::keyClicks(f.pane->disconnectDialog()->confirmEdit(), QStringLiteral("Alpha Lounge"));
        QTest::mouseClick(f.pane->disconnectDialog()->disconnectButton(), Qt::LeftButton);
        QCOMPARE(f.commands.disconnects.size(), 1);
        QCOMPARE(f.commands.disconnects.first().id, snowflake(1));
        QVERIFY(status.last().at(0).toString().startsWith(QStringLiteral("Disconnecting")));

        FakeDiscordCommands::answer(f.commands.disconnects, failure(QStringLiteral("forbidden")));
        QVERIFY(status.last().at(0).toString().contains(QStringLiteral("forbidden")));
        QCOMPARE(status.last().at(1).toBool(), true);
    }

    void openGuildRemoved_saysSo_andSignals()
    {
        Fixture f;
        f.openLoaded();
        QSignalSpy gone(f.pane, &FeatureEditorPane::openGuildGone);
        QVERIFY(f.commands.guilds.remove(snowflake(2))); // another guild: nothing happens
        QCOMPARE(gone.size(), 0);
        QVERIFY(f.commands.guilds.remove(snowflake(1)));
        QCOMPARE(gone.size(), 1);
        QVERIFY(f.pane->guildId().isEmpty());
        QVERIFY(f.placeholder()->isVisible());
        QVERIFY(f.placeholder()->text().contains(QStringLiteral("Alpha Lounge")));
    }

    void discard_asksOnlyWithEdits_andNamesTheGuild()
    {
        Fixture f;
        f.openLoaded();
        QVERIFY(f.pane->confirmDiscardChanges());
        QVERIFY(f.prompts.isEmpty());

        QVERIFY(f.commands.features.setEnabled(f.row("event_feed"), true));
        QVERIFY(f.pane->hasUnsavedChanges());
        f.discard = false;
        QVERIFY(!f.pane->confirmDiscardChanges());
        QCOMPARE(f.prompts.size(), 1);
        QVERIFY(f.prompts.first().contains(QStringLiteral("Alpha Lounge")));
        f.discard = true;
        QVERIFY(f.pane->confirmDiscardChanges());
    }

    void clear_forgetsGuildEditsAndPendingSave()
    {
        Fixture f;
        f.openLoaded();
        QVERIFY(f.commands.features.setEnabled(f.row("event_feed"), true));
        f.pane->save();
        f.pane->clear();
        QVERIFY(f.pane->guildId().isEmpty());
        QVERIFY(!f.commands.features.hasStagedChanges());
        QVERIFY(f.placeholder()->text().contains(QStringLiteral("Select a server")));
        QVERIFY(f.prompts.isEmpty()); // nobody is asked
    }
};

QTEST_MAIN(TestFeatureEditorPane)
#include "TestFeatureEditorPane.moc"
