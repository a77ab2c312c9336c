#pragma once

#include "ServerCapabilities.h"
#include "ServerContract.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// This app's contract next to what a server has: for each enum the app
// decodes, the values the server has and this app lacks (the server is
// newer) and the values this app expects and the server no longer has (it is
// older, or dropped them); and the operations the app uses that the server
// lacks. Used by the status bar ("Server is newer than this app: ...") and by
// `lumio-bot-control --check-server URL`, which prints lines().
struct CapabilityReport
{
    Q_DECLARE_TR_FUNCTIONS(CapabilityReport)

public:
    struct EnumResult
    {
        QString name;
        bool onServer = true; // false: the server has no such enum at all
        QStringList expected; // the contract's values
        QStringList appLacks; // on the server, not in this app
        QStringList serverLacks; // in this app, not on the server
    };

    QList<EnumResult> enums; // every enum the app decodes, in ServerContract order
    QList<ServerContract::Operation> missingOperations;
    int operationCount = 0; // operations the app uses
    bool assumed = false; // the server was not introspected
    QString assumedBecause;

    static CapabilityReport compare(const ServerContract &contract,
                                    const ServerCapabilities &capabilities);

    // Nothing differs (always true when assumed).
    bool matches() const { return !isNewer() && !isOlder(); }
    // The server has enum values this app does not know.
    bool isNewer() const;
    // The server lacks an enum, a value or an operation this app uses.
    bool isOlder() const;
    const EnumResult *findEnum(const QString &name) const;

    // One line per enum, then one per missing operation (or one saying all
    // are there), translated; enum, value and field names stay as on the wire.
    QStringList lines() const;
    // "The server matches this app." / "... is newer ..." / "... is older ..."
    QString summary() const;
};
