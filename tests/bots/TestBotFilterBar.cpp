// BotFilterBar on a real model, offscreen: the debounced search, its keys,
// the platform and status filters, and their saved state.

#include "BotPartsData.h"

#include "models/bots/BotStore.h"
#include "models/bots/BotTableModel.h"
#include "views/bots/BotFilterBar.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace BotPartsData;
using BotTable::StatusFilter;

class TestBotFilterBar final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void combos_everyPlatformWithItsGlyph_andEveryStatusFilter();
    void typing_appliesAfterTheDebounce_enterAtOnceAndAsksForTheFirstMatch();
    void escape_clearsTheSearch_thenAsksToLeave();
    void down_asksForTheTable_onlyWithRowsToGoTo();
    void platformAndStatus_filterTheModel();
    void showAccount_searchesItsIdOnEveryPlatformAndStatus();
    void clear_showsEverything();
    void saveState_restoreState_roundTrip();
    void otherPlatforms_entryComesWithTheirBots_andFiltersThem();

private:
    std::unique_ptr<BotStore> m_store;
    std::unique_ptr<BotTableModel> m_model;
    std::unique_ptr<BotFilterBar> m_bar;
};

void TestBotFilterBar::init()
{
    m_store = std::make_unique<BotStore>();
    m_model = std::make_unique<BotTableModel>(m_store.get());
    fill(*m_store,
         {entry(0, QStringLiteral("acme_live"), Platform::Twitch, BotStatus::Active),
          entry(0, QStringLiteral("acme_live"), Platform::Kick, BotStatus::Paused),
          entry(1, QStringLiteral("bob"), Platform::Twitch, BotStatus::NoConnection)});
    m_bar = std::make_unique<BotFilterBar>(m_model.get());
    m_bar->setSearchDebounceMs(50);
    m_bar->show();
}

void TestBotFilterBar::combos_everyPlatformWithItsGlyph_andEveryStatusFilter()
{
    QComboBox *platform = m_bar->platformCombo();
    QCOMPARE(platform->count(), 1 + kKnownPlatformCount);
    QCOMPARE(platform->currentIndex(), 0);
    for (int i = 1; i < platform->count(); ++i) {
        QCOMPARE(platform->itemData(i).toInt(), i - 1);
        QVERIFY(!platform->itemIcon(i).isNull());
    }
    QComboBox *status = m_bar->statusCombo();
    QCOMPARE(status->count(), 6);
    QVERIFY(status->findData(int(StatusFilter::Problems)) > 0);
    QCOMPARE(m_bar->searchEdit()->maxLength(), 256);
}

void TestBotFilterBar::typing_appliesAfterTheDebounce_enterAtOnceAndAsksForTheFirstMatch()
{
    QSignalSpy firstMatch(m_bar.get(), &BotFilterBar::firstMatchRequested);
    QTest::keyClicks(m_bar->searchEdit(), QStringLiteral("acme"));
    QVERIFY(m_bar->searchDebounceTimer()->isActive());
    QCOMPARE(m_model->searchText(), QString());
    QTRY_COMPARE(m_model->searchText(), QStringLiteral("acme"));
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(firstMatch.count(), 0);

    QTest::keyClicks(m_bar->searchEdit(), QStringLiteral("_live"));
    QTest::keyClick(m_bar->searchEdit(), Qt::Key_Return);
    QCOMPARE(m_model->searchText(), QStringLiteral("acme_live"));
    QVERIFY(!m_bar->searchDebounceTimer()->isActive());
    QCOMPARE(firstMatch.count(), 1);
}

void TestBotFilterBar::escape_clearsTheSearch_thenAsksToLeave()
{
    QSignalSpy leave(m_bar.get(), &BotFilterBar::leaveRequested);
    m_bar->searchEdit()->setText(QStringLiteral("bob"));
    m_bar->applySearchNow();
    QCOMPARE(m_model->rowCount(), 1);
    QTest::keyClick(m_bar->searchEdit(), Qt::Key_Escape);
    QCOMPARE(m_bar->searchEdit()->text(), QString());
    QCOMPARE(m_model->rowCount(), 3); // applied at once
    QCOMPARE(leave.count(), 0);
    QTest::keyClick(m_bar->searchEdit(), Qt::Key_Escape);
    QCOMPARE(leave.count(), 1);
}

void TestBotFilterBar::down_asksForTheTable_onlyWithRowsToGoTo()
{
    QSignalSpy table(m_bar.get(), &BotFilterBar::tableRequested);
    QTest::keyClicks(m_bar->searchEdit(), QStringLiteral("bob"));
    QTest::keyClick(m_bar->searchEdit(), Qt::Key_Down);
    QCOMPARE(table.count(), 1);
    QCOMPARE(m_model->searchText(), QStringLiteral("bob")); // applied first
    QTest::keyClick(m_bar->searchEdit(), Qt::Key_PageDown);
    QCOMPARE(table.count(), 2);

    m_bar->searchEdit()->setText(QStringLiteral("nobody"));
    m_bar->applySearchNow();
    QCOMPARE(m_model->rowCount(), 0);
    QTest::keyClick(m_bar->searchEdit(), Qt::Key_Down);
    QCOMPARE(table.count(), 2);
}

