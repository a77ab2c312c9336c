#include "ServerDifferencesMark.h"

#include "Session.h"
#include "api/CapabilityReport.h"

#include <QMessageBox>
#include <QToolButton>

#include <algorithm>

namespace {

QString enumNoun(const QString &name)
{
    if (name == QLatin1String("Platform"))
        return ServerDifferencesMark::tr("platform", "server differences: the Platform enum");
    if (name == QLatin1String("BotStatus"))
        return ServerDifferencesMark::tr("bot status", "server differences: the BotStatus enum");
    if (name == QLatin1String("DiscordChannelType"))
        return ServerDifferencesMark::tr("channel type",
                                         "server differences: the DiscordChannelType enum");
    if (name == QLatin1String("DiscordGuildEventKind"))
        return ServerDifferencesMark::tr("guild event",
                                         "server differences: the DiscordGuildEventKind enum");
    return name;
}

// What an operation the server lacks means to the operator.
QString missingNoun(const ServerContract::Operation &op)
{
    if (op.type == GraphQLRequest::OperationType::Subscription)
        return ServerDifferencesMark::tr("live updates",
                                         "server differences: what the server lacks");
    if (op.field == QLatin1String("adminRejoinBot"))
        return ServerDifferencesMark::tr("Reconnect", "server differences: what the server lacks");
    if (op.field == QLatin1String("adminDiscordGuilds"))
        return ServerDifferencesMark::tr("Discord server list",
                                         "server differences: what the server lacks");
    if (op.field == QLatin1String("discordFeatureCatalog"))
        return ServerDifferencesMark::tr("feature catalog",
                                         "server differences: what the server lacks");
    return op.field;
}

QString joinFirst(const QStringList &items, int shown)
{
    QStringList head = items.mid(0, shown);
    QString text = head.join(ServerDifferencesMark::tr(", ", "list separator"));
    const int rest = int(items.size()) - int(head.size());
    if (rest > 0)
        text = ServerDifferencesMark::tr("%1 and %n more",
                                         "server differences: first items, how many more", rest)
                   .arg(text);
    return text;
}

} // namespace

