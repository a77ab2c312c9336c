#pragma once

#include <QLoggingCategory>

// "lumio.api.http": the GraphQL-over-HTTP client and the typed services.
// Never log a token, an Authorization header or a request body here.
Q_DECLARE_LOGGING_CATEGORY(lcApiHttp)
