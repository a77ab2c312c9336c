#include "TriageLogPage.h"

#include "views/HeaderSizing.h"

#include "models/triage/TriageLog.h"
#include "models/triage/TriageLogModel.h"
#include "views/widgets/IsolatingItemDelegate.h"
#include "views/widgets/UntrustedText.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace {

constexpr int kFilterDebounceMs = 200;
const QString kRangeKey = QStringLiteral("range");

QString defaultChooser(QWidget *parent, const QString &caption, const QString &suggestedName,
                       const QString &filter)
{
    return QFileDialog::getSaveFileName(parent, caption, suggestedName, filter);
}

} // namespace

TriageLogPage::TriageLogPage(TriageLog *log, QWidget *parent)
    : ShellPage(parent)
    , m_log(log)
    , m_chooser(defaultChooser)
{
    Q_ASSERT(log);
    setObjectName(QStringLiteral("triagePage"));
    m_model = new TriageLogModel(log, this);
    m_filterTimer.setSingleShot(true);
    m_filterTimer.setInterval(kFilterDebounceMs);
    connect(&m_filterTimer, &QTimer::timeout, this, &TriageLogPage::applyFilters);
    buildUi();
    retranslate();
    applyFilters();
}

TriageLogPage::~TriageLogPage() = default;

QString TriageLogPage::pageId() const
{
    return QStringLiteral("triage");
}

QString TriageLogPage::title() const
{
    return tr("Triage log", "page name");
}

ActionContext TriageLogPage::actionContext() const
{
    return ActionContext::Triage;
}

QWidget *TriageLogPage::initialFocusWidget()
{
    return m_table;
}

void TriageLogPage::buildUi()
{
    auto *layout = new QVBoxLayout(this);

    auto *filters = new QHBoxLayout;
    m_range = new QComboBox(this);
    m_range->setObjectName(QStringLiteral("triageRange"));
    fillRangeCombo();
    m_fromLabel = new QLabel(this);
    m_from = new QDateTimeEdit(this);
    m_from->setObjectName(QStringLiteral("triageFrom"));
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_toLabel = new QLabel(this);
    m_to = new QDateTimeEdit(this);
    m_to->setObjectName(QStringLiteral("triageTo"));
    m_to->setCalendarPopup(true);
    m_to->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    const QDateTime now = QDateTime::currentDateTime();
    m_from->setDateTime(now.addSecs(-3600));
    m_to->setDateTime(now.addSecs(3600));
    m_fromLabel->setBuddy(m_from);
    m_toLabel->setBuddy(m_to);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("triageFilter"));
    m_filter->setClearButtonEnabled(true);
    filters->addWidget(m_range);
    filters->addWidget(m_fromLabel);
    filters->addWidget(m_from);
    filters->addWidget(m_toLabel);
    filters->addWidget(m_to);
    filters->addWidget(m_filter, 1);
    layout->addLayout(filters);

    m_count = UntrustedText::label(this); // may quote a database error
    m_count->setObjectName(QStringLiteral("triageCount"));
    layout->addWidget(m_count);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("triageTable"));
    m_table->setModel(m_model);
    // Names, targets and server messages: each in its own direction.
    m_table->setItemDelegate(new IsolatingItemDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    widenSectionsToFitTitles(m_table->horizontalHeader());
    fitColumns();
    layout->addWidget(m_table, 1);

    auto *buttons = new QHBoxLayout;
    m_status = UntrustedText::label(this); // file names and errors
    m_status->setObjectName(QStringLiteral("triageStatus"));
    m_status->setWordWrap(true);
    m_exportCsv = new QPushButton(this);
    m_exportMarkdown = new QPushButton(this);
    m_copyMarkdown = new QPushButton(this);
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_copyMarkdown);
    buttons->addWidget(m_exportMarkdown);
    buttons->addWidget(m_exportCsv);
    layout->addLayout(buttons);

    connect(m_range, &QComboBox::currentIndexChanged, this, [this] {
        updateRangeEditors();
        applyFilters();
    });
    updateRangeEditors();
    connect(m_from, &QDateTimeEdit::dateTimeChanged, this, [this] {
        if (range() == Range::Custom)
            m_filterTimer.start();
    });
    connect(m_to, &QDateTimeEdit::dateTimeChanged, this, [this] {
        if (range() == Range::Custom)
            m_filterTimer.start();
    });
    connect(m_filter, &QLineEdit::textChanged, this, [this] { m_filterTimer.start(); });
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        applyFilterNow();
        m_table->setFocus(Qt::ShortcutFocusReason);
        if (m_model->rowCount() > 0)
            m_table->setCurrentIndex(m_model->index(0, 0));
    });
    connect(m_exportCsv, &QPushButton::clicked, this, [this] { exportCsv(); });
    connect(m_exportMarkdown, &QPushButton::clicked, this, [this] { exportMarkdown(); });
    connect(m_copyMarkdown, &QPushButton::clicked, this, &TriageLogPage::copyMarkdown);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &TriageLogPage::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TriageLogPage::updateCount);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TriageLogPage::updateSelectionCount);
}

