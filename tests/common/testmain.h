#pragma once

// The body every Catch2 main shares: the offscreen platform (unless told otherwise), private data,
// settings and runtime folders so that tests never touch the user's files, Pacte's identity under
// `name`, and the French UI (the product's default). `App` is the application class the tests need;
// `setup` runs once the application exists (the GUI tests install Pacte's style there).
#include "catchsession.h"
#include "domain/translations.h"

#include <functional>

#include <QCoreApplication>
#include <QTemporaryDir>

namespace pacte::test {

template <typename App>
int runTests(int argc, char** argv, const char* name, const std::function<void()>& setup = {})
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir home;
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toUtf8());
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toUtf8());
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        qputenv("XDG_RUNTIME_DIR", home.path().toUtf8());
    App app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("pacte-tests"));
    QCoreApplication::setApplicationName(QString::fromLatin1(name));
    installTranslations(QStringLiteral("fr"));
    if (setup)
        setup();
    return runCatchSession(argc, argv);
}

} // namespace pacte::test
