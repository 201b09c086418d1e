// vmssimd: the simulator's broker. Usage: vmssimd RUN_DIR
// Listens on RUN_DIR/vmssimd.sock (SOCK_SEQPACKET), writes RUN_DIR/vmssimd.ready once
// listening, and runs until SIGTERM/SIGINT, then kills the processes it created.
#include <poll.h>
#include <signal.h>
#include <sys/signalfd.h>
#include <sys/time.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <fstream>
#include <vector>

#include "../common/params.h"
#include "broker.h"

namespace vmssim {

const Params &params() {
    static const Params p;
    return p;
}

Broker::Broker(std::string run_dir) : run_dir_(std::move(run_dir)), next_unit_(params().first_unit) {
    LnmTable sys;
    sys.name = "LNM$SYSTEM_TABLE";
    sys.parent = "LNM$SYSTEM_DIRECTORY";
    sys.acmode = 0;
    tables_[sys.name] = sys;
}

void Broker::send(Conn *c, const Writer &w) {
    if (!c || c->fd < 0) return;
    const std::string &b = w.bytes();
    // Blocking, but bounded by SO_SNDTIMEO (accept_conn): a process that stops reading
    // for seconds is stuck, and losing a packet to it is then reported.
    if (::send(c->fd, b.data(), b.size(), MSG_NOSIGNAL) < 0)
        std::fprintf(stderr, "vmssimd: send to pid %08X failed\n", c->proc ? c->proc->pid : 0);
}

void Broker::reply(Conn *c, std::uint32_t seq, std::int32_t status) {
    Writer w(kReply, seq);
    w.u32(static_cast<std::uint32_t>(status));
    send(c, w);
}

void Broker::accept_conn() {
    int fd = ::accept4(listen_fd_, nullptr, nullptr, SOCK_CLOEXEC);
    if (fd < 0) return;
    timeval tv{5, 0};
    ::setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv);
    auto c = std::make_unique<Conn>();
    c->fd = fd;
    conns_[fd] = std::move(c);
}

void Broker::dispatch(Conn *c, std::uint32_t op, std::uint32_t seq, Reader &r) {
    using Fn = void (Broker::*)(Conn *, std::uint32_t, Reader &);
    static const std::map<std::uint32_t, Fn> table = {
        {kHello, &Broker::op_hello},     {kCrembx, &Broker::op_crembx},
        {kDelmbx, &Broker::op_delmbx},   {kAssign, &Broker::op_assign},
        {kDassgn, &Broker::op_dassgn},   {kCancel, &Broker::op_cancel},
        {kQio, &Broker::op_qio},         {kGetdvi, &Broker::op_getdvi},
        {kCreprc, &Broker::op_creprc},   {kForcex, &Broker::op_forcex},
        {kDelprc, &Broker::op_delprc},   {kGetjpi, &Broker::op_getjpi},
        {kWake, &Broker::op_wake},       {kCrelnt, &Broker::op_crelnt},
        {kCrelnm, &Broker::op_crelnm},   {kTrnlnm, &Broker::op_trnlnm},
        {kDellnm, &Broker::op_dellnm},
        {kPersonaCreate, &Broker::op_persona_create},
        {kPersonaAssume, &Broker::op_persona_assume},
        {kPersonaDelete, &Broker::op_persona_delete},
    };
    if (op == kExit) {
        std::uint32_t st = r.u32();
        if (c->proc && !c->image && !r.bad()) {  // an image's status goes to DCL ($STATUS)
            c->proc->have_exit = true;
            c->proc->exit_status = st;
        }
        reply(c, seq, 1);
        return;
    }
    auto it = table.find(op);
    if (it == table.end() || (!c->proc && op != kHello)) {
        close_conn(c);
        return;
    }
    (this->*(it->second))(c, seq, r);
}

void Broker::read_conn(Conn *c) {
    static std::vector<char> buf(kMaxPacket);
    ssize_t n = ::recv(c->fd, buf.data(), buf.size(), 0);
    if (n <= 0) {
        if (n < 0 && (errno == EINTR || errno == EAGAIN)) return;
        close_conn(c);
        return;
    }
    Reader r(buf.data(), static_cast<std::size_t>(n));
    std::uint32_t op = r.u32(), seq = r.u32();
    if (r.bad()) {
        close_conn(c);
        return;
    }
    dispatch(c, op, seq, r);
}

