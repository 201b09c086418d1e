// tsan_canary: a main line and an AST share a plain int without $SETAST, the bug
// class the AST executor exists to expose. run_conform.sh --tsan requires
// ThreadSanitizer to report it (the check that the TSan run can see such races).
#include "../../conform/conform.h"

namespace {
int plain = 0;
void ast(__int64) {
    ++plain;
    sys$wake(nullptr, nullptr);
}
}  // namespace

int main() {
    sys$dclast(reinterpret_cast<void (*)(...)>(&ast), 0, 0);
    ++plain;  // unprotected: on OpenVMS the AST may interrupt this increment
    sys$hiber();
    std::printf("%d\n", plain);
    return 0;
}
