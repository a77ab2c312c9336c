// Guild icons on the real Discord page with the real controller against a
// sandbox (lumio_add_test ... SANDBOX), which serves the icons itself on its
// own origin (GET /icons/<guildId>.png): visible rows get their icons, rows
// never painted are not fetched, no request carries a credential, and a
// broken icon URL keeps the initials and is not asked for again.

#include "SandboxInfo.h"

#include "api/GraphQLClient.h"
#include "app/sync/DiscordSyncController.h"
#include "models/discord/DiscordGuildFilterModel.h"
#include "models/discord/DiscordGuildListModel.h"
#include "views/discord/DiscordGuildsPage.h"

#include <QHeaderView>
#include <QNetworkAccessManager>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

#include <memory>

using IconState = DiscordGuildListModel::IconState;

class TestGuildIconsPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void visibleRows_getIcons_withoutCredentials();
    void brokenIcon_keepsInitials_andIsNotAskedAgain();

private:
    QJsonObject counters() const;
    // Source rows of the guild list the view shows now.
    QList<int> visibleRows() const;

    SandboxInfo m_sandbox;
    QNetworkAccessManager m_network;
    std::unique_ptr<GraphQLClient> m_http;
    std::unique_ptr<DiscordSyncController> m_sync;
    std::unique_ptr<DiscordGuildsPage> m_page;
    QJsonObject m_before; // the sandbox's counters before the page loaded
};

void TestGuildIconsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_sandbox = SandboxInfo::fromEnvironment();
    QVERIFY2(m_sandbox.isValid(), qPrintable(m_sandbox.error()));
}

void TestGuildIconsPage::init()
{
    GraphQLClientConfig config;
    config.endpoint = m_sandbox.httpUrl();
    config.token = m_sandbox.token(QStringLiteral("admin"));
    m_http = std::make_unique<GraphQLClient>(&m_network, config);
    m_sync = std::make_unique<DiscordSyncController>();
    m_page = std::make_unique<DiscordGuildsPage>(m_sync.get());
    m_page->resize(1200, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_before = counters();
    m_sync->setClients(m_http.get(), nullptr);
    QTRY_VERIFY_WITH_TIMEOUT(m_sync->guildModel()->isLoaded(), 15000);
    QVERIFY(m_sync->guildModel()->rowCount() > 60);
}

void TestGuildIconsPage::cleanup()
{
    m_page.reset();
    m_sync.reset();
    m_http.reset();
}

QJsonObject TestGuildIconsPage::counters() const
{
    QString error;
    const QJsonObject state =
        m_sandbox.control(QStringLiteral("state"), {{QStringLiteral("rows"), false}}, &error);
    [&] {
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }();
    return state.value(QLatin1String("counters")).toObject();
}

QList<int> TestGuildIconsPage::visibleRows() const
{
    QTableView *view = m_page->guildView();
    const int first = view->rowAt(0);
    int last = view->rowAt(view->viewport()->height() - 1);
    if (last < 0)
        last = view->model()->rowCount() - 1;
    QList<int> rows;
    for (int r = qMax(0, first); r <= last; ++r)
        rows.append(m_page->guildProxy()->mapToSource(view->model()->index(r, 0)).row());
    return rows;
}

void TestGuildIconsPage::visibleRows_getIcons_withoutCredentials()
{
    const DiscordGuildListModel &guilds = *m_sync->guildModel();
    const QJsonObject &before = m_before;
    const QList<int> rows = visibleRows();
    QVERIFY(rows.size() >= 8);

    // Every visible guild with a working icon gets it; the sandbox serves it
    // on the API's own origin, the case in which the API client would send
    // its token.
    int withIcon = 0;
    for (int r : rows) {
        const DiscordGuild &g = guilds.guildAt(r);
        if (g.iconUrl.isEmpty() || g.iconUrl.contains(QLatin1String("/deleted/")))
            continue;
        ++withIcon;
        const QUrl url(g.iconUrl);
        QCOMPARE(url.host(), m_sandbox.httpUrl().host());
        QCOMPARE(url.port(), m_sandbox.httpUrl().port());
        QTRY_COMPARE_WITH_TIMEOUT(guilds.iconState(g.guildId), IconState::Loaded, 10000);
        const QImage image = guilds.index(r, 0).data(DiscordIconImageRole).value<QImage>();
        QCOMPARE(image.size(), QSize(64, 64));
    }
    QVERIFY2(withIcon >= 3, "the first screen should show a few icons");

    // Rows nobody painted were not fetched: far fewer requests than icons.
    int neverPainted = 0;
    const QSet<int> shown(rows.cbegin(), rows.cend());
    for (int r = 0; r < guilds.rowCount(); ++r) {
        const DiscordGuild &g = guilds.guildAt(r);
        if (!g.iconUrl.isEmpty() && !shown.contains(r)
            && guilds.iconState(g.guildId) == IconState::None)
            ++neverPainted;
    }
    QVERIFY2(neverPainted > 30, qPrintable(QString::number(neverPainted)));
    const QJsonObject after = counters();
    const int requested = after.value(QLatin1String("iconRequests")).toInt()
        - before.value(QLatin1String("iconRequests")).toInt();
    QVERIFY2(
        requested >= withIcon && requested <= rows.size() + 4,
        qPrintable(QStringLiteral("%1 icon requests for %2 rows").arg(requested).arg(rows.size())));
    // Not one icon request carried an Authorization or Cookie header.
    QCOMPARE(after.value(QLatin1String("iconRequestsWithCredentials")).toInt(), 0);

    // Scrolling down paints (and fetches) the next screen.
    QTableView *view = m_page->guildView();
    view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum());
    QApplication::processEvents();
    int lastWithIcon = -1;
    for (int r : visibleRows()) {
        const DiscordGuild &g = guilds.guildAt(r);
        if (!g.iconUrl.isEmpty() && !g.iconUrl.contains(QLatin1String("/deleted/")))
            lastWithIcon = r;
    }
    QVERIFY(lastWithIcon >= 0);
    QTRY_COMPARE_WITH_TIMEOUT(guilds.iconState(guilds.guildAt(lastWithIcon).guildId),
                              IconState::Loaded, 10000);
    QCOMPARE(counters().value(QLatin1String("iconRequestsWithCredentials")).toInt(), 0);
}