// The connection is the process: its end is process rundown.
void Broker::close_conn(Conn *c) {
    int fd = c->fd;
    c->fd = -1;  // nothing more is sent to a process being run down
    rundown(c);
    ::close(fd);
    Proc *p = c->proc;
    if (p && c->image) p->image_conn = nullptr;  // image rundown only
    else if (p) p->conn = nullptr;
    conns_.erase(fd);  // c is gone from here on
    if (p) maybe_delete(p);
}

void Broker::reap_children() {
    for (int i = 0; i < 4096; ++i) {
        int status = 0;
        pid_t l = ::waitpid(-1, &status, WNOHANG);
        if (l <= 0) return;
        for (auto &kv : procs_) {
            Proc *p = kv.second.get();
            if (p->lpid != l || !p->child) continue;
            p->reaped = true;
            if (!p->have_exit && !p->delprc) {
                p->have_exit = true;
                // C RTL encoding of exit(n) [M]; a signal death is a deletion (status 0).
                if (WIFEXITED(status)) {
                    unsigned n = static_cast<unsigned>(WEXITSTATUS(status));
                    p->exit_status = n == 0 ? 1u : (0x1035A000u | (n << 3) | 2u);
                } else {
                    p->exit_status = 0;
                }
            }
            if (p->conn) close_conn(p->conn);  // also deletes it
            else maybe_delete(p);
            break;
        }
    }
}

int Broker::run() {
    std::string sock = run_dir_ + "/vmssimd.sock";
    listen_fd_ = ::socket(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0);
    sockaddr_un addr{};
    addr.sun_family = AF_UNIX;
    if (sock.size() >= sizeof addr.sun_path) {
        std::fprintf(stderr, "vmssimd: run directory path too long\n");
        return 2;
    }
    std::snprintf(addr.sun_path, sizeof addr.sun_path, "%s", sock.c_str());
    ::unlink(sock.c_str());
    if (listen_fd_ < 0 || ::bind(listen_fd_, reinterpret_cast<sockaddr *>(&addr), sizeof addr) < 0 ||
        ::listen(listen_fd_, 64) < 0) {
        std::perror("vmssimd: listen");
        return 2;
    }
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGCHLD);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGINT);
    sigprocmask(SIG_BLOCK, &set, nullptr);
    signal_fd_ = ::signalfd(-1, &set, SFD_CLOEXEC | SFD_NONBLOCK);
    std::ofstream(run_dir_ + "/vmssimd.ready") << ::getpid() << "\n";

    while (!stopping_) {
        std::vector<pollfd> fds{{listen_fd_, POLLIN, 0}, {signal_fd_, POLLIN, 0}};
        for (auto &kv : conns_) fds.push_back({kv.first, POLLIN, 0});
        if (::poll(fds.data(), fds.size(), -1) < 0 && errno != EINTR) break;
        if (fds[1].revents) {
            signalfd_siginfo si;
            while (::read(signal_fd_, &si, sizeof si) == sizeof si)
                if (si.ssi_signo != SIGCHLD) stopping_ = true;
            reap_children();
        }
        if (fds[0].revents) accept_conn();
        for (std::size_t i = 2; i < fds.size(); ++i) {
            if (!fds[i].revents) continue;
            auto it = conns_.find(fds[i].fd);
            if (it != conns_.end()) read_conn(it->second.get());
        }
    }
    for (auto &kv : procs_)
        if (kv.second->child && !kv.second->reaped && kv.second->lpid > 0) {
            ::kill(kv.second->lpid, SIGKILL);
            ::kill(-kv.second->lpid, SIGKILL);  // and the image its DCL runs (same session)
        }
    for (auto &kv : procs_)
        if (kv.second->child && !kv.second->reaped && kv.second->lpid > 0) ::waitpid(kv.second->lpid, nullptr, 0);
    ::unlink(sock.c_str());
    return 0;
}

}  // namespace vmssim

int main(int argc, char **argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: vmssimd RUN_DIR\n");
        return 2;
    }
    vmssim::Broker b(argv[1]);
    return b.run();
}
