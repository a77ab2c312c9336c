#include "AppSettings.h"

#include <QSettings>

namespace {
const QString kTheme = QStringLiteral("ui/theme");
const QString kLanguage = QStringLiteral("ui/language");
const QString kDebounce = QStringLiteral("bots/searchDebounceMs");
const QString kStale = QStringLiteral("bots/staleHeartbeatSeconds");
const QString kConfirm = QStringLiteral("bots/confirmSingleToggle");
const QString kBulkThreshold = QStringLiteral("bots/bulkConfirmThreshold");
const QString kPollInterval = QStringLiteral("sync/pollIntervalSeconds");
const QString kNotifyWatched = QStringLiteral("notifications/watchedChanges");
const QString kNotifyStale = QStringLiteral("notifications/staleHeartbeat");
const QString kNotifyConnection = QStringLiteral("notifications/connectionLost");
const QString kIconHosts = QStringLiteral("discord/iconHosts");

// A plain DNS host name in lower case (letters, digits, dots, hyphens; no
// trailing dot, no port, no address literal tricks), else empty.
QString cleanHost(const QString &text)
{
    QString host = text.trimmed().toLower(); // returned: not const, so it moves
    if (host.isEmpty() || host.size() > 253 || host.startsWith(QLatin1Char('.'))
        || host.endsWith(QLatin1Char('.')) || host.contains(QLatin1String("..")))
        return {};
    for (const QChar c : host) {
        const char16_t u = c.unicode();
        if (!((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'.' || u == u'-'))
            return {};
    }
    return host;
}

QStringList cleanHosts(const QStringList &hosts)
{
    QStringList out;
    for (const QString &h : hosts) {
        const QString host = cleanHost(h);
        if (!host.isEmpty() && !out.contains(host))
            out.append(host);
    }
    return out;
}

QString themeName(AppSettings::Theme theme)
{
    switch (theme) {
    case AppSettings::Theme::Light:
        return QStringLiteral("light");
    case AppSettings::Theme::Dark:
        return QStringLiteral("dark");
    case AppSettings::Theme::FollowSystem:
        break;
    }
    return QStringLiteral("system");
}
} // namespace

AppSettings::AppSettings(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings ? settings : new QSettings)
    , m_ownsSettings(settings == nullptr)
{ }

AppSettings::~AppSettings()
{
    if (m_ownsSettings)
        delete m_settings;
}

template<typename T>
void AppSettings::write(Key key, const QString &name, const T &value, const T &current)
{
    if (value == current)
        return;
    m_settings->setValue(name, value);
    Q_EMIT changed(key);
}

AppSettings::Theme AppSettings::theme() const
{
    const QString name = m_settings->value(kTheme).toString();
    if (name == QLatin1String("light"))
        return Theme::Light;
    if (name == QLatin1String("dark"))
        return Theme::Dark;
    return Theme::FollowSystem;
}

void AppSettings::setTheme(Theme theme)
{
    write(Key::Theme, kTheme, themeName(theme), themeName(this->theme()));
}

QString AppSettings::language() const
{
    return m_settings->value(kLanguage).toString();
}

void AppSettings::setLanguage(const QString &code)
{
    write(Key::Language, kLanguage, code, language());
}

int AppSettings::searchDebounceMs() const
{
    return qBound(0, m_settings->value(kDebounce, DefaultSearchDebounceMs).toInt(), 5000);
}

void AppSettings::setSearchDebounceMs(int ms)
{
    write(Key::SearchDebounce, kDebounce, qBound(0, ms, 5000), searchDebounceMs());
}

int AppSettings::staleHeartbeatSeconds() const
{
    return qBound(10, m_settings->value(kStale, DefaultStaleHeartbeatSeconds).toInt(), 86400);
}

void AppSettings::setStaleHeartbeatSeconds(int seconds)
{
    write(Key::StaleHeartbeat, kStale, qBound(10, seconds, 86400), staleHeartbeatSeconds());
}

int AppSettings::pollIntervalSeconds() const
{
    return qBound(MinPollIntervalSeconds,
                  m_settings->value(kPollInterval, DefaultPollIntervalSeconds).toInt(),
                  MaxPollIntervalSeconds);
}

void AppSettings::setPollIntervalSeconds(int seconds)
{
    write(Key::PollInterval, kPollInterval,
          qBound(MinPollIntervalSeconds, seconds, MaxPollIntervalSeconds), pollIntervalSeconds());
}

bool AppSettings::confirmSingleToggle() const
{
    return m_settings->value(kConfirm, false).toBool();
}

void AppSettings::setConfirmSingleToggle(bool confirm)
{
    write(Key::ConfirmSingleToggle, kConfirm, confirm, confirmSingleToggle());
}

int AppSettings::bulkConfirmThreshold() const
{
    return qBound(1, m_settings->value(kBulkThreshold, DefaultBulkConfirmThreshold).toInt(),
                  MaxBulkConfirmThreshold);
}

void AppSettings::setBulkConfirmThreshold(int bots)
{
    write(Key::BulkConfirmThreshold, kBulkThreshold, qBound(1, bots, MaxBulkConfirmThreshold),
          bulkConfirmThreshold());
}

bool AppSettings::notifyWatchedChanges() const
{
    return m_settings->value(kNotifyWatched, true).toBool();
}

void AppSettings::setNotifyWatchedChanges(bool on)
{
    write(Key::NotifyWatchedChanges, kNotifyWatched, on, notifyWatchedChanges());
}

bool AppSettings::notifyStaleHeartbeat() const
{
    return m_settings->value(kNotifyStale, true).toBool();
}

void AppSettings::setNotifyStaleHeartbeat(bool on)
{
    write(Key::NotifyStaleHeartbeat, kNotifyStale, on, notifyStaleHeartbeat());
}

bool AppSettings::notifyConnectionLost() const
{
    return m_settings->value(kNotifyConnection, true).toBool();
}

void AppSettings::setNotifyConnectionLost(bool on)
{
    write(Key::NotifyConnectionLost, kNotifyConnection, on, notifyConnectionLost());
}

QStringList AppSettings::defaultGuildIconHosts()
{
    return {QStringLiteral("cdn.discordapp.com"), QStringLiteral("media.discordapp.net")};
}

QStringList AppSettings::guildIconHosts() const
{
    const QStringList hosts = cleanHosts(m_settings->value(kIconHosts).toStringList());
    return hosts.isEmpty() ? defaultGuildIconHosts() : hosts;
}

void AppSettings::setGuildIconHosts(const QStringList &hosts)
{
    const QStringList clean = cleanHosts(hosts);
    const QStringList current = guildIconHosts();
    if (clean.isEmpty() || clean == defaultGuildIconHosts()) {
        if (!m_settings->contains(kIconHosts))
            return;
        m_settings->remove(kIconHosts);
        if (current != defaultGuildIconHosts())
            Q_EMIT changed(Key::GuildIconHosts);
        return;
    }
    write(Key::GuildIconHosts, kIconHosts, clean, current);
}

void AppSettings::sync()
{
    m_settings->sync();
}
