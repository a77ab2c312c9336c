#include "DiscordTestData.h"

#include "models/discord/DiscordChannelOrder.h"
#include "models/discord/FeatureMappingModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace DiscordTestData;

class TestFeatureMappingModel final : public QObject
{
    Q_OBJECT

private:
    // A model loaded with guild 1, watched by QAbstractItemModelTester.
    struct Fixture
    {
        FeatureMappingModel model;
        QAbstractItemModelTester tester {&model,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest};
        Fixture()
        {
            model.setFeatureCatalog(catalog());
            model.loadGuild(snowflake(1), channels(), roles(), features());
        }
        int row(const char *key) const { return model.rowOfFeature(QLatin1String(key)); }
    };

private Q_SLOTS:
    void rows_catalogThenUnknownKeys()
    {
        Fixture f;
        QCOMPARE(f.model.rowCount(), 7);
        for (int i = 0; i < 6; ++i)
            QCOMPARE(f.model.featureKey(i), catalog().at(i).key);
        QCOMPARE(f.model.featureKey(6), QStringLiteral("stream_schedule"));
        QVERIFY(!f.model.isKnownFeature(6));
        QVERIFY(f.model.isKnownFeature(0));
        const FeatureMappingModel::Value v = f.model.value(6);
        QVERIFY(v.enabled);
        QCOMPARE(v.channelId, snowflake(213));
    }

    void unknownKey_editableAndNeverDropped()
    {
        Fixture f;
        const int r = f.row("stream_schedule");
        QVERIFY(f.model.flags(f.model.index(r, int(DiscordFeatureColumn::Channel)))
                & Qt::ItemIsEditable);
        QVERIFY(f.model.setChannel(r, snowflake(210)));
        QCOMPARE(f.model.stagedChanges().size(), 1);
        QCOMPARE(f.model.stagedChanges().first().feature, QStringLiteral("stream_schedule"));
        // A server list without the key (another client that does not know it)
        // does not remove the row.
        f.model.applyServerFeatures({feature(QStringLiteral("live_notification"), true, 210, 300)});
        QVERIFY(f.model.rowOfFeature(QStringLiteral("stream_schedule")) >= 0);
        // New unknown keys from the server appear.
        f.model.applyServerFeatures(
            {feature(QStringLiteral("zz_new_feature"), false, 0), features().first()});
        QVERIFY(f.model.rowOfFeature(QStringLiteral("zz_new_feature")) >= 0);
    }

    void edit_stagesMarksAndReverts()
    {
        Fixture f;
        QSignalSpy state(&f.model, &FeatureMappingModel::stateChanged);
        const int r = f.row("chat_mirror");
        QVERIFY(!f.model.isChanged(r));
        QVERIFY(f.model.setChannel(r, snowflake(215)));
        QVERIFY(f.model.setData(f.model.index(r, int(DiscordFeatureColumn::Enabled)), Qt::Checked,
                                Qt::CheckStateRole));
        QVERIFY(f.model.isChanged(r));
        QVERIFY(f.model.index(r, 0).data(DiscordChangedRole).toBool());
        QVERIFY(state.count() >= 2);
        const QList<DiscordGuildFeatureInput> staged = f.model.stagedChanges();
        QCOMPARE(staged.size(), 1);
        QCOMPARE(staged.first().guildId, snowflake(1));
        QVERIFY(staged.first().enabled);
        QCOMPARE(staged.first().channelId, snowflake(215));
        QVERIFY(f.model.canSave());

        // Editing back to the server's value is no change at all.
        f.model.setEnabled(r, false);
        f.model.setChannel(r, QString());
        QVERIFY(!f.model.isChanged(r));
        QVERIFY(!f.model.hasStagedChanges());

        f.model.setEnabled(f.row("live_notification"), false);
        f.model.setMentionRole(f.row("event_feed"), snowflake(301));
        QCOMPARE(f.model.changedCount(), 2);
        f.model.revert();
        QCOMPARE(f.model.changedCount(), 0);
        QVERIFY(f.model.value(f.row("live_notification")).enabled);
    }

