// BotUndo: what Ctrl+Z covers (exactly the bots where the last pause or
// resume took effect), what it leaves alone (bots changed since, by anyone or
// by themselves, or busy, or gone), and its note.

#include "BotPartsData.h"

#include "models/bots/BotStore.h"
#include "models/text/DisplayText.h"
#include "views/bots/BotUndo.h"

#include <QTest>

using namespace BotPartsData;

namespace {

const QList<BotKey> kKeys = {
    {QStringLiteral("00000000-0000-4000-8000-000000000001"), Platform::Twitch},
    {QStringLiteral("00000000-0000-4000-8000-000000000002"), Platform::Kick},
};

BotBatchState batch(quint64 id, PendingAction action, int total, int done, int failed,
                    int unknown = 0, int settling = 0)
{
    BotBatchState b;
    b.id = id;
    b.action = action;
    b.total = total;
    b.done = done;
    b.failed = failed;
    b.unknown = unknown;
    b.settling = settling;
    return b;
}

// What a successful pause left: the row as the server answered.
BotOperationSuccess pausedAt(int account, Platform platform, TimestampMs updatedAt)
{
    return {key(account, platform), BotStatus::Paused, updatedAt, false};
}

BotStatusEntry paused(int account, const QString &name, Platform platform, TimestampMs updatedAt)
{
    BotStatusEntry e = entry(account, name, platform, BotStatus::Paused);
    e.updatedAt = updatedAt;
    return e;
}

} // namespace

class TestBotUndo final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void empty_nothingToUndo();
    void note_countsWhatTookEffect_onlyOnceFinished();
    void nothingSucceeded_noNote_theActionBeforeIsUndoneInstead();
    void lostAnswers_countOnceConfirmed();
    void reconnect_leavesLastToggle();
    void plan_undoesUnchangedRows_leavesAloneChangedBusyAndGone();
    void plan_heldNewsCountsAsAChange();
    void leftAloneText_listsNamesAndCounts();
};

void TestBotUndo::empty_nothingToUndo()
{
    BotUndo undo;
    QVERIFY(!undo.canUndo());
    QVERIFY(!undo.isWaiting());
    QVERIFY(undo.noteText().isEmpty());
    QCOMPARE(BotUndo::plan(PendingAction::None, {}, nullptr).action, PendingAction::None);
}

void TestBotUndo::note_countsWhatTookEffect_onlyOnceFinished()
{
    BotUndo undo;
    undo.record(PendingAction::Pause, 5);
    QVERIFY(undo.isWaiting());
    QVERIFY(!undo.canUndo());
    undo.update(batch(5, PendingAction::Pause, 140, 60, 10)); // still running
    QVERIFY(undo.isWaiting());
    QVERIFY(undo.noteText().isEmpty());
    undo.update(batch(4, PendingAction::Pause, 3, 3, 0)); // another batch: ignored
    QVERIFY(undo.isWaiting());
    undo.update(batch(5, PendingAction::Pause, 140, 101, 39));
    QVERIFY(!undo.isWaiting());
    QVERIFY(undo.canUndo());
    QCOMPARE(undo.succeededCount(), 101);
    QCOMPARE(undo.noteText(), QStringLiteral("Undo: resume 101 bots (Ctrl+Z)"));

    undo.record(PendingAction::Resume, 6);
    undo.update(batch(6, PendingAction::Resume, 2, 2, 0));
    QCOMPARE(undo.noteText(), QStringLiteral("Undo: pause 2 bots (Ctrl+Z)"));
    undo.clear();
    QVERIFY(!undo.canUndo());
    QVERIFY(undo.noteText().isEmpty());
}

void TestBotUndo::nothingSucceeded_noNote_theActionBeforeIsUndoneInstead()
{
    BotUndo undo;
    undo.record(PendingAction::Pause, 1);
    undo.update(batch(1, PendingAction::Pause, 2, 2, 0));
    undo.record(PendingAction::Resume, 2);
    QCOMPARE(undo.batchId(), quint64(2));
    undo.update(batch(2, PendingAction::Resume, 1, 0, 1)); // "no such bot"
    // Nothing happened: no "Undo: pause 1 bots"; the pause before is on record again.
    QCOMPARE(undo.batchId(), quint64(1));
    QCOMPARE(undo.action(), PendingAction::Pause);
    QCOMPARE(undo.noteText(), QStringLiteral("Undo: resume 2 bots (Ctrl+Z)"));

    BotUndo alone;
    alone.record(PendingAction::Pause, 3);
    alone.update(batch(3, PendingAction::Pause, 1, 0, 1));
    QVERIFY(!alone.canUndo());
    QVERIFY(!alone.isWaiting());
    QVERIFY(alone.noteText().isEmpty());
}

void TestBotUndo::lostAnswers_countOnceConfirmed()
{
    BotUndo undo;
    undo.record(PendingAction::Pause, 9);
    // Every answer lost: nothing known to have taken effect yet, no note,
    // and the record waits for the outcome rather than falling back.
    undo.update(batch(9, PendingAction::Pause, 2, 0, 0, 2, 2));
    QVERIFY(!undo.isWaiting());
    QVERIFY(!undo.canUndo());
    QCOMPARE(undo.batchId(), quint64(9));
    undo.update(batch(9, PendingAction::Pause, 2, 1, 0, 1, 1)); // one confirmed
    QVERIFY(undo.canUndo());
    QCOMPARE(undo.succeededCount(), 1);
    undo.update(batch(9, PendingAction::Pause, 2, 1, 1, 0, 0)); // one not applied
    QVERIFY(undo.canUndo());
    QCOMPARE(undo.succeededCount(), 1);
}

