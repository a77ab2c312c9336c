#pragma once

#include "models/commands/BotCommands.h"

#include <QProgressBar>

// The snapshot load's progress at the end of the Bots page's filter row:
// "Loading 5,000 of 120,000 bots", busy until the first page says how many,
// hidden unless a load is running.
class BotLoadProgress final : public QProgressBar
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BotLoadProgress)

public:
    explicit BotLoadProgress(QWidget *parent = nullptr);

    void showLoadState(const BotLoadState &state);
};
