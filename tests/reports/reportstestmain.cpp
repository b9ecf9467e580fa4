// Catch2 main for the report tests: a QGuiApplication (the report lays out text and paints).
#include "common/testmain.h"

#include <QGuiApplication>

int main(int argc, char** argv)
{
    return pacte::test::runTests<QGuiApplication>(argc, argv, "pacte-report-tests");
}
