// RELOAD (and SIGHUP): read the configuration again. New programs are added
// (and autostarted), removed ones are stopped then dropped, programs whose
// start-relevant configuration changed are restarted, the rest are left
// untouched. A configuration with errors changes nothing; its errors go back
// to the client.
#include "cond_symbols.h"
#include "core/msg.h"
#include "core/reload_plan.h"
#include "os/failpoint.h"
#include "server/server.h"

namespace sv::server {


// Records one program's decision (its intents, written at once when there
// are any): the first half of RELOAD, before anything is carried out.
void Server::record(const ProgramSpec& spec, const plan::SpecDecision& d) {
    using plan::SpecAction;
    if (d.action == SpecAction::add || d.action == SpecAction::adopt_orphan) add(spec);
    Managed& m = *find(spec.name);
    m.spec = spec;
    m.rules = rules_of(spec);
    switch (d.action) {
    case SpecAction::add:
    case SpecAction::adopt_orphan:
        m.orphan = false;
        m.remove_when_stopped = false;
        if (d.start_after_stop) {
            m.start_when_stopped = true;   // configured again while its removal stops it
            flush(m);
            return;
        }
        if (!d.start) {
            flush(m);   // the remove intent is gone
            return;
        }
        m.start_when_stopped = true;
        flush(m);
        return;
    case SpecAction::restart:
    case SpecAction::restart_after:
        log(os::LogLevel::info, spec.name + ": configuration changed");
        m.start_when_stopped = true;
        m.stop_pending = d.action == SpecAction::restart;
        flush(m);
        if (os::failpoint("reload_recording")) os::die_now();
        return;
    case SpecAction::replace: log(os::LogLevel::info, spec.name + ": configuration changed"); return;
    case SpecAction::update: return;
    }
}

// Records the removal of a process no longer configured.
void Server::record(const plan::Removal& r) {
    Managed& m = *find(r.name);
    m.remove_when_stopped = true;
    m.start_when_stopped = false;
    m.stop_pending = r.action == plan::RemoveAction::stop_then_drop;
    flush(m);
    if (r.action == plan::RemoveAction::drop_now) removed_.push_back(r.name);
}

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
        r.status = cond::CONFIGERR;
        log(os::LogLevel::error, "reload refused: the configuration has errors; nothing changed");
        if (conn) reply(conn, r);
        return;
    }
    std::vector<std::string> bad;
    std::vector<const ProgramSpec*> specs;
    for (const auto& spec : next.programs) specs.push_back(&spec);
    if (!check_names(specs, &bad)) {
        r.status = cond::CONFIGERR;
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
    std::vector<plan::ProcessNow> now;
    now.reserve(reg_.all().size());
    for (const auto& [name, m] : reg_.all())
        now.push_back({name, m.spec.fingerprint(), m.orphan, m.proc.state, m.remove_when_stopped && !m.orphan});
    const plan::ReloadPlan p = plan::reload(now, next.programs);
    for (const auto& d : p.programs) record(next.programs[d.spec], d);
    for (const auto& gone : p.removals) record(gone);
    reloading_ = false;
    write_server_entry();
    if (os::failpoint("reload_recorded")) os::die_now();
    for (const auto& name : p.stops)
        if (Managed* m = find(name)) {
            m->stop_pending = false;
            apply(*m, {fsm::EventKind::stop, 0, {}, {}});
        }
    for (const auto& name : p.starts)
        if (Managed* m = find(name)) {
            m->start_when_stopped = false;
            apply(*m, {fsm::EventKind::start, 0, {}, {}});
        }
    cfg_ = std::move(next);
    drop_program_list();
    if (opts_.password.empty()) password_ = cfg_.server.password;
    r.status = cond::RELOADED;
    r.lines.insert(r.lines.begin(), msg::Catalogue::builtin().text("RELOADED", {p.added, p.changed, p.removed}));
    log(os::LogLevel::info, r.lines.front());
    if (conn) reply(conn, r);
}

}  // namespace sv::server
