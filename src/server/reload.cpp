// RELOAD (and SIGHUP): read the configuration again. New programs are added
// (and autostarted), removed ones are stopped then dropped, programs whose
// start-relevant configuration changed are restarted, the rest are left
// untouched. A configuration with errors changes nothing; its errors go back
// to the client.
#include "core/msg.h"
#include "os/failpoint.h"
#include "server/server.h"

namespace sv::server {

namespace {
uint32_t cond(const char* ident) { return msg::Catalogue::builtin().code(ident); }
}  // namespace

void Server::reload(uint64_t conn, uint32_t id) {
    proto::Reply r;
    r.op = proto::Opcode::reload;
    r.id = id;
    Config next = opts_.loader(opts_.config_path);
    for (const auto& d : next.diagnostics) {
        r.lines.push_back(d.format());
        log(d.warning ? os::LogLevel::warn : os::LogLevel::error, d.format());
    }
    if (!next.ok()) {
        r.status = cond("CONFIGERR");
        log(os::LogLevel::error, "reload refused: the configuration has errors; nothing changed");
        if (conn) reply(conn, r);
        return;
    }
    std::vector<std::string> bad;
    std::vector<const ProgramSpec*> specs;
    for (const auto& spec : next.programs) specs.push_back(&spec);
    if (!check_names(specs, &bad)) {
        r.status = cond("CONFIGERR");
        for (const auto& line : bad) r.lines.push_back(line);
        log(os::LogLevel::error, "reload refused: " + bad.front() + "; nothing changed");
        if (conn) reply(conn, r);
        return;
    }
    // First every decision is recorded, then carried out: the server entry
    // says "reloading" while the decisions are being written, so a server
    // that dies half way leaves either all of them on record or a flag that
    // makes the next server decide again (docs/CRASH_SAFETY.md).
    reloading_ = true;
    write_server_entry();
    int64_t added = 0, changed = 0, removed = 0;
    std::set<std::string> keep;
    std::vector<std::string> to_start, to_stop;
    for (const auto& spec : next.programs) {
        keep.insert(spec.name);
        Managed* m = find(spec.name);
        if (!m || m->orphan) {
            bool was_orphan = m != nullptr;
            add(spec);
            m = find(spec.name);
            m->orphan = false;
            m->remove_when_stopped = false;
            ++added;
            if (spec.autostart && (!was_orphan || is_stopped_state(m->proc.state))) {
                m->start_when_stopped = true;
                flush(*m);
                to_start.push_back(spec.name);
            }
            continue;
        }
        bool differs = spec.fingerprint() != m->spec.fingerprint();
        m->spec = spec;
        m->rules = rules_of(spec);
        if (!differs) continue;
        ++changed;
        log(os::LogLevel::info, spec.name + ": configuration changed");
        if (is_running_state(m->proc.state) || m->proc.state == State::stopping) {
            m->start_when_stopped = true;
            m->stop_pending = m->proc.state != State::stopping;
            flush(*m);
            if (m->stop_pending) to_stop.push_back(spec.name);
            if (os::failpoint("reload_recording")) os::die_now();
        }
    }
    for (auto& [name, m] : procs_) {
        if (keep.count(name) || m.orphan) continue;
        ++removed;
        m.remove_when_stopped = true;
        m.start_when_stopped = false;
        m.stop_pending = is_running_state(m.proc.state);
        flush(m);
        if (m.stop_pending) to_stop.push_back(name);
        else if (is_stopped_state(m.proc.state)) removed_.push_back(name);
    }
    reloading_ = false;
    write_server_entry();
    if (os::failpoint("reload_recorded")) os::die_now();
    for (const auto& name : to_stop)
        if (Managed* m = find(name)) {
            m->stop_pending = false;
            apply(*m, {fsm::EventKind::stop, 0, {}, {}});
        }
    for (const auto& name : to_start)
        if (Managed* m = find(name)) {
            m->start_when_stopped = false;
            apply(*m, {fsm::EventKind::start, 0, {}, {}});
        }
    cfg_ = std::move(next);
    drop_program_list();
    if (opts_.password.empty()) password_ = cfg_.server.password;
    r.status = cond("RELOADED");
    r.lines.insert(r.lines.begin(), msg::Catalogue::builtin().text("RELOADED", {added, changed, removed}));
    log(os::LogLevel::info, r.lines.front());
    if (conn) reply(conn, r);
}

}  // namespace sv::server
