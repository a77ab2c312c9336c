#include "GuildListPane.h"

#include "GuildAccountName.h"
#include "GuildNameDelegate.h"

#include "models/commands/DiscordCommands.h"
#include "models/discord/DiscordGuildFilterModel.h"
#include "models/discord/DiscordGuildListModel.h"
#include "models/settings/AppSettings.h"
#include "views/HeaderSizing.h"
#include "views/widgets/IsolatingItemDelegate.h"
#include "views/widgets/MessageBanner.h"
#include "views/widgets/UntrustedText.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPersistentModelIndex>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

GuildListPane::GuildListPane(DiscordCommands *commands, AppSettings *settings, QWidget *parent)
    : QWidget(parent)
    , m_commands(commands)
    , m_guilds(commands->guildModel())
    , m_settings(settings)
{
    setObjectName(QStringLiteral("discordGuildListPane"));
    m_proxy = new DiscordGuildFilterModel(this);
    m_proxy->setSourceModel(m_guilds);
    m_searchTimer.setSingleShot(true);
    applySettings();
    if (m_settings)
        connect(m_settings, &AppSettings::changed, this, [this](AppSettings::Key key) {
            if (key == AppSettings::Key::SearchDebounce)
                applySettings();
        });

    buildUi();
    retranslateUi();

    connect(&m_searchTimer, &QTimer::timeout, this, [this] {
        m_proxy->setSearchText(m_search->text());
        updateCount();
    });
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchTimer.start(); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &GuildListPane::onCurrentRowChanged);

    connect(m_guilds, &QAbstractItemModel::rowsInserted, this, [this] {
        updateCount();
        updateAccountBar();
        // The open guild may be back in view (a snapshot after a search).
        if (!m_view->currentIndex().isValid())
            syncSelection();
    });
    connect(m_guilds, &QAbstractItemModel::rowsRemoved, this, [this] {
        updateCount();
        updateAccountBar();
    });
    connect(m_guilds, &QAbstractItemModel::modelReset, this, [this] {
        updateCount();
        updateAccountBar();
    });
    connect(m_guilds, &DiscordGuildListModel::loadedChanged, this, [this] { updateCount(); });
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, [this] { updateCount(); });
    updateCount();
}

GuildListPane::~GuildListPane() = default;

void GuildListPane::buildUi()
{
    // Shown above both panes; the page puts it there.
    m_accountBar = new MessageBanner(MessageBanner::Kind::Discord, this);
    m_accountBar->setObjectName(QStringLiteral("discordAccountBar"));
    m_showAll = m_accountBar->addButton(QStringLiteral("discordShowAll"));
    m_backToBots = m_accountBar->addButton(QStringLiteral("discordBackToBots"));
    connect(m_showAll, &QPushButton::clicked, this, &GuildListPane::showAllAccounts);
    connect(m_backToBots, &QPushButton::clicked, this,
            [this] { Q_EMIT backToBotsRequested(m_proxy->accountFilter()); });

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("discordSearch"));
    m_search->setClearButtonEnabled(true);
    m_addServer = new QPushButton(this);
    m_addServer->setObjectName(QStringLiteral("discordAddServer"));
    connect(m_addServer, &QPushButton::clicked, this, &GuildListPane::addServerRequested);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("discordGuildTable"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(int(DiscordGuildColumn::Name), Qt::AscendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setShowGrid(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(28);
    m_view->setIconSize(QSize(20, 20));
    // Names and IDs from Discord, each laid out in its own direction.
    m_view->setItemDelegate(new IsolatingItemDelegate(m_view));
    m_view->setItemDelegateForColumn(int(DiscordGuildColumn::Name), new GuildNameDelegate(m_view));
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(true);
    header->setSectionsMovable(true);
    header->resizeSection(int(DiscordGuildColumn::Name), 190);
    header->resizeSection(int(DiscordGuildColumn::GuildId), 162);
    header->resizeSection(int(DiscordGuildColumn::Account), 112);
    header->resizeSection(int(DiscordGuildColumn::ConnectedAt), 92);
    header->resizeSection(int(DiscordGuildColumn::Features), 66);
    widenSectionsToFitTitles(header);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("discordGuildCount"));

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_addServer);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(searchRow);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);
}

