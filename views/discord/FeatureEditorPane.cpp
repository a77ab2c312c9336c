#include "FeatureEditorPane.h"

#include "DisconnectGuildDialog.h"
#include "DiscordPickerPopup.h"
#include "FeatureItemDelegate.h"
#include "GuildNameDelegate.h"

#include "models/commands/DiscordCommands.h"
#include "models/discord/DiscordGuildListModel.h"
#include "models/discord/FeatureMappingModel.h"
#include "models/discord/GuildAvatar.h"
#include "models/text/DisplayText.h"
#include "views/HeaderSizing.h"
#include "views/widgets/MessageBanner.h"
#include "views/widgets/StatusPalette.h"
#include "views/widgets/UntrustedText.h"

#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace {

constexpr int kAvatarEdge = 40;
constexpr int kProblemsShown = 4;

} // namespace

FeatureEditorPane::FeatureEditorPane(DiscordCommands *commands, QWidget *parent)
    : QWidget(parent)
    , m_commands(commands)
    , m_guilds(commands->guildModel())
    , m_features(commands->featureModel())
{
    setObjectName(QStringLiteral("discordFeatureEditorPane"));
    m_discardPrompt = [this](const QString &question) {
        QMessageBox box(QMessageBox::Warning, tr("Unsaved Changes"), question,
                        QMessageBox::Discard | QMessageBox::Cancel, this);
        box.setDefaultButton(QMessageBox::Cancel);
        box.button(QMessageBox::Discard)->setText(tr("Discard Changes"));
        box.button(QMessageBox::Cancel)->setText(tr("Keep Editing"));
        UntrustedText::makePlain(&box); // the question names the server
        return box.exec() == QMessageBox::Discard;
    };

    buildUi();
    retranslateUi();

    connect(m_guilds, &DiscordGuildListModel::guildRemoved, this,
            &FeatureEditorPane::onGuildRemoved);
    connect(m_guilds, &QAbstractItemModel::dataChanged, this, [this] { updateHeader(); });
    connect(m_features, &FeatureMappingModel::stateChanged, this,
            &FeatureEditorPane::updateEditState);
    connect(m_features, &QAbstractItemModel::modelReset, this, [this] {
        // The controller cleared the editor (guild gone, signed out).
        if (!m_features->hasGuild() && m_state == State::Ready)
            m_state = m_guildId.isEmpty() ? State::NoGuild : State::Loading;
        updateEditor();
    });
    connect(m_featureView, &QAbstractItemView::activated, this,
            &FeatureEditorPane::onFeatureActivated);

    m_picker = new DiscordPickerPopup(this);
    connect(m_picker, &DiscordPickerPopup::chosen, this, [this](const QString &id) {
        if (m_pickerGuildId != m_features->guildId() || m_pickerRow < 0)
            return; // the guild changed while the popup was open
        if (m_pickerIsChannel)
            m_features->setChannel(m_pickerRow, id);
        else
            m_features->setMentionRole(m_pickerRow, id);
        m_featureView->setFocus();
    });

    updateEditor();
}

FeatureEditorPane::~FeatureEditorPane() = default;

DisconnectGuildDialog *FeatureEditorPane::disconnectDialog() const
{
    return m_disconnectDialog;
}

QLabel *FeatureEditorPane::conflictLabel() const
{
    return m_conflictBar->textLabel();
}

// --- UI ---------------------------------------------------------------------