void TriageLogPage::updateRangeEditors()
{
    const bool custom = range() == Range::Custom;
    m_fromLabel->setVisible(custom);
    m_from->setVisible(custom);
    m_toLabel->setVisible(custom);
    m_to->setVisible(custom);
}

void TriageLogPage::fillRangeCombo()
{
    const int current = m_range->currentIndex();
    const QSignalBlocker blocker(m_range);
    m_range->clear();
    m_range->addItem(tr("Last hour"), int(Range::LastHour));
    m_range->addItem(tr("Last 24 hours"), int(Range::LastDay));
    m_range->addItem(tr("Last 7 days"), int(Range::LastWeek));
    m_range->addItem(tr("All entries"), int(Range::All));
    m_range->addItem(tr("Custom range"), int(Range::Custom));
    m_range->setCurrentIndex(current >= 0 ? current : int(Range::LastDay));
}

void TriageLogPage::retranslate()
{
    fillRangeCombo();
    m_range->setToolTip(tr("Which entries to show, by time"));
    m_range->setAccessibleName(tr("Time range"));
    m_fromLabel->setText(tr("&From:"));
    m_toLabel->setText(tr("&To:"));
    m_filter->setPlaceholderText(tr("Filter by account, platform, action, message…"));
    m_filter->setAccessibleName(tr("Filter the triage log"));
    m_exportCsv->setText(tr("Export &CSV…"));
    m_exportMarkdown->setText(tr("Export &Markdown…"));
    m_copyMarkdown->setText(tr("Copy as Mar&kdown"));
    m_table->setAccessibleName(tr("Triage log entries"));
    updateCount();
}

void TriageLogPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    ShellPage::changeEvent(event);
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange)
        fitColumns();
}

void TriageLogPage::fitColumns()
{
    // The time and the result are never cut: their columns are as wide as
    // the widest text they can show, in this font and language.
    QHeaderView *header = m_table->horizontalHeader();
    const QFontMetrics metrics(m_table->font());
    const int padding = metrics.averageCharWidth() * 2
        + 2 * m_table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_table) + 2;
    QChar widestDigit = QLatin1Char('0');
    for (char16_t d = u'0'; d <= u'9'; ++d) {
        if (metrics.horizontalAdvance(QChar(d)) > metrics.horizontalAdvance(widestDigit))
            widestDigit = QChar(d);
    }
    QString time = TriageLogModel::timeText(0);
    for (QChar &c : time) {
        if (c.isDigit())
            c = widestDigit;
    }
    header->resizeSection(TriageLogModel::TimeColumn,
                          std::max(header->sectionSizeHint(TriageLogModel::TimeColumn),
                                   metrics.horizontalAdvance(time) + padding));
    int result = header->sectionSizeHint(TriageLogModel::ResultColumn);
    for (const TriageEntry::Result r :
         {TriageEntry::Result::Pending, TriageEntry::Result::Ok, TriageEntry::Result::Failed,
          TriageEntry::Result::Unknown, TriageEntry::Result::Confirmed,
          TriageEntry::Result::NotApplied}) {
        TriageEntry e;
        e.result = r;
        result = std::max(result, metrics.horizontalAdvance(m_model->resultText(e)) + padding);
    }
    header->resizeSection(TriageLogModel::ResultColumn, result);
}

void TriageLogPage::registerActions(ActionRegistry &registry)
{
    m_registry = &registry;
    auto connectTo = [this](QAction *action, auto slot) {
        if (action)
            connect(action, &QAction::triggered, this, slot);
    };
    connectTo(registry.add(
                  {.id = QStringLiteral("triage.exportCsv"),
                   .text = [] { return tr("Export as &CSV…"); },
                   .toolTip = [] { return tr("Save the selected entries (or all shown) as CSV"); },
                   .shortcuts = {QKeySequence(Qt::CTRL | Qt::Key_E)},
                   .context = ActionContext::Triage,
                   .menu = ActionMenu::Triage,
                   .group = QStringLiteral("export")}),
              [this] { exportCsv(); });
    connectTo(registry.add({.id = QStringLiteral("triage.exportMarkdown"),
                            .text = [] { return tr("Export as &Markdown…"); },
                            .toolTip =
                                [] {
                                    return tr("Save the selected entries (or all shown) as a "
                                              "Markdown table");
                                },
                            .shortcuts = {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E)},
                            .context = ActionContext::Triage,
                            .menu = ActionMenu::Triage,
                            .group = QStringLiteral("export")}),
              [this] { exportMarkdown(); });
    connectTo(registry.add({.id = QStringLiteral("triage.copyMarkdown"),
                            .text = [] { return tr("Copy as Mar&kdown"); },
                            .toolTip =
                                [] {
                                    return tr("Copy the selected entries (or all shown) as a "
                                              "Markdown table for an incident report");
                                },
                            .shortcuts = {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)},
                            .context = ActionContext::Triage,
                            .menu = ActionMenu::Triage,
                            .group = QStringLiteral("export")}),
              &TriageLogPage::copyMarkdown);
    connectTo(
        registry.add({.id = QStringLiteral("triage.focusFilter"),
                      .text = [] { return tr("&Filter Entries"); },
                      .shortcuts = {QKeySequence(QKeySequence::Find), QKeySequence(Qt::Key_Slash)},
                      .context = ActionContext::Triage,
                      .menu = ActionMenu::Triage,
                      .group = QStringLiteral("filter")}),
        &TriageLogPage::focusFilter);
    updateSelectionCount();
}

