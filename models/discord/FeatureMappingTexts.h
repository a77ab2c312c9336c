#pragma once

#include "DiscordModelRoles.h"

#include "api/BotTypes.h"

#include <QCoreApplication>
#include <QString>

// Texts of the feature-mapping table that depend on no guild: column titles
// and when a mapping last changed. Functions of values only.
class FeatureMappingTexts final
{
    // The texts keep the model's translation context: they are the table's.
    Q_DECLARE_TR_FUNCTIONS(FeatureMappingModel)

public:
    FeatureMappingTexts() = delete;

    static QString columnTitle(DiscordFeatureColumn column); // empty for ColumnCount
    // Short date and minutes, or "Never" for kNoTimestamp.
    static QString lastChanged(TimestampMs updatedAt);
    // The long form, for the tooltip.
    static QString lastChangedInFull(TimestampMs updatedAt);
};
