#pragma once

#include "api/DiscordTypes.h"

#include <QFrame>
#include <QList>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTreeView;

// The searchable popup that picks a feature's channel or mention role.
//
// Channels: only TEXT and ANNOUNCEMENT ones, under their categories in
// Discord's order (DiscordChannelOrder); a channel the bot cannot post to is
// marked with the reason. Roles: highest position first, with a colour
// swatch, and a warning on roles that are not mentionable. Typing filters
// (categories stay above their matches); Up/Down/Enter pick without the mouse.
class DiscordPickerPopup final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiscordPickerPopup)

public:
    enum ItemRole : int {
        IdRole = Qt::UserRole + 1, // QString ID; empty for "none"
        ChoiceRole, // bool: may be chosen (headings may not)
        SearchRole, // the text typing matches
    };

    explicit DiscordPickerPopup(QWidget *parent = nullptr);
    ~DiscordPickerPopup() override;

    void setChannels(const QList<DiscordChannel> &channels, const QString &currentId);
    void setRoles(const QList<DiscordRole> &roles, const QString &currentId);
    // Shows the popup under a cell (global coordinates) with the search focused.
    void showBelow(const QRect &globalRect);

    QLineEdit *searchEdit() const { return m_search; }
    QTreeView *view() const { return m_view; }
    // IDs that can be chosen right now, in display order ("" is "none").
    QStringList visibleChoices() const;
    // The text shown for an ID (tests, accessibility).
    QString textOf(const QString &id) const;

Q_SIGNALS:
    // The operator chose id ("" clears the channel or role).
    void chosen(const QString &id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onSearchChanged(const QString &text);
    void chooseIndex(const QModelIndex &proxyIndex);
    void selectFirstChoice();
    void moveCurrent(int delta);

    QLabel *m_title = nullptr;
    QLineEdit *m_search = nullptr;
    QTreeView *m_view = nullptr;
    QStandardItemModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QString m_currentId;
};
