#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QSettings;

// The user's preferences, typed, stored in QSettings (never a token). No
// widgets: pages and the app read it, the settings dialog edits it, and every
// setter emits changed() at once so preferences apply live.
class AppSettings final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppSettings)

public:
    enum class Theme : quint8 { FollowSystem, Light, Dark };
    Q_ENUM(Theme)

    enum class Key : quint8 {
        Theme,
        Language,
        SearchDebounce,
        StaleHeartbeat,
        ConfirmSingleToggle,
        BulkConfirmThreshold,
        NotifyWatchedChanges,
        NotifyStaleHeartbeat,
        NotifyConnectionLost,
        PollInterval,
        GuildIconHosts,
    };
    Q_ENUM(Key)

    static constexpr int DefaultSearchDebounceMs = 200;
    static constexpr int DefaultStaleHeartbeatSeconds = 120;
    static constexpr int DefaultBulkConfirmThreshold = 50;
    static constexpr int MaxBulkConfirmThreshold = 1000000;
    static constexpr int DefaultPollIntervalSeconds = 5;
    static constexpr int MinPollIntervalSeconds = 1;
    static constexpr int MaxPollIntervalSeconds = 3600;

    // Uses the application's default QSettings when settings is null.
    explicit AppSettings(QSettings *settings = nullptr, QObject *parent = nullptr);
    ~AppSettings() override;

    Theme theme() const;
    void setTheme(Theme theme);

    // "en", "de", "ar"; empty means the system language.
    QString language() const;
    void setLanguage(const QString &code);

    int searchDebounceMs() const;
    void setSearchDebounceMs(int ms);

    int staleHeartbeatSeconds() const;
    void setStaleHeartbeatSeconds(int seconds);

    // How often to reload when the server offers no live updates (an older
    // server): seconds, 1..3600, default 5. The app never polls sooner than
    // three times its last full load took.
    int pollIntervalSeconds() const;
    void setPollIntervalSeconds(int seconds);

    bool confirmSingleToggle() const;
    void setConfirmSingleToggle(bool confirm);

    // A bulk action on more bots than this (or on more than one platform, or
    // any bulk action on a critical profile) asks the operator to type the
    // number of bots. 1 to MaxBulkConfirmThreshold.
    int bulkConfirmThreshold() const;
    void setBulkConfirmThreshold(int bots);

    bool notifyWatchedChanges() const;
    void setNotifyWatchedChanges(bool on);
    bool notifyStaleHeartbeat() const;
    void setNotifyStaleHeartbeat(bool on);
    bool notifyConnectionLost() const;
    void setNotifyConnectionLost(bool on);

    // The hosts guild icons may be fetched from, over https only (issue 14):
    // Discord's CDN unless the settings file names others ("discord/iconHosts",
    // a list of host names; invalid entries are ignored, an empty or invalid
    // list means the default).
    static QStringList defaultGuildIconHosts();
    QStringList guildIconHosts() const;
    void setGuildIconHosts(const QStringList &hosts);

    QSettings &settings() const { return *m_settings; }
    void sync();

Q_SIGNALS:
    void changed(AppSettings::Key key);

private:
    template<typename T>
    void write(Key key, const QString &name, const T &value, const T &current);

    QSettings *m_settings;
    bool m_ownsSettings;
};
