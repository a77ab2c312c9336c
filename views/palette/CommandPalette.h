#pragma once

#include "PaletteItem.h"

#include <QFrame>
#include <QList>
#include <QPointer>

class QLineEdit;
class QListWidget;
class QSettings;

// Ctrl+K / Ctrl+Shift+P: a frameless box over the window with a line edit and
// a ranked list of commands from every source. Up/Down select, Enter runs,
// Esc closes. The last commands run come first; they persist in QSettings
// ("palette/recent", newest first, at most kRecentMax).
class CommandPalette final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommandPalette)

public:
    static constexpr int kRecentMax = 20;
    static constexpr int kRecentBonus = 25;
    // The query field's cap: a command or an account name is short; a paste
    // of a whole document is cut here instead of being ranked.
    static constexpr int kMaxQueryLength = 256;

    explicit CommandPalette(QWidget *parent = nullptr);

    void addSource(PaletteSource source);
    void setSettings(QSettings *settings);

    // Shows the palette over its parent with an empty query and focus in it.
    void popUp();
    void close();
    // Centres it over the parent's top (after the parent was resized).
    void place();
    // Ranked items for query (all sources, recent first among equals).
    QList<PaletteItem> rank(const QString &query) const;
    QStringList recent() const;

    QLineEdit *lineEdit() const { return m_edit; }
    QListWidget *list() const { return m_list; }
    // The items the list shows, in order.
    const QList<PaletteItem> &items() const { return m_items; }

Q_SIGNALS:
    void closed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void runCurrent();
    void remember(const QString &key);
    void retranslate();

    QLineEdit *m_edit = nullptr;
    QListWidget *m_list = nullptr;
    QList<PaletteSource> m_sources;
    QList<PaletteItem> m_items;
    QSettings *m_settings = nullptr;
    QPointer<QWidget> m_previousFocus;
};
