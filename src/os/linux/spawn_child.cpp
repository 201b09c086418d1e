// The spawner's child between fork and execve: system calls only, no
// allocation, so it is safe after fork. Every failure goes to the report
// pipe as a ChildReport (mapping.h).
#include <fcntl.h>
#include <grp.h>
#include <sched.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstring>

#include "os/linux/mapping.h"

namespace sv::os::mapping {

namespace {

void report(const ChildPlan& plan, bool fatal, ChildStage stage, int err, int index = 0) {
    ChildReport r{fatal ? 1 : 0, static_cast<int32_t>(stage), err, index};
    ssize_t n;
    do {
        n = ::write(plan.report_fd, &r, sizeof r);
    } while (n < 0 && errno == EINTR);
}

[[noreturn]] void die(const ChildPlan& plan, ChildStage stage, int err, int index = 0) {
    report(plan, true, stage, err, index);
    ::_exit(127);
}

// Moves a descriptor to 3 or above, so dup2 onto 0, 1, 2 cannot clobber it.
int above_std(int fd) {
    if (fd < 0 || fd > 2) return fd;
    return ::fcntl(fd, F_DUPFD_CLOEXEC, 3);
}

// One pass over the /proc/self/fd listing open as `dir`: closes the
// descriptors in [from, to] and returns how many it closed.
int close_listed(int dir, unsigned from, unsigned to) {
    alignas(8) char buf[4096];
    int closed = 0;
    for (;;) {
        long n = ::syscall(SYS_getdents64, dir, buf, sizeof buf);
        if (n <= 0) return closed;
        for (long off = 0; off < n;) {
            unsigned short reclen;  // struct linux_dirent64: d_reclen at 16, d_name at 19
            std::memcpy(&reclen, buf + off + 16, sizeof reclen);
            const char* name = buf + off + 19;
            unsigned fd = 0;
            bool number = *name != '\0';
            for (const char* c = name; *c; ++c) {
                if (*c < '0' || *c > '9') number = false;
                else fd = fd * 10 + static_cast<unsigned>(*c - '0');
            }
            if (number && fd >= from && fd <= to && static_cast<int>(fd) != dir && ::close(static_cast<int>(fd)) == 0)
                ++closed;
            off += reclen;
        }
    }
}

// Closes every descriptor from `from` up to `to` included.
void close_between(unsigned from, unsigned to) {
    if (from > to) return;
#ifdef SYS_close_range
    if (::syscall(SYS_close_range, from, to, 0) == 0) return;
#endif
    // Older kernels: walk /proc/self/fd with getdents64, no allocation.
    // Closing while listing may shift the listing, so passes repeat until
    // one finds nothing left to close.
    int dir = ::open("/proc/self/fd", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir < 0) {
        for (unsigned fd = from; fd <= to && fd < 65536; ++fd) ::close(static_cast<int>(fd));
        return;
    }
    for (int pass = 0; pass < 64 && close_listed(dir, from, to) > 0; ++pass) ::lseek(dir, 0, SEEK_SET);
    ::close(dir);
}

// The child's own start time (field 22 of /proc/self/stat, clock ticks since
// boot), read into a stack buffer: no allocation. 0 when it cannot be read.
uint64_t own_start_time() {
    char buf[2048];
    int fd = ::open("/proc/self/stat", O_RDONLY | O_CLOEXEC);
    if (fd < 0) return 0;
    ssize_t n = ::read(fd, buf, sizeof buf - 1);
    ::close(fd);
    if (n <= 0) return 0;
    buf[n] = '\0';
    const char* p = nullptr;
    for (const char* c = buf; *c; ++c)
        if (*c == ')') p = c;   // comm may hold ')': fields count from the last one
    if (!p) return 0;
    int field = 2;
    for (++p; *p && field < 22; ++p)
        if (*p == ' ') ++field;
    uint64_t v = 0;
    bool digits = false;
    for (; *p >= '0' && *p <= '9'; ++p, digits = true) v = v * 10 + static_cast<uint64_t>(*p - '0');
    return digits ? v : 0;
}

// Writes the process's own table entry; until it is in place the program
// does not run, so a server that dies at any instant leaves no program the
// table does not name.
void record_self(const ChildPlan& plan) {
    if (!plan.record) return;
    if (plan.kill_parent_before_record) ::kill(::getppid(), SIGKILL);
    uint64_t start = own_start_time();
    if (start == 0) die(plan, ChildStage::record, errno ? errno : EIO);
    if (!plan.record->write(static_cast<int64_t>(::syscall(SYS_getpid)), start))
        die(plan, ChildStage::record, errno);
    if (plan.kill_parent_after_record) ::kill(::getppid(), SIGKILL);
}

void reset_signals() {
    struct sigaction dfl {};
    dfl.sa_handler = SIG_DFL;
    sigemptyset(&dfl.sa_mask);
    for (int s = 1; s < NSIG; ++s)
        if (s != SIGKILL && s != SIGSTOP) ::sigaction(s, &dfl, nullptr);
    sigset_t none;
    sigemptyset(&none);
    ::sigprocmask(SIG_SETMASK, &none, nullptr);
}

void setup_descriptors(ChildPlan& plan) {
    plan.report_fd = above_std(plan.report_fd);
    int in = above_std(plan.stdin_fd), out = above_std(plan.stdout_fd), err = above_std(plan.stderr_fd);
    if (in < 0 || out < 0 || err < 0 || ::dup2(in, 0) < 0 || ::dup2(out, 1) < 0 || ::dup2(err, 2) < 0)
        die(plan, ChildStage::setup, errno);
    unsigned keep = static_cast<unsigned>(plan.report_fd);
    close_between(3, keep - 1);
    close_between(keep + 1, UINT_MAX);
}

void apply_limits_and_priority(const ChildPlan& plan) {
    if (plan.nofile_soft != 0) {
        struct rlimit now {};
        if (::getrlimit(RLIMIT_NOFILE, &now) == 0 && now.rlim_cur > plan.nofile_soft) {
            now.rlim_cur = plan.nofile_soft;
            (void)::setrlimit(RLIMIT_NOFILE, &now);   // lowering the soft limit cannot fail
        }
    }
    for (size_t i = 0; i < plan.limit_count; ++i) {
        struct rlimit rl {plan.limits[i].value, plan.limits[i].value};
        if (::setrlimit(plan.limits[i].resource, &rl) != 0) die(plan, ChildStage::rlimit, errno, static_cast<int>(i));
    }
    if (plan.set_priority && plan.realtime) {
        struct sched_param sp {};
        sp.sched_priority = plan.rt_priority;
        if (::sched_setscheduler(0, SCHED_RR, &sp) != 0) report(plan, false, ChildStage::realtime, errno);
    } else if (plan.set_priority && ::setpriority(PRIO_PROCESS, 0, plan.nice) != 0) {
        report(plan, false, ChildStage::nice, errno);
    }
    if (plan.cgroup_procs) {
        int fd = ::open(plan.cgroup_procs, O_WRONLY | O_CLOEXEC);
        if (fd < 0 || ::write(fd, "0", 1) != 1) report(plan, false, ChildStage::cgroup, errno);
        if (fd >= 0) ::close(fd);
    }
}

// setgroups, setgid, setuid; capabilities survive the switch through
// PR_SET_KEEPCAPS and are then raised into the ambient set, the only set
// execve hands on to a program without file capabilities.
void switch_user(const ChildPlan& plan) {
    if (!plan.switch_user) return;
    if (plan.caps && ::prctl(PR_SET_KEEPCAPS, 1L, 0L, 0L, 0L) != 0) die(plan, ChildStage::capabilities, errno);
    if (::setgroups(plan.group_count, plan.groups) != 0 || ::setgid(plan.gid) != 0 || ::setuid(plan.uid) != 0)
        die(plan, ChildStage::user, errno);
    if (!plan.caps) return;
    if (cap_set_proc(plan.caps) != 0) die(plan, ChildStage::capabilities, errno);
    for (size_t i = 0; i < plan.cap_count; ++i)
        if (::prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_RAISE, static_cast<unsigned long>(plan.cap_list[i]), 0L, 0L) != 0)
            die(plan, ChildStage::capabilities, errno);
}

}  // namespace

[[noreturn]] void run_child(ChildPlan plan) {
    reset_signals();
    ::setpgid(0, 0);
    // Still holding every descriptor of the server, the table lock among
    // them: the next server cannot read the table until this entry is in
    // it or this process is gone (os/linux/store.cpp, the lock).
    record_self(plan);
    setup_descriptors(plan);
    apply_limits_and_priority(plan);
    switch_user(plan);
    if (plan.directory && ::chdir(plan.directory) != 0) die(plan, ChildStage::chdir, errno);
    if (plan.set_umask) ::umask(plan.umask);
    ::execve(plan.path, plan.argv, plan.envp);
    die(plan, ChildStage::exec, errno);
}

}  // namespace sv::os::mapping
