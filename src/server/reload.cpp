// RELOAD (and SIGHUP), and UPDATE (the same, for some programs): read the
// configuration again. New programs are added
// (and autostarted), removed ones are stopped then dropped, programs whose
// start-relevant configuration changed are restarted, the rest are left
// untouched. A configuration with errors changes nothing; its errors go back
// to the client.
#include <set>

#include "cond_symbols.h"
#include "core/msg.h"
#include "core/reload_plan.h"
#include "core/text.h"
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

namespace {

// Every key's value as --check shows it, apart from where the section sits:
// two specs with the same settings give the same text.
std::string settings_of(ProgramSpec spec) {
    spec.source_file.clear();
    spec.source_line = 0;
    Config c;
    c.programs.push_back(std::move(spec));
    return describe_config(c);
}

}  // namespace

bool Selector::matches(const std::string& n, const ProgramSpec& s) {
    const std::string g = group_of(s);
    if (n == g || n == s.name) return true;
    size_t colon = n.find(':');
    if (colon == std::string::npos || n.compare(0, colon, g) != 0 || colon != g.size()) return false;
    std::string rest = n.substr(colon + 1);
    return rest.empty() || rest == "*" || rest == s.name;
}

Selector::Selector(const std::vector<std::string>& names) : names_(names) {
    for (const auto& n : names)
        if (upcase(n) == "ALL") names_.clear();
}

bool Selector::takes(const ProgramSpec& s) const {
    if (names_.empty()) return true;
    for (const auto& n : names_)
        if (matches(n, s)) return true;
    return false;
}

std::vector<std::string> Selector::unmatched(const std::vector<ProgramSpec>& configured,
                                             const std::map<std::string, Managed>& processes) const {
    std::vector<std::string> out;
    for (const auto& n : names_) {
        bool found = false;
        for (const auto& s : configured) found = found || matches(n, s);
        for (const auto& [name, m] : processes) found = found || matches(n, m.spec);
        if (!found) out.push_back(n);
    }
    return out;
}

std::string group_of(const ProgramSpec& s) { return s.group_name.empty() ? s.program_name : s.group_name; }

std::vector<plan::ProcessNow> Server::processes_now() const {
    std::vector<plan::ProcessNow> now;
    now.reserve(reg_.all().size());
    for (const auto& [name, m] : reg_.all())
        now.push_back({name, m.spec.fingerprint(), m.orphan, m.proc.state, m.remove_when_stopped && !m.orphan});
    return now;
}

// Reads the configuration for RELOAD, REREAD and UPDATE; its diagnostics go
// into the reply's lines. False (reply status CONFIGERR) when it has errors.
bool Server::read_next(proto::Reply& r, Config* next) {
    *next = opts_.loader(opts_.config_path);
    for (const auto& d : next->diagnostics) {
        r.lines.push_back(d.format());
        log(d.warning ? os::LogLevel::warn : os::LogLevel::error, d.format());
    }
    if (!next->ok()) {
        r.status = cond::CONFIGERR;
        log(os::LogLevel::error, "configuration refused: it has errors; nothing changed");
        return false;
    }
    std::vector<std::string> bad;
    std::vector<const ProgramSpec*> specs;
    for (const auto& spec : next->programs) specs.push_back(&spec);
    if (!check_names(specs, &bad)) {
        r.status = cond::CONFIGERR;
        for (const auto& line : bad) r.lines.push_back(line);
        log(os::LogLevel::error, "configuration refused: " + bad.front() + "; nothing changed");
        return false;
    }
    return true;
}

bool Server::settings_changed(const ProgramSpec& next) const {
    auto it = reg_.all().find(next.name);
    return it != reg_.all().end() && settings_of(it->second.spec) != settings_of(next);
}

void Server::reload(uint64_t conn, uint32_t id) { apply_config(conn, id, proto::Opcode::reload, {}); }

void Server::apply_config(uint64_t conn, uint32_t id, proto::Opcode op, const std::vector<std::string>& names) {
    proto::Reply r;
    r.op = op;
    r.id = id;
    Config next;
    if (!read_next(r, &next)) {
        if (conn) reply(conn, r);
        return;
    }
    const Selector chosen(names);
    // First every decision is recorded, then carried out: the server entry
    // says "reloading" while the decisions are being written, so a server
    // that dies half way leaves either all of them on record or a flag that
    // makes the next server decide again (docs/CRASH_SAFETY.md).
    reloading_ = true;
    write_server_entry();
    const plan::ReloadPlan p = plan::reload(processes_now(), next.programs);
    std::set<std::string> kept;
    int64_t added = 0, changed = 0, removed = 0;
    std::vector<ProgramSpec> available;
    for (const auto& d : p.programs) {
        const ProgramSpec& spec = next.programs[d.spec];
        bool is_new = d.action == plan::SpecAction::add || d.action == plan::SpecAction::adopt_orphan;
        if (!chosen.takes(spec)) {
            if (is_new) available.push_back(spec);   // configured, not brought into use
            continue;
        }
        bool key_changed = d.action == plan::SpecAction::update && settings_changed(spec);
        bool is_changed = !is_new && (d.action != plan::SpecAction::update || key_changed);
        kept.insert(spec.name);
        proto::ProcessInfo e;
        e.name = spec.name;
        e.group = group_of(spec);
        e.result = is_new ? cond::ADDED : is_changed ? cond::UPDATED : 0;
        if (e.result) r.processes.push_back(e);
        added += is_new;
        changed += is_changed;
        if (key_changed) log(os::LogLevel::info, spec.name + ": configuration changed (no restart needed)");
        record(spec, d);
    }
    for (const auto& gone : p.removals) {
        const Managed* m = find(gone.name);
        if (!m || !chosen.takes(m->spec)) continue;
        kept.insert(gone.name);
        proto::ProcessInfo e;
        e.name = gone.name;
        e.group = group_of(m->spec);
        e.result = cond::REMOVED;
        r.processes.push_back(e);
        ++removed;
        record(gone);
    }
    reloading_ = false;
    write_server_entry();
    if (os::failpoint("reload_recorded")) os::die_now();
    for (const auto& name : p.stops)
        if (Managed* m = kept.count(name) ? find(name) : nullptr) {
            m->stop_pending = false;
            apply(*m, {fsm::EventKind::stop, 0, {}, {}});
        }
    for (const auto& name : p.starts)
        if (Managed* m = kept.count(name) ? find(name) : nullptr) {
            m->start_when_stopped = false;
            apply(*m, {fsm::EventKind::start, 0, {}, {}});
        }
    for (const auto& n : chosen.unmatched(next.programs, reg_.all())) {
        proto::ProcessInfo e;
        e.name = n;
        e.result = cond::NOSUCHPROG;
        r.processes.push_back(e);
    }
    available_ = std::move(available);
    cfg_ = std::move(next);
    drop_program_list();
    if (opts_.password.empty()) password_ = cfg_.server.password;
    if (op == proto::Opcode::reload) {
        r.status = cond::RELOADED;
        r.processes.clear();
        r.lines.insert(r.lines.begin(), msg::Catalogue::builtin().text("RELOADED", {added, changed, removed}));
        log(os::LogLevel::info, r.lines.front());
    } else {
        r.status = cond::NORMAL;
        log(os::LogLevel::info, "update: " + std::to_string(added) + " added, " + std::to_string(changed) +
                                    " changed, " + std::to_string(removed) + " removed");
    }
    if (conn) reply(conn, r);
}

}  // namespace sv::server
