#include <QApplication>
#include <QCommandLineParser>
#include <QLabel>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Lumio Bot Control"));
    QApplication::setOrganizationName(QStringLiteral("Lumio"));
    QApplication::setOrganizationDomain(QStringLiteral("lumio.example"));
    QApplication::setApplicationVersion(QStringLiteral(LUMIO_VERSION_STRING));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Lumio Bot Control"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    QLabel label(QApplication::translate("main", "Lumio Bot Control"));
    label.show();
    return QApplication::exec();
}
