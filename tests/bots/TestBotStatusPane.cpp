// What the Bots page says about the state of things, offscreen:
// BotStatusPane (count line, notes, banners), BotEmptyState and
// BotLoadProgress.

#include "BotPartsData.h"

#include "models/bots/BotStore.h"
#include "models/bots/BotTableModel.h"
#include "models/text/DisplayText.h"
#include "views/bots/BotEmptyState.h"
#include "views/bots/BotLoadProgress.h"
#include "views/bots/BotMarks.h"
#include "views/bots/BotStatusPane.h"
#include "views/bots/BotUndo.h"
#include "views/widgets/MessageBanner.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace BotPartsData;
using Phase = BotLoadState::Phase;

class TestBotStatusPane final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void counts_lineSaysShownOfTotalAndStates_staleOnlyWhenAny();
    void marksFrozenUndo_shownOnlyWhenTheyApply();
    void loadFailure_bannerWithServerMessage_retryAsksToReload();
    void connectionDown_afterALoad_orStaleShell_showsTheStaleBanner();
    void failure_namesTheBotAndTheServerMessage_retryHidesAndAsks();
    void notice_isInformation_nextActionClearsIt();
    void emptyState_saysWhyAndOffersClearFiltersOnlyWhenFiltered();
    void loadProgress_onlyWhileLoading_busyUntilTheTotalIsKnown();

private:
    std::unique_ptr<BotStatusPane> m_pane;
};

void TestBotStatusPane::init()
{
    m_pane = std::make_unique<BotStatusPane>();
    m_pane->show();
}

void TestBotStatusPane::cleanup()
{
    m_pane.reset();
}

void TestBotStatusPane::counts_lineSaysShownOfTotalAndStates_staleOnlyWhenAny()
{
    BotTableModel::Counts counts;
    counts.visible = 3;
    counts.total = 1200;
    counts.active = 2;
    counts.paused = 1;
    counts.noConnection = 0;
    m_pane->showCounts(counts);
    const QLocale locale;
    QCOMPARE(m_pane->countLabel()->text(),
             QStringLiteral("3 of %1 bots - 2 active, 1 paused, 0 no connection")
                 .arg(locale.toString(1200)));
    counts.stale = 1;
    m_pane->showCounts(counts);
    QVERIFY(m_pane->countLabel()->text().endsWith(QLatin1String(", 1 stale")));
}

void TestBotStatusPane::marksFrozenUndo_shownOnlyWhenTheyApply()
{
    BotStore store;
    BotTableModel model(&store);
    fill(store, {entry(0, QStringLiteral("a"), Platform::Twitch, BotStatus::Active)});
    BotMarks marks(&model);
    m_pane->showMarks(marks);
    QVERIFY(!m_pane->markCountLabel()->isVisible());
    marks.toggleRow(0);
    m_pane->showMarks(marks);
    QVERIFY(m_pane->markCountLabel()->isVisible());
    QCOMPARE(m_pane->markCountLabel()->text(), QStringLiteral("1 marked"));
    QCOMPARE(m_pane->markCountLabel()->accessibleName(), QStringLiteral("1 marked"));

    QVERIFY(!m_pane->frozenMark()->isVisible());
    m_pane->showFrozen(true, 0);
    QVERIFY(m_pane->frozenMark()->isVisible());
    QCOMPARE(m_pane->frozenMark()->text(),
             QStringLiteral("FROZEN: rows held in place (z to catch up)"));
    QVERIFY(!m_pane->frozenMark()->toolTip().isEmpty());
    m_pane->showFrozen(true, 3);
    QCOMPARE(m_pane->frozenMark()->text(),
             QStringLiteral("FROZEN: 3 bot(s) changed meanwhile (z to catch up)"));
    m_pane->showFrozen(false, 0);
    QVERIFY(!m_pane->frozenMark()->isVisible());

    BotUndo undo;
    m_pane->showUndo(undo);
    QVERIFY(!m_pane->undoNote()->isVisible());
    undo.record(PendingAction::Pause, 7);
    m_pane->showUndo(undo); // still running: nothing to say yet
    QVERIFY(!m_pane->undoNote()->isVisible());
    BotBatchState batch;
    batch.id = 7;
    batch.action = PendingAction::Pause;
    batch.total = 3;
    batch.done = 2;
    batch.failed = 1;
    undo.update(batch);
    m_pane->showUndo(undo);
    QVERIFY(m_pane->undoNote()->isVisible());
    QCOMPARE(m_pane->undoNote()->text(), QStringLiteral("Undo: resume 2 bots (Ctrl+Z)"));
}

void TestBotStatusPane::loadFailure_bannerWithServerMessage_retryAsksToReload()
{
    QSignalSpy reload(m_pane.get(), &BotStatusPane::reloadRequested);
    BotLoadState state;
    state.phase = Phase::Error;
    state.errorMessage = QStringLiteral("boom");
    m_pane->showLoadState(state, false);
    QVERIFY(m_pane->loadBanner()->isVisible());
    QCOMPARE(m_pane->loadBanner()->text(), QStringLiteral("The server cannot be reached: boom"));
    QVERIFY(!m_pane->staleBanner()->isVisible()); // the error says it already
    QTest::mouseClick(m_pane->loadBanner()->actionButton(), Qt::LeftButton);
    QCOMPARE(reload.count(), 1);

    state.errorMessage.clear();
    m_pane->showLoadState(state, false);
    QCOMPARE(m_pane->loadBanner()->text(), QStringLiteral("The server cannot be reached."));
    m_pane->hideLoadFailure();
    QVERIFY(!m_pane->loadBanner()->isVisible());
    state.phase = Phase::Loading;
    m_pane->showLoadState(state, false);
    QVERIFY(!m_pane->loadBanner()->isVisible());
}

