#pragma once

#include "app/mainwindow.h"
#include "testutil.h"

#include <QString>

namespace pacte {
class Database;
}

namespace pacte::test {

// The demo database, created in a temporary folder and opened in a main window shown at
// 1366×768 (the GUI tests' screen).
struct DemoWindow
{
    enum class Wait {
        Shown,   // shown, not waited for
        Exposed, // on screen
        Active   // on screen and active (keyboard tests)
    };
    struct Options
    {
        Wait wait = Wait::Shown;
        QString edition;            // chosen once the file is open (empty: the file's current one)
        bool defaultLayout = false; // the sections' and window's saved state removed first
    };

    TempDir dir;
    QString path = dir.path(QStringLiteral("demo.pacte"));
    MainWindow window;

    DemoWindow()
        : DemoWindow(Options{})
    {}
    explicit DemoWindow(const Options& options);
    DemoWindow(const DemoWindow&) = delete;
    DemoWindow& operator=(const DemoWindow&) = delete;

    Database& db();
};

} // namespace pacte::test
