#include "BotTestData.h"

#include "models/SearchFolding.h"
#include "models/bots/BotQuery.h"
#include "models/bots/BotStore.h"

#include <QRandomGenerator>
#include <QTest>

using namespace BotTestData;
using BotTable::StatusFilter;
using Change = BotQuery::Change;

namespace {
constexpr TimestampMs kNow = 1'700'000'000'000;
constexpr qint64 kThreshold = 120'000; // BotQuery's default

const StatusFilter kFilters[] = {StatusFilter::All,    StatusFilter::Active,
                                 StatusFilter::Paused, StatusFilter::NoConnection,
                                 StatusFilter::Stale,  StatusFilter::Problems};

// One bot per platform in every interesting state: each status, Active
// fresh, at the threshold, past it and without a heartbeat.
QList<BotStatusEntry> everyState()
{
    const TimestampMs heartbeats[] = {kNow - 1000, kNow - kThreshold, kNow - kThreshold - 1,
                                      kNoTimestamp};
    const BotStatus statuses[] = {BotStatus::Active, BotStatus::Paused, BotStatus::NoConnection,
                                  BotStatus::Unknown};
    QList<BotStatusEntry> page;
    int account = 0;
    for (BotStatus status : statuses) {
        for (TimestampMs heartbeat : heartbeats) {
            for (int p = 0; p < kKnownPlatformCount; p += 2) {
                page.append(entry(account, QStringLiteral("bot%1").arg(account), Platform(p),
                                  status, heartbeat, 1));
            }
            ++account;
        }
    }
    return page;
}

bool referenceStale(const BotStore::Row &row, TimestampMs now)
{
    return row.status == BotStatus::Active
        && (row.lastHeartbeatAt == kNoTimestamp || now - row.lastHeartbeatAt > kThreshold);
}

bool referencePasses(StatusFilter filter, const BotStore::Row &row, TimestampMs now)
{
    switch (filter) {
    case StatusFilter::All:
        return true;
    case StatusFilter::Active:
        return row.status == BotStatus::Active;
    case StatusFilter::Paused:
        return row.status == BotStatus::Paused;
    case StatusFilter::NoConnection:
        return row.status == BotStatus::NoConnection;
    case StatusFilter::Stale:
        return referenceStale(row, now);
    case StatusFilter::Problems:
        return row.status == BotStatus::NoConnection || referenceStale(row, now);
    }
    return false;
}
} // namespace

class TestBotQuery final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void search_ignoresAccentsAndCase_perAccount();
    void search_matchesAccountIdText();
    void setSearchText_saysHowTheVisibleSetChanges_data();
    void setSearchText_saysHowTheVisibleSetChanges();
    void search_refinedMatches_equalFreshSearch();
    void updateMatches_coversNewAndRenamedAccounts();
    void setPlatformFilter_saysHowTheVisibleSetChanges();
    void setStatusFilter_narrowsExactlyWhenNewSetIsASubset();
    void evaluate_everyFilterAndState_oneClassification();
    void stale_isActiveOlderThanThresholdOrWithoutHeartbeat();
    void setNow_reclassifiesOnlyOnceAFreshRowCanHaveTurnedStale();
    void setStaleThreshold_forgetsTheDeadline();
    void noteStaleDeadline_newFreshRow_bringsReclassifyForward();
    void followsClock_onlyForStaleAndProblems();
    void clearStoreState_forgetsMatchesOfTheOldAccounts();
};

void TestBotQuery::search_ignoresAccentsAndCase_perAccount()
{
    BotStore store;
    store.mergeSnapshot(
        {entry(1, QStringLiteral("Zoë_Streams"), Platform::Twitch, BotStatus::Active, kNow, 1),
         entry(1, QStringLiteral("Zoë_Streams"), Platform::Kick, BotStatus::Paused, kNow, 1),
         entry(2, QStringLiteral("Bob"), Platform::Twitch, BotStatus::Active, kNow, 1)});
    BotQuery query(store, kNow);
    QCOMPARE(query.setSearchText(QStringLiteral("  ZOE ")), Change::Any);
    query.refreshMatches();
    QVERIFY(query.passes(0));
    QVERIFY(query.passes(1)); // every platform of a matching account
    QVERIFY(!query.passes(2));
    QCOMPARE(query.searchText(), QStringLiteral("  ZOE ")); // as typed
}

