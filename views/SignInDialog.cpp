#include "SignInDialog.h"

#include "api/CredentialKey.h"
#include "views/widgets/UntrustedText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace {
constexpr int kNewProfileRole = Qt::UserRole + 1;
}

SignInDialog::SignInDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("signInDialog"));
    auto *layout = new QVBoxLayout(this);

    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    m_reason = UntrustedText::label(this); // may quote a server message or close reason
    m_reason->setObjectName(QStringLiteral("signInReason"));
    m_reason->setWordWrap(true);
    m_reason->setFrameShape(QFrame::StyledPanel);
    m_reason->setMargin(6);
    m_reason->setVisible(false);
    layout->addWidget(m_reason);

    auto *form = new QFormLayout;
    auto *profileRow = new QHBoxLayout;
    m_profiles = new QComboBox(this);
    m_profiles->setObjectName(QStringLiteral("profileBox"));
    m_profiles->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    profileRow->addWidget(m_profiles);
    m_delete = new QPushButton(this);
    m_delete->setObjectName(QStringLiteral("deleteProfileButton"));
    m_delete->setAutoDefault(false);
    profileRow->addWidget(m_delete);
    m_profileLabel = new QLabel(this);
    m_profileLabel->setBuddy(m_profiles);
    form->addRow(m_profileLabel, profileRow);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("profileNameEdit"));
    m_nameLabel = new QLabel(this);
    m_nameLabel->setBuddy(m_name);
    form->addRow(m_nameLabel, m_name);
    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("graphqlUrlEdit"));
    m_url->setInputMethodHints(Qt::ImhUrlCharactersOnly | Qt::ImhNoAutoUppercase);
    m_urlLabel = new QLabel(this);
    m_urlLabel->setBuddy(m_url);
    form->addRow(m_urlLabel, m_url);
    m_wsUrl = new QLineEdit(this);
    m_wsUrl->setObjectName(QStringLiteral("wsUrlEdit"));
    m_wsUrl->setInputMethodHints(Qt::ImhUrlCharactersOnly | Qt::ImhNoAutoUppercase);
    m_wsLabel = new QLabel(this);
    m_wsLabel->setBuddy(m_wsUrl);
    form->addRow(m_wsLabel, m_wsUrl);
    m_wsToken = new QCheckBox(this);
    m_wsToken->setObjectName(QStringLiteral("wsTokenBox"));
    m_wsToken->setVisible(false);
    form->addRow(QString(), m_wsToken);
    m_critical = new QCheckBox(this);
    m_critical->setObjectName(QStringLiteral("criticalBox"));
    form->addRow(QString(), m_critical);
    m_token = new QLineEdit(this);
    m_token->setObjectName(QStringLiteral("tokenEdit"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData
                                 | Qt::ImhNoPredictiveText);
    m_tokenLabel = new QLabel(this);
    m_tokenLabel->setBuddy(m_token);
    form->addRow(m_tokenLabel, m_token);
    m_remember = new QCheckBox(this);
    m_remember->setObjectName(QStringLiteral("rememberBox"));
    m_remember->setChecked(true);
    form->addRow(QString(), m_remember);
    layout->addLayout(form);

    m_message = UntrustedText::label(this); // server errors, certificate fields
    m_message->setObjectName(QStringLiteral("signInMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setVisible(false);
    layout->addWidget(m_message);
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("signInDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setFrameShape(QFrame::StyledPanel);
    m_details->setMargin(6);
    m_details->setVisible(false);
    layout->addWidget(m_details);

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(6);
    m_progress->setVisible(false);
    layout->addWidget(m_progress);
    layout->addStretch(1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_signIn = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setDefault(true);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignInDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_profiles, &QComboBox::currentIndexChanged, this, &SignInDialog::onProfileChosen);
    connect(m_url, &QLineEdit::textChanged, this, &SignInDialog::updateDerivedUrl);
    connect(m_url, &QLineEdit::textChanged, this, &SignInDialog::updateWsTokenBox);
    connect(m_url, &QLineEdit::textChanged, this, &SignInDialog::updateTokenHint);
    connect(m_wsUrl, &QLineEdit::textChanged, this, &SignInDialog::updateWsTokenBox);
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (!m_profiles->currentData(kNewProfileRole).toBool())
            Q_EMIT deleteProfileRequested(m_profiles->currentText());
    });

    setTabOrder(m_profiles, m_delete);
    setTabOrder(m_delete, m_name);
    setTabOrder(m_name, m_url);
    setTabOrder(m_url, m_wsUrl);
    setTabOrder(m_wsUrl, m_wsToken);
    setTabOrder(m_wsToken, m_critical);
    setTabOrder(m_critical, m_token);
    setTabOrder(m_token, m_remember);

    retranslate();
    setProfiles({}, {});
    setMinimumWidth(520);
}

void SignInDialog::setProfiles(const QList<ServerProfile> &profiles, const QString &current)
{
    m_known = profiles;
    {
        const QSignalBlocker blocker(m_profiles);
        m_profiles->clear();
        for (const ServerProfile &p : profiles)
            m_profiles->addItem(p.name);
        m_profiles->addItem(tr("New profile…"));
        m_profiles->setItemData(m_profiles->count() - 1, true, kNewProfileRole);
        int index = m_profiles->findText(current);
        if (index < 0)
            index = profiles.isEmpty() ? m_profiles->count() - 1 : 0;
        m_profiles->setCurrentIndex(index);
    }
    onProfileChosen();
}

void SignInDialog::onProfileChosen()
{
    const bool isNew = m_profiles->currentData(kNewProfileRole).toBool();
    const int index = m_profiles->currentIndex();
    if (isNew || index < 0 || index >= m_known.size()) {
        m_name->clear();
        m_url->clear();
        m_wsUrl->clear();
        m_critical->setChecked(false);
        m_name->setReadOnly(false);
        m_delete->setEnabled(false);
        m_storedToken = false;
        m_storedTokenOrigin.clear();
        m_wsToken->setChecked(false);
    } else {
        const ServerProfile &p = m_known.at(index);
        m_name->setText(p.name);
        m_url->setText(p.graphqlUrl.toString());
        m_wsUrl->setText(p.wsUrlOverride.toString());
        m_critical->setChecked(p.critical);
        m_wsToken->setChecked(p.wsOnOtherOrigin() && p.wsMayReceiveToken());
        // Renaming would orphan the stored token; a new profile is the way.
        m_name->setReadOnly(true);
        m_delete->setEnabled(true);
    }
    m_token->clear();
    clearMessage();
    updateDerivedUrl();
    updateWsTokenBox();
    // Until the store answers, no saved token is assumed.
    setStoredTokenAvailable(false);
    if (!isNew)
        Q_EMIT profileSelected(m_name->text());
}

void SignInDialog::prefillNewProfile(const ServerProfile &profile)
{
    m_profiles->setCurrentIndex(m_profiles->count() - 1);
    m_name->setText(profile.name);
    m_url->setText(profile.graphqlUrl.toString());
    m_wsUrl->setText(profile.wsUrlOverride.toString());
    m_critical->setChecked(profile.critical);
    m_wsToken->setChecked(profile.wsOnOtherOrigin() && profile.wsMayReceiveToken());
}

ServerProfile SignInDialog::profile() const
{
    ServerProfile p;
    p.name = m_name->text().trimmed();
    p.graphqlUrl = QUrl::fromUserInput(m_url->text().trimmed());
    if (m_url->text().trimmed().isEmpty())
        p.graphqlUrl = QUrl();
    const QString ws = m_wsUrl->text().trimmed();
    p.wsUrlOverride = ws.isEmpty() ? QUrl() : QUrl(ws, QUrl::StrictMode);
    p.critical = m_critical->isChecked();
    // Confirmed for exactly the origin shown next to the box.
    if (p.wsOnOtherOrigin() && m_wsToken->isChecked())
        p.wsTokenOrigin = CredentialKey::originOf(p.wsUrlOverride);
    return p;
}

void SignInDialog::setStoredTokenAvailable(bool available, const QUrl &forUrl)
{
    m_storedToken = available;
    m_storedTokenOrigin = available ? CredentialKey::originOf(forUrl) : QString();
    updateTokenHint();
}

bool SignInDialog::storedTokenApplies() const
{
    if (!m_storedToken)
        return false;
    // A caller that did not say for which URL: the profile's own, as shown.
    if (m_storedTokenOrigin.isEmpty())
        return true;
    return CredentialKey::originOf(QUrl::fromUserInput(m_url->text().trimmed()))
        == m_storedTokenOrigin;
}

void SignInDialog::updateTokenHint()
{
    if (storedTokenApplies()) {
        m_token->setPlaceholderText(tr("Leave empty to use the token saved in the keychain"));
    } else if (m_storedToken) {
        // The URL now points at another server: its token is not this one's.
        m_token->setPlaceholderText(
            tr("Paste your token for %1 (the saved one is for %2)")
                .arg(CredentialKey::originOf(QUrl::fromUserInput(m_url->text().trimmed())),
                     m_storedTokenOrigin));
    } else {
        m_token->setPlaceholderText(tr("Paste your personal access token"));
    }
}

void SignInDialog::updateWsTokenBox()
{
    const ServerProfile p = profile();
    const bool other = p.wsOnOtherOrigin();
    m_wsToken->setVisible(other);
    m_wsToken->setText(
        other ? tr("Also send my token to %1").arg(CredentialKey::originOf(p.wsUrlOverride))
              : QString());
    m_wsToken->setToolTip(tr("The WebSocket URL is on another server than the GraphQL URL. "
                             "Unticked, live updates stay off for this profile: the token is "
                             "only sent to the GraphQL URL's server."));
}

void SignInDialog::setReason(const QString &reason)
{
    UntrustedText::setText(m_reason, reason);
    m_reason->setVisible(!reason.isEmpty());
}

void SignInDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_signIn->setEnabled(!busy);
    for (QWidget *w : {static_cast<QWidget *>(m_profiles), static_cast<QWidget *>(m_name),
                       static_cast<QWidget *>(m_url), static_cast<QWidget *>(m_wsUrl),
                       static_cast<QWidget *>(m_wsToken), static_cast<QWidget *>(m_critical),
                       static_cast<QWidget *>(m_token)})
        w->setEnabled(!busy);
    m_delete->setEnabled(!busy && !m_profiles->currentData(kNewProfileRole).toBool());
    if (busy) {
        m_message->setText(tr("Checking the server…"));
        m_message->setVisible(true);
        m_details->setVisible(false);
    }
}

