#include "BotAccountTable.h"

#include "models/SearchFolding.h"

namespace {

bool equalsUtf8(QStringView text, QByteArrayView utf8) noexcept
{
    if (text.size() == utf8.size()) {
        bool ascii = true;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const char16_t c = text[i].unicode();
            if (c >= 0x80) {
                ascii = false;
                break;
            }
            if (char(c) != utf8[i])
                return false;
        }
        if (ascii)
            return true;
    }
    return text.toUtf8() == utf8;
}

} // namespace

// FNV-1a over the ID's UTF-16 code units, then a full 64-bit mix: server IDs
// are random, but tests and fixtures use sequential ones. The exact text is
// hashed (no case folding): IDs are opaque.
quint32 BotAccountTable::hashId(QStringView id) noexcept
{
    quint64 h = 0xcbf29ce484222325ull;
    for (const QChar c : id)
        h = (h ^ c.unicode()) * 0x100000001b3ull;
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdull;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ull;
    h ^= h >> 33;
    return quint32(h);
}

void BotAccountTable::reserve(size_t accounts)
{
    m_accounts.reserve(accounts);
    while (m_slots.size() < accounts * 10 / 7)
        growIndex();
}

void BotAccountTable::squeeze()
{
    m_accounts.shrink_to_fit();
    m_names.squeeze();
    m_searchKeys.squeeze();
}

void BotAccountTable::clear()
{
    m_accounts = {};
    m_slots = {};
    m_names = {};
    m_searchKeys = {};
}

quint32 BotAccountTable::find(QStringView id, quint32 hash) const
{
    if (m_slots.empty())
        return kNoAccount;
    const size_t mask = m_slots.size() - 1;
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
        const quint32 account = m_slots[i];
        if (account == kNoAccount)
            return kNoAccount;
        if (m_accounts[account].idHash == hash && equalsUtf8(id, idUtf8(account)))
            return account;
    }
}

void BotAccountTable::growIndex()
{
    const size_t capacity = m_slots.empty() ? 1024 : m_slots.size() * 2;
    m_slots.assign(capacity, kNoAccount);
    const size_t mask = capacity - 1;
    for (quint32 a = 0; a < quint32(m_accounts.size()); ++a) {
        size_t i = m_accounts[a].idHash & mask;
        while (m_slots[i] != kNoAccount)
            i = (i + 1) & mask;
        m_slots[i] = a;
    }
}

quint32 BotAccountTable::add(const QString &id, quint32 hash, const QString &name)
{
    const QByteArray raw = id.toUtf8();
    if (raw.size() > kMaxIdLength)
        return kNoAccount;
    QByteArray folded = foldForSearch(id);
    if (folded.size() > kMaxIdLength)
        folded.truncate(kMaxIdLength); // search only: the ID itself is kept whole
    // Load factor at most 0.7: 4 bytes per slot keeps the index near 6 bytes
    // per account.
    if ((m_accounts.size() + 1) * 10 > m_slots.size() * 7)
        growIndex();
    Account acc;
    acc.idHash = hash;
    acc.idLength = quint8(raw.size());
    acc.rows.fill(kNoRow);
    const auto index = quint32(m_accounts.size());
    m_accounts.push_back(acc);
    setName(index, name, folded);
    Account &added = m_accounts[index];
    if (raw == folded) {
        // The search key's folded ID is the ID itself: no second copy.
        added.idOffset = added.searchOffset + added.searchLength - quint32(folded.size());
    } else {
        added.idOffset = quint32(m_searchKeys.size());
        m_searchKeys.append(raw);
    }

    const size_t mask = m_slots.size() - 1;
    size_t i = hash & mask;
    while (m_slots[i] != kNoAccount)
        i = (i + 1) & mask;
    m_slots[i] = index;
    return index;
}

bool BotAccountTable::rename(quint32 account, const QString &name)
{
    if (equalsUtf8(name, nameUtf8(account)))
        return false;
    // The folded ID is copied first: the pool may move while it grows.
    const QByteArray foldedIdBytes = foldedId(account).toByteArray();
    setName(account, name, foldedIdBytes);
    return true;
}

void BotAccountTable::setName(quint32 account, const QString &name, QByteArrayView foldedIdBytes)
{
    // Renames are rare: the old bytes stay in the pools until clear().
    Account &acc = m_accounts[account];
    const qsizetype room = 0xFFFF - foldedIdBytes.size() - 1;
    QByteArray utf8 = name.toUtf8();
    if (utf8.size() > room)
        utf8.truncate(room);
    acc.nameOffset = quint32(m_names.size());
    acc.nameLength = quint16(utf8.size());
    m_names.append(utf8);

    QByteArray folded = foldForSearch(name);
    if (folded.size() > room)
        folded.truncate(room);
    acc.searchOffset = quint32(m_searchKeys.size());
    m_searchKeys.append(folded);
    m_searchKeys.append('\n');
    m_searchKeys.append(foldedIdBytes);
    acc.searchLength = quint16(m_searchKeys.size() - qsizetype(acc.searchOffset));
    acc.foldedIdLength = quint8(foldedIdBytes.size());
}

size_t BotAccountTable::memoryUsage() const noexcept
{
    return m_accounts.capacity() * sizeof(Account) + m_slots.capacity() * sizeof(quint32)
        + size_t(m_names.capacity()) + size_t(m_searchKeys.capacity());
}