void TestGuildIconsPage::brokenIcon_keepsInitials_andIsNotAskedAgain()
{
    DiscordGuildListModel &guilds = *m_sync->guildModel();
    // Let the first screen settle, then pick a broken one that is not on it.
    const QList<int> shown = visibleRows();
    for (int r : shown) {
        const QString id = guilds.guildAt(r).guildId;
        if (!guilds.guildAt(r).iconUrl.isEmpty())
            QTRY_VERIFY_WITH_TIMEOUT(guilds.iconState(id) == IconState::Loaded
                                         || guilds.iconState(id) == IconState::Failed,
                                     10000);
    }
    QString brokenId;
    for (int r = 0; r < guilds.rowCount() && brokenId.isEmpty(); ++r) {
        if (guilds.guildAt(r).iconUrl.contains(QLatin1String("/deleted/")) && !shown.contains(r))
            brokenId = guilds.guildAt(r).guildId;
    }
    QVERIFY2(!brokenId.isEmpty(), "the sandbox seeds at least one broken icon URL");
    QCOMPARE(guilds.iconState(brokenId), IconState::None);
    const int notFound = counters().value(QLatin1String("iconNotFound")).toInt();

    // Showing it paints it (list row and editor header): a request, a 404.
    QVERIFY(m_page->selectGuild(brokenId));
    QTRY_COMPARE_WITH_TIMEOUT(guilds.iconState(brokenId), IconState::Failed, 10000);
    QVERIFY(counters().value(QLatin1String("iconNotFound")).toInt() >= notFound + 1);
    for (int r : visibleRows()) {
        const QString id = guilds.guildAt(r).guildId;
        if (!guilds.guildAt(r).iconUrl.isEmpty())
            QTRY_VERIFY_WITH_TIMEOUT(guilds.iconState(id) == IconState::Loaded
                                         || guilds.iconState(id) == IconState::Failed,
                                     10000);
    }
    const QJsonObject settled = counters();

    // Painted over and over (scrolled away to rows already seen and back):
    // the initials stay and not one request goes out, for it or any other.
    QTableView *view = m_page->guildView();
    const QModelIndex cell = guilds.index(guilds.rowOf(brokenId), 0);
    for (int i = 0; i < 5; ++i) {
        view->viewport()->repaint();
        view->verticalScrollBar()->setValue(0);
        QApplication::processEvents();
        view->viewport()->repaint();
        QVERIFY(m_page->selectGuild(brokenId)); // scrolls back to it
        QApplication::processEvents();
        view->viewport()->repaint();
        QTest::qWait(50);
    }
    QTest::qWait(200);
    QVERIFY(cell.data(DiscordIconImageRole).value<QImage>().isNull());
    QVERIFY(!cell.data(Qt::DecorationRole).value<QIcon>().isNull()); // the initials
    QCOMPARE(guilds.iconState(brokenId), IconState::Failed);
    const QJsonObject after = counters();
    QCOMPARE(after.value(QLatin1String("iconNotFound")).toInt(),
             settled.value(QLatin1String("iconNotFound")).toInt());
    QCOMPARE(after.value(QLatin1String("iconRequests")).toInt(),
             settled.value(QLatin1String("iconRequests")).toInt());
}

QTEST_MAIN(TestGuildIconsPage)
#include "TestGuildIconsPage.moc"
