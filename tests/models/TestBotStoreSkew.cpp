// The bot store and table against a server that is newer than the app or
// that moves under it (issue 13): IDs kept byte for byte and keyed exactly,
// platforms and statuses this version does not know kept per value, and bots
// the server no longer has turned into tombstones that can come back.

#include "BotTestData.h"

#include "models/bots/BotStore.h"
#include "models/bots/BotTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace BotTestData;

namespace {

const QString kLower = QStringLiteral("00fb8673-8b42-4c1d-9e2a-000000000001");
const QString kUpper = QStringLiteral("00FB8673-8B42-4C1D-9E2A-000000000001");

BotStatusEntry withId(const QString &id, const QString &name, Platform platform,
                      BotStatus status, TimestampMs updatedAt)
{
    BotStatusEntry e = entry(0, name, platform, status, updatedAt, updatedAt);
    e.accountId = id;
    return e;
}

Platform rumble()
{
    return platformFromWire(u"RUMBLE");
}

} // namespace

class TestBotStoreSkew final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void idsDifferingInCase_areTwoAccounts_keptByteForByte();
    void search_matchesAnIdIgnoringCase();
    void sortById_ordersIgnoringCaseThenByBytes();
    void extraPlatforms_areRowsOfTheirOwn();
    void extraPlatform_filterOther_andCounts();
    void extraStatus_isCountedAsOther_andTakesNoAction();
    void completeSnapshot_removesWhatItDidNotDeliver();
    void removedRow_comesBackWithASnapshotOrANewerEvent();
    void incompleteSnapshot_removesNothing();
    void snapshot_deliveringARowTwice_isCountedAsRepeat();
    void eventForABotTheSnapshotHasNotDelivered_isKept();
    void held_removalWaitsForRelease_newerNewsRevives();
    void model_tombstonesLeaveAndReturn_underTheTester();
    void memory_extraIdsAndPlatformsStayCompact();
};

void TestBotStoreSkew::idsDifferingInCase_areTwoAccounts_keptByteForByte()
{
    BotStore store;
    store.mergeSnapshot({withId(kUpper, QStringLiteral("Upper"), Platform::Twitch,
                                BotStatus::Active, 1),
                         withId(kLower, QStringLiteral("Lower"), Platform::Twitch,
                                BotStatus::Paused, 1)});
    QCOMPARE(store.accountCount(), 2);
    QCOMPARE(store.rowCount(), 2);
    const qsizetype upper = store.rowForKey({kUpper, Platform::Twitch});
    const qsizetype lower = store.rowForKey({kLower, Platform::Twitch});
    QVERIFY(upper >= 0 && lower >= 0 && upper != lower);
    QCOMPARE(store.accountName(upper), QStringLiteral("Upper"));
    QCOMPARE(store.accountName(lower), QStringLiteral("Lower"));
    // What goes back to the server is what came from it.
    QCOMPARE(store.accountIdText(upper), kUpper);
    QCOMPARE(store.keyAt(upper).accountId, kUpper);
    QCOMPARE(store.entryAt(upper).accountId, kUpper);
    QCOMPARE(store.keyAt(lower).accountId, kLower);
    QCOMPARE(store.idUtf8(store.row(upper).account), QByteArrayView(kUpper.toLatin1()));
    // An event for one never touches the other.
    store.applyEvents(
        {withId(kUpper, QStringLiteral("Upper"), Platform::Twitch, BotStatus::Paused, 2)});
    QCOMPARE(store.row(upper).status, BotStatus::Paused);
    QCOMPARE(store.row(lower).updatedAt, 1);
    // Lower-casing an upper-case ID names the other account, never this one.
    QCOMPARE(store.rowForKey({kUpper.toLower(), Platform::Twitch}), lower);
}

