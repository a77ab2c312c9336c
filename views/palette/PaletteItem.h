#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

// One command the palette offers: what it shows, a stable key for the list
// of recent commands, and what Enter does.
struct PaletteItem
{
    QString text; // translated, as shown
    QString key; // stable: "action:bots.pause", "bot:pause:<uuid>:<platform>"
    std::function<void()> run;
    int score = 0; // filled in by the palette
};

// What a source is asked for: the folded query words (all must match) and
// the recent keys, newest first (with no words, sources offer their recent
// items so the palette can list them first).
struct PaletteQuery
{
    QList<QByteArray> words;
    QStringList recent;
    int limit = 50;
};

// A provider of palette items (registry actions, bots, guilds...). Sources
// generate items lazily from the query and cap them: never every item.
using PaletteSource = std::function<void(const PaletteQuery &query, QList<PaletteItem> &out)>;
