#pragma once

#include "DiscordModelRoles.h"
#include "FeatureMappingRules.h"

#include "api/DiscordTypes.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

#include <optional>

// The feature -> channel mappings of one guild as an editor: one row per
// feature of the catalog plus every key the guild has that the catalog does
// not (shown, editable, never dropped).
//
// Edits are staged on top of the server's state and sent by the caller as
// stagedChanges(); the model validates every row (FeatureMappingRules) and
// refuses nothing itself, so the editor can show what is wrong. A change from
// the server that touches a row with a staged edit is not applied over it:
// the row goes into conflict, showing theirs against yours, until the
// operator keeps one of them.
class FeatureMappingModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeatureMappingModel)

public:
    using Value = FeatureMappingValue;

    struct Conflict
    {
        QString feature;
        Value yours;
        Value theirs;
    };

    explicit FeatureMappingModel(QObject *parent = nullptr);
    ~FeatureMappingModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // --- what is loaded -----------------------------------------------------
    // The platform's feature keys, kept across guilds.
    void setFeatureCatalog(const QList<DiscordFeatureInfo> &catalog);
    QList<DiscordFeatureInfo> featureCatalog() const { return m_catalog; }
    // A guild with everything the editor needs; drops staged edits.
    void loadGuild(const QString &guildId, const QList<DiscordChannel> &channels,
                   const QList<DiscordRole> &roles, const QList<DiscordGuildFeature> &features);
    // No guild (nothing selected, signed out, the guild was disconnected).
    void clear();
    QString guildId() const { return m_guildId; }
    bool hasGuild() const { return !m_guildId.isEmpty(); }
    // Channels or roles refreshed while the guild is shown: rows are re-validated.
    void setChannels(const QList<DiscordChannel> &channels);
    void setRoles(const QList<DiscordRole> &roles);
    const QList<DiscordChannel> &channels() const { return m_rules.channels(); }
    const QList<DiscordRole> &roles() const { return m_rules.roles(); }
    const DiscordChannel *channel(const QString &id) const { return m_rules.channel(id); }
    const DiscordRole *role(const QString &id) const { return m_rules.role(id); }

    // The server's current mappings (after FEATURES_CHANGED, or a refresh).
    // Rows without a staged edit take them; rows whose staged edit differs
    // from the new server value go into conflict instead.
    void applyServerFeatures(const QList<DiscordGuildFeature> &features);
    // One mapping as the server stored it after a save: becomes the row's
    // server state and settles the staged edit it answers.
    void markSaved(const DiscordGuildFeature &stored);

    // --- editing ------------------------------------------------------------
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }
    bool setEnabled(int row, bool enabled);
    bool setChannel(int row, const QString &channelId);
    bool setMentionRole(int row, const QString &roleId);
    int rowOfFeature(const QString &key) const;
    QString featureKey(int row) const;
    bool isKnownFeature(int row) const;
    // What the row shows: the staged edit if any, else the server's state.
    Value value(int row) const;
    Value serverValue(int row) const;
    bool isChanged(int row) const;
    int changedCount() const;
    bool hasStagedChanges() const { return changedCount() > 0; }
    // One input per changed row, in row order.
    QList<DiscordGuildFeatureInput> stagedChanges() const;
    // Overrides QAbstractItemModel::revert() (a view calls it when an item
    // editor is cancelled): discards every staged edit.
    void revert() override;
    void revertRow(int row);

    // --- validation ---------------------------------------------------------
    // Why the row cannot be saved as it is; empty when it can.
    QString problem(int row) const;
    // Worth knowing but not blocking (the bot cannot post there, the role is
    // not mentionable).
    QString warning(int row) const;
    bool isValid() const;
    // "feature: why" for every invalid row.
    QStringList problems() const;
    // Empty when Save may run; otherwise one sentence saying why not.
    QString saveBlockedReason() const;
    bool canSave() const { return saveBlockedReason().isEmpty(); }

    // --- conflicts ----------------------------------------------------------
    bool isConflicted(int row) const;
    bool hasConflicts() const;
    QList<Conflict> conflicts() const;
    // keepMine: the staged edit stays, now on top of their version; else
    // their version replaces the staged edit.
    void resolveConflict(int row, bool keepMine);
    void resolveAllConflicts(bool keepMine);

    // "on, #general, @Moderators" for status lines and conflict views.
    QString describe(const Value &value) const { return m_rules.describe(value); }
    QString channelLabel(const QString &channelId) const { return m_rules.channelLabel(channelId); }
    QString roleLabel(const QString &roleId) const { return m_rules.roleLabel(roleId); }

Q_SIGNALS:
    // Staged edits, validity or conflicts changed (Save's state may differ).
    void stateChanged();

private:
    struct Row
    {
        QString key;
        QString description;
        bool known = false;
        std::optional<DiscordGuildFeature> base; // the server's state; nullopt: no mapping
        std::optional<Value> staged;
        std::optional<DiscordGuildFeature> theirs; // set while in conflict
        bool conflict = false;
    };

    static Value valueOf(const std::optional<DiscordGuildFeature> &feature);
    void rebuildRows(const QList<DiscordGuildFeature> &features);
    bool stage(int row, const Value &value);
    void emitRowChanged(int row);
    void emitAllChanged();
    QString columnText(const Row &row, DiscordFeatureColumn column) const;

    QList<DiscordFeatureInfo> m_catalog;
    QString m_guildId;
    FeatureMappingRules m_rules;
    QList<Row> m_rows;
    bool m_readOnly = false;
};
