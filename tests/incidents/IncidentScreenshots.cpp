// Screenshots of the incident UI for looking at (issue 15): the window with
// an open incident and a planned resume in the status bar, the start
// dialog, "Pause for...", the revert preview with skipped bots, the due
// reminder; light and dark, English, German and Arabic.
//
//   incident_screenshots SANDBOX_INFO_JSON OUTPUT_DIR
//
// Run it offscreen (or under Xvfb) against a running sandbox of its own
// (it pauses and resumes bots); it is a program, not a test.

#include "SandboxInfo.h"
#include "api/InMemoryCredentialStore.h"
#include "app/CommandLine.h"
#include "app/IncidentController.h"
#include "app/MainWindow.h"
#include "app/PlannedResumeController.h"
#include "app/ProfileStore.h"
#include "app/Session.h"
#include "app/Startup.h"
#include "app/Theme.h"
#include "app/Translations.h"
#include "models/bots/BotStore.h"
#include "models/bots/BotTableModel.h"
#include "models/settings/AppSettings.h"
#include "models/triage/TriageLog.h"
#include "views/SignInDialog.h"
#include "views/bots/BotConfirmDialog.h"
#include "views/bots/BotTablePage.h"
#include "views/incidents/IncidentRevertDialog.h"
#include "views/incidents/IncidentStartDialog.h"
#include "views/incidents/PauseForDialog.h"
#include "views/incidents/PlannedResumeDialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

