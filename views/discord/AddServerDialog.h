#pragma once

#include <QDialog>
#include <QList>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

// Picks the Lumio account a new Discord server will be mapped to: from the
// accounts that already have servers (searchable), or by pasting an account
// ID, which must be a UUID before anything is sent.
class AddServerDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddServerDialog)

public:
    struct AccountChoice
    {
        QString id;
        QString name;
        int guildCount = 0;
    };

    explicit AddServerDialog(QWidget *parent = nullptr);
    ~AddServerDialog() override;

    void setAccounts(const QList<AccountChoice> &accounts, const QString &preselectId = {});
    // The account ID as chosen or typed (surrounding blanks of a paste
    // aside, never rewritten: IDs are opaque), or empty while none is valid.
    QString accountId() const;

    QLineEdit *filterEdit() const { return m_filter; }
    QListWidget *accountList() const { return m_list; }
    QLineEdit *accountIdEdit() const { return m_idEdit; }
    QPushButton *continueButton() const { return m_continue; }

private:
    void applyFilter(const QString &text);
    void updateState();

    QLineEdit *m_filter = nullptr;
    QListWidget *m_list = nullptr;
    QLineEdit *m_idEdit = nullptr;
    QLabel *m_hint = nullptr;
    QPushButton *m_continue = nullptr;
};
