#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

// Confirms disconnecting a guild: destructive (the bot leaves, every mapping
// goes), so the operator must type the guild's name before the button works;
// its ID instead when the name cannot be typed (empty, longer than
// DisplayText::kNameChars, or with controls or bidi overrides in it).
// Opened with open(), never exec(), so tests can drive it.
class DisconnectGuildDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DisconnectGuildDialog)

public:
    explicit DisconnectGuildDialog(QWidget *parent = nullptr);
    ~DisconnectGuildDialog() override;

    void setGuild(const QString &guildId, const QString &guildName, const QString &accountName);
    QString guildId() const { return m_guildId; }
    QString guildName() const { return m_guildName; }

    QLineEdit *confirmEdit() const { return m_confirm; }
    QPushButton *disconnectButton() const { return m_disconnect; }
    // Whether the typed text matches the guild's name (or ID) exactly.
    bool isConfirmed() const;
    // What has to be typed: the name, or the ID for a name that cannot be.
    QString expectedConfirmation() const;

private:
    void updateButton();

    QLabel *m_text = nullptr;
    QLabel *m_prompt = nullptr;
    QLineEdit *m_confirm = nullptr;
    QPushButton *m_disconnect = nullptr;
    QString m_guildId;
    QString m_guildName;
};
