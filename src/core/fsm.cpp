// The process state machine (fsm.h): supervisor's transition rules
// (reference/peers.md §4.3) with one deadline per process in place of
// supervisor's one-second tick, and supervisor's log wording (§4.6).
//
// Each event has a small handler; the handlers share a handful of moves
// (begin a start, fail a start, reach RUNNING, end a process, begin a stop)
// so that every path into a state does the same bookkeeping.
//
// Choices where the rules leave room, kept here in one place:
//  - STARTING becomes RUNNING only when now - laststart > startsecs*1000
//    (strictly), so the timer is armed one millisecond past startsecs.
//  - A process that exits while STARTING but after that point (its timer was
//    not yet delivered) is RUNNING first and then EXITED, as supervisor does;
//    otherwise an exit while STARTING is a failed start (BACKOFF or FATAL).
//  - A BACKOFF retry waits `backoff` seconds; retries are counted in
//    `restarts`, as are automatic restarts from EXITED.
//  - BACKOFF with no recorded deadline is a record restored from the table:
//    its timer event is taken as due (the delay passed while nobody watched).
//  - An operator's stop in BACKOFF or start from a stopped state resets the
//    retry counter; an operator's start in BACKOFF keeps it.
//  - A live process adopted while the record says none runs becomes RUNNING.
//  - UNKNOWN: a start is refused while a pid is recorded; a stop signals the
//    recorded pid again; its exit makes it STOPPED, never restarted.
//  - Crash-loop throttle (kMinRestartIntervalMs): an automatic restart after
//    an exit from RUNNING happens no earlier than laststart + 1000 ms. While
//    it waits the process shows EXITED (it did exit; supervisor users see
//    EXITED between an exit and its restart) with its timer armed; the timer
//    starts it (STARTING, counted in `restarts`). A stop in that wait cancels
//    the restart and makes it STOPPED; a start starts at once (the stale timer,
//    if delivered, finds no deadline or an early one and does nothing);
//    give_up drops the restart and leaves it EXITED; an adopted live process
//    cancels it (RUNNING). BACKOFF retries need no throttle: they wait
//    >= 1 s after a failure that came after the start.
//  - An exit not watched (adopted_dead: the server was down) is restarted at
//    once, unthrottled: the start time is only a guess from `since` (wall
//    seconds, which a clock step moves), the death need not have been quick,
//    and one respawn per server restart cannot loop: the next exit is watched.
//  - The table keeps no deadlines, so an EXITED record restored from it does
//    not know whether a restart was pending: it stays EXITED (a timer event
//    finds no deadline and does nothing), unlike a restored BACKOFF record.
#include "core/fsm.h"

#include <utility>

namespace sv::fsm {

namespace {

constexpr int64_t kNoDeadline = -1;

// One call of step(): the inputs and the effects gathered so far.
struct Step {
    const Rules& rules;
    const std::string& name;
    Process& p;
    Now now;
    std::vector<Effect> fx;

