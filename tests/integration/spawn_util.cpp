#include "integration/spawn_util.h"

#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <fcntl.h>
#include <fstream>
#include <pwd.h>
#include <sstream>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

#include "integration/harness.h"
#include "os/client_channel.h"

namespace sv::test {

int64_t spawn_process(const std::vector<std::string>& argv, const std::vector<std::string>& env,
                      const std::string& out, const std::string& as_user, int stdin_fd) {
    struct passwd* pw = as_user.empty() ? nullptr : ::getpwnam(as_user.c_str());
    if (!as_user.empty() && !pw) return -1;
    uid_t uid = pw ? pw->pw_uid : 0;
    gid_t gid = pw ? pw->pw_gid : 0;
    pid_t pid = ::fork();
    if (pid != 0) return pid;
    int fd = ::open(out.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0666);
    int in = stdin_fd >= 0 ? stdin_fd : ::open("/dev/null", O_RDONLY);
    ::dup2(in, 0);
    ::dup2(fd, 1);
    ::dup2(fd, 2);
    for (const auto& e : env) {
        size_t eq = e.find('=');
        if (eq == std::string::npos) ::unsetenv(e.c_str());
        else ::setenv(e.substr(0, eq).c_str(), e.substr(eq + 1).c_str(), 1);
    }
    if (pw && (::setgid(gid) != 0 || ::setuid(uid) != 0)) ::_exit(126);
    std::vector<char*> args;
    for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    ::execv(args[0], args.data());
    ::_exit(127);
}

int wait_exit(int64_t pid, int64_t timeout_ms) {
    int st = 0;
    int64_t end = monotonic_ms() + timeout_ms;
    for (;;) {
        pid_t r = ::waitpid(static_cast<pid_t>(pid), &st, WNOHANG);
        if (r == pid) return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
        if (r < 0) return -1;
        if (monotonic_ms() >= end) break;
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    kill_and_reap(pid);
    return -1;
}

void kill_and_reap(int64_t pid) {
    if (pid <= 0) return;
    ::kill(static_cast<pid_t>(pid), SIGCONT);
    ::kill(static_cast<pid_t>(pid), SIGKILL);
    ::waitpid(static_cast<pid_t>(pid), nullptr, 0);
}

std::string slurp(const std::string& path) {
    std::ifstream f(path);
    std::stringstream ss;
    ss << f.rdbuf();
    return ss.str();
}

std::string command_line_of(int64_t pid) {
    std::string s = slurp("/proc/" + std::to_string(pid) + "/cmdline");
    for (char& c : s)
        if (c == '\0') c = ' ';
    return s;
}

proto::Reply request_at(const std::string& socket, proto::Opcode op, const std::vector<std::string>& names,
                        uint32_t flags, const std::string& password) {
    proto::Reply reply;
    os::OpenFailure why;
    std::string err;
    auto ch = os::open_channel(socket, 4096, &why, &err);
    if (!ch) return reply;
    proto::Request req;
    req.op = op;
    req.id = 9;
    req.flags = flags;
    req.password = password;
    req.names = names;
    if (!ch->send(proto::pack(req), &err)) return reply;
    for (int parts = 0; parts < 100000; ++parts) {
        std::vector<uint8_t> bytes;
        proto::Reply part;
        if (!ch->receive(bytes, 10000, &err)) break;
        if (proto::unpack(bytes.data(), bytes.size(), part) != proto::Decode::ok) break;
        if (parts == 0) reply = part;
        else proto::merge(reply, part);
        if (!(part.flags & proto::kFlagMore)) break;
    }
    return reply;
}

std::string location_tag_of(const std::string& canonical_path) {
    unsigned long long h = 0xcbf29ce484222325ULL;
    for (unsigned char c : canonical_path) {
        h ^= c;
        h *= 0x100000001b3ULL;
    }
    char tag[17];
    std::snprintf(tag, sizeof tag, "%016llx", h);
    return tag;
}

}  // namespace sv::test
