#pragma once

#include "DiscordModelRoles.h"

#include "api/DiscordTypes.h"

#include <QAbstractTableModel>
#include <QCache>
#include <QHash>
#include <QIcon>
#include <QImage>
#include <QList>

// Every guild-to-account mapping, one row per guild, in arrival order (the
// view sorts through DiscordGuildFilterModel). Fed by the sync controller with
// snapshots (merged, so selections survive a resync) and live
// discordGuildChanged events. Disconnects in flight and their failures are
// row state, so a row that the server refused to delete stays with its error.
//
// Icons: the Name column's decoration is an initials placeholder until the
// guild's icon is loaded. The model never fetches: the first time a row with
// an iconUrl is asked for its decoration (it is being painted) it emits
// iconWanted() once, and whoever loads icons answers with setIcon() or
// setIconFailed() (the placeholder then stays, and nothing is asked again).
class DiscordGuildListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiscordGuildListModel)

public:
    struct Account
    {
        QString id;
        QString name;
        int guildCount = 0;
    };

    enum class IconState : quint8 {
        None, // not asked for yet (or no icon)
        Wanted, // iconWanted() was emitted, no answer yet
        Loaded,
        Failed, // the placeholder stays; not asked for again
    };

    explicit DiscordGuildListModel(QObject *parent = nullptr);
    ~DiscordGuildListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // A full snapshot: rows are updated in place, added and removed, never
    // reset, so the view keeps its current row and selection.
    void setGuilds(const QList<DiscordGuild> &guilds);
    // One live event. CONNECTED and UPDATED upsert, DISCONNECTED removes,
    // FEATURES_CHANGED updates the count. Emits the matching signal.
    void applyEvent(const DiscordGuildEvent &event);
    void upsert(const DiscordGuild &guild);
    bool remove(const QString &guildId);
    void clear();

    int rowOf(const QString &guildId) const { return m_rowById.value(guildId, -1); }
    bool contains(const QString &guildId) const { return m_rowById.contains(guildId); }
    const DiscordGuild &guildAt(int row) const { return m_rows.at(row).guild; }
    // The guild, or a default-constructed one (empty guildId) when unknown.
    DiscordGuild guild(const QString &guildId) const;
    // Distinct accounts that have guilds, sorted by name (for "Add server").
    QList<Account> accounts() const;

    // Row state of a disconnect: pending while the server has not answered;
    // an error stays on the row until the next attempt or snapshot.
    void setPending(const QString &guildId, bool pending);
    bool isPending(const QString &guildId) const;
    void setRowError(const QString &guildId, const QString &message);
    QString rowError(const QString &guildId) const;

    // Whether at least one snapshot has arrived since the last clear().
    bool isLoaded() const { return m_loaded; }

    // --- icons (see the class comment) ---------------------------------------
    // Every row whose iconUrl is url shows image (emits dataChanged).
    void setIcon(const QString &url, const QImage &image);
    // Every row whose iconUrl is url keeps its placeholder for good.
    void setIconFailed(const QString &url);
    // Rows waiting for url may ask again when next painted (the load was dropped).
    void resetIcon(const QString &url);
    // Failed icons may be asked for again (after an explicit reload).
    void forgetIconFailures();
    IconState iconState(const QString &guildId) const;

Q_SIGNALS:
    void guildConnected(const DiscordGuild &guild);
    void guildUpdated(const DiscordGuild &guild);
    void guildRemoved(const QString &guildId);
    // A painted row needs url's image (once per row until answered).
    void iconWanted(const QString &url);
    void featuresChanged(const QString &guildId);
    void loadedChanged(bool loaded);

private:
    struct Row
    {
        DiscordGuild guild;
        QByteArray searchKey;
        QString error;
        bool pending = false;
        // Changed from data(): asking for an icon is a side effect of painting.
        mutable IconState iconState = IconState::None;
    };

    QIcon decorationOf(const Row &row) const;
    QIcon placeholderOf(const DiscordGuild &guild) const;

    // Icons live in bounded caches, not in the rows: 30,000 guilds with a
    // painted placeholder each held 265 MB. Only painted rows need one; an
    // evicted loaded icon is asked for again (the loader has its own cache).
    struct LoadedIcon
    {
        QImage image;
        QIcon icon;
    };

    static Row makeRow(const DiscordGuild &guild);
    void updateRow(int row, const DiscordGuild &guild);
    void removeRowAt(int row);
    void emitRowChanged(int row);

    QList<Row> m_rows;
    QHash<QString, int> m_rowById;
    mutable QCache<QString, QIcon> m_placeholders; // guild ID + name -> initials
    QCache<QString, LoadedIcon> m_loadedIcons; // URL -> icon, cost in KiB
    bool m_loaded = false;
};
