// libFuzzer target for what the app reads back from its settings file (an
// INI file under ~/.config that a person can edit, copy from a colleague or
// restore from a backup): the file itself through QSettings' INI reader
// (including @ByteArray and @Variant values), the typed preferences
// (AppSettings), the server profiles (ProfileStore + ServerProfile's URL
// checks) and the saved window state (main window geometry and dock state,
// table header and splitter state) that the pages restore on start.
//
// Input: the bytes of the settings file (with "@Variant(" defused, see below).
//
// Invariants checked beyond "no crash, no sanitizer report, no stall":
//  - every preference reads back within its documented range;
//  - every profile loaded is valid, has a usable WebSocket URL or an
//    explanation, and can be found again by its name and URL;
//  - profiles survive a save and a reload unchanged (a restart never
//    changes or drops a profile the app accepted; URLs compared encoded).
#include "app/ProfileStore.h"
#include "models/settings/AppSettings.h"
#include "views/HeaderState.h"
#include "models/session/ServerProfile.h"

#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLoggingCategory>
#include <QMainWindow>
#include <QSettings>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolBar>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>

namespace {

void checkAt(bool condition, int line)
{
    if (!condition) {
        std::fprintf(stderr, "FuzzSettings.cpp:%d: invariant broken\n", line);
        std::abort(); // libFuzzer reports it with the input that broke the promise
    }
}
#define check(condition) checkAt((condition), __LINE__)

// Widgets shaped like the app's, made once: restoring state into them is
// what the pages do with the saved bytes.
struct Widgets
{
    QMainWindow window;
    QStandardItemModel model {0, 6};
    QTableView table;
    QSplitter splitter;
    Widgets()
    {
        auto *toolbar = window.addToolBar(QStringLiteral("main"));
        toolbar->setObjectName(QStringLiteral("mainToolBar"));
        auto *dock = new QDockWidget(QStringLiteral("dock"), &window);
        dock->setObjectName(QStringLiteral("dock"));
        window.addDockWidget(Qt::RightDockWidgetArea, dock);
        table.setModel(&model);
        splitter.addWidget(new QLabel(QStringLiteral("a")));
        splitter.addWidget(new QLabel(QStringLiteral("b")));
    }
};

QTemporaryDir *g_dir = nullptr;
Widgets *g_widgets = nullptr;

QString path(const char *name)
{
    return g_dir->filePath(QLatin1String(name));
}

void checkPreferences(QSettings &settings)
{
    AppSettings app(&settings);
    const AppSettings::Theme theme = app.theme();
    check(theme == AppSettings::Theme::FollowSystem || theme == AppSettings::Theme::Light
          || theme == AppSettings::Theme::Dark);
    check(app.searchDebounceMs() >= 0 && app.searchDebounceMs() <= 5000);
    check(app.staleHeartbeatSeconds() >= 10 && app.staleHeartbeatSeconds() <= 86400);
    (void)app.language();
    (void)app.confirmSingleToggle();
    (void)app.notifyWatchedChanges();
    (void)app.notifyStaleHeartbeat();
    (void)app.notifyConnectionLost();
}

void checkProfiles(QSettings &settings)
{
    ProfileStore store(settings);
    const QList<ServerProfile> profiles = store.profiles();
    for (const ServerProfile &p : profiles) {
        check(p.isValid());
        const QUrl ws = p.wsUrl();
        // Either a URL the client may use, or a reason it may not.
        (void)ServerProfile::checkHttpUrl(p.graphqlUrl);
        (void)ServerProfile::checkWsUrl(ws);
        check(store.contains(p.name));
        check(!store.profileForUrl(p.graphqlUrl).name.isEmpty());
    }
    (void)store.lastUsed();

    // Save what was accepted, read it back through a fresh file: the same.
    const QString outPath = path("saved.ini");
    QFile::remove(outPath);
    QList<ServerProfile> saved;
    {
        QSettings out(outPath, QSettings::IniFormat);
        ProfileStore writer(out);
        for (const ServerProfile &p : profiles)
            writer.upsert(p);
        saved = writer.profiles();
        out.sync();
        check(out.status() == QSettings::NoError);
    }
    QSettings in(outPath, QSettings::IniFormat);
    ProfileStore reader(in);
    // Compared as they go on the wire: QUrl's == also compares how a
    // component was written ("#" inside a fragment vs "%23"), which saving
    // fully encoded may change without changing the URL.
    const auto wire = [](const QList<ServerProfile> &list) {
        QStringList out;
        for (const ServerProfile &p : list)
            out << p.name << QString::fromLatin1(p.graphqlUrl.toEncoded())
                << QString::fromLatin1(p.wsUrlOverride.toEncoded());
        return out;
    };
    if (wire(reader.profiles()) != wire(saved)) {
        const auto dump = [](const char *what, const QList<ServerProfile> &list) {
            for (const ServerProfile &p : list)
                std::fprintf(stderr, "%s: [%s] %s | %s\n", what, qPrintable(p.name),
                             p.graphqlUrl.toEncoded().constData(),
                             p.wsUrlOverride.toEncoded().constData());
        };
        dump("saved", saved);
        dump("reloaded", reader.profiles());
    }
    check(wire(reader.profiles()) == wire(saved));
}

void restoreWindowState(QSettings &settings)
{
    Widgets &w = *g_widgets;
    const QByteArray geometry = settings.value(QStringLiteral("mainWindow/geometry")).toByteArray();
    if (!geometry.isEmpty())
        (void)w.window.restoreGeometry(geometry);
    // As MainWindow does it: only state whose saved check matches (QMainWindow
    // alone read past the end of a corrupt state for seconds; found here).
    const QByteArray state = settings.value(QStringLiteral("mainWindow/state")).toByteArray();
    if (WindowState::matches(state, settings.value(QStringLiteral("mainWindow/stateCheck")).toString()))
        (void)w.window.restoreState(state, 1);
    // As MainWindow and the pages do it: a page's group only when its saved
    // check matches, then header state only when HeaderState::isPlausible()
    // accepts it (QHeaderView::restoreState alone expanded a span of 2^31
    // sections, and allocated 4 GiB through a shifted layout; found here).
    const auto restoreHeader = [&w, &settings](const char *key) {
        const QByteArray header = settings.value(QLatin1String(key)).toByteArray();
        if (HeaderState::isPlausible(header))
            (void)w.table.horizontalHeader()->restoreState(header);
    };
    settings.beginGroup(QStringLiteral("pages/bots"));
    if (WindowState::groupMatches(settings)) {
        restoreHeader("header");
        (void)settings.value(QStringLiteral("platform")).toInt();
        (void)settings.value(QStringLiteral("status")).toInt();
    }
    settings.endGroup();
    settings.beginGroup(QStringLiteral("pages/discord"));
    if (WindowState::groupMatches(settings)) {
        restoreHeader("guildHeader");
        restoreHeader("featureHeader");
        (void)w.splitter.restoreState(settings.value(QStringLiteral("splitter")).toByteArray());
    }
    settings.endGroup();
    settings.beginGroup(QStringLiteral("pages/triage"));
    if (WindowState::groupMatches(settings))
        (void)settings.value(QStringLiteral("range")).toInt();
    settings.endGroup();
    (void)settings.value(QStringLiteral("mainWindow/currentPage")).toString();
    // A header whatever state it took still describes its six columns.
    check(w.table.horizontalHeader()->count() == 6);
    check(w.splitter.count() == 2);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    static QApplication app(*argc, *argv);
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=false\n*.warning=false"));
    static QTemporaryDir dir;
    g_dir = &dir;
    static Widgets widgets;
    g_widgets = &widgets;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString inPath = path("settings.ini");
    {
        QFile file(inPath);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            std::abort();
        // Not fuzzed: QSettings reads "@Variant(...)" values with QDataStream
        // and trusts their lengths (a 16 GB allocation from a few bytes; Qt's
        // reader, not the app's, and the app never writes such a value). See
        // tests/fuzz/README.md, "Known and not fixed here".
        QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
        bytes.replace("@Variant(", "@Varian_(");
        file.write(bytes);
    }
    QSettings settings(inPath, QSettings::IniFormat);
    checkPreferences(settings);
    checkProfiles(settings);
    restoreWindowState(settings);
    return 0;
}
