// START, STOP and RESTART: each named process is asked to change state; with
// the WAIT flag the reply waits until every one has reached its new state (or
// failed), as supervisorctl's start/stop do. Without it, the reply says what
// was set in motion.
#include "cond_symbols.h"
#include "core/msg.h"
#include "os/failpoint.h"
#include "server/server.h"

namespace sv::server {


// Records what a request decided for every process it names, before any of
// it is carried out: a server that dies half way through the request leaves
// the rest as intents the next server carries out (docs/CRASH_SAFETY.md).
void Server::record_intents(const std::vector<Managed*>& chosen, proto::Opcode op) {
    for (Managed* m : chosen) {
        if (m->orphan && op != proto::Opcode::stop) continue;
        State s = m->proc.state;
        bool active = is_running_state(s);
        bool before_start = m->start_when_stopped, before_stop = m->stop_pending;
        if (op == proto::Opcode::start && !active) m->start_when_stopped = true;
        if (op == proto::Opcode::stop) {
            m->start_when_stopped = false;
            m->stop_pending = active || fsm::restart_pending(m->proc);
        }
        if (op == proto::Opcode::restart) {
            m->start_when_stopped = true;
            m->stop_pending = active;
        }
        if (m->start_when_stopped != before_start || m->stop_pending != before_stop) flush(*m);
    }
}

// Sets the change in motion. Returns false when the outcome is already known
// (`result` set), true when the caller must wait for the state machine.
bool Server::request_change(Managed& m, proto::Opcode op, uint32_t* result) {
    State s = m.proc.state;
    bool active = is_running_state(s);  // STARTING, RUNNING, BACKOFF
    const fsm::Event start{fsm::EventKind::start, 0, {}, {}};
    const fsm::Event stop{fsm::EventKind::stop, 0, {}, {}};
    m.stop_pending = false;   // carried out below: the next write records that
    switch (op) {
    case proto::Opcode::start:
        if (m.orphan) return *result = cond::NOSUCHPROG, false;
        if (active) return *result = cond::ALRSTARTED, false;
        if (s == State::stopping) return m.start_when_stopped = true, true;
        m.start_when_stopped = false;
        apply(m, start);
        return true;
    case proto::Opcode::stop:
        m.start_when_stopped = false;
        if (s == State::stopping) return true;
        // A throttled restart (EXITED, restart pending) is stopped too.
        if (!active && !fsm::restart_pending(m.proc)) return *result = cond::NOTRUNNING, false;
        apply(m, stop);
        return true;
    case proto::Opcode::restart:
        if (m.orphan) return *result = cond::NOSUCHPROG, false;
        if (active || s == State::stopping) {
            m.start_when_stopped = true;
            if (s != State::stopping) apply(m, stop);
        } else {
            m.start_when_stopped = false;
            apply(m, start);
        }
        return true;
    default:
        return *result = cond::BADREQUEST, false;
    }
}

// Whether a process has reached the end of the change `op`, and how it went.
bool Server::resolved(const Managed& m, proto::Opcode op, uint32_t* result) const {
    State s = m.proc.state;
    if (op == proto::Opcode::stop) {
        if (!is_stopped_state(s)) return false;
        *result = cond::STOPPED;
        return true;
    }
    if (m.start_when_stopped || s == State::starting || s == State::stopping) return false;
    if (s == State::running)
        *result = (op == proto::Opcode::restart ? cond::RESTARTED : cond::STARTED);
    else if (s == State::backoff || s == State::fatal)
        *result = m.spawn_not_found ? cond::NOFILE : cond::SPAWNERR;
    else
        *result = cond::ABNORMAL;
    return true;
}

void Server::serve_change(uint64_t conn, const proto::Request& req) {
    Pending p;
    p.conn = conn;
    p.op = req.op;
    p.reply.op = req.op;
    p.reply.id = req.id;
    p.reply.status = cond::NORMAL;
    bool wait = (req.flags & proto::kFlagWait) != 0;
    auto chosen = select(req, p.reply);
    record_intents(chosen, req.op);
    if (os::failpoint("intents_recorded")) os::die_now();
    for (Managed* m : chosen) {
        uint32_t result = 0;
        // supervisorctl's restart says "not running" for the stop half of a
        // process that was not running: the reply tells it by STARTED.
        bool fresh = req.op == proto::Opcode::restart && !is_running_state(m->proc.state) &&
                     m->proc.state != State::stopping;
        bool pending = request_change(*m, req.op, &result);
        std::string name = m->spec.name;
        if (fresh) p.fresh.insert(name);
        Managed* now_m = find(name);  // a change never removes, but stay safe
        proto::ProcessInfo i = now_m ? info(*now_m) : proto::ProcessInfo{};
        if (!now_m) i.name = name;
        if (pending && now_m && resolved(*now_m, req.op, &result)) pending = false;
        if (pending && !wait) {
            result = (req.op == proto::Opcode::stop ? cond::STOPPING : cond::STARTING);
            pending = false;
        }
        i.result = fresh && result == cond::RESTARTED ? cond::STARTED : result;
        if (pending) p.waiting[name] = p.reply.processes.size();
        p.reply.processes.push_back(i);
    }
    if (p.waiting.empty()) {
        reply(conn, p.reply);
        return;
    }
    pending_.push_back(std::move(p));
}

void Server::resolve_pending(const std::string& name) {
    for (size_t k = 0; k < pending_.size();) {
        Pending& p = pending_[k];
        auto w = p.waiting.find(name);
        const Managed* m = w == p.waiting.end() ? nullptr : find(name);
        uint32_t result = 0;
        if (m && resolved(*m, p.op, &result)) {
            proto::ProcessInfo i = info(*m);
            i.result = p.fresh.count(name) && result == cond::RESTARTED ? cond::STARTED : result;
            p.reply.processes[w->second] = i;
            p.waiting.erase(w);
            if (p.waiting.empty()) {
                finish_pending(k);
                continue;
            }
        }
        ++k;
    }
}

void Server::finish_pending(size_t index) {
    Pending p = std::move(pending_[index]);
    pending_.erase(pending_.begin() + static_cast<std::ptrdiff_t>(index));
    reply(p.conn, p.reply);
}

void Server::on_gone(uint64_t conn) {
    for (size_t k = 0; k < pending_.size();) {
        if (pending_[k].conn == conn)
            pending_.erase(pending_.begin() + static_cast<std::ptrdiff_t>(k));
        else
            ++k;
    }
}

}  // namespace sv::server
