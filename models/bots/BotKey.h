#pragma once

#include "api/BotTypes.h"

#include <QHashFunctions>
#include <QMetaType>
#include <QString>

// Identity of one bot: an account on one platform. Rows are addressed by key,
// never by row number, so selection and pending state survive sorting,
// filtering and live updates.
//
// The account ID is the text the server sent, byte for byte: IDs are opaque,
// so two IDs that differ only in case are two accounts, and the ID a mutation
// sends is exactly the one the server gave. The platform may be one a newer
// server named (api/BotTypes.h); it compares and hashes like any other.
struct BotKey
{
    QString accountId;
    Platform platform = Platform::Unknown;

    bool isValid() const noexcept { return !accountId.isEmpty() && platform != Platform::Unknown; }

    static BotKey fromEntry(const BotStatusEntry &entry) { return {entry.accountId, entry.platform}; }

    friend bool operator==(const BotKey &a, const BotKey &b) noexcept
    {
        return a.platform == b.platform && a.accountId == b.accountId;
    }
    friend bool operator!=(const BotKey &a, const BotKey &b) noexcept { return !(a == b); }
    friend size_t qHash(const BotKey &key, size_t seed = 0) noexcept
    {
        return qHashMulti(seed, key.accountId, quint8(key.platform));
    }
};

Q_DECLARE_METATYPE(BotKey)
