#include "BotLoadProgress.h"

#include <QLocale>

BotLoadProgress::BotLoadProgress(QWidget *parent)
    : QProgressBar(parent)
{
    setObjectName(QStringLiteral("botLoadProgress"));
    setMaximumWidth(fontMetrics().averageCharWidth() * 40);
    setTextVisible(true);
    setVisible(false);
}

void BotLoadProgress::showLoadState(const BotLoadState &state)
{
    const bool loading = state.phase == BotLoadState::Phase::Loading;
    setVisible(loading);
    if (!loading)
        return;
    if (state.totalRows > 0) {
        const QLocale locale;
        setRange(0, state.totalRows);
        setValue(qMin(state.rowsLoaded, state.totalRows));
        setFormat(tr("Loading %1 of %2 bots")
                      .arg(locale.toString(state.rowsLoaded), locale.toString(state.totalRows)));
    } else {
        setRange(0, 0); // busy until the first page says how many
        setFormat(tr("Loading bots…"));
    }
    setAccessibleName(format());
}
