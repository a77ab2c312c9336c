#include "models/bots/BotTableTexts.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QTest>
#include <QTranslator>

using BotTable::WatchState;

namespace {
// Answers every lookup with its context, so a test sees which catalogue
// context a text is looked up under.
class ContextEcho final : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        return QLatin1String(context) + QLatin1Char(':') + QString::fromUtf8(sourceText);
    }
};
} // namespace

class TestBotTableTexts final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void platformAndStatusNames();
    void columnTitle_everyColumn_emptyForOthers();
    void relativeTime_unitBoundaries_data();
    void relativeTime_unitBoundaries();
    void actionText_pendingFirstThenOfferedToggle();
    void toolTips();
    void accessibleText_namesEveryFlag();
    void texts_areLookedUpUnderTheirCatalogueContext();
};

void TestBotTableTexts::platformAndStatusNames()
{
    QCOMPARE(BotTableTexts::platformName(Platform::Twitch), QStringLiteral("Twitch"));
    QCOMPARE(BotTableTexts::platformName(Platform::YouTube), QStringLiteral("YouTube"));
    QCOMPARE(BotTableTexts::platformName(Platform::Kick), QStringLiteral("Kick"));
    QCOMPARE(BotTableTexts::platformName(Platform::Trovo), QStringLiteral("Trovo"));
    QCOMPARE(BotTableTexts::platformName(Platform::Discord), QStringLiteral("Discord"));
    QCOMPARE(BotTableTexts::platformName(Platform::Unknown), QStringLiteral("Unknown"));
    QCOMPARE(BotTableTexts::statusName(BotStatus::Active), QStringLiteral("Active"));
    QCOMPARE(BotTableTexts::statusName(BotStatus::Paused), QStringLiteral("Paused"));
    QCOMPARE(BotTableTexts::statusName(BotStatus::NoConnection), QStringLiteral("No Connection"));
    QCOMPARE(BotTableTexts::statusName(BotStatus::Unknown), QStringLiteral("Unknown"));
    // Values a newer server named: their wire text, title-cased, untranslated.
    QCOMPARE(BotTableTexts::platformName(platformFromWire(u"RUMBLE")), QStringLiteral("Rumble"));
    QCOMPARE(BotTableTexts::statusName(botStatusFromWire(u"NO_SIGNAL_YET")),
             QStringLiteral("No Signal Yet"));
    QVERIFY(BotTableTexts::platformToolTip(Platform::Twitch).isEmpty());
    QVERIFY(BotTableTexts::platformToolTip(platformFromWire(u"RUMBLE")).contains(u"RUMBLE"));
    QVERIFY(BotTableTexts::statusToolTip(botStatusFromWire(u"SUSPENDED")).contains(u"SUSPENDED"));
}

void TestBotTableTexts::columnTitle_everyColumn_emptyForOthers()
{
    using namespace BotTable;
    QCOMPARE(BotTableTexts::columnTitle(AccountNameColumn), QStringLiteral("Account"));
    QCOMPARE(BotTableTexts::columnTitle(AccountIdColumn), QStringLiteral("Account ID"));
    QCOMPARE(BotTableTexts::columnTitle(PlatformColumn), QStringLiteral("Platform"));
    QCOMPARE(BotTableTexts::columnTitle(StatusColumn), QStringLiteral("Status"));
    QCOMPARE(BotTableTexts::columnTitle(LastHeartbeatColumn), QStringLiteral("Last Heartbeat"));
    QCOMPARE(BotTableTexts::columnTitle(ActionColumn), QStringLiteral("Action"));
    QVERIFY(BotTableTexts::columnTitle(-1).isEmpty());
    QVERIFY(BotTableTexts::columnTitle(ColumnCount).isEmpty());
}

