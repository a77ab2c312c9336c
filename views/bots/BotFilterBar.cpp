#include "BotFilterBar.h"

#include "PlatformIcons.h"

#include "models/bots/BotTableModel.h"
#include "models/settings/AppSettings.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QSettings>

namespace {

constexpr int kAllPlatforms = -1;
// The model's filter value for every platform a newer server named.
constexpr int kOtherPlatforms = int(Platform::Unknown);

} // namespace

BotFilterBar::BotFilterBar(BotTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    Q_ASSERT(model);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(fontMetrics().height() / 2);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("botSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaxLength(256); // names and IDs are short: a pasted document is cut, not searched
    m_search->setMinimumWidth(fontMetrics().averageCharWidth() * 28);
    // Wide enough for a UUID; wider only pushes the filters away from it.
    m_search->setMaximumWidth(fontMetrics().averageCharWidth() * 56);
    m_search->installEventFilter(this);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchTimer.start(); });
    // Enter applies at once and goes to the first match (so does Down, see
    // eventFilter).
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        applySearchNow();
        Q_EMIT firstMatchRequested();
    });
    layout->addWidget(m_search, 2);

    m_platform = new QComboBox(this);
    m_platform->setObjectName(QStringLiteral("botPlatformFilter"));
    m_platform->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_platform, &QComboBox::currentIndexChanged, this, &BotFilterBar::applyPlatformFilter);
    // "Other (Rumble)" comes and goes with the bots on platforms a newer
    // server named.
    connect(m_model, &BotTableModel::extraPlatformsChanged, this, &BotFilterBar::fillPlatformCombo);
    layout->addWidget(m_platform);

    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("botStatusFilter"));
    // The long "Problems (...)" entry would size the closed box; the popup shows it whole.
    m_status->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_status->setMinimumContentsLength(16);
    m_status->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_status, &QComboBox::currentIndexChanged, this, &BotFilterBar::applyStatusFilter);
    layout->addWidget(m_status);
    layout->addStretch(1);

    setTabOrder(m_search, m_platform);
    setTabOrder(m_platform, m_status);

    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(AppSettings::DefaultSearchDebounceMs);
    connect(&m_searchTimer, &QTimer::timeout, this, &BotFilterBar::applySearchNow);
    retranslate();
}

void BotFilterBar::retranslate()
{
    m_search->setPlaceholderText(tr("Search account name or ID"));
    m_search->setAccessibleName(tr("Search bots"));
    m_search->setToolTip(tr("Matches account name or ID, ignoring case and accents (Ctrl+F)"));
    m_platform->setAccessibleName(tr("Platform filter"));
    m_status->setAccessibleName(tr("Status filter"));
    fillPlatformCombo();
    fillStatusCombo();
}

void BotFilterBar::fillPlatformCombo()
{
    const QVariant current = m_platform->currentData();
    const QSignalBlocker blocker(m_platform);
    m_platform->clear();
    m_platform->addItem(tr("All Platforms"), kAllPlatforms);
    for (int p = 0; p < kKnownPlatformCount; ++p) {
        m_platform->addItem(PlatformIcons::icon(Platform(p)),
                            BotTableModel::platformName(Platform(p)), p);
    }
    // One entry for every platform a newer server named, after the known
    // ones so that Ctrl+1..6 keep their places; it stays while chosen.
    const QList<Platform> extras = m_model->extraPlatforms();
    if (!extras.isEmpty() || current.toInt() == kOtherPlatforms) {
        QStringList names;
        for (const Platform p : extras)
            names.append(BotTableModel::platformName(p));
        const QString text = names.isEmpty()
            ? tr("Other", "platforms this version does not know")
            : tr("Other (%1)", "platforms this version does not know")
                  .arg(names.join(QLatin1String(", ")));
        m_platform->addItem(PlatformIcons::icon(Platform::Unknown), text, kOtherPlatforms);
        m_platform->setItemData(m_platform->count() - 1,
                                tr("Bots on platforms this version of the app does not know"),
                                Qt::ToolTipRole);
    }
    const int index = current.isValid() ? m_platform->findData(current) : 0;
    m_platform->setCurrentIndex(qMax(0, index));
}

void BotFilterBar::fillStatusCombo()
{
    const QVariant current = m_status->currentData();
    const QSignalBlocker blocker(m_status);
    m_status->clear();
    using BotTable::StatusFilter;
    m_status->addItem(tr("All Statuses"), int(StatusFilter::All));
    m_status->addItem(tr("Active"), int(StatusFilter::Active));
    m_status->addItem(tr("Paused"), int(StatusFilter::Paused));
    m_status->addItem(tr("No Connection"), int(StatusFilter::NoConnection));
    m_status->addItem(tr("Stale"), int(StatusFilter::Stale));
    m_status->addItem(tr("Problems (No Connection or Stale)"), int(StatusFilter::Problems));
    const int index = current.isValid() ? m_status->findData(current) : 0;
    m_status->setCurrentIndex(qMax(0, index));
}

void BotFilterBar::setSearchDebounceMs(int ms)
{
    m_searchTimer.setInterval(ms);
}

void BotFilterBar::applySearchNow()
{
    m_searchTimer.stop();
    if (m_model->searchText() != m_search->text())
        m_model->setSearchText(m_search->text());
}

void BotFilterBar::applyPlatformFilter()
{
    const int value = m_platform->currentData().toInt();
    m_model->setPlatformFilter(value == kAllPlatforms ? std::nullopt
                                                      : std::optional<Platform>(Platform(value)));
}

void BotFilterBar::applyStatusFilter()
{
    m_model->setStatusFilter(BotTable::StatusFilter(m_status->currentData().toInt()));
}

void BotFilterBar::clear()
{
    m_search->clear();
    applySearchNow();
    m_platform->setCurrentIndex(0);
    m_status->setCurrentIndex(0);
}

void BotFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void BotFilterBar::showAccount(const QString &accountId)
{
    m_platform->setCurrentIndex(0);
    m_status->setCurrentIndex(0);
    m_search->setText(accountId);
    applySearchNow();
}

void BotFilterBar::selectPlatform(int comboIndex)
{
    if (comboIndex >= 0 && comboIndex < m_platform->count())
        m_platform->setCurrentIndex(comboIndex);
}

void BotFilterBar::toggleProblemsOnly()
{
    const int problems = m_status->findData(int(BotTable::StatusFilter::Problems));
    m_status->setCurrentIndex(m_status->currentIndex() == problems ? 0 : problems);
}

void BotFilterBar::saveState(QSettings &settings) const
{
    settings.setValue(QStringLiteral("platform"), m_platform->currentData());
    settings.setValue(QStringLiteral("status"), m_status->currentData());
}

void BotFilterBar::restoreState(QSettings &settings)
{
    const QVariant platform = settings.value(QStringLiteral("platform"));
    if (platform.isValid())
        m_platform->setCurrentIndex(qMax(0, m_platform->findData(platform.toInt())));
    const QVariant status = settings.value(QStringLiteral("status"));
    if (status.isValid())
        m_status->setCurrentIndex(qMax(0, m_status->findData(status.toInt())));
}

void BotFilterBar::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

bool BotFilterBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Escape) {
            // Esc clears the search; a second Esc leaves it.
            if (!m_search->text().isEmpty()) {
                m_search->clear();
                applySearchNow();
            } else {
                Q_EMIT leaveRequested();
            }
            return true;
        }
        if ((key == Qt::Key_Down || key == Qt::Key_PageDown) && m_model->rowCount() > 0) {
            applySearchNow();
            Q_EMIT tableRequested();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
