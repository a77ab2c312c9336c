#pragma once

#include "BotTypes.h"

#include <QJsonObject>
#include <QString>

#include <optional>

// The server-side filter of adminBotStatuses (schema: BotStatusFilter).
struct BotStatusFilter
{
    std::optional<Platform> platform;
    std::optional<BotStatus> status;
    QString search; // case-insensitive match on account name or ID

    // Unknown (no value) is left out; a value a newer server named is sent
    // back as it came.
    QJsonObject toJson() const
    {
        QJsonObject o;
        if (platform && *platform != Platform::Unknown)
            o.insert(QStringLiteral("platform"), QString(platformToWire(*platform)));
        if (status && *status != BotStatus::Unknown)
            o.insert(QStringLiteral("status"), QString(botStatusToWire(*status)));
        if (!search.isEmpty())
            o.insert(QStringLiteral("search"), search);
        return o;
    }
};
