#include "BotStatusPane.h"

#include "BotMarks.h"
#include "BotUndo.h"

#include "models/text/DisplayText.h"
#include "views/widgets/MessageBanner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

BotStatusPane::BotStatusPane(QWidget *parent)
    : QWidget(parent)
{
    // The page's spacing, so the pane lays out as if its rows were the page's.
    const int spacing = fontMetrics().height() / 2;
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(spacing);

    auto *countRow = new QHBoxLayout;
    countRow->setSpacing(spacing * 2);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("botCount"));
    m_count->setTextInteractionFlags(Qt::TextSelectableByMouse);
    countRow->addWidget(m_count);
    m_markCount = new QLabel(this);
    m_markCount->setObjectName(QStringLiteral("botMarkCount"));
    m_markCount->setVisible(false);
    countRow->addWidget(m_markCount);
    m_frozenMark = new QLabel(this);
    m_frozenMark->setObjectName(QStringLiteral("botFrozenMark"));
    m_frozenMark->setVisible(false);
    QFont bold = m_frozenMark->font();
    bold.setBold(true);
    m_frozenMark->setFont(bold);
    m_markCount->setFont(bold);
    countRow->addWidget(m_frozenMark);
    m_undoNote = new QLabel(this);
    m_undoNote->setObjectName(QStringLiteral("botUndoNote"));
    m_undoNote->setVisible(false);
    countRow->addWidget(m_undoNote);
    countRow->addStretch(1);
    layout->addLayout(countRow);

    m_loadBanner = new MessageBanner(MessageBanner::Kind::Error, this);
    m_loadBanner->setObjectName(QStringLiteral("botLoadBanner"));
    connect(m_loadBanner, &MessageBanner::actionTriggered, this, &BotStatusPane::reloadRequested);
    layout->addWidget(m_loadBanner);

    m_staleBanner = new MessageBanner(MessageBanner::Kind::Warning, this);
    m_staleBanner->setObjectName(QStringLiteral("botStaleBanner"));
    connect(m_staleBanner, &MessageBanner::actionTriggered, this, &BotStatusPane::reloadRequested);
    layout->addWidget(m_staleBanner);

    m_operationBanner = new MessageBanner(MessageBanner::Kind::Error, this);
    m_operationBanner->setObjectName(QStringLiteral("botOperationBanner"));
    m_operationBanner->setClosable(true);
    connect(m_operationBanner, &MessageBanner::actionTriggered, this, [this] {
        m_operationBanner->hide();
        Q_EMIT retryRequested();
    });
    layout->addWidget(m_operationBanner);
    retranslate();
}

void BotStatusPane::retranslate()
{
    m_frozenMark->setToolTip(tr("Live changes wait while frozen: rows, badges and counts show "
                                "the moment you froze, plus your own actions."));
}

void BotStatusPane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

// --- the count line -------------------------------------------------------------

void BotStatusPane::showCounts(const BotTableModel::Counts &c)
{
    const QLocale locale;
    QString text = tr("%1 of %2 bots - %3 active, %4 paused, %5 no connection")
                       .arg(locale.toString(qint64(c.visible)), locale.toString(qint64(c.total)),
                            locale.toString(qint64(c.active)), locale.toString(qint64(c.paused)),
                            locale.toString(qint64(c.noConnection)));
    if (c.stale > 0)
        text += tr(", %1 stale").arg(locale.toString(qint64(c.stale)));
    // Statuses a newer server named: counted, never hidden in the total.
    if (c.other > 0)
        text += tr(", %1 in other statuses").arg(locale.toString(qint64(c.other)));
    m_count->setText(text);
}

void BotStatusPane::showMarks(const BotMarks &marks)
{
    const QString text = marks.countText();
    m_markCount->setVisible(!marks.isEmpty());
    m_markCount->setText(text);
    m_markCount->setAccessibleName(text);
}

void BotStatusPane::showFrozen(bool frozen, qsizetype waiting)
{
    m_frozenMark->setText(waiting > 0 ? tr("FROZEN: %n bot(s) changed meanwhile (z to catch up)",
                                           nullptr, int(std::min<qsizetype>(waiting, INT_MAX)))
                                      : tr("FROZEN: rows held in place (z to catch up)"));
    m_frozenMark->setVisible(frozen);
}