void TriageLogPage::refresh()
{
    m_model->reload();
}

void TriageLogPage::saveState(QSettings &settings) const
{
    settings.setValue(kRangeKey, int(range()));
}

void TriageLogPage::restoreState(QSettings &settings)
{
    const int saved = settings.value(kRangeKey, int(Range::LastDay)).toInt();
    // A custom range is about one incident; start with the last day again.
    if (saved >= int(Range::LastHour) && saved <= int(Range::All))
        setRange(Range(saved));
}

void TriageLogPage::setRange(Range range)
{
    m_range->setCurrentIndex(m_range->findData(int(range)));
}

TriageLogPage::Range TriageLogPage::range() const
{
    return Range(m_range->currentData().toInt());
}

void TriageLogPage::setCustomRange(const QDateTime &from, const QDateTime &to)
{
    {
        const QSignalBlocker a(m_from);
        const QSignalBlocker b(m_to);
        m_from->setDateTime(from);
        m_to->setDateTime(to);
    }
    if (range() != Range::Custom)
        setRange(Range::Custom);
    else
        applyFilters();
}

void TriageLogPage::setFilterText(const QString &text)
{
    m_filter->setText(text);
}

void TriageLogPage::applyFilterNow()
{
    applyFilters();
}

void TriageLogPage::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void TriageLogPage::applyFilters()
{
    m_filterTimer.stop();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    qint64 from = std::numeric_limits<qint64>::min();
    qint64 to = std::numeric_limits<qint64>::max();
    switch (range()) {
    case Range::LastHour:
        from = now - 3600LL * 1000;
        break;
    case Range::LastDay:
        from = now - 24LL * 3600 * 1000;
        break;
    case Range::LastWeek:
        from = now - 7LL * 24 * 3600 * 1000;
        break;
    case Range::All:
        break;
    case Range::Custom:
        from = m_from->dateTime().toMSecsSinceEpoch();
        to = m_to->dateTime().toMSecsSinceEpoch();
        if (from > to)
            std::swap(from, to);
        break;
    }
    m_model->setFilter(from, to, m_filter->text());
}

void TriageLogPage::updateCount()
{
    if (!m_count)
        return;
    if (!m_log || !m_log->isOpen()) {
        m_count->setText(tr("The triage log could not be opened: %1")
                             .arg(m_log ? m_log->errorString() : QString()));
        return;
    }
    m_count->setText(tr("%n entries", "triage log entries shown", int(m_model->matchingCount())));
}

void TriageLogPage::updateSelectionCount()
{
    if (m_registry) {
        m_registry->setSelectionCount(ActionContext::Triage,
                                      int(m_table->selectionModel()->selectedRows().size()));
    }
}

QList<TriageEntry> TriageLogPage::exportEntries() const
{
    QList<int> rows;
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows.append(index.row());
    if (rows.isEmpty())
        return m_model->allMatching();
    std::sort(rows.begin(), rows.end());
    return m_model->entriesAt(rows);
}

bool TriageLogPage::exportTo(const QString &caption, const QString &suggestedName,
                             const QString &filter, const QString &text)
{
    const QString path = m_chooser ? m_chooser(this, caption, suggestedName, filter) : QString();
    if (path.isEmpty())
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        m_status->setText(tr("Could not save %1: %2").arg(path, file.errorString()));
        return false;
    }
    m_status->setText(tr("Saved to %1").arg(path));
    return true;
}

bool TriageLogPage::exportCsv()
{
    const QList<TriageEntry> entries = exportEntries();
    const QString name =
        QStringLiteral("triage-%1.csv")
            .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm")));
    return exportTo(tr("Export Triage Log as CSV"), name, tr("CSV files (*.csv)"),
                    m_model->toCsv(entries));
}

bool TriageLogPage::exportMarkdown()
{
    const QList<TriageEntry> entries = exportEntries();
    const QString name =
        QStringLiteral("triage-%1.md")
            .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm")));
    return exportTo(tr("Export Triage Log as Markdown"), name, tr("Markdown files (*.md)"),
                    m_model->toMarkdown(entries));
}

void TriageLogPage::copyMarkdown()
{
    const QList<TriageEntry> entries = exportEntries();
    QApplication::clipboard()->setText(m_model->toMarkdown(entries));
    m_status->setText(tr("Copied %n entries as Markdown", "", int(entries.size())));
}
