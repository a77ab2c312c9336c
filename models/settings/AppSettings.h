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
        NotifyWatchedChanges,
        NotifyStaleHeartbeat,
        NotifyConnectionLost,
        GuildIconHosts,
    };
    Q_ENUM(Key)

    static constexpr int DefaultSearchDebounceMs = 200;
    static constexpr int DefaultStaleHeartbeatSeconds = 120;

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

    bool confirmSingleToggle() const;
    void setConfirmSingleToggle(bool confirm);

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
