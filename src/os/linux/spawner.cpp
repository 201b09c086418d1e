// Linux back end of the spawner port: fork + execve with an error pipe.
//
// Everything that can be decided or allocated is prepared in the parent
// (executable path, argv, environment, output descriptors, limits,
// capabilities, group list); the child only makes system calls, no
// allocation, so fork is safe even in a process with other threads. The child reports through a close-on-exec pipe: each
// record is a warning or a fatal failure with errno and a stage; end of file
// with no fatal record means execve succeeded. The parent reaps a child only
// when the spawn failed: a started child belongs to the event loop.
#include "os/spawner.h"

#include <fcntl.h>
#include <grp.h>
#include <pwd.h>
#include <signal.h>
#include <sys/capability.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <sched.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstring>
#include <fstream>
#include <sstream>

#include "os/linux/mapping.h"
#include "os/process.h"

namespace sv::os {

namespace {

std::string quoted(const std::string& s) { return "'" + s + "'"; }

// ---- start time ---------------------------------------------------------

// Reads /proc/PID/stat: the state letter (field 3) and the start time in
// clock ticks since boot (field 22). comm (field 2) may hold spaces and
// parentheses, so fields are counted from the last ')'.
bool read_stat(int64_t pid, char* state, uint64_t* start) {
    if (pid <= 0) return false;
    std::ifstream in("/proc/" + std::to_string(pid) + "/stat");
    std::string line;
    if (!in || !std::getline(in, line)) return false;
    size_t close = line.rfind(')');
    if (close == std::string::npos) return false;
    std::istringstream rest(line.substr(close + 1));
    std::string field;
    for (int n = 3; n <= 22; ++n) {
        if (!(rest >> field)) return false;
        if (n == 3) *state = field.empty() ? '?' : field[0];
    }
    if (field.empty() || field.find_first_not_of("0123456789") != std::string::npos) return false;
    errno = 0;
    unsigned long long v = std::strtoull(field.c_str(), nullptr, 10);
    if (errno != 0) return false;
    *start = static_cast<uint64_t>(v);
    return true;
}

// ---- signals --------------------------------------------------------------

struct SignalRow {
    const char* name;
    int number;
};
const SignalRow signal_table[] = {
    {"HUP", SIGHUP},   {"INT", SIGINT},       {"QUIT", SIGQUIT},   {"ILL", SIGILL},
    {"TRAP", SIGTRAP}, {"ABRT", SIGABRT},     {"IOT", SIGABRT},    {"BUS", SIGBUS},
    {"FPE", SIGFPE},   {"KILL", SIGKILL},     {"USR1", SIGUSR1},   {"SEGV", SIGSEGV},
    {"USR2", SIGUSR2}, {"PIPE", SIGPIPE},     {"ALRM", SIGALRM},   {"TERM", SIGTERM},
    {"STKFLT", SIGSTKFLT}, {"CHLD", SIGCHLD}, {"CLD", SIGCHLD},    {"CONT", SIGCONT},
    {"STOP", SIGSTOP}, {"TSTP", SIGTSTP},     {"TTIN", SIGTTIN},   {"TTOU", SIGTTOU},
    {"URG", SIGURG},   {"XCPU", SIGXCPU},     {"XFSZ", SIGXFSZ},   {"VTALRM", SIGVTALRM},
    {"PROF", SIGPROF}, {"WINCH", SIGWINCH},   {"IO", SIGIO},       {"POLL", SIGIO},
    {"PWR", SIGPWR},   {"SYS", SIGSYS},
};

// A signal name (TERM, SIGTERM, term) or a decimal number to its number; 0 when unknown.
int signal_number(const std::string& given) {
    std::string name;
    for (char c : given) name += static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
    if (name.rfind("SIG", 0) == 0) name = name.substr(3);
    if (!name.empty() && name.size() < 4 && name.find_first_not_of("0123456789") == std::string::npos) {
        int n = std::stoi(name);
        return n >= 1 && n < NSIG ? n : 0;
    }
    for (const SignalRow& row : signal_table)
        if (name == row.name) return row.number;
    return 0;
}

// ---- preparing a spawn ------------------------------------------------------

struct Account {
    std::string name, home, shell;
    uid_t uid = 0;
    gid_t gid = 0;
};

bool find_account(const std::string& name, Account* out) {
    std::vector<char> buf(16384);
    struct passwd pw {};
    struct passwd* found = nullptr;
    while (::getpwnam_r(name.c_str(), &pw, buf.data(), buf.size(), &found) == ERANGE && buf.size() < (1u << 20))
        buf.resize(buf.size() * 2);
    if (!found) return false;
    *out = {found->pw_name, found->pw_dir, found->pw_shell, found->pw_uid, found->pw_gid};
    return true;
}

std::vector<gid_t> groups_of(const Account& a) {
    int n = 64;
    std::vector<gid_t> groups(static_cast<size_t>(n));
    while (::getgrouplist(a.name.c_str(), a.gid, groups.data(), &n) < 0 && n < 65536)
        groups.resize(static_cast<size_t>(n > static_cast<int>(groups.size()) ? n : 2 * groups.size()));
    groups.resize(static_cast<size_t>(n < 0 ? 0 : n));
    return groups;
}

// Environment the child starts with: the server's, then the SUPERVISOR_
// variables, then the account's login variables (unless nouaf), then the
// program's own `environment`, each layer overriding the one before.
std::vector<std::pair<std::string, std::string>> child_environment(const ProgramSpec& spec, const Account* acct) {
    std::map<std::string, std::string> env = environment();
    env["SUPERVISOR_ENABLED"] = "1";
    env["SUPERVISOR_PROCESS_NAME"] = spec.name;
    env["SUPERVISOR_GROUP_NAME"] = spec.group_name.empty() ? spec.program_name : spec.group_name;
    if (acct && !spec.nouaf) {
        env["HOME"] = acct->home;
        env["USER"] = acct->name;
        env["LOGNAME"] = acct->name;
        env["SHELL"] = acct->shell;
    }
    for (const auto& kv : spec.environment) env[kv.first] = kv.second;
    return {env.begin(), env.end()};
}

// What execve will run: `image` when set, else argv[0]; a name without '/'
// is looked up along PATH. Relative paths are checked against the
// program's directory, where the child will be when it calls execve.
bool resolve_command(const ProgramSpec& spec, const std::string& path_var, std::string* path, std::string* error) {
    std::string program = spec.image.empty() ? spec.argv.front() : spec.image;
    auto located = [&](const std::string& p) {
        return p[0] != '/' && !spec.directory.empty() ? spec.directory + "/" + p : p;
    };
    struct stat st {};
    std::string found;
    if (program.empty()) {
        // nothing to look for
    } else if (program.find('/') != std::string::npos) {
        if (::stat(located(program).c_str(), &st) == 0) found = program;
    } else {
        std::string first;  // first existing file, even when not executable
        std::istringstream dirs(path_var.empty() ? "/usr/local/bin:/usr/bin:/bin" : path_var);
        std::string dir;
        while (std::getline(dirs, dir, ':')) {
            std::string candidate = (dir.empty() ? "." : dir) + "/" + program;
            if (::stat(located(candidate).c_str(), &st) != 0) continue;
            if (first.empty()) first = candidate;
            if (S_ISREG(st.st_mode) && (st.st_mode & 0111)) {
                found = candidate;
                break;
            }
        }
        if (found.empty()) found = first;
        if (!found.empty()) ::stat(located(found).c_str(), &st);
    }
    if (found.empty()) return *error = "can't find command " + quoted(program), false;
    if (S_ISDIR(st.st_mode) || !(st.st_mode & 0111))
        return *error = "command at " + quoted(found) + " is not executable", false;
    *path = found;
    return true;
}

// Opens an output file for the child, close-on-exec in the server.
int open_output(const std::string& file, std::string* error) {
    std::string path = file.empty() ? "/dev/null" : file;
    // O_NONBLOCK so a FIFO without a reader fails instead of hanging the server.
    int fd = ::open(path.c_str(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC | O_NONBLOCK, 0644);
    if (fd < 0) {
        *error = "couldn't open " + path + ": " + std::strerror(errno);
        return -1;
    }
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    return fd;
}

// ---- kt_limit: a pids cgroup per process -------------------------------

// The mount point of the cgroup hierarchy that carries the pids
// controller (v2: the unified hierarchy when it offers pids; v1: the pids
// hierarchy) and the server's own cgroup in it.
bool pids_cgroup_of_server(std::string* dir, bool* v2, std::string* why) {
    std::ifstream mounts("/proc/self/mountinfo");
    std::string line, v2_mount, v1_mount;
    while (std::getline(mounts, line)) {
        std::istringstream f(line);
        std::string id, parent, dev, root, mount_point, opts, tok;
        f >> id >> parent >> dev >> root >> mount_point >> opts;
        while (f >> tok && tok != "-") {}
        std::string fstype, source, super;
        f >> fstype >> source >> super;
        if (fstype == "cgroup2" && v2_mount.empty()) v2_mount = mount_point;
        if (fstype == "cgroup" && ("," + super + ",").find(",pids,") != std::string::npos) v1_mount = mount_point;
    }
    std::ifstream own("/proc/self/cgroup");
    std::string v2_path, v1_path;
    while (std::getline(own, line)) {
        size_t a = line.find(':'), b = line.find(':', a + 1);
        if (a == std::string::npos || b == std::string::npos) continue;
        std::string controllers = line.substr(a + 1, b - a - 1), path = line.substr(b + 1);
        if (line.compare(0, a, "0") == 0 && controllers.empty()) v2_path = path;
        if (("," + controllers + ",").find(",pids,") != std::string::npos) v1_path = path;
    }
    if (!v2_mount.empty() && !v2_path.empty()) {
        std::ifstream ctl(v2_mount + v2_path + "/cgroup.controllers");
        std::string word;
        while (ctl >> word)
            if (word == "pids") return *dir = v2_mount + v2_path, *v2 = true, true;
    }
    if (!v1_mount.empty() && !v1_path.empty()) return *dir = v1_mount + v1_path, *v2 = false, true;
    *why = "no pids cgroup controller is mounted";
    return false;
}

bool write_file(const std::string& path, const std::string& text, std::string* why) {
    int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
    if (fd < 0 || ::write(fd, text.data(), text.size()) != static_cast<ssize_t>(text.size())) {
        *why = path + ": " + std::strerror(errno);
        if (fd >= 0) ::close(fd);
        return false;
    }
    ::close(fd);
    return true;
}

// Creates supervise-<name> under the server's own pids cgroup with the limit
// and returns the cgroup.procs file the child writes itself into.
bool prepare_kt_limit(const ProgramSpec& spec, std::string* procs, std::string* why) {
    std::string base;
    bool v2 = false;
    if (!pids_cgroup_of_server(&base, &v2, why)) return false;
    if (v2) write_file(base + "/cgroup.subtree_control", "+pids", why);  // may already be enabled
    std::string dir = base + "/supervise-" + spec.name;
    if (::mkdir(dir.c_str(), 0755) != 0 && errno != EEXIST) return *why = dir + ": " + std::strerror(errno), false;
    if (!write_file(dir + "/pids.max", std::to_string(*spec.kt_limit), why)) return false;
    *procs = dir + "/cgroup.procs";
    return true;
}

// ---- the child, between fork and execve ------------------------------------

enum class ChildStage : int32_t { setup, rlimit, nice, realtime, cgroup, user, capabilities, chdir, exec };

// One record on the report pipe.
struct ChildReport {
    int32_t fatal;   // 1: the spawn failed (the child exits 127); 0: a warning
    int32_t stage;   // ChildStage
    int32_t error;   // errno
    int32_t index;   // which quota, for ChildStage::rlimit
};

struct ChildLimit {
    int resource;
    rlim_t value;
};

// Everything the child does, prepared by the parent: plain pointers into
// the parent's memory, which the child sees as its copy.
struct ChildPlan {
    const char* path = nullptr;
    char* const* argv = nullptr;
    char* const* envp = nullptr;
    int stdin_fd = -1, stdout_fd = -1, stderr_fd = -1;
    int report_fd = -1;
    const ChildLimit* limits = nullptr;
    size_t limit_count = 0;
    bool set_priority = false, realtime = false;
    int nice = 0, rt_priority = 0;
    const char* cgroup_procs = nullptr;   // kt_limit: cgroup.procs to join, or null
    bool switch_user = false;
    uid_t uid = 0;
    gid_t gid = 0;
    const gid_t* groups = nullptr;
    size_t group_count = 0;
    cap_t caps = nullptr;                 // capabilities kept across the user switch
    const int* cap_list = nullptr;
    size_t cap_count = 0;
    const char* directory = nullptr;
    bool set_umask = false;
    mode_t umask = 0;
};

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

// Closes every descriptor from `from` up to `to` included.
void close_between(unsigned from, unsigned to) {
    if (from > to) return;
#ifdef SYS_close_range
    if (::syscall(SYS_close_range, from, to, 0) == 0) return;
#endif
    // Older kernels: walk /proc/self/fd with getdents64, no allocation.
    int dir = ::open("/proc/self/fd", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir < 0) {
        for (unsigned fd = from; fd <= to && fd < 65536; ++fd) ::close(static_cast<int>(fd));
        return;
    }
    alignas(8) char buf[4096];
    for (;;) {
        long n = ::syscall(SYS_getdents64, dir, buf, sizeof buf);
        if (n <= 0) break;
        for (long off = 0; off < n;) {
            unsigned short reclen;
            std::memcpy(&reclen, buf + off + 16, sizeof reclen);
            const char* name = buf + off + 19;
            unsigned fd = 0;
            bool number = *name != '\0';
            for (const char* c = name; *c; ++c) {
                if (*c < '0' || *c > '9') number = false;
                else fd = fd * 10 + static_cast<unsigned>(*c - '0');
            }
            if (number && fd >= from && fd <= to && static_cast<int>(fd) != dir) ::close(static_cast<int>(fd));
            off += reclen;
        }
    }
    ::close(dir);
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

[[noreturn]] void run_child(ChildPlan plan) {
    reset_signals();
    ::setpgid(0, 0);
    setup_descriptors(plan);
    apply_limits_and_priority(plan);
    switch_user(plan);
    if (plan.directory && ::chdir(plan.directory) != 0) die(plan, ChildStage::chdir, errno);
    if (plan.set_umask) ::umask(plan.umask);
    ::execve(plan.path, plan.argv, plan.envp);
    die(plan, ChildStage::exec, errno);
}

// ---- the spawner ---------------------------------------------------------------

std::string child_failure(const ChildReport& r, const ChildPlan& plan, const ProgramSpec& spec,
                          const mapping::LimitPlan& limits) {
    std::string why = std::strerror(r.error);
    switch (static_cast<ChildStage>(r.stage)) {
    case ChildStage::rlimit: {
        const auto& l = limits.limits.at(static_cast<size_t>(r.index));
        std::string value = l.value == mapping::unlimited ? "unlimited" : std::to_string(l.value);
        return "couldn't set quota " + l.quota + " (" + l.rlimit + " = " + value + "): " + why;
    }
    case ChildStage::nice:
        return "baspri " + std::to_string(spec.baspri) + " not applied (nice " + std::to_string(plan.nice) +
               "): " + why;
    case ChildStage::realtime:
        return "baspri " + std::to_string(spec.baspri) + " not applied (SCHED_RR " +
               std::to_string(plan.rt_priority) + "): " + why;
    case ChildStage::cgroup: return "kt_limit not applied: couldn't join the pids cgroup: " + why;
    case ChildStage::user: return "couldn't setuid to " + spec.user + ": " + why;
    case ChildStage::capabilities: return "couldn't grant privileges to " + spec.user + ": " + why;
    case ChildStage::chdir: return "couldn't chdir to " + spec.directory + ": " + why;
    case ChildStage::exec: return "couldn't exec " + std::string(plan.path) + ": " + why;
    default: return "couldn't set up the child process: " + why;
    }
}

class LinuxSpawner : public Spawner {
public:
    SpawnResult spawn(const ProgramSpec& spec) override;
    bool signal(int64_t pid, const std::string& signame, bool group, std::string* error) override;
};

// Descriptors and capability state owned by one spawn, released on every path.
struct SpawnResources {
    std::vector<int> fds;
    cap_t caps = nullptr;
    ~SpawnResources() {
        for (int fd : fds)
            if (fd >= 0) ::close(fd);
        if (caps) cap_free(caps);
    }
};

SpawnResult LinuxSpawner::spawn(const ProgramSpec& spec) {
    SpawnResult result;
    auto fail = [&](std::string text) {
        result.ok = false;
        result.error = std::move(text);
        return result;
    };
    if (spec.argv.empty() && spec.image.empty()) return fail("no command to run");
    ChildPlan plan;
    SpawnResources res;

    // User, groups and login variables.
    Account acct;
    bool switch_user = false;
    if (!spec.user.empty()) {
        if (!find_account(spec.user, &acct)) return fail("couldn't setuid to " + spec.user + ": no such user");
        if (acct.uid != ::geteuid()) {
            if (::geteuid() != 0) return fail("couldn't setuid to " + spec.user + ": the server is not running as root");
            switch_user = true;
        }
    }
    std::vector<gid_t> groups;
    if (switch_user && !spec.nouaf) groups = groups_of(acct);
    plan.switch_user = switch_user;
    plan.uid = acct.uid;
    plan.gid = acct.gid;
    plan.groups = groups.data();
    plan.group_count = groups.size();

    // Command line and environment.
    auto env = child_environment(spec, switch_user ? &acct : nullptr);
    std::string path_var;
    for (const auto& kv : env)
        if (kv.first == "PATH") path_var = kv.second;
    std::string path;
    if (!resolve_command(spec, path_var, &path, &result.error)) return result;
    std::vector<std::string> args = spec.argv.empty() ? std::vector<std::string>{spec.image} : spec.argv;
    std::vector<char*> argv, envp;
    for (auto& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    std::vector<std::string> env_lines;
    for (const auto& kv : env) env_lines.push_back(kv.first + "=" + kv.second);
    for (auto& e : env_lines) envp.push_back(e.data());
    envp.push_back(nullptr);
    plan.path = path.c_str();
    plan.argv = argv.data();
    plan.envp = envp.data();
    plan.directory = spec.directory.empty() ? nullptr : spec.directory.c_str();
    plan.set_umask = spec.umask.has_value();
    plan.umask = spec.umask ? static_cast<mode_t>(*spec.umask) : 0;

    // Standard descriptors.
    std::string err;
    plan.stdin_fd = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
    res.fds.push_back(plan.stdin_fd);
    if (plan.stdin_fd < 0) return fail(std::string("couldn't open /dev/null: ") + std::strerror(errno));
    plan.stdout_fd = open_output(spec.stdout_file, &err);
    res.fds.push_back(plan.stdout_fd);
    if (plan.stdout_fd < 0) return fail(err);
    if (spec.redirect_stderr) {
        plan.stderr_fd = plan.stdout_fd;
    } else {
        plan.stderr_fd = open_output(spec.stderr_file, &err);
        res.fds.push_back(plan.stderr_fd);
        if (plan.stderr_fd < 0) return fail(err);
    }

    // Quotas, base priority, privileges, kt_limit.
    mapping::LimitPlan limits = mapping::map_quotas(spec.quotas);
    result.warnings = limits.warnings;
    std::vector<ChildLimit> child_limits;
    for (const auto& l : limits.limits) child_limits.push_back({l.resource, static_cast<rlim_t>(l.value)});
    plan.limits = child_limits.data();
    plan.limit_count = child_limits.size();

    mapping::PriorityPlan prio = mapping::map_baspri(spec.baspri);
    plan.set_priority = spec.baspri != 4;
    plan.realtime = prio.realtime;
    plan.nice = prio.nice;
    plan.rt_priority = prio.rt_priority;

    mapping::CapabilityPlan caps = mapping::map_privileges(spec.privileges);
    if (!caps.error.empty()) return fail("couldn't grant privileges: " + caps.error);
    result.warnings.insert(result.warnings.end(), caps.warnings.begin(), caps.warnings.end());
    std::vector<int> cap_list;
    if (!caps.caps.empty()) {
        if (::geteuid() != 0) return fail("couldn't grant privileges: capabilities can only be given by a server running as root");
        // A child that stays root already holds every capability.
        if (switch_user) {
            cap_list = caps.caps;
            res.caps = cap_init();
            std::vector<cap_value_t> values(cap_list.begin(), cap_list.end());
            for (cap_flag_t flag : {CAP_PERMITTED, CAP_EFFECTIVE, CAP_INHERITABLE})
                cap_set_flag(res.caps, flag, static_cast<int>(values.size()), values.data(), CAP_SET);
        }
    }
    plan.caps = res.caps;
    plan.cap_list = cap_list.data();
    plan.cap_count = cap_list.size();

    std::string procs;
    if (spec.kt_limit) {
        std::string why;
        if (prepare_kt_limit(spec, &procs, &why))
            plan.cgroup_procs = procs.c_str();
        else
            result.warnings.push_back("kt_limit not applied: " + why);
    }

    // Fork; the child never returns from run_child.
    int pipefd[2];
    if (::pipe2(pipefd, O_CLOEXEC) != 0) return fail(std::string("couldn't create a pipe: ") + std::strerror(errno));
    res.fds.push_back(pipefd[0]);
    plan.report_fd = pipefd[1];
    pid_t pid = ::fork();
    if (pid < 0) {
        ::close(pipefd[1]);
        return fail(std::string("couldn't fork: ") + std::strerror(errno));
    }
    if (pid == 0) run_child(plan);
    ::close(pipefd[1]);
    ::setpgid(pid, pid);  // also done by the child; whichever runs first wins, the other may fail

    bool fatal = false;
    ChildReport r{};
    for (;;) {
        ssize_t n = ::read(pipefd[0], &r, sizeof r);
        if (n < 0 && errno == EINTR) continue;
        if (n != static_cast<ssize_t>(sizeof r)) break;
        std::string text = child_failure(r, plan, spec, limits);
        if (r.fatal) {
            fatal = true;
            result.error = text;
        } else {
            result.warnings.push_back(text);
        }
    }
    if (fatal) {
        while (::waitpid(pid, nullptr, 0) < 0 && errno == EINTR) {}
        return result;
    }
    result.ok = true;
    result.pid = pid;
    char state = 0;
    read_stat(pid, &state, &result.start_time);
    return result;
}

bool LinuxSpawner::signal(int64_t pid, const std::string& signame, bool group, std::string* error) {
    int signo = signal_number(signame);
    if (signo == 0) return *error = "unknown signal " + quoted(signame), false;
    if (pid <= 1) return *error = "refusing to signal pid " + std::to_string(pid), false;
    pid_t target = static_cast<pid_t>(group ? -pid : pid);
    if (::kill(target, signo) == 0 || errno == ESRCH) return true;
    *error = "couldn't send SIG" + signame + " to " + (group ? "process group " : "pid ") + std::to_string(pid) +
             ": " + std::strerror(errno);
    return false;
}

}  // namespace

std::unique_ptr<Spawner> make_spawner() { return std::make_unique<LinuxSpawner>(); }

std::optional<uint64_t> process_start_time(int64_t pid) {
    char state = 0;
    uint64_t start = 0;
    if (!read_stat(pid, &state, &start)) return std::nullopt;
    if (state == 'Z' || state == 'X' || state == 'x') return std::nullopt;
    return start;
}

std::string signal_name(int64_t signo) {
    for (const SignalRow& row : signal_table)
        if (row.number == signo && std::strcmp(row.name, "IOT") != 0 && std::strcmp(row.name, "CLD") != 0 &&
            std::strcmp(row.name, "POLL") != 0)
            return std::string("SIG") + row.name;
    return "signal " + std::to_string(signo);
}

bool signal_known(const std::string& name) { return signal_number(name) != 0; }

}  // namespace sv::os