void FeatureEditorPane::buildUi()
{
    // The editor, or a placeholder saying why there is none.
    m_stack = new QStackedWidget(this);
    m_placeholder = new QLabel(m_stack);
    m_placeholder->setObjectName(QStringLiteral("discordEditorPlaceholder"));
    m_placeholder->setTextFormat(Qt::PlainText); // carries a guild name or a server message
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setMargin(24);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);

    auto *editor = new QWidget(m_stack);
    m_avatar = new QLabel(editor);
    m_avatar->setFixedSize(kAvatarEdge, kAvatarEdge);
    m_guildName = new QLabel(editor);
    m_guildName->setObjectName(QStringLiteral("discordGuildName"));
    m_guildName->setTextFormat(Qt::PlainText);
    QFont nameFont = m_guildName->font();
    nameFont.setBold(true);
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.3);
    m_guildName->setFont(nameFont);
    m_guildName->setTextInteractionFlags(Qt::TextSelectableByMouse);
    UntrustedText::setElided(m_guildName); // a 10,000-character name must not widen the window
    m_guildDetails = new QLabel(editor);
    m_guildDetails->setObjectName(QStringLiteral("discordGuildDetails"));
    m_guildDetails->setTextFormat(Qt::PlainText);
    m_guildDetails->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_guildDetails->setWordWrap(true);
    m_disconnect = new QPushButton(editor);
    m_disconnect->setObjectName(QStringLiteral("discordDisconnect"));
    connect(m_disconnect, &QPushButton::clicked, this, &FeatureEditorPane::disconnectGuild);
    auto *headerText = new QVBoxLayout;
    headerText->setSpacing(2);
    headerText->addWidget(m_guildName);
    headerText->addWidget(m_guildDetails);
    auto *header = new QHBoxLayout;
    header->addWidget(m_avatar, 0, Qt::AlignTop);
    header->addLayout(headerText, 1);
    header->addWidget(m_disconnect, 0, Qt::AlignTop);

    m_conflictBar = new MessageBanner(MessageBanner::Kind::Attention, editor);
    m_conflictBar->setObjectName(QStringLiteral("discordConflictBar"));
    m_conflictBar->setButtonsStacked(true);
    m_takeTheirs = m_conflictBar->addButton(QStringLiteral("discordTakeTheirs"));
    m_keepMine = m_conflictBar->addButton(QStringLiteral("discordKeepMine"));
    connect(m_takeTheirs, &QPushButton::clicked, this,
            [this] { m_features->resolveAllConflicts(false); });
    connect(m_keepMine, &QPushButton::clicked, this,
            [this] { m_features->resolveAllConflicts(true); });

    m_featuresTitle = new QLabel(editor);
    QFont titleFont = m_featuresTitle->font();
    titleFont.setBold(true);
    m_featuresTitle->setFont(titleFont);

    m_featureView = new QTableView(editor);
    m_featureView->setObjectName(QStringLiteral("discordFeatureTable"));
    m_featureView->setModel(m_features);
    m_featureView->setItemDelegate(new FeatureItemDelegate(m_featureView));
    m_featureView->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_featureView->setSelectionMode(QAbstractItemView::SingleSelection);
    // Channel and role open the searchable pickers (Enter, double-click);
    // the check box toggles with Space or a click.
    m_featureView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_featureView->setWordWrap(false);
    m_featureView->setShowGrid(false);
    m_featureView->verticalHeader()->hide();
    m_featureView->verticalHeader()->setDefaultSectionSize(28);
    QHeaderView *fh = m_featureView->horizontalHeader();
    fh->setStretchLastSection(true);
    fh->resizeSection(int(DiscordFeatureColumn::Feature), 215);
    fh->resizeSection(int(DiscordFeatureColumn::Enabled), 62);
    fh->resizeSection(int(DiscordFeatureColumn::Channel), 140);
    fh->resizeSection(int(DiscordFeatureColumn::MentionRole), 115);
    widenSectionsToFitTitles(fh);

    m_problems = new QLabel(editor);
    m_problems->setObjectName(QStringLiteral("discordProblems"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);

    m_saveReason = new QLabel(editor);
    m_saveReason->setObjectName(QStringLiteral("discordSaveReason"));
    m_saveReason->setWordWrap(true);
    m_saveReason->setTextFormat(Qt::PlainText);
    m_revert = new QPushButton(editor);
    m_revert->setObjectName(QStringLiteral("discordRevert"));
    m_save = new QPushButton(editor);
    m_save->setObjectName(QStringLiteral("discordSave"));
    m_save->setDefault(false);
    connect(m_revert, &QPushButton::clicked, this, &FeatureEditorPane::revert);
    connect(m_save, &QPushButton::clicked, this, &FeatureEditorPane::save);
    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(m_saveReason, 1);
    saveRow->addWidget(m_revert);
    saveRow->addWidget(m_save);

    auto *editorLayout = new QVBoxLayout(editor);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addLayout(header);
    editorLayout->addWidget(m_conflictBar);
    editorLayout->addWidget(m_featuresTitle);
    editorLayout->addWidget(m_featureView, 1);
    editorLayout->addWidget(m_problems);
    editorLayout->addLayout(saveRow);

    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(editor);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
}

