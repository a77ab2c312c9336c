// Issue 14, "untrusted text is never interpreted", and issue 13, "awkward but
// legal data is shown faithfully and safely": the real main window against
// the skew sandbox (--skew), whose accounts, guilds, channels and roles are
// named <b>Guild</b>, <img src=...>, Test</b><br><font color=green>..., RLO
// and control characters, a 10,000-character name, formulas and Markdown
// (POST /control/skew-info lists them). Every page, dialog and confirmation
// an operator meets is driven, and at each step every widget of the
// application is swept (tests/support/HostileTextSweep): a label or message
// box with server text must be plain text, a tooltip must not carry raw
// markup, and nothing shown may carry raw controls or bidi overrides.
//
// Before issue 14 the sweep found the feature editor's header, the pause
// confirmation, the failure banner, the guild list's tooltips, the picker's
// tooltips, the sign-in error and the status bar's user label, among others.
//
// With LUMIO_SCREENSHOT_DIR set, it also saves the Bots and Discord pages in
// English and Arabic (light), to look at.

#include "AppShell.h"
#include "FakeHttpServer.h"
#include "HostileTextSweep.h"
#include "SandboxInfo.h"

#include "app/Notifier.h"
#include "models/bots/BotTableModel.h"
#include "models/discord/DiscordGuildListModel.h"
#include "models/text/DisplayText.h"
#include "models/triage/TriageLogModel.h"
#include "views/SignInDialog.h"
#include "views/bots/BotConfirmDialog.h"
#include "views/bots/BotTablePage.h"
#include "views/discord/AddServerDialog.h"
#include "views/discord/DisconnectGuildDialog.h"
#include "views/discord/DiscordGuildsPage.h"
#include "views/discord/DiscordPickerPopup.h"
#include "views/discord/FeatureEditorPane.h"
#include "views/palette/CommandPalette.h"
#include "views/triage/TriageLogPage.h"
#include "views/widgets/MessageBanner.h"
#include "views/widgets/UntrustedText.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

namespace {

constexpr int kLoadTimeoutMs = 30000;
constexpr int kActionTimeoutMs = 20000;

} // namespace

class TestHostileNames final : public QObject
{
    Q_OBJECT

private:
    SandboxInfo m_sandbox;
    QJsonObject m_info; // skew-info
    QStringList m_names;
    QStringList m_probes;
    std::unique_ptr<QTemporaryDir> m_dir;
    int m_steps = 0;
    int m_labelsWithProbe = 0;
    int m_toolTips = 0;
    int m_cells = 0;
    int m_findings = 0;

    QString accountOfKind(const QString &kind) const
    {
        for (const QJsonValue &v : m_info.value(QStringLiteral("awkwardAccounts")).toArray()) {
            if (v[QStringLiteral("kind")].toString() == kind)
                return v[QStringLiteral("accountId")].toString();
        }
        return {};
    }

    // Sweeps every widget; fails with the list of findings.
    bool sweepClean(const char *step)
    {
        HostileTextSweep::Options options;
        options.maxRowsPerView = 150; // the awkward accounts sort first
        const HostileTextSweep::Result r = HostileTextSweep::sweep(m_probes, options);
        ++m_steps;
        m_labelsWithProbe += r.labelsWithProbe;
        m_toolTips += r.toolTips;
        m_cells += r.cells;
        m_findings += int(r.findings.size());
        if (!r.findings.isEmpty()) {
            qWarning().noquote() << "step" << step << "\n"
                                 << HostileTextSweep::describe(r.findings);
            return false;
        }
        return true;
    }

    void signIn(AppShell &shell, const QUrl &url, const QString &token)
    {
        shell.window.showSignIn();
        SignInDialog *dialog = shell.window.signInDialog();
        QTRY_VERIFY_WITH_TIMEOUT(dialog && dialog->isVisible(), kActionTimeoutMs);
        dialog->profileBox()->setCurrentIndex(dialog->profileBox()->count() - 1);
        dialog->nameEdit()->setText(QStringLiteral("Skew"));
        dialog->urlEdit()->setText(url.toString());
        dialog->tokenEdit()->setText(token);
        QTest::mouseClick(dialog->signInButton(), Qt::LeftButton);
    }

