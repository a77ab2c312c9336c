#pragma once

// Shared by the fault tests (label faults): signing the real main window in
// against the sandbox, reading the server's rows from POST /control/state and
// comparing them with what the Bots page's model shows, row by row, and the
// one greppable figures line each test prints.

#include "AppShell.h"
#include "SandboxInfo.h"
#include "api/BotStatusFeed.h"
#include "api/BotTypes.h"
#include "api/GraphQLWsClient.h"
#include "app/sync/BotSyncController.h"
#include "models/bots/BotRoles.h"
#include "models/bots/BotStore.h"
#include "models/bots/BotTableModel.h"
#include "views/SignInDialog.h"
#include "views/bots/BotTablePage.h"

#include <QComboBox>
#include <QDateTime>
#include <QEventLoop>
#include <QHash>
#include <QJsonArray>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QStringList>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <utility>

namespace faults {

inline constexpr int kLoadTimeoutMs = 60000;

// Waits by running a real event loop, as the app's main() does, until
// predicate() holds (checked every 5 ms) or timeoutMs pass. QTest::qWait and
// QTRY_* sleep 10 ms between event batches, which would show in an
// EventLoopWatch's wall figure as if the app had blocked; the timing tests
// wait with this instead.
template<typename Predicate>
bool waitUntil(Predicate predicate, int timeoutMs)
{
    if (predicate())
        return true;
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(5);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (predicate())
            loop.quit();
    });
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    poll.start();
    deadline.start(timeoutMs);
    loop.exec();
    return predicate();
}

// Runs the event loop for ms (instead of QTest::qWait).
inline void runFor(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, Qt::PreciseTimer, &loop, &QEventLoop::quit);
    loop.exec();
}

// One row as the server has it: [accountId, platform, status, lastHeartbeatAt, updatedAt].
struct ServerRow
{
    QString accountId; // exactly as the server has it (IDs are opaque)
    QString platform;
    QString status;
    qint64 heartbeatMs = kNoTimestamp;
    qint64 updatedMs = kNoTimestamp;
};

inline qint64 parseTime(const QJsonValue &v)
{
    if (!v.isString())
        return kNoTimestamp;
    const QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toMSecsSinceEpoch() : kNoTimestamp;
}

inline QString rowKey(const QString &accountId, const QString &platform)
{
    return accountId + QLatin1Char('/') + platform;
}

struct ServerState
{
    QList<ServerRow> rows; // the server's global order
    QHash<QString, qsizetype> index; // rowKey -> position in rows
    QJsonObject counters;
    QString error;

    const ServerRow *find(const QString &key) const
    {
        const auto it = index.constFind(key);
        return it == index.cend() ? nullptr : &rows.at(*it);
    }
};

inline ServerState serverState(const SandboxInfo &sandbox, bool withRows = true)
{
    ServerState state;
    const QJsonObject reply = sandbox.control(
        QStringLiteral("state"), {{QStringLiteral("rows"), withRows}}, &state.error, 60000);
    if (!state.error.isEmpty())
        return state;
    if (!reply.value(QLatin1String("ok")).toBool()) {
        state.error = QStringLiteral("state: not ok");
        return state;
    }
    state.counters = reply.value(QLatin1String("counters")).toObject();
    const QJsonArray rows = reply.value(QLatin1String("rows")).toArray();
    state.rows.reserve(rows.size());
    for (const QJsonValue &v : rows) {
        const QJsonArray a = v.toArray();
        ServerRow r;
        r.accountId = a.at(0).toString();
        r.platform = a.at(1).toString();
        r.status = a.at(2).toString();
        r.heartbeatMs = parseTime(a.at(3));
        r.updatedMs = parseTime(a.at(4));
        state.index.insert(rowKey(r.accountId, r.platform), state.rows.size());
        state.rows.append(r);
    }
    return state;
}

inline int counter(const ServerState &state, const char *name)
{
    return state.counters.value(QLatin1String(name)).toInt();
}

// One row as the app shows it (the model's roles; the confirmed status).
struct AppRow
{
    QString accountId;
    QString platform;
    QString status;
    qint64 heartbeatMs = kNoTimestamp;
    qint64 updatedMs = kNoTimestamp;
    int pending = 0;
};

// Every row of the Bots page's model (filters cleared first, so the model
// shows the whole store).
inline QHash<QString, AppRow> appRows(BotTablePage *page)
{
    page->clearFilters();
    page->applySearchNow();
    QHash<QString, AppRow> out;
    BotTableModel *model = page->model();
    const int n = model->rowCount();
    out.reserve(n);
    for (int r = 0; r < n; ++r) {
        const QModelIndex i = model->index(r, 0);
        AppRow row;
        row.accountId = i.data(BotTable::AccountIdRole).toString();
        row.platform = QString(platformToWire(Platform(i.data(BotTable::PlatformRole).toInt())));
        row.status =
            QString(botStatusToWire(BotStatus(i.data(BotTable::ServerStatusRole).toInt())));
        row.heartbeatMs = i.data(BotTable::HeartbeatMsRole).toLongLong();
        row.updatedMs = i.data(BotTable::UpdatedAtMsRole).toLongLong();
        row.pending = i.data(BotTable::PendingRole).toInt();
        out.insert(rowKey(row.accountId, row.platform), row);
    }
    return out;
}

struct Comparison
{
    int compared = 0; // server rows looked at
    int missing = 0; // on the server, not in the app
    int extra = 0; // in the app, not on the server
    int stale = 0; // in both, app's updatedAt older than the server's
    int mismatched = 0; // in both, same updatedAt or newer, but a field differs
    int skippedExpected = 0; // server rows the caller expects the app not to have
    QStringList examples; // the first few differences, for the failure message

