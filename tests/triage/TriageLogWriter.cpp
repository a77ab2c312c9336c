// Helper of tst_triage_durability, not a test: appends triage log entries in
// a tight loop and prints "ACK <id>" after each commit, until killed.
//   triage_log_writer <database path> [entries, 0 = until killed]

#include "models/triage/TriageLog.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: triage_log_writer <database> [count]\n");
        return 2;
    }
    const qint64 limit = args.size() > 2 ? args.at(2).toLongLong() : 0;
    TriageLog log;
    if (!log.open(args.at(1))) {
        std::fprintf(stderr, "cannot open: %s\n", qPrintable(log.errorString()));
        return 1;
    }
    log.setProfile(QStringLiteral("durability"));
    std::printf("READY\n");
    std::fflush(stdout);
    for (qint64 i = 0; limit == 0 || i < limit; ++i) {
        TriageEntry e;
        e.kind = QStringLiteral("bot");
        e.accountId =
            QStringLiteral("00000000-0000-4000-8000-%1").arg(i % 1000000, 12, 10, QLatin1Char('0'));
        e.accountName = QStringLiteral("writer_%1").arg(i);
        e.platform = QStringLiteral("TWITCH");
        e.action = (i % 2) ? TriageAction::resume() : TriageAction::pause();
        e.result = TriageEntry::Result::Pending;
        e.serverMessage = QString(64, QLatin1Char('x')); // some bulk per page
        e.batchId = i;
        if (i % 5 == 4) {
            // Every fifth round is a bulk of three in one transaction.
            const QList<qint64> ids = log.appendAll({e, e, e});
            if (ids.isEmpty())
                return 1;
            for (qint64 id : ids)
                std::printf("ACK %lld\n", static_cast<long long>(id));
        } else {
            const qint64 id = log.append(e);
            if (id == 0)
                return 1;
            std::printf("ACK %lld\n", static_cast<long long>(id));
        }
        std::fflush(stdout);
    }
    return 0;
}
