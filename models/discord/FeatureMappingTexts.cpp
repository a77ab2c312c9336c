#include "FeatureMappingTexts.h"

#include <QDateTime>
#include <QLocale>

QString FeatureMappingTexts::columnTitle(DiscordFeatureColumn column)
{
    switch (column) {
    case DiscordFeatureColumn::Feature:
        return tr("Feature");
    case DiscordFeatureColumn::Enabled:
        return tr("Enabled");
    case DiscordFeatureColumn::Channel:
        return tr("Channel");
    case DiscordFeatureColumn::MentionRole:
        return tr("Mention role");
    case DiscordFeatureColumn::LastChanged:
        return tr("Last changed");
    case DiscordFeatureColumn::ColumnCount:
        break;
    }
    return {};
}

QString FeatureMappingTexts::lastChanged(TimestampMs updatedAt)
{
    if (updatedAt == kNoTimestamp)
        return tr("Never", "feature never configured");
    // Date and minutes: seconds only make the column wider.
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(updatedAt);
    const QLocale locale;
    return locale.toString(at.date(), QLocale::ShortFormat) + QLatin1Char(' ')
        + locale.toString(at.time(), QLocale::NarrowFormat);
}

QString FeatureMappingTexts::lastChangedInFull(TimestampMs updatedAt)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(updatedAt), QLocale::LongFormat);
}
