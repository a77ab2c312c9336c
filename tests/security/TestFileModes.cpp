// Issue 14, "files at rest": the triage log (SQLite, its -wal and -shm
// files) and the guild icon cache are readable by their owner only, 0600
// files and 0700 folders, whatever the umask, and what an older version left
// with wider modes is tightened when opened. Before issue 14 they were made
// with the umask's modes (0644 and 0755 under the usual 022).

#include "FakeHttpServer.h"

#include "api/GuildIconFetcher.h"
#include "api/PrivateFiles.h"
#include "models/triage/TriageEntry.h"
#include "models/triage/TriageLog.h"

#include <QBuffer>
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

namespace {

int modeOf(const QString &path)
{
    struct stat st {};
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

QString octal(int mode)
{
    return QStringLiteral("0%1").arg(mode, 0, 8);
}

TriageEntry entry(int n)
{
    TriageEntry e;
    e.atMs = 1'700'000'000'000 + n;
    e.kind = QStringLiteral("bot");
    e.accountId = QStringLiteral("00000000-0000-4000-8000-000000000001");
    e.accountName = QStringLiteral("acme_live");
    e.platform = QStringLiteral("TWITCH");
    e.action = QStringLiteral("pause");
    e.result = TriageEntry::Result::Pending;
    return e;
}

QByteArray png()
{
    QImage image(16, 16, QImage::Format_RGB32);
    image.fill(Qt::magenta);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace

class TestFileModes final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    mode_t m_umask = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The most permissive umask there is: every mode below is ours.
        m_umask = ::umask(0);
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("data"))));
        qputenv("XDG_CACHE_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("cache"))));
    }
    void cleanupTestCase() { ::umask(m_umask); }

    void triageLog_newFilesAreOwnerOnly();
    void triageLog_olderWiderFilesAreTightened();
    void triageLog_defaultFolderIsOwnerOnly();
    void iconCache_folderAndFilesAreOwnerOnly();
    void privateFiles_neverFollowASymlink();
};

void TestFileModes::triageLog_newFilesAreOwnerOnly()
{
    const QString path = m_dir.filePath(QStringLiteral("new/triage.sqlite"));
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    TriageLog log;
    QVERIFY2(log.open(path), qPrintable(log.errorString()));
    for (int i = 0; i < 5; ++i)
        QVERIFY(log.append(entry(i)) > 0);
    // WAL mode keeps the -wal and -shm files while the log is open.
    QVERIFY(QFile::exists(path + QLatin1String("-wal")));
    QVERIFY(QFile::exists(path + QLatin1String("-shm")));
    for (const QString &p : QStringList {path, path + QLatin1String("-wal"), path + QLatin1String("-shm")})
        QVERIFY2(modeOf(p) == 0600, qPrintable(p + QLatin1Char(' ') + octal(modeOf(p))));
    qInfo().noquote() << QStringLiteral("SECURITY-FIGURES test=file_modes db=%1 wal=%2 shm=%3 umask=0")
                             .arg(octal(modeOf(path)), octal(modeOf(path + QLatin1String("-wal"))),
                                  octal(modeOf(path + QLatin1String("-shm"))));
}

void TestFileModes::triageLog_olderWiderFilesAreTightened()
{
    const QString path = m_dir.filePath(QStringLiteral("old.sqlite"));
    {
        TriageLog log;
        QVERIFY(log.open(path));
        QVERIFY(log.append(entry(1)) > 0);
    }
    // As an older version (or a umask of 000) left them.
    for (const QString &p : QStringList {path, path + QLatin1String("-wal"), path + QLatin1String("-shm")}) {
        if (QFile::exists(p))
            QVERIFY(::chmod(QFile::encodeName(p).constData(), 0666) == 0);
    }
    QCOMPARE(modeOf(path), 0666);
    TriageLog log;
    QVERIFY(log.open(path));
    QVERIFY(log.append(entry(2)) > 0);
    QCOMPARE(log.entries({}).size(), 2);
    for (const QString &p : QStringList {path, path + QLatin1String("-wal"), path + QLatin1String("-shm")})
        QVERIFY2(modeOf(p) == 0600, qPrintable(p + QLatin1Char(' ') + octal(modeOf(p))));
}

