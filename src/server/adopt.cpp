// Re-adoption (DESIGN.md §6, docs/CRASH_SAFETY.md): a restarted server reads
// the table, watches every live process that is its own (pid AND creation
// time match, so a reused pid is never mistaken for ours), applies the
// restart policy to those that ended while it was down, carries out the
// decisions the last server recorded and did not finish (intents), and never
// starts a duplicate.
#include "core/text.h"
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
    size_t colon = e.name.rfind(':');
    m.spec.process_name = colon == std::string::npos ? e.name : e.name.substr(colon + 1);
    m.spec.program_name = e.program;
    m.spec.group_name = colon == std::string::npos ? e.program : e.name.substr(0, colon);
    m.spec.autostart = false;
    m.spec.autorestart = AutoRestart::never;
    m.orphan = true;
    m.remove_when_stopped = true;
    return m;
}
}  // namespace

// False with `error` when the table cannot be read whole, or holds an entry
// that cannot be understood: guessing would risk a second copy of a program.
bool Server::readopt(std::string* error) {
    os::Entries all;
    if (!store_->read_all(&all, error)) return false;
    for (const auto& [key, bytes] : all) {
        if (key == "s:server") {
            table::ServerEntry last;
            if (table::decode(bytes.data(), bytes.size(), last) == table::Decode::ok &&
                (last.flags & table::kServerReloading)) {
                interrupted_reload_ = true;
                log(os::LogLevel::warn, "the last server (pid " + std::to_string(last.pid) +
                    ") died while recording a RELOAD: finishing it");
            }
            continue;
        }
        if (key.rfind("p:", 0) != 0) continue;   // not ours to judge
        table::ProcessEntry e;
        auto d = table::decode(bytes.data(), bytes.size(), e);
        if (d != table::Decode::ok) {
            *error = "table " + store_->location() + ": entry '" + key + "' cannot be read (" +
                     table::describe(d) + "); remove it once you know no such program runs";
            return false;
        }
        Managed* m = owner_of(e);
        if (m && m->from_table) {
            // Claimed by another entry already: the same process under its
            // older key (a re-key that a crash cut short) is dropped; another
            // live one stays in the table, untouched (never duplicated).
            bool same = e.pid == m->proc.pid || spawner_->probe({e.pid, e.start_time}).kind != os::Probe::Kind::alive;
            if (same) store_->remove(key);
            else log(os::LogLevel::error, "table entry '" + key + "' names pid " + std::to_string(e.pid) +
                     ", but " + m->spec.name + " is pid " + std::to_string(m->proc.pid) + ": left as it is");
            continue;
        }
        if (!m && find(e.name)) {
            log(os::LogLevel::error, "table entry '" + key + "' is another program's than " + e.name + ": left as it is");
            continue;
        }
        if (!m) {
            m = &reg_.add(e.name);
            *m = make_orphan(e);
            m->rules.autorestart = AutoRestart::never;
            m->rules.describe_exit = &os::describe_exit;
            m->rules.force_stop_name = os::force_stop_name();
            log(os::LogLevel::warn, e.name + " is no longer configured: kept visible until it stops");
        }
        restore(*m, e);
        rekey(*m, key);
    }
    return true;
}

// The configured process a table entry belongs to (core/table.h owner_of:
// entries written before processes were group:name included), or null.
Managed* Server::owner_of(const table::ProcessEntry& e) {
    if (Managed* same = find(e.name); same && !same->orphan && same->spec.program_name == e.program) return same;
    std::vector<table::Configured> configured;
    std::vector<Managed*> records;
    for (auto& [name, m] : reg_.all()) {
        if (m.orphan) continue;
        configured.push_back({m.spec.name, m.spec.program_name, m.spec.process_name});
        records.push_back(&m);
    }
    long i = table::owner_of(e, configured);
    return i < 0 ? nullptr : records[static_cast<size_t>(i)];
}

