// MessageBanner, the one inline strip of every page: its tint is the
// StatusPalette state of its kind, its text is plain, extra buttons come
// after the action button in order, and stacking puts them in a column.
#include "views/widgets/MessageBanner.h"
#include "views/widgets/StatusPalette.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QVBoxLayout>

class TestMessageBanner final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void kinds_tintFromTheirState_data()
    {
        QTest::addColumn<MessageBanner::Kind>("kind");
        QTest::addColumn<StatusPalette::State>("state");
        QTest::newRow("information")
            << MessageBanner::Kind::Information << StatusPalette::State::Information;
        QTest::newRow("warning") << MessageBanner::Kind::Warning << StatusPalette::State::Warning;
        QTest::newRow("error") << MessageBanner::Kind::Error << StatusPalette::State::Error;
        QTest::newRow("attention")
            << MessageBanner::Kind::Attention << StatusPalette::State::Attention;
        QTest::newRow("discord") << MessageBanner::Kind::Discord << StatusPalette::State::Discord;
    }

    void kinds_tintFromTheirState()
    {
        QFETCH(MessageBanner::Kind, kind);
        QFETCH(StatusPalette::State, state);
        QWidget parent;
        auto *banner = new MessageBanner(MessageBanner::Kind::Information, &parent);
        banner->setKind(kind);
        QCOMPARE(banner->kind(), kind);
        QCOMPARE(banner->palette().color(QPalette::Window),
                 StatusPalette::tint(state, parent.palette()));
    }

    void darkPalette_retintsTheBanner()
    {
        QWidget parent;
        auto *banner = new MessageBanner(MessageBanner::Kind::Discord, &parent);
        QPalette dark = parent.palette();
        dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
        dark.setColor(QPalette::Base, QColor(0x18, 0x18, 0x18));
        dark.setColor(QPalette::WindowText, Qt::white);
        parent.setPalette(dark);
        QCOMPARE(banner->palette().color(QPalette::Window),
                 StatusPalette::tint(StatusPalette::State::Discord, dark));
    }

    void text_isPlain()
    {
        MessageBanner banner(MessageBanner::Kind::Error);
        banner.showMessage(QStringLiteral("<b>guild</b> <img src=x>"));
        QCOMPARE(banner.textLabel()->textFormat(), Qt::PlainText);
        QCOMPARE(banner.text(), QStringLiteral("<b>guild</b> <img src=x>"));
        QCOMPARE(banner.accessibleName(), banner.text());
    }

    void showMessage_withoutAction_hidesTheActionButton()
    {
        QWidget page;
        auto *banner = new MessageBanner(MessageBanner::Kind::Warning, &page);
        page.show();
        QVERIFY(!banner->isVisible()); // hidden until there is something to say
        banner->showMessage(QStringLiteral("Live updates are interrupted."),
                            QStringLiteral("Reconnect"));
        QVERIFY(banner->isVisible());
        QVERIFY(banner->actionButton()->isVisible());
        QSignalSpy triggered(banner, &MessageBanner::actionTriggered);
        QTest::mouseClick(banner->actionButton(), Qt::LeftButton);
        QCOMPARE(triggered.size(), 1);
        banner->showMessage(QStringLiteral("Still down."));
        QVERIFY(!banner->actionButton()->isVisible());
    }

    void addButton_afterTheActionButton_inOrder_beforeClose()
    {
        QWidget page;
        auto *layout = new QVBoxLayout(&page);
        auto *banner = new MessageBanner(MessageBanner::Kind::Discord, &page);
        layout->addWidget(banner);
        banner->setClosable(true);
        QPushButton *first = banner->addButton(QStringLiteral("first"));
        QPushButton *second = banner->addButton(QStringLiteral("second"));
        first->setText(QStringLiteral("Show All Servers"));
        second->setText(QStringLiteral("Back to Bots"));
        QCOMPARE(banner->findChild<QPushButton *>(QStringLiteral("second")), second);
        banner->showMessage(QStringLiteral("Discord servers of the account x"),
                            QStringLiteral("Act"));
        page.resize(800, 80);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const int action = banner->actionButton()->geometry().left();
        const int close =
            banner->findChild<QToolButton *>(QStringLiteral("bannerClose"))->geometry().left();
        QVERIFY(banner->textLabel()->geometry().right() < action);
        QVERIFY(action < first->geometry().left());
        QVERIFY(first->geometry().left() < second->geometry().left());
        QVERIFY(second->geometry().left() < close);
    }

    void stackedButtons_formAColumnAtTheTop()
    {
        QWidget page;
        auto *layout = new QVBoxLayout(&page);
        auto *banner = new MessageBanner(MessageBanner::Kind::Attention, &page);
        layout->addWidget(banner);
        banner->setButtonsStacked(true);
        QPushButton *theirs = banner->addButton(QStringLiteral("theirs"));
        QPushButton *mine = banner->addButton(QStringLiteral("mine"));
        theirs->setText(QStringLiteral("Take Theirs"));
        mine->setText(QStringLiteral("Keep Mine"));
        banner->showMessage(QStringLiteral("Someone else changed 3 features:\na\nb\nc\nd"));
        page.resize(600, 200);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(theirs->geometry().left(), mine->geometry().left());
        QVERIFY(theirs->geometry().bottom() < mine->geometry().top());
        QVERIFY(theirs->geometry().top() < banner->textLabel()->geometry().center().y());
    }
};

QTEST_MAIN(TestMessageBanner)
#include "TestMessageBanner.moc"
