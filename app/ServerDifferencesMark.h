#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringView>

#include <functional>

class QMessageBox;
class QToolButton;
class QWidget;
class Session;

// The status bar mark shown while the server is another program, newer or
// older than this app: it names what differs ("Server is newer than this
// app: platform RUMBLE (1,933 bots)") and, on click or from Help > Server
// Differences, opens a box listing it all. The window owns it and puts
// button() in its status bar; the box is the window's child.
class ServerDifferencesMark final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerDifferencesMark)

public:
    // How many bots the table holds on a platform given by its wire value;
    // negative: not known.
    using BotCounter = std::function<qsizetype(QStringView platformWire)>;

    ServerDifferencesMark(Session &session, QWidget *window);

    QToolButton *button() const { return m_button; }
    void setBotCounter(BotCounter counter);

    // Empty while signed out or while nothing differs.
    QString markText() const;
    QString detailsText() const;

    // Rereads what the server offers: the mark, its tooltip, an open box.
    void update();
    void showDetails();

private:
    Session &m_session;
    QWidget *m_window = nullptr;
    QToolButton *m_button = nullptr;
    QPointer<QMessageBox> m_box;
    BotCounter m_botCounter;
};