    void validation_enabledNeedsChannel()
    {
        Fixture f;
        const int r = f.row("clip_feed");
        f.model.setEnabled(r, true);
        QVERIFY(!f.model.isValid());
        QVERIFY(!f.model.problem(r).isEmpty());
        QVERIFY(!f.model.canSave());
        QVERIFY(f.model.saveBlockedReason().contains(QStringLiteral("no channel")));
        f.model.setChannel(r, snowflake(211));
        QVERIFY(f.model.isValid());
        QVERIFY(f.model.canSave());
    }

    void validation_missingChannelAndRoleAreFlagged()
    {
        FeatureMappingModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFeatureCatalog(catalog());
        // The server still routes to a channel and a role that were deleted.
        model.loadGuild(snowflake(1), channels(), roles(),
                        {feature(QStringLiteral("event_feed"), true, 299, 399)});
        const int r = model.rowOfFeature(QStringLiteral("event_feed"));
        QVERIFY(model.problem(r).contains(snowflake(299)));
        QVERIFY(!model.isValid());
        QVERIFY(model.index(r, int(DiscordFeatureColumn::Channel))
                    .data()
                    .toString()
                    .contains(snowflake(299)));
        model.setChannel(r, snowflake(210));
        QVERIFY(model.problem(r).contains(snowflake(399))); // the role next
        model.setMentionRole(r, QString());
        QVERIFY(model.isValid());
        QVERIFY(model.canSave());
    }

    void validation_snowflakesAndChannelTypes()
    {
        Fixture f;
        const int r = f.row("announcement");
        f.model.setChannel(r, QStringLiteral("12345"));
        QVERIFY(f.model.problem(r).contains(QStringLiteral("12345")));
        f.model.setChannel(r, QStringLiteral("not-a-number-at-all"));
        QVERIFY(!f.model.isValid());
        f.model.setChannel(r, snowflake(212)); // voice
        QVERIFY(f.model.problem(r).contains(QStringLiteral("voice")));
        f.model.setChannel(r, snowflake(213));
        f.model.setMentionRole(r, QStringLiteral("999"));
        QVERIFY(!f.model.problem(r).isEmpty());
        f.model.setMentionRole(r, snowflake(300));
        QVERIFY(f.model.problem(r).isEmpty());
    }

    void warnings_botCannotPostAndRoleNotMentionable()
    {
        Fixture f;
        const int r = f.row("moderation_log");
        f.model.setChannel(r, snowflake(214));
        f.model.setMentionRole(r, snowflake(301));
        QVERIFY(f.model.problem(r).isEmpty()); // not blocking
        QVERIFY(f.model.warning(r).contains(QStringLiteral("lacks permission")));
        QVERIFY(f.model.warning(r).contains(QStringLiteral("not mentionable")));
    }

    void server_changeOnCleanRowIsApplied()
    {
        Fixture f;
        QList<DiscordGuildFeature> server = features();
        server[1].enabled = true;
        server[1].updatedAt += 5000;
        f.model.applyServerFeatures(server);
        QVERIFY(f.model.value(f.row("event_feed")).enabled);
        QVERIFY(!f.model.hasConflicts());
        QVERIFY(!f.model.hasStagedChanges());
    }

    void server_changeOnEditedRowIsAConflict()
    {
        Fixture f;
        const int r = f.row("live_notification");
        f.model.setChannel(r, snowflake(215)); // yours: #welcome
        QList<DiscordGuildFeature> server = features();
        server[0].channelId = snowflake(211); // theirs: #clips
        server[0].updatedAt += 5000;
        f.model.applyServerFeatures(server);
        QVERIFY(f.model.isConflicted(r));
        QVERIFY(f.model.index(r, 0).data(DiscordConflictRole).toBool());
        QCOMPARE(f.model.value(r).channelId, snowflake(215)); // not overwritten
        QVERIFY(!f.model.canSave());
        const QList<FeatureMappingModel::Conflict> conflicts = f.model.conflicts();
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts.first().theirs.channelId, snowflake(211));
        QCOMPARE(conflicts.first().yours.channelId, snowflake(215));

