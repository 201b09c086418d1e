#include "integration/harness.h"

#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <fcntl.h>
#include <fstream>
#include <sstream>
#include <dirent.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

#include "os/client_channel.h"
#include "os/linux/process_linux.h"
#include "os/spawner.h"

namespace sv::test {

int64_t monotonic_ms() {
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

bool process_alive(int64_t pid) { return pid > 0 && os::process_start_time(pid).has_value(); }

// A member of the group that is not a zombie (orphans come back to this
// process, a subreaper, and stay zombies until teardown reaps them).
bool group_alive(int64_t pgid) {
    if (pgid <= 0 || ::kill(static_cast<pid_t>(-pgid), 0) != 0) return false;
    DIR* d = ::opendir("/proc");
    if (!d) return true;
    bool found = false;
    while (dirent* e = ::readdir(d)) {
        if (e->d_name[0] < '0' || e->d_name[0] > '9') continue;
        std::ifstream f(std::string("/proc/") + e->d_name + "/stat");
        std::string line;
        if (!std::getline(f, line)) continue;
        size_t close = line.rfind(')');
        if (close == std::string::npos) continue;
        std::istringstream rest(line.substr(close + 1));
        std::string state;
        int64_t ppid = 0, pgrp = 0;
        if (rest >> state >> ppid >> pgrp && pgrp == pgid && state != "Z" && state != "X") {
            found = true;
            break;
        }
    }
    ::closedir(d);
    return found;
}

Harness::Harness() {
    char tmpl[] = "/tmp/svit-XXXXXX";
    dir_ = ::mkdtemp(tmpl);
    // AUTO output files (the default) go to the test's own directory.
    server_env_["TMPDIR"] = dir_;
    // Programs orphaned by a killed server come back to this process, which
    // reaps them at teardown: no zombie outlives a test.
    ::prctl(PR_SET_CHILD_SUBREAPER, 1L, 0L, 0L, 0L);
}

void Harness::set_server_env(const std::string& name, const std::string& value) { server_env_[name] = value; }

std::string Harness::marked(const std::string& name, int secs) {
    std::string link = path("m-" + name);
    ::unlink(link.c_str());
    if (::symlink("/bin/sleep", link.c_str()) != 0) std::perror(link.c_str());
    return "command=" + link + " " + std::to_string(secs) + "\n";
}

std::map<std::string, std::vector<int64_t>> Harness::live_marked() const {
    std::map<std::string, std::vector<int64_t>> out;
    std::string prefix = path("m-");
    DIR* d = ::opendir("/proc");
    if (!d) return out;
    while (dirent* e = ::readdir(d)) {
        char* end = nullptr;
        long pid = std::strtol(e->d_name, &end, 10);
        if (pid <= 0 || *end) continue;
        std::ifstream f(std::string("/proc/") + e->d_name + "/cmdline");
        std::string argv0;
        if (!std::getline(f, argv0, '\0') || argv0.rfind(prefix, 0) != 0) continue;
        if (!process_alive(pid)) continue;   // a zombie is not a running program
        out[argv0.substr(prefix.size())].push_back(pid);
    }
    ::closedir(d);
    return out;
}

Harness::~Harness() { teardown(); }

void Harness::write_config(const std::string& programs, const std::string& extra_server) {
    std::ofstream f(conf());
    f << "[supervisord]\nlogfile=" << path("supervisord.log") << "\nloglevel=debug\n"
      << "table=" << path("table") << "\nmailbox=" << socket() << "\n" << extra_server << "\n"
      << programs << "\n";
}

namespace {
pid_t spawn_server(const std::string& conf, const std::string& out,
                   const std::map<std::string, std::string>& env, const std::vector<std::string>& args = {}) {
    std::vector<std::string> words{"supervisord", "-n", "-c", conf};
    words.insert(words.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (auto& w : words) argv.push_back(w.data());
    argv.push_back(nullptr);
    pid_t pid = ::fork();
    if (pid != 0) return pid;
    int fd = ::open(out.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0644);
    ::dup2(fd, 1);
    ::dup2(fd, 2);
    ::unsetenv("SUPERVISORD_CMD");
    ::unsetenv("SUPERVISORD_TABLE");
    ::unsetenv("SUPERVISORD_PASSWORD");
    ::unsetenv("SUPERVISORD_FAILPOINT");
    for (const auto& [k, v] : env) {
        if (v.empty()) ::unsetenv(k.c_str());
        else ::setenv(k.c_str(), v.c_str(), 1);
    }
    ::execv(SV_SUPERVISORD, argv.data());
    ::_exit(127);
}
}  // namespace

bool Harness::start_server(int64_t timeout_ms) {
    server_pid_ = spawn_server(conf(), path("server.out"), server_env_, server_args_);
    return wait_until([&] {
        os::OpenFailure why;
        std::string err;
        return os::open_channel(socket(), 4096, &why, &err) != nullptr;
    }, timeout_ms);
}

int Harness::run_server_expect_exit(std::string* out, int64_t timeout_ms) {
    pid_t pid = spawn_server(conf(), path("server2.out"), server_env_, server_args_);
    int st = -1;
    int64_t end = monotonic_ms() + timeout_ms;
    while (monotonic_ms() < end && ::waitpid(pid, &st, WNOHANG) == 0)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    if (::waitpid(pid, &st, WNOHANG) == 0) {  // still running: not a refusal
        ::kill(pid, SIGKILL);
        ::waitpid(pid, &st, 0);
        return -1;
    }
    *out = read("server2.out");
    return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

void Harness::kill_server_hard() {
    if (server_pid_ <= 0) return;
    ::kill(static_cast<pid_t>(server_pid_), SIGKILL);
    ::waitpid(static_cast<pid_t>(server_pid_), nullptr, 0);
    server_pid_ = 0;
}

bool Harness::wait_server_exit(int64_t timeout_ms) {
    if (server_pid_ <= 0) return true;
    bool done = wait_until([&] {
        return ::waitpid(static_cast<pid_t>(server_pid_), nullptr, WNOHANG) == server_pid_;
    }, timeout_ms);
    if (done) server_pid_ = 0;
    return done;
}

proto::Reply Harness::request(proto::Opcode op, const std::vector<std::string>& names, uint32_t flags,
                              const std::string& password, const std::string& argument) {
    proto::Reply reply;
    os::OpenFailure why;
    std::string err;
    auto ch = os::open_channel(socket(), 4096, &why, &err);
    if (!ch) return reply;
    proto::Request req;
    req.op = op;
    req.id = 7;
    req.flags = flags;
    req.password = password;
    req.argument = argument;
    req.names = names;
    if (!ch->send(proto::pack(req), &err)) return reply;
    for (int parts = 0; parts < 100000; ++parts) {
        std::vector<uint8_t> bytes;
        proto::Reply part;
        if (!ch->receive(bytes, 30000, &err)) break;
        if (proto::unpack(bytes.data(), bytes.size(), part) != proto::Decode::ok) break;
        if (parts == 0) reply = part;
        else proto::merge(reply, part);
        if (!(part.flags & proto::kFlagMore)) break;
    }
    remember(reply);
    return reply;
}

void Harness::remember(const proto::Reply& r) {
    for (const auto& p : r.processes)
        if (p.pid > 0) pids_.insert(p.pid);
}

std::map<std::string, proto::ProcessInfo> Harness::status() {
    std::map<std::string, proto::ProcessInfo> out;
    for (const auto& p : request(proto::Opcode::status).processes) out[p.name] = p;
    return out;
}

bool Harness::wait_until(const std::function<bool()>& done, int64_t timeout_ms) {
    int64_t end = monotonic_ms() + timeout_ms;
    while (monotonic_ms() < end) {
        if (done()) return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return done();
}

bool Harness::wait_state(const std::string& name, State s, int64_t timeout_ms) {
    return wait_until([&] {
        auto st = status();
        auto it = st.find(name);
        return it != st.end() && it->second.state == s;
    }, timeout_ms);
}

namespace {
// Runs `cmd` under the shell; its standard output into `out`; its exit status.
int run_shell(const std::string& cmd, std::string* out) {
    std::FILE* p = ::popen(cmd.c_str(), "r");
    if (!p) return -1;
    char buf[4096];
    size_t n;
    out->clear();
    while ((n = std::fread(buf, 1, sizeof buf, p)) > 0) out->append(buf, n);
    int st = ::pclose(p);
    return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

// The shell command that runs the real client on `conf` with `args`.
std::string client_command(const std::string& conf, const std::vector<std::string>& args) {
    std::string cmd = std::string("env -u SUPERVISORD_CMD -u SUPERVISORD_TABLE ") + SV_SUPERVISE + " -c '" + conf + "'";
    for (const auto& a : args) cmd += " '" + a + "'";
    return cmd;
}
}  // namespace

int Harness::client(const std::vector<std::string>& args, std::string* out) {
    return run_shell(client_command(conf(), args) + " 2>&1", out);
}

int Harness::client(const std::vector<std::string>& args, std::string* out, std::string* err) {
    int status = run_shell(client_command(conf(), args) + " 2>'" + path("client.stderr") + "'", out);
    if (err) *err = read("client.stderr");
    return status;
}

std::string Harness::read(const std::string& name) const {
    std::ifstream f(path(name));
    std::stringstream ss;
    ss << f.rdbuf();
    return ss.str();
}

void Harness::teardown() {
    if (server_pid_ > 0 && process_alive(server_pid_)) {
        request(proto::Opcode::stop, {"ALL"}, proto::kFlagWait);
        request(proto::Opcode::shutdown, {}, 0);
        if (!wait_server_exit(10000)) kill_server_hard();
    }
    for (int64_t pid : pids_) ::kill(static_cast<pid_t>(-pid), SIGKILL);
    for (int64_t pid : pids_) ::kill(static_cast<pid_t>(pid), SIGKILL);
    for (const auto& [name, pids] : live_marked())
        for (int64_t pid : pids) ::kill(static_cast<pid_t>(pid), SIGKILL);
    // Reap what came back to us (orphans of killed servers), bounded.
    int64_t end = monotonic_ms() + 2000;
    for (int n = 0; n < 10000 && monotonic_ms() < end; ++n) {
        pid_t r = ::waitpid(-1, nullptr, WNOHANG);
        if (r > 0) continue;
        if (r < 0 || live_marked().empty()) break;
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    if (!dir_.empty() && dir_.rfind("/tmp/svit-", 0) == 0) {
        std::string cmd = "rm -rf '" + dir_ + "'";
        if (std::system(cmd.c_str()) != 0) std::fprintf(stderr, "could not remove %s\n", dir_.c_str());
    }
}

}  // namespace sv::test
