#include "ShortcutHelpDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLineEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

ShortcutHelpDialog::ShortcutHelpDialog(const ActionRegistry &registry, QWidget *parent)
    : QDialog(parent)
    , m_registry(registry)
{
    setObjectName(QStringLiteral("shortcutHelpDialog"));
    auto *layout = new QVBoxLayout(this);
    m_filter = new QLineEdit(this);
    m_filter->setClearButtonEnabled(true);
    layout->addWidget(m_filter);
    m_tree = new QTreeWidget(this);
    m_tree->setColumnCount(2);
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::NoSelection);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);
    layout->addWidget(m_tree);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_filter, &QLineEdit::textChanged, this, &ShortcutHelpDialog::applyFilter);
    resize(520, 560);
    rebuild();
}

void ShortcutHelpDialog::showFor(ActionContext context)
{
    m_context = context;
    m_filter->clear();
    rebuild();
    m_filter->setFocus();
}

void ShortcutHelpDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QDialog::changeEvent(event);
}

void ShortcutHelpDialog::rebuild()
{
    setWindowTitle(tr("Keyboard shortcuts"));
    m_filter->setPlaceholderText(tr("Filter shortcuts"));
    m_tree->setHeaderLabels({tr("Action"), tr("Shortcut", "keyboard shortcut")});
    m_tree->clear();

    QList<ActionContext> contexts;
    if (m_context != ActionContext::Global)
        contexts.append(m_context);
    contexts.append(ActionContext::Global);

    for (const ActionContext context : std::as_const(contexts)) {
        auto *group = new QTreeWidgetItem(m_tree, {ActionRegistry::contextTitle(context)});
        group->setFirstColumnSpanned(true);
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        group->setFlags(Qt::ItemIsEnabled);
        for (const QString &id : m_registry.ids()) {
            const ActionSpec *spec = m_registry.spec(id);
            const QAction *action = m_registry.action(id);
            // An action the server does not offer is listed with the reason,
            // so its key is not a mystery; one the viewer may not use is not.
            const QString unavailable = m_registry.unavailableReason(id);
            if (spec->context != context || action->shortcuts().isEmpty()
                || (!action->isVisible() && unavailable.isEmpty())
                || (!unavailable.isEmpty() && !m_registry.isPermitted(id)
                    && spec->hideWhenNotPermitted))
                continue;
            QStringList keys;
            for (const QKeySequence &key : action->shortcuts())
                keys.append(key.toString(QKeySequence::NativeText));
            QString text = action->text().remove(QLatin1Char('&'));
            if (!unavailable.isEmpty())
                text = tr("%1 (not available: %2)",
                          "shortcut help: action, why the server "
                          "does not offer it")
                           .arg(text, unavailable);
            auto *item = new QTreeWidgetItem(
                group, {text, keys.join(tr(", ", "separator between alternative shortcuts"))});
            item->setData(0, Qt::UserRole, id);
            if (!unavailable.isEmpty())
                item->setToolTip(0, unavailable);
            item->setDisabled(!action->isEnabled());
        }
        if (group->childCount() == 0)
            delete group;
    }
    m_tree->expandAll();
    applyFilter(m_filter->text());
}

void ShortcutHelpDialog::applyFilter(const QString &text)
{
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        int shown = 0;
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem *item = group->child(i);
            const bool match = text.isEmpty() || item->text(0).contains(text, Qt::CaseInsensitive)
                || item->text(1).contains(text, Qt::CaseInsensitive);
            item->setHidden(!match);
            shown += match ? 1 : 0;
        }
        group->setHidden(shown == 0);
    }
}
