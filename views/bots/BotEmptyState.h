#pragma once

#include "models/commands/BotCommands.h"

#include <QWidget>

class QLabel;
class QPushButton;

// What the Bots page shows instead of an empty table: that nothing matches
// the filters (with Clear Filters), that bots are loading, that none could
// be loaded, or that there are none yet.
class BotEmptyState final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BotEmptyState)

public:
    explicit BotEmptyState(QWidget *parent = nullptr);

    // anyRows: the store has bots (the filters hide them all); filtered:
    // a search or filter is set.
    void setState(bool anyRows, bool filtered, BotLoadState::Phase phase);

    QLabel *label() const { return m_text; }
    QPushButton *clearFiltersButton() const { return m_clearFilters; }

Q_SIGNALS:
    void clearFiltersRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    QLabel *m_text = nullptr;
    QPushButton *m_clearFilters = nullptr;
};
