// runtime.h: libvmssim's in-process state (internal; the back end sees only the
// STARLET headers). One Runtime per process, created by the first service call.
//
// Threads:
//  - the caller's threads (the "main line");
//  - the service thread: reads the broker connection, writes IOSBs and event flags,
//    fires timers, queues ASTs. It never runs user code and never takes the AST lock;
//  - the AST executor (threaded mode): runs queued ASTs one at a time while holding
//    the AST lock. $SETAST(0) on the main line takes that lock, so no AST runs while
//    ASTs are disabled, and an AST in progress finishes first. Everything an AST and
//    the main line share unprotected is then a data race ThreadSanitizer reports.
// Deterministic mode (VMSSIM_AST_MODE=deterministic): no executor; ASTs run on the
// calling thread when a service returns and while it waits (for I/O, a wake, the
// broker), only while enabled.
//
// Lock order: ast_lock, then mu, then q_mu; nobody holding mu or q_mu takes ast_lock.
#ifndef VMSSIM_RUNTIME_H
#define VMSSIM_RUNTIME_H

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "../common/wire.h"

struct _iosb;

namespace vmssim {

using AstFn = void (*)(long long);

struct Ast {
    AstFn fn;
    long long prm;
};

struct IoPending {
    _iosb *iosb;
    unsigned efn;
    AstFn ast;
    long long astprm;
    char *buf;
    std::uint32_t bufsize;
};

struct Timer {
    std::chrono::steady_clock::time_point due;
    unsigned efn;
    AstFn ast;
    unsigned long long reqidt;
    bool wake;  // $SCHDWK
    std::uint32_t wake_pid;
    std::chrono::nanoseconds repeat;
};

struct Reply {
    std::int32_t status = 0;
    std::string body;  // the fields after the status
};

class Runtime {
public:
    static Runtime &get();
    Reply call(std::uint32_t op, const std::function<void(Writer &)> &fill);
    void send_only(std::uint32_t op, const std::function<void(Writer &)> &fill);
    std::uint32_t pid() const { return pid_; }
    bool deterministic() const { return deterministic_; }

    // The AST queue has its own lock, so that queueing or running an AST does not
    // order the main line's later unrelated actions before the AST (ThreadSanitizer
    // then sees main-line/AST races however the threads happen to be scheduled).
    std::mutex q_mu;
    std::condition_variable q_cv;
    std::deque<Ast> asts;

    // state shared with the service thread, all under mu
    std::mutex mu;
    std::condition_variable cv;
    bool wake_pending = false;
    std::uint64_t efns = 0;
    std::map<std::uint32_t, IoPending> io;
    std::map<std::uint32_t, Ast> attn;
    std::vector<Timer> timers;
    std::uint32_t next_reqid = 1;

    // the AST lock and enable state
    std::mutex ast_lock;
    bool enabled = true;  // main line's view; guarded by being on the main line
    std::atomic<bool> in_ast{false};
    std::thread::id executor_id;

    void queue_ast(AstFn fn, long long prm);           // takes q_mu; caller may hold mu
    bool pop_ast(Ast *a);                              // takes q_mu
    void ast_point();                                  // deterministic delivery point
    // Waits (releasing nothing else) until pred() holds; pred runs under mu.
    void wait(const std::function<bool()> &pred);
    void poke();  // the service thread recomputes its timer deadline

private:
    Runtime();
    void connect();
    void service_loop();
    void executor_loop();
    void on_packet(const char *p, std::size_t n);
    void fire_timers();

    int fd_ = -1, event_fd_ = -1;
    std::uint32_t pid_ = 0;
    bool deterministic_ = false;
    std::mutex send_mu_;
    std::uint32_t seq_ = 0;
    std::map<std::uint32_t, Reply *> waiting_;
    std::map<std::uint32_t, bool> done_;
};

// Completion of I/O by the service thread (io.cpp); caller holds mu.
void complete_io(Runtime &rt, std::uint32_t reqid, std::uint32_t st, std::uint32_t bcnt,
                 std::uint32_t pid, const std::string &data);
void set_efn(Runtime &rt, unsigned efn);  // caller holds mu; EFN$C_ENF ignored

// Runs ast_point() when a service returns (deterministic mode delivery point).
struct ServicePoint {
    ~ServicePoint() { Runtime::get().ast_point(); }
};

}  // namespace vmssim
#endif
