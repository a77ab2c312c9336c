// A small harness that shows the real Bots page and controller against a
// running sandbox, for screenshots and manual checks (not a test):
//
//   LUMIO_SANDBOX_INFO=/tmp/sb.json bots_page_demo [--dark] [--role admin]
//       [--screenshot out.png] [--search text] [--rtl]
#include "SandboxInfo.h"

#include "api/BotControlApi.h"
#include "api/GraphQLClient.h"
#include "api/GraphQLWsClient.h"
#include "app/sync/BotSyncController.h"
#include "models/bots/BotStore.h"
#include "models/bots/BotTableModel.h"
#include "models/session/Permissions.h"
#include "views/ActionRegistry.h"
#include "views/bots/BotConfirmDialog.h"
#include "views/bots/BotTablePage.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPalette>
#include <QPushButton>
#include <QStyleFactory>
#include <QTableView>
#include <QTimer>

#include <cstdio>

namespace {

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x27, 0x2b));
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x8c, 0x8c, 0x8c));
    p.setColor(QPalette::Button, QColor(0x36, 0x38, 0x3c));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Highlight, QColor(0x35, 0x74, 0xc6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xa8, 0xf0));
    p.setColor(QPalette::Mid, QColor(0x45, 0x47, 0x4b));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x7a, 0x7a, 0x7a));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x7a, 0x7a, 0x7a));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x7a, 0x7a, 0x7a));
    return p;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));

    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption dark(QStringLiteral("dark"), QStringLiteral("Dark palette"));
    const QCommandLineOption rtl(QStringLiteral("rtl"), QStringLiteral("Right-to-left layout"));
    const QCommandLineOption role(QStringLiteral("role"), QStringLiteral("Sandbox role"),
                                  QStringLiteral("role"), QStringLiteral("admin"));
    const QCommandLineOption shot(QStringLiteral("screenshot"),
                                  QStringLiteral("Save a PNG and quit"), QStringLiteral("path"));
    const QCommandLineOption search(QStringLiteral("search"), QStringLiteral("Search text"),
                                    QStringLiteral("text"));
    const QCommandLineOption bulk(
        QStringLiteral("bulk"), QStringLiteral("Pause the first Active rows in bulk (confirmed)"));
    const QCommandLineOption platform(QStringLiteral("platform-filter"),
                                      QStringLiteral("Platform filter entry (0 all, 6 Other)"),
                                      QStringLiteral("index"));
    parser.addOptions({dark, rtl, role, shot, search, bulk, platform});
    parser.process(app);

    if (parser.isSet(dark))
        QApplication::setPalette(darkPalette());
    if (parser.isSet(rtl))
        QApplication::setLayoutDirection(Qt::RightToLeft);

    const SandboxInfo info = SandboxInfo::fromEnvironment();
    if (!info.isValid()) {
        std::fprintf(stderr, "%s\n", qPrintable(info.error()));
        return 2;
    }
    const QString token = info.token(parser.value(role));

    QNetworkAccessManager network;
    GraphQLClientConfig config;
    config.endpoint = info.httpUrl();
    config.token = token;
    GraphQLClient http(&network, config);
    GraphQLWsClient ws(info.wsUrl());
    ws.setTokenProvider([token] { return token; });

    BotStore store;
    BotTableModel model(&store);
    BotSyncController sync(&store);
    ActionRegistry registry;
    BotTablePage page(&model, &sync);
    page.setWindowTitle(QStringLiteral("Lumio Bot Control — Bots"));

    QElapsedTimer clock;
    qint64 firstRowsMs = -1;
    qint64 loadedMs = -1;
    BotControlApi api(&http);
    ValueJob<Viewer> *viewer = api.viewer();
    QObject::connect(viewer, &ApiJob::finished, &page, [&, viewer](const ApiError &) {
        const Viewer v = viewer->hasValue() ? viewer->value() : Viewer {};
        const Permissions permissions(v.permissions, v.isSystemAdmin);
        registry.setPermissionCheck([permissions](const QString &p) { return permissions.has(p); });
        registry.setSignedIn(true);
        registry.setCurrentContext(ActionContext::Bots);
        page.registerActions(registry);
        registry.setShortcutWidget(&page);
        page.setPermissions(permissions);
        ws.start();
        sync.start(&http, &ws);
        clock.start();
    });
    // Timings for the report: first rows on screen and the whole load.
    QObject::connect(&model, &QAbstractItemModel::modelReset, &page, [&] {
        if (firstRowsMs < 0 && model.rowCount() > 0)
            firstRowsMs = clock.elapsed();
    });
    QObject::connect(&sync, &BotSyncController::loadStateChanged, &page, [&] {
        if (sync.loadState().phase == BotLoadState::Phase::Ready && loadedMs < 0) {
            loadedMs = clock.elapsed();
            std::fprintf(stderr,
                         "bots_page_demo: first rows after %lld ms, %d rows loaded in %lld ms\n",
                         firstRowsMs, int(store.rowCount()), loadedMs);
        }
    });

    page.resize(1280, 760);
    page.show();

    if (parser.isSet(search)) {
        QTimer::singleShot(100, &page, [&] {
            page.searchEdit()->setText(parser.value(search));
            page.applySearchNow();
        });
    }
    if (parser.isSet(shot)) {
        const QString path = parser.value(shot);
        QObject::connect(&sync, &BotSyncController::loadStateChanged, &page, [&, path] {
            if (sync.loadState().phase != BotLoadState::Phase::Ready)
                return;
            static bool once = false;
            if (once)
                return;
            once = true;
            if (parser.isSet(bulk)) {
                QTimer::singleShot(300, &page, [&] {
                    page.statusCombo()->setCurrentIndex(
                        page.statusCombo()->findData(int(BotTable::StatusFilter::Active)));
                    page.tableView()->selectionModel()->select(
                        QItemSelection(model.index(0, 0), model.index(7, 0)),
                        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
                    page.pauseSelected();
                    if (page.confirmationBox())
                        page.confirmationBox()->confirmButton()->click();
                });
                QTimer::singleShot(2500, &page, [&, path] {
                    page.grab().save(path);
                    QCoreApplication::quit();
                });
                return;
            }
            // A selected row, a paused one and a pending one, as in real use.
            QTimer::singleShot(300, &page, [&] {
                if (parser.isSet(platform))
                    page.platformCombo()->setCurrentIndex(parser.value(platform).toInt());
                page.tableView()->selectRow(2);
                for (int row = 0; row < model.rowCount() && row < 40; ++row) {
                    if (model.index(row, 0).data(BotTable::ActionRole).toInt()
                            == int(BotAction::Pause)
                        && row > 5) {
                        sync.pause({model.keyForRow(row)}, TriageOrigin::single());
                        break;
                    }
                }
            });
            QTimer::singleShot(2500, &page, [&, path] {
                page.grab().save(path);
                QCoreApplication::quit();
            });
        });
    }
    const int code = QApplication::exec();
    sync.stop();
    return code;
}
