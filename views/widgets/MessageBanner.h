#pragma once

#include <QFrame>

class QBoxLayout;
class QLabel;
class QPushButton;
class QToolButton;

// The one inline message strip of every page: an error with Retry, the
// stale notice when the live connection is down, the last failed action, a
// note waiting for Discord, an edit conflict. Tinted from StatusPalette so it
// reads in light and dark themes. The text is always plain: banners carry
// server messages and names.
class MessageBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageBanner)

public:
    // Attention: someone else's change needs a decision (an edit conflict).
    // Discord: a Discord-specific note (an account filter, waiting for Discord).
    enum class Kind : quint8 { Information, Warning, Error, Attention, Discord };

    explicit MessageBanner(Kind kind, QWidget *parent = nullptr);

    void setKind(Kind kind);
    Kind kind() const { return m_kind; }
    // Shows the banner with text; actionText empty hides the button.
    void showMessage(const QString &text, const QString &actionText = {});
    QString text() const;
    QLabel *textLabel() const { return m_text; }
    QPushButton *actionButton() const { return m_action; }
    // A further button after the action button, for strips that offer more
    // than one way out; the caller sets its text and connects it.
    QPushButton *addButton(const QString &objectName);
    // Buttons in a column beside the text (for long, multi-line messages).
    void setButtonsStacked(bool stacked);
    void setClosable(bool closable);

Q_SIGNALS:
    void actionTriggered();
    void closed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColours();

    Kind m_kind;
    QBoxLayout *m_layout = nullptr;
    QBoxLayout *m_buttons = nullptr;
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QPushButton *m_action = nullptr;
    QToolButton *m_close = nullptr;
    bool m_applying = false;
};