void GuildListPane::retranslateUi()
{
    m_showAll->setText(tr("Show All Servers"));
    m_backToBots->setText(tr("Back to Bots"));
    m_search->setPlaceholderText(tr("Search by server, server ID or account"));
    m_search->setAccessibleName(tr("Search servers"));
    m_addServer->setText(tr("Add Server…"));
    m_addServer->setToolTip(tr("Add the Lumio bot to a Discord server for an account"));
    m_view->setAccessibleName(tr("Discord servers"));
    updateAccountBar();
    updateCount();
}

void GuildListPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void GuildListPane::applySettings()
{
    m_searchTimer.setInterval(m_settings ? m_settings->searchDebounceMs()
                                         : AppSettings::DefaultSearchDebounceMs);
}

void GuildListPane::setCanAdd(bool canAdd)
{
    m_addServer->setVisible(canAdd);
}

void GuildListPane::onCurrentRowChanged(const QModelIndex &current, const QModelIndex &previous)
{
    if (m_syncingSelection || !current.isValid())
        return; // a filter hid the row: the editor keeps its guild
    const QString id = current.data(DiscordGuildIdRole).toString();
    if (id == m_openGuildId)
        return;
    // Never ask in the middle of the view's own mouse or key handling.
    QTimer::singleShot(
        0, this,
        [this, id, left = QPersistentModelIndex(previous), hadPrevious = previous.isValid()] {
            // When the previous row left the view (a filter, a disconnect), the
            // selection model moved to a neighbour by itself: that is not the
            // operator choosing it, so the selection goes back to the open guild.
            if (hadPrevious && !left.isValid()) {
                syncSelection();
                return;
            }
            Q_EMIT guildRequested(id);
        });
}

void GuildListPane::syncSelection()
{
    m_syncingSelection = true;
    const int sourceRow = m_guilds->rowOf(m_openGuildId);
    const QModelIndex index =
        sourceRow >= 0 ? m_proxy->mapFromSource(m_guilds->index(sourceRow, 0)) : QModelIndex();
    if (index.isValid()) {
        m_view->setCurrentIndex(index);
        m_view->scrollTo(index);
    } else {
        m_view->selectionModel()->clear();
    }
    m_syncingSelection = false;
}

void GuildListPane::reveal(const QString &guildId)
{
    if (m_proxy->mapFromSource(m_guilds->index(m_guilds->rowOf(guildId), 0)).isValid())
        return;
    m_search->clear();
    m_proxy->setSearchText({});
    if (!m_proxy->accountFilter().isEmpty()
        && m_proxy->accountFilter() != m_guilds->guild(guildId).accountId)
        showAllAccounts();
}

QString GuildListPane::accountFilter() const
{
    return m_proxy->accountFilter();
}

void GuildListPane::showAccount(const QString &accountId)
{
    // Exactly the account's ID: IDs that differ only in case are two accounts.
    m_proxy->setAccountFilter(accountId);
    m_search->clear();
    m_proxy->setSearchText({});
    updateAccountBar();
    updateCount();
}

void GuildListPane::showAllAccounts()
{
    m_proxy->setAccountFilter({});
    updateAccountBar();
    updateCount();
    syncSelection();
}

QString GuildListPane::firstShownGuildId() const
{
    return m_proxy->rowCount() > 0 ? m_proxy->index(0, 0).data(DiscordGuildIdRole).toString()
                                   : QString();
}

void GuildListPane::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void GuildListPane::clear()
{
    m_openGuildId.clear();
    m_proxy->setAccountFilter({});
    m_search->clear();
    updateAccountBar();
}

void GuildListPane::updateAccountBar()
{
    const QString id = m_proxy->accountFilter();
    if (id.isEmpty()) {
        m_accountBar->hide();
        return;
    }
    const QString name = guildAccountName(*m_guilds, id);
    if (m_proxy->rowCount() == 0 && m_guilds->isLoaded())
        m_accountBar->showMessage(tr("The account %1 has no Discord server.").arg(name));
    else
        m_accountBar->showMessage(tr("Discord servers of the account %1").arg(name));
}

void GuildListPane::updateCount()
{
    if (!m_guilds->isLoaded()) {
        m_count->setText(m_commands->isAvailable() ? tr("Loading servers…") : QString());
        return;
    }
    const int total = m_guilds->rowCount();
    const int shown = m_proxy->rowCount();
    if (shown == total)
        m_count->setText(tr("%n server(s)", nullptr, total));
    else
        m_count->setText(tr("%1 of %n server(s)", nullptr, total).arg(shown));
}
