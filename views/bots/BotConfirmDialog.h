#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

// The confirmation of a guarded action on bots (see BotActionGuard): the
// question ("Pause 65,235 bots?"), which platforms, what is left out, and
// the two buttons. Cancel is the default button when the action covers more
// than one bot, so Enter never sends a bulk action by reflex. With a
// required count the confirm button stays disabled until the number of
// bots is typed: Enter in an empty field cancels, a wrong number is refused
// in place (nothing is sent), the right one confirms. Every text is plain:
// account names are the server's data. Opened with open(), never exec().
class BotConfirmDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BotConfirmDialog)

public:
    explicit BotConfirmDialog(QWidget *parent = nullptr);

    void setQuestion(const QString &question);
    void setDetails(const QString &details);
    // Below the details: what is left out and why (empty hides it).
    void setNote(const QString &note);
    void setConfirmText(const QString &text);
    // Cancel as the default button (bulk actions) or Confirm (one bot).
    void setCancelIsDefault(bool cancelIsDefault);
    // The number the operator must type to confirm (0: none), and why.
    void setRequiredCount(int count, const QString &reason);
    int requiredCount() const { return m_required; }

    // Whether typed is count: digits in any of the scripts the app speaks
    // (Western, Arabic-Indic, Eastern Arabic-Indic), with or without group
    // separators ("65,235", "65.235", "65 235", "٦٥٬٢٣٥"); nothing else.
    static bool countMatches(const QString &typed, int count);

    QLabel *questionLabel() const { return m_question; }
    QLabel *detailsLabel() const { return m_details; }
    QLabel *noteLabel() const { return m_note; }
    QLabel *promptLabel() const { return m_prompt; }
    QLabel *refusalLabel() const { return m_refusal; }
    QLineEdit *countEdit() const { return m_count; }
    QPushButton *confirmButton() const { return m_confirm; }
    QPushButton *cancelButton() const { return m_cancel; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void updateConfirmEnabled();

    QLabel *m_icon = nullptr;
    QLabel *m_question = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_note = nullptr;
    QLabel *m_prompt = nullptr;
    QLineEdit *m_count = nullptr;
    QLabel *m_refusal = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_confirm = nullptr;
    QPushButton *m_cancel = nullptr;
    int m_required = 0;
    bool m_cancelIsDefault = true;
};