void TestBotQuery::search_matchesAccountIdText()
{
    BotStore store;
    store.mergeSnapshot(
        {entry(41, QStringLiteral("a"), Platform::Twitch, BotStatus::Active, kNow, 1),
         entry(7, QStringLiteral("b"), Platform::Twitch, BotStatus::Active, kNow, 1)});
    BotQuery query(store, kNow);
    query.setSearchText(QStringLiteral("000000000041"));
    query.refreshMatches();
    QVERIFY(query.passes(0));
    QVERIFY(!query.passes(1));
}

void TestBotQuery::setSearchText_saysHowTheVisibleSetChanges_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<Change>("change");

    QTest::newRow("first letter") << QString() << QStringLiteral("a") << Change::Any;
    QTest::newRow("one more letter")
        << QStringLiteral("a") << QStringLiteral("ab") << Change::Narrowing;
    QTest::newRow("letter in front")
        << QStringLiteral("b") << QStringLiteral("ab") << Change::Narrowing;
    QTest::newRow("only spacing") << QStringLiteral("ab") << QStringLiteral(" ab ") << Change::None;
    QTest::newRow("only case and accents")
        << QStringLiteral("zoe") << QStringLiteral("ZOË") << Change::None;
    QTest::newRow("letter deleted") << QStringLiteral("ab") << QStringLiteral("a") << Change::Any;
    QTest::newRow("cleared") << QStringLiteral("ab") << QString() << Change::Any;
    QTest::newRow("replaced") << QStringLiteral("ab") << QStringLiteral("cd") << Change::Any;
}

void TestBotQuery::setSearchText_saysHowTheVisibleSetChanges()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(Change, change);
    BotStore store;
    BotQuery query(store, kNow);
    query.setSearchText(from);
    QCOMPARE(query.setSearchText(to), change);
}

// Typing letter by letter refines the previous matches; the result must be
// what a search from scratch finds, including after deleting letters.
void TestBotQuery::search_refinedMatches_equalFreshSearch()
{
    BotStore store;
    QRandomGenerator rng(16);
    const QStringList syllables = {QStringLiteral("ka"), QStringLiteral("zo"),
                                   QStringLiteral("ë"),  QStringLiteral("Mi"),
                                   QStringLiteral("ra"), QStringLiteral("ÅL")};
    QList<BotStatusEntry> page;
    for (int a = 0; a < 300; ++a) {
        QString name;
        for (int i = 0, n = rng.bounded(1, 5); i < n; ++i)
            name += syllables.at(rng.bounded(syllables.size()));
        page.append(entry(a, name, Platform::Twitch, BotStatus::Active, kNow, 1));
    }
    store.mergeSnapshot(page);
    BotQuery query(store, kNow);
    const QStringList typed = {
        QStringLiteral("z"), QStringLiteral("zo"), QStringLiteral("zoe"), QStringLiteral("zo"),
        QStringLiteral("k"), QStringLiteral("ka"), QStringLiteral("kaz"), QString(),
        QStringLiteral("al")};
    for (const QString &text : typed) {
        query.setSearchText(text);
        query.refreshMatches();
        const QByteArray needle = foldForSearch(text);
        for (qsizetype r = 0; r < store.rowCount(); ++r) {
            const bool expected =
                store.searchKey(store.row(r).account).toByteArray().contains(needle);
            if (query.passes(quint32(r)) != expected)
                QFAIL(qPrintable(QStringLiteral("\"%1\", %2").arg(text, store.accountName(r))));
        }
    }
}

void TestBotQuery::updateMatches_coversNewAndRenamedAccounts()
{
    BotStore store;
    store.mergeSnapshot(
        {entry(1, QStringLiteral("alpha"), Platform::Twitch, BotStatus::Active, kNow, 1)});
    BotQuery query(store, kNow);
    BotStore::Changes last;
    connect(&store, &BotStore::changed, this, [&](const BotStore::Changes &changes) {
        last = changes;
        query.updateMatches(changes);
    });
    query.setSearchText(QStringLiteral("beta"));
    query.refreshMatches();
    QVERIFY(!query.passes(0));

    store.applyEvents(
        {entry(2, QStringLiteral("betamax"), Platform::Kick, BotStatus::Active, kNow, 2),
         entry(3, QStringLiteral("gamma"), Platform::Kick, BotStatus::Active, kNow, 2)});
    store.flush();
    QCOMPARE(last.addedCount, 2u);
    QVERIFY(query.passes(1));
    QVERIFY(!query.passes(2));

    store.applyEvents(
        {entry(1, QStringLiteral("alphabeta"), Platform::Twitch, BotStatus::Active, kNow, 3),
         entry(2, QStringLiteral("max"), Platform::Kick, BotStatus::Active, kNow, 3)});
    store.flush();
    QVERIFY(last.allFields & BotStore::NameField);
    QVERIFY(query.passes(0));
    QVERIFY(!query.passes(1));
}