    void signInToSandbox(AppShell &shell)
    {
        signIn(shell, m_sandbox.httpUrl(), m_sandbox.token(QStringLiteral("admin")));
        QTRY_VERIFY_WITH_TIMEOUT(shell.session.isSignedIn(), kLoadTimeoutMs);
        auto *bots = qobject_cast<BotTablePage *>(shell.window.page(QStringLiteral("bots")));
        QVERIFY(bots);
        QTRY_VERIFY_WITH_TIMEOUT(bots->model()->rowCount() > 0, kLoadTimeoutMs);
    }

    // Makes the account's Twitch row the current row of the Bots page.
    bool showTwitchRow(BotTablePage *bots, const QString &accountId)
    {
        bots->showAccount(accountId);
        const BotKey key {accountId, Platform::Twitch}; // as the server gave it
        if (!QTest::qWaitFor([&] { return bots->model()->rowForKey(key) >= 0; }, kLoadTimeoutMs))
            return false;
        bots->tableView()->setFocus();
        bots->tableView()->setCurrentIndex(
            bots->model()->index(bots->model()->rowForKey(key), BotTable::AccountNameColumn));
        return true;
    }

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void sweep_findsWhatItLooksFor();
    void signInError_fromAHostileServer();
    void everyPage_dialogAndConfirmation();
    void screenshots_data();
    void screenshots();
};

void TestHostileNames::initTestCase()
{
    m_sandbox = SandboxInfo::fromEnvironment();
    QVERIFY2(m_sandbox.isValid(), qPrintable(m_sandbox.error()));
    QString error;
    m_info = m_sandbox.control(QStringLiteral("skew-info"), {}, &error);
    QVERIFY2(error.isEmpty() && m_info.value(QStringLiteral("ok")).toBool(), qPrintable(error));
    for (const QJsonValue &v : m_info.value(QStringLiteral("awkwardNames")).toArray())
        m_names.append(v[QStringLiteral("name")].toString());
    QVERIFY(m_names.size() >= 20);
    m_probes = HostileTextSweep::probesFor(m_names);
    QVERIFY(m_probes.contains(QStringLiteral("<b>Guild</b>")));
    QVERIFY(m_probes.contains(QStringLiteral("<U+0001>soh_start"))); // as DisplayText shows it
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_sandbox.control(QStringLiteral("events"), {{QStringLiteral("eventsPerSecond"), 0}});
}

void TestHostileNames::cleanupTestCase()
{
    qInfo().noquote() << QStringLiteral(
                             "SECURITY-FIGURES test=hostile_names steps=%1 "
                             "labels_with_server_text=%2 tooltips=%3 cells=%4 findings=%5")
                             .arg(m_steps)
                             .arg(m_labelsWithProbe)
                             .arg(m_toolTips)
                             .arg(m_cells)
                             .arg(m_findings);
}

void TestHostileNames::sweep_findsWhatItLooksFor()
{
    // The sweep must be able to fail: a label as Qt makes it (AutoText), a
    // raw tooltip, a raw override in a cell-less label.
    QWidget window;
    auto *autoText = new QLabel(QStringLiteral("Pause <b>Guild</b>?"), &window);
    auto *plain = new QLabel(&window);
    plain->setTextFormat(Qt::PlainText);
    plain->setText(QStringLiteral("Pause <b>Guild</b>?"));
    plain->setToolTip(QStringLiteral("Account <b>Guild</b>"));
    auto *controls = new QLabel(QStringLiteral("stream\u202Egnp.exe"), &window);
    controls->setTextFormat(Qt::PlainText);
    const HostileTextSweep::Result r = HostileTextSweep::sweepWidget(&window, m_probes);
    const QString found = HostileTextSweep::describe(r.findings);
    QVERIFY2(r.findings.size() == 3, qPrintable(found));
    QVERIFY(found.contains(QLatin1String("not Qt::PlainText")));
    QVERIFY(found.contains(QLatin1String("tooltip carries raw markup")));
    QVERIFY(found.contains(QLatin1String("raw controls")));
    // Fixed as the app does it, the same widgets pass.
    UntrustedText::setText(autoText, autoText->text());
    UntrustedText::setToolTip(plain, plain->toolTip());
    UntrustedText::setText(controls, controls->text());
    const HostileTextSweep::Result fixed = HostileTextSweep::sweepWidget(&window, m_probes);
    QVERIFY2(fixed.findings.isEmpty(), qPrintable(HostileTextSweep::describe(fixed.findings)));
}

