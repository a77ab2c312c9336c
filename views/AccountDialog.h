#pragma once

#include <QDialog>
#include <QStringList>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QListWidget;

// Who you are and what you may do: the signed-in viewer, the server profile
// and every permission, with what it allows in this app.
class AccountDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountDialog)

public:
    struct Info
    {
        QString displayName = {};
        QString userId = {};
        QString profileName = {};
        QString serverUrl = {};
        QStringList permissions = {};
        bool systemAdmin = false;
        bool readOnly = true;
    };

    explicit AccountDialog(QWidget *parent = nullptr);
    void setInfo(const Info &info);

    // A sentence about what a permission allows here; empty when unknown.
    static QString describePermission(const QString &permission);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    Info m_info;
    QLabel *m_name = nullptr;
    QLabel *m_id = nullptr;
    QLabel *m_profile = nullptr;
    QLabel *m_server = nullptr;
    QLabel *m_mode = nullptr;
    QListWidget *m_permissions = nullptr;
    QFormLayout *m_form = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLabel *m_idLabel = nullptr;
    QLabel *m_profileLabel = nullptr;
    QLabel *m_serverLabel = nullptr;
    QLabel *m_permissionsLabel = nullptr;
};