void TestBotTableTexts::relativeTime_unitBoundaries_data()
{
    QTest::addColumn<qint64>("ageMs");
    QTest::addColumn<QString>("text");
    QTest::newRow("just now") << qint64(0) << QStringLiteral("0 s ago");
    QTest::newRow("from the future") << qint64(-5000) << QStringLiteral("0 s ago");
    QTest::newRow("59.9 s") << qint64(59'999) << QStringLiteral("59 s ago");
    QTest::newRow("60 s") << qint64(60'000) << QStringLiteral("1 min ago");
    QTest::newRow("59 min") << qint64(3'599'000) << QStringLiteral("59 min ago");
    QTest::newRow("1 h") << qint64(3'600'000) << QStringLiteral("1 h ago");
    QTest::newRow("23 h") << qint64(86'399'000) << QStringLiteral("23 h ago");
    QTest::newRow("1 d") << qint64(86'400'000) << QStringLiteral("1 d ago");
    QTest::newRow("30 d") << qint64(30) * 86'400'000 << QStringLiteral("30 d ago");
}

void TestBotTableTexts::relativeTime_unitBoundaries()
{
    QFETCH(qint64, ageMs);
    QFETCH(QString, text);
    const TimestampMs now = 1'700'000'000'000;
    QCOMPARE(BotTableTexts::relativeTime(now - ageMs, now), text);
    QCOMPARE(BotTableTexts::relativeTime(kNoTimestamp, now), QStringLiteral("never"));
}

void TestBotTableTexts::actionText_pendingFirstThenOfferedToggle()
{
    QCOMPARE(BotTableTexts::actionText(PendingAction::Pause, BotStatus::Paused),
             QStringLiteral("Pausing…"));
    QCOMPARE(BotTableTexts::actionText(PendingAction::Resume, BotStatus::Active),
             QStringLiteral("Resuming…"));
    QCOMPARE(BotTableTexts::actionText(PendingAction::Reconnect, BotStatus::Active),
             QStringLiteral("Reconnecting…"));
    QCOMPARE(BotTableTexts::actionText(PendingAction::None, BotStatus::Active),
             QStringLiteral("Pause"));
    QCOMPARE(BotTableTexts::actionText(PendingAction::None, BotStatus::Paused),
             QStringLiteral("Resume"));
    QVERIFY(BotTableTexts::actionText(PendingAction::None, BotStatus::NoConnection).isEmpty());
    QVERIFY(BotTableTexts::actionText(PendingAction::None, BotStatus::Unknown).isEmpty());
}

void TestBotTableTexts::toolTips()
{
    QCOMPARE(BotTableTexts::heartbeatToolTip(kNoTimestamp),
             QStringLiteral("No heartbeat received"));
    const TimestampMs at = 1'700'000'000'000;
    QCOMPARE(BotTableTexts::heartbeatToolTip(at),
             QLocale().toString(QDateTime::fromMSecsSinceEpoch(at), QLocale::LongFormat));
    QCOMPARE(BotTableTexts::staleToolTip(120'000),
             QStringLiteral("Active, but no heartbeat for more than 120 s"));
    QVERIFY(BotTableTexts::watchToolTip(WatchState::None).isEmpty());
    QVERIFY(
        BotTableTexts::watchToolTip(WatchState::Watched).startsWith(QStringLiteral("Watched:")));
    QVERIFY(BotTableTexts::watchToolTip(WatchState::Flagged).contains(QStringLiteral("changed")));
}

void TestBotTableTexts::accessibleText_namesEveryFlag()
{
    QCOMPARE(BotTableTexts::accessibleText(QStringLiteral("Zoë"), Platform::Kick, BotStatus::Paused,
                                           QStringLiteral("never"), false, false, WatchState::None),
             QStringLiteral("Zoë on Kick: Paused, last heartbeat never"));
    QCOMPARE(BotTableTexts::accessibleText(QStringLiteral("Zoë"), Platform::Twitch,
                                           BotStatus::Active, QStringLiteral("3 min ago"), true,
                                           true, WatchState::Flagged),
             QStringLiteral("Zoë on Twitch: Active, last heartbeat 3 min ago, stale, change "
                            "pending, watched, changed since you looked"));
    QVERIFY(BotTableTexts::accessibleText(QStringLiteral("a"), Platform::Twitch, BotStatus::Active,
                                          QString(), false, false, WatchState::Watched)
                .endsWith(QStringLiteral(", watched")));
}

// The catalogues (translations/lumio_*.ts) keep these texts under the
// context BotTableTexts; a lookup under any other name finds no translation.
void TestBotTableTexts::texts_areLookedUpUnderTheirCatalogueContext()
{
    ContextEcho echo;
    QVERIFY(QCoreApplication::installTranslator(&echo));
    const QString context = QStringLiteral("BotTableTexts:");
    QVERIFY(BotTableTexts::statusName(BotStatus::Active).startsWith(context));
    QVERIFY(BotTableTexts::platformName(Platform::Unknown).startsWith(context));
    QVERIFY(BotTableTexts::columnTitle(BotTable::StatusColumn).startsWith(context));
    QVERIFY(BotTableTexts::relativeTime(kNoTimestamp, 0).startsWith(context));
    QVERIFY(BotTableTexts::actionText(PendingAction::Pause, BotStatus::Active).startsWith(context));
    QVERIFY(BotTableTexts::heartbeatToolTip(kNoTimestamp).startsWith(context));
    QVERIFY(BotTableTexts::staleToolTip(1000).startsWith(context));
    QVERIFY(BotTableTexts::watchToolTip(WatchState::Watched).startsWith(context));
    QVERIFY(BotTableTexts::accessibleText({}, Platform::Twitch, BotStatus::Active, {}, true, false,
                                          WatchState::None)
                .startsWith(context));
    QCoreApplication::removeTranslator(&echo);
}

QTEST_GUILESS_MAIN(TestBotTableTexts)
#include "TestBotTableTexts.moc"