void FeatureEditorPane::retranslateUi()
{
    m_disconnect->setText(tr("Disconnect…"));
    m_disconnect->setToolTip(tr("Remove the bot from this server and delete its mapping"));
    m_takeTheirs->setText(tr("Take Theirs"));
    m_keepMine->setText(tr("Keep Mine"));
    m_revert->setText(tr("Revert"));
    m_save->setText(tr("Save"));
    m_featureView->setAccessibleName(tr("Feature mappings"));
    updateEditor();
}

void FeatureEditorPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange)
        updateEditState(); // the error colour follows the theme
    QWidget::changeEvent(event);
}

void FeatureEditorPane::setPermissions(bool canEdit, bool canDelete)
{
    m_canEdit = canEdit;
    m_canDelete = canDelete;
    m_features->setReadOnly(!m_canEdit);
    m_save->setVisible(m_canEdit);
    m_revert->setVisible(m_canEdit);
    m_disconnect->setVisible(m_canDelete);
    updateEditState();
}

// --- open guild ----------------------------------------------------------------

void FeatureEditorPane::openGuild(const QString &guildId)
{
    m_picker->hide();
    m_guildId = guildId;
    m_lastGuildName = m_guilds->guild(guildId).name;
    m_state = State::Loading;
    m_error.clear();
    updateEditor();
    m_commands->openGuild(guildId, this, [this, guildId](const ApiError &error) {
        if (guildId != m_guildId)
            return;
        if (error) {
            m_state = State::Failed;
            m_error = error.message;
        } else {
            m_state = State::Ready;
        }
        updateEditor();
    });
}

void FeatureEditorPane::onGuildRemoved(const QString &guildId)
{
    if (guildId != m_guildId)
        return;
    m_picker->hide();
    m_guildId.clear();
    m_state = State::Gone;
    Q_EMIT openGuildGone();
    updateEditor();
}

bool FeatureEditorPane::hasUnsavedChanges() const
{
    return m_features->hasGuild() && (m_features->hasStagedChanges() || m_features->hasConflicts());
}

bool FeatureEditorPane::confirmDiscardChanges()
{
    if (!hasUnsavedChanges())
        return true;
    const int n = m_features->changedCount();
    const QString name = m_guilds->guild(m_guildId).name;
    return m_discardPrompt(tr("You have %n unsaved change(s) to the feature mappings of “%1”. "
                              "Discard them?",
                              nullptr, n)
                               .arg(name.isEmpty() ? m_lastGuildName : name));
}

void FeatureEditorPane::discardChanges()
{
    m_features->revert();
}

void FeatureEditorPane::clear()
{
    // The old profile's edits must not leak into the next one; nobody is asked.
    m_features->revert();
    m_saving = false; // an answer for the old session never comes
    m_guildId.clear();
    m_state = State::NoGuild;
    if (m_disconnectDialog)
        m_disconnectDialog->reject();
    m_picker->hide();
    updateEditor();
}

// --- what the editor shows ------------------------------------------------------

