#include "DiscordPickerPopup.h"

#include "models/discord/DiscordChannelOrder.h"
#include "views/widgets/UntrustedText.h"

#include <QApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QScreen>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QStyle>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace {

QIcon swatch(quint32 rgb, const QPalette &palette)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    if (rgb == 0) {
        // Discord draws colourless roles in the default text colour.
        p.setPen(palette.color(QPalette::Text));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(QRectF(1.5, 1.5, 9, 9));
    } else {
        p.setPen(Qt::NoPen);
        p.setBrush(QColor::fromRgb(QRgb(rgb)));
        p.drawEllipse(QRectF(1, 1, 10, 10));
    }
    return QIcon(pixmap);
}

QStandardItem *choiceItem(const QString &text, const QString &id, const QString &search)
{
    auto *item = new QStandardItem(text);
    item->setData(id, DiscordPickerPopup::IdRole);
    item->setData(true, DiscordPickerPopup::ChoiceRole);
    item->setData(search, DiscordPickerPopup::SearchRole);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren);
    return item;
}

} // namespace

DiscordPickerPopup::DiscordPickerPopup(QWidget *parent)
    : QFrame(parent, Qt::Popup)
{
    setObjectName(QStringLiteral("discordPickerPopup"));
    setFrameShape(QFrame::StyledPanel);
    setAttribute(Qt::WA_WindowPropagation);

    m_title = UntrustedText::label(this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("pickerSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);

    m_model = new QStandardItemModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(SearchRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    // A category stays visible above any channel of it that matches.
    m_proxy->setRecursiveFilteringEnabled(true);

    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("pickerList"));
    m_view->setModel(m_proxy);
    m_view->setHeaderHidden(true);
    m_view->setRootIsDecorated(false);
    m_view->setItemsExpandable(false);
    m_view->setIndentation(14);
    m_view->setUniformRowHeights(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    layout->addWidget(m_title);
    layout->addWidget(m_search);
    layout->addWidget(m_view, 1);

    connect(m_search, &QLineEdit::textChanged, this, &DiscordPickerPopup::onSearchChanged);
    connect(m_view, &QAbstractItemView::activated, this, &DiscordPickerPopup::chooseIndex);
    connect(m_view, &QAbstractItemView::clicked, this, &DiscordPickerPopup::chooseIndex);
}

DiscordPickerPopup::~DiscordPickerPopup() = default;

void DiscordPickerPopup::setChannels(const QList<DiscordChannel> &channels,
                                     const QString &currentId)
{
    m_currentId = currentId;
    m_title->setText(tr("Post to channel"));
    m_search->setPlaceholderText(tr("Type to search channels"));
    m_search->clear();
    m_model->clear();
    m_model->appendRow(choiceItem(tr("No channel"), QString(), tr("No channel")));

    const QColor muted = palette().color(QPalette::Disabled, QPalette::Text);
    QStandardItem *category = nullptr;
    for (const DiscordChannelOrder::Entry &e : DiscordChannelOrder::postableChannels(channels)) {
        if (e.isCategory) {
            category = new QStandardItem(DisplayText::isolated(e.channel.name.toUpper()));
            category->setData(false, ChoiceRole);
            category->setData(QString(), SearchRole); // matched through its channels only
            category->setFlags(Qt::ItemIsEnabled);
            QFont font = category->font();
            font.setBold(true);
            font.setPointSizeF(font.pointSizeF() * 0.9);
            category->setFont(font);
            UntrustedText::setToolTip(category,
                                      tr("Category %1").arg(DisplayText::isolated(e.channel.name)));
            m_model->appendRow(category);
            continue;
        }
        const DiscordChannel &c = e.channel;
        // Names come from Discord: visible, isolated, plain (DisplayText).
        QString text = QLatin1Char('#') + DisplayText::isolated(c.name);
        if (c.type == DiscordChannelType::Announcement)
            text += QLatin1Char(' ') + tr("(announcement)");
        QStandardItem *item = nullptr;
        if (isExtraDiscordChannelType(c.type)) {
            // A type a newer server named: shown under its own name; the
            // server says whether the bot can post there, and it decides.
            const QString type = QString(discordChannelTypeToWire(c.type));
            text += QLatin1String(" (") + type + QLatin1Char(')');
            item = choiceItem(text, c.id, c.name);
            if (!DiscordChannelOrder::isPickable(c)) {
                item->setData(false, ChoiceRole);
                item->setFlags(Qt::ItemNeverHasChildren); // shown, not selectable
                item->setText(tr("%1 — the bot cannot post here").arg(text));
                item->setToolTip(tr("#%1 is a %2 channel, a type this version of the app does "
                                    "not know, and the server says the bot cannot post there.")
                                     .arg(c.name, type));
            } else {
                item->setToolTip(tr("#%1 is a %2 channel, a type this version of the app does "
                                    "not know; the server says the bot can post there.")
                                     .arg(c.name, type));
            }
        } else {
            item = choiceItem(text, c.id, c.name);
        }
        if (!c.botCanPost && DiscordChannelOrder::isPostableType(c.type)) {
            text = tr("%1 — the bot lacks permission to post here").arg(text);
            item->setText(text);
            item->setForeground(muted);
            item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
            UntrustedText::setToolTip(item,
                                      tr("The bot lacks permission to post in #%1: grant it "
                                         "“Send Messages” there in Discord, or choose "
                                         "another channel.")
                                          .arg(DisplayText::isolated(c.name)));
        }
        if (c.id == currentId) {
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
        }
        if (category && !c.parentId.isEmpty())
            category->appendRow(item);
        else
            m_model->appendRow(item);
    }
    m_view->expandAll();
}

void DiscordPickerPopup::setRoles(const QList<DiscordRole> &roles, const QString &currentId)
{
    m_currentId = currentId;
    m_title->setText(tr("Mention role"));
    m_search->setPlaceholderText(tr("Type to search roles"));
    m_search->clear();
    m_model->clear();
    m_model->appendRow(choiceItem(tr("No mention", "no role is mentioned"), QString(),
                                  tr("No mention", "no role is mentioned")));
    QList<DiscordRole> sorted = roles;
    // Discord lists roles highest first (position), ties by ID.
    std::sort(sorted.begin(), sorted.end(), [](const DiscordRole &a, const DiscordRole &b) {
        if (a.position != b.position)
            return a.position > b.position;
        return a.id < b.id;
    });
    for (const DiscordRole &r : std::as_const(sorted)) {
        const QString name = r.name.startsWith(QLatin1Char('@'))
            ? DisplayText::isolated(r.name)
            : QLatin1Char('@') + DisplayText::isolated(r.name);
        QString text = name;
        if (!r.mentionable)
            text = tr("%1 — not mentionable").arg(text);
        QStandardItem *item = choiceItem(text, r.id, r.name);
        item->setIcon(swatch(r.color, palette()));
        if (!r.mentionable)
            UntrustedText::setToolTip(item,
                                      tr("%1 is not mentionable: the mention will not "
                                         "notify anyone unless the bot may mention every "
                                         "role.")
                                          .arg(name));
        if (r.id == currentId) {
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
        }
        m_model->appendRow(item);
    }
}

void DiscordPickerPopup::showBelow(const QRect &globalRect)
{
    const QSize size(qMax(globalRect.width(), 340), 340);
    QPoint pos = globalRect.bottomLeft();
    if (const QScreen *screen = QApplication::screenAt(pos)) {
        const QRect available = screen->availableGeometry();
        if (pos.y() + size.height() > available.bottom())
            pos.setY(globalRect.top() - size.height()); // no room below: open upwards
        pos.setX(qBound(available.left(), pos.x(), available.right() - size.width()));
    }
    resize(size);
    move(pos);
    show();
    m_search->setFocus(Qt::PopupFocusReason);
    // Start on the current choice so Enter keeps it.
    const QModelIndexList match = m_proxy->match(m_proxy->index(0, 0), IdRole, m_currentId, 1,
                                                 Qt::MatchExactly | Qt::MatchRecursive);
    if (!match.isEmpty())
        m_view->setCurrentIndex(match.first());
    else
        selectFirstChoice();
}

QStringList DiscordPickerPopup::visibleChoices() const
{
    QStringList ids;
    std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int r = 0; r < m_proxy->rowCount(parent); ++r) {
            const QModelIndex index = m_proxy->index(r, 0, parent);
            if (index.data(ChoiceRole).toBool())
                ids.append(index.data(IdRole).toString());
            walk(index);
        }
    };
    walk({});
    return ids;
}

QString DiscordPickerPopup::textOf(const QString &id) const
{
    const QModelIndexList match =
        m_model->match(m_model->index(0, 0), IdRole, id, 1, Qt::MatchExactly | Qt::MatchRecursive);
    return match.isEmpty() ? QString() : match.first().data().toString();
}

void DiscordPickerPopup::onSearchChanged(const QString &text)
{
    m_proxy->setFilterFixedString(text.trimmed());
    m_view->expandAll();
    selectFirstChoice();
}

void DiscordPickerPopup::selectFirstChoice()
{
    std::function<QModelIndex(const QModelIndex &)> first = [&](const QModelIndex &parent) {
        for (int r = 0; r < m_proxy->rowCount(parent); ++r) {
            const QModelIndex index = m_proxy->index(r, 0, parent);
            // With a search, skip "none" so Enter takes the first match.
            if (index.data(ChoiceRole).toBool()
                && !(index.data(IdRole).toString().isEmpty() && !m_search->text().isEmpty()))
                return index;
            if (const QModelIndex child = first(index); child.isValid())
                return child;
        }
        return QModelIndex();
    };
    const QModelIndex index = first({});
    if (index.isValid())
        m_view->setCurrentIndex(index);
}

void DiscordPickerPopup::moveCurrent(int delta)
{
    // Headings are skipped: step through the visible choices in display order.
    QModelIndex index = m_view->currentIndex();
    if (!index.isValid()) {
        selectFirstChoice();
        return;
    }
    for (int guard = 0; guard < 10000; ++guard) {
        index = delta > 0 ? m_view->indexBelow(index) : m_view->indexAbove(index);
        if (!index.isValid())
            return;
        if (index.data(ChoiceRole).toBool()) {
            m_view->setCurrentIndex(index);
            return;
        }
    }
}

void DiscordPickerPopup::chooseIndex(const QModelIndex &proxyIndex)
{
    if (!proxyIndex.isValid() || !proxyIndex.data(ChoiceRole).toBool())
        return;
    const QString id = proxyIndex.data(IdRole).toString();
    hide();
    Q_EMIT chosen(id);
}

bool DiscordPickerPopup::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Down:
            moveCurrent(+1);
            return true;
        case Qt::Key_Up:
            moveCurrent(-1);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            chooseIndex(m_view->currentIndex());
            return true;
        case Qt::Key_Escape:
            hide();
            return true;
        default:
            break;
        }
    }
    return QFrame::eventFilter(watched, event);
}
