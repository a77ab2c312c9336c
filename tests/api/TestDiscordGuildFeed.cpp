// DiscordGuildFeed without a real server: the DiscordGuildChanged
// subscription, events buffered while the guild list is fetched and replayed
// after it, the complete list delivered once per successful snapshot, a
// snapshot cancelled by a lost connection (its late answer ignored), a failed
// list retried, and undecodable events skipped. Against FakeWsServer with a
// guild list the test answers by hand.
#include "DiscordGuildWire.h"
#include "FakeWsServer.h"

#include "api/DiscordGuildFeed.h"
#include "api/GraphQLWsClient.h"
#include "api/Rfc3339.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using Proto = GraphQLWsProtocol;
using MT = Proto::MessageType;

using namespace DiscordGuildWire;

namespace {

struct FakeLists
{
    int started = 0;
    int cancelled = 0;
    DiscordGuildFeed::SnapshotHandlers current;

    DiscordGuildFeed::SnapshotFetcher fetcher()
    {
        return [this](QObject *,
                      const DiscordGuildFeed::SnapshotHandlers &h) -> std::function<void()> {
            ++started;
            current = h;
            return [this] {
                ++cancelled;
            };
        };
    }
};

QString describe(const DiscordGuildEvent &e)
{
    QString text =
        QString(discordGuildEventKindToWire(e.kind)) + QLatin1Char(':') + e.guildId.right(2);
    if (e.guild)
        text += QLatin1Char('=') + e.guild->name;
    return text;
}

struct Rig
{
    FakeWsServer server;
    std::unique_ptr<GraphQLWsClient> client;
    FakeLists lists;
    std::unique_ptr<DiscordGuildFeed> feed;
    QStringList log;
    QList<DiscordGuild> lastList;

    bool setUp()
    {
        if (!server.listen())
            return false;
        client = std::make_unique<GraphQLWsClient>(server.url());
        client->setTokenProvider([] { return QStringLiteral("t"); });
        client->setBackoff(Backoff(10, 50));
        feed = std::make_unique<DiscordGuildFeed>(client.get(), lists.fetcher());
        Backoff fast(20, 40);
        fast.setRandomSource([] { return 1.0; });
        feed->setSnapshotRetryBackoff(fast);
        DiscordGuildFeed *f = feed.get();
        QObject::connect(f, &DiscordGuildFeed::snapshotStarted, f,
                         [this] { log << QStringLiteral("started"); });
        QObject::connect(f, &DiscordGuildFeed::snapshotLoaded, f,
                         [this](const QList<DiscordGuild> &guilds) {
                             log << QStringLiteral("list:%1").arg(guilds.size());
                             lastList = guilds;
                         });
        QObject::connect(f, &DiscordGuildFeed::snapshotFinished, f, [this](const ApiError &e) {
            log << (e.kind == ApiError::Kind::Cancelled ? QStringLiteral("finished:cancelled")
                        : e.isError()                   ? QStringLiteral("finished:error")
                                                        : QStringLiteral("finished:ok"));
        });
        QObject::connect(f, &DiscordGuildFeed::events, f,
                         [this](const QList<DiscordGuildEvent> &events) {
                             QStringList parts;
                             for (const DiscordGuildEvent &e : events)
                                 parts << describe(e);
                             log << QStringLiteral("events:") + parts.join(QLatin1Char(','));
                         });
        QObject::connect(f, &DiscordGuildFeed::synced, f,
                         [this] { log << QStringLiteral("synced"); });
        feed->start();
        client->start();
        return true;
    }

    bool drain(int connection) { return server.roundTrip(connection); }

    QString subId(int connection) const { return server.lastSubscribeId(connection); }
};

} // namespace

class TestDiscordGuildFeed final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void subscribesDiscordGuildChanged();
    void eventsDuringTheListFetch_areReplayedAfterTheCompleteList();
    void cancelledSnapshot_lateListIsIgnoredAndTheNextOneCounts();
    void failedList_isRetriedWhileEventsKeepBuffering();
    void liveEvents_arriveDecodedAfterSync();
    void undecodableEvent_isSkipped();
};

void TestDiscordGuildFeed::initTestCase()
{
    qRegisterMetaType<ApiError>();
}

void TestDiscordGuildFeed::subscribesDiscordGuildChanged()
{
    Rig rig;
    QVERIFY(rig.setUp());
    QTRY_COMPARE(rig.server.received(0, MT::Subscribe).size(), 1);
    const Proto::Message sub = rig.server.received(0, MT::Subscribe).first();
    QVERIFY(sub.payload.value(QStringLiteral("query"))
                .toString()
                .contains(QLatin1String("discordGuildChanged")));
    QCOMPARE(sub.payload.value(QStringLiteral("operationName")).toString(),
             QStringLiteral("DiscordGuildChanged"));
    QCOMPARE(rig.feed->operationName(), QStringLiteral("DiscordGuildChanged"));
}

