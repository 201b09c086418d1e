// RELOAD (and SIGHUP): read the configuration again. New programs are added
// (and autostarted), removed ones are stopped then dropped, programs whose
// start-relevant configuration changed are restarted, the rest are left
// untouched. A configuration with errors changes nothing; its errors go back
// to the client.
#include "core/msg.h"
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
    int64_t added = 0, changed = 0, removed = 0;
    std::set<std::string> keep;
    std::vector<std::string> to_start;
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
            if (spec.autostart && (!was_orphan || is_stopped_state(m->proc.state)))
                to_start.push_back(spec.name);
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
            if (m->proc.state != State::stopping) apply(*m, {fsm::EventKind::stop, 0, {}, {}});
        }
    }
    for (auto& [name, m] : procs_) {
        if (keep.count(name) || m.orphan) continue;
        ++removed;
        m.remove_when_stopped = true;
        m.start_when_stopped = false;
        if (is_running_state(m.proc.state)) apply(m, {fsm::EventKind::stop, 0, {}, {}});
        else if (is_stopped_state(m.proc.state)) removed_.push_back(name);
    }
    for (const auto& name : to_start)
        if (Managed* m = find(name)) apply(*m, {fsm::EventKind::start, 0, {}, {}});
    cfg_ = std::move(next);
    drop_program_list();
    if (opts_.password.empty()) password_ = cfg_.server.password;
    r.status = cond("RELOADED");
    r.lines.insert(r.lines.begin(), msg::Catalogue::builtin().text("RELOADED", {added, changed, removed}));
    log(os::LogLevel::info, r.lines.front());
    if (conn) reply(conn, r);
}

}  // namespace sv::server
