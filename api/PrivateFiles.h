#pragma once

#include <QString>

// Files at rest that only their owner may read (issue 14): the triage log
// (SQLite, with its -wal and -shm files) and the guild icon cache. On Linux
// and macOS a folder is made 0700 and a file 0600, whatever the umask, when
// created and again when opened (so files made by an older version are
// tightened). Elsewhere (Windows: the profile's folders are private by their
// ACLs) these only create what is missing.
namespace PrivateFiles {

// Creates path (and its parents) when missing; path itself becomes 0700.
bool ensureDirectory(const QString &path);
// Creates an empty file at path when missing, 0600 from the start (never
// through a symbolic link), or makes an existing one 0600.
bool ensureFile(const QString &path);
// Makes path 0600 (a file) or 0700 (a folder) if it exists; true when it
// does not exist.
bool tighten(const QString &path);
// tighten() on path and everything below it (symbolic links are not followed).
bool tightenTree(const QString &path);

} // namespace PrivateFiles