void FeatureEditorPane::updateHeader()
{
    const DiscordGuild g = m_guilds->guild(m_guildId);
    if (g.guildId.isEmpty())
        return;
    m_lastGuildName = g.name;
    // The guild's icon once loaded (asking for the decoration asks for the
    // icon, even when a filter hides the row), else its initials.
    const QModelIndex cell =
        m_guilds->index(m_guilds->rowOf(g.guildId), int(DiscordGuildColumn::Name));
    const QImage icon = cell.data(DiscordIconImageRole).value<QImage>();
    if (icon.isNull()) {
        cell.data(Qt::DecorationRole);
        m_avatar->setPixmap(GuildAvatar::icon(g.guildId, g.name, kAvatarEdge)
                                .pixmap(QSize(kAvatarEdge, kAvatarEdge)));
    } else {
        m_avatar->setPixmap(
            GuildNameDelegate::circularPixmap(icon, kAvatarEdge, devicePixelRatioF()));
    }
    UntrustedText::setText(m_guildName, DisplayText::nameOrId(g.name, g.guildId));
    QStringList details;
    details.append(tr("ID %1").arg(DisplayText::isolated(g.guildId)));
    details.append(tr("account %1").arg(DisplayText::nameOrId(g.accountName, g.accountId)));
    if (g.connectedAt != kNoTimestamp)
        details.append(tr("connected %1")
                           .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(g.connectedAt),
                                                   QLocale::ShortFormat)));
    QString text = details.join(QStringLiteral(" · "));
    if (!g.available)
        text += QLatin1Char('\n')
            + tr("Discord reports this server as unavailable; its mapping is kept.");
    if (const QString error = m_guilds->rowError(g.guildId); !error.isEmpty())
        text += QLatin1Char('\n') + error;
    UntrustedText::setText(m_guildDetails, text);
    UntrustedText::setToolTip(m_guildDetails,
                              tr("Account ID %1").arg(DisplayText::isolated(g.accountId)));
    m_disconnect->setEnabled(m_canDelete && !m_guilds->isPending(g.guildId)
                             && m_commands->isAvailable());
    Q_EMIT actionsChanged();
}

void FeatureEditorPane::updateEditor()
{
    const bool showEditor =
        !m_guildId.isEmpty() && (m_state == State::Ready || m_state == State::Loading);
    switch (m_state) {
    case State::NoGuild:
        m_placeholder->setText(
            tr("Select a server on the left to see which channel each feature posts to."));
        break;
    case State::Loading:
    case State::Ready:
        break;
    case State::Failed:
        UntrustedText::setText(m_placeholder,
                               tr("Could not load the server's channels, roles and mappings: "
                                  "%1\n\nSelect it again or reload (F5) to retry.")
                                   .arg(m_error));
        break;
    case State::Gone:
        UntrustedText::setText(m_placeholder,
                               tr("“%1” was disconnected: it is no longer mapped to an account.")
                                   .arg(DisplayText::nameOrId(m_lastGuildName, m_guildId)));
        break;
    }
    m_stack->setCurrentIndex(showEditor ? 1 : 0);
    if (showEditor)
        updateHeader();
    m_featureView->setEnabled(m_state == State::Ready);
    if (m_state == State::Loading)
        m_featuresTitle->setText(tr("Feature routing — loading channels, roles and mappings…"));
    else
        m_featuresTitle->setText(tr("Feature routing"));
    updateEditState();
}

void FeatureEditorPane::updateEditState()
{
    const bool ready = m_state == State::Ready && m_features->hasGuild();
    QString reason = ready ? m_features->saveBlockedReason() : QString();
    if (m_saving)
        reason = tr("Saving…");
    const bool canSave = ready && m_canEdit && !m_saving && reason.isEmpty();
    m_save->setEnabled(canSave);
    m_revert->setEnabled(ready && m_canEdit && !m_saving && hasUnsavedChanges());
    UntrustedText::setToolTip(m_save,
                              canSave ? tr("Send the changed mappings to the server") : reason);
    updateSaveReason(ready, canSave, reason);
    updateProblems(ready);
    updateConflicts(ready);
    Q_EMIT actionsChanged();
}

