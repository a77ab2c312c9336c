// The measured proof of issue 7: from the app having focus, starting on any
// page, with key presses only (every QTest key click counted, typing four
// characters counts four), an operator pauses acme_live's Twitch bot in at
// most 12 presses, by the page route and by the palette route. Checked on
// the server. The sequences are printed with qInfo for the notes.

#include "AppShell.h"
#include "SandboxInfo.h"
#include "api/InMemoryCredentialStore.h"
#include "app/MainWindow.h"
#include "app/ProfileStore.h"
#include "app/Session.h"
#include "app/Startup.h"
#include "app/Translations.h"
#include "models/bots/BotTableModel.h"
#include "models/settings/AppSettings.h"
#include "models/text/DisplayText.h"
#include "views/SignInDialog.h"
#include "views/bots/BotTablePage.h"
#include "views/palette/CommandPalette.h"

#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

constexpr int kMaxPresses = 12;
constexpr int kTimeoutMs = 20000;

// Counts and records every key press; presses go where a keyboard sends them.
class Keyboard
{
public:
    explicit Keyboard(QWidget *window)
        : m_window(window)
    { }

    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : m_window;
        m_log.append(QKeySequence(int(modifiers) | int(key)).toString(QKeySequence::NativeText));
        ++m_count;
        QTest::keyClick(target, key, modifiers);
    }
    void type(const QString &text)
    {
        for (const QChar c : text) {
            QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : m_window;
            m_log.append(c == QLatin1Char(' ') ? QStringLiteral("Space") : QString(c));
            ++m_count;
            QTest::keyClick(target, c.toLatin1());
        }
    }
    int count() const { return m_count; }
    QString sequence() const { return m_log.join(QLatin1String(", ")); }

private:
    QWidget *m_window;
    QStringList m_log;
    int m_count = 0;
};

} // namespace

class TestKeyboardRoutes final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void pageRoute_pausesAcmeTwitch_inAtMost12Presses_data();
    void pageRoute_pausesAcmeTwitch_inAtMost12Presses();
    void paletteRoute_pausesAcmeTwitch_inAtMost12Presses_data();
    void paletteRoute_pausesAcmeTwitch_inAtMost12Presses();

private:
    void signInAndLoad(AppShell &shell);
    QString serverStatus();
    void setServerStatus(const QString &status);

    SandboxInfo m_sandbox;
    QString m_acmeId;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestKeyboardRoutes::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_sandbox = SandboxInfo::fromEnvironment();
    QVERIFY2(m_sandbox.isValid(), qPrintable(m_sandbox.error()));
    const QJsonObject reply = m_sandbox.graphql(
        QStringLiteral("admin"),
        QStringLiteral("{ adminBotStatuses(filter: {search: \"acme_live\", platform: TWITCH}) "
                       "{ nodes { accountId accountName } } }"));
    for (const QJsonValue &n :
         reply[QLatin1String("data")][QLatin1String("adminBotStatuses")][QLatin1String("nodes")]
             .toArray()) {
        if (n[QLatin1String("accountName")].toString() == QLatin1String("acme_live"))
            m_acmeId = n[QLatin1String("accountId")].toString();
    }
    QVERIFY(!m_acmeId.isEmpty());
}

void TestKeyboardRoutes::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    setServerStatus(QStringLiteral("ACTIVE"));
    QCOMPARE(serverStatus(), QStringLiteral("ACTIVE"));
}

void TestKeyboardRoutes::cleanup()
{
    setServerStatus(QStringLiteral("ACTIVE"));
    m_dir.reset();
}

QString TestKeyboardRoutes::serverStatus()
{
    return m_sandbox.botStatus(m_acmeId, QStringLiteral("TWITCH"));
}