void BotStatusPane::showUndo(const BotUndo &undo)
{
    if (!undo.canUndo()) {
        m_undoNote->setVisible(false);
        return;
    }
    const QString text = undo.noteText();
    m_undoNote->setText(text);
    m_undoNote->setAccessibleName(text);
    m_undoNote->setVisible(true);
}

// --- the banners ------------------------------------------------------------------

void BotStatusPane::showLoadState(const BotLoadState &state, bool stale)
{
    // Load errors: where the operator looks first, with Retry.
    if (state.phase == BotLoadState::Phase::Error) {
        const QString message = state.errorMessage.isEmpty()
            ? tr("The server cannot be reached.")
            : tr("The server cannot be reached: %1").arg(state.errorMessage);
        m_loadBanner->showMessage(message, tr("Retry"));
    } else {
        m_loadBanner->hide();
    }

    // Polling (no live updates) keeps the table current too: the status bar
    // says so; nothing here is interrupted.
    const bool connectionDown = state.everLoaded && !state.live && !state.polling
        && state.phase != BotLoadState::Phase::Error && state.phase != BotLoadState::Phase::Idle;
    if (stale || connectionDown) {
        m_staleBanner->showMessage(
            tr("Live updates are interrupted. The table shows the last known state and "
               "catches up when the connection is back."),
            tr("Reconnect"));
    } else {
        m_staleBanner->hide();
    }
}

void BotStatusPane::hideLoadFailure()
{
    m_loadBanner->hide();
}

void BotStatusPane::showFailure(const BotOperationFailure &failure)
{
    const QString who = DisplayText::nameOrId(failure.accountName, failure.key.accountId);
    if (failure.outcome == BotOperationFailure::Outcome::Unknown) {
        // Not a failure: the server may have done it.
        QString what;
        switch (failure.action) {
        case PendingAction::Pause:
            what = tr("Pause of %1 on %2: %3");
            break;
        case PendingAction::Resume:
            what = tr("Resume of %1 on %2: %3");
            break;
        case PendingAction::Reconnect:
        case PendingAction::None:
            what = tr("Reconnect of %1 on %2: %3");
            break;
        }
        m_operationBanner->setKind(MessageBanner::Kind::Warning);
        m_operationBanner->showMessage(
            what.arg(who, BotTableModel::platformName(failure.key.platform), failure.message),
            failure.settling ? QString() : tr("Retry"));
        return;
    }
    m_operationBanner->setKind(MessageBanner::Kind::Error);
    QString what;
    switch (failure.action) {
    case PendingAction::Pause:
        what = tr("Could not pause %1 on %2: %3");
        break;
    case PendingAction::Resume:
        what = tr("Could not resume %1 on %2: %3");
        break;
    case PendingAction::Reconnect:
    case PendingAction::None:
        what = tr("Could not reconnect %1 on %2: %3");
        break;
    }
    m_operationBanner->showMessage(
        what.arg(who, BotTableModel::platformName(failure.key.platform), failure.message),
        tr("Retry"));
}

void BotStatusPane::showConfirmed(const BotOperationFailure &outcome)
{
    const QString who = outcome.accountName.isEmpty()
        ? outcome.key.accountId
        : outcome.accountName;
    QString what;
    switch (outcome.action) {
    case PendingAction::Pause:
        what = tr("Paused %1 on %2: %3");
        break;
    case PendingAction::Resume:
        what = tr("Resumed %1 on %2: %3");
        break;
    case PendingAction::Reconnect:
    case PendingAction::None:
        what = tr("Reconnected %1 on %2: %3");
        break;
    }
    m_operationBanner->setKind(MessageBanner::Kind::Information);
    m_operationBanner->showMessage(
        what.arg(who, BotTableModel::platformName(outcome.key.platform), outcome.message));
}

void BotStatusPane::showNotice(const QString &text)
{
    m_operationBanner->setKind(MessageBanner::Kind::Information);
    m_operationBanner->showMessage(text);
}

void BotStatusPane::clearOperation()
{
    m_operationBanner->hide();
    m_operationBanner->setKind(MessageBanner::Kind::Error);
}

void BotStatusPane::hideOperation()
{
    m_operationBanner->hide();
}
