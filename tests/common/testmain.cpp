// Shared Catch2 main: a QCoreApplication with Pacte's identity and the French UI language (the
// product's default), and a private data folder so tests never touch the user's files.
#define CATCH_CONFIG_RUNNER
#include "domain/translations.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QStandardPaths>
#include <QTemporaryDir>

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QTemporaryDir home;
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toUtf8());
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toUtf8());
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        qputenv("XDG_RUNTIME_DIR", home.path().toUtf8());
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("pacte-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("pacte-tests"));
    pacte::installTranslations(QStringLiteral("fr"));
    return Catch::Session().run(argc, argv);
}
