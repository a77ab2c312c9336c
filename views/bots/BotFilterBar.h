#pragma once

#include <QTimer>
#include <QWidget>

class BotTableModel;
class QComboBox;
class QLineEdit;
class QSettings;

// The Bots page's filters: instant search (debounced, Enter applies at
// once), the platform filter and the status filter, applied to the model.
// Leaving the search for the table is the page's business: the bar says
// when the operator asks for it.
class BotFilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BotFilterBar)

public:
    // The model must outlive the bar.
    explicit BotFilterBar(BotTableModel *model, QWidget *parent = nullptr);

    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *platformCombo() const { return m_platform; }
    QComboBox *statusCombo() const { return m_status; }
    QTimer *searchDebounceTimer() { return &m_searchTimer; }

    void setSearchDebounceMs(int ms);
    // Applies the search text now instead of after the debounce.
    void applySearchNow();
    // No search, all platforms, all statuses.
    void clear();
    void focusSearch();
    // One account's rows on every platform and in every status, at once.
    void showAccount(const QString &accountId);
    // 0 all platforms, then one per platform (Ctrl+1..6), then "Other" when
    // there are bots on platforms a newer server named (Ctrl+7).
    void selectPlatform(int comboIndex);
    // Problems only, or all statuses again ("!").
    void toggleProblemsOnly();

    void saveState(QSettings &settings) const;
    void restoreState(QSettings &settings);

Q_SIGNALS:
    // Enter in the search, which is applied: go to the first match.
    void firstMatchRequested();
    // Down or Page Down in the search with rows to go to; the search is applied.
    void tableRequested();
    // Esc in an empty search.
    void leaveRequested();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void fillPlatformCombo();
    void fillStatusCombo();
    void applyPlatformFilter();
    void applyStatusFilter();

    BotTableModel *m_model;
    QLineEdit *m_search = nullptr;
    QComboBox *m_platform = nullptr;
    QComboBox *m_status = nullptr;
    QTimer m_searchTimer;
};
