// Catch2 main for the report tests: a QGuiApplication (the report lays out text and paints) on the
// offscreen platform, French UI, private data folders.
#define CATCH_CONFIG_RUNNER
#include "domain/translations.h"

#include <catch2/catch.hpp>

#include <QGuiApplication>
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
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("pacte-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("pacte-report-tests"));
    pacte::installTranslations(QStringLiteral("fr"));
    return Catch::Session().run(argc, argv);
}
