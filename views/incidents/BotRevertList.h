#pragma once

#include <QTreeWidget>

class BotRevertPlan;

// The bots of a BotRevertPlan, one line each: account, platform, what was
// done to it and when (UTC), what the revert sends, and why it is left
// alone when it is. Bots that are sent come first. Plain text throughout:
// account names come from the server.
class BotRevertList final : public QTreeWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BotRevertList)

public:
    enum Column : int {
        AccountColumn,
        PlatformColumn,
        DoneColumn,
        RevertColumn,
        WhyColumn,
        ColumnCount
    };

    explicit BotRevertList(QWidget *parent = nullptr);

    void setPlan(const BotRevertPlan &plan);
    // The header's words (after a language change).
    void retranslate();
};
