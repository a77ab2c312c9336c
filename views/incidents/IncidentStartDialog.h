#pragma once

#include <QDialog>
#include <QStringList>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

// "Start incident...": asks for the incident's name (INC-2291), says what
// an open incident does and, when another one is open, that it will be
// closed. Known names are offered as completions, so an incident can be
// reopened under the same name (its report then covers every stretch).
class IncidentStartDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IncidentStartDialog)

public:
    explicit IncidentStartDialog(QWidget *parent = nullptr);

    // The open incident (empty: none) and the names the log knows.
    void setIncidents(const QString &open, const QStringList &known);
    // The name as it will be stored; empty while the typed text is invalid.
    QString incidentName() const;

    QLineEdit *nameEdit() const { return m_name; }
    QPushButton *startButton() const;
    QLabel *problemLabel() const { return m_problem; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void validate();

    QLabel *m_nameLabel = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_problem = nullptr;
    QLabel *m_explain = nullptr;
    QLabel *m_replaces = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QString m_open;
};
