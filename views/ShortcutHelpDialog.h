#pragma once

#include "ActionRegistry.h"

#include <QDialog>

class QLineEdit;
class QTreeWidget;

// "?" / F1: every shortcut usable on the current page, generated from the
// action registry (the same table the menus use), so help never lies.
class ShortcutHelpDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutHelpDialog)

public:
    explicit ShortcutHelpDialog(const ActionRegistry &registry, QWidget *parent = nullptr);

    // Rebuilds the list for context (the current page) and the global actions.
    void showFor(ActionContext context);
    QTreeWidget *tree() const { return m_tree; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void applyFilter(const QString &text);

    const ActionRegistry &m_registry;
    ActionContext m_context = ActionContext::Global;
    QLineEdit *m_filter = nullptr;
    QTreeWidget *m_tree = nullptr;
};
