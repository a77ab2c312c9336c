#pragma once

#include "api/BotTypes.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <array>
#include <vector>

// The accounts of the BotStore, interned: names, search keys and account IDs
// stored once per account in two byte pools, and an open-addressing index
// from account ID to account. At 500,000 rows a QString per field would cost
// several times the memory and a hash lookup per event; this keeps an account
// near 40 bytes plus its text.
//
// IDs are opaque: hashed and compared exactly as received; only the search
// key holds a folded copy. Accounts are never removed (the store's rows point
// at them) until clear().
class BotAccountTable final
{
public:
    static constexpr quint32 kNoRow = 0xFFFFFFFFu;
    static constexpr quint32 kNoAccount = 0xFFFFFFFFu;
    // Longest account ID kept (UTF-8 bytes); longer ones are refused.
    static constexpr int kMaxIdLength = 255;

    struct Account
    {
        quint32 nameOffset = 0; // into the UTF-8 name pool
        // Into the search pool: folded name '\n' folded ID. The raw ID is
        // there too: the folded one when folding left it as it was (the
        // common case), else its own bytes after the search key.
        quint32 searchOffset = 0;
        quint32 idOffset = 0; // into the search pool: the ID as received (UTF-8)
        quint32 idHash = 0;
        quint16 nameLength = 0;
        quint16 searchLength = 0;
        quint8 idLength = 0;
        quint8 foldedIdLength = 0; // the tail of the search key
        bool hasExtraRows = false; // rows on platforms a newer server named
        std::array<quint32, kKnownPlatformCount> rows; // kNoRow where absent
    };

    static quint32 hashId(QStringView id) noexcept;

    void reserve(size_t accounts);
    void squeeze();
    void clear();

    // The account with exactly this ID, or kNoAccount.
    quint32 find(QStringView id, quint32 hash) const;
    quint32 find(QStringView id) const { return find(id, hashId(id)); }
    // A new account without rows; kNoAccount when the ID is longer than
    // kMaxIdLength.
    quint32 add(const QString &id, quint32 hash, const QString &name);
    // Returns false when the account already had that name.
    bool rename(quint32 account, const QString &name);

    size_t size() const noexcept { return m_accounts.size(); }
    Account &operator[](quint32 account) { return m_accounts[account]; }
    const Account &operator[](quint32 account) const { return m_accounts[account]; }

    QByteArrayView nameUtf8(quint32 account) const
    {
        const Account &acc = m_accounts[account];
        return {m_names.constData() + acc.nameOffset, acc.nameLength};
    }
    QByteArrayView idUtf8(quint32 account) const // the ID as received
    {
        const Account &acc = m_accounts[account];
        return {m_searchKeys.constData() + acc.idOffset, acc.idLength};
    }
    QByteArrayView searchKey(quint32 account) const // folded name '\n' folded ID
    {
        const Account &acc = m_accounts[account];
        return {m_searchKeys.constData() + acc.searchOffset, acc.searchLength};
    }
    QByteArrayView foldedName(quint32 account) const
    {
        const Account &acc = m_accounts[account];
        return {m_searchKeys.constData() + acc.searchOffset,
                acc.searchLength - acc.foldedIdLength - 1};
    }
    QByteArrayView foldedId(quint32 account) const
    {
        const Account &acc = m_accounts[account];
        return {m_searchKeys.constData() + acc.searchOffset + acc.searchLength
                    - acc.foldedIdLength,
                acc.foldedIdLength};
    }

    // Bytes held by the containers (capacity, not size).
    size_t memoryUsage() const noexcept;

private:
    void growIndex();
    void setName(quint32 account, const QString &name, QByteArrayView foldedIdBytes);

    std::vector<Account> m_accounts;
    std::vector<quint32> m_slots; // open addressing, power of two
    QByteArray m_names;
    QByteArray m_searchKeys;
};
