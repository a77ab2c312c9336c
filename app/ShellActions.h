#pragma once

class MainWindow;
class QActionGroup;
class Session;
class ShellPage;

// The window's own commands, in its ActionRegistry (menus, toolbar, palette
// and shortcut help are generated from there): File (sign-in, sign-out,
// settings, quit), View (page stepping, the palette, refresh, reconnect) and
// Help (shortcuts, server differences, account, about). Each one calls the
// window's or the session's public API. Their texts keep the MainWindow
// translation context: they are the window's commands.
void registerShellActions(MainWindow &window, Session &session);

// The View command that brings a page forward (Alt+1..9, on the toolbar,
// "Bots (3)" while it has changes the operator has not seen), once per page
// id: a replaced page keeps its command. group makes the commands exclusive.
void registerPageSwitchAction(MainWindow &window, QActionGroup *group, const ShellPage *page,
                              int index);
