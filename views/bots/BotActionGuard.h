#pragma once

#include <QCoreApplication>
#include <QString>

class BotActionPlan;

// How much asking an action on bots needs before it is sent: the rule of
// every guarded action on the Bots page (the page's own keys and buttons,
// undo, and whatever another part of the app routes through
// BotTablePage::requestAction, e.g. an incident's revert).
//
//   - one bot: nothing, unless the settings ask for single actions or the
//     caller insists (a reminder's offer); a simple confirmation then;
//   - several bots: a confirmation whose default button is Cancel, so Enter
//     never sends a bulk action;
//   - more bots than the threshold (AppSettings::bulkConfirmThreshold,
//     default 50), bots on more than one platform, or any bulk action on a
//     critical profile: the operator types the number of bots.
class BotActionGuard final
{
    Q_DECLARE_TR_FUNCTIONS(BotActionGuard)

public:
    enum class Confirmation : quint8 {
        None, // send at once
        Simple, // ask; Cancel is the default button when more than one bot is covered
        TypedCount, // ask, and the number of bots must be typed
    };

    struct Policy
    {
        int typedAbove = 50; // bots
        bool criticalProfile = false;
        bool confirmSingle = false; // the settings ask before a single pause or resume
    };

    BotActionGuard() = delete;

    // requested: the bots asked for; applicable: those that take the action;
    // platforms: how many platforms the applicable ones are on.
    static Confirmation confirmationFor(qsizetype requested, qsizetype applicable, int platforms,
                                        const Policy &policy, bool alwaysConfirm = false);
    static Confirmation confirmationFor(const BotActionPlan &plan, const Policy &policy,
                                        bool alwaysConfirm = false);
    // Why the number must be typed, for the dialog (empty unless TypedCount).
    static QString typedReason(qsizetype applicable, int platforms, const Policy &policy);
};