void TestBotStoreSkew::search_matchesAnIdIgnoringCase()
{
    BotStore store;
    store.mergeSnapshot(
        {withId(kUpper, QStringLiteral("Upper"), Platform::Twitch, BotStatus::Active, 1),
         entry(2, QStringLiteral("Other"), Platform::Twitch, BotStatus::Active, 1, 1)});
    BotTableModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // The search key holds the folded ID; the ID itself stays as received.
    QCOMPARE(store.foldedId(0), QByteArrayView(kLower.toLatin1()));
    model.setSearchText(QStringLiteral("00fb8673-8b42"));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, BotTable::AccountIdColumn).data().toString(), kUpper);
    model.setSearchText(QStringLiteral("00FB8673-8B42"));
    QCOMPARE(model.rowCount(), 1);
}

void TestBotStoreSkew::sortById_ordersIgnoringCaseThenByBytes()
{
    BotStore store;
    const QString a = QStringLiteral("0a000000-0000-4000-8000-000000000000");
    const QString bUpper = QStringLiteral("0B000000-0000-4000-8000-000000000000");
    const QString c = QStringLiteral("0c000000-0000-4000-8000-000000000000");
    store.mergeSnapshot({withId(c, QStringLiteral("c"), Platform::Twitch, BotStatus::Active, 1),
                         withId(bUpper, QStringLiteral("b"), Platform::Twitch, BotStatus::Active, 1),
                         withId(a, QStringLiteral("a"), Platform::Twitch, BotStatus::Active, 1)});
    BotTableModel model(&store);
    model.sort(BotTable::AccountIdColumn, Qt::AscendingOrder);
    QCOMPARE(model.index(0, BotTable::AccountIdColumn).data().toString(), a);
    QCOMPARE(model.index(1, BotTable::AccountIdColumn).data().toString(), bUpper);
    QCOMPARE(model.index(2, BotTable::AccountIdColumn).data().toString(), c);
}

void TestBotStoreSkew::extraPlatforms_areRowsOfTheirOwn()
{
    BotStore store;
    const Platform bluesky = platformFromWire(u"BLUESKY");
    QVERIFY(isExtraPlatform(rumble()) && isExtraPlatform(bluesky) && rumble() != bluesky);
    store.mergeSnapshot(
        {entry(1, QStringLiteral("One"), Platform::Twitch, BotStatus::Active, 1, 1),
         entry(1, QStringLiteral("One"), rumble(), BotStatus::Active, 1, 1),
         entry(1, QStringLiteral("One"), bluesky, BotStatus::Paused, 1, 1),
         entry(2, QStringLiteral("Two"), rumble(), BotStatus::NoConnection, 1, 1)});
    // Nothing dropped, nothing merged: one row per account and platform.
    QCOMPARE(store.rowCount(), 4);
    QCOMPARE(store.stats().droppedInvalid, 0u);
    const qsizetype oneRumble = store.rowForKey({uuid(1), rumble()});
    const qsizetype oneBluesky = store.rowForKey({uuid(1), bluesky});
    QVERIFY(oneRumble >= 0 && oneBluesky >= 0 && oneRumble != oneBluesky);
    QCOMPARE(store.keyAt(oneBluesky).platform, bluesky);
    QCOMPARE(store.row(oneBluesky).status, BotStatus::Paused);
    QCOMPARE(store.rowsOf(store.row(oneRumble).account).size(), 3);
    QCOMPARE(store.liveRowCount(rumble()), 2);
    QCOMPARE(store.liveRowCount(bluesky), 1);
    QVERIFY(store.extraPlatforms().contains(rumble()));
    QVERIFY(store.extraPlatforms().contains(bluesky));

    // A rename reaches the extra rows too.
    QSignalSpy spy(&store, &BotStore::changed);
    store.applyEvents({entry(1, QStringLiteral("Uno"), Platform::Twitch, BotStatus::Active, 1, 2)});
    store.flush();
    const auto changes = spy.at(0).at(0).value<BotStore::Changes>();
    QVERIFY(changes.rows.contains(quint32(oneRumble)));
    QVERIFY(changes.rows.contains(quint32(oneBluesky)));
    QCOMPARE(store.accountName(oneBluesky), QStringLiteral("Uno"));

    // Actions fit by status, whatever the platform.
    QVERIFY(store.beginPending({uuid(1), rumble()}, PendingAction::Pause));
    QCOMPARE(store.row(oneRumble).status, BotStatus::Paused);
}

