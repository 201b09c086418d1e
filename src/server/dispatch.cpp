// Requests: authentication, name selection, and the START / STOP / RESTART /
// STATUS / SIGNAL / SHUTDOWN / RELOAD / VERSION actions (and the dispatch of
// the others: config_ops.cpp, reload.cpp). A request with the
// WAIT flag is answered when every named process has reached its new state.
#include <algorithm>

#include "cond_symbols.h"
#include "core/credential.h"
#include "core/msg.h"
#include "core/select_plan.h"
#include "core/text.h"
#include "os/process.h"
#include "os/spawner.h"
#include "server/server.h"

namespace sv::server {

namespace {

const char* op_name(proto::Opcode op) {
    switch (op) {
    case proto::Opcode::status: return "STATUS";
    case proto::Opcode::start: return "START";
    case proto::Opcode::stop: return "STOP";
    case proto::Opcode::restart: return "RESTART";
    case proto::Opcode::shutdown: return "SHUTDOWN";
    case proto::Opcode::reload: return "RELOAD";
    case proto::Opcode::signal: return "SIGNAL";
    case proto::Opcode::version: return "VERSION";
    case proto::Opcode::pid: return "PID";
    case proto::Opcode::clear: return "CLEAR";
    case proto::Opcode::reread: return "REREAD";
    case proto::Opcode::avail: return "AVAIL";
    case proto::Opcode::update: return "UPDATE";
    case proto::Opcode::add: return "ADD";
    case proto::Opcode::remove: return "REMOVE";
    }
    return "?";
}

std::string joined(const std::vector<std::string>& names) {
    std::string out;
    for (const auto& n : names) out += (out.empty() ? "" : ",") + n;
    return out.empty() ? "(all)" : out;
}
}  // namespace

// Whatever a reply acknowledges is on record first.
void Server::reply(uint64_t conn, const proto::Reply& r) {
    persist_dirty();
    loop_->channel().send(conn, proto::pack(r, static_cast<size_t>(cfg_.server.mailbox_size)));
}

void Server::reply_status(uint64_t conn, const proto::Request& req, uint32_t status) {
    proto::Reply r;
    r.op = req.op;
    r.id = req.id;
    r.status = status;
    reply(conn, r);
}

void Server::on_request(uint64_t conn, const os::Peer& peer, const std::vector<uint8_t>& message) {
    proto::Request req;
    auto d = proto::unpack(message.data(), message.size(), req,
                           static_cast<size_t>(cfg_.server.mailbox_size));
    const std::string& who = peer.who;
    if (d != proto::Decode::ok) {
        log(os::LogLevel::warn, "malformed request from " + who + ": " + proto::describe(d));
        proto::Reply r;
        r.status = cond::BADREQUEST;
        r.lines.push_back(proto::describe(d));
        reply(conn, r);
        return;
    }
    // The same user and the privileged always; others only when the
    // configuration opened the channel to them (Linux: chmod beyond the
    // owner, or a chown), as supervisor leaves it to the socket's permissions.
    if (!peer.same_user && !peer.privileged && !peer.granted) {
        log(os::LogLevel::warn, std::string(op_name(req.op)) + " request from " + who + " refused");
        reply_status(conn, req, cond::NOTAUTH);
        return;
    }
    // With [unix_http_server] username=, the field carries "username:password"
    // (core/credential.h); neither part is ever logged.
    if (!password_.empty() && !check_credential(req.password, cfg_.server.username, password_).accepted()) {
        log(os::LogLevel::warn, std::string(op_name(req.op)) + " request from " + who +
            (cfg_.server.username.empty() ? " refused: password check failed"
                                          : " refused: username and password check failed"));
        reply_status(conn, req, cond::BADPASSWORD);
        return;
    }
    log(os::LogLevel::info, std::string(op_name(req.op)) + " " + joined(req.names) + " requested by " + who);
    serve(conn, req);
}

void Server::serve(uint64_t conn, const proto::Request& req) {
    switch (req.op) {
    case proto::Opcode::status: serve_status(conn, req); break;
    case proto::Opcode::start:
    case proto::Opcode::stop:
    case proto::Opcode::restart: serve_change(conn, req); break;
    case proto::Opcode::signal: serve_signal(conn, req); break;
    case proto::Opcode::reload: reload(conn, req.id); break;
    case proto::Opcode::update: apply_config(conn, req.id, req.op, req.names); break;
    case proto::Opcode::reread: serve_reread(conn, req); break;
    case proto::Opcode::avail: serve_avail(conn, req); break;
    case proto::Opcode::add: serve_add(conn, req); break;
    case proto::Opcode::remove: serve_remove(conn, req); break;
    case proto::Opcode::pid: serve_pid(conn, req); break;
    case proto::Opcode::clear: serve_clear(conn, req); break;
    case proto::Opcode::shutdown:
        reply_status(conn, req, cond::SHUTDOWN);
        running_ = false;
        break;
    case proto::Opcode::version: {
        proto::Reply r;
        r.op = req.op;
        r.id = req.id;
        r.status = cond::NORMAL;
        r.lines.push_back(std::string("supervisord ") + SV_VERSION);
        reply(conn, r);
        break;
    }
    }
}

proto::ProcessInfo Server::info(const Managed& m) const {
    proto::ProcessInfo i;
    i.name = m.spec.process_name.empty() ? m.spec.name : m.spec.process_name;   // the group is beside it
    i.group = m.spec.group_name.empty() ? m.spec.program_name : m.spec.group_name;
    i.state = m.proc.state;
    i.pid = m.proc.pid;
    i.since = m.proc.since_wall;
    i.now = clock_->wall_seconds();
    i.exit = m.proc.last_exit;
    i.description = describe_process(m, i.now);
    return i;
}

// The processes a request names (core/select_plan.h says which, in which
// order); a name that selects nothing gets an entry with result NOSUCHPROG
// in `out`, in request order.
std::vector<Managed*> Server::select(const proto::Request& req, proto::Reply& out) {
    std::vector<Managed*> table;
    std::vector<plan::Candidate> candidates;
    table.reserve(reg_.all().size());
    candidates.reserve(reg_.all().size());
    for (auto& [name, m] : reg_.all()) {
        table.push_back(&m);
        candidates.push_back({m.spec.process_name.empty() ? std::string_view(name) : std::string_view(m.spec.process_name),
                              m.spec.group_name.empty() ? m.spec.program_name : m.spec.group_name});
    }
    plan::Selection s = plan::select(req.names, (req.flags & proto::kFlagAll) != 0,
                                     req.op == proto::Opcode::status, candidates);
    for (size_t k : s.missing) {
        proto::ProcessInfo miss;
        miss.name = req.names[k];
        miss.state = State::unknown;
        miss.result = cond::NOSUCHPROG;
        out.processes.push_back(miss);
    }
    std::vector<Managed*> chosen;
    chosen.reserve(s.chosen.size());
    for (size_t i : s.chosen) chosen.push_back(table[i]);
    // ALL acts in priority order (then name), as supervisor's start/stop/
    // signal of every process; STATUS lists by name (the client sorts it).
    if (s.all && req.op != proto::Opcode::status)
        std::stable_sort(chosen.begin(), chosen.end(),
                         [](const Managed* a, const Managed* b) { return a->spec.priority < b->spec.priority; });
    return chosen;
}

void Server::serve_status(uint64_t conn, const proto::Request& req) {
    proto::Reply r;
    r.op = req.op;
    r.id = req.id;
    auto chosen = select(req, r);
    for (Managed* m : chosen) r.processes.push_back(info(*m));
    bool missing = std::any_of(r.processes.begin(), r.processes.end(),
                               [](const proto::ProcessInfo& p) { return p.result != 0; });
    r.status = (missing ? cond::NOSUCHPROG : cond::NORMAL);
    reply(conn, r);
}

void Server::serve_signal(uint64_t conn, const proto::Request& req) {
    proto::Reply r;
    r.op = req.op;
    r.id = req.id;
    const std::string& sig = req.argument;   // the back end reads it ("HUP", "sighup", ...)
    if (!spawner_->signal_known(sig)) {
        r.status = cond::BADSIGNAL;
        r.lines.push_back(msg::Catalogue::builtin().text("BADSIGNAL", {req.argument}));
        reply(conn, r);
        return;
    }
    for (Managed* m : select(req, r)) {
        proto::ProcessInfo i = info(*m);
        State s = m->proc.state;
        bool signallable = s == State::running || s == State::starting || s == State::stopping;
        std::string err;
        if (!signallable || m->proc.pid == 0) {
            i.result = cond::NOTRUNNING;
        } else if (spawner_->signal({m->proc.pid, m->start_time}, sig, &err)) {
            i.result = cond::SIGNALLED;
            log(os::LogLevel::info, "signalled: " + m->spec.name + " with " + sig);
        } else {
            i.result = cond::ABNORMAL;
            log(os::LogLevel::error, m->spec.name + ": " + err);
        }
        r.processes.push_back(i);
    }
    r.status = cond::NORMAL;
    reply(conn, r);
}

}  // namespace sv::server
