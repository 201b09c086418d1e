// Re-adoption (DESIGN.md §6): a restarted server reads the table, watches
// every live process that is its own (pid AND creation time match, so a
// reused pid is never mistaken for ours), applies the restart policy to those
// that ended while it was down, and never starts a duplicate.
#include "os/spawner.h"
#include "server/server.h"

namespace sv::server {

namespace {
bool has_process(State s) {
    return s == State::starting || s == State::running || s == State::stopping;
}

Managed make_orphan(const table::ProcessEntry& e) {
    Managed m;
    m.spec.name = e.name;
    m.spec.program_name = e.program;
    m.spec.group_name = e.program;
    m.spec.autostart = false;
    m.spec.autorestart = AutoRestart::never;
    m.orphan = true;
    m.remove_when_stopped = true;
    return m;
}
}  // namespace

void Server::readopt() {
    for (const auto& [key, bytes] : store_->read_all()) {
        if (key == "s:server") continue;
        table::ProcessEntry e;
        auto d = key.rfind("p:", 0) == 0 ? table::decode(bytes.data(), bytes.size(), e)
                                         : table::Decode::bad_signature;
        if (d != table::Decode::ok) {
            log(os::LogLevel::warn, "table entry '" + key + "' ignored: " + table::describe(d));
            continue;
        }
        Managed* m = find(e.name);
        if (!m) {
            procs_[e.name] = make_orphan(e);
            m = &procs_[e.name];
            m->rules.autorestart = AutoRestart::never;
            m->rules.signal_name = &os::signal_name;
            log(os::LogLevel::warn, e.name + " is no longer configured: kept visible until it stops");
        }
        restore(*m, e);
    }
}

void Server::restore(Managed& m, const table::ProcessEntry& e) {
    fsm::Now t = now();
    m.from_table = true;
    m.proc.state = e.state;
    m.proc.since_wall = e.since;
    m.proc.restarts = e.restarts;
    m.proc.backoff = static_cast<int>(e.backoff);
    m.proc.last_exit = e.last_exit;
    m.proc.spawnerr = e.spawnerr;
    m.proc.ever_started = true;
    m.started_fingerprint = e.fingerprint;
    if (has_process(e.state) && e.pid > 0) {
        m.proc.pid = e.pid;
        m.proc.laststart_ms = t.mono_ms - (t.wall_s - e.since) * 1000;
        auto born = os::process_start_time(e.pid);
        std::string err;
        if (born && *born == e.start_time && loop_->watch(e.pid, false, &err)) {
            m.start_time = e.start_time;
            by_pid_[e.pid] = m.spec.name;
            log(os::LogLevel::info, "adopted: '" + m.spec.name + "' with pid " + std::to_string(e.pid) +
                " (" + state_name(e.state) + ")");
            if (!m.orphan && e.fingerprint != m.spec.fingerprint())
                log(os::LogLevel::warn, m.spec.name + " runs with an older configuration: RESTART it to apply the new one");
            apply(m, {fsm::EventKind::adopted, e.pid, {}, {}});
        } else {
            log(os::LogLevel::warn, "'" + m.spec.name + "' (pid " + std::to_string(e.pid) +
                ") ended while supervisord was down; exit status unknown");
            apply(m, {fsm::EventKind::adopted_dead, e.pid, ExitStatus::lost(), {}});
        }
    } else if (e.state == State::backoff && !m.orphan) {
        set_timer(m, t.mono_ms);   // retry now: the delay passed while we were down
    } else if (m.orphan) {
        removed_.push_back(m.spec.name);
    }
    dirty_.insert(m.spec.name);
}

}  // namespace sv::server