void TestBotStoreSkew::extraPlatform_filterOther_andCounts()
{
    BotStore store;
    QList<BotStatusEntry> page;
    for (int a = 0; a < 10; ++a) {
        page.append(entry(a, QStringLiteral("acc%1").arg(a), Platform::Kick, BotStatus::Active, 1, 1));
        if (a % 3 == 0)
            page.append(entry(a, QStringLiteral("acc%1").arg(a), rumble(), BotStatus::Paused, 1, 1));
    }
    store.mergeSnapshot(page);
    BotTableModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.counts().total, 14);
    QCOMPARE(model.counts().visible, 14);
    QCOMPARE(model.counts().paused, 4);
    QVERIFY(model.extraPlatforms().contains(rumble()));
    // "Other": every platform a newer server named.
    model.setPlatformFilter(Platform::Unknown);
    QCOMPARE(model.rowCount(), 4);
    for (int r = 0; r < model.rowCount(); ++r) {
        QCOMPARE(Platform(model.index(r, 0).data(BotTable::PlatformRole).toInt()), rumble());
        QCOMPARE(model.index(r, BotTable::PlatformColumn).data().toString(), QStringLiteral("Rumble"));
        QVERIFY(model.index(r, BotTable::PlatformColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QLatin1String("RUMBLE")));
    }
    model.setPlatformFilter(rumble());
    QCOMPARE(model.rowCount(), 4);
    model.setPlatformFilter(Platform::Kick);
    QCOMPARE(model.rowCount(), 10);
    model.setPlatformFilter(std::nullopt);
    QCOMPARE(model.rowCount(), 14);
}

void TestBotStoreSkew::extraStatus_isCountedAsOther_andTakesNoAction()
{
    BotStore store;
    const BotStatus suspended = botStatusFromWire(u"SUSPENDED");
    store.mergeSnapshot({entry(1, QStringLiteral("a"), Platform::Twitch, suspended, 1, 1),
                         entry(2, QStringLiteral("b"), Platform::Twitch, BotStatus::Active, 1, 1)});
    BotTableModel model(&store);
    QCOMPARE(model.counts().total, 2);
    QCOMPARE(model.counts().active, 1);
    QCOMPARE(model.counts().other, 1);
    const int row = model.rowForKey({uuid(1), Platform::Twitch});
    QVERIFY(row >= 0);
    QCOMPARE(model.index(row, BotTable::StatusColumn).data().toString(),
             QStringLiteral("Suspended"));
    QVERIFY(model.index(row, BotTable::StatusColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QLatin1String("SUSPENDED")));
    QCOMPARE(model.index(row, 0).data(BotTable::ActionRole).toInt(), int(BotAction::None));
    QVERIFY(model.index(row, BotTable::ActionColumn).data().toString().isEmpty());
    for (const PendingAction a :
         {PendingAction::Pause, PendingAction::Resume, PendingAction::Reconnect})
        QVERIFY(!store.beginPending({uuid(1), Platform::Twitch}, a));
}

void TestBotStoreSkew::completeSnapshot_removesWhatItDidNotDeliver()
{
    BotStore store;
    store.mergeSnapshot({entry(1, QStringLiteral("a"), Platform::Twitch, BotStatus::Active, 1, 1),
                         entry(2, QStringLiteral("b"), Platform::Twitch, BotStatus::Active, 1, 1),
                         entry(2, QStringLiteral("b"), rumble(), BotStatus::Active, 1, 1)});
    QSignalSpy spy(&store, &BotStore::changed);
    store.beginSnapshot();
    store.mergeSnapshot({entry(1, QStringLiteral("a"), Platform::Twitch, BotStatus::Active, 1, 1)});
    QCOMPARE(store.endSnapshot(true), 2);
    store.flush();
    QCOMPARE(store.rowCount(), 3); // rows stay: they are the model's indexes
    QCOMPARE(store.liveRowCount(), 1);
    QCOMPARE(store.liveRowCount(rumble()), 0);
    QVERIFY(!store.extraPlatforms().contains(rumble()));
    QCOMPARE(store.rowForKey({uuid(2), Platform::Twitch}), -1);
    QCOMPARE(store.stats().removed, 2u);
    QVERIFY(!spy.isEmpty());
    const auto changes = spy.last().at(0).value<BotStore::Changes>();
    QVERIFY(changes.allFields & BotStore::PresenceField);
    QCOMPARE(changes.rows.size(), 2);
    // A removed bot takes no action.
    BotKey gone {uuid(2), Platform::Twitch};
    QVERIFY(!store.beginPending(gone, PendingAction::Pause));
}