void TestFileModes::triageLog_defaultFolderIsOwnerOnly()
{
    const QString path = TriageLog::defaultPath();
    QVERIFY2(path.startsWith(m_dir.path()), qPrintable(path)); // never the real profile
    const QString folder = QFileInfo(path).absolutePath();
    QCOMPARE(octal(modeOf(folder)), QStringLiteral("0700"));
    // An existing wider folder is tightened the next time.
    QVERIFY(::chmod(QFile::encodeName(folder).constData(), 0777) == 0);
    TriageLog::defaultPath();
    QCOMPARE(octal(modeOf(folder)), QStringLiteral("0700"));
    TriageLog log;
    QVERIFY(log.open(path));
    QCOMPARE(octal(modeOf(path)), QStringLiteral("0600"));
}

void TestFileModes::iconCache_folderAndFilesAreOwnerOnly()
{
    const QString cache = QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
        + QStringLiteral("/guild-icons");
    QVERIFY2(cache.startsWith(m_dir.path()), qPrintable(cache));
    // What an older version left: a wide folder with a wide file in it.
    QVERIFY(QDir().mkpath(cache + QStringLiteral("/data8/x")));
    QFile stale(cache + QStringLiteral("/data8/x/old.d"));
    QVERIFY(stale.open(QIODevice::WriteOnly));
    stale.write("old");
    stale.close();
    QVERIFY(::chmod(QFile::encodeName(cache).constData(), 0777) == 0);
    QVERIFY(::chmod(QFile::encodeName(stale.fileName()).constData(), 0666) == 0);

    FakeHttpServer server;
    QVERIFY(server.listen());
    const QByteArray icon = png();
    server.setHandler([&](const FakeHttpServer::Request &, int) {
        FakeHttpServer::Response r;
        r.headers = {{"Content-Type", "image/png"}, {"Cache-Control", "public, max-age=86400"}};
        r.body = icon;
        return r;
    });
    GuildIconFetcher fetcher; // its own manager, with the disk cache
    fetcher.setLoopbackAllowed(true); // the in-process server stands in for the CDN
    fetcher.setDiskCacheDirectory(cache);
    QCOMPARE(octal(modeOf(cache)), QStringLiteral("0700"));
    QCOMPARE(octal(modeOf(stale.fileName())), QStringLiteral("0600"));

    QSignalSpy fetched(&fetcher, &GuildIconFetcher::fetched);
    for (int i = 0; i < 3; ++i)
        fetcher.fetch(server.url(QStringLiteral("127.0.0.1"), QStringLiteral("/icons/%1.png").arg(i)));
    QTRY_COMPARE(fetched.count(), 3);
    int files = 0;
    QDirIterator it(cache, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString f = it.next();
        ++files;
        QVERIFY2(modeOf(f) == 0600, qPrintable(f + QLatin1Char(' ') + octal(modeOf(f))));
    }
    QVERIFY2(files >= 4, qPrintable(QString::number(files))); // three icons and the old file
    QCOMPARE(octal(modeOf(cache)), QStringLiteral("0700"));
}

void TestFileModes::privateFiles_neverFollowASymlink()
{
    // A link planted where the log goes must not make us chmod its target.
    const QString target = m_dir.filePath(QStringLiteral("victim"));
    QFile victim(target);
    QVERIFY(victim.open(QIODevice::WriteOnly));
    victim.close();
    QVERIFY(::chmod(QFile::encodeName(target).constData(), 0644) == 0);
    const QString link = m_dir.filePath(QStringLiteral("link.sqlite"));
    QVERIFY(QFile::link(target, link));
    QVERIFY(!PrivateFiles::ensureFile(link)); // O_NOFOLLOW
    QVERIFY(PrivateFiles::tighten(link));
    QCOMPARE(octal(modeOf(target)), QStringLiteral("0644"));
}

QTEST_MAIN(TestFileModes)
#include "TestFileModes.moc"
