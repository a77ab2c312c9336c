#include "SettingsDialog.h"

#include "models/settings/AppSettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

SettingsDialog::SettingsDialog(AppSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("settingsDialog"));
    auto *layout = new QVBoxLayout(this);

    m_appearance = new QGroupBox(this);
    m_appearanceForm = new QFormLayout(m_appearance);
    m_theme = new QComboBox(m_appearance);
    m_theme->setObjectName(QStringLiteral("themeBox"));
    m_theme->addItem({}, int(AppSettings::Theme::FollowSystem));
    m_theme->addItem({}, int(AppSettings::Theme::Light));
    m_theme->addItem({}, int(AppSettings::Theme::Dark));
    m_themeLabel = new QLabel(m_appearance);
    m_themeLabel->setBuddy(m_theme);
    m_appearanceForm->addRow(m_themeLabel, m_theme);
    m_language = new QComboBox(m_appearance);
    m_language->setObjectName(QStringLiteral("languageBox"));
    m_language->addItem({}, QString());
    for (const auto &[code, name] : languages())
        m_language->addItem(name, code);
    m_languageLabel = new QLabel(m_appearance);
    m_languageLabel->setBuddy(m_language);
    m_appearanceForm->addRow(m_languageLabel, m_language);
    m_languageNote = new QLabel(m_appearance);
    m_languageNote->setWordWrap(true);
    m_languageNote->setForegroundRole(QPalette::PlaceholderText);
    m_appearanceForm->addRow(m_languageNote);
    layout->addWidget(m_appearance);

    m_bots = new QGroupBox(this);
    m_botsForm = new QFormLayout(m_bots);
    m_debounce = new QSpinBox(m_bots);
    m_debounce->setObjectName(QStringLiteral("debounceBox"));
    m_debounce->setRange(0, 5000);
    m_debounce->setSingleStep(50);
    m_debounceLabel = new QLabel(m_bots);
    m_debounceLabel->setBuddy(m_debounce);
    m_botsForm->addRow(m_debounceLabel, m_debounce);
    m_stale = new QSpinBox(m_bots);
    m_stale->setObjectName(QStringLiteral("staleBox"));
    m_stale->setRange(10, 86400);
    m_stale->setSingleStep(10);
    m_staleLabel = new QLabel(m_bots);
    m_staleLabel->setBuddy(m_stale);
    m_botsForm->addRow(m_staleLabel, m_stale);
    m_pollInterval = new QSpinBox(m_bots);
    m_pollInterval->setObjectName(QStringLiteral("pollIntervalBox"));
    m_pollInterval->setRange(AppSettings::MinPollIntervalSeconds,
                             AppSettings::MaxPollIntervalSeconds);
    m_pollIntervalLabel = new QLabel(m_bots);
    m_pollIntervalLabel->setBuddy(m_pollInterval);
    m_botsForm->addRow(m_pollIntervalLabel, m_pollInterval);
    m_confirm = new QCheckBox(m_bots);
    m_confirm->setObjectName(QStringLiteral("confirmBox"));
    m_botsForm->addRow(m_confirm);
    m_bulkThreshold = new QSpinBox(m_bots);
    m_bulkThreshold->setObjectName(QStringLiteral("bulkThresholdBox"));
    m_bulkThreshold->setRange(1, AppSettings::MaxBulkConfirmThreshold);
    m_bulkThreshold->setSingleStep(10);
    m_bulkThresholdLabel = new QLabel(m_bots);
    m_bulkThresholdLabel->setBuddy(m_bulkThreshold);
    m_bulkThresholdLabel->setWordWrap(true);
    m_botsForm->addRow(m_bulkThresholdLabel, m_bulkThreshold);
    layout->addWidget(m_bots);

    m_notifications = new QGroupBox(this);
    auto *notifyLayout = new QVBoxLayout(m_notifications);
    m_notifyWatched = new QCheckBox(m_notifications);
    m_notifyStale = new QCheckBox(m_notifications);
    m_notifyConnection = new QCheckBox(m_notifications);
    notifyLayout->addWidget(m_notifyWatched);
    notifyLayout->addWidget(m_notifyStale);
    notifyLayout->addWidget(m_notifyConnection);
    layout->addWidget(m_notifications);
    layout->addStretch(1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    load();
    retranslate();

    connect(m_theme, &QComboBox::currentIndexChanged, this,
            [this] { m_settings.setTheme(AppSettings::Theme(m_theme->currentData().toInt())); });
    connect(m_language, &QComboBox::currentIndexChanged, this,
            [this] { m_settings.setLanguage(m_language->currentData().toString()); });
    connect(m_debounce, &QSpinBox::valueChanged, &m_settings, &AppSettings::setSearchDebounceMs);
    connect(m_stale, &QSpinBox::valueChanged, &m_settings, &AppSettings::setStaleHeartbeatSeconds);
    connect(m_pollInterval, &QSpinBox::valueChanged, &m_settings,
            &AppSettings::setPollIntervalSeconds);
    connect(m_confirm, &QCheckBox::toggled, &m_settings, &AppSettings::setConfirmSingleToggle);
    connect(m_bulkThreshold, &QSpinBox::valueChanged, &m_settings,
            &AppSettings::setBulkConfirmThreshold);
    connect(m_notifyWatched, &QCheckBox::toggled, &m_settings,
            &AppSettings::setNotifyWatchedChanges);
    connect(m_notifyStale, &QCheckBox::toggled, &m_settings, &AppSettings::setNotifyStaleHeartbeat);
    connect(m_notifyConnection, &QCheckBox::toggled, &m_settings,
            &AppSettings::setNotifyConnectionLost);
    // Another writer (a test, a second dialog) changed a value: show it.
    connect(&m_settings, &AppSettings::changed, this, &SettingsDialog::load);
}

