#pragma once

#include "models/bots/BotTableModel.h"
#include "models/commands/BotCommands.h"

#include <QWidget>

class BotMarks;
class BotUndo;
class MessageBanner;
class QLabel;

// What the Bots page says about the state of things, between its filters and
// its table: the count line (bots shown of how many, in which states), how
// many bots are marked, whether live updates are frozen and what Ctrl+Z
// would undo; under it the banners: the load failed (Retry), live updates
// are interrupted (Reconnect), an action failed (Retry) or could not apply.
class BotStatusPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BotStatusPane)

public:
    explicit BotStatusPane(QWidget *parent = nullptr);

    void showCounts(const BotTableModel::Counts &counts);
    void showMarks(const BotMarks &marks);
    // waiting: bots whose live news is held back meanwhile.
    void showFrozen(bool frozen, qsizetype waiting);
    void showUndo(const BotUndo &undo);

    // stale: the shell says the connection dropped.
    void showLoadState(const BotLoadState &state, bool stale);
    void hideLoadFailure();
    // One operation that did not simply succeed: failed or not applied (the
    // server's message and Retry), or its answer lost (checking; or, for a
    // reconnect, may or may not have happened, with Retry).
    void showFailure(const BotOperationFailure &failure);
    // A lost answer settled as applied.
    void showConfirmed(const BotOperationFailure &outcome);
    // Why an action did nothing (no Retry).
    void showNotice(const QString &text);
    // A new action is on its way: the last one's failure or notice goes.
    void clearOperation();
    void hideOperation();

    QLabel *countLabel() const { return m_count; }
    QLabel *markCountLabel() const { return m_markCount; }
    QLabel *frozenMark() const { return m_frozenMark; }
    QLabel *undoNote() const { return m_undoNote; }
    MessageBanner *loadBanner() const { return m_loadBanner; }
    MessageBanner *staleBanner() const { return m_staleBanner; }
    MessageBanner *operationBanner() const { return m_operationBanner; }

Q_SIGNALS:
    // Retry on the load banner or Reconnect on the stale one.
    void reloadRequested();
    // Retry on the operation banner (which is hidden by then).
    void retryRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_count = nullptr;
    QLabel *m_markCount = nullptr;
    QLabel *m_frozenMark = nullptr;
    QLabel *m_undoNote = nullptr;
    MessageBanner *m_loadBanner = nullptr;
    MessageBanner *m_staleBanner = nullptr;
    MessageBanner *m_operationBanner = nullptr;
};
