// A supervisord server on the fakes, driven turn by turn on the fake clock:
// no process, no socket, no file, no sleep. The World is what outlives one
// server (the process table, the state table, the clock, the log and the
// configuration file), so a test can kill a server (kill -9: the object goes
// between two turns, nothing of it runs again) and start another on the same
// world. After every turn the harness checks that the server, the process
// table and the state table agree (check()).
#pragma once
#include <doctest/doctest.h>

#include <cstdlib>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "core/config.h"
#include "core/msg.h"
#include "core/proto.h"
#include "fakes/fake_clock.h"
#include "fakes/fake_log.h"
#include "fakes/fake_loop.h"
#include "fakes/fake_spawner.h"
#include "fakes/memory_store.h"
#include "os/file_access.h"
#include "server/server.h"

namespace sv::test {

constexpr const char* kConfigPath = "/etc/sv/supervisord.conf";

// The configuration file, and nothing else, for the configuration reader.
class OneFile : public os::FileAccess {
public:
    explicit OneFile(std::string text) : text_(std::move(text)) {}
    std::optional<std::string> read(const std::string& path, std::string* error) override {
        if (path == kConfigPath) return text_;
        *error = "No such file or directory";
        return std::nullopt;
    }
    std::vector<std::string> expand(const std::string&) override { return {}; }
    std::string directory_of(const std::string&) override { return "/etc/sv"; }
    std::string resolve(const std::string&, const std::string& relative) override { return relative; }

private:
    std::string text_;
};

inline Config load_text(const std::string& text) {
    OneFile files(text);
    ConfigContext ctx;
    ctx.host_node_name = "node1";
    return load_config(kConfigPath, files, ctx);
}

// A configuration's head, and one [program:x] section running /usr/bin/x.
const std::string kServerSection = "[supervisord]\nlogfile=/tmp/sv.log\n";
inline std::string program(const std::string& name, const std::string& keys = "") {
    return "[program:" + name + "]\ncommand=/usr/bin/" + name + "\n" + keys;
}

// A condition value by its message identifier ("STOPPED").
inline uint32_t cond(const char* ident) { return msg::Catalogue::builtin().code(ident); }

// The system the fakes play (issue 8). Linux-like: the exit status of a
// process the server did not start (adopted after a restart) is lost, and a
// client that goes away is reported (a connection closes). OpenVMS-like: the
// termination mailbox keeps every status, even of processes that ended while
// no server ran; replies go to the mailbox each request names, so nobody
// reports a client gone; there are no signals (SIGNAL is refused). SV_FAKE_OS=vms makes OpenVMS-like the mode of a
// whole run (CTest runs the server suites so: unit_vms_like), else Linux-like.
enum class FakeOs { linux_like, vms_like };
inline FakeOs fake_os_of_run() {
    const char* v = std::getenv("SV_FAKE_OS");
    return v && std::string(v) == "vms" ? FakeOs::vms_like : FakeOs::linux_like;
}
inline const char* fake_os_name(FakeOs os) { return os == FakeOs::vms_like ? "OpenVMS-like" : "Linux-like"; }

struct World {
    FakeOs os;
    FakeClock clock;
    std::shared_ptr<FakeProcesses> procs = std::make_shared<FakeProcesses>();
    std::shared_ptr<MemoryTable> table = std::make_shared<MemoryTable>();
    std::shared_ptr<LogLines> log = std::make_shared<LogLines>();
    std::string config;   // the configuration file's text; RELOAD reads it again

