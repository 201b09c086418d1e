#include "integration/pty.h"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <sys/ioctl.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

extern char** environ;

namespace sv::test {

namespace {
int64_t now_ms() {
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}
}  // namespace

Pty::~Pty() {
    kill();
    if (fd_ >= 0) ::close(fd_);
}

bool Pty::start(const std::vector<std::string>& argv, const std::vector<std::string>& env, std::string* error) {
    auto fail = [&](const char* what) {
        if (error) *error = std::string(what) + ": " + std::strerror(errno);
        return false;
    };
    if (argv.empty() || pid_ > 0) return fail("bad use");
    int master = ::posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (master < 0) return fail("posix_openpt");
    if (::grantpt(master) != 0 || ::unlockpt(master) != 0) {
        ::close(master);
        return fail("grantpt/unlockpt");
    }
    const char* name = ::ptsname(master);
    if (!name) {
        ::close(master);
        return fail("ptsname");
    }
    std::string slave_name = name;
    // Everything the child needs is built before fork: after it only
    // async-signal-safe calls are made.
    std::vector<std::string> envs;
    bool has_term = false;
    for (const auto& e : env) has_term = has_term || e.rfind("TERM=", 0) == 0;
    for (char** e = environ; *e; ++e) {
        std::string s = *e;
        std::string key = s.substr(0, s.find('='));
        bool overridden = key == "TERM" || key == "COLUMNS" || key == "LINES";
        for (const auto& x : env) overridden = overridden || x.rfind(key + "=", 0) == 0;
        if (!overridden) envs.push_back(s);
    }
    if (!has_term) envs.push_back("TERM=vt100");
    envs.insert(envs.end(), env.begin(), env.end());
    std::vector<char*> cargv, cenv;
    for (const auto& a : argv) cargv.push_back(const_cast<char*>(a.c_str()));
    cargv.push_back(nullptr);
    for (const auto& e : envs) cenv.push_back(const_cast<char*>(e.c_str()));
    cenv.push_back(nullptr);

    pid_t pid = ::fork();
    if (pid < 0) {
        ::close(master);
        return fail("fork");
    }
    if (pid == 0) {
        ::setsid();
        int slave = ::open(slave_name.c_str(), O_RDWR);
        if (slave < 0) ::_exit(126);
        ::ioctl(slave, TIOCSCTTY, 0);
        struct winsize ws {};
        ws.ws_row = 24;
        ws.ws_col = 80;
        ::ioctl(slave, TIOCSWINSZ, &ws);
        ::dup2(slave, 0);
        ::dup2(slave, 1);
        ::dup2(slave, 2);
        if (slave > 2) ::close(slave);
        ::execve(cargv[0], cargv.data(), cenv.data());
        ::_exit(127);
    }
    fd_ = master;
    pid_ = pid;
    return true;
}

bool Pty::send(const std::string& keys) {
    size_t done = 0;
    for (int tries = 0; done < keys.size() && tries < 1000; ++tries) {
        ssize_t n = ::write(fd_, keys.data() + done, keys.size() - done);
        if (n > 0) done += static_cast<size_t>(n);
        else if (n < 0 && errno != EINTR && errno != EAGAIN) return false;
    }
    return done == keys.size();
}

bool Pty::pump(int64_t timeout_ms) {
    if (fd_ < 0 || eof_) return false;
    struct pollfd p {};
    p.fd = fd_;
    p.events = POLLIN;
    int r = ::poll(&p, 1, static_cast<int>(timeout_ms < 0 ? 0 : timeout_ms));
    if (r < 0) return errno == EINTR;
    if (r == 0) return true;
    char buf[4096];
    ssize_t n = ::read(fd_, buf, sizeof buf);
    if (n > 0) {
        out_.append(buf, static_cast<size_t>(n));
        return true;
    }
    if (n < 0 && (errno == EINTR || errno == EAGAIN)) return true;
    eof_ = true;  // EIO once the child side is closed
    return false;
}

bool Pty::expect(const std::string& text, int64_t timeout_ms) {
    int64_t end = now_ms() + timeout_ms;
    for (;;) {
        size_t at = out_.find(text, mark_);
        if (at != std::string::npos) {
            mark_ = at + text.size();
            return true;
        }
        int64_t left = end - now_ms();
        if (left <= 0 || !pump(left)) {
            at = out_.find(text, mark_);
            if (at == std::string::npos) return false;
            mark_ = at + text.size();
            return true;
        }
    }
}

std::optional<int> Pty::wait_exit(int64_t timeout_ms) {
    if (pid_ <= 0) return std::nullopt;
    int64_t end = now_ms() + timeout_ms;
    for (;;) {
        int st = 0;
        pid_t r = ::waitpid(static_cast<pid_t>(pid_), &st, WNOHANG);
        if (r == static_cast<pid_t>(pid_)) {
            pid_ = 0;
            for (int i = 0; i < 10000; ++i) {  // what is left in the terminal
                size_t before = out_.size();
                if (!pump(0) || out_.size() == before) break;
            }
            return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
        }
        int64_t left = end - now_ms();
        if (left <= 0) return std::nullopt;
        // Drain output meanwhile (a child blocked on a full terminal never
        // exits); poll doubles as the bounded wait.
        if (!pump(std::min<int64_t>(left, 20))) {
            struct pollfd none {};
            none.fd = -1;
            ::poll(&none, 1, static_cast<int>(std::min<int64_t>(left, 20)));
        }
    }
}

void Pty::kill() {
    if (pid_ <= 0) return;
    ::kill(static_cast<pid_t>(pid_), SIGKILL);
    ::waitpid(static_cast<pid_t>(pid_), nullptr, 0);
    pid_ = 0;
}

}  // namespace sv::test
