#pragma once

#include "models/triage/TriageEntry.h"
#include "views/ShellPage.h"

#include <QList>
#include <QPointer>
#include <QTimer>

#include <functional>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class TriageLog;
class TriageLogModel;

// The Triage log page: every action this operator took, newest first, with
// time-range and text filters, and export of the selected entries (or all
// shown, when none is selected) as CSV or as a Markdown table for an
// incident report. It reads the TriageLog; it never writes to it.
class TriageLogPage final : public ShellPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TriageLogPage)

public:
    enum class Range : quint8 { LastHour, LastDay, LastWeek, All, Custom };
    Q_ENUM(Range)

    // Asks where to save (a file dialog); returns an empty path to cancel.
    // Replaced by tests.
    using SaveFileChooser =
        std::function<QString(QWidget *parent, const QString &caption, const QString &suggestedName,
                              const QString &filter)>;

    explicit TriageLogPage(TriageLog *log, QWidget *parent = nullptr);
    ~TriageLogPage() override;

    // ShellPage
    QString pageId() const override;
    QString title() const override;
    ActionContext actionContext() const override;
    void registerActions(ActionRegistry &registry) override;
    QWidget *initialFocusWidget() override;
    void refresh() override;
    void saveState(QSettings &settings) const override;
    void restoreState(QSettings &settings) override;

    void setRange(Range range);
    Range range() const;
    // Custom range, local times; switches to Range::Custom.
    void setCustomRange(const QDateTime &from, const QDateTime &to);
    void setFilterText(const QString &text);
    // Applies the filters now instead of after the typing debounce.
    void applyFilterNow();
    void focusFilter();

    // The entries an export takes: the selected rows, or every entry
    // matching the filters when none is selected.
    QList<TriageEntry> exportEntries() const;
    bool exportCsv();
    bool exportMarkdown();
    void copyMarkdown();

    void setSaveFileChooser(SaveFileChooser chooser) { m_chooser = std::move(chooser); }

    // Test and automation seams.
    TriageLogModel *model() const { return m_model; }
    QTableView *tableView() const { return m_table; }
    QComboBox *rangeCombo() const { return m_range; }
    QDateTimeEdit *fromEdit() const { return m_from; }
    QDateTimeEdit *toEdit() const { return m_to; }
    QLineEdit *filterEdit() const { return m_filter; }
    QLabel *countLabel() const { return m_count; }
    QLabel *statusLabel() const { return m_status; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslate();
    void fillRangeCombo();
    void updateRangeEditors();
    void applyFilters();
    void updateCount();
    void updateSelectionCount();
    // The time and result columns fit their widest text.
    void fitColumns();
    bool exportTo(const QString &caption, const QString &suggestedName, const QString &filter,
                  const QString &text);

    QPointer<TriageLog> m_log;
    TriageLogModel *m_model = nullptr;
    QPointer<ActionRegistry> m_registry;
    QComboBox *m_range = nullptr;
    QLabel *m_fromLabel = nullptr;
    QLabel *m_toLabel = nullptr;
    QDateTimeEdit *m_from = nullptr;
    QDateTimeEdit *m_to = nullptr;
    QLineEdit *m_filter = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_status = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_exportCsv = nullptr;
    QPushButton *m_exportMarkdown = nullptr;
    QPushButton *m_copyMarkdown = nullptr;
    QTimer m_filterTimer;
    SaveFileChooser m_chooser;
};
