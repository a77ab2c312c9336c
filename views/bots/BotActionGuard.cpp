#include "BotActionGuard.h"

#include "BotActionPlan.h"

#include <QLocale>

BotActionGuard::Confirmation BotActionGuard::confirmationFor(qsizetype requested,
                                                             qsizetype applicable, int platforms,
                                                             const Policy &policy,
                                                             bool alwaysConfirm)
{
    if (applicable <= 0)
        return Confirmation::None;
    if (applicable > 1) {
        const bool typed = policy.criticalProfile || applicable > policy.typedAbove || platforms > 1;
        return typed ? Confirmation::TypedCount : Confirmation::Simple;
    }
    // One bot: asked about when several were requested (the rest are
    // skipped, and the confirmation says why), when the settings want it,
    // or when the caller does.
    if (requested > 1 || alwaysConfirm || policy.confirmSingle)
        return Confirmation::Simple;
    return Confirmation::None;
}

BotActionGuard::Confirmation BotActionGuard::confirmationFor(const BotActionPlan &plan,
                                                             const Policy &policy,
                                                             bool alwaysConfirm)
{
    return confirmationFor(plan.requested(), plan.applicable().size(), plan.platformCount(),
                           policy, alwaysConfirm);
}

QString BotActionGuard::typedReason(qsizetype applicable, int platforms, const Policy &policy)
{
    if (applicable <= 1)
        return {};
    if (policy.criticalProfile)
        return tr("This is a critical profile: every bulk action is confirmed by typing.");
    if (platforms > 1)
        return tr("These bots are on %n platforms.", nullptr, platforms);
    if (applicable > policy.typedAbove)
        return tr("That is more than %1 bots.").arg(QLocale().toString(policy.typedAbove));
    return {};
}
