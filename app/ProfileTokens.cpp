#include "ProfileTokens.h"

#include "ProfileStore.h"
#include "api/CredentialKey.h"
#include "api/CredentialStore.h"

#include <QLoggingCategory>
#include <QSet>

#include <memory>

Q_LOGGING_CATEGORY(lcTokens, "lumio.app.tokens")

ProfileTokens::ProfileTokens(CredentialStore &store, ProfileStore &profiles, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_profiles(profiles)
{ }

void ProfileTokens::read(const ServerProfile &profile, QObject *context, ReadDone done)
{
    const QString origin = CredentialKey::originOf(profile.graphqlUrl);
    const QPointer<QObject> ctx(context);
    if (origin.isEmpty()) {
        QMetaObject::invokeMethod(
            this,
            [ctx, done] {
                if (ctx)
                    done({}, {});
            },
            Qt::QueuedConnection);
        return;
    }
    m_store.readToken(CredentialKey::forProfile(profile.name, profile.graphqlUrl), this,
                      [this, profile, origin, ctx, done](const CredentialStore::Result &r) {
                          if (r.error) {
                              if (ctx)
                                  done({}, r.error.message);
                              return;
                          }
                          if (r.found && !r.token.isEmpty()) {
                              if (ctx)
                                  done(r.token, {});
                              return;
                          }
                          readLegacy(profile, origin, ctx, done);
                      });
}

void ProfileTokens::readLegacy(const ServerProfile &profile, const QString &origin,
                               const QPointer<QObject> &context, const ReadDone &done)
{
    // An older version's token is this origin's only if the profile pointed
    // here when it was saved.
    if (m_profiles.legacyTokenOrigin(profile.name) != origin) {
        if (context)
            done({}, {});
        return;
    }
    m_store.readToken(
        CredentialKey::legacy(profile.name), this,
        [this, profile, origin, context, done](const CredentialStore::Result &r) {
            if (r.error || !r.found || r.token.isEmpty()) {
                if (context)
                    done({}, r.error ? r.error.message : QString());
                return;
            }
            // Move it to its origin's key, then forget the old entry. (The
            // store runs these one at a time, after this answer.)
            qCInfo(lcTokens) << "moving the token of" << profile.name << "to its origin's key";
            const QString name = profile.name;
            m_store.writeToken(CredentialKey::forProfile(name, profile.graphqlUrl), r.token, this,
                               [this, name, origin](const CredentialStore::Result &written) {
                                   if (written.error)
                                       return; // the old entry stays usable
                                   m_profiles.setTokenSaved(name, origin, true);
                                   m_profiles.forgetLegacyToken(name);
                                   m_store.deleteToken(CredentialKey::legacy(name), this, {});
                               });
            if (context)
                done(r.token, {});
        });
}

void ProfileTokens::write(const ServerProfile &profile, const QString &token, QObject *context,
                          Done done)
{
    const QString origin = CredentialKey::originOf(profile.graphqlUrl);
    const QPointer<QObject> ctx(context);
    const QString name = profile.name;
    m_store.writeToken(CredentialKey::forProfile(name, profile.graphqlUrl), token, this,
                       [this, name, origin, ctx, done](const CredentialStore::Result &r) {
                           if (!r.error) {
                               m_profiles.setTokenSaved(name, origin, true);
                               // A newer token of this origin replaces the old one for good.
                               if (m_profiles.legacyTokenOrigin(name) == origin) {
                                   m_profiles.forgetLegacyToken(name);
                                   m_store.deleteToken(CredentialKey::legacy(name), this, {});
                               }
                           }
                           if (ctx && done)
                               done(r.error ? r.error.message : QString());
                       });
}

void ProfileTokens::remove(const ServerProfile &profile, QObject *context, Done done)
{
    const QString origin = CredentialKey::originOf(profile.graphqlUrl);
    const QString name = profile.name;
    const QPointer<QObject> ctx(context);
    if (m_profiles.legacyTokenOrigin(name) == origin && !origin.isEmpty()) {
        m_profiles.forgetLegacyToken(name);
        m_store.deleteToken(CredentialKey::legacy(name), this, {});
    }
    m_store.deleteToken(CredentialKey::forProfile(name, profile.graphqlUrl), this,
                        [this, name, origin, ctx, done](const CredentialStore::Result &r) {
                            if (!r.error)
                                m_profiles.setTokenSaved(name, origin, false);
                            if (ctx && done)
                                done(r.error ? r.error.message : QString());
                        });
}

void ProfileTokens::removeAll(const QString &profileName, QObject *context, Done done)
{
    QSet<QString> origins(m_profiles.tokenOrigins(profileName).cbegin(),
                          m_profiles.tokenOrigins(profileName).cend());
    const ServerProfile profile = m_profiles.profile(profileName);
    if (const QString current = CredentialKey::originOf(profile.graphqlUrl); !current.isEmpty())
        origins.insert(current);
    const bool legacy = !m_profiles.legacyTokenOrigin(profileName).isEmpty();
    const QPointer<QObject> ctx(context);
    // The first failure is reported, once every delete has answered.
    struct State
    {
        int remaining = 0;
        QString error;
    };
    auto state = std::make_shared<State>();
    state->remaining = int(origins.size()) + (legacy ? 1 : 0);
    auto finishOne = [state, ctx, done](const CredentialStore::Result &r) {
        if (r.error && state->error.isEmpty())
            state->error = r.error.message;
        if (--state->remaining == 0 && ctx && done)
            done(state->error);
    };
    if (state->remaining == 0) {
        QMetaObject::invokeMethod(
            this,
            [ctx, done] {
                if (ctx && done)
                    done({});
            },
            Qt::QueuedConnection);
        return;
    }
    for (const QString &origin : std::as_const(origins)) {
        m_store.deleteToken(CredentialKey::forOrigin(profileName, origin), this, finishOne);
        m_profiles.setTokenSaved(profileName, origin, false);
    }
    if (legacy) {
        m_profiles.forgetLegacyToken(profileName);
        m_store.deleteToken(CredentialKey::legacy(profileName), this, finishOne);
    }
}

void ProfileTokens::readForOrigin(const QUrl &url, QObject *context, const OriginReadDone &done)
{
    const QString origin = CredentialKey::originOf(url);
    QList<ServerProfile> candidates;
    if (!origin.isEmpty()) {
        for (const ServerProfile &p : m_profiles.profiles()) {
            if (CredentialKey::originOf(p.graphqlUrl) == origin)
                candidates.append(p);
        }
    }
    readCandidate(candidates, 0, QPointer<QObject>(context), done);
}

void ProfileTokens::readCandidate(const QList<ServerProfile> &candidates, qsizetype index,
                                  const QPointer<QObject> &context, const OriginReadDone &done)
{
    if (index >= candidates.size()) {
        QMetaObject::invokeMethod(
            this,
            [context, done] {
                if (context)
                    done({}, {}, {});
            },
            Qt::QueuedConnection);
        return;
    }
    const QString name = candidates.at(index).name;
    read(
        candidates.at(index), this,
        [this, candidates, index, context, done, name](const QString &token, const QString &error) {
            if (!context)
                return;
            if (!token.isEmpty() || !error.isEmpty()) {
                done(token, name, error);
                return;
            }
            readCandidate(candidates, index + 1, context, done); // the next profile
        });
}
