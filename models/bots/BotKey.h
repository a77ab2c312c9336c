#pragma once

#include "api/BotTypes.h"

#include <QHashFunctions>
#include <QMetaType>
#include <QUuid>

// Identity of one bot: an account on one platform. Rows are addressed by key,
// never by row number, so selection and pending state survive sorting,
// filtering and live updates.
struct BotKey
{
    QUuid accountId;
    Platform platform = Platform::Unknown;

    bool isValid() const noexcept { return !accountId.isNull() && platform != Platform::Unknown; }

    // An entry's accountId is the canonical UUID text; an unparsable one gives
    // an invalid key rather than a wrong row.
    static BotKey fromEntry(const BotStatusEntry &entry)
    {
        return {QUuid::fromString(QStringView(entry.accountId)), entry.platform};
    }

    friend bool operator==(const BotKey &a, const BotKey &b) noexcept
    {
        return a.accountId == b.accountId && a.platform == b.platform;
    }
    friend bool operator!=(const BotKey &a, const BotKey &b) noexcept { return !(a == b); }
    friend size_t qHash(const BotKey &key, size_t seed = 0) noexcept
    {
        return qHashMulti(seed, key.accountId, quint8(key.platform));
    }
};

Q_DECLARE_METATYPE(BotKey)
