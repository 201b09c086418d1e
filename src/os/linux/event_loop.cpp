// The Linux event loop: one epoll set over
//   - a signalfd for SIGTERM, SIGINT and SIGHUP (blocked for the process),
//   - one pidfd per watched process (readable once the process has ended),
//   - the listening AF_UNIX SOCK_SEQPACKET socket and its connections.
// The only timeouts are the deadline handed to run_once and the idle timeout
// of connections that have not yet sent a request, so an idle server with
// no connections sleeps in epoll_wait with no timer at all: zero wakeups.
//
// Connections: at most kMaxConnections. A peer that is neither root nor the
// server's own uid may hold at most per_peer_limit of them, and such peers
// together at most kMaxConnections - reserved, so root and the owner can
// always connect; a connection over a limit is closed as soon as it is
// accepted. A connection that sends no request within idle_timeout_ms of
// being accepted is closed (reported through on_gone).
//
// Every source is registered under a token that is never reused, so an
// event still queued for a source the sink has just closed (a connection,
// a forgotten pid) is recognised as stale and skipped.
//
// The command channel keeps message boundaries (SEQPACKET): one recv is one
// request, one send one reply message, as the client (client_channel.cpp)
// expects. A request longer than max_message is handed on cut to
// max_message + 1 bytes, so the codec rejects it as too long. Replies that
// the socket cannot take now are queued and sent when it becomes writable;
// a peer that lets more than kMaxQueuedBytes or kMaxQueuedMessages pile up
// is dropped, so a client that never reads cannot stall or bloat the server.
//
// Descriptors: one pidfd per watched process (the server raises its open
// file limit, os::raise_open_file_limit). One descriptor is kept in reserve:
// when accept fails for want of descriptors, it is given up to accept and
// close the waiting connection, which would otherwise keep the listener
// readable and spin the loop.
#include "os/event_loop.h"

#include <cerrno>
#include <climits>
#include <csignal>
#include <cstring>
#include <ctime>
#include <deque>
#include <fcntl.h>
#include <map>
#include <set>
#include <poll.h>
#include <pwd.h>
#include <grp.h>
#include <sys/epoll.h>
#include <sys/signalfd.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

