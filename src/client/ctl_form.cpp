// supervisorctl's form of the outcomes (the Linux TEXT form, /FORMAT=
// SUPERVISORCTL anywhere): the lines supervisorctl 4.2 prints for each
// action (supervisor/supervisorctl.py: _startresult, _signalresult,
// _clearresult, do_pid, do_update, do_add, do_remove, _formatChanges), in
// the order the names were given, each with its group prefix. The texts are
// supervisorctl's, so they are not catalogue messages: the catalogue stays
// the source of the MESSAGES form and of what OpenVMS shows.
#include <algorithm>
#include <set>

#include "cond_symbols.h"
#include "client/client.h"
#include "core/select_plan.h"
#include "core/text.h"
#include "os/process.h"

namespace sv::client {

namespace {

// An entry for a name that selected nothing: no group, NOSUCHPROG.
bool missing(const proto::ProcessInfo& p) { return p.result == cond::NOSUCHPROG && p.group.empty(); }

std::string error_line(const std::string& who, const char* what) { return who + ": ERROR (" + what + ")\n"; }

std::string no_such(const proto::ProcessInfo& p) {
    if (names_group(p.name)) return error_line(p.name.substr(0, p.name.find(':')), "no such group");
    return error_line(missing(p) ? p.name : namespec(p), "no such process");
}

std::string start_line(const proto::ProcessInfo& p) {
    std::string n = namespec(p);
    switch (p.result) {
    case cond::STARTED:
    case cond::RESTARTED: return n + ": started\n";
    case cond::STARTING: return n + ": starting\n";
    case cond::ALRSTARTED: return error_line(n, "already started");
    case cond::SPAWNERR: return error_line(n, "spawn error");
    case cond::NOFILE: return error_line(n, "no such file");   // supervisor's NO_FILE fault
    case cond::ABNORMAL: return error_line(n, "abnormal termination");
    case cond::NOSUCHPROG: return no_such(p);
    default: return error_line(n, "failed");
    }
}

std::string stop_line(const proto::ProcessInfo& p, const char* success) {
    std::string n = namespec(p);
    switch (p.result) {
    case cond::STOPPED:
    case cond::SIGNALLED:
    case cond::CLEARED:
    case cond::RESTARTED: return n + ": " + success + "\n";
    case cond::STOPPING: return n + ": stopping\n";
    case cond::NOTRUNNING: return error_line(n, "not running");
    case cond::NOSUCHPROG: return no_such(p);
    case cond::ABNORMAL: return error_line(n, "abnormal termination");
    default: return error_line(n, "failed");
    }
}

// reread: supervisorctl names groups, sorted, each once.
std::string changes(const std::vector<proto::ProcessInfo>& ps) {
    std::set<std::pair<std::string, std::string>> lines;
    for (const auto& p : ps) {
        const char* what = p.result == cond::AVAILABLE     ? "available"
                           : p.result == cond::CHANGEDCFG  ? "changed"
                           : p.result == cond::DISAPPEARED ? "disappeared"
                                                           : nullptr;
        if (what) lines.insert({p.group.empty() ? p.name : p.group, what});
    }
    if (lines.empty()) return "No config updates to processes\n";
    std::string out;
    for (const auto& [g, what] : lines) out += g + ": " + what + "\n";
    return out;
}

// update: names that select nothing first, then each group once: removed,
// then changed, then added, as supervisorctl's do_update logs them.
std::string updates(const std::vector<proto::ProcessInfo>& ps) {
    std::string out;
    for (const auto& p : ps)
        if (missing(p)) out += "ERROR: no such group: " + p.name + "\n";
    const std::pair<uint32_t, const char*> passes[] = {
        {cond::REMOVED, ": stopped\n%: removed process group\n"},
        {cond::UPDATED, ": stopped\n%: updated process group\n"},
        {cond::ADDED, ": added process group\n"},
    };
    for (const auto& [result, text] : passes) {
        std::set<std::string> seen;
        for (const auto& p : ps) {
            std::string g = p.group.empty() ? p.name : p.group;
            if (p.result != result || missing(p) || !seen.insert(g).second) continue;
            std::string t = g + text;
            for (size_t at; (at = t.find('%')) != std::string::npos;) t.replace(at, 1, g);
            out += t;
        }
    }
    return out;
}

// add / remove: one entry per name given.
std::string add_remove(const std::vector<proto::ProcessInfo>& ps) {
    std::string out;
    for (const auto& p : ps) {
        switch (p.result) {
        case cond::ADDED: out += p.name + ": added process group\n"; break;
        case cond::REMOVED: out += p.name + ": removed process group\n"; break;
        case cond::ALRADDED: out += "ERROR: process group already active\n"; break;
        case cond::STILLRUNNING: out += "ERROR: process/group still running: " + p.name + "\n"; break;
        default: out += "ERROR: no such process/group: " + p.name + "\n"; break;
        }
    }
    return out;
}

std::string pids(const Action& a, const proto::Reply& r) {
    if (a.names.empty()) return r.lines.empty() ? std::string() : r.lines.front() + "\n";
    std::string out;
    for (const auto& p : in_request_order(a, r))
        out += missing(p) ? "No such process " + p.name + "\n" : std::to_string(p.pid) + "\n";
    return out;
}

}  // namespace

bool names_group(const std::string& name) {
    size_t colon = name.find(':');
    return colon != std::string::npos && (colon + 1 == name.size() || name.compare(colon + 1, std::string::npos, "*") == 0);
}

Format text_form() { return os::platform() == Platform::vms ? Format::messages : Format::supervisorctl; }

namespace {
// What supervisorctl's "all" and "group:*" forms leave out (see client.h).
bool passed_over(const Action& a, const proto::ProcessInfo& p) {
    switch (a.op) {
    case proto::Opcode::start: return p.result == cond::ALRSTARTED;
    case proto::Opcode::stop:
    case proto::Opcode::signal: return p.result == cond::NOTRUNNING;
    default: return false;
    }
}
}  // namespace

std::vector<proto::ProcessInfo> in_request_order(const Action& a, const proto::Reply& r, bool as_ctl) {
    std::vector<plan::Candidate> cands;
    for (const auto& p : r.processes) cands.push_back({p.name, missing(p) ? std::string_view() : p.group});
    bool all = a.names.empty() || plan::select(a.names, false, true, {}).all;
    std::vector<proto::ProcessInfo> out;
    if (all) {
        for (const auto& p : r.processes)
            if (!(as_ctl && passed_over(a, p))) out.push_back(p);
        if (a.op == proto::Opcode::status || a.op == proto::Opcode::pid)
            std::stable_sort(out.begin(), out.end(), [](const proto::ProcessInfo& x, const proto::ProcessInfo& y) {
                return std::tie(x.group, x.name) < std::tie(y.group, y.name);
            });
        return out;
    }
    std::vector<bool> used(r.processes.size(), false);
    for (const auto& name : a.names) {
        plan::Selection s = plan::select({name}, false, false, cands);
        bool any = false;
        for (size_t i : s.chosen) {
            if (missing(r.processes[i])) continue;
            any = true;
            if (used[i]) continue;
            used[i] = true;
            if (!(as_ctl && names_group(name) && passed_over(a, r.processes[i]))) out.push_back(r.processes[i]);
        }
        if (any) continue;
        for (size_t i = 0; i < r.processes.size(); ++i)
            if (!used[i] && missing(r.processes[i]) && r.processes[i].name == name) {
                out.push_back(r.processes[i]);
                used[i] = true;
                break;
            }
    }
    for (size_t i = 0; i < r.processes.size(); ++i)
        if (!used[i]) out.push_back(r.processes[i]);
    return out;
}

std::string ctl_lines(const Action& a, const proto::Reply& r) {
    std::string out;
    switch (a.op) {
    case proto::Opcode::status: {
        std::vector<proto::ProcessInfo> known;
        for (const auto& p : in_request_order(a, r)) {
            if (missing(p)) out += no_such(p);
            else known.push_back(p);
        }
        return out + status_table(known);
    }
    case proto::Opcode::start:
        for (const auto& p : in_request_order(a, r, true)) out += start_line(p);
        return out;
    case proto::Opcode::stop:
        for (const auto& p : in_request_order(a, r, true)) out += stop_line(p, "stopped");
        return out;
    case proto::Opcode::restart: {   // supervisorctl: stop every name, then start every name
        Action stop = a;
        stop.op = proto::Opcode::stop;
        proto::Reply stopped = r;
        for (auto& p : stopped.processes)
            if (p.result == cond::STARTED) p.result = cond::NOTRUNNING;   // it was not running
        for (const auto& p : in_request_order(stop, stopped, true)) out += stop_line(p, "stopped");
        for (const auto& p : in_request_order(a, r, true)) out += start_line(p);
        return out;
    }
    case proto::Opcode::signal:
        if (r.status == cond::BADSIGNAL) {
            for (const auto& n : a.names) out += error_line(n, "bad signal name");
            return out;
        }
        for (const auto& p : in_request_order(a, r, true)) out += stop_line(p, "signalled");
        return out;
    case proto::Opcode::clear:
        for (const auto& p : in_request_order(a, r)) out += stop_line(p, "cleared");
        return out;
    case proto::Opcode::pid: return pids(a, r);
    case proto::Opcode::reread: return changes(r.processes);
    case proto::Opcode::update: return updates(r.processes);
    case proto::Opcode::add:
    case proto::Opcode::remove: return add_remove(r.processes);
    case proto::Opcode::shutdown: return "Shut down\n";
    case proto::Opcode::version: {
        std::string v = r.lines.empty() ? std::string() : r.lines.front();
        size_t sp = v.rfind(' ');
        return (sp == std::string::npos ? v : v.substr(sp + 1)) + "\n";
    }
    case proto::Opcode::avail:
    case proto::Opcode::reload:
        for (const auto& l : r.lines) out += l + "\n";
        return out;
    }
    return out;
}

}  // namespace sv::client
