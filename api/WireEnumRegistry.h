#pragma once

#include <QLatin1String>
#include <QList>
#include <QStringView>
#include <QtGlobal>

#include <array>
#include <atomic>
#include <mutex>

// Enum values a newer server sent that this version does not know, kept as
// the one-byte values the app stores (Platform, BotStatus, DiscordChannelType,
// DiscordGuildEventKind): the first unknown wire name gets firstValue, the
// next one firstValue + 1, and so on, so the row holding it stays one byte
// wide and name() gives the wire text back byte for byte when the app sends
// it (a mutation on a RUMBLE bot says RUMBLE: the server decides).
//
// Process-wide and thread-safe (decoders run on any thread): registration
// takes a mutex, lookups read entries published by an atomic count and take
// no lock. Bounded: at most kCapacity names of at most kMaxNameLength
// characters, and only GraphQL enum names (/[_A-Za-z][_0-9A-Za-z]*/), so a
// hostile server cannot grow it; intern() answers -1 beyond that. Entries are
// never removed: a value keeps its meaning for the life of the process.
class WireEnumRegistry final
{
    Q_DISABLE_COPY_MOVE(WireEnumRegistry)

public:
    static constexpr int kCapacity = 64;
    static constexpr int kMaxNameLength = 64;

    explicit constexpr WireEnumRegistry(quint8 firstValue) noexcept
        : m_first(firstValue)
    { }

    // The value registered for wire, registering it if new; -1 when wire is
    // not a GraphQL enum name, is too long, or the registry is full.
    int intern(QStringView wire);
    // The value registered for wire, or -1; never registers.
    int find(QStringView wire) const noexcept;
    // The wire text of a registered value; empty for any other value. Points
    // into storage that lives as long as the process.
    QLatin1String name(int value) const noexcept;
    // Every registered value, in registration order.
    QList<quint8> values() const;
    int count() const noexcept { return m_count.load(std::memory_order_acquire); }
    quint8 firstValue() const noexcept { return m_first; }

    // A GraphQL enum value name that fits the registry.
    static bool isEnumName(QStringView wire) noexcept;

private:
    int findIn(QStringView wire, int count) const noexcept;

    const quint8 m_first;
    std::atomic<int> m_count {0};
    std::mutex m_mutex; // serialises intern()'s writers
    std::array<std::array<char, kMaxNameLength>, kCapacity> m_names {};
    std::array<quint8, kCapacity> m_lengths {};
};
