#include "CommandPalette.h"

#include "PaletteMatcher.h"

#include "models/SearchFolding.h"

#include <QApplication>
#include <QEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QVBoxLayout>

#include <algorithm>

namespace {
const QString kRecentKey = QStringLiteral("palette/recent");
constexpr int kShown = 50;
} // namespace

CommandPalette::CommandPalette(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("commandPalette"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Window);
    auto *layout = new QVBoxLayout(this);
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("paletteEdit"));
    m_edit->setMaxLength(kMaxQueryLength);
    m_edit->installEventFilter(this);
    layout->addWidget(m_edit);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("paletteList"));
    m_list->setFocusPolicy(Qt::NoFocus); // typing stays in the line edit
    m_list->setUniformItemSizes(true);
    layout->addWidget(m_list);
    connect(m_edit, &QLineEdit::textChanged, this, &CommandPalette::rebuild);
    connect(m_edit, &QLineEdit::returnPressed, this, &CommandPalette::runCurrent);
    connect(m_list, &QListWidget::itemActivated, this, &CommandPalette::runCurrent);
    retranslate();
    hide();
}

void CommandPalette::addSource(PaletteSource source)
{
    m_sources.append(std::move(source));
}

void CommandPalette::setSettings(QSettings *settings)
{
    m_settings = settings;
}

QStringList CommandPalette::recent() const
{
    return m_settings ? m_settings->value(kRecentKey).toStringList() : QStringList();
}

void CommandPalette::remember(const QString &key)
{
    if (!m_settings || key.isEmpty())
        return;
    QStringList list = recent();
    list.removeAll(key);
    list.prepend(key);
    while (list.size() > kRecentMax)
        list.removeLast();
    m_settings->setValue(kRecentKey, list);
}

QList<PaletteItem> CommandPalette::rank(const QString &query) const
{
    PaletteQuery q;
    q.words = PaletteMatcher::words(query);
    q.recent = recent();
    q.limit = kShown;
    QList<PaletteItem> all;
    for (const PaletteSource &source : m_sources)
        source(q, all);
    QList<PaletteItem> matched;
    matched.reserve(all.size());
    for (PaletteItem &item : all) {
        const int s = PaletteMatcher::score(foldForSearch(item.text), q.words);
        if (s == PaletteMatcher::NoMatch)
            continue;
        const qsizetype r = q.recent.indexOf(item.key);
        // Recent commands first: ahead of equals, newest first, and with an
        // empty query ahead of everything.
        item.score = s + (r >= 0 ? kRecentBonus + int(kRecentMax - r) : 0);
        matched.append(std::move(item));
    }
    // Stable: among equal scores the sources' own order (registry order,
    // store order, platform order) decides.
    std::stable_sort(matched.begin(), matched.end(),
                     [](const PaletteItem &a, const PaletteItem &b) { return a.score > b.score; });
    // One entry per key (a source may offer a recent item twice).
    QList<PaletteItem> unique;
    QStringList seen;
    for (PaletteItem &item : matched) {
        if (!item.key.isEmpty()) {
            if (seen.contains(item.key))
                continue;
            seen.append(item.key);
        }
        unique.append(std::move(item));
        if (unique.size() >= kShown)
            break;
    }
    return unique;
}

void CommandPalette::rebuild()
{
    m_items = rank(m_edit->text());
    m_list->clear();
    for (const PaletteItem &item : std::as_const(m_items))
        m_list->addItem(item.text);
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
}

void CommandPalette::runCurrent()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_items.size())
        return;
    const PaletteItem item = m_items.at(row);
    remember(item.key);
    close();
    if (item.run)
        item.run();
}

void CommandPalette::place()
{
    QWidget *p = parentWidget();
    if (!p)
        return;
    const int width = qMin(p->width() - 40, fontMetrics().averageCharWidth() * 80);
    const int height = qMin(p->height() - 80, fontMetrics().height() * 22);
    setGeometry((p->width() - width) / 2, 40, width, height);
}

void CommandPalette::popUp()
{
    if (!isVisible())
        m_previousFocus = QApplication::focusWidget();
    place();
    m_edit->clear();
    rebuild();
    show();
    raise();
    m_edit->setFocus(Qt::PopupFocusReason);
}

void CommandPalette::close()
{
    if (!isVisible())
        return;
    hide();
    if (m_previousFocus && m_previousFocus->isVisible())
        m_previousFocus->setFocus(Qt::PopupFocusReason);
    Q_EMIT closed();
}

bool CommandPalette::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const int count = m_list->count();
        switch (key->key()) {
        case Qt::Key_Escape:
            close();
            return true;
        case Qt::Key_Down:
            if (count > 0)
                m_list->setCurrentRow((m_list->currentRow() + 1) % count);
            return true;
        case Qt::Key_Up:
            if (count > 0)
                m_list->setCurrentRow((m_list->currentRow() - 1 + count) % count);
            return true;
        case Qt::Key_PageDown:
        case Qt::Key_PageUp:
            QApplication::sendEvent(m_list, event);
            return true;
        default:
            break;
        }
    }
    if (watched == m_edit && event->type() == QEvent::FocusOut && isVisible()) {
        // Clicking elsewhere closes it, like a popup.
        auto *focus = static_cast<QFocusEvent *>(event);
        if (focus->reason() == Qt::MouseFocusReason)
            close();
    }
    return QFrame::eventFilter(watched, event);
}

void CommandPalette::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void CommandPalette::retranslate()
{
    m_edit->setPlaceholderText(tr("Type a command, an account or a page"));
    m_edit->setAccessibleName(tr("Command palette"));
    m_list->setAccessibleName(tr("Commands"));
}
