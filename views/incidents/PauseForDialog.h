#pragma once

#include <QDialog>

#include <functional>

class QButtonGroup;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QRadioButton;

// "Pause for...": pauses the chosen bots now and plans their resume in 15
// minutes, in an hour or at a given time. Says plainly that the server has
// no timed pause: the app resumes them, only while it runs, and offers an
// overdue resume as soon as it starts again.
class PauseForDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PauseForDialog)

public:
    enum class Choice : quint8 { FifteenMinutes, OneHour, Until };

    static constexpr qint64 kMaxAheadMs = 7LL * 24 * 3600 * 1000; // a week
    static constexpr qint64 kMinAheadMs = 60LL * 1000; // a minute

    explicit PauseForDialog(QWidget *parent = nullptr);

    // How many bots (and the account and platform of one, for a single bot)
    // and the open incident, for the headline.
    void setBots(int count, const QString &singleName, const QString &singlePlatform,
                 const QString &incident);
    // The clock (ms since the epoch); injectable for tests.
    void setClock(std::function<qint64()> now);

    void setChoice(Choice choice);
    Choice choice() const;
    // For Choice::Until: a local date and time.
    void setUntil(const QDateTime &until);
    // When the resume is due, ms since the epoch; 0 while the choice is
    // invalid (a time in the past, or more than a week ahead).
    qint64 dueAtMs() const;

    QPushButton *pauseButton() const { return m_pause; }
    QRadioButton *fifteenMinutesButton() const { return m_fifteen; }
    QRadioButton *oneHourButton() const { return m_hour; }
    QRadioButton *untilButton() const { return m_until; }
    QDateTimeEdit *untilEdit() const { return m_untilEdit; }
    QLabel *resumeLabel() const { return m_resumeAt; }
    QLabel *warningLabel() const { return m_warning; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void update();

    QLabel *m_headline = nullptr;
    QButtonGroup *m_group = nullptr;
    QRadioButton *m_fifteen = nullptr;
    QRadioButton *m_hour = nullptr;
    QRadioButton *m_until = nullptr;
    QDateTimeEdit *m_untilEdit = nullptr;
    QLabel *m_resumeAt = nullptr;
    QLabel *m_warning = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_pause = nullptr;
    std::function<qint64()> m_now;
    int m_count = 0;
    QString m_singleName;
    QString m_singlePlatform;
    QString m_incident;
};
