// Catch2's implementation, compiled once for every test program (the mains only call it): the single
// header is the tests' heaviest file to compile, so it is not compiled again in each suite's main.
#define CATCH_CONFIG_RUNNER
#include "catchsession.h"

#include <catch2/catch.hpp>

int pacte::test::runCatchSession(int argc, char** argv)
{
    return Catch::Session().run(argc, argv);
}
