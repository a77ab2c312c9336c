#pragma once

#include "BotTypes.h"

#include <QList>
#include <QString>

// Relay-style paging as the schema's *Page types return it.
struct PageInfo
{
    bool hasNextPage = false;
    QString endCursor; // empty when the server sent null

    friend bool operator==(const PageInfo &, const PageInfo &) = default;
};

template<typename T>
struct Page
{
    QList<T> nodes;
    PageInfo pageInfo;
    int totalCount = 0;
};

using BotStatusPage = Page<BotStatusEntry>;
