// BotUndo: the last pause or resume, what Ctrl+Z sends, and its note.

#include "views/bots/BotUndo.h"

#include <QTest>

namespace {

const QList<BotKey> kKeys = {
    {QStringLiteral("00000000-0000-4000-8000-000000000001"), Platform::Twitch},
    {QStringLiteral("00000000-0000-4000-8000-000000000002"), Platform::Kick},
};

} // namespace

class TestBotUndo final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void empty_nothingToUndo();
    void pause_undoneByResume_thenUndoneAgainByPause();
    void reconnect_leavesLastToggle();
    void emptyKeys_nothingToUndo();
    void clear_forgetsLastToggle();
};

void TestBotUndo::empty_nothingToUndo()
{
    BotUndo undo;
    QVERIFY(!undo.canUndo());
    QVERIFY(undo.noteText().isEmpty());
    const BotUndo::Step step = undo.takeUndo();
    QCOMPARE(step.action, PendingAction::None);
    QVERIFY(step.keys.isEmpty());
}

void TestBotUndo::pause_undoneByResume_thenUndoneAgainByPause()
{
    BotUndo undo;
    undo.record(PendingAction::Pause, kKeys);
    QVERIFY(undo.canUndo());
    QCOMPARE(undo.noteText(), QStringLiteral("Undo: resume 2 bots (Ctrl+Z)"));

    BotUndo::Step step = undo.takeUndo();
    QCOMPARE(step.action, PendingAction::Resume);
    QCOMPARE(step.keys, kKeys);
    // The undo is the last toggle now: one more Ctrl+Z undoes it.
    QVERIFY(undo.canUndo());
    QCOMPARE(undo.noteText(), QStringLiteral("Undo: pause 2 bots (Ctrl+Z)"));
    step = undo.takeUndo();
    QCOMPARE(step.action, PendingAction::Pause);
    QCOMPARE(step.keys, kKeys);
}

void TestBotUndo::reconnect_leavesLastToggle()
{
    BotUndo undo;
    undo.record(PendingAction::Resume, kKeys.mid(0, 1));
    undo.record(PendingAction::Reconnect, kKeys);
    QCOMPARE(undo.noteText(), QStringLiteral("Undo: pause 1 bots (Ctrl+Z)"));
    const BotUndo::Step step = undo.takeUndo();
    QCOMPARE(step.action, PendingAction::Pause);
    QCOMPARE(step.keys, kKeys.mid(0, 1));
}

void TestBotUndo::emptyKeys_nothingToUndo()
{
    BotUndo undo;
    undo.record(PendingAction::Pause, {});
    QVERIFY(!undo.canUndo());
    QVERIFY(undo.noteText().isEmpty());
}

void TestBotUndo::clear_forgetsLastToggle()
{
    BotUndo undo;
    undo.record(PendingAction::Pause, kKeys);
    undo.clear();
    QVERIFY(!undo.canUndo());
    QCOMPARE(undo.takeUndo().action, PendingAction::None);
}

QTEST_GUILESS_MAIN(TestBotUndo)
#include "TestBotUndo.moc"