void TestDiscordGuildFeed::eventsDuringTheListFetch_areReplayedAfterTheCompleteList()
{
    Rig rig;
    QVERIFY(rig.setUp());
    QTRY_COMPARE(rig.lists.started, 1);
    QVERIFY(rig.feed->isResyncing());
    // While the list is on its way: guild 1 is renamed, guild 2 goes.
    rig.server.sendNext(0, rig.subId(0),
                        eventData(QStringLiteral("UPDATED"), guild(1, QStringLiteral("new"))));
    rig.server.sendNext(0, rig.subId(0),
                        eventData(QStringLiteral("DISCONNECTED"), guild(2, QStringLiteral("two"))));
    QVERIFY(rig.drain(0));
    QCOMPARE(rig.log, QStringList {QStringLiteral("started")});

    // The list was read before those changes, and comes in two parts.
    rig.lists.current.page({guild(1, QStringLiteral("old"))});
    rig.lists.current.page({guild(2, QStringLiteral("two")), guild(3, QStringLiteral("three"))});
    QCOMPARE(rig.log, QStringList {QStringLiteral("started")}); // only complete lists
    rig.lists.current.finished({});
    QCOMPARE(rig.log,
             (QStringList {QStringLiteral("started"), QStringLiteral("list:3"),
                           QStringLiteral("finished:ok"),
                           QStringLiteral("events:UPDATED:01=new,DISCONNECTED:02"),
                           QStringLiteral("synced")}));
    QCOMPARE(rig.lastList.at(0).name, QStringLiteral("old"));
    QVERIFY(!rig.feed->isResyncing());
}

void TestDiscordGuildFeed::cancelledSnapshot_lateListIsIgnoredAndTheNextOneCounts()
{
    Rig rig;
    QVERIFY(rig.setUp());
    QTRY_COMPARE(rig.lists.started, 1);
    const DiscordGuildFeed::SnapshotHandlers old = rig.lists.current;
    rig.server.abortConnection(0);
    QTRY_COMPARE(rig.lists.cancelled, 1);
    QCOMPARE(rig.log.mid(0, 2), // the reconnection may be quick
             (QStringList {QStringLiteral("started"), QStringLiteral("finished:cancelled")}));
    QTRY_COMPARE(rig.lists.started, 2);
    old.page({guild(9, QStringLiteral("stale"))});
    old.finished({});
    QCOMPARE(rig.log.size(), 3); // nothing from the superseded fetch
    rig.lists.current.page({guild(1, QStringLiteral("one"))});
    rig.lists.current.finished({});
    QCOMPARE(rig.log,
             (QStringList {QStringLiteral("started"), QStringLiteral("finished:cancelled"),
                           QStringLiteral("started"), QStringLiteral("list:1"),
                           QStringLiteral("finished:ok"), QStringLiteral("synced")}));
    QCOMPARE(rig.lastList.size(), 1);
    QCOMPARE(rig.lastList.first().name, QStringLiteral("one"));
}

void TestDiscordGuildFeed::failedList_isRetriedWhileEventsKeepBuffering()
{
    Rig rig;
    QVERIFY(rig.setUp());
    QTRY_COMPARE(rig.lists.started, 1);
    rig.lists.current.page({guild(1, QStringLiteral("partial"))});
    ApiError e;
    e.kind = ApiError::Kind::Network;
    e.retryable = true;
    rig.lists.current.finished(e);
    QCOMPARE(rig.log, (QStringList {QStringLiteral("started"), QStringLiteral("finished:error")}));
    QVERIFY(rig.feed->isResyncing());
    QTRY_COMPARE(rig.lists.started, 2);
    rig.server.sendNext(0, rig.subId(0),
                        eventData(QStringLiteral("CONNECTED"), guild(4, QStringLiteral("four"))));
    QVERIFY(rig.drain(0));
    rig.lists.current.page({guild(1, QStringLiteral("one"))});
    rig.lists.current.finished({});
    // The failed attempt's part is not mixed into the retry's list.
    QCOMPARE(rig.lastList.size(), 1);
    QCOMPARE(rig.lastList.first().name, QStringLiteral("one"));
    QCOMPARE(rig.log.mid(2),
             (QStringList {QStringLiteral("started"), QStringLiteral("list:1"),
                           QStringLiteral("finished:ok"),
                           QStringLiteral("events:CONNECTED:04=four"), QStringLiteral("synced")}));
}

void TestDiscordGuildFeed::liveEvents_arriveDecodedAfterSync()
{
    Rig rig;
    QVERIFY(rig.setUp());
    QTRY_COMPARE(rig.lists.started, 1);
    rig.lists.current.finished({});
    rig.log.clear();
    DiscordGuild g = guild(5, QStringLiteral("five"));
    g.available = false;
    g.mappedFeatureCount = 3;
    rig.server.sendNext(0, rig.subId(0), eventData(QStringLiteral("FEATURES_CHANGED"), g));
    QTRY_COMPARE(rig.log, QStringList {QStringLiteral("events:FEATURES_CHANGED:05=five")});
}

void TestDiscordGuildFeed::undecodableEvent_isSkipped()
{
    Rig rig;
    QVERIFY(rig.setUp());
    QSignalSpy skipped(rig.feed.get(), &DiscordGuildFeed::eventSkipped);
    QTRY_COMPARE(rig.lists.started, 1);
    rig.lists.current.finished({});
    rig.server.sendNext(
        0, rig.subId(0),
        {{QStringLiteral("discordGuildChanged"),
          QJsonObject {{QStringLiteral("kind"), QStringLiteral("UPDATED")},
                       {QStringLiteral("guildId"), QStringLiteral("not-a-snowflake")}}}});
    QTRY_COMPARE(skipped.size(), 1);
    QVERIFY(rig.client->state().isLive());
    QCOMPARE(rig.log.filter(QStringLiteral("events:")).size(), 0);
}

QTEST_GUILESS_MAIN(TestDiscordGuildFeed)
#include "TestDiscordGuildFeed.moc"
