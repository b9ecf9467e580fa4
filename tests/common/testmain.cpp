// Shared Catch2 main of the domain, storage, exchange and CLI tests: a QCoreApplication.
#include "testmain.h"

int main(int argc, char** argv)
{
    return pacte::test::runTests<QCoreApplication>(argc, argv, "pacte-tests");
}
