#include "SessionMarks.h"

#include "Session.h"
#include "models/text/DisplayText.h"
#include "views/StatusBarWidgets.h"
#include "views/widgets/MessageBanner.h"
#include "views/widgets/StatusPalette.h"
#include "views/widgets/UntrustedText.h"

#include <QFrame>
#include <QLabel>
#include <QMainWindow>
#include <QStatusBar>

SessionMarks::SessionMarks(Session &session, MessageBanner *criticalBand, QMainWindow *window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
    , m_criticalBand(criticalBand)
{
    // The viewer's name comes from the server, the profile's from the
    // operator: plain text either way.
    m_user = UntrustedText::label(window);
    m_user->setObjectName(QStringLiteral("userLabel"));
    m_profileLabel = UntrustedText::label(window);
    m_profileLabel->setObjectName(QStringLiteral("profileLabel"));
    m_readOnly = new StatusMark(window);
    m_readOnly->setObjectName(QStringLiteral("readOnlyMark"));
    auto *separator = new QFrame(window);
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Sunken);
    m_profileSeparator = separator;
    QStatusBar *statusBar = window->statusBar();
    statusBar->addPermanentWidget(m_user);
    statusBar->addPermanentWidget(m_profileSeparator);
    statusBar->addPermanentWidget(m_profileLabel);
    statusBar->addPermanentWidget(m_readOnly);
}

void SessionMarks::retranslate()
{
    m_readOnly->setText(tr("Read-only"));
    m_readOnly->setToolTip(tr("You may look at bots but not pause, resume or reconnect them."));
    m_readOnly->setAccessibleName(tr("Read-only: you may not change bots"));
}

void SessionMarks::update()
{
    const bool signedIn = m_session.isSignedIn();
    const bool hasProfile = !m_session.profile().name.isEmpty();
    if (signedIn) {
        const Viewer viewer = m_session.viewer();
        UntrustedText::setText(m_user, DisplayText::nameOrId(viewer.displayName, viewer.id));
        UntrustedText::setToolTip(m_user,
                                  tr("Signed in as %1 (%2)")
                                      .arg(DisplayText::nameOrId(viewer.displayName, viewer.id),
                                           DisplayText::isolated(viewer.id)));
        m_user->setAccessibleName(tr("Signed in as %1").arg(viewer.displayName));
    } else if (m_session.state() == Session::State::AuthenticationRequired) {
        m_user->setText(tr("Sign-in needed"));
        m_user->setToolTip({});
        m_user->setAccessibleName(m_user->text());
    } else {
        m_user->setText(tr("Not signed in"));
        m_user->setToolTip({});
        m_user->setAccessibleName(m_user->text());
    }
    // Signed out, the connection state already says so.
    m_user->setVisible(signedIn || m_session.state() == Session::State::AuthenticationRequired);
    m_profileLabel->setVisible(hasProfile);
    m_profileSeparator->setVisible(hasProfile);
    UntrustedText::setText(m_profileLabel, DisplayText::isolated(m_session.profile().name));
    UntrustedText::setToolTip(
        m_profileLabel,
        tr("Server profile %1: %2")
            .arg(DisplayText::isolated(m_session.profile().name),
                 DisplayText::isolated(m_session.profile().graphqlUrl.toString())));
    m_profileLabel->setAccessibleName(tr("Server profile %1").arg(m_session.profile().name));
    m_readOnly->setVisible(signedIn && m_session.permissions().isReadOnly());
    updateCritical();
}

void SessionMarks::updateCritical()
{
    const ServerProfile profile = m_session.profile();
    const bool critical = profile.critical && !profile.name.isEmpty();
    if (critical) {
        m_criticalBand->showMessage(
            tr("Critical profile %1 (production): every action on more than one bot asks you "
               "to type the number of bots.")
                .arg(profile.name));
        m_profileLabel->setText(
            tr("%1 · critical", "status bar: a critical server profile").arg(profile.name));
        m_profileLabel->setToolTip(tr("Critical server profile %1 (production): %2")
                                       .arg(profile.name, profile.graphqlUrl.toString()));
        m_profileLabel->setAccessibleName(tr("Critical server profile %1").arg(profile.name));
    } else {
        m_criticalBand->hide();
    }
    m_profileLabel->setAutoFillBackground(critical);
    m_profileLabel->setMargin(critical ? 2 : 0);
    m_profileLabel->setIndent(critical ? 4 : -1);
    QFont font = m_profileLabel->font();
    font.setBold(critical);
    m_profileLabel->setFont(font);
    QPalette p = m_window->statusBar()->palette();
    if (critical)
        p.setColor(QPalette::Window, StatusPalette::tint(StatusPalette::State::Error, p));
    m_profileLabel->setPalette(p);
}
