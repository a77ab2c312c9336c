#pragma once

#include "models/bots/BotKey.h"
#include "models/bots/BotRoles.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <map>

class BotStore;

// What one operator action on a set of bots (the marked ones, the selected
// rows or one row) would do, and the texts that ask before it is sent.
//
// Judged from the store, not the visible rows: marked bots may be filtered
// out of view. A bot takes the action when its status fits it (actionFits)
// and no other request of it is in flight; the rest are skipped, and the
// confirmation says so rather than dropping them silently.
class BotActionPlan final
{
    Q_DECLARE_TR_FUNCTIONS(BotActionPlan)

public:
    BotActionPlan(const BotStore *store, PendingAction action, const QList<BotKey> &keys);

    PendingAction action() const { return m_action; }
    // The bots asked for.
    qsizetype requested() const { return m_requested; }
    // The bots that take the action, in the order asked.
    const QList<BotKey> &applicable() const { return m_applicable; }
    qsizetype skipped() const { return m_requested - m_applicable.size(); }
    // How many platforms the applicable bots are on.
    int platformCount() const { return int(m_perPlatform.size()); }

    // The confirmation: "Pause 3 bots?", which platforms and what is
    // skipped, and the text of its OK button ("Pause 3 Bots").
    QString question() const;
    QString details() const;
    QString confirmText() const;
    // Said instead of asking when none of several bots takes the action.
    QString nothingApplicableText() const;

private:
    PendingAction m_action;
    qsizetype m_requested = 0;
    QList<BotKey> m_applicable;
    std::map<int, int> m_perPlatform; // Platform -> applicable bots, in platform order
    QString m_singleName; // the account of the last applicable bot
};