    explicit World(std::string text, FakeOs mode = fake_os_of_run()) : os(mode), config(std::move(text)) {
        procs->keeps_status = os == FakeOs::vms_like;
        procs->has_signals = os != FakeOs::vms_like;
    }
    bool vms_like() const { return os == FakeOs::vms_like; }
};

class ServerHarness {
public:
    explicit ServerHarness(World& w) : w_(w) {
        Config cfg = load_text(w.config);
        REQUIRE_MESSAGE(cfg.ok(), (cfg.diagnostics.empty() ? "" : cfg.diagnostics.front().format()));
        auto loop = std::make_unique<FakeLoop>(w.procs, w.clock);
        loop_ = loop.get();
        loop_->connectionless = w.vms_like();
        server::Options opts;
        opts.config_path = kConfigPath;
        opts.nodaemon = true;
        opts.loader = [&w](const std::string&) { return load_text(w.config); };
        server_ = std::make_unique<server::Server>(
            std::move(opts), std::move(cfg), std::move(loop), std::make_unique<FakeSpawner>(w.procs),
            std::make_unique<MemoryStore>(w.table), std::make_unique<ClockView>(w.clock),
            std::make_unique<FakeLog>(w.log), Locations{"fake.sock", "memory"});
    }

    // Server::start, then the server enters its loop and waits. False when
    // the start failed, or a kill point ended the server during it.
    bool start(std::string* error = nullptr) {
        std::string e;
        bool ok = false;
        try {
            ok = server_->start(&e);
        } catch (const ServerKilled&) {
            kill();
            return false;
        }
        if (error) *error = e;
        if (ok) run_turns(0);
        if (ok) check();   // the start is a step too
        return ok;
    }

    // One turn of the loop (whatever is ready is reported), then the checks.
    void turn() {
        run_turns(1);
        check();
    }
    // Turns while something is ready (bounded: a server that never settles fails).
    void settle() {
        for (int i = 0; i < 100 && server_ && loop_->ready(); ++i) turn();
        if (server_) CHECK_FALSE(loop_->ready());
    }
    // Moves the clock on by `ms`, turning at every deadline on the way, as
    // the real loop wakes at each.
    void advance_ms(int64_t ms) {
        const int64_t end = w_.clock.monotonic_ms() + ms;
        for (int i = 0; i < 1000 && server_; ++i) {
            int64_t d = loop_->deadline();
            if (d < 0 || d > end) break;
            if (d > w_.clock.monotonic_ms()) w_.clock.advance_ms(d - w_.clock.monotonic_ms());
            turn();
        }
        w_.clock.advance_ms(end - w_.clock.monotonic_ms());
        settle();
    }
    void advance_s(int64_t s) { advance_ms(s * 1000); }

    // Sends a request and settles; the reply, when one came (else nullopt).
    std::optional<proto::Reply> request(proto::Opcode op, std::vector<std::string> names = {},
                                        uint32_t flags = 0, const std::string& argument = "") {
        uint64_t conn = send(op, std::move(names), flags, argument);
        settle();
        return reply(conn);   // nullopt when a kill point ended the server
    }
    uint64_t send(proto::Opcode op, std::vector<std::string> names, uint32_t flags = 0,
                  const std::string& argument = "") {
        proto::Request r;
        r.op = op;
        r.argument = argument;
        r.id = ++last_id_;
        r.flags = flags;
        r.names = std::move(names);
        return loop_->queue_request(proto::pack(r));
    }
    // The reply on a connection, its parts merged; nullopt while none came.
    std::optional<proto::Reply> reply(uint64_t conn) const {
        if (!loop_) return std::nullopt;   // killed: whatever it sent is lost
        auto it = loop_->sent.find(conn);
        if (it == loop_->sent.end() || it->second.empty()) return std::nullopt;
        proto::Reply all;
        for (size_t i = 0; i < it->second.size(); ++i) {
            proto::Reply part;
            const auto& m = it->second[i];
            REQUIRE(proto::unpack(m.data(), m.size(), part) == proto::Decode::ok);
            if (i == 0) all = part;
            else proto::merge(all, part);
        }
        return all;
    }

    // kill -9 of the server: it runs no more code; its lock goes with it.
    void kill() {
        server_.reset();
        loop_ = nullptr;
    }
    bool killed() const { return !server_; }

