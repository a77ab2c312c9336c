// The triage log survives the app being killed mid-write: a helper process
// appends entries in a tight loop and acknowledges each commit; it is killed
// with SIGKILL mid-burst, and every acknowledged entry must be in the
// database afterwards, which must pass PRAGMA integrity_check.

#include "models/triage/TriageLog.h"

#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestTriageDurability final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void killMidBurst_everyAcknowledgedEntrySurvives();
};

void TestTriageDurability::killMidBurst_everyAcknowledgedEntrySurvives()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("triage.sqlite"));
    QSet<qint64> acknowledged;
    qint64 previousRoundMax = 0;

    // Several rounds on the same file: each reopen also recovers the WAL
    // the previous kill left behind.
    for (int round = 0; round < 4; ++round) {
        QProcess writer;
        writer.setProcessChannelMode(QProcess::SeparateChannels);
        writer.start(QStringLiteral(TRIAGE_LOG_WRITER), {path});
        QVERIFY2(writer.waitForStarted(10000), qPrintable(writer.errorString()));

        QByteArray pending;
        int acksThisRound = 0;
        bool ready = false;
        auto drain = [&] {
            pending += writer.readAllStandardOutput();
            qsizetype newline = 0;
            while ((newline = pending.indexOf('\n')) >= 0) {
                const QByteArray line = pending.left(newline).trimmed();
                pending.remove(0, newline + 1);
                if (line == "READY") {
                    ready = true;
                } else if (line.startsWith("ACK ")) {
                    bool ok = false;
                    const qint64 id = line.mid(4).toLongLong(&ok);
                    if (ok) {
                        acknowledged.insert(id);
                        ++acksThisRound;
                    }
                }
            }
        };
        // Kill at a different depth each round, while it is writing.
        const int killAfter = 150 + round * 97;
        QElapsedTimer timer;
        timer.start();
        while (acksThisRound < killAfter && timer.elapsed() < 60000
               && writer.state() == QProcess::Running) {
            writer.waitForReadyRead(1000);
            drain();
        }
        QVERIFY(ready);
        QVERIFY2(acksThisRound >= killAfter,
                 qPrintable(QString::fromLocal8Bit(writer.readAllStandardError())));
        QCOMPARE(writer.state(), QProcess::Running); // still mid-burst
        writer.kill(); // SIGKILL: no destructor, no close, no checkpoint
        QVERIFY(writer.waitForFinished(10000));
        QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
        drain(); // acknowledgements still in the pipe count too

        TriageLog log;
        QVERIFY2(log.open(path), qPrintable(log.errorString()));
        QCOMPARE(log.integrityCheck(), QStringLiteral("ok"));
        QList<qint64> missing;
        for (qint64 id : std::as_const(acknowledged)) {
            if (log.entry(id).id != id)
                missing.append(id);
        }
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("%1 acknowledged entries lost, e.g. %2")
                                .arg(missing.size())
                                .arg(missing.value(0))));
        // Nothing acknowledged is lost, and the log kept growing round after round.
        QVERIFY(log.lastId() >= *std::max_element(acknowledged.cbegin(), acknowledged.cend()));
        QVERIFY(log.lastId() > previousRoundMax);
        previousRoundMax = log.lastId();
    }
    QVERIFY(acknowledged.size() >= 150 + 247 + 344 + 441);
}

QTEST_GUILESS_MAIN(TestTriageDurability)
#include "TestTriageDurability.moc"