        f.model.resolveConflict(r, true);
        QVERIFY(!f.model.hasConflicts());
        QCOMPARE(f.model.value(r).channelId, snowflake(215));
        QCOMPARE(f.model.serverValue(r).channelId, snowflake(211));
        QVERIFY(f.model.canSave());

        // Again, taking theirs this time.
        server[0].channelId = snowflake(210);
        server[0].updatedAt += 5000;
        f.model.applyServerFeatures(server);
        QVERIFY(f.model.isConflicted(r));
        f.model.resolveAllConflicts(false);
        QVERIFY(!f.model.hasStagedChanges());
        QCOMPARE(f.model.value(r).channelId, snowflake(210));
    }

    void server_sameChangeAsStagedSettlesIt()
    {
        Fixture f;
        const int r = f.row("event_feed");
        f.model.setEnabled(r, true);
        QList<DiscordGuildFeature> server = features();
        server[1].enabled = true; // our own save echoing back, or the same edit elsewhere
        server[1].updatedAt += 1;
        f.model.applyServerFeatures(server);
        QVERIFY(!f.model.isChanged(r));
        QVERIFY(!f.model.hasConflicts());
    }

    void markSaved_settlesTheRow()
    {
        Fixture f;
        const int r = f.row("clip_feed");
        f.model.setChannel(r, snowflake(211));
        f.model.setEnabled(r, true);
        DiscordGuildFeature stored =
            feature(QStringLiteral("clip_feed"), true, 211, 0, 1800000000000LL);
        f.model.markSaved(stored);
        QVERIFY(!f.model.isChanged(r));
        QCOMPARE(f.model.index(r, int(DiscordFeatureColumn::LastChanged))
                     .data(DiscordSortRole)
                     .toLongLong(),
                 1800000000000LL);
    }

    void readOnly_refusesEdits()
    {
        Fixture f;
        f.model.setReadOnly(true);
        const QModelIndex enabled = f.model.index(0, int(DiscordFeatureColumn::Enabled));
        QVERIFY(!(f.model.flags(enabled) & Qt::ItemIsUserCheckable));
        QVERIFY(!(f.model.flags(f.model.index(0, int(DiscordFeatureColumn::Channel)))
                  & Qt::ItemIsEditable));
        QVERIFY(!f.model.setData(enabled, Qt::Unchecked, Qt::CheckStateRole));
        QVERIFY(!f.model.setEnabled(0, false));
        QVERIFY(!f.model.hasStagedChanges());
        QVERIFY(!f.model.canSave());
        // Still shows everything.
        QCOMPARE(enabled.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    }

    void catalogLater_keepsRowsAndEdits()
    {
        FeatureMappingModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.loadGuild(snowflake(1), channels(), roles(), features());
        QCOMPARE(model.rowCount(), 3); // no catalog yet: the guild's keys only
        model.setEnabled(model.rowOfFeature(QStringLiteral("event_feed")), true);
        model.setChannel(model.rowOfFeature(QStringLiteral("event_feed")), snowflake(211));
        model.setFeatureCatalog(catalog());
        QCOMPARE(model.rowCount(), 7);
        QVERIFY(model.isChanged(model.rowOfFeature(QStringLiteral("event_feed"))));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canSave());
    }

    void channelOrder_discordOrderTextAndAnnouncementOnly()
    {
        const QList<DiscordChannelOrder::Entry> entries =
            DiscordChannelOrder::postableChannels(channels());
        QStringList names;
        for (const auto &e : entries)
            names.append((e.isCategory ? QStringLiteral("+") : QString()) + e.channel.name);
        // Uncategorised first; INFO (position 0) before COMMUNITY (1); no voice.
        QCOMPARE(names,
                 (QStringList {QStringLiteral("welcome"), QStringLiteral("+INFO"),
                               QStringLiteral("news"), QStringLiteral("mod-only"),
                               QStringLiteral("+COMMUNITY"), QStringLiteral("clips"),
                               QStringLiteral("general")}));
    }
};

QTEST_MAIN(TestFeatureMappingModel)
#include "TestFeatureMappingModel.moc"
