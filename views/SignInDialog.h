#pragma once

#include "models/session/ServerProfile.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

// Chooses or edits a server profile and takes the access token. It has no
// network: it validates what it can (URLs) and emits signInRequested(); the
// session answers with setBusy(), showError() and, on success, accept().
// Shown with open() (never exec()) so tests can drive it.
class SignInDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInDialog)

public:
    explicit SignInDialog(QWidget *parent = nullptr);

    // Profiles to offer, and which one to select (empty: the first, or a new one).
    void setProfiles(const QList<ServerProfile> &profiles, const QString &current);
    // Selects "New profile" and fills in profile (e.g. from --server).
    void prefillNewProfile(const ServerProfile &profile);
    ServerProfile profile() const;
    // Whether a token for the selected profile is in the credential store
    // for the origin of forUrl (its GraphQL URL); the token field may then
    // stay empty, but only while the URL keeps that origin: a token is never
    // offered to another server.
    void setStoredTokenAvailable(bool available, const QUrl &forUrl = {});
    // Whether the stored token may be used for the URL now in the dialog.
    bool storedTokenApplies() const;
    // Why the dialog is shown again ("your session expired...").
    void setReason(const QString &reason);
    void setBusy(bool busy);
    // richDetails (e.g. certificate fields) is shown below the message.
    void showError(const QString &message, const QString &details = {});
    void clearMessage();

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *urlEdit() const { return m_url; }
    QLineEdit *wsUrlEdit() const { return m_wsUrl; }
    QLineEdit *tokenEdit() const { return m_token; }
    QComboBox *profileBox() const { return m_profiles; }
    QCheckBox *rememberBox() const { return m_remember; }
    // The profile is critical (production): see ServerProfile::critical.
    QCheckBox *criticalBox() const { return m_critical; }
    // "Send my token to <origin> too": shown while the WebSocket URL is on
    // another origin than the GraphQL URL; unticked, the token never goes there.
    QCheckBox *wsTokenBox() const { return m_wsToken; }
    QPushButton *signInButton() const { return m_signIn; }
    QString messageText() const;

Q_SIGNALS:
    // token is empty when the stored token should be used.
    void signInRequested(const ServerProfile &profile, const QString &token, bool remember);
    void profileSelected(const QString &name);
    void deleteProfileRequested(const QString &name);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void onProfileChosen();
    void updateDerivedUrl();
    void updateWsTokenBox();
    void updateTokenHint();
    void submit();

    QList<ServerProfile> m_known;
    bool m_storedToken = false;
    QString m_storedTokenOrigin; // the origin the stored token belongs to
    bool m_busy = false;
    QLabel *m_intro = nullptr;
    QLabel *m_reason = nullptr;
    QComboBox *m_profiles = nullptr;
    QPushButton *m_delete = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_wsUrl = nullptr;
    QLineEdit *m_token = nullptr;
    QCheckBox *m_remember = nullptr;
    QCheckBox *m_critical = nullptr;
    QCheckBox *m_wsToken = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_details = nullptr;
    QProgressBar *m_progress = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_signIn = nullptr;
    QLabel *m_profileLabel = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLabel *m_urlLabel = nullptr;
    QLabel *m_wsLabel = nullptr;
    QLabel *m_tokenLabel = nullptr;
};
