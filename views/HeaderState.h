#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QDataStream>
#include <QIODevice>
#include <QSettings>
#include <QStringList>
#include <QString>

// Saved QHeaderView state comes back from the settings file, which a person
// can edit and a disk can corrupt. QHeaderView::restoreState() trusts the
// section spans it reads: one span of 2^31 made it append two billion
// sections (16 s of CPU at start-up, found by fuzz_settings). Pages pass the
// bytes through isPlausible() first, which walks the same layout (the one
// QHeaderView::saveState() writes: version marker 0xff, format 0, stream
// Qt_5_0) and refuses counts no header of this app can have.
namespace HeaderState {

inline constexpr int kMaxSections = 1024;

inline bool isPlausible(const QByteArray &state, int maxSections = kMaxSections)
{
    QDataStream in(state);
    in.setVersion(QDataStream::Qt_5_0);
    const auto skip = [&in](qint64 bytes) {
        return bytes >= 0 && in.skipRawData(int(bytes)) == bytes;
    };
    const auto count = [&in, maxSections](quint32 &n) {
        in >> n;
        return in.status() == QDataStream::Ok && n <= quint32(maxSections);
    };
    int marker = 0;
    int version = -1;
    in >> marker >> version;
    if (marker != 0xff || version != 0)
        return false;
    int orientation = 0;
    int sortOrder = 0;
    int sortSection = 0;
    bool sortShown = false;
    in >> orientation >> sortOrder >> sortSection >> sortShown;
    quint32 n = 0;
    if (!count(n) || !skip(qint64(n) * 4)) // visual indices
        return false;
    if (!count(n) || !skip(qint64(n) * 4)) // logical indices
        return false;
    if (!count(n) || !skip((qint64(n) + 7) / 8)) // hidden sections (QBitArray)
        return false;
    if (!count(n) || !skip(qint64(n) * 8)) // hidden section sizes (QHash<int, int>)
        return false;
    int length = 0;
    int sectionCount = 0;
    in >> length >> sectionCount;
    if (sectionCount < 0 || sectionCount > maxSections || !skip(5 + 6 * 4)) // 5 bools, 6 ints
        return false;
    quint32 items = 0;
    if (!count(items))
        return false;
    qint64 spans = 0;
    for (quint32 i = 0; i < items; ++i) {
        int size = 0;
        int span = 0;
        int mode = 0;
        in >> size >> span >> mode;
        if (span < 0)
            return false;
        spans += span;
        if (spans > sectionCount)
            return false;
    }
    return in.status() == QDataStream::Ok;
}

} // namespace HeaderState

// QMainWindow::restoreState() has the same weakness with counts it cannot
// bound (a corrupt dock/toolbar state kept it reading past the end for
// seconds, found by fuzz_settings), and its layout is too involved to walk.
// The main window saves a check value next to its state and restores only
// state whose check matches: whatever the app wrote itself, never a
// corrupted or hand-made blob (the toolbar then starts where it always does).
namespace WindowState {

inline QString check(const QByteArray &state)
{
    return QString::fromLatin1(QCryptographicHash::hash(state, QCryptographicHash::Sha256).toHex());
}

inline bool matches(const QByteArray &state, const QString &savedCheck)
{
    return !state.isEmpty() && savedCheck == check(state);
}

// The same for a page's whole settings group (header and splitter state,
// filters): a check over every key and value of the group the settings are
// in, saved as kGroupCheckKey after the page saved its state. isPlausible()
// alone does not cover every count QHeaderView trusts (fuzz_settings still
// made it allocate 4 GiB through a shifted layout).
inline constexpr QLatin1String kGroupCheckKey("stateCheck");

inline QString groupCheck(const QSettings &settings)
{
    QStringList keys = settings.childKeys();
    keys.removeAll(QString(kGroupCheckKey));
    keys.sort();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &key : std::as_const(keys)) {
        const QByteArray value = settings.value(key).toByteArray(); // same bytes after a reload
        hash.addData(key.toUtf8());
        hash.addData(QByteArray::number(value.size()));
        hash.addData(value);
    }
    return QString::fromLatin1(hash.result().toHex());
}

inline bool groupMatches(const QSettings &settings)
{
    return settings.value(QString(kGroupCheckKey)).toString() == groupCheck(settings);
}

} // namespace WindowState