void TestKeyboardRoutes::setServerStatus(const QString &status)
{
    const QString error = m_sandbox.setBotStatus(m_acmeId, QStringLiteral("TWITCH"), status);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestKeyboardRoutes::signInAndLoad(AppShell &shell)
{
    shell.window.showSignIn();
    SignInDialog *dialog = shell.window.signInDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    dialog->profileBox()->setCurrentIndex(dialog->profileBox()->count() - 1);
    dialog->nameEdit()->setText(QStringLiteral("Sandbox"));
    dialog->urlEdit()->setText(m_sandbox.httpUrl().toString());
    dialog->tokenEdit()->setText(m_sandbox.token(QStringLiteral("operator")));
    QTest::mouseClick(dialog->signInButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(shell.session.isSignedIn(), kTimeoutMs);
    QTRY_VERIFY(!dialog->isVisible());
    auto *bots = qobject_cast<BotTablePage *>(shell.window.page(QStringLiteral("bots")));
    QVERIFY(bots);
    // Loaded, with acme_live's Twitch bot shown as active.
    const BotKey key {m_acmeId, Platform::Twitch};
    QTRY_VERIFY_WITH_TIMEOUT(bots->model()->counts().total > 0 && bots->model()->rowForKey(key) >= 0
                                 && BotStatus(bots->model()
                                                  ->indexForKey(key, BotTable::StatusColumn)
                                                  .data(BotTable::StatusRole)
                                                  .toInt())
                                     == BotStatus::Active,
                             kTimeoutMs);
    shell.window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&shell.window));
}

void TestKeyboardRoutes::pageRoute_pausesAcmeTwitch_inAtMost12Presses_data()
{
    QTest::addColumn<QString>("startPage");
    QTest::newRow("from Discord page") << QStringLiteral("discord");
    QTest::newRow("from Triage page") << QStringLiteral("triage");
}

void TestKeyboardRoutes::pageRoute_pausesAcmeTwitch_inAtMost12Presses()
{
    QFETCH(QString, startPage);
    AppShell shell(m_dir->filePath(QStringLiteral("settings.ini")));
    signInAndLoad(shell);
    shell.window.setCurrentPage(startPage);
    QCOMPARE(shell.window.currentPageId(), startPage);

    Keyboard keys(&shell.window);
    keys.press(Qt::Key_1, Qt::AltModifier); // Bots page
    keys.type(QStringLiteral("/")); // search
    keys.type(QStringLiteral("acme"));
    keys.press(Qt::Key_2, Qt::ControlModifier); // Twitch only
    keys.press(Qt::Key_Return); // first match
    keys.type(QStringLiteral("p")); // pause
    qInfo().noquote() << "page route from" << startPage << ":" << keys.sequence() << "="
                      << keys.count() << "key presses";
    QVERIFY2(keys.count() <= kMaxPresses, qPrintable(keys.sequence()));
    QTRY_COMPARE_WITH_TIMEOUT(serverStatus(), QStringLiteral("PAUSED"), kTimeoutMs);
}

void TestKeyboardRoutes::paletteRoute_pausesAcmeTwitch_inAtMost12Presses_data()
{
    pageRoute_pausesAcmeTwitch_inAtMost12Presses_data();
}

void TestKeyboardRoutes::paletteRoute_pausesAcmeTwitch_inAtMost12Presses()
{
    QFETCH(QString, startPage);
    AppShell shell(m_dir->filePath(QStringLiteral("settings.ini")));
    signInAndLoad(shell);
    shell.window.setCurrentPage(startPage);
    QCOMPARE(shell.window.currentPageId(), startPage);

    Keyboard keys(&shell.window);
    keys.press(Qt::Key_K, Qt::ControlModifier); // palette
    QVERIFY(shell.window.commandPalette()->isVisible());
    keys.type(QStringLiteral("pause acme"));
    QCOMPARE(shell.window.commandPalette()->items().value(0).text,
             QStringLiteral("Pause Twitch bot of %1")
                 .arg(DisplayText::isolated(QStringLiteral("acme_live")))); // the name in its own direction
    keys.press(Qt::Key_Return);
    qInfo().noquote() << "palette route from" << startPage << ":" << keys.sequence() << "="
                      << keys.count() << "key presses";
    QVERIFY2(keys.count() <= kMaxPresses, qPrintable(keys.sequence()));
    QVERIFY(!shell.window.commandPalette()->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(serverStatus(), QStringLiteral("PAUSED"), kTimeoutMs);

    // Ctrl+Shift+P opens it too; Esc closes it.
    keys.press(Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(shell.window.commandPalette()->isVisible());
    keys.press(Qt::Key_Escape);
    QVERIFY(!shell.window.commandPalette()->isVisible());
}

QTEST_MAIN(TestKeyboardRoutes)
#include "TestKeyboardRoutes.moc"
