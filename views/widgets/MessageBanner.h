#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

// The one inline message strip of every page: an error with Retry, the
// stale notice when the live connection is down, the last failed action, a
// note waiting for Discord. Tinted from StatusPalette so it reads in light
// and dark themes.
class MessageBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageBanner)

public:
    enum class Kind : quint8 { Information, Warning, Error };

    explicit MessageBanner(Kind kind, QWidget *parent = nullptr);

    void setKind(Kind kind);
    Kind kind() const { return m_kind; }
    // Shows the banner with text; actionText empty hides the button.
    void showMessage(const QString &text, const QString &actionText = {});
    QString text() const;
    QPushButton *actionButton() const { return m_action; }
    void setClosable(bool closable);

Q_SIGNALS:
    void actionTriggered();
    void closed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColours();

    Kind m_kind;
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QPushButton *m_action = nullptr;
    QToolButton *m_close = nullptr;
    bool m_applying = false;
};
