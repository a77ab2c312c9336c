#pragma once

#include <QDialog>
#include <QStringList>

class BotRevertList;
class BotRevertPlan;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;

// "Revert incident...": which incident, what putting its bots back would
// send (resume what it paused, pause what it resumed) and every bot left
// alone with the reason. Cancel is the default button; Revert leads on to
// the Bots page's own confirmation of each action, like any bulk action.
class IncidentRevertDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IncidentRevertDialog)

public:
    explicit IncidentRevertDialog(QWidget *parent = nullptr);

    // The incidents to choose from, most recent first, with current chosen.
    void setIncidents(const QStringList &names, const QString &current);
    QString incident() const;
    // The plan for the chosen incident; ready: every bot is loaded (else
    // the plan cannot be judged and Revert stays off, saying why).
    void setPlan(const BotRevertPlan &plan, bool ready);

    QComboBox *incidentCombo() const { return m_incidents; }
    QLabel *summaryLabel() const { return m_summary; }
    BotRevertList *list() const { return m_list; }
    QPushButton *revertButton() const { return m_revert; }
    QPushButton *cancelButton() const;

Q_SIGNALS:
    void incidentChosen(const QString &name);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_incidentLabel = nullptr;
    QComboBox *m_incidents = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_notice = nullptr;
    BotRevertList *m_list = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_revert = nullptr;
    int m_sendCount = 0;
    bool m_ready = false;
};
