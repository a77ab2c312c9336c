#pragma once

#include "views/widgets/StatusPalette.h"

#include <QToolButton>

// A small tinted button in the status bar that names a state the operator
// is in and opens its commands on click: the open incident, planned resumes.
// Tinted from StatusPalette so it reads in light and dark themes; its text
// is plain (a QToolButton never renders markup) and setPlainToolTip()
// escapes what it is given.
class StatusChip final : public QToolButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusChip)

public:
    explicit StatusChip(StatusPalette::State state, QWidget *parent = nullptr);

    void setState(StatusPalette::State state);
    StatusPalette::State state() const { return m_state; }
    // A tooltip shown as plain text, whatever it holds.
    void setPlainToolTip(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColours();

    StatusPalette::State m_state;
    bool m_applying = false;
};