    int problems() const { return missing + extra + stale + mismatched; }
    QString describe() const
    {
        return QStringLiteral("compared=%1 missing=%2 extra=%3 stale=%4 mismatched=%5 e.g. %6")
            .arg(compared)
            .arg(missing)
            .arg(extra)
            .arg(stale)
            .arg(mismatched)
            .arg(examples.join(QLatin1String("; ")));
    }
};

inline QString timeText(qint64 ms)
{
    return ms == kNoTimestamp
        ? QStringLiteral("null")
        : QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

// Row by row: accountId, platform, status, lastHeartbeatAt, updatedAt.
// expectAbsent(serverRow) marks rows the app must not show (newer enum values).
template<typename ExpectAbsent>
Comparison compareRows(const ServerState &server, const QHash<QString, AppRow> &app,
                       ExpectAbsent expectAbsent)
{
    Comparison c;
    const auto note = [&c](const QString &what) {
        if (c.examples.size() < 5)
            c.examples.append(what);
    };
    QSet<QString> seen;
    for (const ServerRow &s : server.rows) {
        const QString key = rowKey(s.accountId, s.platform);
        ++c.compared;
        const auto it = app.constFind(key);
        if (expectAbsent(s)) {
            ++c.skippedExpected;
            if (it != app.cend()) {
                seen.insert(key);
                // Shown from an older answer: must still be right.
                if (it->status != s.status || it->updatedMs != s.updatedMs) {
                    ++c.mismatched;
                    note(QStringLiteral("%1 (expected absent) app %2@%3 server %4@%5")
                             .arg(key, it->status, timeText(it->updatedMs), s.status,
                                  timeText(s.updatedMs)));
                }
            }
            continue;
        }
        if (it == app.cend()) {
            ++c.missing;
            note(QStringLiteral("%1 missing").arg(key));
            continue;
        }
        seen.insert(key);
        const AppRow &a = *it;
        if (a.updatedMs < s.updatedMs) {
            ++c.stale;
            note(QStringLiteral("%1 stale: app %2 %3 server %4 %5")
                     .arg(key, a.status, timeText(a.updatedMs), s.status, timeText(s.updatedMs)));
        } else if (a.updatedMs != s.updatedMs || a.status != s.status
                   || a.heartbeatMs != s.heartbeatMs || a.accountId != s.accountId
                   || a.platform != s.platform) {
            ++c.mismatched;
            note(QStringLiteral("%1 differs: app %2 hb %3 upd %4 / server %5 hb %6 upd %7")
                     .arg(key, a.status, timeText(a.heartbeatMs), timeText(a.updatedMs), s.status,
                          timeText(s.heartbeatMs), timeText(s.updatedMs)));
        }
    }
    for (auto it = app.cbegin(); it != app.cend(); ++it) {
        if (!seen.contains(it.key())) {
            ++c.extra;
            note(QStringLiteral("%1 extra").arg(it.key()));
        }
    }
    return c;
}

inline Comparison compareRows(const ServerState &server, const QHash<QString, AppRow> &app)
{
    return compareRows(server, app, [](const ServerRow &) { return false; });
}

// Signs in through the sign-in dialog as a user does; true when signed in.
inline bool signIn(AppShell &shell, const SandboxInfo &sandbox, const QString &role)
{
    shell.window.showSignIn();
    SignInDialog *dialog = shell.window.signInDialog();
    if (!dialog || !QTest::qWaitFor([dialog] { return dialog->isVisible(); }, 5000))
        return false;
    dialog->profileBox()->setCurrentIndex(dialog->profileBox()->count() - 1);
    dialog->nameEdit()->setText(QStringLiteral("Sandbox"));
    dialog->urlEdit()->setText(sandbox.httpUrl().toString());
    dialog->tokenEdit()->setText(sandbox.token(role));
    QTest::mouseClick(dialog->signInButton(), Qt::LeftButton);
    if (!QTest::qWaitFor([&shell] { return shell.session.isSignedIn(); }, kLoadTimeoutMs))
        return false;
    if (!QTest::qWaitFor([dialog] { return !dialog->isVisible(); }, 5000))
        return false;
    shell.window.activateWindow();
    return QTest::qWaitForWindowActive(&shell.window);
}

inline BotSyncController *botSync(AppShell &shell)
{
    return shell.window.findChild<BotSyncController *>();
}

inline BotTablePage *botsPage(AppShell &shell)
{
    return qobject_cast<BotTablePage *>(shell.window.page(QStringLiteral("bots")));
}

inline bool waitLoaded(AppShell &shell, int timeoutMs = kLoadTimeoutMs)
{
    BotSyncController *sync = botSync(shell);
    return sync
        && waitUntil(
               [sync] {
                   const BotLoadState s = sync->loadState();
                   return s.live && s.phase == BotLoadState::Phase::Ready && sync->feed()
                       && !sync->feed()->isResyncing();
               },
               timeoutMs);
}

// `FAULTS-FIGURES name=<name> key=value ...` on one line, for the CI log.
inline void printFigures(const QString &name, const QList<std::pair<QString, QString>> &figures)
{
    QString line = QStringLiteral("FAULTS-FIGURES name=") + name;
    for (const auto &[k, v] : figures)
        line += QLatin1Char(' ') + k + QLatin1Char('=') + v;
    qInfo().noquote() << line;
}

inline QString num(qint64 v)
{
    return QString::number(v);
}
inline QString num(int v)
{
    return QString::number(v);
}
inline QString num(double v)
{
    return QString::number(v, 'f', 1);
}

} // namespace faults
