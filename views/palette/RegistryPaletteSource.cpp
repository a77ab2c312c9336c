#include "RegistryPaletteSource.h"

#include "PaletteMatcher.h"

#include "views/ActionRegistry.h"

#include <QAction>
#include <QCoreApplication>
#include <QPointer>

PaletteSource registryPaletteSource(ActionRegistry &registry, QString excludedId)
{
    QPointer<ActionRegistry> guard(&registry);
    return [guard, excludedId](const PaletteQuery &, QList<PaletteItem> &out) {
        if (!guard)
            return;
        const QString pagePrefix = QStringLiteral("view.page.");
        for (const QString &id : guard->ids()) {
            if (id == excludedId)
                continue;
            QAction *action = guard->action(id);
            if (!action)
                continue;
            // An action the server does not offer is listed with the reason
            // (choosing it does nothing), where the operator looks for it.
            const QString unavailable = guard->unavailableReason(id);
            if (!unavailable.isEmpty() && guard->isPermitted(id)) {
                out.append(
                    {.text = QCoreApplication::translate(
                                 "CommandPalette", "%1 (not available: %2)",
                                 "palette: action, why the server does not offer it")
                                 .arg(PaletteMatcher::plainText(action->text()), unavailable),
                     .key = QStringLiteral("action:") + id,
                     .run = [] {},
                     .score = 0});
                continue;
            }
            if (!action->isVisible() || !action->isEnabled())
                continue;
            QString text = PaletteMatcher::plainText(action->text());
            if (id.startsWith(pagePrefix))
                text = QCoreApplication::translate("CommandPalette", "Go to %1").arg(text);
            QPointer<QAction> target(action);
            out.append({.text = text,
                        .key = QStringLiteral("action:") + id,
                        .run =
                            [target] {
                                if (target && target->isEnabled())
                                    target->trigger();
                            },
                        .score = 0});
        }
    };
}