namespace {

bool save(QWidget *w, const QString &path)
{
    QTest::qWait(200);
    const bool ok = w && w->grab().save(path);
    std::printf("%s %s\n", ok ? "saved" : "FAILED", qPrintable(path));
    return ok;
}

void confirm(BotTablePage *page)
{
    (void)QTest::qWaitFor([page] { return page->confirmationBox() != nullptr; }, 3000);
    if (BotConfirmDialog *box = page->confirmationBox()) {
        if (box->requiredCount() > 0)
            box->countEdit()->setText(QString::number(box->requiredCount()));
        box->confirmButton()->click();
    }
    QTest::qWait(300);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    if (argc < 3) {
        std::fprintf(stderr, "usage: incident_screenshots SANDBOX_INFO_JSON OUTPUT_DIR\n");
        return 2;
    }
    SandboxDescription sandbox;
    QString error;
    if (!SandboxDescription::load(QString::fromLocal8Bit(argv[1]), sandbox, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    qputenv("LUMIO_SANDBOX_INFO", QByteArray(argv[1]));
    const SandboxInfo control = SandboxInfo::fromEnvironment();
    const QDir out(QString::fromLocal8Bit(argv[2]));
    QDir().mkpath(out.path());

    const QStringList themes {QStringLiteral("light"), QStringLiteral("dark")};
    const QStringList languages {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("ar")};
    int round = 0;
    for (const QString &theme : themes) {
        for (const QString &language : languages) {
            const QString db = TriageLog::defaultPath();
            for (const QString &suffix :
                 {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(db + suffix);
            QTemporaryDir dir;
            QSettings qs(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
            AppSettings settings(&qs);
            settings.setTheme(Startup::themeFromName(theme, AppSettings::Theme::FollowSystem));
            settings.setLanguage(language);
            Translations translations;
            Startup::applyPreferences(settings, translations);
            InMemoryCredentialStore store;
            ProfileStore profiles(qs);
            Session session(store, profiles);
            MainWindow window(session, settings);
            window.resize(1100, 620);
            window.show();
            const QString stem = theme + QLatin1Char('-') + language + QLatin1Char('-');

            window.showSignIn();
            SignInDialog *signIn = window.signInDialog();
            signIn->nameEdit()->setText(QStringLiteral("Production EU"));
            signIn->urlEdit()->setText(sandbox.url.toString());
            signIn->tokenEdit()->setText(sandbox.token(QStringLiteral("admin")));
            signIn->signInButton()->click();
            (void)QTest::qWaitFor([&] { return session.isSignedIn(); }, 5000);
            auto *page = qobject_cast<BotTablePage *>(window.page(QStringLiteral("bots")));
            (void)QTest::qWaitFor([&] { return page->model()->rowCount() > 20; }, 10000);
            QTest::qWait(800);
            auto *incidents = window.findChild<IncidentController *>();
            auto *planned = window.findChild<PlannedResumeController *>();

            // The start dialog, with a name typed.
            incidents->showStartDialog();
            incidents->startDialog()->nameEdit()->setText(QStringLiteral("INC-2291"));
            save(incidents->startDialog(),
                 out.filePath(stem + QStringLiteral("incident-start.png")));
            incidents->startDialog()->startButton()->click();

            // Three bots paused in the incident (a different three each round).
            const BotStore *bots = page->model()->store();
            QList<BotKey> keys;
            int skip = round * 6;
            for (qsizetype r = 0; r < bots->rowCount() && keys.size() < 3; ++r) {
                if (bots->row(r).status != BotStatus::Active || skip-- > 0)
                    continue;
                keys.append(bots->keyAt(r));
            }
            page->act(PendingAction::Pause, keys);
            confirm(page);
            (void)QTest::qWaitFor(
                [&] {
                    for (const BotKey &k : keys) {
                        if (bots->latestServerState(k)->status != BotStatus::Paused)
                            return false;
                    }
                    return true;
                },
                5000);

            // "Pause for..." on two more.
            QList<BotKey> more;
            for (qsizetype r = 0; r < bots->rowCount() && more.size() < 2; ++r) {
                if (bots->row(r).status == BotStatus::Active && !keys.contains(bots->keyAt(r)))
                    more.append(bots->keyAt(r));
            }
            page->clearFilters();
            page->applySearchNow();
            for (const BotKey &k : more) {
                page->tableView()->setCurrentIndex(
                    page->model()->index(page->model()->rowForKey(k), BotTable::AccountNameColumn));
                page->toggleMarkCurrent();
            }
            planned->showPauseForDialog();
            if (planned->pauseForDialog()) {
                save(planned->pauseForDialog(),
                     out.filePath(stem + QStringLiteral("pause-for.png")));
                planned->pauseForDialog()->reject();
            }
            planned->pauseFor(more, QDateTime::currentMSecsSinceEpoch() + 15 * 60 * 1000);
            confirm(page);
            QTest::qWait(600);
            page->clearMarks();
            save(&window, out.filePath(stem + QStringLiteral("incident-window.png")));

            // Someone else resumes one of the incident's bots.
            control.setBotStatus(keys.first().accountId,
                                 QString(platformToWire(keys.first().platform)),
                                 QStringLiteral("ACTIVE"));
            QTest::qWait(800);
            incidents->showRevertDialog();
            save(incidents->revertDialog(),
                 out.filePath(stem + QStringLiteral("incident-revert.png")));
            incidents->revertDialog()->reject();

            // The reminder, as if 16 minutes had passed.
            const qint64 later = QDateTime::currentMSecsSinceEpoch() + 16 * 60 * 1000;
            planned->setClock([later] { return later; });
            planned->checkDue();
            (void)QTest::qWaitFor(
                [&] { return planned->planDialog() && planned->planDialog()->isVisible(); }, 3000);
            if (planned->planDialog()) {
                save(planned->planDialog(),
                     out.filePath(stem + QStringLiteral("planned-resume.png")));
                save(&window, out.filePath(stem + QStringLiteral("resume-due-window.png")));
                planned->forget(planned->planDialog()->planId());
                planned->planDialog()->close();
            }

            // Put the bots back for the next round.
            incidents->closeIncident();
            page->act(PendingAction::Resume, keys + more);
            confirm(page);
            QTest::qWait(500);
            window.close();
            session.endSession();
            ++round;
        }
    }
    Theme::apply(AppSettings::Theme::FollowSystem);
    return 0;
}
