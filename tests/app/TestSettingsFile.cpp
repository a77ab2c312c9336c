// The settings file as the app reads it back, with what fuzz_settings found
// (tests/fuzz/regressions/settings/) as regression tests, plus every seed of
// its corpus: no crash, no stall (bounded by this thread's CPU time), and
// profiles that survive a save and a reload.

#include "../support/EventLoopWatch.h"

#include "app/ProfileStore.h"
#include "models/settings/AppSettings.h"
#include "views/HeaderState.h"

#include <QBitArray>
#include <QDataStream>
#include <QDir>
#include <QHeaderView>
#include <QMainWindow>
#include <QToolBar>
#include <QSettings>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr double kBoundMs = 250;

QString fuzzDir(const char *sub)
{
    return qEnvironmentVariable("LUMIO_SOURCE_DIR") + QStringLiteral("/tests/fuzz/")
        + QLatin1String(sub);
}

double cpuMs(qint64 fromNs)
{
    return double(EventLoopWatch::threadCpuNs() - fromNs) / 1e6;
}

// Profiles as they go on the wire: QUrl's == also compares how a component
// was written ("#" in a fragment vs "%23"), which saving fully encoded may
// change without changing the URL.
QStringList wire(const QList<ServerProfile> &profiles)
{
    QStringList out;
    for (const ServerProfile &p : profiles)
        out << p.name << QString::fromLatin1(p.graphqlUrl.toEncoded())
            << QString::fromLatin1(p.wsUrlOverride.toEncoded());
    return out;
}

// Saves profiles (as the app does: by name, the last one wins) and reads
// them back through the file: {saved, reloaded}.
std::pair<QList<ServerProfile>, QList<ServerProfile>> roundTrip(const QList<ServerProfile> &profiles,
                                                                const QString &path)
{
    QList<ServerProfile> saved;
    {
        QSettings out(path, QSettings::IniFormat);
        ProfileStore writer(out);
        for (const ServerProfile &p : profiles)
            writer.upsert(p);
        saved = writer.profiles();
        out.sync();
    }
    QSettings in(path, QSettings::IniFormat);
    return {saved, ProfileStore(in).profiles()};
}

} // namespace

