#include "ApiHttpLogging.h"

Q_LOGGING_CATEGORY(lcApiHttp, "lumio.api.http", QtInfoMsg)
