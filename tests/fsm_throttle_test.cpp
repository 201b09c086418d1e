// fsm: the crash-loop throttle (kMinRestartIntervalMs) on a fake clock:
// when an automatic restart waits, what a stop, a start or an adoption
// does meanwhile, and how many spawns a program that dies at once costs.
#include <doctest/doctest.h>

#include "fsm_rig.h"

TEST_SUITE("fsm") {

namespace {

// A startsecs=0 program (RUNNING as soon as it is spawned) under `policy`.
Rig startsecs0(AutoRestart policy = AutoRestart::always) {
    Rig r;
    r.rules.startsecs = 0;
    r.rules.autorestart = policy;
    return r;
}

// A startsecs=0 program that reached RUNNING and exits `ran_ms` later with `st`.
Rig quick_exit(int64_t ran_ms, ExitStatus st = ExitStatus::exited(1),
               AutoRestart policy = AutoRestart::always) {
    Rig r = startsecs0(policy);
    r.launch(42);
    REQUIRE(r.p.state == State::running);
    r.clock.advance_ms(ran_ms);
    r.exited(st);
    return r;
}

}  // namespace

TEST_CASE("throttle: the restart comes at laststart + 1000 ms, exactly") {
    CHECK(kMinRestartIntervalMs == 1000);
    struct Case {
        int64_t ran_ms;
        const char* text;   // the throttle's log line, or "" when not delayed
    };
    const Case cases[] = {
        {0, "'web' exited too quickly: restart delayed 1.0 s"},
        {500, "'web' exited too quickly: restart delayed 0.5 s"},
        {999, "'web' exited too quickly: restart delayed 0.1 s"},
        {1000, ""},
        {5000, ""},
    };
    for (const auto& c : cases) {
        CAPTURE(c.ran_ms);
        const int64_t t0 = Rig{}.clock.monotonic_ms();   // when quick_exit starts it
        Rig r = quick_exit(c.ran_ms);
        CHECK(r.logged("exited: web (exit status 1; not expected)"));
        const int64_t restart_at = std::max(t0 + 1000, t0 + c.ran_ms);
        if (c.ran_ms < 1000) {
            CHECK(r.p.state == State::exited);
            CHECK(restart_pending(r.p));
            CHECK(r.p.pid == 0);
            CHECK(count(r.fx, K::spawn) == 0);
            REQUIRE(first(r.fx, K::arm_timer));
            CHECK(first(r.fx, K::arm_timer)->at_ms == restart_at);
            const Effect* line = log_line(r.fx, c.text);
            REQUIRE(line);
            CHECK(line->level == LogLevel::info);
            CHECK(r.p.restarts == 0);
            r.clock.set_monotonic_ms(restart_at - 1);
            CHECK(r.timer().empty());          // one ms early: nothing
            CHECK(r.p.state == State::exited);
            r.clock.set_monotonic_ms(restart_at);
            r.timer();
        }
        CHECK(r.p.state == State::starting);
        CHECK(count(r.fx, K::spawn) == 1);
        CHECK(r.p.laststart_ms == restart_at);
        CHECK(r.p.restarts == 1);
        CHECK(r.spawns == 2);
        CHECK(r.logged("web: EXITED -> STARTING (automatic restart)"));
        if (c.ran_ms >= 1000) {
            CHECK(count(r.fx, K::arm_timer) == 0);
            CHECK(std::none_of(r.log.begin(), r.log.end(), [](const std::string& l) {
                return l.find("exited too quickly") != std::string::npos;
            }));
        }
    }
}

TEST_CASE("throttle: only exits that autorestart restarts wait") {
    struct Case {
        AutoRestart policy;
        ExitStatus status;
        bool restart;
    };
    const Case cases[] = {
        {AutoRestart::unexpected, ExitStatus::exited(0), false},
        {AutoRestart::unexpected, ExitStatus::exited(1), true},
        {AutoRestart::unexpected, ExitStatus::signaled(9), true},
        {AutoRestart::always, ExitStatus::exited(0), true},
        {AutoRestart::always, ExitStatus::exited(1), true},
        {AutoRestart::never, ExitStatus::exited(0), false},
        {AutoRestart::never, ExitStatus::exited(1), false},
    };
    for (const auto& c : cases) {
        CAPTURE(static_cast<int>(c.policy));
        CAPTURE(c.status.value);
        Rig r = quick_exit(100, c.status, c.policy);
        CHECK(r.p.state == State::exited);
        CHECK(restart_pending(r.p) == c.restart);
        CHECK(r.p.deadline_ms == (c.restart ? r.p.laststart_ms + 1000 : -1));
        CHECK(r.logged("'web' exited too quickly: restart delayed 0.9 s") == c.restart);
        if (!c.restart) {
            r.clock.advance_s(10);
            CHECK(r.timer().empty());          // nothing is due, ever
            CHECK(r.spawns == 1);
            continue;
        }
        r.fire();
        CHECK(r.p.state == State::starting);
        CHECK(r.spawns == 2);
    }
}

TEST_CASE("throttle: a stop during the wait cancels the restart for good") {
    Rig r = quick_exit(200);
    const int64_t was_due = r.p.deadline_ms;
    r.clock.advance_ms(300);
    r.stop();
    CHECK(r.p.state == State::stopped);
    CHECK(count(r.fx, K::cancel_timer) == 1);
    CHECK(count(r.fx, K::stop_ask) == 0);  // nothing runs to be signalled
    CHECK(r.p.deadline_ms == -1);
    CHECK_FALSE(restart_pending(r.p));
    CHECK(r.p.last_exit == ExitStatus::exited(1));   // STATUS still tells how it ended
    CHECK(r.logged("stopped: web (pending restart cancelled)"));
    r.clock.set_monotonic_ms(was_due);
    CHECK(r.timer().empty());                 // the old timer, delivered anyway
    r.clock.advance_s(60);
    CHECK(r.timer().empty());
    CHECK(r.stop().empty());
    CHECK(r.p.state == State::stopped);
    CHECK(r.spawns == 1);
}

TEST_CASE("throttle: an operator's start during the wait starts at once, once") {
    Rig r = quick_exit(100);
    REQUIRE(restart_pending(r.p));
    const int64_t was_due = r.p.deadline_ms;
    r.clock.advance_ms(50);
    r.start();
    CHECK(r.p.state == State::starting);
    CHECK(count(r.fx, K::spawn) == 1);
    CHECK(count(r.fx, K::cancel_timer) == 1);
    CHECK(r.p.laststart_ms == r.clock.monotonic_ms());   // not delayed
    CHECK(r.p.restarts == 0);                 // an operator's start is not a restart
    r.spawned(43);
    CHECK(r.p.state == State::running);
    r.clock.set_monotonic_ms(was_due);
    CHECK(r.timer().empty());                 // the stale timer spawns nothing
    CHECK(r.p.state == State::running);
    CHECK(r.p.pid == 43);
    CHECK(r.spawns == 2);
}

TEST_CASE("throttle: startsecs >= 1 never waits (RUNNING already took longer)") {
    for (int startsecs : {1, 3}) {
        CAPTURE(startsecs);
        Rig r;
        r.rules.startsecs = startsecs;
        r.rules.autorestart = AutoRestart::always;
        r.launch(42);
        r.clock.advance_ms(startsecs * 1000 + 1);   // the earliest exit after startsecs
        r.exited(ExitStatus::exited(1));
        CHECK(r.p.state == State::starting);
        CHECK(count(r.fx, K::spawn) == 1);
        CHECK(r.p.restarts == 1);
        CHECK(r.p.laststart_ms == r.clock.monotonic_ms());
    }
}

TEST_CASE("throttle: a stale timer after a start with startsecs does not hurry RUNNING") {
    Rig r = quick_exit(100);
    r.rules.startsecs = 2;                    // as after a reload
    const int64_t was_due = r.p.deadline_ms;
    r.start();
    r.spawned(43);
    CHECK(r.p.deadline_ms == r.p.laststart_ms + 2001);
    r.clock.set_monotonic_ms(was_due);
    CHECK(r.timer().empty());
    CHECK(r.p.state == State::starting);
    CHECK(r.spawns == 2);
}

TEST_CASE("throttle: a program that dies at once is spawned at most 11 times in 10 s") {
    Rig r = startsecs0();
    const int64_t end = r.clock.monotonic_ms() + 10000;
    int64_t pid = 100;
    r.start();
    for (int events = 0; events < 100000; ++events) {
        if (r.p.state == State::starting && r.p.pid == 0) {
            r.spawned(++pid);
        } else if (r.p.pid != 0) {
            r.exited(ExitStatus::exited(1));  // dies the same millisecond
        } else if (r.p.deadline_ms >= 0 && r.p.deadline_ms <= end) {
            r.fire();
        } else {
            break;                            // nothing more is due within 10 s
        }
    }
    CHECK(r.spawns == 11);                    // at 0, 1, 2, ..., 10 s
    CHECK(r.p.restarts == 10);
    CHECK(restart_pending(r.p));
    CHECK(r.p.deadline_ms == end + 1000);
}

TEST_CASE("throttle: give_up and adoption during the wait drop the restart") {
    Rig r = quick_exit(0);
    r.on({EventKind::give_up, 0, {}, {}});
    CHECK(r.p.state == State::exited);
    CHECK(count(r.fx, K::cancel_timer) == 1);
    CHECK_FALSE(restart_pending(r.p));
    r.clock.advance_s(5);
    CHECK(r.timer().empty());
    CHECK(r.spawns == 1);
    Rig a = quick_exit(0);
    a.adopted(4242);
    CHECK(a.p.state == State::running);
    CHECK(a.p.deadline_ms == -1);
    a.clock.advance_s(5);
    CHECK(a.timer().empty());
    CHECK(a.spawns == 1);
}

TEST_CASE("throttle: adopted_dead restarts at once, however recent the recorded start") {
    Rig r = startsecs0();
    r.p.state = State::running;
    r.p.pid = 4242;
    r.p.ever_started = true;
    r.p.laststart_ms = r.clock.monotonic_ms() - 100;   // a guess from `since`
    r.adopted_dead();
    CHECK(r.p.state == State::starting);
    CHECK(count(r.fx, K::spawn) == 1);
    CHECK(r.p.laststart_ms == r.clock.monotonic_ms());
    r.spawned(4243);
    r.exited(ExitStatus::exited(1));          // watched: the throttle holds again
    CHECK(restart_pending(r.p));
    CHECK(r.p.deadline_ms == r.p.laststart_ms + 1000);
}

TEST_CASE("throttle: an EXITED record restored from the table stays EXITED") {
    Rig r;
    r.rules.autorestart = AutoRestart::always;
    r.p.state = State::exited;
    r.p.ever_started = true;
    r.p.last_exit = ExitStatus::exited(1);
    REQUIRE(r.p.deadline_ms == -1);           // deadlines are not kept in the table
    CHECK(r.timer().empty());
    CHECK(r.p.state == State::exited);
    CHECK(r.spawns == 0);
}


}  // TEST_SUITE
