#include "BotActionRequests.h"

#include "BotActionPlan.h"
#include "BotConfirmDialog.h"

#include "models/bots/BotTableModel.h"
#include "models/settings/AppSettings.h"

#include <QSet>

BotActionRequests::BotActionRequests(BotTableModel *model, AppSettings *settings,
                                     QWidget *dialogParent)
    : QObject(dialogParent)
    , m_model(model)
    , m_settings(settings)
    , m_dialogParent(dialogParent)
{
}

BotActionRequests::~BotActionRequests() = default;

BotActionGuard::Policy BotActionRequests::guardPolicy() const
{
    BotActionGuard::Policy policy;
    policy.typedAbove = m_settings ? m_settings->bulkConfirmThreshold()
                                   : AppSettings::DefaultBulkConfirmThreshold;
    policy.confirmSingle = m_settings && m_settings->confirmSingleToggle();
    policy.criticalProfile = m_critical;
    return policy;
}

QString BotActionRequests::unavailableReason(PendingAction action) const
{
    return m_commands ? m_commands->actionUnavailableReason(action) : QString();
}

BotConfirmDialog *BotActionRequests::confirmationBox() const
{
    return m_confirm;
}

void BotActionRequests::request(PendingAction action, const QList<BotKey> &keys,
                                const QString &origin, Options options)
{
    const auto cancelled = [&options] {
        if (options.cancelled)
            options.cancelled();
    };
    // An action this server does not offer is hidden; it is never sent.
    if (!m_commands || !m_model || !canEdit() || keys.isEmpty() || action == PendingAction::None
        || !unavailableReason(action).isEmpty()) {
        cancelled();
        return;
    }
    const BotActionPlan plan(m_model->store(), action, keys);
    if (plan.applicable().isEmpty()) {
        // One row in flight or already in that state: a no-op by design
        // (double clicks, repeated keys). Several: say why nothing happens.
        if (keys.size() > 1)
            Q_EMIT notice(plan.nothingApplicableText());
        cancelled();
        return;
    }
    const BotActionGuard::Confirmation confirmation =
        BotActionGuard::confirmationFor(plan, guardPolicy(), options.alwaysConfirm);
    if (confirmation == BotActionGuard::Confirmation::None) {
        send(action, plan.applicable(), origin, options);
        return;
    }
    confirm(plan, confirmation, origin, options);
}

void BotActionRequests::confirm(const BotActionPlan &plan,
                                BotActionGuard::Confirmation confirmation, const QString &origin,
                                const Options &options)
{
    if (m_confirm)
        m_confirm->reject();
    auto *box = new BotConfirmDialog(m_dialogParent);
    box->setQuestion(plan.question());
    box->setDetails(plan.details());
    box->setNote(options.note);
    box->setConfirmText(plan.confirmText());
    const qsizetype count = plan.applicable().size();
    // Enter never sends an action on several bots by reflex.
    box->setCancelIsDefault(count > 1);
    if (confirmation == BotActionGuard::Confirmation::TypedCount) {
        box->setRequiredCount(int(count), BotActionGuard::typedReason(count, plan.platformCount(),
                                                                      guardPolicy()));
    }
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_confirm = box;
    connect(box, &QDialog::finished, this,
            [this, action = plan.action(), keys = plan.applicable(), origin,
             options](int result) {
                if (result == QDialog::Accepted) {
                    send(action, keys, origin, options);
                } else if (options.cancelled) {
                    options.cancelled();
                }
            });
    box->open();
    Q_EMIT confirmationShown();
}

void BotActionRequests::send(PendingAction action, const QList<BotKey> &planned,
                             const QString &origin, const Options &options)
{
    if (!m_commands || !canEdit()) {
        if (options.cancelled)
            options.cancelled();
        return;
    }
    const QList<BotKey> keys = options.recheck ? options.recheck(planned) : planned;
    Q_EMIT sending();
    if (keys.isEmpty()) {
        Q_EMIT notice(tr("Nothing was sent: every bot changed while you were deciding."));
        if (options.cancelled)
            options.cancelled();
        return;
    }
    const QString why = !origin.isEmpty()   ? origin
        : keys.size() > 1                   ? TriageOrigin::bulk()
                                            : TriageOrigin::single();
    const quint64 batchId = dispatch(action, keys, why);
    if (options.undoable && batchId != 0) {
        m_undo.record(action, batchId);
        // The batch's first news came inside dispatch(), before the record.
        m_undo.update(m_commands->batch(batchId));
        Q_EMIT undoChanged();
    }
    if (!options.note.isEmpty())
        Q_EMIT notice(options.note);
    if (options.sent)
        options.sent(batchId);
}

quint64 BotActionRequests::dispatch(PendingAction action, const QList<BotKey> &keys,
                                    const QString &origin)
{
    switch (action) {
    case PendingAction::Pause:
        return m_commands->pause(keys, origin);
    case PendingAction::Resume:
        return m_commands->resume(keys, origin);
    case PendingAction::Reconnect:
        return m_commands->reconnect(keys, origin);
    case PendingAction::None:
        break;
    }
    return 0;
}

void BotActionRequests::noteBatch(const BotBatchState &batch)
{
    if (batch.id == 0 || batch.id != m_undo.batchId())
        return;
    const bool wasWaiting = m_undo.isWaiting();
    const int succeeded = m_undo.succeededCount();
    m_undo.update(batch);
    if (m_undo.isWaiting() != wasWaiting || m_undo.succeededCount() != succeeded
        || m_undo.batchId() != batch.id)
        Q_EMIT undoChanged();
}

void BotActionRequests::undoLast()
{
    if (!m_commands || !m_model || !canEdit())
        return;
    if (m_undo.isWaiting()) {
        Q_EMIT notice(tr("The last action is still running. Undo it when it has finished."));
        return;
    }
    if (!m_undo.canUndo())
        return;
    const BotStore *store = m_model->store();
    const PendingAction recorded = m_undo.action();
    const QList<BotOperationSuccess> succeeded = m_commands->succeeded(m_undo.batchId());
    const BotUndo::Plan plan = BotUndo::plan(recorded, succeeded, store);
    const QString leftAlone = BotUndo::leftAloneText(plan, store);
    if (plan.keys.isEmpty()) {
        Q_EMIT notice(tr("Nothing to undo.") + QLatin1Char('\n') + leftAlone);
        m_undo.clear();
        Q_EMIT undoChanged();
        return;
    }
    // Guarded like any action (a bulk undo is a bulk action); rows that
    // change while the confirmation is open are left alone too.
    Options options;
    options.note = leftAlone;
    options.recheck = [this, recorded, succeeded](const QList<BotKey> &keys) {
        const QSet<BotKey> asked(keys.cbegin(), keys.cend());
        QList<BotOperationSuccess> still;
        for (const BotOperationSuccess &s : succeeded) {
            if (asked.contains(s.key))
                still.append(s);
        }
        return BotUndo::plan(recorded, still, m_model ? m_model->store() : nullptr).keys;
    };
    request(plan.action, plan.keys, TriageOrigin::undo(), options);
}

void BotActionRequests::clearSession()
{
    if (m_confirm)
        m_confirm->reject();
    m_undo.clear();
    Q_EMIT undoChanged();
}