QList<QPair<QString, QString>> SettingsDialog::languages()
{
    return {
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("ar"), QString::fromUtf8("\u0627\u0644\u0639\u0631\u0628\u064a\u0629")}};
}

void SettingsDialog::load()
{
    const QSignalBlocker b1(m_theme), b2(m_language), b3(m_debounce), b4(m_stale), b5(m_confirm),
        b6(m_notifyWatched), b7(m_notifyStale), b8(m_notifyConnection), b9(m_bulkThreshold),
        b10(m_pollInterval);
    m_theme->setCurrentIndex(qMax(0, m_theme->findData(int(m_settings.theme()))));
    m_language->setCurrentIndex(qMax(0, m_language->findData(m_settings.language())));
    m_debounce->setValue(m_settings.searchDebounceMs());
    m_stale->setValue(m_settings.staleHeartbeatSeconds());
    m_pollInterval->setValue(m_settings.pollIntervalSeconds());
    m_confirm->setChecked(m_settings.confirmSingleToggle());
    m_bulkThreshold->setValue(m_settings.bulkConfirmThreshold());
    m_notifyWatched->setChecked(m_settings.notifyWatchedChanges());
    m_notifyStale->setChecked(m_settings.notifyStaleHeartbeat());
    m_notifyConnection->setChecked(m_settings.notifyConnectionLost());
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SettingsDialog::retranslate()
{
    setWindowTitle(tr("Settings"));
    m_appearance->setTitle(tr("Appearance"));
    m_theme->setItemText(0, tr("Follow system", "theme"));
    m_theme->setItemText(1, tr("Light", "theme"));
    m_theme->setItemText(2, tr("Dark", "theme"));
    m_language->setItemText(0, tr("System language"));
    m_themeLabel->setText(tr("&Theme:"));
    m_languageLabel->setText(tr("&Language:"));
    m_languageNote->setText(tr("Theme and language apply at once."));

    m_bots->setTitle(tr("Bot table"));
    m_debounce->setSuffix(tr(" ms", "milliseconds suffix of a number"));
    m_debounce->setToolTip(tr("How long to wait after the last key before searching. Enter "
                              "searches at once."));
    m_stale->setSuffix(tr(" s", "seconds suffix of a number"));
    m_stale->setToolTip(tr("An active bot whose last heartbeat is older than this is marked "
                           "stale."));
    m_debounceLabel->setText(tr("Search &delay:"));
    m_staleLabel->setText(tr("&Stale heartbeat after:"));
    m_pollInterval->setSuffix(tr(" s", "seconds suffix of a number"));
    m_pollInterval->setToolTip(
        tr("How often to reload when the server offers no live updates (an older server). "
           "Never sooner than three times the last full load took."));
    m_pollIntervalLabel->setText(tr("&Reload without live updates every:"));
    m_confirm->setText(tr("&Ask before pausing or resuming a single bot"));
    m_bulkThresholdLabel->setText(tr("Type the &number to confirm above:"));
    m_bulkThreshold->setSuffix(tr(" bots", "suffix of a number of bots"));
    m_bulkThreshold->setToolTip(
        tr("A pause, resume or reconnect of more bots than this, or of bots on more than one "
           "platform, asks you to type the number of bots. On a critical profile every bulk "
           "action does."));

    m_notifications->setTitle(tr("Notifications"));
    m_notifyWatched->setText(tr("A &watched bot changes status"));
    m_notifyStale->setText(tr("A watched bot's &heartbeat goes stale"));
    m_notifyConnection->setText(tr("The &connection to the server is lost"));
}
