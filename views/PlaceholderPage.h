#pragma once

#include "ShellPage.h"

#include <functional>

class QLabel;

// A page that is not built yet: a clear "coming" empty state, so the shell can
// be used and tested before the real page replaces it (same pageId).
class PlaceholderPage final : public ShellPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlaceholderPage)

public:
    PlaceholderPage(QString pageId, ActionContext context, std::function<QString()> title,
                    std::function<QString()> description, QWidget *parent = nullptr);

    QString pageId() const override { return m_pageId; }
    QString title() const override { return m_title(); }
    ActionContext actionContext() const override { return m_context; }
    void setStale(bool stale) override;

    // The three pages of the shell until their real implementations land.
    static PlaceholderPage *createBotsPage(QWidget *parent = nullptr);
    static PlaceholderPage *createDiscordPage(QWidget *parent = nullptr);
    static PlaceholderPage *createTriagePage(QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QString m_pageId;
    ActionContext m_context;
    std::function<QString()> m_title;
    std::function<QString()> m_description;
    QLabel *m_heading = nullptr;
    QLabel *m_text = nullptr;
    QLabel *m_note = nullptr;
    QLabel *m_staleBanner = nullptr;
};
