#pragma once

#include <Qt>

// Columns and item roles of the Discord models, in one place so views,
// proxies and tests never parse display text.

// DiscordGuildListModel's columns.
enum class DiscordGuildColumn : int {
    Name, // guild name, with an avatar placeholder
    GuildId,
    Account,
    ConnectedAt,
    Features, // number of mapped features
    Status, // unavailable / disconnecting / error mark
    ColumnCount
};

// FeatureMappingModel's columns.
enum class DiscordFeatureColumn : int {
    Feature, // key, description as tooltip
    Enabled, // checkable
    Channel,
    MentionRole,
    LastChanged,
    ColumnCount
};

// Raw-value roles shared by both models.
enum DiscordItemRole : int {
    DiscordSortRole = Qt::UserRole + 1, // raw value for sorting (string, number, timestamp)
    DiscordGuildIdRole, // QString snowflake of the row's guild
    DiscordAccountIdRole, // QString UUID
    DiscordSearchKeyRole, // QByteArray folded "name id account" key
    DiscordAvailableRole, // bool
    DiscordPendingRole, // bool: a disconnect is in flight
    DiscordErrorRole, // QString: last error of this row, empty if none
    DiscordFeatureKeyRole, // QString feature key
    DiscordChannelIdRole, // QString effective channel ID
    DiscordRoleIdRole, // QString effective mention role ID
    DiscordChangedRole, // bool: the row has a staged edit
    DiscordProblemRole, // QString: why the row cannot be saved, empty if valid
    DiscordWarningRole, // QString: a non-blocking warning (role not mentionable...)
    DiscordConflictRole, // bool: another operator changed this row meanwhile
    DiscordKnownFeatureRole, // bool: the key is in the feature catalog
    DiscordIconUrlRole, // QString: the guild's icon URL, empty if none
    DiscordIconImageRole, // QImage: the loaded icon, null until loaded (or when it failed)
};
