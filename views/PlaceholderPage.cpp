#include "PlaceholderPage.h"

#include <QEvent>
#include <QFrame>
#include <QLabel>
#include <QVBoxLayout>

PlaceholderPage::PlaceholderPage(QString pageId, ActionContext context,
                                 std::function<QString()> title,
                                 std::function<QString()> description, QWidget *parent)
    : ShellPage(parent)
    , m_pageId(std::move(pageId))
    , m_context(context)
    , m_title(std::move(title))
    , m_description(std::move(description))
{
    setObjectName(m_pageId + QLatin1String("Page"));
    auto *layout = new QVBoxLayout(this);

    m_staleBanner = new QLabel(this);
    m_staleBanner->setObjectName(QStringLiteral("staleBanner"));
    m_staleBanner->setFrameShape(QFrame::StyledPanel);
    m_staleBanner->setWordWrap(true);
    m_staleBanner->setMargin(6);
    m_staleBanner->setVisible(false);
    layout->addWidget(m_staleBanner);

    layout->addStretch(1);
    m_heading = new QLabel(this);
    m_heading->setAlignment(Qt::AlignCenter);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    layout->addWidget(m_heading);

    m_text = new QLabel(this);
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_text);

    m_note = new QLabel(this);
    m_note->setAlignment(Qt::AlignCenter);
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_note);
    layout->addStretch(2);

    retranslate();
}

void PlaceholderPage::setStale(bool stale)
{
    ShellPage::setStale(stale);
    m_staleBanner->setVisible(stale);
}

void PlaceholderPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    ShellPage::changeEvent(event);
}

void PlaceholderPage::retranslate()
{
    m_heading->setText(m_title());
    m_text->setText(m_description());
    m_note->setText(tr("This page is coming in a later release."));
    m_staleBanner->setText(tr("The connection to the server was lost. What you see may be out "
                              "of date; it updates again when the connection is back."));
    Q_EMIT titleChanged();
}

PlaceholderPage *PlaceholderPage::createBotsPage(QWidget *parent)
{
    return new PlaceholderPage(
        QStringLiteral("bots"), ActionContext::Bots, [] { return tr("Bots", "page name"); },
        [] {
            return tr("Every account and platform bot with its status, live: search, filter, "
                      "pause, resume and reconnect.");
        },
        parent);
}

PlaceholderPage *PlaceholderPage::createDiscordPage(QWidget *parent)
{
    return new PlaceholderPage(
        QStringLiteral("discord"), ActionContext::Discord,
        [] { return tr("Discord guilds", "page name"); },
        [] {
            return tr("Discord guilds mapped to Lumio accounts, and which channel each feature "
                      "posts to.");
        },
        parent);
}

PlaceholderPage *PlaceholderPage::createTriagePage(QWidget *parent)
{
    return new PlaceholderPage(
        QStringLiteral("triage"), ActionContext::Triage,
        [] { return tr("Triage log", "page name"); },
        [] {
            return tr("Every action you take, with the server's answer, ready for the incident "
                      "report.");
        },
        parent);
}