// An entry found under another key than its process's (an older table, or
// a program moved to another group) is written under the process's key,
// then the old one removed: a crash in between leaves both, and the next
// server drops the older (see readopt).
void Server::rekey(Managed& m, const std::string& key) {
    if (key == "p:" + m.spec.name) return;
    m.written = 0;
    write_entry(m);
    if (m.written == 0) return;   // logged; the old entry stays and still names the process
    store_->remove(key);
    dirty_.erase(m.spec.name);
    log(os::LogLevel::info, "table entry '" + key.substr(2) + "' is now '" + m.spec.name + "'");
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
    m.start_when_stopped = !m.orphan && (e.intent & table::kIntentStart);
    m.stop_pending = (e.intent & table::kIntentStop) != 0;
    if (has_process(e.state) && e.pid > 0) {
        m.proc.pid = e.pid;
        m.proc.laststart_ms = t.mono_ms - (t.wall_s - e.since) * 1000;
        os::Probe probe = spawner_->probe({e.pid, e.start_time});
        std::string err;
        if (probe.kind == os::Probe::Kind::alive && loop_->watch(e.pid, false, &err)) {
            m.start_time = e.start_time;
            reg_.watch(e.pid, m.spec.name);
            log(os::LogLevel::info, "adopted: '" + m.spec.name + "' with pid " + std::to_string(e.pid) +
                " (" + state_name(e.state) + ")");
            if (!m.orphan && e.fingerprint != m.spec.fingerprint())
                log(os::LogLevel::warn, m.spec.name + " runs with an older configuration: RESTART it to apply the new one");
            apply(m, {fsm::EventKind::adopted, e.pid, {}, {}});
        } else {
            ExitStatus how = probe.kind == os::Probe::Kind::ended ? probe.status : ExitStatus::lost();
            log(os::LogLevel::warn, "'" + m.spec.name + "' (pid " + std::to_string(e.pid) +
                ") ended while supervisord was down; " + os::describe_exit(how));
            apply(m, {fsm::EventKind::adopted_dead, e.pid, how, {}});
        }
    } else if (e.state == State::backoff && !m.orphan) {
        set_timer(m, t.mono_ms);   // retry now: the delay passed while we were down
    } else if (m.orphan) {
        removed_.push_back(m.spec.name);
    }
    carry_out_intents(m);
    dirty_.insert(m.spec.name);
}

// The decisions the last server recorded for m and did not see through.
void Server::carry_out_intents(Managed& m) {
    if (m.proc.state == State::stopping && m.proc.pid > 0) {
        // The stop was on record before its signal; whether the signal went
        // out is not: ask again (a second polite request is harmless).
        std::string err;
        if (!spawner_->stop({m.proc.pid, m.start_time}, os::StopHow::ask, m.spec, &err))
            log(os::LogLevel::error, m.spec.name + ": " + err);
    }
    if (m.stop_pending) {
        m.stop_pending = false;
        if (is_running_state(m.proc.state)) apply(m, {fsm::EventKind::stop, 0, {}, {}});
    }
    if (m.start_when_stopped && is_stopped_state(m.proc.state)) {
        m.start_when_stopped = false;
        apply(m, {fsm::EventKind::start, 0, {}, {}});
    }
}

// Before the first start from the configuration: the spawner clears old
// AUTO output files, sparing (and going on with) those of every process
// that runs now, adopted ones first among them.
void Server::prepare_auto_output() {
    os::Spawner::Live live;
    for (const auto& [name, m] : reg_.all())
        if (has_process(m.proc.state) && m.proc.pid > 0)
            live.push_back({&m.spec, {m.proc.pid, m.start_time}});
    spawner_->prepare_auto_output(cfg_.server, live);
}

// The last server died while recording the decisions of a RELOAD, so some
// of them may be missing: decide again from the configuration this server
// read. A process whose configuration changed is restarted, one no longer
// configured is stopped (and then dropped), as RELOAD would have done.
void Server::finish_interrupted_reload() {
    interrupted_reload_ = false;
    for (auto& [name, m] : reg_.all()) {
        bool live = has_process(m.proc.state) && m.proc.pid > 0;
        if (!live || m.proc.state == State::stopping) continue;
        bool changed = !m.orphan && m.started_fingerprint != m.spec.fingerprint();
        if (!changed && !m.orphan) continue;
        log(os::LogLevel::info, name + (m.orphan ? ": removed by the interrupted RELOAD, stopping"
                                                 : ": changed by the interrupted RELOAD, restarting"));
        m.start_when_stopped = changed;
        apply(m, {fsm::EventKind::stop, 0, {}, {}});
    }
}

}  // namespace sv::server