void TestBotStoreSkew::removedRow_comesBackWithASnapshotOrANewerEvent()
{
    BotStore store;
    store.mergeSnapshot({entry(1, QStringLiteral("a"), Platform::Twitch, BotStatus::Active, 1, 5),
                         entry(2, QStringLiteral("b"), Platform::Twitch, BotStatus::Active, 1, 5)});
    store.beginSnapshot();
    store.mergeSnapshot({entry(1, QStringLiteral("a"), Platform::Twitch, BotStatus::Active, 1, 5)});
    QCOMPARE(store.endSnapshot(true), 1);
    // An event that is not news does not bring it back...
    store.applyEvents({entry(2, QStringLiteral("b"), Platform::Twitch, BotStatus::Paused, 1, 5)});
    QCOMPARE(store.rowForKey({uuid(2), Platform::Twitch}), -1);
    // ... a newer one does, with its state.
    store.applyEvents({entry(2, QStringLiteral("b2"), Platform::Twitch, BotStatus::Paused, 1, 6)});
    qsizetype row = store.rowForKey({uuid(2), Platform::Twitch});
    QVERIFY(row >= 0);
    QCOMPARE(store.row(row).status, BotStatus::Paused);
    QCOMPARE(store.accountName(row), QStringLiteral("b2"));
    QCOMPARE(store.liveRowCount(), 2);
    // A snapshot brings a removed bot back as it has it, even not newer.
    store.beginSnapshot();
    store.mergeSnapshot({entry(1, QStringLiteral("a"), Platform::Twitch, BotStatus::Active, 1, 5)});
    QCOMPARE(store.endSnapshot(true), 1);
    store.beginSnapshot();
    store.mergeSnapshot({entry(1, QStringLiteral("a"), Platform::Twitch, BotStatus::Active, 1, 5),
                         entry(2, QStringLiteral("b2"), Platform::Twitch, BotStatus::Active, 1, 4)});
    QCOMPARE(store.endSnapshot(true), 0);
    row = store.rowForKey({uuid(2), Platform::Twitch});
    QVERIFY(row >= 0);
    QCOMPARE(store.row(row).status, BotStatus::Active);
    QCOMPARE(store.row(row).updatedAt, 4);
    QCOMPARE(store.stats().revived, 2u);
}

void TestBotStoreSkew::incompleteSnapshot_removesNothing()
{
    BotStore store;
    store.mergeSnapshot({entry(1, QStringLiteral("a"), Platform::Twitch, BotStatus::Active, 1, 1),
                         entry(2, QStringLiteral("b"), Platform::Twitch, BotStatus::Active, 1, 1)});
    store.beginSnapshot();
    store.mergeSnapshot({entry(1, QStringLiteral("a"), Platform::Twitch, BotStatus::Active, 1, 1)});
    QCOMPARE(store.endSnapshot(false), 0);
    QCOMPARE(store.liveRowCount(), 2);
    // Events while a snapshot is read count as delivered.
    store.beginSnapshot();
    store.applyEvents({entry(2, QStringLiteral("b"), Platform::Twitch, BotStatus::Active, 1, 2)});
    store.mergeSnapshot({entry(1, QStringLiteral("a"), Platform::Twitch, BotStatus::Active, 1, 1)});
    QCOMPARE(store.endSnapshot(true), 0);
    QCOMPARE(store.liveRowCount(), 2);
}