void TestBotQuery::setPlatformFilter_saysHowTheVisibleSetChanges()
{
    BotStore store;
    store.mergeSnapshot(
        {entry(1, QStringLiteral("a"), Platform::Twitch, BotStatus::Active, kNow, 1),
         entry(1, QStringLiteral("a"), Platform::Kick, BotStatus::Active, kNow, 1)});
    BotQuery query(store, kNow);
    QCOMPARE(query.setPlatformFilter(std::nullopt), Change::None);
    QCOMPARE(query.setPlatformFilter(Platform::Twitch), Change::Narrowing);
    QVERIFY(query.passes(0));
    QVERIFY(!query.passes(1));
    QCOMPARE(query.setPlatformFilter(Platform::Twitch), Change::None);
    QCOMPARE(query.setPlatformFilter(Platform::Kick), Change::Any);
    QVERIFY(!query.passes(0));
    QVERIFY(query.passes(1));
    QCOMPARE(query.setPlatformFilter(std::nullopt), Change::Any);
    QVERIFY(query.passes(0) && query.passes(1));
}

// Narrowing lets the model filter only the visible rows, so it is wrong to
// claim it unless every row the new filter passes also passed the old one;
// and where that holds the model should get the cheap path.
void TestBotQuery::setStatusFilter_narrowsExactlyWhenNewSetIsASubset()
{
    BotStore store;
    store.mergeSnapshot(everyState());
    for (StatusFilter from : kFilters) {
        for (StatusFilter to : kFilters) {
            bool subset = true;
            for (qsizetype r = 0; r < store.rowCount(); ++r) {
                if (referencePasses(to, store.row(r), kNow)
                    && !referencePasses(from, store.row(r), kNow))
                    subset = false;
            }
            BotQuery query(store, kNow);
            query.setStatusFilter(from);
            const Change change = query.setStatusFilter(to);
            const QByteArray pair =
                QByteArray::number(int(from)) + "->" + QByteArray::number(int(to));
            if (from == to)
                QVERIFY2(change == Change::None, pair.constData());
            else if (subset)
                QVERIFY2(change == Change::Narrowing, pair.constData());
            else
                QVERIFY2(change == Change::Any, pair.constData());
        }
    }
}

// One classification answers the filter, the count class and the stale
// flag: they must agree for every row in every filter.
void TestBotQuery::evaluate_everyFilterAndState_oneClassification()
{
    BotStore store;
    store.mergeSnapshot(everyState());
    BotQuery query(store, kNow);
    for (StatusFilter filter : kFilters) {
        query.setStatusFilter(filter);
        for (qsizetype r = 0; r < store.rowCount(); ++r) {
            const BotStore::Row &row = store.row(r);
            const bool stale = referenceStale(row, kNow);
            const quint8 value = query.evaluate(quint32(r));
            QCOMPARE(value != 0, referencePasses(filter, row, kNow));
            QCOMPARE(query.passes(quint32(r)), value != 0);
            QCOMPARE(query.isStale(row), stale);
            QCOMPARE(query.classify(quint32(r)), BotCounts::rowClass(row.status, stale));
            if (value)
                QCOMPARE(value, quint8(BotCounts::rowClass(row.status, stale) | BotQuery::kPasses));
        }
    }
}

void TestBotQuery::stale_isActiveOlderThanThresholdOrWithoutHeartbeat()
{
    BotStore store;
    BotQuery query(store, kNow);
    BotStore::Row row;
    row.status = BotStatus::Active;
    row.lastHeartbeatAt = kNow - kThreshold;
    QVERIFY(!query.isStale(row)); // at the threshold: still fresh
    row.lastHeartbeatAt = kNow - kThreshold - 1;
    QVERIFY(query.isStale(row));
    row.lastHeartbeatAt = kNoTimestamp;
    QVERIFY(query.isStale(row));
    row.status = BotStatus::Paused;
    QVERIFY(!query.isStale(row));
    row.status = BotStatus::Active;
    row.lastHeartbeatAt = kNow - 5000;
    QVERIFY(query.setStaleThresholdMs(4000));
    QCOMPARE(query.staleThresholdMs(), 4000);
    QVERIFY(query.isStale(row));
}

