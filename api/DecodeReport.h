#pragma once

#include <QString>
#include <QStringList>

// What a forgiving decoder left out. A page with one malformed row still
// delivers the other rows; the report says how many were skipped and why
// (the first few reasons only, so a broken server cannot flood the log).
struct DecodeReport
{
    static constexpr int kMaxMessages = 5;

    int skipped = 0;
    QStringList messages;

    bool isClean() const noexcept { return skipped == 0; }

    void addSkipped(const QString &why)
    {
        ++skipped;
        if (messages.size() < kMaxMessages)
            messages.append(why);
    }

    void merge(const DecodeReport &other)
    {
        skipped += other.skipped;
        for (const QString &m : other.messages) {
            if (messages.size() >= kMaxMessages)
                break;
            messages.append(m);
        }
    }
};
