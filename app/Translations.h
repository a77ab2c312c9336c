#pragma once

#include <QObject>
#include <QString>

class QTranslator;

// Installs the app's catalogue (compiled into the binary under :/i18n) and
// Qt's own (from QLibraryInfo::TranslationsPath) for one language, and sets
// the layout direction from it (Arabic: right to left). Installing sends
// QEvent::LanguageChange to every widget, which retranslate live.
class Translations final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Translations)

public:
    explicit Translations(QObject *parent = nullptr);
    ~Translations() override;

    // requested: "en", "de", "ar"; empty follows the system locale. Returns
    // the language actually in effect ("en" when there is no catalogue).
    QString setLanguage(const QString &requested);
    QString language() const { return m_language; }

    static QStringList available();

private:
    void removeTranslators();

    QTranslator *m_app = nullptr;
    QTranslator *m_qt = nullptr;
    QString m_language = QStringLiteral("en");
};