class TestSettingsFile final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyFile_loadsWithinBound_data()
    {
        QTest::addColumn<QString>("path");
        int files = 0;
        for (const char *sub : {"regressions/settings", "corpus/settings"}) {
            const QDir dir(fuzzDir(sub));
            for (const QFileInfo &f : dir.entryInfoList(QDir::Files, QDir::Name)) {
                QTest::newRow(qPrintable(QLatin1String(sub) + QLatin1Char('/') + f.fileName()))
                    << f.absoluteFilePath();
                ++files;
            }
        }
        QVERIFY2(files >= 10, "the committed fuzz corpus and regressions were not found");
    }

    void everyFile_loadsWithinBound()
    {
        QFETCH(QString, path);
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("settings.ini"));
        QVERIFY(QFile::copy(path, copy));
        QStandardItemModel model(0, 6);
        QTableView table;
        table.setModel(&model);
        QSplitter splitter;
        splitter.addWidget(new QWidget);
        splitter.addWidget(new QWidget);
        QMainWindow window;

        const qint64 start = EventLoopWatch::threadCpuNs();
        QSettings settings(copy, QSettings::IniFormat);
        AppSettings app(&settings);
        QVERIFY(app.searchDebounceMs() >= 0 && app.searchDebounceMs() <= 5000);
        QVERIFY(app.staleHeartbeatSeconds() >= 10 && app.staleHeartbeatSeconds() <= 86400);
        ProfileStore store(settings);
        const QList<ServerProfile> profiles = store.profiles();
        for (const ServerProfile &p : profiles)
            QVERIFY(p.isValid());
        // What the pages and the main window do with the saved state.
        (void)window.restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
        // As MainWindow does it: only state whose saved check matches.
        if (const QByteArray state = settings.value(QStringLiteral("mainWindow/state")).toByteArray();
            WindowState::matches(state, settings.value(QStringLiteral("mainWindow/stateCheck")).toString()))
            (void)window.restoreState(state, 1);
        // As MainWindow and the pages do it: a page's group only when its
        // check matches, header state only when it is plausible.
        for (const char *page : {"pages/bots", "pages/discord"}) {
            settings.beginGroup(QLatin1String(page));
            if (WindowState::groupMatches(settings)) {
                for (const char *key : {"header", "guildHeader", "featureHeader"}) {
                    const QByteArray state = settings.value(QLatin1String(key)).toByteArray();
                    if (HeaderState::isPlausible(state))
                        (void)table.horizontalHeader()->restoreState(state);
                }
                (void)splitter.restoreState(settings.value(QStringLiteral("splitter")).toByteArray());
            }
            settings.endGroup();
        }
        const double ms = cpuMs(start);
        QVERIFY2(ms <= kBoundMs, qPrintable(QStringLiteral("%1 ms of CPU").arg(ms)));
        QCOMPARE(table.horizontalHeader()->count(), 6);

        // A restart keeps every profile the app accepted, unchanged.
        const auto [saved, back] = roundTrip(profiles, dir.filePath(QStringLiteral("saved.ini")));
        QCOMPARE(wire(back), wire(saved));
    }

    void hugeProfileCount_isCapped()
    {
        // fuzz_settings: "size=2147483647" looped two billion times at start-up.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.ini"));
        {
            QSettings s(path, QSettings::IniFormat);
            s.setValue(QStringLiteral("profiles/size"), 2147483647);
            s.setValue(QStringLiteral("profiles/1/name"), QStringLiteral("a"));
            s.setValue(QStringLiteral("profiles/1/graphqlUrl"), QStringLiteral("http://localhost/"));
            s.setValue(QStringLiteral("profiles/300/name"), QStringLiteral("beyond the cap"));
            s.setValue(QStringLiteral("profiles/300/graphqlUrl"), QStringLiteral("https://b.example/"));
        }
        QSettings s(path, QSettings::IniFormat);
        const qint64 start = EventLoopWatch::threadCpuNs();
        ProfileStore store(s);
        const double ms = cpuMs(start);
        QVERIFY2(ms <= kBoundMs, qPrintable(QStringLiteral("%1 ms of CPU").arg(ms)));
        QCOMPARE(store.profiles().size(), 1);
        QCOMPARE(store.profiles().first().name, QStringLiteral("a"));
    }

    void invalidWsOverride_fallsBackToTheDerivedUrl()
    {
        // fuzz_settings: an override that is not a URL was kept, then saved
        // back as an empty string (the profile changed across a restart).
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.ini"));
        {
            QSettings s(path, QSettings::IniFormat);
            s.setValue(QStringLiteral("profiles/size"), 1);
            s.setValue(QStringLiteral("profiles/1/name"), QStringLiteral("Staging"));
            s.setValue(QStringLiteral("profiles/1/graphqlUrl"),
                       QStringLiteral("https://staging.example/graphql"));
            s.setValue(QStringLiteral("profiles/1/wsUrl"), QStringLiteral("wss://exa mple/ws"));
        }
        QSettings s(path, QSettings::IniFormat);
        ProfileStore store(s);
        QCOMPARE(store.profiles().size(), 1);
        const ServerProfile p = store.profiles().first();
        QVERIFY(p.wsUrlOverride.isEmpty());
        QCOMPARE(p.wsUrl(), QUrl(QStringLiteral("wss://staging.example/graphql")));
        QCOMPARE(roundTrip({p}, dir.filePath(QStringLiteral("saved.ini"))).second,
                 QList<ServerProfile> {p});
    }

    void encodedUrl_survivesARestart()
    {
        // fuzz_settings: "%20" was saved decoded (a space), which the strict
        // parse on the next start refused: the profile vanished.
        ServerProfile p;
        p.name = QStringLiteral("Encoded");
        p.graphqlUrl = QUrl(QStringLiteral("https://user:p%20ss@example.com/gr%C3%A4ph%20ql"),
                            QUrl::StrictMode);
        p.wsUrlOverride = QUrl(QStringLiteral("wss://example.com/a%20b"), QUrl::StrictMode);
        QVERIFY(p.isValid());
        QTemporaryDir dir;
        QCOMPARE(roundTrip({p}, dir.filePath(QStringLiteral("saved.ini"))).second,
                 QList<ServerProfile> {p});
    }

    void windowState_onlyStateWithItsCheckRestores()
    {
        QMainWindow window;
        window.addToolBar(QStringLiteral("main"))->setObjectName(QStringLiteral("mainToolBar"));
        const QByteArray own = window.saveState(1);
        const QString check = WindowState::check(own);
        QVERIFY(WindowState::matches(own, check));
        QVERIFY(!WindowState::matches(own, QString()));
        QByteArray flipped = own;
        flipped[flipped.size() / 2] = char(flipped.at(flipped.size() / 2) ^ 0x40);
        QVERIFY(!WindowState::matches(flipped, check)); // corrupted after saving
        QVERIFY(!WindowState::matches({}, WindowState::check({})));
        QVERIFY(window.restoreState(own, 1));
    }

    void pageGroupCheck_survivesAReloadAndCatchesEdits()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.ini"));
        QStandardItemModel model(0, 6);
        QTableView table;
        table.setModel(&model);
        {
            QSettings s(path, QSettings::IniFormat);
            s.beginGroup(QStringLiteral("pages/bots"));
            s.setValue(QStringLiteral("header"), table.horizontalHeader()->saveState());
            s.setValue(QStringLiteral("platform"), 3);
            s.setValue(QStringLiteral("status"), QVariant()); // an invalid value too
            s.setValue(QString(WindowState::kGroupCheckKey), WindowState::groupCheck(s));
            QVERIFY(WindowState::groupMatches(s));
            s.endGroup();
        }
        {
            QSettings s(path, QSettings::IniFormat); // types come back as strings
            s.beginGroup(QStringLiteral("pages/bots"));
            QVERIFY(WindowState::groupMatches(s));
            s.setValue(QStringLiteral("platform"), 4); // edited by hand
            QVERIFY(!WindowState::groupMatches(s));
            s.remove(QString(WindowState::kGroupCheckKey));
            s.setValue(QStringLiteral("platform"), 3);
            QVERIFY(!WindowState::groupMatches(s)); // no check: never restored
        }
    }

    void headerState_ownStateIsPlausible_corruptCountsAreNot()
    {
        QStandardItemModel model(0, 6);
        QTableView table;
        table.setModel(&model);
        table.horizontalHeader()->moveSection(0, 3);
        table.horizontalHeader()->hideSection(2);
        table.horizontalHeader()->resizeSection(1, 321);
        const QByteArray own = table.horizontalHeader()->saveState();
        QVERIFY(HeaderState::isPlausible(own));
        QVERIFY(!HeaderState::isPlausible({}));
        QVERIFY(!HeaderState::isPlausible(own.left(own.size() / 2))); // truncated
        // fuzz_settings: one section item spanning 2^31 - 1 sections.
        // Walk QHeaderView's layout to the first section item (size, span, mode).
        QDataStream probe(own);
        probe.setVersion(QDataStream::Qt_5_0);
        int ints[5] = {};
        bool shown = false;
        probe >> ints[0] >> ints[1] >> ints[2] >> ints[3] >> ints[4] >> shown;
        QList<int> visual;
        QList<int> logical;
        QBitArray hidden;
        QHash<int, int> hiddenSizes;
        probe >> visual >> logical >> hidden >> hiddenSizes;
        QCOMPARE(visual.size(), 6); // moved: the indices are saved
        QVERIFY(probe.skipRawData(2 * 4 + 5 + 6 * 4) > 0);
        quint32 items = 0;
        probe >> items;
        QCOMPARE(items, 6u); // hidden and resized: one item per section
        const auto firstSpan = qsizetype(probe.device()->pos()) + 4;
        QCOMPARE(own.mid(firstSpan, 4), QByteArray::fromHex("00000001"));
        QByteArray spans = own;
        spans.replace(firstSpan, 4, QByteArray::fromHex("7fffffff"));
        QVERIFY(!HeaderState::isPlausible(spans));
        const qint64 start = EventLoopWatch::threadCpuNs();
        QTableView other;
        other.setModel(&model);
        if (HeaderState::isPlausible(spans))
            (void)other.horizontalHeader()->restoreState(spans);
        QVERIFY(cpuMs(start) <= kBoundMs);
        // The app's own state restores.
        QVERIFY(other.horizontalHeader()->restoreState(own));
        QCOMPARE(other.horizontalHeader()->sectionSize(1), 321);
    }
};

QTEST_MAIN(TestSettingsFile)
#include "TestSettingsFile.moc"
