#include "models/settings/AppSettings.h"
#include "views/SettingsDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestAppSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void defaults()
    {
        QTemporaryDir dir;
        QSettings qs(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        AppSettings s(&qs);
        QCOMPARE(s.theme(), AppSettings::Theme::FollowSystem);
        QCOMPARE(s.language(), QString());
        QCOMPARE(s.searchDebounceMs(), 200);
        QCOMPARE(s.staleHeartbeatSeconds(), 120);
        QCOMPARE(s.confirmSingleToggle(), false);
        QVERIFY(s.notifyWatchedChanges());
    }

    void setThenReadBack_roundTripThroughFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.ini"));
        {
            QSettings qs(path, QSettings::IniFormat);
            AppSettings s(&qs);
            QSignalSpy spy(&s, &AppSettings::changed);
            s.setTheme(AppSettings::Theme::Dark);
            s.setLanguage(QStringLiteral("de"));
            s.setSearchDebounceMs(350);
            s.setStaleHeartbeatSeconds(300);
            s.setConfirmSingleToggle(true);
            s.setNotifyStaleHeartbeat(false);
            QCOMPARE(spy.count(), 6);
            s.setTheme(AppSettings::Theme::Dark); // unchanged: no signal
            QCOMPARE(spy.count(), 6);
        }
        QSettings qs(path, QSettings::IniFormat);
        AppSettings s(&qs);
        QCOMPARE(s.theme(), AppSettings::Theme::Dark);
        QCOMPARE(s.language(), QStringLiteral("de"));
        QCOMPARE(s.searchDebounceMs(), 350);
        QCOMPARE(s.staleHeartbeatSeconds(), 300);
        QVERIFY(s.confirmSingleToggle());
        QVERIFY(!s.notifyStaleHeartbeat());
    }

    void outOfRangeValues_areClamped()
    {
        QTemporaryDir dir;
        QSettings qs(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        AppSettings s(&qs);
        s.setSearchDebounceMs(-5);
        QCOMPARE(s.searchDebounceMs(), 0);
        s.setStaleHeartbeatSeconds(1);
        QCOMPARE(s.staleHeartbeatSeconds(), 10);
    }

    void dialog_writesAtOnce_andFollowsExternalChanges()
    {
        QTemporaryDir dir;
        QSettings qs(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        AppSettings s(&qs);
        SettingsDialog dialog(s);
        dialog.show();
        QSignalSpy spy(&s, &AppSettings::changed);
        dialog.themeBox()->setCurrentIndex(
            dialog.themeBox()->findData(int(AppSettings::Theme::Light)));
        QCOMPARE(s.theme(), AppSettings::Theme::Light);
        dialog.debounceBox()->setValue(500);
        QCOMPARE(s.searchDebounceMs(), 500);
        dialog.confirmBox()->setChecked(true);
        QVERIFY(s.confirmSingleToggle());
        dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(QStringLiteral("ar")));
        QCOMPARE(s.language(), QStringLiteral("ar"));
        QCOMPARE(spy.count(), 4);

        s.setStaleHeartbeatSeconds(600);
        QCOMPARE(dialog.staleBox()->value(), 600);
    }
};

QTEST_MAIN(TestAppSettings)
#include "TestAppSettings.moc"
