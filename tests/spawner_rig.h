// Shared by the Linux spawner tests (spawner_linux_test.cpp,
// spawner_map_linux_test.cpp): bounded waits on real processes, children
// tracked by pid and killed at the end, scratch directories, captured output.
#pragma once
#include <doctest/doctest.h>

#include <fcntl.h>
#include <poll.h>
#include <pwd.h>
#include <sched.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "os/process.h"
#include "os/linux/process_linux.h"
#include "os/spawner.h"



namespace sv::spawntest {

using namespace sv;

inline const int wait_ms = 5000;

// Waits until `pid` has ended (not reaped) or the time is up.
inline bool wait_ended(int64_t pid, int timeout_ms) {
    int fd = static_cast<int>(::syscall(SYS_pidfd_open, static_cast<pid_t>(pid), 0));
    if (fd < 0) return errno == ESRCH;
    pollfd p{fd, POLLIN, 0};
    int r;
    do {
        r = ::poll(&p, 1, timeout_ms);
    } while (r < 0 && errno == EINTR);
    ::close(fd);
    return r == 1;
}

// Children started by one test; the survivors are killed and reaped.
struct Kids {
    std::set<int64_t> pids;
    ~Kids() {
        for (int64_t pid : pids) {
            ::kill(static_cast<pid_t>(pid), SIGKILL);
            if (wait_ended(pid, wait_ms)) ::waitpid(static_cast<pid_t>(pid), nullptr, 0);
        }
    }
    void track(const os::SpawnResult& r) {
        if (r.ok && r.pid > 0) pids.insert(r.pid);
    }
    // Bounded wait for exit, then reap; returns the wait status or -1.
    int reap(int64_t pid) {
        if (!wait_ended(pid, wait_ms)) return -1;
        int status = 0;
        if (::waitpid(static_cast<pid_t>(pid), &status, 0) != pid) return -1;
        pids.erase(pid);
        return status;
    }
};

// A scratch directory removed at the end of the test.
struct Scratch {
    std::filesystem::path dir;
    Scratch() {
        dir = std::filesystem::temp_directory_path() / ("spawner_test_" + std::to_string(::getpid()));
        std::filesystem::remove_all(dir);
        std::filesystem::create_directories(dir);
    }
    ~Scratch() {
        std::error_code ec;
        std::filesystem::remove_all(dir, ec);
    }
    std::string path(const std::string& name) const { return (dir / name).string(); }
};

// A pipe the child writes to through stdout_file = /proc/self/fd/N.
struct Capture {
    int fds[2] = {-1, -1};
    Capture() { REQUIRE(::pipe2(fds, O_CLOEXEC) == 0); }
    ~Capture() {
        for (int fd : fds)
            if (fd >= 0) ::close(fd);
    }
    std::string path() const { return "/proc/self/fd/" + std::to_string(fds[1]); }
    // After the spawn: drop our write end, read until the child's end closes.
    std::string read_all() {
        ::close(fds[1]);
        fds[1] = -1;
        std::string out;
        auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(wait_ms);
        for (;;) {
            auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
            pollfd p{fds[0], POLLIN, 0};
            if (left.count() <= 0 || ::poll(&p, 1, static_cast<int>(left.count())) <= 0) break;
            char buf[512];
            ssize_t n = ::read(fds[0], buf, sizeof buf);
            if (n <= 0) break;
            out.append(buf, static_cast<size_t>(n));
        }
        return out;
    }
    // Reads one line (bounded).
    std::string read_line() {
        std::string out;
        char c;
        while (out.find('\n') == std::string::npos) {
            pollfd p{fds[0], POLLIN, 0};
            if (::poll(&p, 1, wait_ms) <= 0 || ::read(fds[0], &c, 1) != 1) break;
            out += c;
        }
        return out;
    }
};

inline ProgramSpec program(const std::string& name, std::vector<std::string> argv) {
    ProgramSpec s;
    s.program_name = name;
    s.group_name = name;
    s.name = name;
    s.argv = std::move(argv);
    s.stdout_file = "/dev/null";
    s.stderr_file = "/dev/null";
    return s;
}

inline std::string slurp(const std::string& path) {
    std::ifstream in(path);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

// The value of a "Name:\tvalue" line of /proc/PID/status.
inline std::string status_field(int64_t pid, const std::string& field) {
    std::istringstream in(slurp("/proc/" + std::to_string(pid) + "/status"));
    std::string line;
    while (std::getline(in, line))
        if (line.rfind(field + ":", 0) == 0) {
            std::string v = line.substr(field.size() + 1);
            size_t start = v.find_first_not_of(" \t");
            if (start == std::string::npos) return std::string();
            return v.substr(start, v.find_last_not_of(" \t") + 1 - start);
        }
    return "";
}

}  // namespace sv::spawntest
