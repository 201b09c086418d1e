// supervisorctl's configuration workflow and small requests: REREAD (what
// changed, nothing applied), AVAIL (the programs of the configuration last
// read, in use or not), ADD and REMOVE (bring a configured program into use,
// take a stopped one out of it); PID and CLEAR. UPDATE is RELOAD for some
// programs (reload.cpp).
#include <algorithm>
#include <cstdio>
#include <tuple>

#include "cond_symbols.h"
#include "core/text.h"
#include "os/process.h"
#include "server/server.h"

namespace sv::server {

namespace {

// A reply to `req`, with that status.
proto::Reply answer(const proto::Request& req, uint32_t status) {
    proto::Reply r;
    r.op = req.op;
    r.id = req.id;
    r.status = status;
    return r;
}

proto::ProcessInfo entry(const std::string& name, const std::string& group, uint32_t result) {
    proto::ProcessInfo e;
    e.name = name;
    e.group = group;
    e.result = result;
    return e;
}

// supervisor's namespec: ProgramSpec::name already is (core/config.h).
const std::string& namespec(const ProgramSpec& s) { return s.name; }

void keep_available(std::vector<ProgramSpec>& list, const ProgramSpec& spec) {
    auto same = [&](const ProgramSpec& s) { return s.name == spec.name; };
    list.erase(std::remove_if(list.begin(), list.end(), same), list.end());
    list.push_back(spec);
}

}  // namespace

void Server::serve_reread(uint64_t conn, const proto::Request& req) {
    proto::Reply r = answer(req, 0);
    Config next;
    if (!read_next(r, &next)) {
        reply(conn, r);
        return;
    }
    const plan::ReloadPlan p = plan::reload(processes_now(), next.programs);
    std::vector<ProgramSpec> available;
    for (const auto& d : p.programs) {
        const ProgramSpec& spec = next.programs[d.spec];
        bool is_new = d.action == plan::SpecAction::add || d.action == plan::SpecAction::adopt_orphan;
        if (is_new) available.push_back(spec);
        uint32_t result = is_new ? cond::AVAILABLE
                          : d.action != plan::SpecAction::update || settings_changed(spec) ? cond::CHANGEDCFG
                                                                                            : 0;
        if (result) r.processes.push_back(entry(spec.process_name, group_of(spec), result));
    }
    for (const auto& gone : p.removals)
        if (const Managed* m = find(gone.name)) r.processes.push_back(entry(m->spec.process_name, group_of(m->spec), cond::DISAPPEARED));
    available_ = std::move(available);
    r.status = r.processes.empty() ? cond::NOCHANGES : cond::NORMAL;
    reply(conn, r);
}

// supervisorctl's avail line: name, "in use" or "avail", "auto" or
// "manual", group priority:process priority (one priority here: a
// program's, which is its group's unless the group is a [group:x]).
void Server::serve_avail(uint64_t conn, const proto::Request& req) {
    std::vector<std::tuple<int, std::string, std::string>> rows;
    auto row = [&](const ProgramSpec& s, bool in_use) {
        char line[512];
        std::string prio = std::to_string(s.group_name.empty() || s.group_name == s.program_name ? s.priority : 999) +
                           ":" + std::to_string(s.priority);
        std::snprintf(line, sizeof line, "%-32s %-9s %-9s %s", namespec(s).c_str(), in_use ? "in use" : "avail",
                      s.autostart ? "auto" : "manual", prio.c_str());
        rows.emplace_back(s.priority, namespec(s), line);
    };
    for (const auto& [name, m] : reg_.all())
        if (!m.orphan) row(m.spec, true);
    for (const auto& s : available_) {
        const Managed* m = find(s.name);
        if (!m || m->orphan) row(s, false);
    }
    std::sort(rows.begin(), rows.end());
    proto::Reply r = answer(req, cond::NORMAL);
    for (auto& [prio, name, line] : rows) r.lines.push_back(std::move(line));
    reply(conn, r);
}

void Server::serve_add(uint64_t conn, const proto::Request& req) {
    proto::Reply r = answer(req, cond::NORMAL);
    for (const auto& name : req.names) {
        std::vector<ProgramSpec> specs;
        for (const auto& s : available_)
            if (Selector::matches(name, s)) specs.push_back(s);
        if (specs.empty()) {
            bool in_use = false;
            for (const auto& [n, m] : reg_.all()) in_use = in_use || (!m.orphan && Selector::matches(name, m.spec));
            r.processes.push_back(entry(name, "", in_use ? cond::ALRADDED : cond::NOSUCHPROG));
            continue;
        }
        // The programs' decisions as RELOAD makes them (added, or an orphan
        // configured again): recorded first, then the starts carried out.
        const plan::ReloadPlan p = plan::reload(processes_now(), specs);
        for (const auto& d : p.programs)
            if (d.action == plan::SpecAction::add || d.action == plan::SpecAction::adopt_orphan)
                record(specs[d.spec], d);
        for (const auto& n : p.starts)
            if (Managed* m = find(n)) {
                m->start_when_stopped = false;
                apply(*m, {fsm::EventKind::start, 0, {}, {}});
            }
        available_.erase(std::remove_if(available_.begin(), available_.end(),
                                        [&](const ProgramSpec& s) { return Selector::matches(name, s); }),
                         available_.end());
        log(os::LogLevel::info, "added: " + name);
        r.processes.push_back(entry(name, "", cond::ADDED));
    }
    reply(conn, r);
}

void Server::serve_remove(uint64_t conn, const proto::Request& req) {
    proto::Reply r = answer(req, cond::NORMAL);
    for (const auto& name : req.names) {
        std::vector<Managed*> chosen;
        for (auto& [n, m] : reg_.all())
            if (Selector::matches(name, m.spec) && !m.remove_when_stopped) chosen.push_back(&m);
        bool running = std::any_of(chosen.begin(), chosen.end(),
                                   [](const Managed* m) { return !is_stopped_state(m->proc.state); });
        uint32_t result = chosen.empty() ? cond::NOSUCHPROG : running ? cond::STILLRUNNING : cond::REMOVED;
        r.processes.push_back(entry(name, "", result));
        if (result != cond::REMOVED) continue;
        for (Managed* m : chosen) {
            if (!m->orphan) keep_available(available_, m->spec);   // still configured: ADD brings it back
            record(plan::Removal{m->spec.name, plan::RemoveAction::drop_now});
        }
        log(os::LogLevel::info, "removed from use: " + name);
    }
    reply(conn, r);
}

void Server::serve_pid(uint64_t conn, const proto::Request& req) {
    proto::Reply r = answer(req, cond::NORMAL);
    if (req.names.empty()) r.lines.push_back(std::to_string(os::current_pid()));
    else
        for (Managed* m : select(req, r)) r.processes.push_back(info(*m));
    reply(conn, r);
}

void Server::serve_clear(uint64_t conn, const proto::Request& req) {
    proto::Reply r = answer(req, cond::NORMAL);
    for (Managed* m : select(req, r)) {
        proto::ProcessInfo i = info(*m);
        // The back end owns the files (AUTO's name, versions): it empties them.
        std::string why;
        bool ok = spawner_->clear_output(m->spec, &why);
        i.result = ok ? cond::CLEARED : cond::FAILED;
        log(ok ? os::LogLevel::info : os::LogLevel::error,
            ok ? "cleared the output files of " + m->spec.name
               : "could not clear the output files of " + m->spec.name + ": " + why);
        r.processes.push_back(i);
    }
    reply(conn, r);
}

}  // namespace sv::server
