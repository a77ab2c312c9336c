#pragma once

#include "BotActionGuard.h"
#include "BotUndo.h"

#include "models/bots/BotKey.h"
#include "models/commands/BotCommands.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class AppSettings;
class BotActionPlan;
class BotConfirmDialog;
class BotTableModel;
class QWidget;

// The one guarded path from an operator's request to BotCommands, for the
// Bots page and for every other part of the app that acts on bots (an
// incident's revert, a planned resume, the palette): refuse what the server
// does not offer, plan (which bots take the action), ask as BotActionGuard
// decides, check again what changed while the question was open, send with
// the triage origin, and remember pauses and resumes for Ctrl+Z.
//
// It knows the page only through its signals: what to say (notice()), when
// a request leaves (sending()) and when the undo record changed.
class BotActionRequests final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BotActionRequests)

public:
    // How request() treats one request beyond the guard's rules.
    struct Options
    {
        // Recorded for Ctrl+Z (pauses and resumes only).
        bool undoable = true;
        // Ask even for a single bot (e.g. a reminder's offer).
        bool alwaysConfirm = false;
        // Shown in the confirmation under the details, and after sending:
        // what is left out and why (plain text).
        QString note = {};
        // Runs when the request is about to be sent (after the confirmation,
        // which may have been open a while): returns the bots still to
        // send, e.g. without those changed meanwhile. Empty: all of them.
        std::function<QList<BotKey>(const QList<BotKey> &keys)> recheck = {};
        // After sending, with the batch id (0 when the commands accepted
        // nothing); not run when cancelled or when nothing was sent.
        std::function<void(quint64 batchId)> sent = {};
        // The operator cancelled, or no bot could take the action.
        std::function<void()> cancelled = {};
    };

    // model and settings must outlive this object (settings may be null);
    // dialogParent is where the confirmation opens.
    BotActionRequests(BotTableModel *model, AppSettings *settings, QWidget *dialogParent);
    ~BotActionRequests() override;

    // The commands must outlive this object or be detached with nullptr.
    void setCommands(BotCommands *commands) { m_commands = commands; }
    // Whether the operator may act now (the page's permissions).
    void setEditCheck(std::function<bool()> canEdit) { m_canEdit = std::move(canEdit); }
    void setCriticalProfile(bool critical) { m_critical = critical; }
    bool isCriticalProfile() const { return m_critical; }
    // The guard's rules as they apply now (settings, profile).
    BotActionGuard::Policy guardPolicy() const;
    // Why the server does not offer action; empty when it does.
    QString unavailableReason(PendingAction action) const;

    // Plans action on keys, asks as the guard decides and sends it with
    // origin (a TriageOrigin word; empty: single or bulk by the number of
    // bots sent). Returns at once.
    void request(PendingAction action, const QList<BotKey> &keys, const QString &origin,
                 Options options);

    // Ctrl+Z: the opposite of the last pause or resume, to the bots where it
    // took effect and that have not changed since (see BotUndo).
    void undoLast();
    const BotUndo &undo() const { return m_undo; }
    // The commands' news of a batch: the undo record follows its own.
    void noteBatch(const BotBatchState &batch);

    // The open confirmation, if any.
    BotConfirmDialog *confirmationBox() const;
    // Signed out: closes the question and forgets the undo record.
    void clearSession();

Q_SIGNALS:
    // Plain text for the operator (why nothing was sent, what was left out).
    void notice(const QString &text);
    // A request is about to be sent: earlier news of an operation is old.
    void sending();
    void confirmationShown();
    void undoChanged();

private:
    bool canEdit() const { return m_canEdit && m_canEdit(); }
    void confirm(const BotActionPlan &plan, BotActionGuard::Confirmation confirmation,
                 const QString &origin, const Options &options);
    void send(PendingAction action, const QList<BotKey> &planned, const QString &origin,
              const Options &options);
    quint64 dispatch(PendingAction action, const QList<BotKey> &keys, const QString &origin);

    QPointer<BotTableModel> m_model;
    QPointer<AppSettings> m_settings;
    QWidget *m_dialogParent;
    BotCommands *m_commands = nullptr;
    std::function<bool()> m_canEdit;
    QPointer<BotConfirmDialog> m_confirm;
    BotUndo m_undo;
    bool m_critical = false;
};