void TestHostileNames::signInError_fromAHostileServer()
{
    // A server (or anything answering at its address) puts markup in its
    // error message: the sign-in dialog shows it as text.
    FakeHttpServer server;
    QVERIFY(server.listen());
    server.setHandler([](const FakeHttpServer::Request &, int) {
        return FakeHttpServer::Response::json(
            "{\"errors\":[{\"message\":\"Test</b><br><font color=green>(sandbox bot only)</font> "
            "<img src=\\\"//attacker.example/share/a.png\\\"> \\u202Eenied\","
            "\"extensions\":{\"code\":\"FORBIDDEN\"}}],\"data\":null}");
    });
    AppShell shell(m_dir->filePath(QStringLiteral("signin.ini")));
    QVERIFY(QTest::qWaitForWindowExposed(&shell.window));
    signIn(shell, server.url(), QStringLiteral("some-token"));
    SignInDialog *dialog = shell.window.signInDialog();
    const auto shownError = [dialog] {
        for (const QLabel *l : dialog->findChildren<QLabel *>()) {
            if (l->isVisible() && l->text().contains(QLatin1String("<font color=green>")))
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(shownError(), kLoadTimeoutMs);
    QVERIFY(!shell.session.isSignedIn());
    QVERIFY(sweepClean("sign-in error"));
}

void TestHostileNames::everyPage_dialogAndConfirmation()
{
    AppShell shell(m_dir->filePath(QStringLiteral("pages.ini")));
    shell.settings.setConfirmSingleToggle(true); // the pause asks first, naming the bot
    QVERIFY(QTest::qWaitForWindowExposed(&shell.window));
    auto *notifier = shell.window.findChild<Notifier *>(QStringLiteral("notifier"));
    QVERIFY(notifier);
    notifier->setDesktopNotificationsAllowed(false); // the status bar shows them
    signInToSandbox(shell);
    if (QTest::currentTestFailed())
        return;
    auto *bots = qobject_cast<BotTablePage *>(shell.window.page(QStringLiteral("bots")));
    auto *discord = qobject_cast<DiscordGuildsPage *>(shell.window.page(QStringLiteral("discord")));
    auto *triage = qobject_cast<TriageLogPage *>(shell.window.page(QStringLiteral("triage")));
    QVERIFY(bots && discord && triage);
    QVERIFY(sweepClean("Bots page loaded"));

    // Each awkward account current in turn (its tooltips, the status line).
    for (const QJsonValue &v : m_info.value(QStringLiteral("awkwardAccounts")).toArray()) {
        QVERIFY(showTwitchRow(bots, v[QStringLiteral("accountId")].toString()));
        QVERIFY2(sweepClean("Bots page, awkward row current"),
                 qPrintable(v[QStringLiteral("kind")].toString()));
    }
    bots->clearFilters();

    // The pause confirmation names the bot: markup in the name cannot
    // rewrite what it asks.
    const QString fontId = accountOfKind(QStringLiteral("html-font"));
    const QString imgId = accountOfKind(QStringLiteral("html-img"));
    QVERIFY(!fontId.isEmpty() && !imgId.isEmpty());
    QVERIFY(showTwitchRow(bots, fontId));
    bots->pauseSelected();
    QTRY_VERIFY_WITH_TIMEOUT(bots->confirmationBox() && bots->confirmationBox()->isVisible(),
                             kActionTimeoutMs);
    BotConfirmDialog *box = bots->confirmationBox();
    QVERIFY2(box->questionLabel()->text().contains(QLatin1String("<font color=green>")),
             qPrintable(box->questionLabel()->text()));
    QCOMPARE(box->questionLabel()->textFormat(), Qt::PlainText);
    QVERIFY(sweepClean("pause confirmation"));
    box->reject();
    QTRY_VERIFY_WITH_TIMEOUT(!bots->confirmationBox(), kActionTimeoutMs);

    // A failed pause: the banner names the bot, with the server's message.
    QString error;
    m_sandbox.control(
        QStringLiteral("faults"),
        QJsonObject {{QStringLiteral("failures"),
                      QJsonObject {{QStringLiteral("adminToggleBotForAccount"),
                                    QJsonObject {{QStringLiteral("rate"), 1},
                                                 {QStringLiteral("kind"),
                                                  QStringLiteral("INTERNAL_SERVER_ERROR")}}}}}},
        &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(showTwitchRow(bots, imgId));
    bots->pauseSelected();
    QTRY_VERIFY_WITH_TIMEOUT(bots->confirmationBox() && bots->confirmationBox()->isVisible(),
                             kActionTimeoutMs);
    QVERIFY(sweepClean("pause confirmation, img"));
    bots->confirmationBox()->confirmButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(bots->operationBanner()->isVisible(), kActionTimeoutMs);
    QVERIFY2(bots->operationBanner()->text().contains(QLatin1String("<img src=")),
             qPrintable(bots->operationBanner()->text()));
    QVERIFY(sweepClean("failure banner"));
    m_sandbox.control(QStringLiteral("reset-faults"));

    // A watched bot with a control character in its name changes: the
    // notification (in the status bar here) shows the character as a mark.
    const QString sohId = accountOfKind(QStringLiteral("control-soh"));
    QVERIFY(!sohId.isEmpty());
    QVERIFY(showTwitchRow(bots, sohId));
    QAction *watch = shell.window.actions().action(QStringLiteral("bots.watch"));
    QVERIFY(watch && watch->isEnabled());
    watch->trigger();
    shell.window.setCurrentPage(QStringLiteral("triage"));
    QVERIFY(m_sandbox.setBotStatus(sohId, QStringLiteral("TWITCH"), QStringLiteral("PAUSED"))
                .isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(notifier->shownCount() > 0, kActionTimeoutMs);
    QVERIFY2(notifier->lastNotification().message.contains(QStringLiteral("<U+0001>soh_start")),
             qPrintable(notifier->lastNotification().message));
    QVERIFY(shell.window.statusBar()->currentMessage().contains(QStringLiteral("soh_start")));
    QVERIFY(sweepClean("notification"));

    // The triage log: the failed pause, with its name and message.
    QTRY_VERIFY_WITH_TIMEOUT(triage->model()->rowCount() > 0, kActionTimeoutMs);
    QVERIFY(sweepClean("triage log"));

    // The command palette, listing hostile accounts.
    shell.window.setCurrentPage(QStringLiteral("bots"));
    QAction *palette = shell.window.actions().action(QStringLiteral("view.palette"));
    QVERIFY(palette);
    palette->trigger();
    auto *commandPalette =
        shell.window.findChild<CommandPalette *>(QStringLiteral("commandPalette"));
    QVERIFY(commandPalette);
    QTRY_VERIFY_WITH_TIMEOUT(commandPalette->isVisible(), kActionTimeoutMs);
    QLineEdit *paletteEdit = commandPalette->lineEdit();
    QTest::keyClicks(paletteEdit, QStringLiteral("guild"));
    QTRY_VERIFY_WITH_TIMEOUT(
        std::any_of(commandPalette->items().cbegin(), commandPalette->items().cend(),
                    [](const auto &item) { return item.text.contains(QLatin1String("<b>Guild")); }),
        kActionTimeoutMs); // the hostile account is listed
    QVERIFY(sweepClean("command palette"));
    QTest::keyClick(paletteEdit, Qt::Key_Escape);

    // The Discord page with a hostile guild open: header, details, feature
    // table (channel and role names), tooltips.
    const QJsonArray channels = m_info.value(QStringLiteral("awkwardChannels")).toArray();
    QVERIFY(!channels.isEmpty());
    const QString guildId = channels.first()[QStringLiteral("guildId")].toString();
    shell.window.setCurrentPage(QStringLiteral("discord"));
    QTRY_VERIFY_WITH_TIMEOUT(discord->guildView()->model()->rowCount() > 0, kLoadTimeoutMs);
    QVERIFY(sweepClean("Discord page loaded"));
    QTRY_VERIFY_WITH_TIMEOUT(discord->selectGuild(guildId), kLoadTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(discord->featureView()->model()->rowCount() > 0
                                 && discord->featureView()->isEnabled(),
                             kLoadTimeoutMs);
    QVERIFY(sweepClean("Discord guild open"));
    // Every awkward guild open in turn (its name in the header, its
    // account's name in the details line: several belong to awkward
    // accounts), and the guild whose account has no name.
    QStringList guildsToOpen;
    for (const QJsonValue &v : m_info.value(QStringLiteral("awkwardGuilds")).toArray())
        guildsToOpen.append(v[QStringLiteral("guildId")].toString());
    guildsToOpen.append(
        m_info.value(QStringLiteral("hostileGuild"))[QStringLiteral("guildId")].toString());
    QVERIFY(guildsToOpen.size() >= 20);
    for (const QString &id : std::as_const(guildsToOpen)) {
        QTRY_VERIFY_WITH_TIMEOUT(discord->selectGuild(id), kLoadTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(discord->featureView()->isEnabled(), kLoadTimeoutMs);
        QVERIFY2(sweepClean("Discord awkward guild open"), qPrintable(id));
    }
    // The sweep sees the real window's labels: the header of a guild named
    // with markup, switched back to what Qt makes of a QLabel (AutoText), is
    // found, and only it.
    QString fontGuild;
    for (const QJsonValue &v : m_info.value(QStringLiteral("awkwardGuilds")).toArray()) {
        if (v[QStringLiteral("kind")].toString() == QLatin1String("html-font"))
            fontGuild = v[QStringLiteral("guildId")].toString();
    }
    QVERIFY(!fontGuild.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(discord->selectGuild(fontGuild), kLoadTimeoutMs);
    auto *header = discord->findChild<QLabel *>(QStringLiteral("discordGuildName"));
    QVERIFY(header);
    QTRY_VERIFY2_WITH_TIMEOUT(header->isVisible()
                                  && header->text().contains(QLatin1String("</b><br>")),
                              qPrintable(header->text() + QStringLiteral(" width ")
                                         + QString::number(header->width())),
                              kActionTimeoutMs);
    header->setTextFormat(Qt::AutoText);
    const HostileTextSweep::Result regressed = HostileTextSweep::sweep(m_probes);
    header->setTextFormat(Qt::PlainText);
    QCOMPARE(regressed.findings.size(), 1);
    QVERIFY2(regressed.findings.first().where.endsWith(QLatin1String("QLabel#discordGuildName")),
             qPrintable(HostileTextSweep::describe(regressed.findings)));
    QVERIFY(sweepClean("Discord header restored"));

    QTRY_VERIFY_WITH_TIMEOUT(discord->selectGuild(guildId), kLoadTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(discord->featureView()->isEnabled(), kLoadTimeoutMs);

    // The channel and role pickers, with awkward channel and role names.
    QVERIFY(discord->editChannel(0));
    QTRY_VERIFY_WITH_TIMEOUT(discord->pickerPopup()->isVisible(), kActionTimeoutMs);
    QVERIFY(sweepClean("channel picker"));
    discord->pickerPopup()->hide();
    QVERIFY(discord->editMentionRole(0));
    QTRY_VERIFY_WITH_TIMEOUT(discord->pickerPopup()->isVisible(), kActionTimeoutMs);
    QVERIFY(sweepClean("role picker"));
    discord->pickerPopup()->hide();

    // Disconnect: a typed confirmation that names the guild and the account.
    discord->featureEditor()->disconnectGuild();
    QTRY_VERIFY_WITH_TIMEOUT(
        discord->disconnectDialog() && discord->disconnectDialog()->isVisible(), kActionTimeoutMs);
    QVERIFY(sweepClean("disconnect dialog"));
    discord->disconnectDialog()->reject();

    // Add a server: the account list.
    discord->showAllAccounts();
    discord->addServer();
    QTRY_VERIFY_WITH_TIMEOUT(discord->addServerDialog() && discord->addServerDialog()->isVisible(),
                             kActionTimeoutMs);
    QVERIFY(sweepClean("add server dialog"));
    discord->addServerDialog()->reject();

    // The account dialog and the status bar, last.
    QAction *account = shell.window.actions().action(QStringLiteral("help.account"));
    QVERIFY(account);
    account->trigger();
    QVERIFY(sweepClean("account dialog"));

    // In Arabic, the same.
    shell.settings.setLanguage(QStringLiteral("ar"));
    QTRY_COMPARE_WITH_TIMEOUT(QApplication::layoutDirection(), Qt::RightToLeft, kActionTimeoutMs);
    shell.window.setCurrentPage(QStringLiteral("bots"));
    QVERIFY(sweepClean("Arabic, Bots page"));
    shell.window.setCurrentPage(QStringLiteral("discord"));
    QVERIFY(sweepClean("Arabic, Discord page"));
    shell.settings.setLanguage(QStringLiteral("en"));
    QVERIFY(m_labelsWithProbe > 0); // it looked at server text, not at nothing
}

void TestHostileNames::screenshots_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("ar") << QStringLiteral("ar");
}

void TestHostileNames::screenshots()
{
    const QString out = qEnvironmentVariable("LUMIO_SCREENSHOT_DIR");
    if (out.isEmpty())
        QSKIP("LUMIO_SCREENSHOT_DIR not set: screenshots are for looking at, not a check");
    QFETCH(QString, language);
    const QString ini = m_dir->filePath(QStringLiteral("shots-%1.ini").arg(language));
    {
        QSettings s(ini, QSettings::IniFormat);
        s.setValue(QStringLiteral("ui/language"), language);
        s.setValue(QStringLiteral("ui/theme"), QStringLiteral("light"));
    }
    AppShell shell(ini);
    shell.window.resize(1400, 900);
    QVERIFY(QTest::qWaitForWindowExposed(&shell.window));
    signInToSandbox(shell);
    if (QTest::currentTestFailed())
        return;
    auto *bots = qobject_cast<BotTablePage *>(shell.window.page(QStringLiteral("bots")));
    auto *discord = qobject_cast<DiscordGuildsPage *>(shell.window.page(QStringLiteral("discord")));
    QDir().mkpath(out);
    // The awkward accounts sort first: Twitch only, the top of the list
    // shows one row of each.
    bots->clearFilters();
    bots->platformCombo()->setCurrentIndex(bots->platformCombo()->findData(int(Platform::Twitch)));
    QTRY_VERIFY_WITH_TIMEOUT(bots->model()->rowCount() > 0 && bots->model()->rowCount() < 400,
                             kActionTimeoutMs);
    bots->tableView()->setCurrentIndex(bots->model()->index(0, BotTable::AccountNameColumn));
    bots->tableView()->scrollToTop();
    QTest::qWait(300);
    QVERIFY(shell.window.grab().save(QStringLiteral("%1/skew-bots-%2.png").arg(out, language)));
    shell.window.setCurrentPage(QStringLiteral("discord"));
    QTRY_VERIFY_WITH_TIMEOUT(discord->guildView()->model()->rowCount() > 0, kLoadTimeoutMs);
    // A guild whose name is markup, in the editor's header.
    QString guildId;
    for (const QJsonValue &v : m_info.value(QStringLiteral("awkwardGuilds")).toArray()) {
        if (v[QStringLiteral("kind")].toString() == QLatin1String("html-font"))
            guildId = v[QStringLiteral("guildId")].toString();
    }
    QVERIFY(!guildId.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(discord->selectGuild(guildId), kLoadTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(discord->featureView()->isEnabled(), kLoadTimeoutMs);
    QTest::qWait(300);
    QVERIFY(shell.window.grab().save(QStringLiteral("%1/skew-discord-%2.png").arg(out, language)));
    QVERIFY(sweepClean("screenshots"));
}

QTEST_MAIN(TestHostileNames)
#include "TestHostileNames.moc"