ServerDifferencesMark::ServerDifferencesMark(Session &session, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
    , m_button(new QToolButton(window))
{
    m_button->setObjectName(QStringLiteral("serverMark"));
    m_button->setAutoRaise(true);
    m_button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_button->setFocusPolicy(Qt::TabFocus);
    m_button->setVisible(false);
    connect(m_button, &QToolButton::clicked, this, &ServerDifferencesMark::showDetails);
}

void ServerDifferencesMark::setBotCounter(BotCounter counter)
{
    m_botCounter = std::move(counter);
}

QString ServerDifferencesMark::markText() const
{
    if (!m_session.isSignedIn())
        return {};
    const CapabilityReport report =
        CapabilityReport::compare(ServerContract::current(), m_session.capabilities());
    QStringList newer;
    QStringList older;
    for (const CapabilityReport::EnumResult &e : report.enums) {
        if (e.name == QLatin1String("Platform")) {
            // The bots the operator cannot act on as usual: count them.
            for (const QString &value : e.appLacks) {
                const qsizetype bots = m_botCounter ? m_botCounter(value) : -1;
                newer.append(
                    bots < 0
                        ? tr("platform %1", "server differences: no bot count known").arg(value)
                        : tr("platform %1 (%Ln bot(s))", "server differences", int(bots))
                              .arg(value));
            }
        } else if (!e.appLacks.isEmpty()) {
            newer.append(tr("%1 %2", "server differences: enum noun, its new values")
                             .arg(enumNoun(e.name), e.appLacks.join(QStringLiteral(", "))));
        }
        if (!e.onServer)
            older.append(
                tr("no %1", "server differences: what the server lacks").arg(enumNoun(e.name)));
        else if (!e.serverLacks.isEmpty())
            older.append(tr("no %1 %2", "server differences: enum noun, values the server lacks")
                             .arg(enumNoun(e.name), e.serverLacks.join(QStringLiteral(", "))));
    }
    // What the operator notices first comes first: live updates, Reconnect.
    QList<ServerContract::Operation> lacking = report.missingOperations;
    const auto weight = [](const ServerContract::Operation &op) {
        if (op.type == GraphQLRequest::OperationType::Subscription)
            return 0;
        if (op.field == QLatin1String("adminRejoinBot"))
            return 1;
        if (op.field == QLatin1String("adminDiscordGuilds"))
            return 2;
        return 3;
    };
    std::stable_sort(lacking.begin(), lacking.end(),
                     [&weight](const auto &a, const auto &b) { return weight(a) < weight(b); });
    QStringList missing;
    for (const ServerContract::Operation &op : std::as_const(lacking)) {
        const QString noun =
            tr("no %1", "server differences: what the server lacks").arg(missingNoun(op));
        if (!missing.contains(noun))
            missing.append(noun);
    }
    older = missing + older;
    if (!newer.isEmpty() && !older.isEmpty())
        return tr("Server differs from this app: %1").arg(joinFirst(newer + older, 1));
    if (!newer.isEmpty())
        return tr("Server is newer than this app: %1").arg(joinFirst(newer, 1));
    if (!older.isEmpty())
        return tr("Server is older than this app: %1").arg(joinFirst(older, 2));
    return {};
}

QString ServerDifferencesMark::detailsText() const
{
    if (!m_session.isSignedIn())
        return {};
    const ServerCapabilities capabilities = m_session.capabilities();
    const CapabilityReport report =
        CapabilityReport::compare(ServerContract::current(), capabilities);
    QStringList parts;
    if (capabilities.isAssumed()) {
        parts.append(capabilities.assumedBecause().isEmpty()
                         ? tr("What the server offers was not read; this app assumes what "
                              "this version expects.")
                         : capabilities.assumedBecause());
    } else {
        parts.append(report.summary());
    }
    parts.append(report.lines().join(u'\n'));
    if (const CapabilityReport::EnumResult *platforms = report.findEnum(QStringLiteral("Platform"));
        platforms && !platforms->appLacks.isEmpty() && m_botCounter) {
        QStringList counts;
        for (const QString &value : platforms->appLacks) {
            const qsizetype bots = m_botCounter(value);
            if (bots >= 0)
                counts.append(
                    tr("%1: %Ln bot(s)", "server differences: platform, bots on it", int(bots))
                        .arg(value));
        }
        if (!counts.isEmpty())
            parts.append(tr("Bots on platforms this app does not know (shown with their raw "
                            "name): %1")
                             .arg(counts.join(QStringLiteral(", "))));
    }
    if (!m_session.liveUpdatesUnavailableReason().isEmpty())
        parts.append(m_session.liveUpdatesUnavailableReason());
    return parts.join(QStringLiteral("\n\n"));
}

void ServerDifferencesMark::update()
{
    const QString text = markText();
    m_button->setText(text);
    m_button->setVisible(!text.isEmpty());
    const QString details = text.isEmpty() ? QString() : detailsText();
    // Escaped: the details carry the server's own messages.
    m_button->setToolTip(details.isEmpty() ? QString()
                                           : QStringLiteral("<p style='white-space:pre-wrap'>")
                                 + details.toHtmlEscaped() + QStringLiteral("</p>"));
    m_button->setAccessibleName(text);
    if (m_box && m_box->isVisible())
        m_box->setText(detailsText());
}

void ServerDifferencesMark::showDetails()
{
    if (!m_session.isSignedIn())
        return;
    if (!m_box) {
        m_box = new QMessageBox(m_window);
        m_box->setObjectName(QStringLiteral("serverDifferencesBox"));
        m_box->setIcon(QMessageBox::Information);
        m_box->setTextFormat(Qt::PlainText);
        m_box->setStandardButtons(QMessageBox::Close);
        m_box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_box->setWindowTitle(tr("Server differences"));
    m_box->setText(detailsText());
    m_box->open();
}
