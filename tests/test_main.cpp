// The one doctest test binary. Unit tests: tests/<name>_test.cpp; integration
// tests (real supervisord, real processes): tests/integration/, in test suites
// named "integration*" so CTest can run them apart.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