    void log(LogLevel level, std::string text) {
        Effect e;
        e.kind = EffectKind::log;
        e.level = level;
        e.text = std::move(text);
        fx.push_back(std::move(e));
    }
    void push(EffectKind kind, bool group = false) {
        Effect e;
        e.kind = kind;
        e.group = group;
        fx.push_back(std::move(e));
    }
    // A state change: the new state, its time, and the table must keep it.
    void enter(State s) {
        p.state = s;
        p.since_wall = now.wall_s;
        push(EffectKind::persist);
    }
    void arm(int64_t at_ms) {
        p.deadline_ms = at_ms;
        Effect e;
        e.kind = EffectKind::arm_timer;
        e.at_ms = at_ms;
        fx.push_back(std::move(e));
    }
    // Cancels the armed timer, if there is one.
    void disarm() {
        if (p.deadline_ms == kNoDeadline) return;
        p.deadline_ms = kNoDeadline;
        push(EffectKind::cancel_timer);
    }
    std::string exit_text(const ExitStatus& st) const {
        return rules.describe_exit ? rules.describe_exit(st) : describe_exit(st);
    }
    std::string pid_text() const { return std::to_string(p.pid); }
};

int64_t seconds_ms(int v) { return static_cast<int64_t>(v) * 1000; }

// The first instant at which the process has stayed up longer than startsecs.
int64_t running_at(const Step& s) { return s.p.laststart_ms + seconds_ms(s.rules.startsecs) + 1; }

bool stayed_up(const Step& s) { return s.now.mono_ms >= running_at(s); }

bool has_process(State st) {
    return st == State::starting || st == State::running || st == State::stopping;
}

// ---- moves shared by the handlers -----------------------------------------

// Enters STARTING and asks for a spawn; the server answers with spawned or
// spawn_failed.
void begin_start(Step& s, bool automatic) {
    Process& p = s.p;
    const State from = p.state;
    s.enter(State::starting);
    p.pid = 0;
    p.laststart_ms = s.now.mono_ms;
    p.ever_started = true;
    p.stop_requested = false;
    p.kill_sent = false;
    p.spawnerr.clear();
    if (automatic) ++p.restarts;
    if (s.rules.startsecs > 0) s.arm(running_at(s));
    else s.disarm();
    s.log(LogLevel::debug, s.name + ": " + state_name(from) + " -> STARTING" +
                               (automatic ? " (automatic restart)" : ""));
    s.push(EffectKind::spawn);
}

void become_running(Step& s) {
    s.enter(State::running);
    s.p.backoff = 0;
    s.disarm();
    s.log(LogLevel::info, "success: " + s.name +
                              " entered RUNNING state, process has stayed up for > than " +
                              std::to_string(s.rules.startsecs) + " seconds (startsecs)");
}

void become_fatal(Step& s, const std::string& why) {
    s.enter(State::fatal);
    s.p.backoff = 0;
    s.p.pid = 0;
    s.disarm();
    s.log(LogLevel::info, "gave up: " + s.name + " entered FATAL state, " + why);
}

// A start that did not last: BACKOFF with a growing delay, or FATAL once the
// retries are used up (supervisor: backoff > startretries).
void fail_start(Step& s, const std::string& reason) {
    Process& p = s.p;
    p.pid = 0;
    p.spawnerr = reason;
    p.backoff += 1;
    if (p.backoff > s.rules.startretries) {
        become_fatal(s, "too many start retries too quickly");
        return;
    }
    s.enter(State::backoff);
    s.arm(s.now.mono_ms + seconds_ms(p.backoff));
    s.log(LogLevel::debug, s.name + ": BACKOFF, retry " + std::to_string(p.backoff) + " of " +
                               std::to_string(s.rules.startretries) + " in " +
                               std::to_string(p.backoff) + " s");
}

bool restart_wanted(const Rules& r, bool expected) {
    switch (r.autorestart) {
    case AutoRestart::always: return true;
    case AutoRestart::never: return false;
    case AutoRestart::unexpected: return !expected;
    }
    return false;
}

// Text for a delay in tenths of a second, rounded up: 1 ms is "0.1 s".
std::string tenths_text(int64_t ms) {
    const int64_t tenths = (ms + 99) / 100;
    return std::to_string(tenths / 10) + "." + std::to_string(tenths % 10) + " s";
}

// The automatic restart after an exit: at once, or, when the process started
// less than kMinRestartIntervalMs ago, EXITED with the timer armed for it.
// `watched`: the start time is known (not a process that died unseen).
void restart_after_exit(Step& s, bool watched) {
    const int64_t due = s.p.laststart_ms + kMinRestartIntervalMs;
    if (!watched || s.now.mono_ms >= due) {
        begin_start(s, true);
        return;
    }
    s.arm(due);
    s.log(LogLevel::info, "'" + s.name + "' exited too quickly: restart delayed " +
                              tenths_text(due - s.now.mono_ms));
}

// The process ended on its own after reaching RUNNING.
void end_running(Step& s, const ExitStatus& st, bool watched) {
    Process& p = s.p;
    const bool expected = s.rules.exitcodes.expected(st);
    s.enter(State::exited);
    p.pid = 0;
    p.backoff = 0;
    p.last_exit = st;
    s.disarm();
    if (expected) {
        s.log(LogLevel::info, "exited: " + s.name + " (" + s.exit_text(st) + "; expected)");
    } else {
        p.spawnerr = st.kind == ExitStatus::Kind::exited ? "Bad exit code " + std::to_string(st.value)
                                                         : s.exit_text(st);
        s.log(LogLevel::warn, "exited: " + s.name + " (" + s.exit_text(st) + "; not expected)");
    }
    if (restart_wanted(s.rules, expected)) restart_after_exit(s, watched);
}

// The process ended while STARTING. `watched`: the exit was seen when it
// happened, so its time tells whether startsecs had passed.
void end_starting(Step& s, const ExitStatus& st, bool watched) {
    if (watched && stayed_up(s)) {   // its RUNNING timer had not been delivered yet
        become_running(s);
        end_running(s, st, true);
        return;
    }
    s.p.last_exit = st;
    s.log(LogLevel::info, "exited: " + s.name + " (" + s.exit_text(st) + "; not expected)");
    fail_start(s, "Exited too quickly (process log may have details)");
}

// The process ended after a stop request (or while UNKNOWN).
void end_stopped(Step& s, const ExitStatus& st) {
    Process& p = s.p;
    s.enter(State::stopped);
    p.pid = 0;
    p.stop_requested = false;
    p.kill_sent = false;
    p.last_exit = st;
    s.disarm();
    const LogLevel level = s.rules.exitcodes.expected(st) ? LogLevel::info : LogLevel::warn;
    s.log(level, "stopped: " + s.name + " (" + s.exit_text(st) + ")");
}

void end_process(Step& s, const ExitStatus& st, bool watched) {
    switch (s.p.state) {
    case State::starting: end_starting(s, st, watched); break;
    case State::running: end_running(s, st, watched); break;
    case State::stopping:
    case State::unknown: end_stopped(s, st); break;
    default: break;
    }
}

// A stop with no pid to signal (never signal pid 0: that is our own group).
void stop_without_process(Step& s) {
    s.enter(State::stopped);
    s.p.stop_requested = false;
    s.p.kill_sent = false;
    s.disarm();
    s.log(LogLevel::info, "stopped: " + s.name + " (no process)");
}

void begin_stop(Step& s) {
    Process& p = s.p;
    if (p.pid == 0) {
        stop_without_process(s);
        return;
    }
    s.enter(State::stopping);
    p.stop_requested = true;
    p.kill_sent = false;
    s.push(EffectKind::stop_ask, s.rules.stopasgroup);
    s.arm(s.now.mono_ms + seconds_ms(s.rules.stopwaitsecs));
    s.log(LogLevel::info, "waiting for " + s.name + " to stop");
}

// ---- one handler per event -------------------------------------------------

void on_start(Step& s) {
    switch (s.p.state) {
    case State::stopped:
    case State::exited:
    case State::fatal:
        s.p.backoff = 0;
        begin_start(s, false);
        break;
    case State::backoff: begin_start(s, false); break;
    case State::unknown:
        if (s.p.pid == 0) {
            s.p.backoff = 0;
            begin_start(s, false);
        }
        break;
    default: break;   // STARTING, RUNNING, STOPPING: already has a process
    }
}

void on_stop(Step& s) {
    switch (s.p.state) {
    case State::starting:
    case State::running:
    case State::unknown: begin_stop(s); break;
    case State::backoff:
        s.enter(State::stopped);
        s.p.backoff = 0;
        s.disarm();
        s.log(LogLevel::debug, "Attempted to kill " + s.name + ", which is in BACKOFF state.");
        break;
    case State::exited:
        if (!restart_pending(s.p)) break;
        s.enter(State::stopped);
        s.disarm();
        s.log(LogLevel::info, "stopped: " + s.name + " (pending restart cancelled)");
        break;
    default: break;   // nothing runs, or a stop is already under way
    }
}

void on_spawned(Step& s, int64_t pid) {
    if (s.p.state != State::starting || s.p.pid != 0 || pid <= 0) return;
    s.p.pid = pid;
    s.push(EffectKind::persist);
    s.log(LogLevel::info, "spawned: '" + s.name + "' with pid " + std::to_string(pid));
    if (s.rules.startsecs <= 0) become_running(s);
}

void on_spawn_failed(Step& s, const std::string& reason) {
    if (s.p.state != State::starting || s.p.pid != 0) return;
    fail_start(s, reason);
}

void on_exited(Step& s, const Event& ev) {
    if (!has_process(s.p.state) && s.p.state != State::unknown) return;
    if (s.p.pid == 0 || (ev.pid != 0 && ev.pid != s.p.pid)) return;   // not our process
    end_process(s, ev.status, true);
}

// stopwaitsecs passed while STOPPING: the kill, repeated every stopwaitsecs
// while the process survives it (as supervisor does).
void stop_timer(Step& s) {
    Process& p = s.p;
    if (p.pid == 0) {
        stop_without_process(s);
        return;
    }
    p.kill_sent = true;
    s.push(EffectKind::stop_force, s.rules.killasgroup);
    s.log(LogLevel::warn, "killing '" + s.name + "' (" + s.pid_text() + ")" +
                              (s.rules.force_stop_name ? std::string(" with ") + s.rules.force_stop_name : ""));
    s.arm(s.now.mono_ms + seconds_ms(s.rules.stopwaitsecs));   // again if it survives
}

void on_timer(Step& s) {
    Process& p = s.p;
    const bool restored_backoff = p.state == State::backoff && p.deadline_ms == kNoDeadline;
    if (!restored_backoff && (p.deadline_ms == kNoDeadline || s.now.mono_ms < p.deadline_ms)) return;
    switch (p.state) {
    case State::starting:
        p.deadline_ms = kNoDeadline;   // consumed
        if (stayed_up(s)) become_running(s);
        else s.arm(running_at(s));
        break;
    case State::backoff:
        p.deadline_ms = kNoDeadline;
        if (p.backoff > s.rules.startretries) become_fatal(s, "too many start retries too quickly");
        else begin_start(s, true);
        break;
    case State::stopping:
        p.deadline_ms = kNoDeadline;
        stop_timer(s);
        break;
    case State::exited:   // the throttled restart is due
        p.deadline_ms = kNoDeadline;
        begin_start(s, true);
        break;
    default: break;   // no timer belongs to this state: stale
    }
}

void on_adopted(Step& s, int64_t pid) {
    Process& p = s.p;
    if (pid <= 0) return;
    const State before = p.state;
    p.pid = pid;
    p.ever_started = true;
    switch (p.state) {
    case State::running: s.disarm(); break;
    case State::starting:
        if (s.rules.startsecs <= 0 || stayed_up(s)) become_running(s);
        else s.arm(running_at(s));
        break;
    case State::stopping:
        p.stop_requested = true;
        s.arm(s.now.mono_ms + seconds_ms(s.rules.stopwaitsecs));
        break;
    default:   // the record says nothing runs, yet it does
        s.enter(State::running);
        p.backoff = 0;
        p.stop_requested = false;
        p.kill_sent = false;
        s.disarm();
        break;
    }
    if (p.state == before) s.push(EffectKind::persist);   // the pid changed
    s.log(LogLevel::debug, "adopted: " + s.name + " (pid " + std::to_string(pid) + ") in " +
                               state_name(p.state) + " state");
}

// The status is the real one when the back end kept it (the VMS termination
// mailbox), else unknown.
void on_adopted_dead(Step& s, const ExitStatus& status) {
    if (!has_process(s.p.state) && s.p.state != State::unknown) return;
    end_process(s, status.kind == ExitStatus::Kind::none ? ExitStatus::lost() : status, false);
}

void on_give_up(Step& s) {
    if (restart_pending(s.p)) {
        s.disarm();
        s.log(LogLevel::debug, s.name + ": pending restart abandoned");
        return;
    }
    if (s.p.state != State::backoff) return;
    become_fatal(s, "start retries abandoned");
}

}  // namespace

std::vector<Effect> step(const Rules& rules, const std::string& name, Process& p,
                         const Event& ev, Now now) {
    Step s{rules, name, p, now, {}};
    switch (ev.kind) {
    case EventKind::start: on_start(s); break;
    case EventKind::stop: on_stop(s); break;
    case EventKind::spawned: on_spawned(s, ev.pid); break;
    case EventKind::spawn_failed: on_spawn_failed(s, ev.reason); break;
    case EventKind::exited: on_exited(s, ev); break;
    case EventKind::timer: on_timer(s); break;
    case EventKind::adopted: on_adopted(s, ev.pid); break;
    case EventKind::adopted_dead: on_adopted_dead(s, ev.status); break;
    case EventKind::give_up: on_give_up(s); break;
    }
    return std::move(s.fx);
}

bool restart_pending(const Process& p) {
    return p.state == State::exited && p.deadline_ms != kNoDeadline;
}

std::string describe_exit(const ExitStatus& st, std::string (*signal_name)(int64_t)) {
    std::string text;
    switch (st.kind) {
    case ExitStatus::Kind::none: return "no exit status";
    case ExitStatus::Kind::unknown: return "exit status unknown";
    case ExitStatus::Kind::exited: text = "exit status " + std::to_string(st.value); break;
    case ExitStatus::Kind::signaled: {
        std::string sig = signal_name ? signal_name(st.value) : std::string();
        text = "terminated by " + (sig.empty() ? "signal " + std::to_string(st.value) : sig);
        break;
    }
    }
    if (st.core_dumped) text += " (core dumped)";
    return text;
}

}  // namespace sv::fsm
