// The server's bookkeeping in one place: every process record and every
// index over them (by name, by case-folded name, by watched pid, by timer),
// kept in step behind one interface. check() states the invariant; the
// server unit tests call it after every step.
#pragma once
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "core/config.h"
#include "core/fsm.h"

namespace sv::server {

// One process under supervision.
struct Managed {
    ProgramSpec spec;
    fsm::Rules rules;
    fsm::Process proc;
    uint64_t start_time = 0;        // OS creation time of proc.pid
    uint64_t started_fingerprint = 0;  // configuration the current process runs with
    int64_t timer_at = -1;          // its deadline in the registry, -1 when none
    bool orphan = false;            // found in the table, no longer configured
    bool remove_when_stopped = false;  // dropped by RELOAD
    bool spawn_not_found = false;      // the last spawn failed: its command or image does not exist
    bool start_when_stopped = false;   // START, RESTART or a changed configuration (intent: start)
    bool stop_pending = false;      // a stop decided, not yet begun (intent: stop)
    bool from_table = false;        // restored from the table: autostart skips it
    uint32_t written = 0;           // checksum of the entry last written to the table (0: unknown)
};

class Registry {
public:
    // The record of `name`, made when missing (its spec and rules set by the caller).
    Managed& add(const std::string& name);
    void erase(const std::string& name);
    // By exact name, then by name in any case.
    Managed* find(const std::string& name);
    const Managed* find(const std::string& name) const;
    std::map<std::string, Managed>& all() { return procs_; }
    const std::map<std::string, Managed>& all() const { return procs_; }

    // Watched processes: a pid is known from its spawn (or adoption) until
    // it is reported ended, even when the record has moved on.
    void watch(int64_t pid, const std::string& name) { by_pid_[pid] = name; }
    // The name a watched pid belongs to, removed from the index; empty when unknown.
    std::string take_pid(int64_t pid);
    size_t watched() const { return by_pid_.size(); }
    std::vector<int64_t> watched_pids() const;

    // One deadline per process.
    void set_timer(Managed& m, int64_t at);
    int64_t next_deadline() const { return timers_.empty() ? -1 : timers_.begin()->first; }
    // Removes and returns the name of the earliest timer due at `now`, or "".
    std::string pop_due(int64_t now);

    // Every way the indexes can disagree, one line each; empty when in step.
    std::vector<std::string> check() const;

private:
    std::map<std::string, Managed> procs_;          // by process name
    std::map<std::string, std::string> folded_;     // upper-cased name -> name
    std::map<int64_t, std::string> by_pid_;         // watched pid -> name
    std::set<std::pair<int64_t, std::string>> timers_;
};

}  // namespace sv::server