void SignInDialog::showError(const QString &message, const QString &details)
{
    setBusy(false);
    UntrustedText::setText(m_message, message);
    m_message->setVisible(!message.isEmpty());
    UntrustedText::setText(m_details, details);
    m_details->setVisible(!details.isEmpty());
}

void SignInDialog::clearMessage()
{
    m_message->clear();
    m_message->setVisible(false);
    m_details->clear();
    m_details->setVisible(false);
}

QString SignInDialog::messageText() const
{
    return m_message->text();
}

void SignInDialog::updateDerivedUrl()
{
    const QUrl derived = ServerProfile::deriveWsUrl(QUrl::fromUserInput(m_url->text().trimmed()));
    m_wsUrl->setPlaceholderText(
        derived.isEmpty() ? tr("Derived from the GraphQL URL")
                          : tr("Derived: %1", "derived WebSocket URL").arg(derived.toString()));
}

void SignInDialog::submit()
{
    if (m_busy)
        return;
    const ServerProfile p = profile();
    if (p.name.isEmpty()) {
        showError(tr("Give the profile a name, for example Production or Staging."));
        m_name->setFocus();
        return;
    }
    if (const QString why = ServerProfile::checkHttpUrl(p.graphqlUrl); !why.isEmpty()) {
        showError(why);
        m_url->setFocus();
        return;
    }
    if (!p.wsUrlOverride.isEmpty()) {
        if (const QString why = ServerProfile::checkWsUrl(p.wsUrlOverride); !why.isEmpty()) {
            showError(why);
            m_wsUrl->setFocus();
            return;
        }
    }
    const QString token = m_token->text().trimmed();
    if (token.isEmpty() && !storedTokenApplies()) {
        showError(tr("Enter your access token."));
        m_token->setFocus();
        return;
    }
    // The token leaves the widget at once: nothing keeps it on screen or in memory here.
    m_token->clear();
    Q_EMIT signInRequested(p, token, m_remember->isChecked());
}

void SignInDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SignInDialog::retranslate()
{
    setWindowTitle(tr("Sign in"));
    m_intro->setText(tr("Sign in to a Lumio server with your staff access token. You need the "
                        "admin:access permission."));
    m_profileLabel->setText(tr("&Profile:"));
    m_delete->setText(tr("&Delete", "delete the selected server profile"));
    m_delete->setToolTip(tr("Delete this profile and its saved token"));
    m_nameLabel->setText(tr("&Name:", "name of a server profile"));
    m_name->setPlaceholderText(tr("Production, Staging…"));
    m_urlLabel->setText(tr("&GraphQL URL:"));
    m_url->setPlaceholderText(QStringLiteral("https://api.lumio.example/graphql"));
    m_wsLabel->setText(tr("&WebSocket URL:"));
    m_critical->setText(
        tr("&Critical profile (production): confirm every bulk action by typing the number of "
           "bots"));
    m_critical->setToolTip(tr("Marks this server as production. The window and the status bar "
                              "show a coloured band, and every action on more than one bot is "
                              "confirmed by typing the number of bots."));
    m_tokenLabel->setText(tr("&Access token:"));
    m_remember->setText(tr("&Remember the token in the system keychain"));
    m_signIn->setText(tr("&Sign In"));
    const int newIndex = m_profiles->count() - 1;
    if (newIndex >= 0)
        m_profiles->setItemText(newIndex, tr("New profile…"));
    updateTokenHint();
    updateDerivedUrl();
    updateWsTokenBox();
}
