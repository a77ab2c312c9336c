// The no-missed-update rule end to end: the sandbox changes rows at a few
// hundred events per second while every WebSocket is dropped every 2 s; the
// feed's receiver (a BotStatusMirror) must end equal to the server's state,
// row for row.
#include "SandboxInfo.h"

#include "api/BotControlApi.h"
#include "api/BotStatusFeed.h"
#include "BotStatusMirror.h"
#include "api/GraphQLClient.h"
#include "api/GraphQLWsClient.h"
#include "api/Rfc3339.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QTest>

#include <memory>

class TestBotStatusFeedSandbox final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void droppedSockets_mirrorEqualsServerRowForRow();
};

void TestBotStatusFeedSandbox::initTestCase()
{
    qRegisterMetaType<ConnectionState>();
    qRegisterMetaType<ApiError>();
}

namespace {
QString describe(const BotStatusEntry &e)
{
    return QStringLiteral("%1/%2 %3 hb=%4 upd=%5")
        .arg(e.accountId, QString(platformToWire(e.platform)), QString(botStatusToWire(e.status)),
             Rfc3339::format(e.lastHeartbeatAt), Rfc3339::format(e.updatedAt));
}
} // namespace

void TestBotStatusFeedSandbox::droppedSockets_mirrorEqualsServerRowForRow()
{
    const SandboxInfo sandbox = SandboxInfo::fromEnvironment();
    QVERIFY2(sandbox.isValid(), qPrintable(sandbox.error()));
    const QString token = sandbox.token(QStringLiteral("admin"));

    QNetworkAccessManager network;
    GraphQLClient::Config config;
    config.endpoint = sandbox.httpUrl();
    config.token = token;
    GraphQLClient http(&network, config);
    BotControlApi api(&http);

    GraphQLWsClient ws(sandbox.wsUrl());
    ws.setTokenProvider([token] { return token; });
    // Production curve scaled down (0.5 s base, 5 s cap) so a drop every 2 s
    // still leaves time live.
    ws.setBackoff(Backoff(500, 5000));

    BotStatusFeed feed(&ws, BotStatusFeed::fetcherFor(&api, 1000));
    BotStatusMirror mirror;
    int eventCount = 0;
    int snapshotErrors = 0;
    QElapsedTimer sinceLastEvent;
    sinceLastEvent.start();
    connect(&feed, &BotStatusFeed::snapshotStarted, this, [&] { mirror.beginSnapshot(); });
    connect(&feed, &BotStatusFeed::snapshotPage, this,
            [&](const QList<BotStatusEntry> &rows) { mirror.applySnapshotPage(rows); });
    connect(&feed, &BotStatusFeed::snapshotFinished, this, [&](const ApiError &e) {
        if (e.isError() && e.kind != ApiError::Kind::Cancelled)
            ++snapshotErrors;
        mirror.endSnapshot(!e.isError());
    });
    connect(&feed, &BotStatusFeed::events, this, [&](const QList<BotStatusEntry> &events) {
        eventCount += int(events.size());
        mirror.applyAll(events);
        sinceLastEvent.restart();
    });

    feed.start();
    ws.start();
    QTRY_VERIFY_WITH_TIMEOUT(ws.state().isLive() && !feed.isResyncing(), 20000);

    // Chaos: ~300 changes/s while every socket is cut every 2 s, for 20 s.
    sandbox.control(QStringLiteral("events"),
                    QJsonObject {{QStringLiteral("eventsPerSecond"), 300}});
    sandbox.control(QStringLiteral("faults"),
                    QJsonObject {{QStringLiteral("dropWebSocketsEverySeconds"), 2}});
    QTest::qWait(20000);
    sandbox.control(QStringLiteral("faults"),
                    QJsonObject {{QStringLiteral("dropWebSocketsEverySeconds"), 0}});
    sandbox.control(QStringLiteral("events"), QJsonObject {{QStringLiteral("eventsPerSecond"), 0}});

    // Quiet: live, resynced, and no event for a second.
    QTRY_VERIFY_WITH_TIMEOUT(
        ws.state().isLive() && !feed.isResyncing() && sinceLastEvent.elapsed() > 1000, 30000);

    const QJsonObject state = sandbox.control(QStringLiteral("state"), {}, nullptr, 30000);
    const QJsonArray rows = state.value(QStringLiteral("rows")).toArray();
    QVERIFY(!rows.isEmpty());
    int differences = 0;
    QStringList examples;
    for (const QJsonValue &v : rows) {
        const QJsonArray r = v.toArray();
        const QString accountId = r.at(0).toString();
        const Platform platform = platformFromWire(r.at(1).toString());
        const BotStatus status = botStatusFromWire(r.at(2).toString());
        const TimestampMs heartbeat =
            r.at(3).isNull() ? kNoTimestamp : Rfc3339::parse(r.at(3).toString()).value_or(-1);
        const TimestampMs updated = Rfc3339::parse(r.at(4).toString()).value_or(-1);
        const BotStatusEntry *mine = mirror.find(accountId, platform);
        if (!mine || mine->status != status || mine->lastHeartbeatAt != heartbeat
            || mine->updatedAt != updated) {
            ++differences;
            if (examples.size() < 10) {
                examples << QStringLiteral("server %1 %2 %3 %4 %5 | mine %6")
                                .arg(accountId, r.at(1).toString(), r.at(2).toString(),
                                     r.at(3).toString(), r.at(4).toString(),
                                     mine ? describe(*mine) : QStringLiteral("missing"));
            }
        }
    }
    const QJsonObject counters = state.value(QStringLiteral("counters")).toObject();
    const int reconnects = ws.acknowledgedCount() - 1;
    qInfo().noquote() << QStringLiteral(
                             "no-missed-update: rows=%1 mirror=%2 differences=%3 reconnects=%4 "
                             "snapshots=%5 snapshotErrors=%6 eventsDelivered=%7 staleDropped=%8 "
                             "server.wsDropped=%9 server.eventsPublished=%10")
                             .arg(rows.size())
                             .arg(mirror.size())
                             .arg(differences)
                             .arg(reconnects)
                             .arg(feed.snapshotCount())
                             .arg(snapshotErrors)
                             .arg(eventCount)
                             .arg(mirror.staleDropped())
                             .arg(counters.value(QStringLiteral("wsDropped")).toInt())
                             .arg(counters.value(QStringLiteral("eventsPublished")).toInt());
    for (const QString &e : std::as_const(examples))
        qWarning().noquote() << e;
    QCOMPARE(differences, 0);
    QCOMPARE(mirror.size(), rows.size());
    QVERIFY2(reconnects >= 5, "the sockets were not dropped; the test proved nothing");
}

QTEST_GUILESS_MAIN(TestBotStatusFeedSandbox)
#include "TestBotStatusFeedSandbox.moc"