void TestBotStatusPane::connectionDown_afterALoad_orStaleShell_showsTheStaleBanner()
{
    QSignalSpy reload(m_pane.get(), &BotStatusPane::reloadRequested);
    BotLoadState state;
    state.phase = Phase::Ready;
    state.everLoaded = true;
    state.live = true;
    m_pane->showLoadState(state, false);
    QVERIFY(!m_pane->staleBanner()->isVisible());
    state.live = false;
    m_pane->showLoadState(state, false);
    QVERIFY(m_pane->staleBanner()->isVisible());
    QTest::mouseClick(m_pane->staleBanner()->actionButton(), Qt::LeftButton);
    QCOMPARE(reload.count(), 1);

    // Never loaded and signed out: nothing is stale.
    m_pane->showLoadState({}, false);
    QVERIFY(!m_pane->staleBanner()->isVisible());
    m_pane->showLoadState({}, true); // the shell says the link dropped
    QVERIFY(m_pane->staleBanner()->isVisible());
}

void TestBotStatusPane::failure_namesTheBotAndTheServerMessage_retryHidesAndAsks()
{
    QSignalSpy retry(m_pane.get(), &BotStatusPane::retryRequested);
    BotOperationFailure failure;
    failure.key = key(7, Platform::Twitch);
    failure.accountName = QStringLiteral("acme_live");
    failure.action = PendingAction::Pause;
    failure.message = QStringLiteral("Internal error");
    m_pane->showFailure(failure);
    QVERIFY(m_pane->operationBanner()->isVisible());
    QCOMPARE(m_pane->operationBanner()->text(),
             QStringLiteral("Could not pause %1 on Twitch: Internal error")
                 .arg(DisplayText::isolated(QStringLiteral("acme_live"))));

    failure.accountName.clear();
    failure.action = PendingAction::Reconnect;
    m_pane->showFailure(failure);
    QCOMPARE(m_pane->operationBanner()->text(),
             QStringLiteral("Could not reconnect %1 on Twitch: Internal error")
                 .arg(DisplayText::isolated(uuid(7)))); // no name: the ID
    QTest::mouseClick(m_pane->operationBanner()->actionButton(), Qt::LeftButton);
    QVERIFY(!m_pane->operationBanner()->isVisible());
    QCOMPARE(retry.count(), 1);
}

void TestBotStatusPane::notice_isInformation_nextActionClearsIt()
{
    m_pane->showNotice(QStringLiteral("None of them"));
    QVERIFY(m_pane->operationBanner()->isVisible());
    QCOMPARE(m_pane->operationBanner()->kind(), MessageBanner::Kind::Information);
    QVERIFY(!m_pane->operationBanner()->actionButton()->isVisible());
    m_pane->clearOperation();
    QVERIFY(!m_pane->operationBanner()->isVisible());
    QCOMPARE(m_pane->operationBanner()->kind(), MessageBanner::Kind::Error);
}

void TestBotStatusPane::emptyState_saysWhyAndOffersClearFiltersOnlyWhenFiltered()
{
    BotEmptyState empty;
    empty.show();
    QSignalSpy clear(&empty, &BotEmptyState::clearFiltersRequested);
    empty.setState(true, true, Phase::Ready);
    QCOMPARE(empty.label()->text(), QStringLiteral("No bots match"));
    QVERIFY(empty.clearFiltersButton()->isVisible());
    QTest::mouseClick(empty.clearFiltersButton(), Qt::LeftButton);
    QCOMPARE(clear.count(), 1);
    empty.setState(true, false, Phase::Ready);
    QCOMPARE(empty.label()->text(), QStringLiteral("No bots match"));
    QVERIFY(!empty.clearFiltersButton()->isVisible());
    empty.setState(false, false, Phase::Connecting);
    QCOMPARE(empty.label()->text(), QStringLiteral("Loading bots…"));
    empty.setState(false, false, Phase::Loading);
    QCOMPARE(empty.label()->text(), QStringLiteral("Loading bots…"));
    empty.setState(false, false, Phase::Error);
    QCOMPARE(empty.label()->text(), QStringLiteral("No bots loaded"));
    empty.setState(false, false, Phase::Ready);
    QCOMPARE(empty.label()->text(), QStringLiteral("No bots yet"));
    QVERIFY(!empty.clearFiltersButton()->isVisible());
}

void TestBotStatusPane::loadProgress_onlyWhileLoading_busyUntilTheTotalIsKnown()
{
    BotLoadProgress progress;
    progress.show();
    progress.showLoadState({});
    QVERIFY(!progress.isVisible());
    BotLoadState state;
    state.phase = Phase::Loading;
    progress.showLoadState(state);
    QVERIFY(progress.isVisible());
    QCOMPARE(progress.maximum(), 0); // busy
    QCOMPARE(progress.format(), QStringLiteral("Loading bots…"));
    state.rowsLoaded = 5000;
    state.totalRows = 12000;
    progress.showLoadState(state);
    QCOMPARE(progress.maximum(), 12000);
    QCOMPARE(progress.value(), 5000);
    const QLocale locale;
    QCOMPARE(
        progress.format(),
        QStringLiteral("Loading %1 of %2 bots").arg(locale.toString(5000), locale.toString(12000)));
    QCOMPARE(progress.accessibleName(), progress.format());
    state.phase = Phase::Ready;
    progress.showLoadState(state);
    QVERIFY(!progress.isVisible());
}

QTEST_MAIN(TestBotStatusPane)
#include "TestBotStatusPane.moc"
