#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

// The signed-in user as the Viewer query returns it.
struct Viewer
{
    QString id;
    QString displayName;
    QStringList permissions; // e.g. "admin:access", "bot-control:edit"
    bool isSystemAdmin = false;

    // System admins hold every permission implicitly (schema: Viewer).
    bool hasPermission(const QString &permission) const
    {
        return isSystemAdmin || permissions.contains(permission);
    }

    friend bool operator==(const Viewer &, const Viewer &) = default;
};

Q_DECLARE_METATYPE(Viewer)
