#include "UntrustedText.h"

#include <QEvent>
#include <QLabel>
#include <QMessageBox>

namespace {

constexpr const char *kFullTextProperty = "lumioFullText";

void applyElided(QLabel *label)
{
    const QString full = label->property(kFullTextProperty).toString();
    const QString shown = label->fontMetrics().elidedText(full, Qt::ElideRight,
                                                          qMax(0, label->contentsRect().width()));
    if (label->text() != shown)
        label->setText(shown);
    label->setToolTip(shown == full ? QString() : DisplayText::toolTip(full));
}

// Re-elides its label when the label's width or font changes.
class Elider final : public QObject
{
public:
    explicit Elider(QLabel *label)
        : QObject(label)
    { }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Resize || event->type() == QEvent::FontChange
            || event->type() == QEvent::StyleChange)
            applyElided(static_cast<QLabel *>(watched));
        return false;
    }
};

} // namespace

namespace UntrustedText {

QLabel *label(QWidget *parent, const QString &text)
{
    auto *l = new QLabel(parent);
    setText(l, text);
    return l;
}

void setText(QLabel *label, const QString &text)
{
    label->setTextFormat(Qt::PlainText);
    if (label->property(kFullTextProperty).isValid()) {
        // One line: a line break would only be cut off.
        QString line = DisplayText::message(text);
        line.replace(QLatin1Char('\n'), QLatin1Char(' '));
        label->setProperty(kFullTextProperty, line);
        applyElided(label);
        return;
    }
    label->setText(DisplayText::message(text));
}

void setElided(QLabel *label)
{
    if (label->property(kFullTextProperty).isValid())
        return;
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(false);
    // The layout gives it what there is; it never asks for the text's width.
    label->setSizePolicy(QSizePolicy::Ignored, label->sizePolicy().verticalPolicy());
    label->setMinimumWidth(0);
    label->setProperty(kFullTextProperty, label->text());
    label->installEventFilter(new Elider(label));
    applyElided(label);
}

QString fullText(const QLabel *label)
{
    const QVariant full = label->property(kFullTextProperty);
    return full.isValid() ? full.toString() : label->text();
}

void makePlain(QMessageBox *box)
{
    box->setTextFormat(Qt::PlainText);
    box->setText(DisplayText::message(box->text()));
    if (!box->informativeText().isEmpty())
        box->setInformativeText(DisplayText::message(box->informativeText()));
    // setTextFormat() reaches the main text only: the informative text is a
    // label of its own, created by setInformativeText().
    const QList<QLabel *> labels = box->findChildren<QLabel *>();
    for (QLabel *l : labels)
        l->setTextFormat(Qt::PlainText);
}

} // namespace UntrustedText
