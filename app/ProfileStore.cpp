#include "ProfileStore.h"

#include "api/CredentialKey.h"

#include <QSettings>

#include <algorithm>

namespace {
const QString kArray = QStringLiteral("profiles");
const QString kName = QStringLiteral("name");
const QString kUrl = QStringLiteral("graphqlUrl");
const QString kWs = QStringLiteral("wsUrl");
const QString kCritical = QStringLiteral("critical");
const QString kWsTokenOrigin = QStringLiteral("wsTokenOrigin");
const QString kTokenOrigins = QStringLiteral("tokenOrigins");
const QString kLegacyOrigin = QStringLiteral("legacyTokenOrigin");
const QString kLast = QStringLiteral("session/lastProfile");
const QString kVersionKey = QStringLiteral("session/profilesVersion");
// The array's size is whatever the settings file says: an edited or corrupt
// file ("size=2147483647") must not make start-up loop for minutes. Nobody
// keeps more servers than this.
constexpr int kMaxProfiles = 256;
} // namespace

ProfileStore::ProfileStore(QSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    load();
}

bool ProfileStore::contains(const QString &name) const
{
    return !profile(name).name.isEmpty();
}

ServerProfile ProfileStore::profile(const QString &name) const
{
    for (const ServerProfile &p : m_profiles) {
        if (p.name == name)
            return p;
    }
    return {};
}

ServerProfile ProfileStore::profileForUrl(const QUrl &url) const
{
    for (const ServerProfile &p : m_profiles) {
        if (p.graphqlUrl.adjusted(QUrl::StripTrailingSlash)
            == url.adjusted(QUrl::StripTrailingSlash))
            return p;
    }
    return {};
}

void ProfileStore::upsert(const ServerProfile &profile)
{
    for (ServerProfile &p : m_profiles) {
        if (p.name == profile.name) {
            if (p == profile)
                return;
            p = profile;
            save();
            return;
        }
    }
    m_profiles.append(profile);
    save();
}

void ProfileStore::remove(const QString &name)
{
    const auto removed =
        m_profiles.removeIf([&](const ServerProfile &p) { return p.name == name; });
    if (removed == 0)
        return;
    m_books.remove(name);
    if (lastUsed() == name)
        m_settings.remove(kLast);
    save();
}

QString ProfileStore::lastUsed() const
{
    return m_settings.value(kLast).toString();
}

void ProfileStore::setLastUsed(const QString &name)
{
    m_settings.setValue(kLast, name);
}

QStringList ProfileStore::tokenOrigins(const QString &name) const
{
    return m_books.value(name).origins;
}

void ProfileStore::setTokenSaved(const QString &name, const QString &origin, bool saved)
{
    if (origin.isEmpty() || !contains(name))
        return;
    TokenBook &book = m_books[name];
    if (saved == book.origins.contains(origin))
        return;
    if (saved)
        book.origins.append(origin);
    else
        book.origins.removeAll(origin);
    save();
}

QString ProfileStore::legacyTokenOrigin(const QString &name) const
{
    return m_books.value(name).legacyOrigin;
}

void ProfileStore::forgetLegacyToken(const QString &name)
{
    const auto it = m_books.find(name);
    if (it == m_books.end() || it->legacyOrigin.isEmpty())
        return;
    it->legacyOrigin.clear();
    save();
}

void ProfileStore::load()
{
    m_profiles.clear();
    m_books.clear();
    // Settings of a version that kept one token per profile name: that token
    // belongs to the URL each profile has now.
    const bool beforeOrigins = m_settings.value(kVersionKey, 1).toInt() < kVersion;
    const int count = std::min(m_settings.beginReadArray(kArray), kMaxProfiles);
    for (int i = 0; i < count; ++i) {
        m_settings.setArrayIndex(i);
        ServerProfile p;
        p.name = m_settings.value(kName).toString();
        p.graphqlUrl = QUrl(m_settings.value(kUrl).toString(), QUrl::StrictMode);
        const QString ws = m_settings.value(kWs).toString();
        // An override that is not a URL (a hand-edited file) counts as none:
        // kept, it would be saved back as something else and never connect.
        if (const QUrl parsed(ws, QUrl::StrictMode); !ws.isEmpty() && parsed.isValid())
            p.wsUrlOverride = parsed;
        p.critical = m_settings.value(kCritical, false).toBool();
        p.wsTokenOrigin = m_settings.value(kWsTokenOrigin).toString();
        if (!p.isValid() || contains(p.name))
            continue;
        m_profiles.append(p);
        TokenBook book;
        if (beforeOrigins) {
            book.legacyOrigin = CredentialKey::originOf(p.graphqlUrl);
        } else {
            book.origins = m_settings.value(kTokenOrigins).toStringList();
            book.legacyOrigin = m_settings.value(kLegacyOrigin).toString();
        }
        m_books.insert(p.name, book);
    }
    m_settings.endArray();
    if (beforeOrigins && !m_profiles.isEmpty())
        save(); // records where each old token belongs, once
}

void ProfileStore::save()
{
    m_settings.remove(kArray);
    m_settings.beginWriteArray(kArray, int(m_profiles.size()));
    for (int i = 0; i < m_profiles.size(); ++i) {
        m_settings.setArrayIndex(i);
        const ServerProfile &p = m_profiles.at(i);
        m_settings.setValue(kName, p.name);
        // Fully encoded, so that load()'s strict parse reads back the same
        // URL (the pretty form decodes "%20" to a space, which it refuses).
        m_settings.setValue(kUrl, p.graphqlUrl.toString(QUrl::FullyEncoded));
        if (!p.wsUrlOverride.isEmpty())
            m_settings.setValue(kWs, p.wsUrlOverride.toString(QUrl::FullyEncoded));
        if (p.critical)
            m_settings.setValue(kCritical, true);
        if (!p.wsTokenOrigin.isEmpty())
            m_settings.setValue(kWsTokenOrigin, p.wsTokenOrigin);
        const TokenBook book = m_books.value(p.name);
        if (!book.origins.isEmpty())
            m_settings.setValue(kTokenOrigins, book.origins);
        if (!book.legacyOrigin.isEmpty())
            m_settings.setValue(kLegacyOrigin, book.legacyOrigin);
    }
    m_settings.endArray();
    m_settings.setValue(kVersionKey, kVersion);
    Q_EMIT profilesChanged();
}
