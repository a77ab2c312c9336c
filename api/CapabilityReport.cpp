#include "CapabilityReport.h"

CapabilityReport CapabilityReport::compare(const ServerContract &contract,
                                           const ServerCapabilities &capabilities)
{
    CapabilityReport report;
    report.assumed = capabilities.isAssumed();
    report.assumedBecause = capabilities.assumedBecause();
    report.operationCount = int(contract.operations.size());
    for (const ServerContract::Enum &e : contract.enums) {
        EnumResult r;
        r.name = e.name;
        r.expected = e.values;
        const std::optional<QStringList> server = capabilities.enumValues(e.name);
        if (!server) {
            r.onServer = false;
            r.serverLacks = e.values;
        } else {
            for (const QString &v : *server) {
                if (!e.values.contains(v))
                    r.appLacks.append(v);
            }
            for (const QString &v : e.values) {
                if (!server->contains(v))
                    r.serverLacks.append(v);
            }
        }
        report.enums.append(r);
    }
    for (const ServerContract::Operation &op : contract.operations) {
        if (!capabilities.hasField(op.type, op.field))
            report.missingOperations.append(op);
    }
    return report;
}

bool CapabilityReport::isNewer() const
{
    for (const EnumResult &e : enums) {
        if (!e.appLacks.isEmpty())
            return true;
    }
    return false;
}

bool CapabilityReport::isOlder() const
{
    if (!missingOperations.isEmpty())
        return true;
    for (const EnumResult &e : enums) {
        if (!e.onServer || !e.serverLacks.isEmpty())
            return true;
    }
    return false;
}

const CapabilityReport::EnumResult *CapabilityReport::findEnum(const QString &name) const
{
    for (const EnumResult &e : enums) {
        if (e.name == name)
            return &e;
    }
    return nullptr;
}

QStringList CapabilityReport::lines() const
{
    const QString comma = QStringLiteral(", ");
    QStringList out;
    for (const EnumResult &e : enums) {
        if (!e.onServer) {
            out.append(tr("enum %1: not on the server (this app expects %2)")
                           .arg(e.name, e.expected.join(comma)));
            continue;
        }
        QStringList parts;
        if (!e.appLacks.isEmpty())
            parts.append(tr("this app lacks %1").arg(e.appLacks.join(comma)));
        if (!e.serverLacks.isEmpty())
            parts.append(tr("the server no longer has %1").arg(e.serverLacks.join(comma)));
        if (parts.isEmpty())
            out.append(tr("enum %1: matches (%2)").arg(e.name, e.expected.join(comma)));
        else
            out.append(tr("enum %1: %2", "enum name: differences").arg(e.name, parts.join(u"; ")));
    }
    if (missingOperations.isEmpty()) {
        out.append(
            tr("operations: all %n the app uses are on the server", nullptr, operationCount));
    } else {
        for (const ServerContract::Operation &op : missingOperations) {
            out.append(tr("operation %1.%2 (%3): missing on the server")
                           .arg(ServerContract::typeName(op.type), op.field, op.name));
        }
    }
    return out;
}

QString CapabilityReport::summary() const
{
    if (isNewer() && isOlder())
        return tr("The server differs from this app: it has values this app lacks and lacks "
                  "some this app uses.");
    if (isNewer())
        return tr("The server is newer than this app: it has values this app lacks.");
    if (isOlder())
        return tr("The server is older than this app: it lacks some of what this app uses.");
    return tr("The server matches this app.");
}