void TestBotQuery::setNow_reclassifiesOnlyOnceAFreshRowCanHaveTurnedStale()
{
    BotStore store;
    store.mergeSnapshot(
        {entry(1, QStringLiteral("a"), Platform::Twitch, BotStatus::Active, kNow - 10'000, 1),
         entry(2, QStringLiteral("b"), Platform::Twitch, BotStatus::Paused, kNow - 900'000, 1)});
    BotQuery query(store, kNow);
    QVERIFY(query.setNow(kNow)); // no deadline known yet
    QVERIFY(!query.setNow(kNow + 1000));
    const TimestampMs deadline = kNow - 10'000 + kThreshold;
    QVERIFY(!query.setNow(deadline));
    QVERIFY(!query.isStale(store.row(0)));
    QVERIFY(query.setNow(deadline + 1));
    QCOMPARE(query.now(), deadline + 1);
    QVERIFY(query.isStale(store.row(0)));
    // Nothing fresh is left to turn stale.
    QVERIFY(!query.setNow(deadline + 3'600'000));
    // A clock set back can make rows fresh again.
    QVERIFY(query.setNow(kNow));
    QVERIFY(!query.isStale(store.row(0)));
}

void TestBotQuery::setStaleThreshold_forgetsTheDeadline()
{
    BotStore store;
    store.mergeSnapshot(
        {entry(1, QStringLiteral("a"), Platform::Twitch, BotStatus::Active, kNow - 10'000, 1)});
    BotQuery query(store, kNow);
    query.setNow(kNow);
    QVERIFY(!query.setNow(kNow + 1));
    QVERIFY(!query.setStaleThresholdMs(kThreshold)); // unchanged
    QVERIFY(!query.setNow(kNow + 2));
    QVERIFY(query.setStaleThresholdMs(5000));
    QVERIFY(query.setNow(kNow + 3));
    QVERIFY(query.isStale(store.row(0)));
}

void TestBotQuery::noteStaleDeadline_newFreshRow_bringsReclassifyForward()
{
    BotStore store;
    store.mergeSnapshot(
        {entry(1, QStringLiteral("a"), Platform::Twitch, BotStatus::Paused, kNow, 1)});
    BotQuery query(store, kNow);
    query.setNow(kNow); // no Active row: no deadline at all
    QVERIFY(!query.setNow(kNow + 10 * kThreshold));
    const TimestampMs now = kNow + 10 * kThreshold;
    store.applyEvents(
        {entry(2, QStringLiteral("b"), Platform::Twitch, BotStatus::Active, now - 1000, 2)});
    store.flush();
    query.noteStaleDeadline(store.row(1));
    QVERIFY(!query.setNow(now + kThreshold - 1000));
    QVERIFY(query.setNow(now + kThreshold - 999));
}

void TestBotQuery::followsClock_onlyForStaleAndProblems()
{
    BotStore store;
    BotQuery query(store, kNow);
    for (StatusFilter filter : kFilters) {
        query.setStatusFilter(filter);
        QCOMPARE(query.followsClock(),
                 filter == StatusFilter::Stale || filter == StatusFilter::Problems);
    }
}

void TestBotQuery::clearStoreState_forgetsMatchesOfTheOldAccounts()
{
    BotStore store;
    store.mergeSnapshot(
        {entry(1, QStringLiteral("match"), Platform::Twitch, BotStatus::Active, kNow, 1)});
    BotQuery query(store, kNow);
    query.setSearchText(QStringLiteral("mat"));
    query.refreshMatches();
    QVERIFY(query.passes(0));
    QVERIFY(query.memoryUsage() > 0);

    store.clear();
    query.clearStoreState();
    store.mergeSnapshot(
        {entry(2, QStringLiteral("other"), Platform::Twitch, BotStatus::Active, kNow, 1),
         entry(3, QStringLiteral("mate"), Platform::Twitch, BotStatus::Active, kNow, 1)});
    query.refreshMatches();
    QVERIFY(!query.passes(0));
    QVERIFY(query.passes(1));
    QCOMPARE(query.searchText(), QStringLiteral("mat")); // the query itself stays
}

QTEST_GUILESS_MAIN(TestBotQuery)
#include "TestBotQuery.moc"
