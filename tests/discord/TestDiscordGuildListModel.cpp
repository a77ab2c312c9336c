#include "DiscordTestData.h"

#include "models/discord/DiscordGuildFilterModel.h"
#include "models/discord/DiscordGuildListModel.h"
#include "models/text/DisplayText.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QImage>
#include <QPersistentModelIndex>
#include <QSignalSpy>
#include <QTest>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

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
        QCOMPARE(status.data(Qt::ToolTipRole).toString(),
                 DisplayText::toolTip(QStringLiteral("FORBIDDEN"))); // a server message, escaped
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

    void icons_heldInBoundedCachesNotPerRow()
    {
#if defined(__GLIBC__)
        // 30,000 guilds used to carry a painted placeholder each (265 MB at
        // the sandbox's 100,000 accounts). Now only painted rows get one.
        QList<DiscordGuild> guilds;
        constexpr int kGuilds = 20000;
        guilds.reserve(kGuilds);
        for (int i = 1; i <= kGuilds; ++i)
            guilds.append(guild(i, QStringLiteral("Guild %1").arg(i), i, QStringLiteral("acct")));
        const size_t before = mallinfo2().uordblks;
        DiscordGuildListModel model;
        model.setGuilds(guilds);
        const size_t held = mallinfo2().uordblks - before;
        const double perGuild = double(held) / kGuilds;
        qInfo("heap held by the model: %.0f bytes per guild", perGuild);
        QVERIFY2(perGuild < 1024, qPrintable(QString::number(perGuild)));
        // Painting every row still works: placeholders come from the cache.
        for (int r = 0; r < kGuilds; r += 97) {
            const QIcon icon = model.index(r, 0).data(Qt::DecorationRole).value<QIcon>();
            QVERIFY(!icon.isNull());
        }
        QVERIFY(double(mallinfo2().uordblks - before) / kGuilds < 2048);
#else
        QSKIP("heap accounting needs glibc's mallinfo2");
#endif
    }

    void icons_askedOnceWhenPainted_thenShown()
    {
        using IconState = DiscordGuildListModel::IconState;
        DiscordGuildListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<DiscordGuild> guilds = sample();
        guilds[0].iconUrl = QStringLiteral("https://cdn.example/icons/1.png");
        guilds[1].iconUrl = QStringLiteral("https://cdn.example/icons/2.png");
        model.setGuilds(guilds);
        QSignalSpy wanted(&model, &DiscordGuildListModel::iconWanted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const QModelIndex one = model.index(model.rowOf(snowflake(1)), 0);
        const QModelIndex three = model.index(model.rowOf(snowflake(3)), 0);

        // Sorting, searching and the other columns never ask for an icon.
        one.data(DiscordSortRole);
        one.data(DiscordSearchKeyRole);
        model.index(one.row(), int(DiscordGuildColumn::GuildId)).data(Qt::DecorationRole);
        QCOMPARE(wanted.count(), 0);
        QCOMPARE(one.data(DiscordIconUrlRole).toString(), guilds[0].iconUrl);

        // Painting (the decoration) asks once; the placeholder shows meanwhile.
        const QIcon placeholder = one.data(Qt::DecorationRole).value<QIcon>();
        QVERIFY(!placeholder.isNull());
        one.data(Qt::DecorationRole);
        QCOMPARE(wanted.count(), 1);
        QCOMPARE(wanted.first().first().toString(), guilds[0].iconUrl);
        QCOMPARE(model.iconState(snowflake(1)), IconState::Wanted);
        three.data(Qt::DecorationRole); // no icon: nothing to ask
        QCOMPARE(wanted.count(), 1);
        QCOMPARE(model.iconState(snowflake(3)), IconState::None);

        QImage image(32, 32, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::red);
        model.setIcon(guilds[0].iconUrl, image);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex(), one);
        QCOMPARE(model.iconState(snowflake(1)), IconState::Loaded);
        QCOMPARE(one.data(DiscordIconImageRole).value<QImage>(), image);
        QVERIFY(one.data(Qt::DecorationRole).value<QIcon>().cacheKey() != placeholder.cacheKey());

        // A failure keeps the placeholder and is not asked again.
        const QModelIndex two = model.index(model.rowOf(snowflake(2)), 0);
        two.data(Qt::DecorationRole);
        QCOMPARE(wanted.count(), 2);
        model.setIconFailed(guilds[1].iconUrl);
        QCOMPARE(model.iconState(snowflake(2)), IconState::Failed);
        for (int i = 0; i < 3; ++i)
            two.data(Qt::DecorationRole);
        QCOMPARE(wanted.count(), 2);
        QVERIFY(two.data(DiscordIconImageRole).value<QImage>().isNull());
        // ...until failures are forgotten (an explicit reload).
        model.forgetIconFailures();
        two.data(Qt::DecorationRole);
        QCOMPARE(wanted.count(), 3);
        // A dropped load is asked again when painted again.
        model.resetIcon(guilds[1].iconUrl);
        QCOMPARE(model.iconState(snowflake(2)), IconState::None);
        two.data(Qt::DecorationRole);
        QCOMPARE(wanted.count(), 4);

        // A new icon URL (a live UPDATED event) drops the old image.
        DiscordGuild updated = guilds[0];
        updated.iconUrl = QStringLiteral("https://cdn.example/icons/1b.png");
        model.upsert(updated);
        QCOMPARE(model.iconState(snowflake(1)), IconState::None);
        QVERIFY(one.data(DiscordIconImageRole).value<QImage>().isNull());
        one.data(Qt::DecorationRole);
        QCOMPARE(wanted.last().first().toString(), updated.iconUrl);
    }
};

QTEST_MAIN(TestDiscordGuildListModel)
#include "TestDiscordGuildListModel.moc"