// Why Save is off, next to it; "nothing to save" is not a problem.
void FeatureEditorPane::updateSaveReason(bool ready, bool canSave, const QString &reason)
{
    QPalette reasonPalette = m_saveReason->palette();
    const bool isProblem = ready && !m_saving && !canSave && m_features->hasStagedChanges();
    reasonPalette.setColor(QPalette::WindowText,
                           isProblem ? StatusPalette::colour(StatusPalette::State::Error, palette())
                                     : palette().color(QPalette::PlaceholderText));
    m_saveReason->setPalette(reasonPalette);
    if (!ready)
        m_saveReason->clear();
    else if (canSave)
        m_saveReason->setText(tr("%n unsaved change(s)", nullptr, m_features->changedCount()));
    else if (!m_canEdit)
        m_saveReason->setText(tr("Read-only"));
    else if (!m_features->hasStagedChanges() && !m_features->hasConflicts()
             && m_features->isValid())
        m_saveReason->setText(tr("No unsaved changes"));
    else if (!m_features->hasConflicts() && !m_features->isValid())
        // The problems are listed right above; say what to do, not it again.
        m_saveReason->setText(tr("Save is off until the %n problem(s) above are fixed.", nullptr,
                                 int(m_features->problems().size())));
    else
        UntrustedText::setText(m_saveReason, reason);
}

// Every broken row, listed, so nothing stale is silently kept.
void FeatureEditorPane::updateProblems(bool ready)
{
    const QStringList problems = ready ? m_features->problems() : QStringList();
    if (problems.isEmpty()) {
        m_problems->hide();
        return;
    }
    QStringList shown = problems.mid(0, kProblemsShown);
    if (problems.size() > kProblemsShown)
        shown.append(tr("…and %n more", nullptr, int(problems.size()) - kProblemsShown));
    UntrustedText::setText(m_problems,
                           tr("Cannot be saved like this:") + QLatin1Char('\n')
                               + shown.join(QLatin1Char('\n')));
    QPalette p = m_problems->palette();
    p.setColor(QPalette::WindowText, StatusPalette::colour(StatusPalette::State::Error, palette()));
    m_problems->setPalette(p);
    m_problems->show();
}

// Theirs against yours, for every row someone else changed meanwhile.
void FeatureEditorPane::updateConflicts(bool ready)
{
    const QList<FeatureMappingModel::Conflict> conflicts =
        ready ? m_features->conflicts() : QList<FeatureMappingModel::Conflict>();
    if (conflicts.isEmpty()) {
        m_conflictBar->hide();
        return;
    }
    QStringList lines;
    lines.append(tr("Someone else changed %n feature(s) of this server while you were "
                    "editing. Nothing was overwritten:",
                    nullptr, int(conflicts.size())));
    for (const FeatureMappingModel::Conflict &c : conflicts)
        lines.append(tr("%1 — theirs: %2; yours: %3")
                         .arg(DisplayText::isolated(c.feature), m_features->describe(c.theirs),
                              m_features->describe(c.yours)));
    m_takeTheirs->setEnabled(m_canEdit);
    m_keepMine->setEnabled(m_canEdit);
    m_conflictBar->showMessage(lines.join(QLatin1Char('\n')));
}

bool FeatureEditorPane::canSave() const
{
    return m_save->isEnabled();
}

bool FeatureEditorPane::canRevert() const
{
    return m_revert->isEnabled();
}

bool FeatureEditorPane::canDisconnect() const
{
    return m_disconnect->isEnabled();
}

// --- editing ---------------------------------------------------------------------

void FeatureEditorPane::onFeatureActivated(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    switch (DiscordFeatureColumn(index.column())) {
    case DiscordFeatureColumn::Channel:
        editChannel(index.row());
        break;
    case DiscordFeatureColumn::MentionRole:
        editMentionRole(index.row());
        break;
    case DiscordFeatureColumn::Enabled:
        if (m_canEdit)
            m_features->setEnabled(index.row(), !m_features->value(index.row()).enabled);
        break;
    default:
        break;
    }
}

