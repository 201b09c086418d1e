// conform_ast: ASTs, $SETAST, $HIBER/$WAKE, timers. Expected: expected/ast.txt.
#include "conform.h"

using namespace conform;

namespace {

std::atomic<int> counter{0}, active{0}, max_active{0};

void count_ast(__int64) {
    int a = ++active;
    if (a > max_active) max_active = a;
    ++counter;
    --active;
    sys$wake(nullptr, nullptr);
}
void (*count_fn())(...) { return reinterpret_cast<void (*)(...)>(&count_ast); }

std::atomic<long long> fired{0};
void timer_ast(__int64 reqidt) {
    fired = reqidt;
    sys$wake(nullptr, nullptr);
}

void hiber_after_two_wakes() {
    line("$WAKE 1", sys$wake(nullptr, nullptr));
    line("$WAKE 2", sys$wake(nullptr, nullptr));
    line("$HIBER 1", sys$hiber());
    // The wake-pending flag is one bit: this $HIBER must wait for the timer [D].
    fired = 0;
    __int64 delta = -3000000;  // 0.3 s
    sys$setimr(EFN$C_ENF, reinterpret_cast<struct _generic_64 *>(&delta),
               reinterpret_cast<void (*)(...)>(&timer_ast), 41, 0);
    sys$hiber();
    yes("second $HIBER returned only after the timer AST", fired == 41);
}

void setast_holds_asts() {
    counter = 0;
    flag("$SETAST(0)", sys$setast(0));
    flag("$SETAST(0) again", sys$setast(0));
    line("$DCLAST while disabled", sys$dclast(count_fn(), 0, 0));
    yes("AST ran while disabled", counter != 0);
    flag("$SETAST(1)", sys$setast(1));
    yes("AST ran after $SETAST(1)", wait_for([] { return counter == 1; }, 500));
}

void asts_are_serial() {
    counter = 0;
    max_active = 0;
    for (int i = 0; i < 20; ++i) sys$dclast(count_fn(), 0, 0);
    wait_for([] { return counter == 20; }, 500);
    std::printf("20 ASTs ran, at most %d at a time\n", max_active.load());
}

void cantim_cancels() {
    fired = 0;
    __int64 soon = -1000000, later = -2000000;  // 0.1 s, 0.2 s
    sys$setimr(EFN$C_ENF, reinterpret_cast<struct _generic_64 *>(&soon),
               reinterpret_cast<void (*)(...)>(&timer_ast), 7, 0);
    line("$CANTIM 7", sys$cantim(7, 0));
    sys$setimr(EFN$C_ENF, reinterpret_cast<struct _generic_64 *>(&later),
               reinterpret_cast<void (*)(...)>(&timer_ast), 8, 0);
    wait_for([] { return fired != 0; }, 500);
    std::printf("first timer to fire: %lld\n", fired.load());
}

void schdwk_wakes() {
    __int64 delta = -1000000;
    line("$SCHDWK self", sys$schdwk(nullptr, nullptr, reinterpret_cast<struct _generic_64 *>(&delta), nullptr));
    line("$HIBER until $SCHDWK", sys$hiber());
}

void event_flags() {
    __int64 delta = -500000;
    sys$clref(5);
    line("$SETIMR with event flag 5", sys$setimr(5, reinterpret_cast<struct _generic_64 *>(&delta), nullptr, 9, 0));
    line("$WAITFR 5", sys$waitfr(5));
    flag("$READEF 5", sys$readef(5, nullptr));
}

}  // namespace

int main() {
    hiber_after_two_wakes();
    setast_holds_asts();
    asts_are_serial();
    cantim_cancels();
    schdwk_wakes();
    event_flags();
    return 0;
}
