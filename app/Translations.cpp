#include "Translations.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QTranslator>

Q_LOGGING_CATEGORY(lcTranslations, "lumio.app.translations")

Translations::Translations(QObject *parent)
    : QObject(parent)
{ }

Translations::~Translations()
{
    removeTranslators();
}

QStringList Translations::available()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("ar")};
}

void Translations::removeTranslators()
{
    for (QTranslator **t : {&m_app, &m_qt}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
}

QString Translations::setLanguage(const QString &requested)
{
    QString code = requested;
    if (code.isEmpty()) {
        const QString system = QLocale::system().name().section(QLatin1Char('_'), 0, 0);
        code = available().contains(system) ? system : QStringLiteral("en");
    }
    if (!available().contains(code))
        code = QStringLiteral("en");

    removeTranslators();
    m_language = code;
    QLocale::setDefault(QLocale(code));
    // English has a catalogue too, of plural forms only ("1 bot", "2 bots").
    auto *app = new QTranslator(this);
    if (app->load(QStringLiteral(":/i18n/lumio_%1.qm").arg(code))) {
        m_app = app;
        QCoreApplication::installTranslator(m_app);
    } else {
        qCWarning(lcTranslations) << "no catalogue for" << code;
        delete app;
    }
    if (code != QLatin1String("en")) {
        auto *qt = new QTranslator(this);
        if (qt->load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            m_qt = qt;
            QCoreApplication::installTranslator(m_qt);
        } else {
            delete qt;
        }
    }
    QGuiApplication::setLayoutDirection(code == QLatin1String("ar") ? Qt::RightToLeft
                                                                    : Qt::LeftToRight);
    // Without a translator change no LanguageChange is sent; send one so
    // switching back to English retranslates too.
    if (!m_app && !m_qt) {
        QEvent event(QEvent::LanguageChange);
        QCoreApplication::sendEvent(QCoreApplication::instance(), &event);
    }
    return m_language;
}
