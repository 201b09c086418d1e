// runtime.cpp: the broker connection, the service thread and the AST executor.
#include "runtime.h"

#include <poll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "../../include/iosbdef.h"

namespace vmssim {
namespace {

[[noreturn]] void die(const char *what) {
    std::fprintf(stderr, "vmssim: %s\n", what);
    std::fflush(stderr);
    ::_exit(70);
}

void run_ast(Runtime &rt, const Ast &a) {
    rt.in_ast = true;
    a.fn(a.prm);
    rt.in_ast = false;
}

}  // namespace

Runtime &Runtime::get() {
    static Runtime *rt = new Runtime();  // never destroyed: its threads outlive main()
    return *rt;
}

Runtime::Runtime() {
    const char *mode = std::getenv("VMSSIM_AST_MODE");
    deterministic_ = mode && std::strcmp(mode, "deterministic") == 0;
    connect();
    event_fd_ = ::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    std::thread(&Runtime::service_loop, this).detach();
    if (!deterministic_) {
        std::thread t(&Runtime::executor_loop, this);
        executor_id = t.get_id();
        t.detach();
    }
    Reply r = call(kHello, [](Writer &w) {
        const char *claimed = std::getenv("VMSSIM_PID");
        w.u32(static_cast<std::uint32_t>(::getpid()));
        w.u32(claimed ? static_cast<std::uint32_t>(std::strtoul(claimed, nullptr, 16)) : 0);
    });
    ::unsetenv("VMSSIM_PID");  // not for anything this process starts
    Reader rd(r.body.data(), r.body.size());
    pid_ = rd.u32();
    if (!(r.status & 1) || rd.bad()) die("the broker refused this process");
}

void Runtime::connect() {
    const char *run = std::getenv("VMSSIM_RUN");
    if (!run || !*run) die("VMSSIM_RUN is not set (the directory of a running vmssimd)");
    fd_ = ::socket(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0);
    sockaddr_un addr{};
    addr.sun_family = AF_UNIX;
    std::snprintf(addr.sun_path, sizeof addr.sun_path, "%s/vmssimd.sock", run);
    if (fd_ < 0 || ::connect(fd_, reinterpret_cast<sockaddr *>(&addr), sizeof addr) < 0)
        die("cannot reach vmssimd in $VMSSIM_RUN");
}

Reply Runtime::call(std::uint32_t op, const std::function<void(Writer &)> &fill) {
    Reply reply;
    std::uint32_t seq;
    {
        std::lock_guard<std::mutex> l(mu);
        seq = ++seq_;
        waiting_[seq] = &reply;
        done_[seq] = false;
    }
    Writer w(op, seq);
    fill(w);
    {
        std::lock_guard<std::mutex> l(send_mu_);
        if (::send(fd_, w.bytes().data(), w.bytes().size(), MSG_NOSIGNAL) < 0) die("lost the broker");
    }
    // A service may wait here (a write in resource wait): ASTs are delivered meanwhile.
    wait([&] {
        if (!done_[seq]) return false;
        waiting_.erase(seq);
        done_.erase(seq);
        return true;
    });
    return reply;
}

void Runtime::send_only(std::uint32_t op, const std::function<void(Writer &)> &fill) {
    Writer w(op, 0);  // seq 0: the reply is dropped
    fill(w);
    std::lock_guard<std::mutex> l(send_mu_);
    ::send(fd_, w.bytes().data(), w.bytes().size(), MSG_NOSIGNAL);
}

void Runtime::queue_ast(AstFn fn, long long prm) {
    {
        std::lock_guard<std::mutex> l(q_mu);
        asts.push_back({fn, prm});
    }
    q_cv.notify_one();
    if (deterministic_) cv.notify_all();  // a waiter on the main line delivers it
}

bool Runtime::pop_ast(Ast *a) {
    std::lock_guard<std::mutex> l(q_mu);
    if (asts.empty()) return false;
    *a = asts.front();
    asts.pop_front();
    return true;
}

void Runtime::poke() {
    std::uint64_t one = 1;
    (void)!::write(event_fd_, &one, sizeof one);
}

void Runtime::ast_point() {
    if (!deterministic_ || in_ast || !enabled) return;
    for (int i = 0; i < 100000; ++i) {
        Ast a;
        if (!pop_ast(&a)) return;
        run_ast(*this, a);
        if (!enabled) return;
    }
}

void Runtime::wait(const std::function<bool()> &pred) {
    std::unique_lock<std::mutex> l(mu);
    for (;;) {
        if (pred()) return;
        Ast a;
        if (deterministic_ && enabled && !in_ast && pop_ast(&a)) {
            l.unlock();
            run_ast(*this, a);  // the wait is re-entered afterwards
            l.lock();
            continue;
        }
        cv.wait(l);
    }
}

void Runtime::executor_loop() {
    for (;;) {
        {
            std::unique_lock<std::mutex> l(q_mu);
            q_cv.wait(l, [&] { return !asts.empty(); });
        }
        std::lock_guard<std::mutex> hold(ast_lock);  // waits while ASTs are disabled
        Ast a;
        if (pop_ast(&a)) run_ast(*this, a);
    }
}

void Runtime::fire_timers() {
    auto now = std::chrono::steady_clock::now();
    std::vector<Timer> due;
    {
        std::lock_guard<std::mutex> l(mu);
        for (auto it = timers.begin(); it != timers.end();) {
            if (it->due > now) { ++it; continue; }
            due.push_back(*it);
            if (it->repeat.count() > 0) {
                it->due += it->repeat;
                ++it;
            } else {
                it = timers.erase(it);
            }
        }
        for (const Timer &t : due) {
            if (t.wake && (t.wake_pid == 0 || t.wake_pid == pid_)) {
                wake_pending = true;
            } else if (!t.wake) {
                set_efn(*this, t.efn);
                if (t.ast) queue_ast(t.ast, static_cast<long long>(t.reqidt));
            }
        }
        cv.notify_all();
    }
    for (const Timer &t : due)
        if (t.wake && t.wake_pid != 0 && t.wake_pid != pid_)
            send_only(kWake, [&](Writer &w) { w.u32(t.wake_pid).str(""); });
}

void Runtime::on_packet(const char *p, std::size_t n) {
    Reader r(p, n);
    std::uint32_t op = r.u32(), seq = r.u32();
    std::lock_guard<std::mutex> l(mu);
    if (op == kReply) {
        auto it = waiting_.find(seq);
        if (it == waiting_.end()) return;  // a send_only request
        it->second->status = static_cast<std::int32_t>(r.u32());
        it->second->body.assign(p + 12, n - 12);
        done_[seq] = true;
        cv.notify_all();
    } else if (op == kIoDone) {
        std::uint32_t reqid = r.u32(), st = r.u32(), bcnt = r.u32(), pid = r.u32();
        std::string data = r.str();
        complete_io(*this, reqid, st, bcnt, pid, data);
    } else if (op == kAttnAst) {
        auto it = attn.find(r.u32());
        if (it == attn.end()) return;
        queue_ast(it->second.fn, it->second.prm);
        attn.erase(it);
    } else if (op == kEvForcex) {
        extern void vmssim_forcex_ast(long long);
        queue_ast(&vmssim_forcex_ast, static_cast<long long>(r.u32()));
    } else if (op == kEvWake) {
        wake_pending = true;
        cv.notify_all();
    }
}

void Runtime::service_loop() {
    std::vector<char> buf(kMaxPacket);
    for (;;) {
        int timeout = -1;
        {
            std::lock_guard<std::mutex> l(mu);
            auto now = std::chrono::steady_clock::now();
            for (const Timer &t : timers) {
                auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(t.due - now).count() + 1;
                int v = ms < 0 ? 0 : ms > 60000 ? 60000 : static_cast<int>(ms);
                if (timeout < 0 || v < timeout) timeout = v;
            }
        }
        pollfd fds[2] = {{fd_, POLLIN, 0}, {event_fd_, POLLIN, 0}};
        ::poll(fds, 2, timeout);
        if (fds[1].revents) {
            std::uint64_t v;
            (void)!::read(event_fd_, &v, sizeof v);
        }
        if (fds[0].revents) {
            ssize_t got = ::recv(fd_, buf.data(), buf.size(), 0);
            if (got <= 0) die("the broker went away");
            on_packet(buf.data(), static_cast<std::size_t>(got));
        }
        fire_timers();
    }
}

}  // namespace vmssim
