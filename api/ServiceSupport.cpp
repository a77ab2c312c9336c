#include "ServiceSupport.h"

#include "IdValidation.h"

namespace ServiceSupport {

ApiError checkAccountId(const QString &accountId)
{
    if (IdValidation::isValidUuid(accountId))
        return {};
    return invalidInput(QCoreApplication::translate("ServiceSupport",
                                                    "“%1” is not a valid account ID (expected a "
                                                    "UUID such as "
                                                    "123e4567-e89b-12d3-a456-426614174000).")
                            .arg(accountId.left(64)));
}

ApiError checkSnowflake(const QString &id, const char *what)
{
    if (IdValidation::isValidSnowflake(id))
        return {};
    return invalidInput(QCoreApplication::translate("ServiceSupport",
                                                    "“%1” is not a valid Discord %2 ID (expected "
                                                    "17 to 20 digits).")
                            .arg(id.left(64), QLatin1String(what)));
}

ApiError checkPlatform(Platform platform)
{
    if (platform != Platform::Unknown)
        return {};
    return invalidInput(
        QCoreApplication::translate("ServiceSupport", "The platform is not one this app knows."));
}

} // namespace ServiceSupport
