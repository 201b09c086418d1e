// supervisord: the server. Wires the ports (event loop, spawner, store, clock,
// log) to the pure state machine and serves requests. Set-up, then one loop.
#pragma once
#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "core/config.h"
#include "core/fsm.h"
#include "core/locations.h"
#include "core/proto.h"
#include "core/reload_plan.h"
#include "core/table.h"
#include "os/clock.h"
#include "os/event_loop.h"
#include "os/log_sink.h"
#include "os/spawner.h"
#include "os/store.h"
#include "server/registry.h"

namespace sv::server {


// A request waiting (/WAIT) for processes to reach their new states.
struct Pending {
    uint64_t conn = 0;
    proto::Reply reply;             // per-name entries filled as they resolve
    std::map<std::string, size_t> waiting;  // process name -> index in reply.processes
    proto::Opcode op = proto::Opcode::status;
    std::set<std::string> fresh;    // RESTART of these found them not running: STARTED, not RESTARTED
};

// Which programs UPDATE names (supervisorctl's group names, and also
// "group:name", "group:*" and process names); none, or ALL, takes every one.
class Selector {
public:
    explicit Selector(const std::vector<std::string>& names);
    bool takes(const ProgramSpec& s) const;
    // The names that select nothing, configured or running.
    std::vector<std::string> unmatched(const std::vector<ProgramSpec>& configured,
                                       const std::map<std::string, Managed>& processes) const;
    static bool matches(const std::string& name, const ProgramSpec& s);

private:
    std::vector<std::string> names_;
};

struct Options {
    std::string config_path;
    std::string password;           // -p or SUPERVISORD_PASSWORD (overrides the configuration)
    bool nodaemon = false;          // -n
    // Reads the configuration again (RELOAD, SIGHUP).
    std::function<Config(const std::string& path)> loader;
};

class Server : public os::LoopSink {
public:
    Server(Options opts, Config cfg, std::unique_ptr<os::EventLoop> loop,
           std::unique_ptr<os::Spawner> spawner, std::unique_ptr<os::Store> store,
           std::unique_ptr<os::Clock> clock, std::unique_ptr<os::LogSink> log,
           Locations where);
    ~Server() override;

    // Takes the table, opens the channel, re-adopts, autostarts. False with
    // `error` when the server cannot run (table locked, channel busy).
    bool start(std::string* error);
    // Runs until SHUTDOWN (request or SIGTERM/SIGINT). Returns the exit status.
    int run();

    // LoopSink
    void on_child_exit(int64_t pid, const ExitStatus& status) override;
    void on_control(os::Control c, const std::string& cause) override;
    void on_request(uint64_t conn, const os::Peer& peer, const std::vector<uint8_t>& message) override;
    void on_gone(uint64_t conn) override;
    void on_deadline() override;

    // For tests and dispatch.
    Managed* find(const std::string& name);
    const std::map<std::string, Managed>& processes() const { return reg_.all(); }
    const Registry& registry() const { return reg_; }

private:
    // server.cpp: the loop and the state machine's effects

    fsm::Now now() const;
    void add(ProgramSpec spec);
    void apply(Managed& m, fsm::Event ev);
    void carry_out(Managed& m, const std::vector<fsm::Effect>& effects, std::vector<fsm::Event>& follow);
    void do_spawn(Managed& m, std::vector<fsm::Event>& follow);
    void set_timer(Managed& m, int64_t at);
    void after_state_change(Managed& m);
    void persist_dirty();
    void flush(Managed& m);
    table::ProcessEntry entry_of(const Managed& m) const;
    void write_entry(Managed& m);
    void write_server_entry();
    bool check_names(const std::vector<const ProgramSpec*>& specs, std::vector<std::string>* errors) const;
    void log(os::LogLevel level, const std::string& text);
    void autostart();
    void fire_due_timers();
    void drop_removed();
    void drop_program_list();
    // dispatch.cpp: requests
    void reply(uint64_t conn, const proto::Reply& r);
    void reply_status(uint64_t conn, const proto::Request& req, uint32_t status);
    std::vector<Managed*> select(const proto::Request& req, proto::Reply& out);
    void serve(uint64_t conn, const proto::Request& req);
    void serve_status(uint64_t conn, const proto::Request& req);
    void serve_change(uint64_t conn, const proto::Request& req);
    void serve_signal(uint64_t conn, const proto::Request& req);
    void record_intents(const std::vector<Managed*>& chosen, proto::Opcode op);
    bool request_change(Managed& m, proto::Opcode op, uint32_t* result);
    bool resolved(const Managed& m, proto::Opcode op, uint32_t* result) const;
    void resolve_pending(const std::string& name);
    void finish_pending(size_t index);
    proto::ProcessInfo info(const Managed& m) const;
    // adopt.cpp: re-adoption from the table
    bool readopt(std::string* error);
    void restore(Managed& m, const table::ProcessEntry& e);
    Managed* owner_of(const table::ProcessEntry& e);
    void rekey(Managed& m, const std::string& key);
    void carry_out_intents(Managed& m);
    void finish_interrupted_reload();
    void prepare_auto_output();
    // reload.cpp: RELOAD and UPDATE
    void reload(uint64_t conn, uint32_t id);
    void apply_config(uint64_t conn, uint32_t id, proto::Opcode op, const std::vector<std::string>& names);
    bool read_next(proto::Reply& r, Config* next);
    bool settings_changed(const ProgramSpec& next) const;
    std::vector<plan::ProcessNow> processes_now() const;
    // config_ops.cpp: REREAD, AVAIL, ADD, REMOVE; PID and CLEAR
    void serve_reread(uint64_t conn, const proto::Request& req);
    void serve_avail(uint64_t conn, const proto::Request& req);
    void serve_add(uint64_t conn, const proto::Request& req);
    void serve_remove(uint64_t conn, const proto::Request& req);
    void serve_pid(uint64_t conn, const proto::Request& req);
    void serve_clear(uint64_t conn, const proto::Request& req);
    void record(const ProgramSpec& spec, const plan::SpecDecision& d);
    void record(const plan::Removal& r);

    Options opts_;
    Config cfg_;
    std::unique_ptr<os::EventLoop> loop_;
    std::unique_ptr<os::Spawner> spawner_;
    std::unique_ptr<os::Store> store_;
    std::unique_ptr<os::Clock> clock_;
    std::unique_ptr<os::LogSink> log_;
    Locations where_;
    std::string password_;
    Registry reg_;                                  // every process and its indexes
    std::deque<std::pair<std::string, fsm::Event>> events_;   // to apply, by process name
    bool draining_ = false;                         // apply() is working through events_
    std::vector<Pending> pending_;
    std::set<std::string> dirty_;                   // table entries to rewrite
    std::vector<std::string> removed_;              // entries to drop after this event
    bool running_ = true;
    bool reload_requested_ = false;
    bool reloading_ = false;                        // recorded in the server entry
    bool interrupted_reload_ = false;               // the last server died recording a RELOAD
    // Programs of the configuration last read (REREAD, UPDATE of some, or
    // REMOVE of a configured one) that are not in use: what AVAIL shows as
    // "avail" and ADD brings into use. Usually empty.
    std::vector<ProgramSpec> available_;
};

fsm::Rules rules_of(const ProgramSpec& spec);
std::string channel_access(const ServerSpec& s);
// A program's group: its [group:g], else its program name.
std::string group_of(const ProgramSpec& s);

// Supervisor's "desc" column for a process (reference/peers.md §4.5).
std::string describe_process(const Managed& m, int64_t wall_now);

}  // namespace sv::server
