// fsm: every state against every event, then supervisor's timing rules as
// sequences on a fake clock (no test sleeps), and the exact log wording.
#include <doctest/doctest.h>

#include "fsm_rig.h"


TEST_SUITE("fsm") {

// ---- every state against every event --------------------------------------

namespace {

constexpr int64_t kT = 100000;   // the table's "now" (monotonic ms)

// A record as the state machine leaves it in each state.
Process record_in(State s) {
    Process p;
    p.state = s;
    p.ever_started = true;
    p.since_wall = 1600000000;
    switch (s) {
    case State::starting: p.pid = 42; p.laststart_ms = kT - 500; p.deadline_ms = kT + 501; p.backoff = 1; break;
    case State::running: p.pid = 42; p.laststart_ms = kT - 5000; break;
    case State::backoff: p.backoff = 1; p.deadline_ms = kT + 1000; p.spawnerr = "Exited too quickly"; break;
    case State::stopping: p.pid = 42; p.stop_requested = true; p.deadline_ms = kT + 10000; break;
    case State::unknown: p.pid = 42; break;
    default: break;
    }
    return p;
}

struct Cell {
    State from;
    EventKind event;
    State to;
    std::vector<EffectKind> effects;   // in order; empty: the event does not apply
    bool fresh = false;                // STARTING before the spawn answered (no pid yet)
};

const std::vector<EffectKind> kNone{};
const std::vector<EffectKind> kStart{K::persist, K::arm_timer, K::log, K::spawn};
const std::vector<EffectKind> kStop{K::persist, K::stop_ask, K::arm_timer, K::log};
const std::vector<EffectKind> kToBackoff{K::log, K::persist, K::arm_timer, K::log};
const std::vector<EffectKind> kNoTimerChange{K::persist, K::log};
const std::vector<EffectKind> kCancelChange{K::persist, K::cancel_timer, K::log};
const std::vector<EffectKind> kExitRestart{K::persist, K::log, K::persist, K::arm_timer, K::log, K::spawn};

const State S0 = State::stopped, S1 = State::starting, S2 = State::running, S3 = State::backoff,
            S4 = State::stopping, S5 = State::exited, S6 = State::fatal, S7 = State::unknown;
const EventKind Start = EventKind::start, Stop = EventKind::stop, Spawned = EventKind::spawned,
                Failed = EventKind::spawn_failed, Exited = EventKind::exited, Timer = EventKind::timer,
                Adopted = EventKind::adopted, Dead = EventKind::adopted_dead, GiveUp = EventKind::give_up;

// Rules: startsecs 1, startretries 3, stopwaitsecs 10, autorestart unexpected,
// exitcodes 0; the exit is status 1 (unexpected), the timer is due.
const std::vector<Cell> kTable = {
    {S0, Start, S1, kStart}, {S0, Stop, S0, kNone}, {S0, Spawned, S0, kNone}, {S0, Failed, S0, kNone},
    {S0, Exited, S0, kNone}, {S0, Timer, S0, kNone}, {S0, Adopted, S2, kNoTimerChange},
    {S0, Dead, S0, kNone}, {S0, GiveUp, S0, kNone},

    {S1, Start, S1, kNone}, {S1, Stop, S4, kStop}, {S1, Spawned, S1, {K::persist, K::log}, true},
    {S1, Failed, S3, {K::persist, K::arm_timer, K::log}, true}, {S1, Exited, S3, kToBackoff},
    {S1, Timer, S2, kNoTimerChange}, {S1, Adopted, S1, {K::arm_timer, K::persist, K::log}},
    {S1, Dead, S3, kToBackoff}, {S1, GiveUp, S1, kNone},

    {S2, Start, S2, kNone}, {S2, Stop, S4, kStop}, {S2, Spawned, S2, kNone}, {S2, Failed, S2, kNone},
    {S2, Exited, S1, kExitRestart}, {S2, Timer, S2, kNone}, {S2, Adopted, S2, kNoTimerChange},
    {S2, Dead, S1, kExitRestart}, {S2, GiveUp, S2, kNone},

    {S3, Start, S1, kStart}, {S3, Stop, S0, kCancelChange}, {S3, Spawned, S3, kNone},
    {S3, Failed, S3, kNone}, {S3, Exited, S3, kNone}, {S3, Timer, S1, kStart},
    {S3, Adopted, S2, kCancelChange}, {S3, Dead, S3, kNone}, {S3, GiveUp, S6, kCancelChange},

    {S4, Start, S4, kNone}, {S4, Stop, S4, kNone}, {S4, Spawned, S4, kNone}, {S4, Failed, S4, kNone},
    {S4, Exited, S0, kCancelChange}, {S4, Timer, S4, {K::stop_force, K::log, K::arm_timer}},
    {S4, Adopted, S4, {K::arm_timer, K::persist, K::log}}, {S4, Dead, S0, kCancelChange},
    {S4, GiveUp, S4, kNone},

    {S5, Start, S1, kStart}, {S5, Stop, S5, kNone}, {S5, Spawned, S5, kNone}, {S5, Failed, S5, kNone},
    {S5, Exited, S5, kNone}, {S5, Timer, S5, kNone}, {S5, Adopted, S2, kNoTimerChange},
    {S5, Dead, S5, kNone}, {S5, GiveUp, S5, kNone},

    {S6, Start, S1, kStart}, {S6, Stop, S6, kNone}, {S6, Spawned, S6, kNone}, {S6, Failed, S6, kNone},
    {S6, Exited, S6, kNone}, {S6, Timer, S6, kNone}, {S6, Adopted, S2, kNoTimerChange},
    {S6, Dead, S6, kNone}, {S6, GiveUp, S6, kNone},

    {S7, Start, S7, kNone}, {S7, Stop, S4, kStop}, {S7, Spawned, S7, kNone}, {S7, Failed, S7, kNone},
    {S7, Exited, S0, kNoTimerChange}, {S7, Timer, S7, kNone}, {S7, Adopted, S2, kNoTimerChange},
    {S7, Dead, S0, kNoTimerChange}, {S7, GiveUp, S7, kNone},
};

Event table_event(EventKind k) {
    Event ev;
    ev.kind = k;
    if (k == EventKind::spawned) ev.pid = 77;
    if (k == EventKind::adopted || k == EventKind::exited || k == EventKind::adopted_dead) ev.pid = 42;
    if (k == EventKind::exited) ev.status = ExitStatus::exited(1);
    if (k == EventKind::adopted_dead) ev.status = ExitStatus::lost();
    if (k == EventKind::spawn_failed) ev.reason = "can't find command 'x'";
    return ev;
}

}  // namespace

TEST_CASE("the table covers 8 states x 9 events exactly once") {
    CHECK(kTable.size() == 72);
    for (const auto& a : kTable)
        CHECK(std::count_if(kTable.begin(), kTable.end(), [&](const Cell& b) {
                  return a.from == b.from && a.event == b.event;
              }) == 1);
}

namespace {

// Delivers the cell's event to `p` and checks the outcome and the invariants
// every transition keeps.
void check_cell(const Cell& c, Process p) {
    Rules rules;
    const std::string from = sv::state_name(c.from);
    const int event = static_cast<int>(c.event);
    CAPTURE(from);
    CAPTURE(event);
    if (c.fresh) p.pid = 0;
    const Process before = p;
    Now now{kT, 1700000000};
    if (c.event == EventKind::timer && p.deadline_ms >= 0) now.mono_ms = p.deadline_ms;
    auto fx = sv::fsm::step(rules, "web", p, table_event(c.event), now);
    CHECK(sv::state_name(p.state) == std::string(sv::state_name(c.to)));
    CHECK(kinds(fx) == c.effects);
    const bool changed = p.state != before.state || c.effects == kExitRestart;
    // A state change stamps `since`; an event that does not apply leaves the record alone.
    CHECK(p.since_wall == (changed ? 1700000000 : before.since_wall));
    if (c.effects.empty()) {
        CHECK(p.pid == before.pid);
        CHECK(p.backoff == before.backoff);
        CHECK(p.deadline_ms == before.deadline_ms);
        CHECK(p.restarts == before.restarts);
        CHECK(p.spawnerr == before.spawnerr);
    }
    // The table keeps state, since and pid: a change to any of them is persisted.
    if (changed || p.pid != before.pid) CHECK(count(fx, K::persist) >= 1);
    // The armed deadline matches the last timer effect.
    for (const auto& e : fx) {
        if (e.kind == K::arm_timer) CHECK(p.deadline_ms == e.at_ms);
    }
    if (!fx.empty() && fx.back().kind == K::cancel_timer) CHECK(p.deadline_ms == -1);
    if (p.state != State::unknown && (is_stopped_state(p.state) || p.state == State::backoff))
        CHECK(p.pid == 0);
    if (p.state == State::backoff || p.state == State::stopping) CHECK(p.deadline_ms >= 0);
    if (p.state == State::fatal || p.state == State::stopped) CHECK(p.deadline_ms == -1);
    // EXITED keeps a deadline only for its pending restart.
    if (p.state == State::exited)
        CHECK((p.deadline_ms == -1 || p.deadline_ms == p.laststart_ms + kMinRestartIntervalMs));
    // A spawn only ever comes with STARTING; a signal only with a pid to send it to.
    if (count(fx, K::spawn)) CHECK(p.state == State::starting);
    if (count(fx, K::stop_ask) || count(fx, K::stop_force)) CHECK(p.pid > 0);
}

}  // namespace

TEST_CASE("every state x every event: next state and effects") {
    for (const auto& c : kTable) check_cell(c, record_in(c.from));
}

namespace {

// EXITED while its automatic restart waits out kMinRestartIntervalMs: the
// ninth row of the table.
Process record_restart_pending() {
    Process p = record_in(State::exited);
    p.laststart_ms = kT - 600;
    p.deadline_ms = kT + 400;
    p.last_exit = ExitStatus::exited(1);
    return p;
}

const std::vector<Cell> kPendingRow = {
    {S5, Start, S1, kStart}, {S5, Stop, S0, kCancelChange}, {S5, Spawned, S5, kNone},
    {S5, Failed, S5, kNone}, {S5, Exited, S5, kNone}, {S5, Timer, S1, kStart},
    {S5, Adopted, S2, kCancelChange}, {S5, Dead, S5, kNone}, {S5, GiveUp, S5, {K::cancel_timer, K::log}},
};

}  // namespace

TEST_CASE("EXITED with a restart pending x every event") {
    CHECK(kPendingRow.size() == 9);
    for (const auto& c : kPendingRow) check_cell(c, record_restart_pending());
}

// ---- timing rules on a fake clock -------------------------------------------

TEST_CASE("startsecs is strict: exactly startsecs is not enough for RUNNING") {
    Rig r;
    const int64_t t0 = r.clock.monotonic_ms();
    r.start();
    CHECK(r.p.laststart_ms == t0);
    REQUIRE(first(r.fx, K::arm_timer));
    CHECK(first(r.fx, K::arm_timer)->at_ms == t0 + 1001);
    r.spawned(42);
    CHECK(r.logged("spawned: 'web' with pid 42"));
    CHECK(r.p.state == State::starting);
    r.clock.advance_ms(1000);          // a timer delivered early (or by someone else)
    CHECK(r.timer().empty());
    CHECK(r.p.state == State::starting);
    r.clock.advance_ms(1);
    r.timer();
    CHECK(r.p.state == State::running);
    const Effect* ok = log_line(r.fx, "success: web entered RUNNING state, process has stayed up for > than 1 seconds (startsecs)");
    REQUIRE(ok);
    CHECK(ok->level == LogLevel::info);
    CHECK(r.p.deadline_ms == -1);
    CHECK(r.p.pid == 42);
}

TEST_CASE("an exit at exactly startsecs is a failed start") {
    Rig r;
    r.launch(42);
    r.clock.advance_ms(1000);
    r.exited(ExitStatus::exited(0));
    CHECK(r.p.state == State::backoff);
    CHECK(r.p.backoff == 1);
    CHECK(r.logged("exited: web (exit status 0; not expected)"));
    CHECK(r.p.spawnerr == "Exited too quickly (process log may have details)");
}

TEST_CASE("an exit after startsecs, before the timer came, is RUNNING then EXITED") {
    Rig r;
    r.rules.autorestart = AutoRestart::never;
    r.launch(42);
    r.clock.advance_ms(1001);
    r.exited(ExitStatus::exited(0));
    CHECK(r.p.state == State::exited);
    CHECK(r.p.backoff == 0);
    CHECK(r.logged("success: web entered RUNNING state, process has stayed up for > than 1 seconds (startsecs)"));
    CHECK(r.logged("exited: web (exit status 0; expected)"));
}

TEST_CASE("startsecs=0: RUNNING as soon as the spawn succeeds") {
    Rig r;
    r.rules.startsecs = 0;
    r.start();
    CHECK(count(r.fx, K::arm_timer) == 0);
    CHECK(r.p.deadline_ms == -1);
    r.spawned(42);
    CHECK(r.p.state == State::running);
    CHECK(r.logged("success: web entered RUNNING state, process has stayed up for > than 0 seconds (startsecs)"));
}

// ---- crash-loop throttle: automatic restarts at least 1 s apart ---------------

TEST_CASE("failed starts back off 1, 2, 3 s, then FATAL after startretries") {
    Rig r;
    r.rules.startretries = 3;
    r.launch(100);
    for (int attempt = 1; attempt <= 3; ++attempt) {
        CAPTURE(attempt);
        r.clock.advance_ms(200);
        r.exited(ExitStatus::exited(1));
        REQUIRE(r.p.state == State::backoff);
        CHECK(r.p.backoff == attempt);
        CHECK(r.p.pid == 0);
        const int64_t died = r.clock.monotonic_ms();
        REQUIRE(first(r.fx, K::arm_timer));
        CHECK(first(r.fx, K::arm_timer)->at_ms == died + attempt * 1000);
        r.clock.advance_ms(attempt * 1000 - 1);
        CHECK(r.timer().empty());             // one ms early: nothing
        CHECK(r.p.state == State::backoff);
        r.clock.advance_ms(1);
        r.timer();
        REQUIRE(r.p.state == State::starting);
        CHECK(r.p.laststart_ms == died + attempt * 1000);
        CHECK(r.p.restarts == static_cast<uint32_t>(attempt));
        r.spawned(100 + attempt);
    }
    r.clock.advance_ms(200);
    r.exited(ExitStatus::exited(1));
    CHECK(r.p.state == State::fatal);
    CHECK(r.spawns == 4);   // 1 + startretries
    const Effect* gave = log_line(r.fx, "gave up: web entered FATAL state, too many start retries too quickly");
    REQUIRE(gave);
    CHECK(gave->level == LogLevel::info);
    CHECK(r.p.spawnerr == "Exited too quickly (process log may have details)");
    CHECK(r.p.deadline_ms == -1);
    CHECK(r.p.backoff == 0);
    CHECK(count(r.fx, K::spawn) == 0);
}

TEST_CASE("startretries=0: the first failure is FATAL") {
    Rig r;
    r.rules.startretries = 0;
    r.start();
    r.spawn_failed("can't find command '/nonexistent/binary'");
    CHECK(r.p.state == State::fatal);
    CHECK(r.p.spawnerr == "can't find command '/nonexistent/binary'");
    CHECK(r.logged("gave up: web entered FATAL state, too many start retries too quickly"));
    CHECK(r.spawns == 1);
}

TEST_CASE("spawn failures back off with the reason, then FATAL") {
    Rig r;
    r.rules.startretries = 2;
    r.start();
    r.spawn_failed("can't find command 'x'");
    CHECK(r.p.state == State::backoff);
    CHECK(r.p.spawnerr == "can't find command 'x'");
    r.fire();
    CHECK(r.p.state == State::starting);
    CHECK(r.p.spawnerr.empty());   // a new attempt clears the old reason
    r.spawn_failed("can't find command 'x'");
    CHECK(r.p.backoff == 2);
    r.fire();
    r.spawn_failed("can't find command 'x'");
    CHECK(r.p.state == State::fatal);
    CHECK(r.p.spawnerr == "can't find command 'x'");
    CHECK(r.spawns == 3);
}

TEST_CASE("reaching RUNNING resets the retry counter") {
    Rig r;
    r.rules.startretries = 2;
    r.rules.autorestart = AutoRestart::always;
    r.launch(1);
    r.exited(ExitStatus::exited(1));
    r.fire();
    r.spawned(2);
    r.exited(ExitStatus::exited(1));
    CHECK(r.p.backoff == 2);
    r.fire();
    r.spawned(3);
    r.fire();                                // stays up past startsecs
    CHECK(r.p.state == State::running);
    CHECK(r.p.backoff == 0);
    r.clock.advance_s(60);
    r.exited(ExitStatus::exited(0));         // restarted (always)
    CHECK(r.p.state == State::starting);
    r.spawned(4);
    r.exited(ExitStatus::exited(1));         // fails fast: counted from 1 again
    CHECK(r.p.state == State::backoff);
    CHECK(r.p.backoff == 1);
}

TEST_CASE("autorestart x expected / unexpected exits from RUNNING") {
    struct Case {
        AutoRestart policy;
        ExitStatus status;
        bool expected;
        bool restart;
        const char* text;
    };
    const Case cases[] = {
        {AutoRestart::always, ExitStatus::exited(0), true, true, "exited: web (exit status 0; expected)"},
        {AutoRestart::always, ExitStatus::exited(2), false, true, "exited: web (exit status 2; not expected)"},
        {AutoRestart::always, ExitStatus::signaled(9), false, true, "exited: web (terminated by SIGKILL; not expected)"},
        {AutoRestart::never, ExitStatus::exited(0), true, false, "exited: web (exit status 0; expected)"},
        {AutoRestart::never, ExitStatus::exited(2), false, false, "exited: web (exit status 2; not expected)"},
        {AutoRestart::never, ExitStatus::signaled(15), false, false, "exited: web (terminated by SIGTERM; not expected)"},
        {AutoRestart::unexpected, ExitStatus::exited(0), true, false, "exited: web (exit status 0; expected)"},
        {AutoRestart::unexpected, ExitStatus::exited(2), false, true, "exited: web (exit status 2; not expected)"},
        {AutoRestart::unexpected, ExitStatus::signaled(11, true), false, true,
         "exited: web (terminated by SIGSEGV (core dumped); not expected)"},
    };
    for (const auto& c : cases) {
        CAPTURE(c.text);
        CAPTURE(static_cast<int>(c.policy));
        Rig r;
        r.rules.autorestart = c.policy;
        r.launch(42);
        r.fire();
        REQUIRE(r.p.state == State::running);
        r.clock.advance_s(30);
        r.exited(c.status);
        const Effect* line = log_line(r.fx, c.text);
        REQUIRE(line);
        CHECK(line->level == (c.expected ? LogLevel::info : LogLevel::warn));
        CHECK(r.p.last_exit == c.status);
        CHECK(r.p.state == (c.restart ? State::starting : State::exited));
        CHECK(count(r.fx, K::spawn) == (c.restart ? 1u : 0u));
        CHECK(r.p.restarts == (c.restart ? 1u : 0u));
        CHECK(r.p.since_wall == r.clock.wall_seconds());
        if (!c.restart) CHECK(r.p.pid == 0);
    }
}

TEST_CASE("exitcodes decide what is expected") {
    Rig r;
    r.rules.exitcodes.codes = {0, 2};
    r.rules.autorestart = AutoRestart::unexpected;
    r.rules.startsecs = 0;
    r.launch(42);
    r.exited(ExitStatus::exited(2));
    CHECK(r.p.state == State::exited);
    CHECK(r.logged("exited: web (exit status 2; expected)"));
    r.start();
    r.spawned(43);
    r.exited(ExitStatus::exited(3));
    CHECK(r.logged("exited: web (exit status 3; not expected)"));
    CHECK(restart_pending(r.p));   // it ran less than a second: the restart waits
    r.fire();
    CHECK(r.p.state == State::starting);
    CHECK(r.p.spawnerr.empty());   // cleared by the restart
    CHECK(r.p.restarts == 1);      // the explicit start did not count
}

TEST_CASE("stop: stopsignal, then after stopwaitsecs the kill, then STOPPED") {
    Rig r;
    r.rules.stopwaitsecs = 10;
    r.rules.stopasgroup = true;
    r.rules.killasgroup = true;
    r.rules.autorestart = AutoRestart::always;
    r.launch(42);
    r.fire();
    r.stop();
    CHECK(r.p.state == State::stopping);
    CHECK(r.p.stop_requested);
    REQUIRE(first(r.fx, K::stop_ask));
    CHECK(first(r.fx, K::stop_ask)->group);
    CHECK(r.p.deadline_ms == r.clock.monotonic_ms() + 10000);
    CHECK(r.logged("waiting for web to stop"));
    CHECK(r.stop().empty());                 // a second stop changes nothing
    r.clock.advance_ms(9999);
    CHECK(r.timer().empty());
    CHECK_FALSE(r.p.kill_sent);
    r.clock.advance_ms(1);
    r.timer();
    REQUIRE(first(r.fx, K::stop_force));
    CHECK(first(r.fx, K::stop_force)->group);
    CHECK(r.p.kill_sent);
    const Effect* kill = log_line(r.fx, "killing 'web' (42) with SIGKILL");
    REQUIRE(kill);
    CHECK(kill->level == LogLevel::warn);
    CHECK(r.p.state == State::stopping);
    r.fire();                                 // survives: the kill again, every stopwaitsecs
    CHECK(count(r.fx, K::stop_force) == 1);
    r.clock.advance_ms(5);
    r.exited(ExitStatus::signaled(9));
    CHECK(r.p.state == State::stopped);
    CHECK(r.p.pid == 0);
    CHECK_FALSE(r.p.stop_requested);
    CHECK_FALSE(r.p.kill_sent);
    CHECK(count(r.fx, K::spawn) == 0);        // a stopped process is not restarted
    CHECK(count(r.fx, K::cancel_timer) == 1);
    const Effect* stopped = log_line(r.fx, "stopped: web (terminated by SIGKILL)");
    REQUIRE(stopped);
    CHECK(stopped->level == LogLevel::warn);
}

TEST_CASE("stop: signals go to the process alone unless configured otherwise") {
    Rig r;
    r.rules.stopasgroup = false;
    r.rules.killasgroup = true;
    r.launch(42);
    r.stop();                                 // from STARTING
    REQUIRE(first(r.fx, K::stop_ask));
    CHECK_FALSE(first(r.fx, K::stop_ask)->group);
    r.fire();
    REQUIRE(first(r.fx, K::stop_force));
    CHECK(first(r.fx, K::stop_force)->group);
}

TEST_CASE("a stopped exit is logged at info when expected, and STARTING is not BACKOFF") {
    Rig r;
    r.launch(42);
    r.stop();
    r.exited(ExitStatus::exited(0));
    CHECK(r.p.state == State::stopped);
    CHECK(r.p.backoff == 0);
    const Effect* line = log_line(r.fx, "stopped: web (exit status 0)");
    REQUIRE(line);
    CHECK(line->level == LogLevel::info);
    Rig t;
    t.rules.startsecs = 0;
    t.launch(7);
    t.stop();
    t.exited(ExitStatus::signaled(15));
    CHECK(t.logged("stopped: web (terminated by SIGTERM)"));
}

TEST_CASE("stop from BACKOFF: STOPPED at once, no signal, timer cancelled") {
    Rig r;
    r.launch(42);
    r.exited(ExitStatus::exited(1));
    REQUIRE(r.p.state == State::backoff);
    const int64_t was_due = r.p.deadline_ms;
    r.stop();
    CHECK(r.p.state == State::stopped);
    CHECK(count(r.fx, K::stop_ask) == 0);
    CHECK(count(r.fx, K::cancel_timer) == 1);
    CHECK(r.p.deadline_ms == -1);
    CHECK(r.p.backoff == 0);
    r.clock.set_monotonic_ms(was_due);
    CHECK(r.timer().empty());                 // the old timer is stale
    CHECK(r.p.state == State::stopped);
    CHECK(r.spawns == 1);
}

TEST_CASE("explicit start: from FATAL a fresh budget, in BACKOFF at once") {
    Rig r;
    r.rules.startretries = 1;
    r.launch(1);
    r.exited(ExitStatus::exited(1));
    r.start();                                // operator does not wait for the delay
    CHECK(r.p.state == State::starting);
    CHECK(r.p.backoff == 1);                  // but the attempt still counts
    CHECK(r.p.restarts == 0);
    r.spawned(2);
    r.exited(ExitStatus::exited(1));
    CHECK(r.p.state == State::fatal);
    r.start();
    r.spawned(3);
    r.exited(ExitStatus::exited(1));
    CHECK(r.p.state == State::backoff);       // not FATAL: the budget starts again
    CHECK(r.p.backoff == 1);
    CHECK(r.start().size() == 4);
    CHECK(r.start().empty());                 // already STARTING
}

TEST_CASE("exits and spawns that are not ours are ignored") {
    Rig r;
    r.launch(42);
    CHECK(r.on({EventKind::exited, 41, ExitStatus::exited(1), {}}).empty());
    CHECK(r.spawned(43).empty());             // a pid is already recorded
    CHECK(r.p.pid == 42);
    CHECK(r.p.state == State::starting);
}

// ---- re-adoption after a server restart -------------------------------------

TEST_CASE("adopted RUNNING: kept as it is, nothing spawned") {
    Rig r;
    r.p.state = State::running;
    r.p.since_wall = 1699999000;
    r.p.ever_started = true;
    r.adopted(4242);
    CHECK(r.p.state == State::running);
    CHECK(r.p.pid == 4242);
    CHECK(r.p.since_wall == 1699999000);      // not a state change
    CHECK(count(r.fx, K::spawn) == 0);
    CHECK(r.logged("adopted: web (pid 4242) in RUNNING state"));
}

TEST_CASE("adopted STARTING: the RUNNING timer follows the recorded start") {
    Rig r;
    r.rules.startsecs = 5;
    r.p.state = State::starting;
    r.p.laststart_ms = r.clock.monotonic_ms() - 2000;
    r.adopted(4242);
    CHECK(r.p.state == State::starting);
    REQUIRE(first(r.fx, K::arm_timer));
    CHECK(first(r.fx, K::arm_timer)->at_ms == r.p.laststart_ms + 5001);
    r.fire();
    CHECK(r.p.state == State::running);
    Rig late;
    late.p.state = State::starting;
    late.p.laststart_ms = late.clock.monotonic_ms() - 60000;   // startsecs long past
    late.adopted(4243);
    CHECK(late.p.state == State::running);
}

TEST_CASE("adopted STOPPING: the kill is still due after stopwaitsecs") {
    Rig r;
    r.p.state = State::stopping;
    r.adopted(4242);
    CHECK(r.p.stop_requested);
    r.fire();
    CHECK(count(r.fx, K::stop_force) == 1);
    CHECK(r.logged("killing 'web' (4242) with SIGKILL"));
}

TEST_CASE("adopted_dead: unknown status is an unexpected exit from the recorded state") {
    for (AutoRestart policy : {AutoRestart::unexpected, AutoRestart::always, AutoRestart::never}) {
        CAPTURE(static_cast<int>(policy));
        Rig r;
        r.rules.autorestart = policy;
        r.rules.exitcodes.codes = {0, 1, 2};
        r.p.state = State::running;
        r.p.pid = 4242;
        r.adopted_dead();
        const Effect* line = log_line(r.fx, "exited: web (exit status unknown; not expected)");
        REQUIRE(line);
        CHECK(line->level == LogLevel::warn);
        CHECK(r.p.last_exit == ExitStatus::lost());
        CHECK(r.p.state == (policy == AutoRestart::never ? State::exited : State::starting));
        CHECK(r.spawns == (policy == AutoRestart::never ? 0u : 1u));
    }
    Rig starting;
    starting.p.state = State::starting;
    starting.p.pid = 4242;
    starting.p.laststart_ms = starting.clock.monotonic_ms() - 60000;   // when it died is unknown
    starting.adopted_dead();
    CHECK(starting.p.state == State::backoff);
    CHECK(starting.p.backoff == 1);
    Rig stopping;
    stopping.p.state = State::stopping;
    stopping.p.pid = 4242;
    stopping.adopted_dead();
    CHECK(stopping.p.state == State::stopped);
    CHECK(stopping.logged("stopped: web (exit status unknown)"));
}

TEST_CASE("a BACKOFF record restored from the table retries on its first timer") {
    Rig r;
    r.p.state = State::backoff;
    r.p.backoff = 2;
    r.p.ever_started = true;
    REQUIRE(r.p.deadline_ms == -1);           // deadlines are not kept in the table
    r.timer();
    CHECK(r.p.state == State::starting);
    CHECK(r.p.restarts == 1);
    Rig spent;
    spent.p.state = State::backoff;
    spent.p.backoff = 4;                      // > startretries
    spent.timer();
    CHECK(spent.p.state == State::fatal);
}

// ---- describe_exit ------------------------------------------------------------

TEST_CASE("describe_exit wording") {
    using sv::fsm::describe_exit;
    CHECK(describe_exit(ExitStatus::exited(0)) == "exit status 0");
    CHECK(describe_exit(ExitStatus::exited(255)) == "exit status 255");
    CHECK(describe_exit(ExitStatus::exited(0x1000002C)) == "exit status 268435500");
    CHECK(describe_exit(ExitStatus::signaled(9)) == "terminated by signal 9");
    CHECK(describe_exit(ExitStatus::signaled(9), &test_signal_name) == "terminated by SIGKILL");
    CHECK(describe_exit(ExitStatus::signaled(11, true), &test_signal_name) == "terminated by SIGSEGV (core dumped)");
    CHECK(describe_exit(ExitStatus::signaled(6, true)) == "terminated by signal 6 (core dumped)");
    CHECK(describe_exit(ExitStatus::signaled(64), &test_signal_name) == "terminated by signal 64");
    CHECK(describe_exit(ExitStatus::lost()) == "exit status unknown");
    CHECK(describe_exit(ExitStatus{}) == "no exit status");
}

TEST_CASE("the fake clock moves only when told, the monotonic one never back") {
    sv::test::FakeClock c(5000, 1700000000);
    CHECK(c.monotonic_ms() == 5000);
    CHECK(c.wall_seconds() == 1700000000);
    c.advance_ms(1500);
    CHECK(c.monotonic_ms() == 6500);
    CHECK(c.wall_seconds() == 1700000001);
    c.set_monotonic_ms(100);
    CHECK(c.monotonic_ms() == 6500);
    c.set_wall_seconds(1600000000);           // a wall clock step back
    CHECK(c.wall_seconds() == 1600000000);
    CHECK(c.monotonic_ms() == 6500);
}

}  // TEST_SUITE