void TestBotStoreSkew::snapshot_deliveringARowTwice_isCountedAsRepeat()
{
    BotStore store;
    store.beginSnapshot();
    store.mergeSnapshot({entry(1, QStringLiteral("a"), Platform::Twitch, BotStatus::Active, 1, 1),
                         entry(2, QStringLiteral("b"), Platform::Twitch, BotStatus::Active, 1, 1)});
    store.mergeSnapshot({entry(2, QStringLiteral("b"), Platform::Twitch, BotStatus::Active, 1, 1),
                         entry(3, QStringLiteral("c"), Platform::Twitch, BotStatus::Active, 1, 1)});
    QCOMPARE(store.endSnapshot(true), 0);
    QCOMPARE(store.rowCount(), 3); // de-duplicated by key
    QCOMPARE(store.snapshotRepeats(), 1);
    store.beginSnapshot();
    QCOMPARE(store.snapshotRepeats(), 0);
}

void TestBotStoreSkew::eventForABotTheSnapshotHasNotDelivered_isKept()
{
    BotStore store;
    store.mergeSnapshot({entry(1, QStringLiteral("a"), Platform::Twitch, BotStatus::Active, 1, 1)});
    store.beginSnapshot();
    // A bot the server just created: its event comes before any page has it.
    store.applyEvents({entry(9, QStringLiteral("new"), Platform::Kick, BotStatus::Active, 1, 7)});
    store.mergeSnapshot({entry(1, QStringLiteral("a"), Platform::Twitch, BotStatus::Active, 1, 1)});
    QCOMPARE(store.endSnapshot(true), 0);
    qsizetype row = store.rowForKey({uuid(9), Platform::Kick});
    QVERIFY(row >= 0);
    // Its page comes later with an older state: the event's stays.
    store.beginSnapshot();
    store.mergeSnapshot({entry(1, QStringLiteral("a"), Platform::Twitch, BotStatus::Active, 1, 1),
                         entry(9, QStringLiteral("new"), Platform::Kick, BotStatus::Paused, 1, 6)});
    QCOMPARE(store.endSnapshot(true), 0);
    QCOMPARE(store.row(row).status, BotStatus::Active);
    // Replayed after the snapshot (a feed buffers events while it reads
    // one): a bot the snapshot missed is added, not dropped.
    store.beginSnapshot();
    store.mergeSnapshot({entry(1, QStringLiteral("a"), Platform::Twitch, BotStatus::Active, 1, 1),
                         entry(9, QStringLiteral("new"), Platform::Kick, BotStatus::Active, 1, 7)});
    QCOMPARE(store.endSnapshot(true), 0);
    store.applyEvents({entry(10, QStringLiteral("newer"), Platform::Kick, BotStatus::Active, 1, 8)});
    QVERIFY(store.rowForKey({uuid(10), Platform::Kick}) >= 0);
    QCOMPARE(store.liveRowCount(), 3);
}

void TestBotStoreSkew::held_removalWaitsForRelease_newerNewsRevives()
{
    BotStore store;
    store.mergeSnapshot({entry(1, QStringLiteral("a"), Platform::Twitch, BotStatus::Active, 1, 1),
                         entry(2, QStringLiteral("b"), Platform::Twitch, BotStatus::Active, 1, 1),
                         entry(3, QStringLiteral("c"), Platform::Twitch, BotStatus::Active, 1, 1)});
    store.setHeld(true);
    // News about 2 from before the snapshot: the snapshot says 2 is gone.
    store.applyEvents({entry(2, QStringLiteral("b"), Platform::Twitch, BotStatus::Paused, 1, 2)});
    store.beginSnapshot();
    store.mergeSnapshot({entry(1, QStringLiteral("a"), Platform::Twitch, BotStatus::Active, 1, 1)});
    QCOMPARE(store.endSnapshot(true), 2);
    // Frozen: still shown as they were.
    QCOMPARE(store.liveRowCount(), 3);
    QVERIFY(store.rowForKey({uuid(2), Platform::Twitch}) >= 0);
    // News about 3 after the snapshot: 3 is back.
    store.applyEvents({entry(3, QStringLiteral("c"), Platform::Twitch, BotStatus::Paused, 1, 3)});
    store.setHeld(false);
    QCOMPARE(store.rowForKey({uuid(2), Platform::Twitch}), -1);
    const qsizetype three = store.rowForKey({uuid(3), Platform::Twitch});
    QVERIFY(three >= 0);
    QCOMPARE(store.row(three).status, BotStatus::Paused);
    QCOMPARE(store.liveRowCount(), 2);
}

