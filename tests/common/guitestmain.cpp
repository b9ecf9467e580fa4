// Catch2 main for the GUI tests: a QApplication. Catch2's listener interface without its
// implementation (common/catchsession.cpp), hence no precompiled header here (tests/CMakeLists.txt).
#define CATCH_CONFIG_EXTERNAL_INTERFACES
#include "app/common/contraststyle.h"
#include "app/common/dialogaccessibility.h"
#include "testmain.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QSettings>

namespace {

// Each test case starts without saved settings: what one leaves (column widths, window geometry, the
// last folder…) never reaches the next when the whole suite runs in one process, as it does outside
// CTest (which runs each case alone).
struct FreshSettings : Catch::TestEventListenerBase
{
    using TestEventListenerBase::TestEventListenerBase;
    void testCaseStarting(const Catch::TestCaseInfo& info) override
    {
        TestEventListenerBase::testCaseStarting(info);
        QSettings settings;
        settings.clear();
        settings.sync();
    }
};

} // namespace

CATCH_REGISTER_LISTENER(FreshSettings)

int main(int argc, char** argv)
{
    return pacte::test::runTests<QApplication>(argc, argv, "pacte-gui-tests", [] {
        pacte::installContrastStyle();
        pacte::installDialogAccessibility();
    });
}
