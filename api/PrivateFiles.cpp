#include "PrivateFiles.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

#if defined(Q_OS_UNIX)
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace {

#if defined(Q_OS_UNIX)
constexpr mode_t kFileMode = S_IRUSR | S_IWUSR; // 0600
constexpr mode_t kDirectoryMode = S_IRWXU; // 0700

bool chmodIfNeeded(const QByteArray &path, mode_t wanted)
{
    struct stat st
    {
    };
    if (::lstat(path.constData(), &st) != 0)
        return errno == ENOENT;
    if (S_ISLNK(st.st_mode))
        return true; // not ours to change, and chmod() would follow it
    if ((st.st_mode & 07777) == wanted)
        return true;
    return ::chmod(path.constData(), wanted) == 0;
}
#endif

} // namespace

namespace PrivateFiles {

bool ensureDirectory(const QString &path)
{
    if (path.isEmpty())
        return false;
#if defined(Q_OS_UNIX)
    const QByteArray native = QFile::encodeName(path);
    if (!QFileInfo(path).isDir()) {
        // Parents first (their modes are the system's business), then this one.
        if (!QDir().mkpath(QFileInfo(path).absolutePath()))
            return false;
        if (::mkdir(native.constData(), kDirectoryMode) != 0 && errno != EEXIST)
            return false;
        if (!QFileInfo(path).isDir())
            return false;
    }
    return chmodIfNeeded(native, kDirectoryMode); // mkdir() honours the umask
#else
    return QDir().mkpath(path);
#endif
}

bool ensureFile(const QString &path)
{
    if (path.isEmpty())
        return false;
#if defined(Q_OS_UNIX)
    const QByteArray native = QFile::encodeName(path);
    const int fd =
        ::open(native.constData(), O_WRONLY | O_CREAT | O_NOFOLLOW | O_CLOEXEC, kFileMode);
    if (fd < 0)
        return false;
    // open() applied the umask to a new file; an old file kept its mode.
    const bool ok = ::fchmod(fd, kFileMode) == 0;
    ::close(fd);
    return ok;
#else
    QFile file(path);
    return file.open(QIODevice::Append);
#endif
}

bool tighten(const QString &path)
{
#if defined(Q_OS_UNIX)
    const QFileInfo info(path);
    if (!info.exists() && !info.isSymLink())
        return true;
    return chmodIfNeeded(QFile::encodeName(path),
                         info.isDir() && !info.isSymLink() ? kDirectoryMode : kFileMode);
#else
    Q_UNUSED(path)
    return true;
#endif
}

bool tightenTree(const QString &path)
{
    bool ok = tighten(path);
#if defined(Q_OS_UNIX)
    QDirIterator it(path, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        ok = tighten(it.next()) && ok;
#endif
    return ok;
}

} // namespace PrivateFiles
