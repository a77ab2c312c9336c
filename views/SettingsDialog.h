#pragma once

#include <QDialog>

class AppSettings;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QSpinBox;

// Preferences. Every control writes AppSettings at once (settings apply live);
// there is nothing to confirm, so the only button is Close.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(AppSettings &settings, QWidget *parent = nullptr);

    // Languages offered: code and native name (not translated on purpose: a
    // user must find their language whatever the current one is).
    static QList<QPair<QString, QString>> languages();

    QComboBox *themeBox() const { return m_theme; }
    QComboBox *languageBox() const { return m_language; }
    QSpinBox *debounceBox() const { return m_debounce; }
    QSpinBox *staleBox() const { return m_stale; }
    QSpinBox *pollIntervalBox() const { return m_pollInterval; }
    QCheckBox *confirmBox() const { return m_confirm; }
    QSpinBox *bulkThresholdBox() const { return m_bulkThreshold; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void load();

    AppSettings &m_settings;
    QGroupBox *m_appearance = nullptr;
    QGroupBox *m_bots = nullptr;
    QGroupBox *m_notifications = nullptr;
    QFormLayout *m_appearanceForm = nullptr;
    QFormLayout *m_botsForm = nullptr;
    QComboBox *m_theme = nullptr;
    QComboBox *m_language = nullptr;
    QSpinBox *m_debounce = nullptr;
    QSpinBox *m_stale = nullptr;
    QSpinBox *m_pollInterval = nullptr;
    QLabel *m_pollIntervalLabel = nullptr;
    QCheckBox *m_confirm = nullptr;
    QSpinBox *m_bulkThreshold = nullptr;
    QLabel *m_bulkThresholdLabel = nullptr;
    QCheckBox *m_notifyWatched = nullptr;
    QCheckBox *m_notifyStale = nullptr;
    QCheckBox *m_notifyConnection = nullptr;
    QLabel *m_themeLabel = nullptr;
    QLabel *m_languageLabel = nullptr;
    QLabel *m_debounceLabel = nullptr;
    QLabel *m_staleLabel = nullptr;
    QLabel *m_languageNote = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
