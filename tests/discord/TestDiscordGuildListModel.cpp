#include "DiscordTestData.h"

#include "models/discord/DiscordGuildFilterModel.h"
#include "models/discord/DiscordGuildListModel.h"

#include <QAbstractItemModelTester>
#include <QPersistentModelIndex>
#include <QSignalSpy>
#include <QTest>

using namespace DiscordTestData;

class TestDiscordGuildListModel final : public QObject
{
    Q_OBJECT

private:
    static QList<DiscordGuild> sample()
    {
        return {guild(1, QStringLiteral("Night Owl Gaming"), 1, QStringLiteral("NightOwl")),
                guild(2, QStringLiteral("Zoë's Café"), 2, QStringLiteral("Zoë_Streams")),
                guild(3, QStringLiteral("acme community"), 3, QStringLiteral("acme_live")),
                guild(4, QStringLiteral("Acme Clips"), 3, QStringLiteral("acme_live"))};
    }

private Q_SLOTS:
    void snapshot_mergesWithoutReset()
    {
        DiscordGuildListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy loaded(&model, &DiscordGuildListModel::loadedChanged);
        model.setGuilds(sample());
        QCOMPARE(model.rowCount(), 4);
        QVERIFY(model.isLoaded());
        QCOMPARE(loaded.count(), 1);
        const QPersistentModelIndex keep = model.index(model.rowOf(snowflake(3)), 0);

        QList<DiscordGuild> next = sample();
        next.removeAt(1); // guild 2 gone
        next[1].name = QStringLiteral("Acme Community");
        next.append(guild(5, QStringLiteral("New One"), 4));
        model.setGuilds(next);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(model.rowCount(), 4);
        QVERIFY(!model.contains(snowflake(2)));
        QVERIFY(keep.isValid());
        QCOMPARE(keep.data().toString(), QStringLiteral("Acme Community"));
        QCOMPARE(model.rowOf(snowflake(5)), 3);
    }

    void events_connectedUpdatedFeaturesDisconnected()
    {
        DiscordGuildListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setGuilds(sample());
        QSignalSpy connected(&model, &DiscordGuildListModel::guildConnected);
        QSignalSpy removed(&model, &DiscordGuildListModel::guildRemoved);
        QSignalSpy features(&model, &DiscordGuildListModel::featuresChanged);

        DiscordGuild g = guild(9, QStringLiteral("Fresh"), 7);
        model.applyEvent({DiscordGuildEventKind::Connected, g.guildId, g});
        QCOMPARE(connected.count(), 1);
        QVERIFY(model.contains(g.guildId));

        g.available = false;
        model.applyEvent({DiscordGuildEventKind::Updated, g.guildId, g});
        const QModelIndex status =
            model.index(model.rowOf(g.guildId), int(DiscordGuildColumn::Status));
        QCOMPARE(status.data().toString(), QStringLiteral("Unavailable"));
        QVERIFY(!status.data(DiscordAvailableRole).toBool());

        g.mappedFeatureCount = 5;
        model.applyEvent({DiscordGuildEventKind::FeaturesChanged, g.guildId, g});
        QCOMPARE(features.count(), 1);
        QCOMPARE(
            model.index(model.rowOf(g.guildId), int(DiscordGuildColumn::Features)).data().toInt(),
            5);

        model.applyEvent({DiscordGuildEventKind::Disconnected, snowflake(1), std::nullopt});
        QCOMPARE(removed.count(), 1);
        QVERIFY(!model.contains(snowflake(1)));
        // Row numbers of the rest are still right after a removal in the middle.
        for (int r = 0; r < model.rowCount(); ++r)
            QCOMPARE(model.rowOf(model.guildAt(r).guildId), r);
        model.applyEvent({DiscordGuildEventKind::Unknown, snowflake(2), std::nullopt});
        QVERIFY(model.contains(snowflake(2)));
    }

    void disconnect_pendingAndError()
    {
        DiscordGuildListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setGuilds(sample());
        model.setPending(snowflake(2), true);
        const QModelIndex status =
            model.index(model.rowOf(snowflake(2)), int(DiscordGuildColumn::Status));
        QVERIFY(status.data(DiscordPendingRole).toBool());
        model.setPending(snowflake(2), false);
        model.setRowError(snowflake(2), QStringLiteral("FORBIDDEN"));
        QCOMPARE(status.data(Qt::ToolTipRole).toString(), QStringLiteral("FORBIDDEN"));
        QCOMPARE(model.rowError(snowflake(2)), QStringLiteral("FORBIDDEN"));
        model.setGuilds(sample()); // a fresh snapshot clears stale errors
        QVERIFY(model.rowError(snowflake(2)).isEmpty());
    }

    void accounts_distinctSortedByName()
    {
        DiscordGuildListModel model;
        model.setGuilds(sample());
        const QList<DiscordGuildListModel::Account> accounts = model.accounts();
        QCOMPARE(accounts.size(), 3);
        QCOMPARE(accounts.at(0).name, QStringLiteral("acme_live"));
        QCOMPARE(accounts.at(0).guildCount, 2);
        QCOMPARE(accounts.at(1).name, QStringLiteral("NightOwl"));
    }

    void proxy_searchFoldsCaseAndAccents()
    {
        DiscordGuildListModel model;
        model.setGuilds(sample());
        DiscordGuildFilterModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSearchText(QStringLiteral("zoe"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setSearchText(QStringLiteral("ACME"));
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setSearchText(snowflake(1)); // by guild ID
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setSearchText(uuid(2)); // by account ID
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setSearchText(QStringLiteral("nothing matches this"));
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setSearchText({});
        QCOMPARE(proxy.rowCount(), 4);
        proxy.setAccountFilter(uuid(3));
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setSearchText(QStringLiteral("clips"));
        QCOMPARE(proxy.rowCount(), 1);
        // Live rows of the filtered account appear.
        proxy.setSearchText({});
        model.upsert(guild(8, QStringLiteral("Acme Third"), 3, QStringLiteral("acme_live")));
        QCOMPARE(proxy.rowCount(), 3);
    }

    void proxy_sortsByRawValues()
    {
        DiscordGuildListModel model;
        model.setGuilds(sample());
        DiscordGuildFilterModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(int(DiscordGuildColumn::Name), Qt::AscendingOrder);
        // Case-insensitive: "acme community" before "Acme Clips"? c-l < c-o.
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("Acme Clips"));
        QCOMPARE(proxy.index(1, 0).data().toString(), QStringLiteral("acme community"));
        proxy.sort(int(DiscordGuildColumn::ConnectedAt), Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data(DiscordGuildIdRole).toString(), snowflake(4));
        proxy.sort(int(DiscordGuildColumn::GuildId), Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, 0).data(DiscordGuildIdRole).toString(), snowflake(1));
        proxy.sort(int(DiscordGuildColumn::Features), Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, int(DiscordGuildColumn::Features)).data().toInt(), 3);
        proxy.sort(int(DiscordGuildColumn::Account), Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, int(DiscordGuildColumn::Account)).data().toString(),
                 QStringLiteral("acme_live"));
    }
};

QTEST_MAIN(TestDiscordGuildListModel)
#include "TestDiscordGuildListModel.moc"