void TestBotFilterBar::platformAndStatus_filterTheModel()
{
    m_bar->selectPlatform(1 + int(Platform::Kick));
    QCOMPARE(m_model->platformFilter(), std::optional<Platform>(Platform::Kick));
    QCOMPARE(m_model->rowCount(), 1);
    m_bar->selectPlatform(99); // out of range: unchanged
    QCOMPARE(m_model->platformFilter(), std::optional<Platform>(Platform::Kick));
    m_bar->selectPlatform(0);
    QVERIFY(!m_model->platformFilter().has_value());

    m_bar->toggleProblemsOnly();
    QCOMPARE(m_model->statusFilter(), StatusFilter::Problems);
    QCOMPARE(m_model->rowCount(), 1); // bob: no connection
    m_bar->toggleProblemsOnly();
    QCOMPARE(m_model->statusFilter(), StatusFilter::All);
    m_bar->statusCombo()->setCurrentIndex(
        m_bar->statusCombo()->findData(int(StatusFilter::Paused)));
    QCOMPARE(m_model->statusFilter(), StatusFilter::Paused);
}

void TestBotFilterBar::showAccount_searchesItsIdOnEveryPlatformAndStatus()
{
    m_bar->selectPlatform(1 + int(Platform::Twitch));
    m_bar->toggleProblemsOnly();
    m_bar->showAccount(uuid(0));
    QCOMPARE(m_bar->platformCombo()->currentIndex(), 0);
    QCOMPARE(m_bar->statusCombo()->currentIndex(), 0);
    QCOMPARE(m_model->searchText(), uuid(0)); // at once, no debounce
    QCOMPARE(m_model->rowCount(), 2);
}

void TestBotFilterBar::clear_showsEverything()
{
    m_bar->searchEdit()->setText(QStringLiteral("acme"));
    m_bar->selectPlatform(1);
    m_bar->toggleProblemsOnly();
    m_bar->clear();
    QCOMPARE(m_model->searchText(), QString());
    QVERIFY(!m_model->platformFilter().has_value());
    QCOMPARE(m_model->statusFilter(), StatusFilter::All);
    QCOMPARE(m_model->rowCount(), 3);
}

void TestBotFilterBar::saveState_restoreState_roundTrip()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    m_bar->selectPlatform(1 + int(Platform::Trovo));
    m_bar->toggleProblemsOnly();
    m_bar->saveState(settings);

    BotTableModel other(m_store.get());
    BotFilterBar restored(&other);
    restored.restoreState(settings);
    QCOMPARE(restored.platformCombo()->currentData().toInt(), int(Platform::Trovo));
    QCOMPARE(other.platformFilter(), std::optional<Platform>(Platform::Trovo));
    QCOMPARE(other.statusFilter(), StatusFilter::Problems);

    // Values no version wrote fall back to the first entry.
    settings.setValue(QStringLiteral("platform"), 4242);
    restored.restoreState(settings);
    QCOMPARE(restored.platformCombo()->currentIndex(), 0);
}

void TestBotFilterBar::otherPlatforms_entryComesWithTheirBots_andFiltersThem()
{
    QComboBox *platform = m_bar->platformCombo();
    QCOMPARE(platform->count(), 1 + kKnownPlatformCount); // none yet: no entry
    const Platform rumble = platformFromWire(u"RUMBLE");
    BotStatusEntry e = entry(5, QStringLiteral("rumbler"), rumble, BotStatus::Active);
    e.updatedAt = 2;
    m_store->applyEvents({e, entry(6, QStringLiteral("other"), rumble, BotStatus::Paused)});
    m_store->flush();
    QCOMPARE(platform->count(), 2 + kKnownPlatformCount);
    const int other = platform->count() - 1;
    QCOMPARE(platform->itemText(other), QStringLiteral("Other (Rumble)"));
    QVERIFY(!platform->itemIcon(other).isNull());
    // Ctrl+1..6 keep their places: the entry comes after Discord.
    QCOMPARE(platform->itemData(1 + kKnownPlatformCount - 1).toInt(), int(Platform::Discord));
    m_bar->selectPlatform(other);
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->counts().visible, 2);
    for (int r = 0; r < m_model->rowCount(); ++r)
        QCOMPARE(m_model->index(r, BotTable::PlatformColumn).data().toString(),
                 QStringLiteral("Rumble"));
    m_bar->selectPlatform(0);
    QCOMPARE(m_model->rowCount(), m_model->counts().total);
}

QTEST_MAIN(TestBotFilterBar)
#include "TestBotFilterBar.moc"
