#include "StatusBarWidgets.h"

#include "views/widgets/UntrustedText.h"

#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QTimer>
#include <QToolButton>

#include <cmath>

ConnectionStatusWidget::ConnectionStatusWidget(QWidget *parent)
    : QWidget(parent)
    , m_nowMs([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    setObjectName(QStringLiteral("connectionStatus"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_label = UntrustedText::label(this);
    m_label->setObjectName(QStringLiteral("connectionStateLabel"));
    layout->addWidget(m_label);
    m_retry = new QToolButton(this);
    m_retry->setObjectName(QStringLiteral("retryNowButton"));
    m_retry->setAutoRaise(true);
    m_retry->setFocusPolicy(Qt::TabFocus);
    layout->addWidget(m_retry);
    connect(m_retry, &QToolButton::clicked, this, &ConnectionStatusWidget::retryRequested);

    m_tick = new QTimer(this);
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &ConnectionStatusWidget::refreshText);
    refreshText();
}

void ConnectionStatusWidget::setState(const ConnectionState &state)
{
    m_state = state;
    refreshText();
}

void ConnectionStatusWidget::setPolling(const Polling &polling)
{
    if (polling == m_polling)
        return;
    m_polling = polling;
    refreshText();
}

void ConnectionStatusWidget::setNote(const QString &note)
{
    m_note = note;
    refreshText();
}

void ConnectionStatusWidget::setSignedIn(bool signedIn)
{
    m_signedIn = signedIn;
    refreshText();
}

QString ConnectionStatusWidget::text() const
{
    return m_label->text();
}

void ConnectionStatusWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refreshText();
    QWidget::changeEvent(event);
}

void ConnectionStatusWidget::refreshText()
{
    m_retry->setText(tr("Retry now"));
    m_retry->setToolTip(tr("Try to connect again at once"));
    QString text;
    QString tip = m_state.error().message;
    bool retry = false;
    bool ticking = false;
    if (!m_signedIn) {
        text = tr("Signed out", "connection state");
        tip.clear();
    } else if (m_polling.active && m_state.kind() != ConnectionState::Kind::Unauthorized) {
        // No live updates: say how fresh the data is, never "Live".
        if (m_polling.updatedAtMs <= 0) {
            text = tr("Polling, loading…", "connection state: reloading instead of live updates");
        } else {
            const qint64 ago = qMax<qint64>(0, m_nowMs() - m_polling.updatedAtMs) / 1000;
            text = ago < 60 ? tr("Polling, updated %n s ago", "connection state", int(ago))
                            : tr("Polling, updated %n min ago", "connection state", int(ago / 60));
        }
        const int every = qMax(1, (m_polling.intervalMs + 500) / 1000);
        tip = tr("No live updates: %1\nThe data is reloaded every %n s while the window is "
                 "open.",
                 "tool tip", every)
                  .arg(m_polling.reason);
        if (m_polling.failing)
            tip += u'\n' + tr("The last reload failed; the page says why.");
        retry = m_state.kind() == ConnectionState::Kind::Reconnecting;
        ticking = true;
    } else {
        switch (m_state.kind()) {
        case ConnectionState::Kind::Live:
            text = tr("Live", "connection state: receiving live updates");
            break;
        case ConnectionState::Kind::Connecting:
            text = m_state.attempt() > 1
                ? tr("Connecting, attempt %1…", "connection state").arg(m_state.attempt())
                : tr("Connecting…", "connection state");
            break;
        case ConnectionState::Kind::Reconnecting: {
            const qint64 leftMs = qMax<qint64>(0, m_state.nextAttemptAtMs() - m_nowMs());
            const int seconds = int(std::ceil(double(leftMs) / 1000.0));
            text = tr("Reconnecting, attempt %1, next try in %n s", "connection state", seconds)
                       .arg(m_state.attempt());
            retry = true;
            ticking = true;
            break;
        }
        case ConnectionState::Kind::Unauthorized:
            text = tr("Signed out: the server refused the sign-in", "connection state");
            break;
        case ConnectionState::Kind::Offline:
            text = tr("Offline", "connection state");
            retry = true;
            break;
        }
    }
    if (!m_note.isEmpty() && m_signedIn)
        tip = tip.isEmpty() ? m_note : tip + u'\n' + m_note;
    m_label->setText(text);
    // The server's message or close reason, or a certificate problem: plain.
    UntrustedText::setToolTip(m_label, tip);
    setAccessibleName(tr("Connection: %1").arg(text));
    m_retry->setVisible(retry);
    if (ticking && !m_tick->isActive())
        m_tick->start();
    else if (!ticking)
        m_tick->stop();
}

StatusMark::StatusMark(QWidget *parent)
    : QLabel(parent)
{
    setFrameShape(QFrame::StyledPanel);
    setTextFormat(Qt::PlainText);
    setMargin(1);
    setIndent(4);
    setVisible(false);
}