bool FeatureEditorPane::editChannel(int featureRow)
{
    return openPicker(featureRow, true);
}

bool FeatureEditorPane::editMentionRole(int featureRow)
{
    return openPicker(featureRow, false);
}

bool FeatureEditorPane::openPicker(int featureRow, bool channel)
{
    if (!m_canEdit || m_features->isReadOnly() || m_state != State::Ready || featureRow < 0
        || featureRow >= m_features->rowCount())
        return false;
    m_pickerRow = featureRow;
    m_pickerIsChannel = channel;
    m_pickerGuildId = m_features->guildId();
    const FeatureMappingModel::Value v = m_features->value(featureRow);
    if (channel)
        m_picker->setChannels(m_features->channels(), v.channelId);
    else
        m_picker->setRoles(m_features->roles(), v.roleId);
    const auto column = channel ? DiscordFeatureColumn::Channel : DiscordFeatureColumn::MentionRole;
    const QModelIndex index = m_features->index(featureRow, int(column));
    m_featureView->setCurrentIndex(index);
    const QRect cell = m_featureView->visualRect(index);
    const QPoint topLeft = m_featureView->viewport()->mapToGlobal(cell.topLeft());
    m_picker->showBelow(QRect(topLeft, cell.size()));
    return true;
}

// --- save / revert ----------------------------------------------------------------

void FeatureEditorPane::save()
{
    if (!m_save->isEnabled() || !m_features->canSave())
        return;
    const int n = m_features->changedCount();
    const QString name = DisplayText::nameOrId(m_lastGuildName, m_guildId);
    m_saving = true;
    updateEditState();
    Q_EMIT statusMessage(tr("Saving %n change(s)…", nullptr, n), false);
    m_commands->saveStagedChanges(this, [this, n, name](const ApiError &error) {
        m_saving = false;
        if (error)
            Q_EMIT statusMessage(tr("Could not save every change to “%1”: %2. What failed is "
                                    "still marked as changed; Save again to retry.")
                                     .arg(name, error.message),
                                 true);
        else
            Q_EMIT statusMessage(tr("Saved %n change(s) to “%1”.", nullptr, n).arg(name), false);
        updateEditState();
    });
}

void FeatureEditorPane::revert()
{
    if (!hasUnsavedChanges())
        return;
    m_features->revert();
    Q_EMIT statusMessage(tr("Changes reverted."), false);
}

// --- disconnect ---------------------------------------------------------------------

void FeatureEditorPane::disconnectGuild()
{
    if (!m_canDelete || m_guildId.isEmpty() || !m_disconnect->isEnabled())
        return;
    const DiscordGuild g = m_guilds->guild(m_guildId);
    if (g.guildId.isEmpty())
        return;
    if (!m_disconnectDialog) {
        m_disconnectDialog = new DisconnectGuildDialog(this);
        connect(m_disconnectDialog, &QDialog::accepted, this,
                [this] { doDisconnect(m_disconnectDialog->guildId()); });
    }
    m_disconnectDialog->setGuild(g.guildId, g.name,
                                 g.accountName.isEmpty() ? g.accountId : g.accountName);
    m_disconnectDialog->open();
}

void FeatureEditorPane::doDisconnect(const QString &guildId)
{
    const QString name = DisplayText::nameOrId(m_guilds->guild(guildId).name, guildId);
    Q_EMIT statusMessage(tr("Disconnecting “%1”…").arg(name), false);
    m_commands->disconnectGuild(guildId, this, [this, name](const ApiError &error) {
        if (error)
            Q_EMIT statusMessage(tr("Could not disconnect “%1”: %2").arg(name, error.message),
                                 true);
        else
            Q_EMIT statusMessage(tr("Disconnected “%1”.").arg(name), false);
        updateHeader();
    });
    updateHeader();
}