namespace sv::os {

namespace {

constexpr uint64_t kSignalToken = 1;
constexpr uint64_t kListenToken = 2;
constexpr uint64_t kFirstToken = 16;
constexpr size_t kMaxQueuedBytes = 1u << 20;
constexpr size_t kMaxQueuedMessages = 4096;
constexpr size_t kMaxConnections = 1024;
constexpr int kReadsPerEvent = 32;   // requests taken from one connection per wake
constexpr int kAcceptsPerEvent = 64;
constexpr int kEventsPerWait = 64;

// What SO_PEERCRED tells of a connection's peer.
struct Cred {
    uint32_t uid = 0;
    uint32_t gid = 0;
    int64_t pid = 0;
};

// Root and the server's own user: never limited per peer, and the reserve
// is theirs.
bool trusted(const Cred& p) { return p.uid == 0 || p.uid == static_cast<uint32_t>(::geteuid()); }

// The channel's access string: the socket's mode in octal, then optionally
// "user" or "user:group"; empty, the owner alone (0600).
bool parse_access(const std::string& access, unsigned* mode, std::string* owner, std::string* error) {
    if (access.empty()) return *mode = 0600, owner->clear(), true;
    size_t space = access.find(' ');
    std::string bits = access.substr(0, space);
    *owner = space == std::string::npos ? std::string() : access.substr(space + 1);
    if (bits.empty() || bits.size() > 4 || bits.find_first_not_of("01234567") != std::string::npos) {
        if (error) *error = "channel access '" + access + "': the mode must be octal digits (e.g. 0600)";
        return false;
    }
    *mode = static_cast<unsigned>(std::stoul(bits, nullptr, 8));
    return true;
}

int64_t monotonic_now_ms() {
    timespec ts{};
    ::clock_gettime(CLOCK_MONOTONIC, &ts);
    return static_cast<int64_t>(ts.tv_sec) * 1000 + ts.tv_nsec / 1000000;
}

std::string sys_error(const std::string& what, int e) { return what + ": " + std::strerror(e); }

void set_error(std::string* error, const std::string& text) {
    if (error) *error = text;
}

// The exit status in a siginfo filled by waitid.
ExitStatus status_of(const siginfo_t& si) {
    switch (si.si_code) {
    case CLD_EXITED: return ExitStatus::exited(si.si_status);
    case CLD_KILLED: return ExitStatus::signaled(si.si_status, false);
    case CLD_DUMPED: return ExitStatus::signaled(si.si_status, true);
    default: return ExitStatus::lost();
    }
}

bool is_number(const std::string& s) {
    if (s.empty() || s.size() > 9) return false;
    for (char c : s)
        if (c < '0' || c > '9') return false;
    return true;
}

// "user", "user:group" or ":group" -> ids; -1 leaves that id unchanged.
bool parse_owner(const std::string& owner, uid_t* uid, gid_t* gid, std::string* error) {
    *uid = static_cast<uid_t>(-1);
    *gid = static_cast<gid_t>(-1);
    size_t colon = owner.find(':');
    std::string user = owner.substr(0, colon);
    std::string group_name = colon == std::string::npos ? "" : owner.substr(colon + 1);
    if (!user.empty()) {
        if (const passwd* pw = ::getpwnam(user.c_str()))
            *uid = pw->pw_uid;
        else if (is_number(user))
            *uid = static_cast<uid_t>(std::stoul(user));
        else
            return set_error(error, "unknown user '" + user + "' in the socket owner"), false;
    }
    if (!group_name.empty()) {
        if (const struct group* gr = ::getgrnam(group_name.c_str()))
            *gid = gr->gr_gid;
        else if (is_number(group_name))
            *gid = static_cast<gid_t>(std::stoul(group_name));
        else
            return set_error(error, "unknown group '" + group_name + "' in the socket owner"), false;
    }
    return true;
}

bool make_address(const std::string& path, sockaddr_un* addr, std::string* error) {
    *addr = sockaddr_un{};
    addr->sun_family = AF_UNIX;
    if (path.empty() || path.size() >= sizeof addr->sun_path) {
        set_error(error, "socket path '" + path + "' is empty or too long");
        return false;
    }
    std::memcpy(addr->sun_path, path.c_str(), path.size() + 1);
    return true;
}

// What is at the channel's path: nothing (or a stale socket, now removed)
// -> true; a live server, or something that is not a socket -> false.
bool clear_stale_socket(const std::string& path, const sockaddr_un& addr, std::string* error) {
    struct stat st{};
    if (::lstat(path.c_str(), &st) != 0) {
        if (errno == ENOENT) return true;
        set_error(error, sys_error("cannot examine " + path, errno));
        return false;
    }
    if (!S_ISSOCK(st.st_mode)) {
        set_error(error, path + " exists and is not a socket");
        return false;
    }
    int probe = ::socket(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (probe < 0) {
        set_error(error, sys_error("socket", errno));
        return false;
    }
    int r = ::connect(probe, reinterpret_cast<const sockaddr*>(&addr), sizeof addr);
    int e = errno;
    ::close(probe);
    if (r == 0 || e == EAGAIN || e == EINPROGRESS || e == EPROTOTYPE) {
        set_error(error, "another server is listening on " + path);
        return false;
    }
    if (e != ECONNREFUSED && e != ENOENT) {
        set_error(error, sys_error("cannot probe " + path, e));
        return false;
    }
    if (::unlink(path.c_str()) != 0 && errno != ENOENT) {
        set_error(error, sys_error("cannot remove stale socket " + path, errno));
        return false;
    }
    return true;
}

struct Watch {
    int fd = -1;
    uint64_t token = 0;
    bool own_child = false;
};

struct Connection {
    uint64_t id = 0;                          // its epoll token
    int fd = -1;
    Cred cred;
    Peer peer;
    int64_t idle_deadline = -1;               // monotonic ms; -1 once a request came
    std::deque<std::vector<uint8_t>> queue;   // replies the socket could not take yet
    size_t queued_bytes = 0;
    bool want_write = false;                  // EPOLLOUT is armed
};

class LinuxLoop : public EventLoop, public CommandChannel {
public:
    LinuxLoop(int epoll_fd, int signal_fd) : ep_(epoll_fd), sigfd_(signal_fd) { reserve_fd(); }

    ~LinuxLoop() override {
        close_channel();
        for (auto& [pid, w] : watches_) ::close(w.fd);
        ::close(sigfd_);
        ::close(ep_);
        if (spare_fd_ >= 0) ::close(spare_fd_);
    }
    LinuxLoop(const LinuxLoop&) = delete;
    LinuxLoop& operator=(const LinuxLoop&) = delete;

    bool listen(const ChannelOptions& opts, std::string* error) override;
    void close_channel() override;
    bool watch(int64_t pid, bool own_child, std::string* error) override;
    void forget(int64_t pid) override;
    void send(uint64_t conn, const std::vector<std::vector<uint8_t>>& messages) override;
    void hang_up(uint64_t conn) override;
    void run_once(int64_t deadline_ms, LoopSink& sink) override;
    CommandChannel& channel() override { return *this; }

    bool add(int fd, uint64_t token, uint32_t events) {
        epoll_event ev{};
        ev.events = events;
        ev.data.u64 = token;
        return ::epoll_ctl(ep_, EPOLL_CTL_ADD, fd, &ev) == 0;
    }

private:
    void on_signals(LoopSink& sink);
    void on_listener();
    void on_process(uint64_t token, LoopSink& sink);
    void on_connection(uint64_t conn, uint32_t events, LoopSink& sink);
    bool flush(uint64_t conn);                       // false: the connection was dropped
    void arm_write(Connection& c, bool on);
    void drop(uint64_t conn);                        // reported at the next run_once
    void disconnect(uint64_t conn, LoopSink& sink);  // reported now
    void release(uint64_t conn);
    int wait_timeout(int64_t deadline_ms) const;
    void reserve_fd() { spare_fd_ = ::open("/dev/null", O_RDONLY | O_CLOEXEC); }
    void refuse_one();
    bool admit(const Cred& peer) const;
    void busy(Connection& c);                        // a request came: no idle timeout
    bool expire_idle(LoopSink& sink);                // true when any was closed

    int ep_;
    int sigfd_;
    int listen_fd_ = -1;
    int spare_fd_ = -1;
    std::string path_;
    dev_t path_dev_ = 0;
    ino_t path_ino_ = 0;
    size_t max_message_ = 4096;
    int64_t idle_timeout_ms_ = 10000;
    size_t per_peer_limit_ = 64;
    size_t reserved_ = 64;
    size_t unprivileged_ = 0;                     // connections of untrusted peers
    std::vector<uint8_t> buffer_;
    uint64_t next_token_ = kFirstToken;
    std::map<int64_t, Watch> watches_;            // by pid
    std::map<uint64_t, int64_t> pid_of_;          // watch token -> pid
    std::map<uint64_t, Connection> connections_;  // by token (= connection id)
    std::vector<uint64_t> dropped_;               // dropped outside run_once, not yet reported
    std::map<uint32_t, size_t> per_uid_;          // connections by peer uid
    bool shared_ = false;                         // the access string admits others than the owner
    std::set<std::pair<int64_t, uint64_t>> idle_; // (deadline, connection) awaiting a first request
};

bool LinuxLoop::listen(const ChannelOptions& opts, std::string* error) {
    close_channel();
    sockaddr_un addr{};
    if (!make_address(opts.name, &addr, error)) return false;
    if (!clear_stale_socket(opts.name, addr, error)) return false;
    unsigned access_mode = 0600;
    std::string owner;
    if (!parse_access(opts.access, &access_mode, &owner, error)) return false;
    uid_t uid;
    gid_t gid;
    if (!parse_owner(owner, &uid, &gid, error)) return false;

    int fd = ::socket(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (fd < 0) return set_error(error, sys_error("socket", errno)), false;
    // The umask makes bind create the file with no more than `mode`, so
    // there is no moment at which others may connect; chmod then sets it
    // exactly (the server is single-threaded, the umask is restored at once).
    mode_t mode = static_cast<mode_t>(access_mode & 07777);
    mode_t old_mask = ::umask(static_cast<mode_t>(~mode & 0777));
    int r = ::bind(fd, reinterpret_cast<const sockaddr*>(&addr), sizeof addr);
    int e = errno;
    ::umask(old_mask);
    auto fail = [&](const std::string& what, int err, bool created) {
        ::close(fd);
        if (created) ::unlink(opts.name.c_str());
        set_error(error, sys_error(what + " " + opts.name, err));
        return false;
    };
    if (r != 0) return fail("cannot bind", e, false);
    if (::chmod(opts.name.c_str(), mode) != 0) return fail("cannot set the mode of", errno, true);
    if ((uid != static_cast<uid_t>(-1) || gid != static_cast<gid_t>(-1)) &&
        ::chown(opts.name.c_str(), uid, gid) != 0)
        return fail("cannot set the owner of", errno, true);
    if (::listen(fd, SOMAXCONN) != 0) return fail("cannot listen on", errno, true);
    struct stat st{};
    if (::stat(opts.name.c_str(), &st) != 0) return fail("cannot examine", errno, true);
    if (!add(fd, kListenToken, EPOLLIN)) return fail("cannot watch", errno, true);
    listen_fd_ = fd;
    path_ = opts.name;
    path_dev_ = st.st_dev;
    path_ino_ = st.st_ino;
    max_message_ = opts.max_message;
    shared_ = (access_mode & 077) != 0 || !owner.empty();
    idle_timeout_ms_ = opts.idle_timeout_ms;
    per_peer_limit_ = opts.per_peer_limit;
    reserved_ = opts.reserved < kMaxConnections ? opts.reserved : kMaxConnections;
    buffer_.assign(max_message_ + 1, 0);
    return true;
}

void LinuxLoop::close_channel() {
    for (auto& [id, c] : connections_) ::close(c.fd);
    connections_.clear();
    dropped_.clear();
    per_uid_.clear();
    idle_.clear();
    unprivileged_ = 0;
    if (listen_fd_ < 0) return;
    ::close(listen_fd_);
    listen_fd_ = -1;
    // Remove the file only while it is still the one we created: a newer
    // server may have replaced it.
    struct stat st{};
    if (::lstat(path_.c_str(), &st) == 0 && st.st_dev == path_dev_ && st.st_ino == path_ino_)
        ::unlink(path_.c_str());
    path_.clear();
}

bool LinuxLoop::watch(int64_t pid, bool own_child, std::string* error) {
    if (pid <= 0 || pid > INT_MAX) return set_error(error, "no process " + std::to_string(pid)), false;
    auto it = watches_.find(pid);
    if (it != watches_.end()) {
        it->second.own_child = own_child;
        return true;
    }
    int fd = static_cast<int>(::syscall(SYS_pidfd_open, static_cast<pid_t>(pid), 0u));   // always CLOEXEC
    if (fd < 0) return set_error(error, sys_error("process " + std::to_string(pid), errno)), false;
    // A process that is not ours and has already ended (a zombie whose
    // parent has not reaped it) is not alive. Our own child is watched even
    // then: its exit status is still waiting to be collected.
    pollfd p{fd, POLLIN, 0};
    if (!own_child && ::poll(&p, 1, 0) == 1) {
        ::close(fd);
        set_error(error, "process " + std::to_string(pid) + " has ended");
        return false;
    }
    uint64_t token = next_token_++;
    if (!add(fd, token, EPOLLIN)) {
        int e = errno;
        ::close(fd);
        return set_error(error, sys_error("cannot watch process " + std::to_string(pid), e)), false;
    }
    watches_[pid] = Watch{fd, token, own_child};
    pid_of_[token] = pid;
    return true;
}

void LinuxLoop::forget(int64_t pid) {
    auto it = watches_.find(pid);
    if (it == watches_.end()) return;
    ::close(it->second.fd);
    pid_of_.erase(it->second.token);
    watches_.erase(it);
}

void LinuxLoop::send(uint64_t conn, const std::vector<std::vector<uint8_t>>& messages) {
    auto it = connections_.find(conn);
    if (it == connections_.end()) return;
    Connection& c = it->second;
    for (const auto& m : messages) {
        c.queue.push_back(m);
        c.queued_bytes += m.size();
    }
    // Only what the socket refuses counts against the limits.
    if (!flush(conn)) return;
    if (c.queue.size() > kMaxQueuedMessages || c.queued_bytes > kMaxQueuedBytes) drop(conn);
}

void LinuxLoop::hang_up(uint64_t conn) {
    release(conn);
    for (size_t k = 0; k < dropped_.size(); ++k)
        if (dropped_[k] == conn) dropped_.erase(dropped_.begin() + static_cast<std::ptrdiff_t>(k));
}

bool LinuxLoop::flush(uint64_t conn) {
    Connection& c = connections_.at(conn);
    while (!c.queue.empty()) {
        const auto& m = c.queue.front();
        ssize_t n = ::send(c.fd, m.data(), m.size(), MSG_NOSIGNAL | MSG_DONTWAIT);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) break;
        if (n < 0 || static_cast<size_t>(n) != m.size()) {
            drop(conn);   // peer gone (EPIPE, ECONNRESET) or a message it cannot take
            return false;
        }
        c.queued_bytes -= m.size();
        c.queue.pop_front();
    }
    // Buffers of a queue that grew large are given back once it drains.
    if (c.queue.empty()) c.queue.shrink_to_fit();
    arm_write(c, !c.queue.empty());
    return true;
}

void LinuxLoop::arm_write(Connection& c, bool on) {
    if (c.want_write == on) return;
    epoll_event ev{};
    ev.events = EPOLLIN | EPOLLRDHUP | (on ? EPOLLOUT : 0u);
    ev.data.u64 = c.id;
    if (::epoll_ctl(ep_, EPOLL_CTL_MOD, c.fd, &ev) == 0) c.want_write = on;
}

void LinuxLoop::drop(uint64_t conn) {
    release(conn);
    dropped_.push_back(conn);
}

void LinuxLoop::disconnect(uint64_t conn, LoopSink& sink) {
    release(conn);
    sink.on_gone(conn);
}

void LinuxLoop::release(uint64_t conn) {
    auto it = connections_.find(conn);
    if (it == connections_.end()) return;
    Connection& c = it->second;
    busy(c);
    if (--per_uid_[c.cred.uid] == 0) per_uid_.erase(c.cred.uid);
    if (!trusted(c.cred)) --unprivileged_;
    ::close(c.fd);   // also takes it out of the epoll set
    connections_.erase(it);
}

void LinuxLoop::busy(Connection& c) {
    if (c.idle_deadline < 0) return;
    idle_.erase({c.idle_deadline, c.id});
    c.idle_deadline = -1;
}

bool LinuxLoop::expire_idle(LoopSink& sink) {
    bool any = false;
    int64_t now = monotonic_now_ms();
    while (!idle_.empty() && idle_.begin()->first <= now) {
        uint64_t conn = idle_.begin()->second;
        idle_.erase(idle_.begin());
        auto it = connections_.find(conn);
        if (it == connections_.end()) continue;
        it->second.idle_deadline = -1;
        disconnect(conn, sink);
        any = true;
    }
    return any;
}

bool LinuxLoop::admit(const Cred& peer) const {
    if (connections_.size() >= kMaxConnections) return false;
    if (trusted(peer)) return true;
    auto it = per_uid_.find(peer.uid);
    size_t mine = it == per_uid_.end() ? 0 : it->second;
    return mine < per_peer_limit_ && unprivileged_ < kMaxConnections - reserved_;
}

int LinuxLoop::wait_timeout(int64_t deadline_ms) const {
    if (!dropped_.empty()) return 0;
    if (!idle_.empty() && (deadline_ms < 0 || idle_.begin()->first < deadline_ms)) deadline_ms = idle_.begin()->first;
    if (deadline_ms < 0) return -1;
    int64_t left = deadline_ms - monotonic_now_ms();
    if (left <= 0) return 0;
    return left > INT_MAX ? INT_MAX : static_cast<int>(left);
}

void LinuxLoop::run_once(int64_t deadline_ms, LoopSink& sink) {
    for (;;) {
        epoll_event events[kEventsPerWait];
        int n = ::epoll_wait(ep_, events, kEventsPerWait, wait_timeout(deadline_ms));
        if (n < 0 && errno == EINTR) continue;
        bool reported = !dropped_.empty();
        std::vector<uint64_t> gone;
        gone.swap(dropped_);
        for (uint64_t conn : gone) sink.on_gone(conn);
        for (int k = 0; k < n; ++k) {
            uint64_t token = events[k].data.u64;
            if (token == kSignalToken)
                on_signals(sink);
            else if (token == kListenToken)
                on_listener();
            else if (pid_of_.count(token))
                on_process(token, sink);
            else if (connections_.count(token))
                on_connection(token, events[k].events, sink);
        }
        if (expire_idle(sink)) reported = true;
        bool due = deadline_ms >= 0 && monotonic_now_ms() >= deadline_ms;
        if (due) sink.on_deadline();
        // Woken early with nothing to report (the clock's granularity): wait
        // for the rest. An epoll failure other than EINTR is not retried here.
        if (due || reported || n != 0) return;
    }
}

void LinuxLoop::on_signals(LoopSink& sink) {
    signalfd_siginfo si{};
    while (::read(sigfd_, &si, sizeof si) == static_cast<ssize_t>(sizeof si)) {
        switch (si.ssi_signo) {
        case SIGTERM: sink.on_control(Control::shutdown, "SIGTERM"); break;
        case SIGINT: sink.on_control(Control::shutdown, "SIGINT"); break;
        case SIGHUP: sink.on_control(Control::reload, "SIGHUP"); break;
        default: break;
        }
    }
}

void LinuxLoop::on_listener() {
    for (int k = 0; k < kAcceptsPerEvent && listen_fd_ >= 0; ++k) {
        int fd = ::accept4(listen_fd_, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (fd < 0 && (errno == EMFILE || errno == ENFILE)) {
            refuse_one();
            continue;
        }
        if (fd < 0) return;   // EAGAIN, or a connection that went away first
        ucred cred{};
        socklen_t len = sizeof cred;
        uint64_t token = next_token_++;
        Cred peer;
        bool known = ::getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &cred, &len) == 0;
        peer.uid = cred.uid;
        peer.gid = cred.gid;
        peer.pid = cred.pid;
        if (!known || !admit(peer) || !add(fd, token, EPOLLIN | EPOLLRDHUP)) {
            ::close(fd);
            continue;
        }
        Connection c;
        c.id = token;
        c.fd = fd;
        c.cred = peer;
        c.peer.who = "uid " + std::to_string(peer.uid) + " pid " + std::to_string(peer.pid);
        c.peer.privileged = peer.uid == 0;
        c.peer.same_user = peer.uid == static_cast<uint32_t>(::geteuid());
        c.peer.granted = shared_;
        if (idle_timeout_ms_ > 0) {
            c.idle_deadline = monotonic_now_ms() + idle_timeout_ms_;
            idle_.insert({c.idle_deadline, token});
        }
        ++per_uid_[peer.uid];
        if (!trusted(peer)) ++unprivileged_;
        connections_.emplace(token, std::move(c));
    }
}

void LinuxLoop::refuse_one() {
    if (spare_fd_ < 0) return;
    ::close(spare_fd_);
    int fd = ::accept4(listen_fd_, nullptr, nullptr, SOCK_CLOEXEC);
    if (fd >= 0) ::close(fd);
    reserve_fd();
}

void LinuxLoop::on_process(uint64_t token, LoopSink& sink) {
    int64_t pid = pid_of_.at(token);
    Watch w = watches_.at(pid);
    ExitStatus status = ExitStatus::lost();
    if (w.own_child) {
        siginfo_t si{};
        int r = ::waitid(P_PIDFD, static_cast<id_t>(w.fd), &si, WEXITED | WNOHANG);
        if (r != 0 && errno == EINVAL)   // kernels before 5.4: by pid (still unreaped, so not reused)
            r = ::waitid(P_PID, static_cast<id_t>(pid), &si, WEXITED | WNOHANG);
        if (r == 0 && si.si_pid == 0) return;   // not ended after all: keep watching
        if (r == 0) status = status_of(si);
    }
    forget(pid);
    sink.on_child_exit(pid, status);
}

void LinuxLoop::on_connection(uint64_t conn, uint32_t events, LoopSink& sink) {
    if ((events & EPOLLOUT) && !flush(conn)) return;
    for (int k = 0; k < kReadsPerEvent; ++k) {
        auto it = connections_.find(conn);
        if (it == connections_.end()) return;   // closed by the sink meanwhile
        ssize_t n = ::recv(it->second.fd, buffer_.data(), buffer_.size(), MSG_DONTWAIT);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            if (events & (EPOLLHUP | EPOLLERR)) disconnect(conn, sink);
            return;
        }
        if (n <= 0) {   // end of file, or ECONNRESET and the like
            disconnect(conn, sink);
            return;
        }
        std::vector<uint8_t> message(buffer_.begin(), buffer_.begin() + n);
        busy(it->second);
        Peer peer = it->second.peer;
        sink.on_request(conn, peer, message);
    }
}

}  // namespace

std::unique_ptr<EventLoop> make_event_loop(std::string* error) {
    sigset_t routed;
    sigemptyset(&routed);
    sigaddset(&routed, SIGTERM);
    sigaddset(&routed, SIGINT);
    sigaddset(&routed, SIGHUP);
    sigset_t blocked = routed;
    // SIGCHLD is blocked (not ignored: ignoring it would make the kernel
    // reap children and lose their exit status); pidfds report the exits.
    sigaddset(&blocked, SIGCHLD);
    if (::sigprocmask(SIG_BLOCK, &blocked, nullptr) != 0)
        return set_error(error, sys_error("sigprocmask", errno)), nullptr;
    struct sigaction ignore{};
    ignore.sa_handler = SIG_IGN;
    sigemptyset(&ignore.sa_mask);
    ::sigaction(SIGPIPE, &ignore, nullptr);

    int sfd = ::signalfd(-1, &routed, SFD_NONBLOCK | SFD_CLOEXEC);
    if (sfd < 0) return set_error(error, sys_error("signalfd", errno)), nullptr;
    int ep = ::epoll_create1(EPOLL_CLOEXEC);
    if (ep < 0) {
        int e = errno;
        ::close(sfd);
        return set_error(error, sys_error("epoll_create1", e)), nullptr;
    }
    auto loop = std::make_unique<LinuxLoop>(ep, sfd);
    if (!loop->add(sfd, kSignalToken, EPOLLIN))
        return set_error(error, sys_error("epoll_ctl", errno)), nullptr;
    return loop;
}

}  // namespace sv::os