void TestBotStoreSkew::model_tombstonesLeaveAndReturn_underTheTester()
{
    BotStore store;
    store.setFlushInterval(0);
    QList<BotStatusEntry> page;
    for (int a = 0; a < 30; ++a)
        page.append(entry(a, QStringLiteral("n%1").arg(a), Platform(a % 5), BotStatus::Active, 1, 1));
    store.mergeSnapshot(page);
    BotTableModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.sort(BotTable::AccountNameColumn);
    QCOMPARE(model.rowCount(), 30);
    // A few go (fine-grained removals), then many (one layout change).
    for (const int keep : {27, 5}) {
        store.beginSnapshot();
        store.mergeSnapshot(page.mid(0, keep));
        QCOMPARE(store.endSnapshot(true), 30 - keep - (keep == 5 ? 3 : 0));
        store.flush();
        QCOMPARE(model.rowCount(), keep);
        QCOMPARE(model.counts().total, keep);
        QCOMPARE(model.counts().active, keep);
        QCOMPARE(model.rowForKey({uuid(29), Platform(29 % 5)}), -1);
    }
    // All back at once.
    store.beginSnapshot();
    store.mergeSnapshot(page);
    QCOMPARE(store.endSnapshot(true), 0);
    store.flush();
    QCOMPARE(model.rowCount(), 30);
    QCOMPARE(model.counts().total, 30);
    for (int r = 1; r < model.rowCount(); ++r) {
        QVERIFY(model.index(r - 1, 0).data().toString() <= model.index(r, 0).data().toString());
    }
}

void TestBotStoreSkew::memory_extraIdsAndPlatformsStayCompact()
{
    // Upper-case IDs cost their own bytes; lower-case ones share the search
    // key's. Neither changes the row size.
    static_assert(sizeof(BotStore::Row) == 32);
    constexpr int accounts = 10000;
    BotStore lower;
    BotStore upper;
    QList<BotStatusEntry> lowerPage;
    QList<BotStatusEntry> upperPage;
    for (int a = 0; a < accounts; ++a) {
        for (int p = 0; p < 3; ++p) {
            BotStatusEntry e = entry(a, QStringLiteral("streamer_%1").arg(a), Platform(p),
                                     BotStatus::Active, 1, 1);
            // Hex letters, so the upper-case copy differs (uuid() is all digits).
            e.accountId.replace(0, 8, QStringLiteral("abcdef0a"));
            lowerPage.append(e);
            e.accountId = e.accountId.toUpper();
            upperPage.append(e);
        }
    }
    lower.mergeSnapshot(lowerPage);
    upper.mergeSnapshot(upperPage);
    lower.squeeze();
    upper.squeeze();
    const double lowerPerRow = double(lower.memoryUsage()) / lower.rowCount();
    const double upperPerRow = double(upper.memoryUsage()) / upper.rowCount();
    qInfo("store bytes per row: lower-case IDs %.1f, upper-case IDs %.1f", lowerPerRow,
          upperPerRow);
    QCOMPARE(upperPage.first().accountId, lowerPage.first().accountId.toUpper());
    QVERIFY(upperPage.first().accountId != lowerPage.first().accountId);
    QVERIFY(upperPerRow > lowerPerRow);
    QVERIFY2(upperPerRow - lowerPerRow < 16.0, "an upper-case ID costs its 36 bytes once per account");
}

QTEST_GUILESS_MAIN(TestBotStoreSkew)
#include "TestBotStoreSkew.moc"