    server::Server& server() { return *server_; }
    FakeLoop& loop() { return *loop_; }
    const server::Managed& proc(const std::string& name) {
        const server::Managed* m = server_->find(name);
        REQUIRE_MESSAGE(m, name);
        return *m;
    }
    State state(const std::string& name) { return proc(name).proc.state; }
    int64_t pid(const std::string& name) { return proc(name).proc.pid; }
    bool exited() const { return exited_; }

    // What must hold between any two turns.
    void check() {
        if (!server_) return;
        // The server's own indexes are in step (issue 8: one owner).
        for (const auto& problem : server_->registry().check()) FAIL_CHECK("registry: " << problem);
        const auto& procs = server_->processes();
        std::map<int64_t, std::string> pids;   // the server's processes by pid
        int64_t next_timer = -1;
        for (const auto& [name, m] : procs) {
            if (m.proc.pid != 0) {
                CHECK_MESSAGE(pids.emplace(m.proc.pid, name).second, "pid " << m.proc.pid << " twice");
            }
            if (m.timer_at >= 0 && (next_timer < 0 || m.timer_at < next_timer)) next_timer = m.timer_at;
        }
        std::set<std::string> running;
        for (const FakeProcess* p : w_.procs->alive()) {
            CHECK_MESSAGE(running.insert(p->name).second, p->name << " runs twice");
            auto it = pids.find(p->pid);
            CHECK_MESSAGE(it != pids.end(), "live pid " << p->pid << " (" << p->name << ") unknown to the server");
            if (it != pids.end()) CHECK(it->second == p->name);
        }
        // The server watches exactly the processes its records name.
        std::set<int64_t> recorded;
        for (const auto& kv : pids) recorded.insert(kv.first);
        CHECK(loop_->watched() == recorded);
        // The loop waits for the nearest timer, and for nothing when none.
        if (!exited_) CHECK(loop_->deadline() == next_timer);
        if (w_.table->faults.write == 0) check_table(procs);
    }

private:
    // The table says what the server's records say (rule 3: on record
    // before anything else can happen).
    void check_table(const std::map<std::string, server::Managed>& procs) {
        for (const auto& [name, m] : procs) {
            auto e = w_.table->process(name);
            if (!e) {
                CHECK_MESSAGE(m.proc.pid == 0, name << " runs with no table entry");
                continue;
            }
            CHECK_MESSAGE(e->state == m.proc.state, name << ": table " << state_name(e->state) << ", server "
                                                          << state_name(m.proc.state));
            CHECK_MESSAGE(e->pid == m.proc.pid, name << ": table pid " << e->pid << ", server " << m.proc.pid);
        }
        for (const auto& [key, bytes] : w_.table->entries)
            if (key.rfind("p:", 0) == 0) CHECK_MESSAGE(procs.count(key.substr(2)), key << " left in the table");
    }

    void run_turns(int n) {
        if (!server_ || exited_) return;
        loop_->give_turns(n);
        try {
            server_->run();
            exited_ = true;   // SHUTDOWN
        } catch (const FakeLoop::Pause&) {
        } catch (const ServerKilled&) {
            kill();
        }
    }

    World& w_;
    std::unique_ptr<server::Server> server_;
    FakeLoop* loop_ = nullptr;
    uint32_t last_id_ = 0;
    bool exited_ = false;
};

// A server started on `w`, run for `run_ms`, then killed (kill -9).
inline void start_and_kill(World& w, int64_t run_ms = 0) {
    ServerHarness first(w);
    REQUIRE(first.start());
    first.advance_ms(run_ms);
    first.kill();
}

// The one live process of `name`.
inline int64_t pid_of(const World& w, const std::string& name) {
    auto pids = w.procs->alive_pids(name);
    REQUIRE(pids.size() == 1);
    return pids.front();
}

}  // namespace sv::test
