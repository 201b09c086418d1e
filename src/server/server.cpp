// The server's core loop: events from the OS ports go through the pure state
// machine; the effects it returns are carried out here.
#include "server/server.h"

#include <algorithm>
#include <cstdio>
#include <utility>

#include "core/msg.h"
#include "core/text.h"
#include "os/failpoint.h"
#include "os/process.h"

namespace sv::server {

namespace {
// At most this many events from one outside cause (spawn -> spawned -> ...,
// a RELOAD of many programs): a bound, not a rule; nothing chains this far.
constexpr size_t kMaxChain = 100000;

os::LogLevel to_os(fsm::LogLevel l) {
    switch (l) {
    case fsm::LogLevel::debug: return os::LogLevel::debug;
    case fsm::LogLevel::info: return os::LogLevel::info;
    case fsm::LogLevel::warn: return os::LogLevel::warn;
    case fsm::LogLevel::error: return os::LogLevel::error;
    }
    return os::LogLevel::info;
}
}  // namespace

// The configuration's chmod/chown as the channel's access string.
std::string channel_access(const ServerSpec& s) {
    char mode[8];
    std::snprintf(mode, sizeof mode, "%04o", s.mailbox_mode & 07777u);
    return s.mailbox_owner.empty() ? std::string(mode) : std::string(mode) + " " + s.mailbox_owner;
}

fsm::Rules rules_of(const ProgramSpec& s) {
    fsm::Rules r;
    r.startsecs = s.startsecs;
    r.startretries = s.startretries;
    r.stopwaitsecs = s.stopwaitsecs;
    r.autorestart = s.autorestart;
    r.exitcodes = s.exitcodes;
    r.stopasgroup = s.stopasgroup;
    r.killasgroup = s.killasgroup;
    r.describe_exit = &os::describe_exit;
    r.force_stop_name = os::force_stop_name();
    return r;
}

Server::Server(Options opts, Config cfg, std::unique_ptr<os::EventLoop> loop,
               std::unique_ptr<os::Spawner> spawner, std::unique_ptr<os::Store> store,
               std::unique_ptr<os::Clock> clock, std::unique_ptr<os::LogSink> log,
               Locations where)
    : opts_(std::move(opts)), cfg_(std::move(cfg)), loop_(std::move(loop)),
      spawner_(std::move(spawner)), store_(std::move(store)), clock_(std::move(clock)),
      log_(std::move(log)), where_(std::move(where)) {
    password_ = !opts_.password.empty() ? opts_.password : cfg_.server.password;
    for (auto& spec : cfg_.programs) add(std::move(spec));
    drop_program_list();
}

// Each Managed keeps its own ProgramSpec; the list the configuration came
// with would only double the server's memory (1000 programs: ~1 MiB).
// The configuration's reading (its INI trees, the program list) peaked far
// above what the records need: the freed pages go back to the system.
void Server::drop_program_list() {
    std::vector<ProgramSpec>().swap(cfg_.programs);
    std::vector<Diagnostic>().swap(cfg_.diagnostics);
    os::release_free_memory();
}

Server::~Server() = default;

fsm::Now Server::now() const { return {clock_->monotonic_ms(), clock_->wall_seconds()}; }

void Server::log(os::LogLevel level, const std::string& text) {
    if (log_) log_->write(level, text);
}

void Server::add(ProgramSpec spec) {
    Managed& m = reg_.add(spec.name);
    m.rules = rules_of(spec);
    m.spec = std::move(spec);
}

Managed* Server::find(const std::string& name) {
    return reg_.find(name);
}

bool Server::start(std::string* error) {
    if (!store_->lock(error)) return false;
    std::vector<std::string> bad;
    std::vector<const ProgramSpec*> specs;
    for (const auto& [name, m] : reg_.all()) specs.push_back(&m.spec);
    if (!check_names(specs, &bad)) {
        *error = bad.front();
        for (const auto& b : bad) log(os::LogLevel::error, b);
        return false;
    }
    os::ChannelOptions ch;
    ch.name = where_.channel;
    ch.access = channel_access(cfg_.server);
    ch.max_message = static_cast<size_t>(cfg_.server.mailbox_size);
    if (!loop_->channel().listen(ch, error)) return false;
    log(os::LogLevel::info, msg::Catalogue::builtin().text("SERVERSTART",
        {std::string(SV_VERSION), os::current_pid()}));
    store_->configured(specs);   // before readopt: the accounts of the programs
    if (!readopt(error)) return false;
    prepare_auto_output();
    write_server_entry();
    if (interrupted_reload_) finish_interrupted_reload();
    autostart();
    drop_removed();   // orphans found ended: gone now, not at the first event
    persist_dirty();
    return true;
}

// Every process name must fit the table: a process the table cannot record
// could not be recognised after a crash, so such a configuration is refused.
bool Server::check_names(const std::vector<const ProgramSpec*>& specs, std::vector<std::string>* errors) const {
    for (const ProgramSpec* spec : specs) {
        std::string why;
        if (!store_->can_hold("p:" + spec->name, &why))
            errors->push_back("program " + spec->program_name + ", process '" + spec->name + "': " + why);
    }
    return errors->empty();
}

int Server::run() {
    while (running_) {
        int64_t deadline = reg_.next_deadline();
        os::release_free_memory();  // what the last round freed, before waiting
        loop_->run_once(deadline, *this);
        fire_due_timers();
        if (reload_requested_) {
            reload_requested_ = false;
            reload(0, 0);
        }
        drop_removed();
        persist_dirty();
    }
    persist_dirty();
    loop_->channel().close_channel();
    log(os::LogLevel::info, "supervisord stopped; programs left running: " +
        std::to_string(reg_.watched()));
    return 0;
}

void Server::autostart() {
    std::vector<Managed*> order;
    for (auto& [name, m] : reg_.all())
        if (m.spec.autostart && !m.proc.ever_started && !m.from_table && !m.orphan)
            order.push_back(&m);
    std::stable_sort(order.begin(), order.end(), [](const Managed* a, const Managed* b) {
        return a->spec.priority < b->spec.priority;
    });
    for (Managed* m : order) apply(*m, {fsm::EventKind::start, 0, {}, {}});
}

// Every event goes through one queue: the event given, then, depth first,
// what carrying it out brings (spawned after spawn, a start once stopped).
// A call made while the queue drains only adds to it, so nothing recurses;
// a call from outside returns once everything it caused has been applied.
void Server::apply(Managed& m, fsm::Event ev) {
    events_.emplace_front(m.spec.name, std::move(ev));
    if (draining_) return;
    draining_ = true;
    size_t n = 0;
    for (; !events_.empty() && n < kMaxChain; ++n) {
        auto [name, e] = std::move(events_.front());
        events_.pop_front();
        Managed* p = find(name);
        if (!p) continue;
        State before = p->proc.state;
        auto effects = fsm::step(p->rules, p->spec.name, p->proc, e, now());
        std::vector<fsm::Event> follow;
        carry_out(*p, effects, follow);
        for (auto it = follow.rbegin(); it != follow.rend(); ++it) events_.emplace_front(name, std::move(*it));
        if (p->proc.state != before) after_state_change(*p);
    }
    if (!events_.empty()) {
        log(os::LogLevel::error, "internal: more than " + std::to_string(kMaxChain) +
            " events from one cause; the rest dropped");
        events_.clear();
    }
    draining_ = false;
}

void Server::carry_out(Managed& m, const std::vector<fsm::Effect>& effects,
                       std::vector<fsm::Event>& follow) {
    for (const auto& e : effects) {
        std::string err;
        switch (e.kind) {
        case fsm::EffectKind::spawn: do_spawn(m, follow); break;
        case fsm::EffectKind::stop_ask:
            flush(m);   // the stop is on record before the program hears of it
            if (os::failpoint("stop_recorded")) os::die_now();
            if (!spawner_->stop({m.proc.pid, m.start_time}, os::StopHow::ask, m.spec, &err))
                log(os::LogLevel::error, m.spec.name + ": " + err);
            if (os::failpoint("stop_signalled")) os::die_now();
            break;
        case fsm::EffectKind::stop_force:
            flush(m);
            if (!spawner_->stop({m.proc.pid, m.start_time}, os::StopHow::force, m.spec, &err))
                log(os::LogLevel::error, m.spec.name + ": " + err);
            break;
        case fsm::EffectKind::arm_timer: set_timer(m, e.at_ms); break;
        case fsm::EffectKind::cancel_timer: set_timer(m, -1); break;
        case fsm::EffectKind::persist: dirty_.insert(m.spec.name); break;
        case fsm::EffectKind::log: log(to_os(e.level), e.text); break;
        }
    }
}

void Server::do_spawn(Managed& m, std::vector<fsm::Event>& follow) {
    if (m.orphan || (m.spec.argv.empty() && m.spec.image.empty())) {
        follow.push_back({fsm::EventKind::spawn_failed, 0, {}, "no longer configured"});
        return;
    }
    // The new process writes this entry (STARTING, with its own pid and start
    // time) before its program runs: whenever the server dies, the table
    // names every program that runs.
    m.started_fingerprint = m.spec.fingerprint();
    table::Slots slots;
    std::vector<uint8_t> entry = table::encode_with_slots(entry_of(m), &slots);
    auto record = store_->self_record("p:" + m.spec.name, entry, slots);
    os::SpawnResult r = spawner_->spawn(m.spec, record.get());
    for (const auto& w : r.warnings) log(os::LogLevel::warn, m.spec.name + ": " + w);
    m.spawn_not_found = !r.ok && r.failure == os::SpawnFailure::not_found;
    if (!r.ok) {
        log(os::LogLevel::info, "spawnerr: " + r.error);
        follow.push_back({fsm::EventKind::spawn_failed, 0, {}, r.error});
        return;
    }
    if (os::failpoint("spawned")) os::die_now();
    // What the new process wrote is what the server would write once the
    // spawn is recorded: that write is skipped (a cold start of 1000
    // programs makes 1000 table writes, not 2000).
    table::stamp(entry.data(), entry.size(), slots, r.pid, r.start_time);
    m.written = table::checksum_of(entry);
    m.start_time = r.start_time;
    reg_.watch(r.pid, m.spec.name);
    std::string err;
    if (!loop_->watch(r.pid, true, &err))
        log(os::LogLevel::error, m.spec.name + ": cannot watch pid " + std::to_string(r.pid) + ": " + err);
    follow.push_back({fsm::EventKind::spawned, r.pid, {}, {}});
}

void Server::set_timer(Managed& m, int64_t at) {
    reg_.set_timer(m, at);
}

void Server::fire_due_timers() {
    int64_t t = clock_->monotonic_ms();
    for (std::string name = reg_.pop_due(t); !name.empty(); name = reg_.pop_due(t))
        if (Managed* m = find(name)) apply(*m, {fsm::EventKind::timer, 0, {}, {}});
}

void Server::after_state_change(Managed& m) {
    // by_pid_ loses a pid only when that process is reported ended: a state
    // change can come before the `spawned` event records the new pid.
    dirty_.insert(m.spec.name);
    if (is_stopped_state(m.proc.state)) {
        if (m.remove_when_stopped) {
            removed_.push_back(m.spec.name);
        } else if (m.start_when_stopped && !m.orphan) {
            m.start_when_stopped = false;
            apply(m, {fsm::EventKind::start, 0, {}, {}});   // queued next; its own change resolves
            return;
        }
    }
    resolve_pending(m.spec.name);
}

void Server::drop_removed() {
    for (const auto& name : removed_) {
        Managed* m = find(name);
        if (!m || !is_stopped_state(m->proc.state)) continue;
        set_timer(*m, -1);
        store_->remove("p:" + name);
        m->written = 0;
        dirty_.erase(name);
        reg_.erase(name);
        log(os::LogLevel::info, "removed: " + name);
    }
    removed_.clear();
}

void Server::persist_dirty() {
    for (const auto& name : dirty_) {
        Managed* m = find(name);
        if (m) write_entry(*m);
    }
    dirty_.clear();
}

// Writes m's entry now (before an action a crash must not separate from it).
void Server::flush(Managed& m) {
    write_entry(m);
    dirty_.erase(m.spec.name);
}

table::ProcessEntry Server::entry_of(const Managed& m) const {
    table::ProcessEntry e;
    e.name = m.spec.name;
    e.program = m.spec.program_name;
    e.pid = m.proc.pid;
    e.start_time = m.proc.pid ? m.start_time : 0;
    e.state = m.proc.state;
    e.since = m.proc.since_wall;
    e.restarts = m.proc.restarts;
    e.backoff = static_cast<uint32_t>(m.proc.backoff);
    e.fingerprint = m.started_fingerprint;
    e.last_exit = m.proc.last_exit;
    e.spawnerr = m.proc.spawnerr;
    // A throttled restart waiting on its timer is a start decided: a new
    // server carries it out instead of leaving the program EXITED.
    bool start = m.start_when_stopped || (!m.orphan && fsm::restart_pending(m.proc));
    e.intent = static_cast<uint8_t>((start ? table::kIntentStart : 0) |
                                    (m.remove_when_stopped ? table::kIntentRemove : 0) |
                                    (m.stop_pending ? table::kIntentStop : 0));
    return e;
}

// Writes m's entry unless the table already holds these very bytes.
void Server::write_entry(Managed& m) {
    std::string err;
    std::vector<uint8_t> bytes = table::encode(entry_of(m));
    uint32_t sum = table::checksum_of(bytes);
    if (sum == m.written && m.written != 0) return;
    if (store_->write("p:" + m.spec.name, bytes, &err)) {
        m.written = sum;
        return;
    }
    m.written = 0;
    log(os::LogLevel::error, "cannot write table entry " + m.spec.name + ": " + err);
}

void Server::write_server_entry() {
    table::ServerEntry e;
    e.pid = os::current_pid();
    e.channel = where_.channel;
    e.version = SV_VERSION;
    e.config = opts_.config_path;
    e.flags = reloading_ ? table::kServerReloading : 0;
    std::string err;
    if (!store_->write("s:server", table::encode(e), &err))
        log(os::LogLevel::error, "cannot write server entry: " + err);
}

void Server::on_child_exit(int64_t pid, const ExitStatus& status) {
    std::string name = reg_.take_pid(pid);
    if (name.empty()) return;
    Managed* m = find(name);
    if (!m || m->proc.pid != pid) return;
    apply(*m, {fsm::EventKind::exited, pid, status, {}});
}

void Server::on_control(os::Control c, const std::string& cause) {
    if (c == os::Control::reload) {
        log(os::LogLevel::info, "received " + cause + ": reloading the configuration");
        reload_requested_ = true;
        return;
    }
    log(os::LogLevel::info, "received " + cause + ": shutting down, programs keep running");
    running_ = false;
}

void Server::on_deadline() {}

}  // namespace sv::server
