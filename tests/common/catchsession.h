#pragma once

namespace pacte::test {

// Runs the test cases linked into the program, with Catch2's command line (catchsession.cpp).
int runCatchSession(int argc, char** argv);

} // namespace pacte::test
