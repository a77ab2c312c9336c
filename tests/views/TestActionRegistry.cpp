#include "views/ActionRegistry.h"
#include "views/ShortcutHelpDialog.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QPointer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QToolBar>
#include <QTreeWidget>

class TestActionRegistry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void add_createsActionWithTextAndShortcut()
    {
        ActionRegistry registry;
        QAction *a = registry.add({.id = QStringLiteral("bots.pause"),
                                   .text = [] { return QStringLiteral("&Pause"); },
                                   .shortcuts = {QKeySequence(Qt::Key_P)},
                                   .context = ActionContext::Bots});
        QVERIFY(a);
        QCOMPARE(a->text(), QStringLiteral("&Pause"));
        QCOMPARE(a->shortcut(), QKeySequence(Qt::Key_P));
        QCOMPARE(registry.action(QStringLiteral("bots.pause")), a);
        QCOMPARE(a->objectName(), QStringLiteral("bots.pause"));
    }

    void add_twice_keepsFirst()
    {
        ActionRegistry registry;
        QAction *a = registry.add({.id = QStringLiteral("x"), .text = [] {
                                       return QStringLiteral("A");
                                   }});
        QTest::ignoreMessage(QtWarningMsg, "action registered twice: \"x\"");
        QAction *b = registry.add({.id = QStringLiteral("x"), .text = [] {
                                       return QStringLiteral("B");
                                   }});
        QCOMPARE(a, b);
        QCOMPARE(registry.ids().size(), 1);
    }

    void remove_deletesActionAndFreesItsId()
    {
        ActionRegistry registry;
        QPointer<QAction> a = registry.add({.id = QStringLiteral("x"), .text = [] {
                                                return QStringLiteral("A");
                                            }});
        QSignalSpy changed(&registry, &ActionRegistry::actionsChanged);
        registry.remove(QStringLiteral("x"));
        QVERIFY(a.isNull());
        QVERIFY(registry.ids().isEmpty());
        QCOMPARE(changed.count(), 1);
        QAction *b = registry.add({.id = QStringLiteral("x"), .text = [] {
                                       return QStringLiteral("B");
                                   }});
        QCOMPARE(b->text(), QStringLiteral("B"));
        registry.remove(QStringLiteral("unknown")); // no-op
        QCOMPARE(registry.ids(), QStringList {QStringLiteral("x")});
    }

    void pageAction_enabledOnlyOnItsPage()
    {
        ActionRegistry registry;
        registry.setSignedIn(true);
        QAction *a = registry.add({.id = QStringLiteral("bots.refresh"),
                                   .text = [] { return QStringLiteral("R"); },
                                   .context = ActionContext::Bots});
        registry.setCurrentContext(ActionContext::Discord);
        QVERIFY(!a->isEnabled());
        registry.setCurrentContext(ActionContext::Bots);
        QVERIFY(a->isEnabled());
    }

    void permission_hidesActionWhenMissing()
    {
        ActionRegistry registry;
        bool canEdit = false;
        registry.setPermissionCheck(
            [&](const QString &p) { return p == QLatin1String("bot-control:edit") && canEdit; });
        registry.setSignedIn(true);
        registry.setCurrentContext(ActionContext::Bots);
        QAction *a = registry.add({.id = QStringLiteral("bots.pause"),
                                   .text = [] { return QStringLiteral("P"); },
                                   .context = ActionContext::Bots,
                                   .requiredPermission = QStringLiteral("bot-control:edit")});
        QVERIFY(!a->isVisible());
        QVERIFY(!a->isEnabled());
        canEdit = true;
        registry.refresh();
        QVERIFY(a->isVisible());
        QVERIFY(a->isEnabled());
        registry.setSignedIn(false);
        QVERIFY(!a->isEnabled());
    }

    void selection_requirement()
    {
        ActionRegistry registry;
        registry.setSignedIn(true);
        registry.setCurrentContext(ActionContext::Bots);
        QAction *one = registry.add({.id = QStringLiteral("one"),
                                     .text = [] { return QStringLiteral("1"); },
                                     .context = ActionContext::Bots,
                                     .selection = SelectionRequirement::ExactlyOne});
        QAction *any = registry.add({.id = QStringLiteral("any"),
                                     .text = [] { return QStringLiteral("n"); },
                                     .context = ActionContext::Bots,
                                     .selection = SelectionRequirement::AtLeastOne});
        QVERIFY(!one->isEnabled());
        QVERIFY(!any->isEnabled());
        registry.setSelectionCount(ActionContext::Bots, 1);
        QVERIFY(one->isEnabled());
        QVERIFY(any->isEnabled());
        registry.setSelectionCount(ActionContext::Bots, 3);
        QVERIFY(!one->isEnabled());
        QVERIFY(any->isEnabled());
    }

    void enabledWhen_predicate()
    {
        ActionRegistry registry;
        bool ok = false;
        QAction *a = registry.add({.id = QStringLiteral("p"),
                                   .text = [] { return QStringLiteral("p"); },
                                   .enabledWhen =
                                       [&] {
                                           return ok;
                                       }});
        QVERIFY(!a->isEnabled());
        ok = true;
        registry.refresh();
        QVERIFY(a->isEnabled());
    }

    void shortcutConflict_detectedInOverlappingContext()
    {
        ActionRegistry registry;
        registry.add({.id = QStringLiteral("global.help"),
                      .text = [] { return QStringLiteral("h"); },
                      .shortcuts = {QKeySequence(Qt::Key_F1)}});
        registry.add({.id = QStringLiteral("bots.pause"),
                      .text = [] { return QStringLiteral("p"); },
                      .shortcuts = {QKeySequence(Qt::Key_P)},
                      .context = ActionContext::Bots});
        registry.add({.id = QStringLiteral("discord.x"),
                      .text = [] { return QStringLiteral("x"); },
                      .context = ActionContext::Discord});
        // Same key on another page: allowed.
        QCOMPARE(registry.setShortcuts(QStringLiteral("discord.x"), {QKeySequence(Qt::Key_P)}),
                 QString());
        // A global key: conflict.
        QCOMPARE(registry.setShortcuts(QStringLiteral("discord.x"), {QKeySequence(Qt::Key_F1)}),
                 QStringLiteral("global.help"));
        QCOMPARE(registry.actionForShortcut(QKeySequence(Qt::Key_P), ActionContext::Discord),
                 QStringLiteral("discord.x"));
    }

    void menusAndToolbar_generatedFromRegistry()
    {
        ActionRegistry registry;
        registry.add({.id = QStringLiteral("a"),
                      .text = [] { return QStringLiteral("A"); },
                      .menu = ActionMenu::File,
                      .group = QStringLiteral("1"),
                      .onToolBar = true});
        registry.add({.id = QStringLiteral("b"),
                      .text = [] { return QStringLiteral("B"); },
                      .menu = ActionMenu::File,
                      .group = QStringLiteral("2")});
        QMenu menu;
        registry.populateMenu(&menu, ActionMenu::File);
        QCOMPARE(menu.actions().size(), 3); // A, separator, B
        QVERIFY(menu.actions().at(1)->isSeparator());
        QToolBar bar;
        registry.populateToolBar(&bar);
        QCOMPARE(bar.actions().size(), 1);
    }

    void retranslate_reEvaluatesText()
    {
        ActionRegistry registry;
        QString text = QStringLiteral("Pause");
        QAction *a = registry.add({.id = QStringLiteral("p"), .text = [&] {
                                       return text;
                                   }});
        text = QStringLiteral("Anhalten");
        registry.retranslate();
        QCOMPARE(a->text(), QStringLiteral("Anhalten"));
    }

    void shortcut_triggersOnlyOnCurrentPage()
    {
        QMainWindow window;
        ActionRegistry registry;
        registry.setShortcutWidget(&window);
        registry.setSignedIn(true);
        QAction *a = registry.add({.id = QStringLiteral("bots.pause"),
                                   .text = [] { return QStringLiteral("P"); },
                                   .shortcuts = {QKeySequence(Qt::Key_P)},
                                   .context = ActionContext::Bots});
        QSignalSpy spy(a, &QAction::triggered);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        registry.setCurrentContext(ActionContext::Discord);
        QTest::keyClick(&window, Qt::Key_P);
        QCOMPARE(spy.count(), 0);
        registry.setCurrentContext(ActionContext::Bots);
        QTest::keyClick(&window, Qt::Key_P);
        QCOMPARE(spy.count(), 1);
    }

    void help_listsVisibleActionsOfPageAndGlobal()
    {
        ActionRegistry registry;
        registry.setSignedIn(true);
        registry.setPermissionCheck([](const QString &) { return false; });
        registry.add({.id = QStringLiteral("g"),
                      .text = [] { return QStringLiteral("Global thing"); },
                      .shortcuts = {QKeySequence(Qt::Key_F1)}});
        registry.add({.id = QStringLiteral("b"),
                      .text = [] { return QStringLiteral("Bots thing"); },
                      .shortcuts = {QKeySequence(Qt::Key_B)},
                      .context = ActionContext::Bots});
        registry.add({.id = QStringLiteral("d"),
                      .text = [] { return QStringLiteral("Discord thing"); },
                      .shortcuts = {QKeySequence(Qt::Key_D)},
                      .context = ActionContext::Discord});
        registry.add({.id = QStringLiteral("e"),
                      .text = [] { return QStringLiteral("Forbidden edit"); },
                      .shortcuts = {QKeySequence(Qt::Key_E)},
                      .context = ActionContext::Bots,
                      .requiredPermission = QStringLiteral("bot-control:edit")});
        ShortcutHelpDialog dialog(registry);
        dialog.showFor(ActionContext::Bots);
        QStringList shown;
        for (int g = 0; g < dialog.tree()->topLevelItemCount(); ++g) {
            for (int i = 0; i < dialog.tree()->topLevelItem(g)->childCount(); ++i)
                shown.append(dialog.tree()->topLevelItem(g)->child(i)->text(0));
        }
        QCOMPARE(shown,
                 (QStringList {QStringLiteral("Bots thing"), QStringLiteral("Global thing")}));
    }
};

QTEST_MAIN(TestActionRegistry)
#include "TestActionRegistry.moc"
