// Catch2 main for the GUI tests: a QApplication on the offscreen platform (unless told otherwise),
// French UI, private data and settings folders.
#define CATCH_CONFIG_RUNNER
#include "domain/translations.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QTemporaryDir>

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir home;
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toUtf8());
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toUtf8());
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        qputenv("XDG_RUNTIME_DIR", home.path().toUtf8());
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("pacte-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("pacte-gui-tests"));
    pacte::installTranslations(QStringLiteral("fr"));
    return Catch::Session().run(argc, argv);
}
