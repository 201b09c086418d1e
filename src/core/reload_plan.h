// What RELOAD changes, decided without touching anything: the server lists
// the processes it has and the configuration it read, `plan::reload` says
// what becomes of each, and the server records every decision as an intent
// before it carries out any (docs/CRASH_SAFETY.md, "during RELOAD"). Pure:
// std only, no I/O, no clock; tests/reload_plan_test.cpp pins every case.
//
// The rules (these are the server's since RELOAD exists):
//  - a configured name with no process is added; started if `autostart`;
//  - a configured name held by an orphan (in the table, no longer configured)
//    is configured again: it takes the new spec and keeps its process; it is
//    started only if `autostart` and nothing runs (STOPPED, EXITED, FATAL,
//    UNKNOWN); a running orphan is not restarted, whatever it runs with; it
//    counts as added;
//  - a configured process whose spec fingerprint differs is changed: running
//    (STARTING, RUNNING, BACKOFF) it is restarted (start and stop intents,
//    stopped now, started when stopped); STOPPING it is started when the stop
//    ends (start intent only); stopped it just takes the new spec;
//  - a configured process with the same fingerprint takes the new spec and its
//    rules (stopwaitsecs, autorestart, ...) and nothing else happens;
//  - a process that is neither configured nor an orphan is removed: running,
//    it is stopped then dropped; stopped, it is dropped now; STOPPING, it is
//    dropped when its stop ends; orphans that stay unconfigured are left alone
//    (they are dropped when they stop, as found at start-up).
// Names match exactly (byte for byte): "web" and "Web" are two processes.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "core/config.h"
#include "core/process_state.h"

namespace sv::plan {

// One process the server has when RELOAD comes.
struct ProcessNow {
    std::string name;          // process name, as in the table
    uint64_t fingerprint = 0;  // ProgramSpec::fingerprint() of the spec it has now
    bool orphan = false;       // in the table, not configured
    State state = State::stopped;
    bool removing = false;     // an earlier RELOAD removed it; its stop is under way
};

// What happens to one program of the new configuration.
enum class SpecAction : uint8_t {
    add,            // no process of that name: add it (start it if `start`)
    adopt_orphan,   // an orphan of that name is configured again: new spec,
                    // no longer removed, same process (start it if `start`)
    restart,        // changed, running: new spec; record start + stop; stop now
    restart_after,  // changed, STOPPING: new spec; record start; starts when stopped
    replace,        // changed, stopped: new spec, nothing else
    update,         // same fingerprint: new spec and rules, nothing else
};
const char* action_name(SpecAction a);   // "add", "adopt_orphan", ...

struct SpecDecision {
    size_t spec = 0;           // index into the configuration's programs
    SpecAction action = SpecAction::update;
    bool start = false;        // add / adopt_orphan: record a start intent, then start
    bool start_after_stop = false;   // adopt_orphan of a process still stopping: start once stopped
};

// What happens to a process that is no longer configured.
enum class RemoveAction : uint8_t {
    stop_then_drop,     // running: record stop + remove, stop now, drop when stopped
    drop_now,           // stopped: record remove, drop after this event
    drop_when_stopped,  // STOPPING: record remove, drop when the stop ends
};
const char* action_name(RemoveAction a);

struct Removal {
    std::string name;
    RemoveAction action = RemoveAction::drop_now;
};

struct ReloadPlan {
    // One decision per program of the configuration, in its order: the
    // order in which the decisions are recorded, before the removals.
    std::vector<SpecDecision> programs;
    std::vector<Removal> removals;     // in name order
    // Carried out once everything is recorded, in this order: the stops
    // (restarts in configuration order, then removals in name order), then
    // the starts (added programs with autostart, by priority then name).
    std::vector<std::string> stops;
    std::vector<std::string> starts;
    // For %SUPERVISE-S-RELOADED: added counts re-configured orphans; changed
    // counts every fingerprint change (stopped ones too); removed counts
    // every removal (one already being removed by an earlier RELOAD again).
    int64_t added = 0, changed = 0, removed = 0;
};

// `now`: the processes the server has, any order, names unique. `next`: the
// configuration's programs (Config::programs: sorted by priority then name,
// names unique, as load_config makes them).
ReloadPlan reload(const std::vector<ProcessNow>& now, const std::vector<ProgramSpec>& next);

}  // namespace sv::plan
