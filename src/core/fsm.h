// The process state machine: supervisor's rules (reference/peers.md §4.3),
// driven by one deadline per process instead of a 1 s tick.
//
// Pure: step() reads the rules, the process record, one event and the time,
// updates the record and returns the effects the server must carry out.
// No I/O, no clock reads, no OS types.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "core/process_state.h"

namespace sv::fsm {

// The part of a program's configuration the state machine needs.
struct Rules {
    int startsecs = 1;
    int startretries = 3;
    int stopwaitsecs = 10;
    AutoRestart autorestart = AutoRestart::unexpected;
    ExitCodes exitcodes;
    bool stopasgroup = false;
    bool killasgroup = false;
    // The words for an exit status in log texts ("terminated by SIGKILL",
    // "%SYSTEM-F-ABORT"); supplied by the OS layer. When null,
    // describe_exit() below without a signal namer.
    std::string (*describe_exit)(const ExitStatus& st) = nullptr;
    // How the OS names the forced stop in log texts ("SIGKILL", "$DELPRC");
    // null: not named.
    const char* force_stop_name = nullptr;
};

// Two automatic starts of one process are at least this far apart (measured
// from `laststart_ms`): a program that dies at once is respawned about once a
// second, not as fast as the OS allows. s6-supervise keeps its starts 1 s
// apart, runit's runsv sleeps 1 s after a run shorter than that. An exit from
// RUNNING that comes sooner leaves the process EXITED with its timer armed for
// the restart (see restart_pending). An operator's start is never delayed, and
// BACKOFF retries (1 s, 2 s, ...) already wait at least this long.
constexpr int64_t kMinRestartIntervalMs = 1000;

// The time of an event: monotonic milliseconds for every rule, wall seconds
// only to stamp `since` (what STATUS shows).
struct Now {
    int64_t mono_ms = 0;
    int64_t wall_s = 0;
};

// The state machine's memory of one process.
struct Process {
    State state = State::stopped;
    int backoff = 0;             // consecutive failed starts (supervisor's `backoff`)
    int64_t pid = 0;             // 0 when no process
    int64_t laststart_ms = 0;    // monotonic time of the last start
    int64_t deadline_ms = -1;    // armed timer (monotonic ms), -1 when none
    int64_t since_wall = 0;      // wall seconds of the last state change
    bool ever_started = false;   // supervisor's laststart != 0
    bool stop_requested = false; // a stop is in progress (supervisor's `killing`)
    bool kill_sent = false;      // SIGKILL already sent during this stop
    ExitStatus last_exit;        // how the last process ended
    std::string spawnerr;        // why the last start failed (BACKOFF/FATAL text)
    uint32_t restarts = 0;       // automatic restarts so far (shown, persisted)
};

enum class EventKind : uint8_t {
    start,         // explicit start request, or autostart
    stop,          // explicit stop request
    spawned,       // the spawn effect succeeded: pid
    spawn_failed,  // the spawn effect failed: reason (e.g. "can't find command 'x'")
    exited,        // the process ended: status
    timer,         // the process's deadline was reached
    adopted,       // server restart: process found alive (pid, state/since already in the record)
    adopted_dead,  // server restart: recorded process is gone, exit status unknown
    give_up,       // server is stopping everything: BACKOFF becomes FATAL, a pending restart is dropped
};

struct Event {
    EventKind kind = EventKind::timer;
    int64_t pid = 0;           // spawned, adopted
    ExitStatus status;         // exited
    std::string reason;        // spawn_failed
};

enum class EffectKind : uint8_t {
    spawn,         // start the program; answer with spawned or spawn_failed
    stop_ask,      // ask the process to stop (stopsignal, to the group if stopasgroup; VMS $FORCEX)
    stop_force,    // end it now (SIGKILL, to the group if killasgroup; VMS $DELPRC)
    arm_timer,     // call step(timer) at `at_ms` (replaces any earlier timer)
    cancel_timer,  // the process has no deadline any more
    persist,       // the record changed in a way the table must keep
    log,           // write `text` to the activity log at `level`
};

enum class LogLevel : uint8_t { debug, info, warn, error };

struct Effect {
    EffectKind kind = EffectKind::log;
    bool group = false;        // stop_ask / stop_force: to the process group
    int64_t at_ms = 0;         // arm_timer
    LogLevel level = LogLevel::info;
    std::string text;          // log
};

// Applies one event. `name` is only used in log texts ("spawned: 'web' with
// pid 42" etc., supervisor's wording, reference/peers.md §4.6). Events that do
// not apply in the current state (e.g. a stale timer) return no effects.
std::vector<Effect> step(const Rules& rules, const std::string& name, Process& p,
                         const Event& ev, Now now);

// True while an automatic restart waits out kMinRestartIntervalMs: EXITED with
// the timer armed. A stop then cancels the restart (STOPPED), a start starts
// at once, the timer starts the process (STARTING).
bool restart_pending(const Process& p);

// Text for an exit status: "exit status 1", "terminated by SIGKILL" (or
// "terminated by signal 9" without a namer), "(core dumped)" appended when so,
// "exit status unknown" for a process that died while nobody watched.
std::string describe_exit(const ExitStatus& st, std::string (*signal_name)(int64_t) = nullptr);

}  // namespace sv::fsm
