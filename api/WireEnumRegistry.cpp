#include "WireEnumRegistry.h"

static_assert(WireEnumRegistry::kMaxNameLength <= 255, "lengths are stored in one byte");

bool WireEnumRegistry::isEnumName(QStringView wire) noexcept
{
    if (wire.isEmpty() || wire.size() > kMaxNameLength)
        return false;
    for (qsizetype i = 0; i < wire.size(); ++i) {
        const char16_t c = wire[i].unicode();
        const bool letter = (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || c == u'_';
        const bool digit = c >= u'0' && c <= u'9';
        if (!letter && !(digit && i > 0))
            return false;
    }
    // Names GraphQL reserves for literals are never enum values.
    return wire != u"true" && wire != u"false" && wire != u"null";
}

int WireEnumRegistry::findIn(QStringView wire, int count) const noexcept
{
    for (int i = 0; i < count; ++i) {
        const auto n = qsizetype(m_lengths[size_t(i)]);
        if (n != wire.size())
            continue;
        const char *name = m_names[size_t(i)].data();
        qsizetype k = 0;
        while (k < n && char16_t(uchar(name[k])) == wire[k].unicode())
            ++k;
        if (k == n)
            return int(m_first) + i;
    }
    return -1;
}

int WireEnumRegistry::find(QStringView wire) const noexcept
{
    return findIn(wire, count());
}

int WireEnumRegistry::intern(QStringView wire)
{
    if (const int known = find(wire); known >= 0)
        return known;
    if (!isEnumName(wire))
        return -1;
    const std::lock_guard<std::mutex> lock(m_mutex);
    // Another thread may have registered it since the lock-free look.
    const int n = m_count.load(std::memory_order_relaxed);
    if (const int known = findIn(wire, n); known >= 0)
        return known;
    if (n >= kCapacity || int(m_first) + n > 0xFF)
        return -1;
    for (qsizetype k = 0; k < wire.size(); ++k)
        m_names[size_t(n)][size_t(k)] = char(wire[k].unicode()); // ASCII: checked above
    m_lengths[size_t(n)] = quint8(wire.size());
    m_count.store(n + 1, std::memory_order_release); // publishes the entry
    return int(m_first) + n;
}

QLatin1String WireEnumRegistry::name(int value) const noexcept
{
    const int i = value - int(m_first);
    if (i < 0 || i >= count())
        return {};
    return QLatin1String(m_names[size_t(i)].data(), qsizetype(m_lengths[size_t(i)]));
}

QList<quint8> WireEnumRegistry::values() const
{
    QList<quint8> out;
    const int n = count();
    out.reserve(n);
    for (int i = 0; i < n; ++i)
        out.append(quint8(int(m_first) + i));
    return out;
}
