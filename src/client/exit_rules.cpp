// SUPERVISE's exit statuses on Linux: supervisorctl's (supervisor 4.2
// supervisorctl.py: LSBInitExitStatuses, LSBStatusExitStatuses,
// set_exitstatus_from_xmlrpc_fault, upcheck, do_status, do_start ...), so a
// script written for supervisorctl takes the same branches. On OpenVMS the
// OS turns the last failure condition into $STATUS instead (os::exit_status).
#include "cond_symbols.h"
#include "client/client.h"
#include "core/msg.h"
#include "core/select_plan.h"

namespace sv::client {

namespace {

// supervisorctl's set_exitstatus_from_xmlrpc_fault: the dead-program faults
// (SPAWN_ERROR, ABNORMAL_TERMINATION, NOT_RUNNING) give 7, any other fault
// 1, success and the ignored fault leave the status as it is.
void fault(int* status, uint32_t result, uint32_t ignored) {
    if (result == 0 || result == ignored) return;
    bool dead = result == cond::SPAWNERR || result == cond::NOFILE || result == cond::ABNORMAL || result == cond::NOTRUNNING;
    if (dead) *status = kExitSpawn;
    else if (!msg::is_success(result)) *status = kExitFailure;   // ALRSTARTED, ALRADDED: informational
}

// One result of START (also the start half of RESTART).
void start_fault(int* status, const proto::ProcessInfo& p) {
    if (p.result == cond::NOSUCHPROG && p.group.empty() && names_group(p.name)) {
        *status = kExitUsage;   // start of an unknown group: INVALID_ARGS
        return;
    }
    // A command that is not there is supervisor's NO_FILE: a plain fault.
    if (p.result == cond::NOFILE) {
        *status = kExitFailure;
        return;
    }
    fault(status, p.result, cond::ALRSTARTED);
}

int status_of_status(const Action& a, const proto::Reply& r) {
    int status = kExitOk;
    std::vector<proto::ProcessInfo> listed;
    for (const auto& p : in_request_order(a, r)) {
        if (p.result == cond::NOSUCHPROG) status = kExitUnknown;
        else listed.push_back(p);
    }
    for (const auto& p : listed)
        if (is_stopped_state(p.state)) status = kExitNotRunning;
    return status;
}

}  // namespace

int exit_status(const Action& a, const proto::Reply& r) {
    note_condition(r.status);
    for (const auto& p : r.processes) note_condition(p.result);
    bool refused = !msg::is_success(r.status) && r.processes.empty();
    if (a.op == proto::Opcode::status) return refused && r.status != cond::NOSUCHPROG ? kExitFailure
                                                                                      : status_of_status(a, r);
    if (refused) return kExitFailure;   // BADPASSWORD, CONFIGERR, BADSIGNAL, ...
    int status = kExitOk;
    auto ordered = in_request_order(a, r, true);
    switch (a.op) {
    case proto::Opcode::start:
        for (const auto& p : ordered) start_fault(&status, p);
        break;
    case proto::Opcode::restart:
        for (const auto& p : ordered) fault(&status, p.result == cond::STARTED ? 0 : p.result, cond::NOTRUNNING);
        for (const auto& p : ordered) start_fault(&status, p);
        break;
    case proto::Opcode::stop:
        for (const auto& p : ordered) fault(&status, p.result, cond::NOTRUNNING);
        break;
    case proto::Opcode::pid:   // a pid of 0 counts only when named (supervisorctl's pid all prints it)
        for (const auto& p : ordered) {
            if (p.result == cond::NOSUCHPROG) status = kExitFailure;
            else if (p.pid == 0 && !plan::select(a.names, false, true, {}).all) status = kExitSpawn;
        }
        break;
    case proto::Opcode::add:   // "process group already active" leaves the status
        for (const auto& p : ordered) fault(&status, p.result, cond::ALRADDED);
        break;
    default:   // signal, clear, remove, update: every fault counts
        for (const auto& p : ordered) fault(&status, p.result, 0);
        break;
    }
    return status;
}

int no_server_status(proto::Opcode op, bool refused) {
    switch (op) {
    case proto::Opcode::status: return kExitUnknown;
    case proto::Opcode::start:
    case proto::Opcode::stop:
    case proto::Opcode::restart:
    case proto::Opcode::signal:
    case proto::Opcode::version:
    case proto::Opcode::pid:
    case proto::Opcode::clear: return refused ? kExitUnknown : kExitSpawn;   // upcheck: ECONNREFUSED 4, ENOENT 7
    default: return kExitFailure;
    }
}

int usage_status(const std::string& ident, const std::string& action) {
    if (action == "?") return kExitFailure;   // supervisorctl: "*** Unknown syntax"
    if (ident == "INSFPRM") return action == "START" ? kExitUsage : kExitFailure;
    return kExitUsage;
}

}  // namespace sv::client
