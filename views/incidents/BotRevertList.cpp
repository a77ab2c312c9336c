#include "BotRevertList.h"

#include "StatusChip.h"

#include "models/bots/BotTableTexts.h"
#include "models/incidents/BotRevertPlan.h"
#include "models/text/DisplayText.h"

#include <QDateTime>
#include <QHeaderView>

namespace {

QString doneText(const BotRevertPlan::Item &item)
{
    QString at =
        QDateTime::fromMSecsSinceEpoch(item.atMs).toUTC().toString(QStringLiteral("HH:mm:ss"));
    switch (item.done) {
    case PendingAction::Pause:
        return BotRevertList::tr("Paused at %1", "incident revert: time in UTC").arg(at);
    case PendingAction::Resume:
        return BotRevertList::tr("Resumed at %1", "incident revert: time in UTC").arg(at);
    case PendingAction::Reconnect:
        return BotRevertList::tr("Reconnected at %1", "incident revert: time in UTC").arg(at);
    case PendingAction::None:
        break;
    }
    return at;
}

} // namespace

BotRevertList::BotRevertList(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("botRevertList"));
    setColumnCount(ColumnCount);
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setTextElideMode(Qt::ElideRight);
    setWordWrap(false);
    header()->setStretchLastSection(true);
    header()->setSectionResizeMode(QHeaderView::Interactive);
    retranslate();
}

void BotRevertList::retranslate()
{
    setHeaderLabels({tr("Account"), tr("Platform"), tr("Done (UTC)"), tr("Revert"), tr("Why")});
}

void BotRevertList::setPlan(const BotRevertPlan &plan)
{
    clear();
    QList<QTreeWidgetItem *> sent;
    QList<QTreeWidgetItem *> skipped;
    for (const BotRevertPlan::Item &item : plan.items()) {
        auto *line = new QTreeWidgetItem;
        // Server text: visible and isolated (the ID when there is no name).
        const QString name = DisplayText::nameOrId(item.accountName, item.accountId);
        line->setText(AccountColumn, name);
        line->setToolTip(AccountColumn, DisplayText::toolTip(name + QLatin1Char('\n') + item.accountId));
        const QString platform = item.platform == Platform::Unknown
            ? item.platformWire
            : BotTableTexts::platformName(item.platform);
        line->setText(PlatformColumn, platform);
        line->setText(DoneColumn, doneText(item));
        line->setText(RevertColumn, BotRevertPlan::outcomeText(item));
        const QString why = BotRevertPlan::skipText(item);
        line->setText(WhyColumn, why);
        line->setToolTip(WhyColumn, DisplayText::toolTip(why));
        line->setData(AccountColumn, Qt::UserRole, item.accountId);
        line->setData(RevertColumn, Qt::UserRole, int(item.skip));
        (item.skip == BotRevertPlan::Skip::None ? sent : skipped).append(line);
    }
    addTopLevelItems(sent);
    addTopLevelItems(skipped);
    const QFontMetrics fm = fontMetrics();
    setColumnWidth(AccountColumn, fm.horizontalAdvance(QLatin1Char('x')) * 24);
    resizeColumnToContents(PlatformColumn);
    resizeColumnToContents(DoneColumn);
    resizeColumnToContents(RevertColumn);
}