void TestBotUndo::reconnect_leavesLastToggle()
{
    BotUndo undo;
    undo.record(PendingAction::Resume, 1);
    undo.update(batch(1, PendingAction::Resume, 2, 2, 0));
    undo.record(PendingAction::Reconnect, 2);
    QCOMPARE(undo.batchId(), quint64(1));
    QCOMPARE(undo.noteText(), QStringLiteral("Undo: pause 2 bots (Ctrl+Z)"));
}

void TestBotUndo::plan_undoesUnchangedRows_leavesAloneChangedBusyAndGone()
{
    BotStore store;
    fill(store, {paused(1, QStringLiteral("alpha"), Platform::Twitch, 100),
                 paused(2, QStringLiteral("bravo"), Platform::Twitch, 100),
                 paused(3, QStringLiteral("charlie"), Platform::Kick, 100),
                 paused(4, QStringLiteral("delta"), Platform::Kick, 100),
                 paused(5, QStringLiteral("echo"), Platform::YouTube, 100)});
    // Since the pause: bravo resumed by someone else, charlie's heartbeat
    // (same status, later updatedAt), delta has a request in flight.
    BotStatusEntry bravo = entry(2, QStringLiteral("bravo"), Platform::Twitch, BotStatus::Active);
    bravo.updatedAt = 200;
    BotStatusEntry charlie = paused(3, QStringLiteral("charlie"), Platform::Kick, 150);
    store.applyEvents({bravo, charlie});
    QVERIFY(store.beginPending(key(4, Platform::Kick), PendingAction::Resume));
    store.flush();

    const QList<BotOperationSuccess> succeeded = {
        pausedAt(1, Platform::Twitch, 100), pausedAt(2, Platform::Twitch, 100),
        pausedAt(3, Platform::Kick, 100),   pausedAt(4, Platform::Kick, 100),
        pausedAt(5, Platform::YouTube, 100), pausedAt(6, Platform::Trovo, 100), // never listed
    };
    const BotUndo::Plan plan = BotUndo::plan(PendingAction::Pause, succeeded, &store);
    QCOMPARE(plan.action, PendingAction::Resume);
    QCOMPARE(plan.keys, (QList<BotKey> {key(1, Platform::Twitch), key(5, Platform::YouTube)}));
    QCOMPARE(plan.changed, (QList<BotKey> {key(2, Platform::Twitch), key(3, Platform::Kick)}));
    QCOMPARE(plan.busy, (QList<BotKey> {key(4, Platform::Kick)}));
    QCOMPARE(plan.gone, (QList<BotKey> {key(6, Platform::Trovo)}));
    QCOMPARE(plan.leftAlone(), 4);
}

void TestBotUndo::plan_heldNewsCountsAsAChange()
{
    BotStore store;
    fill(store, {paused(1, QStringLiteral("alpha"), Platform::Twitch, 100)});
    store.setHeld(true); // frozen: the row still reads as the pause left it
    BotStatusEntry later = entry(1, QStringLiteral("alpha"), Platform::Twitch, BotStatus::Active);
    later.updatedAt = 300;
    store.applyEvents({later});
    QCOMPARE(store.row(0).updatedAt, TimestampMs(100));
    const BotUndo::Plan plan =
        BotUndo::plan(PendingAction::Pause, {pausedAt(1, Platform::Twitch, 100)}, &store);
    QVERIFY(plan.keys.isEmpty());
    QCOMPARE(plan.changed.size(), 1);
}

void TestBotUndo::leftAloneText_listsNamesAndCounts()
{
    BotStore store;
    QList<BotStatusEntry> rows;
    QList<BotOperationSuccess> succeeded;
    for (int i = 1; i <= 8; ++i) {
        rows.append(paused(i, QStringLiteral("acct%1").arg(i), Platform::Twitch, 100));
        succeeded.append(pausedAt(i, Platform::Twitch, 50)); // all changed since
    }
    fill(store, rows);
    const BotUndo::Plan plan = BotUndo::plan(PendingAction::Pause, succeeded, &store);
    QCOMPARE(plan.changed.size(), 8);
    const QString text = BotUndo::leftAloneText(plan, &store);
    // Names are server text: isolated in the sentence.
    QVERIFY2(text.startsWith(QStringLiteral("8 bots changed since; left alone: %1 on Twitch, "
                                            "%2 on Twitch")
                                 .arg(DisplayText::isolated(QStringLiteral("acct1")),
                                      DisplayText::isolated(QStringLiteral("acct2")))),
             qPrintable(text));
    QVERIFY2(text.endsWith(QLatin1String("and 3 more")), qPrintable(text));
    QVERIFY(!text.contains(QLatin1String("acct6")));
    QVERIFY(BotUndo::leftAloneText(BotUndo::Plan {}, &store).isEmpty());
}

QTEST_GUILESS_MAIN(TestBotUndo)
#include "TestBotUndo.moc"
