// Integration test harness: a real supervisord (the built binary) on a
// configuration in a private temporary directory, real processes, the real
// socket. Every wait is bounded; teardown stops every program the server
// started (by process group) and the server itself.
#pragma once
#include <cstdint>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "core/proto.h"

namespace sv::test {

class Harness {
public:
    Harness();
    ~Harness();
    Harness(const Harness&) = delete;
    Harness& operator=(const Harness&) = delete;

    const std::string& dir() const { return dir_; }
    std::string path(const std::string& name) const { return dir_ + "/" + name; }
    std::string conf() const { return path("supervisord.conf"); }
    std::string socket() const { return path("cmd.sock"); }

    // Writes supervisord.conf: a [supervisord] section pointing the log, the
    // table and the socket into dir(), plus `extra_server` lines, then `programs`.
    void write_config(const std::string& programs, const std::string& extra_server = "");

    // An environment variable for the servers started from now on (an empty
    // value removes it), e.g. SUPERVISORD_FAILPOINT for crash tests.
    void set_server_env(const std::string& name, const std::string& value);
    // Options given to the servers started from now on, after "-n -c conf".
    void set_server_args(const std::vector<std::string>& args) { server_args_ = args; }

    // A program whose processes can be found without asking the server:
    // "command=<dir>/m-NAME SECS" runs sleep under a name unique to this
    // harness. live_marked() lists the live (not zombie) such processes by
    // NAME, whoever started them; teardown kills them.
    std::string marked(const std::string& name, int secs = 1000);
    std::map<std::string, std::vector<int64_t>> live_marked() const;

    // Starts `supervisord -n -c conf` and waits (bounded) until it answers.
    bool start_server(int64_t timeout_ms = 10000);
    // Starts supervisord and returns its exit status (for refusals); output in `out`.
    int run_server_expect_exit(std::string* out, int64_t timeout_ms = 10000);
    int64_t server_pid() const { return server_pid_; }
    void kill_server_hard();              // SIGKILL, reaped
    bool wait_server_exit(int64_t timeout_ms = 10000);

    proto::Reply request(proto::Opcode op, const std::vector<std::string>& names = {},
                         uint32_t flags = proto::kFlagWait, const std::string& password = "",
                         const std::string& argument = "");
    std::map<std::string, proto::ProcessInfo> status();
    bool wait_state(const std::string& name, State s, int64_t timeout_ms = 10000);
    bool wait_until(const std::function<bool()>& done, int64_t timeout_ms = 10000);
    // Runs the real `supervise` client with `args`; returns its exit status.
    int client(const std::vector<std::string>& args, std::string* out);
    // The same with standard output and standard error apart (`err` may be null).
    int client(const std::vector<std::string>& args, std::string* out, std::string* err);

    std::string read(const std::string& name) const;   // a file in dir()
    std::string log() const { return read("supervisord.log"); }

private:
    void remember(const proto::Reply& r);
    void teardown();

    std::string dir_;
    std::map<std::string, std::string> server_env_;
    std::vector<std::string> server_args_;
    int64_t server_pid_ = 0;
    std::set<int64_t> pids_;   // every program pid seen: killed by group at teardown
};

int64_t monotonic_ms();
bool process_alive(int64_t pid);        // exists and is not a zombie
bool group_alive(int64_t pgid);         // kill(-pgid, 0) succeeds

}  // namespace sv::test
