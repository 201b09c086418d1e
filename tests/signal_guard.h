// make_event_loop (Linux) changes the signal mask and SIGPIPE's action for
// the whole process; a test shares the process with others, so it holds a
// SignalGuard while it has a loop, which puts both back.
#pragma once
#include <csignal>

namespace sv::test {

struct SignalGuard {
    sigset_t mask{};
    struct sigaction pipe_action {};
    SignalGuard() {
        ::sigprocmask(SIG_BLOCK, nullptr, &mask);
        ::sigaction(SIGPIPE, nullptr, &pipe_action);
    }
    ~SignalGuard() {
        ::sigaction(SIGPIPE, &pipe_action, nullptr);
        ::sigprocmask(SIG_SETMASK, &mask, nullptr);
    }
};

}  // namespace sv::test
