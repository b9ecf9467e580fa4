// Catch2 main for the GUI tests: a QApplication.
#define CATCH_CONFIG_RUNNER
#include "app/common/contraststyle.h"
#include "app/common/dialogaccessibility.h"
#include "testmain.h"

#include <QApplication>

int main(int argc, char** argv)
{
    return pacte::test::runTests<QApplication>(argc, argv, "pacte-gui-tests", [] {
        pacte::installContrastStyle();
        pacte::installDialogAccessibility();
    });
}
