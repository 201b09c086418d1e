// The harness of the OpenVMS back end's tests (tests/vms_backend): the
// simulator's broker in a private directory, supervisord_vms, requests
// through the command mailbox, SUPERVISE (supervise_vms) run as a foreign
// command, and the facts read with the services themselves and /proc.
// Every wait is bounded; nothing sleeps a fixed time.
#pragma once
#include <doctest/doctest.h>

#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <fstream>
#include <functional>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <sys/stat.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <vector>

#include "core/proto.h"
#include "core/table.h"
#include "os/client_channel.h"
#include "os/store.h"
#include "os/vms/vms_util.h"

#include <dvidef.h>
#include <prcdef.h>

namespace vmstest {

using namespace sv;


inline constexpr const char* kCmd = "SVT_CMD";
inline constexpr const char* kTable = "SVT_TABLE";

// Polls `cond` every 20 ms until it holds or `ms` pass.
inline bool wait_for(const std::function<bool()>& cond, int ms) {
    auto end = std::chrono::steady_clock::now() + std::chrono::milliseconds(ms);
    while (std::chrono::steady_clock::now() < end) {
        if (cond()) return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return cond();
}

inline bool exited_within(pid_t pid, int ms, int* status) {
    return wait_for([&] { return ::waitpid(pid, status, WNOHANG) == pid; }, ms);
}

inline std::string read_text(const std::string& path) {
    std::ifstream in(path);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

// Starts `argv` with standard output and error appended to `out`,
// standard input from the file `in` (empty: inherited), `env` added.
inline pid_t spawn(const std::vector<std::string>& argv, const std::string& out,
                   const std::vector<std::pair<std::string, std::string>>& env = {}, const std::string& in = "") {
    std::fflush(stdout);
    std::fflush(stderr);
    pid_t pid = ::fork();
    if (pid == 0) {
        if (!in.empty() && !std::freopen(in.c_str(), "r", stdin)) ::_exit(126);
        FILE* f = std::freopen(out.c_str(), "a", stdout);
        if (f) ::dup2(1, 2);
        for (const auto& [k, v] : env) ::setenv(k.c_str(), v.c_str(), 1);
        std::vector<char*> a;
        for (const auto& s : argv) a.push_back(const_cast<char*>(s.c_str()));
        a.push_back(nullptr);
        ::execv(a[0], a.data());
        ::_exit(127);
    }
    return pid;
}

// The broker, started once for the whole test program, stopped at the end
// (its SIGTERM also ends every process it created).
struct Broker {
    std::string dir;
    pid_t pid = -1;
    Broker() {
        char tmpl[] = "/tmp/sv_vms_backend_XXXXXX";
        dir = ::mkdtemp(tmpl);
        ::setenv("VMSSIM_IMAGES", SV_VMS_IMAGES, 1);
        ::setenv("VMSSIM_RUN", dir.c_str(), 1);
        pid = spawn({SV_VMSSIMD, dir}, dir + "/vmssimd.out");
        struct stat st;
        bool ready = wait_for([&] { return ::stat((dir + "/vmssimd.ready").c_str(), &st) == 0; }, 10000);
        if (!ready) std::fprintf(stderr, "vmssimd did not become ready in %s\n", dir.c_str());
    }
    ~Broker() {
        if (pid > 0) {
            ::kill(pid, SIGTERM);
            int st = 0;
            if (!exited_within(pid, 10000, &st)) {
                ::kill(pid, SIGKILL);
                ::waitpid(pid, &st, 0);
            }
        }
        std::string cmd = "rm -rf '" + dir + "'";
        if (std::getenv("SV_KEEP_TMP") == nullptr && std::system(cmd.c_str()) != 0) std::perror("rm");
    }
};

inline Broker* g_broker = nullptr;
inline Broker& broker() { return *g_broker; }

struct Server {
    pid_t pid = -1;
    void start(const std::string& conf, const std::string& failpoint = "") {
        std::vector<std::pair<std::string, std::string>> env;
        if (!failpoint.empty()) env.emplace_back("SUPERVISORD_FAILPOINT", failpoint);
        pid = spawn({SV_SUPERVISORD_VMS, "-n", "-c", conf}, broker().dir + "/server.out", env);
    }
    void kill9() {
        if (pid <= 0) return;
        ::kill(pid, SIGKILL);
        int st = 0;
        ::waitpid(pid, &st, 0);
        pid = -1;
    }
    ~Server() { kill9(); }
};

// One request, its whole reply (continuations merged), or nullopt.
inline std::string g_cmd = kCmd;   // the mailbox ask() talks to

inline std::optional<proto::Reply> ask(proto::Opcode op, std::vector<std::string> names = {}) {
    os::OpenFailure why;
    std::string error;
    auto ch = os::open_channel(g_cmd, 4096, &why, &error);
    if (!ch) return std::nullopt;
    proto::Request r;
    r.op = op;
    r.id = 7;
    r.names = std::move(names);
    if (r.names.empty() && op != proto::Opcode::status && op != proto::Opcode::shutdown) r.flags |= proto::kFlagAll;
    if (!ch->send(proto::pack(r), &error)) return std::nullopt;
    proto::Reply all;
    for (int part = 0; part < 64; ++part) {
        std::vector<uint8_t> msg;
        if (!ch->receive(msg, 3000, &error)) return std::nullopt;
        proto::Reply one;
        if (proto::unpack(msg.data(), msg.size(), one) != proto::Decode::ok) return std::nullopt;
        if (part == 0) all = one;
        else proto::merge(all, one);
        if (!(one.flags & proto::kFlagMore)) return all;
    }
    return std::nullopt;
}

inline std::map<std::string, proto::ProcessInfo> status() {
    std::map<std::string, proto::ProcessInfo> out;
    if (auto r = ask(proto::Opcode::status))
        for (const auto& p : r->processes) out[p.name] = p;
    return out;
}

inline bool in_state(const std::string& name, State s, proto::ProcessInfo* info = nullptr) {
    auto st = status();
    auto it = st.find(name);
    if (it == st.end() || it->second.state != s) return false;
    if (info) *info = it->second;
    return true;
}

// Linux processes running the test image: the programs, counted from /proc.
inline int image_processes() {
    int n = 0;
    DIR* d = ::opendir("/proc");
    while (dirent* e = d ? ::readdir(d) : nullptr) {
        char link[300], target[512];
        std::snprintf(link, sizeof link, "/proc/%s/exe", e->d_name);
        ssize_t len = ::readlink(link, target, sizeof target - 1);
        if (len <= 0) continue;
        target[len] = '\0';
        std::string t = target;
        if (t.size() < 14 || t.compare(t.size() - 14, 14, "vms_test_image") != 0) continue;
        // Only this broker's processes (its detached processes are its
        // children), so that test runs side by side do not count each other's.
        std::istringstream st(read_text(std::string("/proc/") + e->d_name + "/status"));
        std::string line;
        while (std::getline(st, line))
            if (line.rfind("PPid:", 0) == 0 && std::strtol(line.c_str() + 5, nullptr, 10) == g_broker->pid) ++n;
    }
    if (d) ::closedir(d);
    return n;
}

// What one run of SUPERVISE printed and how it ended. An OpenVMS image exits
// with a condition value (os::exit_status); the simulator's Linux process
// passes on its low byte, so `status & 1` is its success bit and `status`
// its low byte (-1: it did not end within the time).
struct Outcome {
    int status = -1;
    std::string text;   // standard output and error
    bool success() const { return status >= 0 && (status & 1) == 1; }
};

// SUPERVISE as a foreign command ($ SUPERVISE :== $SUPERVISE.EXE): `line` is
// what follows the verb, read by LIB$GET_FOREIGN (the simulator takes it from
// VMSSIM_FOREIGN). With `input`, the lines the SUPERVISE> prompt reads.
inline Outcome supervise(const std::string& line, const std::string& input = "", int ms = 20000) {
    static int n = 0;
    std::string out = broker().dir + "/supervise" + std::to_string(++n) + ".out";
    std::string in;
    if (!input.empty()) {
        in = out + ".in";
        std::ofstream(in) << input;
    }
    pid_t c = spawn({SV_SUPERVISE_VMS}, out, {{"VMSSIM_FOREIGN", line}}, in);
    Outcome o;
    int st = 0;
    if (!exited_within(c, ms, &st)) {
        ::kill(c, SIGKILL);
        ::waitpid(c, &st, 0);
    } else if (WIFEXITED(st)) {
        o.status = WEXITSTATUS(st);
    }
    o.text = read_text(out);
    return o;
}

// SUPERVISE STATUS with no server: a failure status and %SUPERVISE-E-NOSERVER
// within 10 s.
inline bool client_fails(const std::string& conf) {
    Outcome o = supervise("STATUS/CONFIGURATION=\"" + conf + "\"", "", 10000);
    return o.status >= 0 && !o.success() && o.text.find("NOSERVER") != std::string::npos;
}

inline unsigned int jpi_pid_of(const std::string& prcnam) {
    os::vms::JpiInfo who;
    return os::vms::ok(os::vms::getjpi(0, prcnam, &who)) ? who.pid : 0;
}

// Ends the server with SHUTDOWN and deletes what it left running.
inline void finish(Server& s, const std::string& q, const std::vector<std::string>& names) {
    CHECK(supervise("SHUTDOWN" + q).success());
    int st = 0;
    CHECK(exited_within(s.pid, 10000, &st));
    s.pid = -1;
    for (const auto& n : names) {
        unsigned int pid = jpi_pid_of(n);
        if (pid) sys$delprc(&pid, nullptr);
    }
    g_cmd = kCmd;
    CHECK(wait_for([] { return image_processes() == 0; }, 5000));
}

}  // namespace vmstest
