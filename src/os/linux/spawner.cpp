// Linux back end of the spawner port: clone (vfork-style) + execve with an error pipe.
//
// Everything that can be decided or allocated is prepared in the parent
// (executable path, argv, environment, output descriptors, limits,
// capabilities, group list); the child (spawn_child.cpp) only makes system
// calls and allocates nothing. The child reports through a close-on-exec
// pipe: each record is a warning or a fatal failure with errno and a stage;
// end of file with no fatal record means execve succeeded. The parent reaps a child only
// when the spawn failed: a started child belongs to the event loop.
#include "os/spawner.h"

#include <fcntl.h>
#include <grp.h>
#include <pwd.h>
#include <signal.h>
#include <sched.h>
#include <sys/capability.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "core/fsm.h"
#include "os/failpoint.h"
#include "os/linux/auto_log.h"
#include "os/linux/mapping.h"
#include "core/text.h"
#include "os/linux/process_linux.h"
#include "os/process.h"

namespace sv::os {

namespace {

using mapping::ChildLimit;
using mapping::ChildPlan;
using mapping::ChildReport;
using mapping::ChildStage;

std::string quoted(const std::string& s) { return "'" + s + "'"; }

// ---- start time ---------------------------------------------------------

// Reads /proc/PID/stat: the state letter (field 3) and the start time in
// clock ticks since boot (field 22). comm (field 2) may hold spaces and
// parentheses, so fields are counted from the last ')'.
bool read_stat(int64_t pid, char* state, uint64_t* start) {
    if (pid <= 0) return false;
    std::string line;
    if (!read_small_file("/proc/" + std::to_string(pid) + "/stat", &line)) return false;
    size_t close = line.rfind(')');
    if (close == std::string::npos) return false;
    std::vector<std::string> fields = split(std::string_view(line).substr(close + 1), " \n", Empties::drop);
    if (fields.size() < 20) return false;  // fields 3..22
    const std::string& field = fields[19];
    *state = fields[0].empty() ? '?' : fields[0][0];
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

// RTMIN, RTMIN+n, RTMAX-n, RTMAX (as kill -l names them) to a number; 0 otherwise.
int realtime_signal(const std::string& name) {
    int base = name.rfind("RTMIN", 0) == 0 ? SIGRTMIN : name.rfind("RTMAX", 0) == 0 ? SIGRTMAX : 0;
    if (base == 0) return 0;
    std::string rest = name.substr(5);
    if (rest.empty()) return base;
    char sign = base == SIGRTMIN ? '+' : '-';
    if (rest.size() < 2 || rest.size() > 3 || rest[0] != sign ||
        rest.find_first_not_of("0123456789", 1) != std::string::npos)
        return 0;
    int n = std::stoi(rest.substr(1));
    int number = sign == '+' ? base + n : base - n;
    return number >= SIGRTMIN && number <= SIGRTMAX ? number : 0;
}

// A signal name (TERM, SIGTERM, term) or a decimal number to its number; 0 when unknown.
int signal_number(const std::string& given) {
    std::string name = upcase(given);
    if (name.rfind("SIG", 0) == 0) name = name.substr(3);
    if (!name.empty() && name.size() < 4 && name.find_first_not_of("0123456789") == std::string::npos) {
        int n = std::stoi(name);
        return n >= 1 && n < NSIG ? n : 0;
    }
    for (const SignalRow& row : signal_table)
        if (name == row.name) return row.number;
    return realtime_signal(name);
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
    env.erase("SUPERVISORD_PASSWORD");   // the control password is never handed on
    env["SUPERVISOR_ENABLED"] = "1";
    env["SUPERVISOR_PROCESS_NAME"] = spec.process_name.empty() ? spec.name : spec.process_name;
    env["SUPERVISOR_GROUP_NAME"] = spec.group_name.empty() ? spec.program_name : spec.group_name;
    if (!spec.serverurl.empty() && spec.serverurl != "AUTO") env["SUPERVISOR_SERVER_URL"] = spec.serverurl;
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
bool resolve_command(const ProgramSpec& spec, const std::string& path_var, std::string* path, std::string* error,
                     bool* not_found) {
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
        for (const std::string& dir : split(path_var.empty() ? "/usr/local/bin:/usr/bin:/bin" : path_var, ":",
                                            Empties::keep)) {
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
    if (found.empty()) return *not_found = true, *error = "can't find command " + quoted(program), false;
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

// CLEAR of one output file: truncated in place, so the process, which has
// it open with O_APPEND, writes its next output at offset 0. Only a regular
// file is emptied; a missing file, the null device, a FIFO or a terminal
// has nothing to empty.
bool empty_output(const std::string& file, std::string* error) {
    struct stat st {};
    if (file.empty() || ::stat(file.c_str(), &st) != 0) {
        if (file.empty() || errno == ENOENT) return true;
        return *error = "couldn't empty " + file + ": " + std::strerror(errno), false;
    }
    if (!S_ISREG(st.st_mode) || st.st_size == 0) return true;
    if (::truncate(file.c_str(), 0) != 0) return *error = "couldn't empty " + file + ": " + std::strerror(errno), false;
    return true;
}

// A standard input that never gives end of file and that nobody else holds:
// a pipe reopened read-write through /proc, so the child is its own writer
// (a program reading stdin waits, as under supervisor's open pipe, and
// still does when the server is gone). The null device when /proc fails.
int open_stdin(std::string* error) {
    int p[2];
    if (::pipe2(p, O_CLOEXEC) == 0) {
        int fd = ::open(("/proc/self/fd/" + std::to_string(p[0])).c_str(), O_RDWR | O_CLOEXEC);
        ::close(p[0]);
        ::close(p[1]);
        if (fd >= 0) return fd;
    }
    int fd = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
    if (fd < 0) *error = std::string("couldn't open /dev/null: ") + std::strerror(errno);
    return fd;
}

// ---- kt_limit: a pids cgroup per process -------------------------------

// The mount point of the cgroup hierarchy that carries the pids
// controller (v2: the unified hierarchy when it offers pids; v1: the pids
// hierarchy) and the server's own cgroup in it.
bool pids_cgroup_of_server(std::string* dir, bool* v2, std::string* why) {
    std::string text, v2_mount, v1_mount;
    read_small_file("/proc/self/mountinfo", &text);
    for (const auto& line : split(text, "\n", Empties::drop)) {
        // id parent dev root mount-point options [optional...] - fstype source super-options
        std::vector<std::string> f = split(line, " ", Empties::drop);
        auto dash = std::find(f.begin(), f.end(), "-");
        if (f.size() < 6 || f.end() - dash < 4) continue;
        const std::string &mount_point = f[4], &fstype = dash[1], &super = dash[3];
        if (fstype == "cgroup2" && v2_mount.empty()) v2_mount = mount_point;
        if (fstype == "cgroup" && ("," + super + ",").find(",pids,") != std::string::npos) v1_mount = mount_point;
    }
    std::string v2_path, v1_path;
    bool found_v2 = false, found_v1 = false;
    read_small_file("/proc/self/cgroup", &text);
    for (const auto& line : split(text, "\n", Empties::drop)) {
        size_t a = line.find(':'), b = line.find(':', a + 1);
        if (a == std::string::npos || b == std::string::npos) continue;
        std::string controllers = line.substr(a + 1, b - a - 1), path = line.substr(b + 1);
        if (path == "/") path.clear();  // the hierarchy's root: no extra component
        if (line.compare(0, a, "0") == 0 && controllers.empty()) v2_path = path, found_v2 = true;
        if (("," + controllers + ",").find(",pids,") != std::string::npos) v1_path = path, found_v1 = true;
    }
    if (!v2_mount.empty() && found_v2 && read_small_file(v2_mount + v2_path + "/cgroup.controllers", &text))
        for (const auto& word : split(text, " \n", Empties::drop))
            if (word == "pids") return *dir = v2_mount + v2_path, *v2 = true, true;
    if (!v1_mount.empty() && found_v1) return *dir = v1_mount + v1_path, *v2 = false, true;
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
    case ChildStage::record: return "couldn't record the process in the table: " + why;
    default: return "couldn't set up the child process: " + why;
    }
}

// One spawn being prepared: owns every string, array and descriptor the
// ChildPlan points into, and releases them on every path.
class Preparation {
public:
    Preparation(const ProgramSpec& spec, SelfRecord* record, SpawnResult* result, autolog::Files* autos = nullptr)
        : spec_(spec), result_(*result), autos_(autos) {
        plan_.record = record;
        plan_.kill_parent_before_record = record && failpoint("child_before_record");
        plan_.kill_parent_after_record = record && failpoint("child_after_record");
    }
    Preparation(const Preparation&) = delete;
    Preparation& operator=(const Preparation&) = delete;
    ~Preparation() {
        for (int fd : fds_)
            if (fd >= 0) ::close(fd);
        if (caps_) cap_free(caps_);
    }

    // Each step fills part of plan_; false with result_.error set on failure.
    bool user();
    bool command();
    bool outputs();
    bool limits_and_priority();
    bool privileges();
    void kt_limit();
    void launch();

private:
    bool fail(std::string text) {
        result_.error = std::move(text);
        return false;
    }
    int keep(int fd) {
        fds_.push_back(fd);
        return fd;
    }

    bool output_path(const std::string& file, const char* channel, std::string* path);

    const ProgramSpec& spec_;
    SpawnResult& result_;
    autolog::Files* autos_;
    ChildPlan plan_;
    Account acct_;
    std::vector<gid_t> groups_;
    std::string path_, procs_;
    std::vector<std::string> args_, env_lines_;
    std::vector<char*> argv_, envp_;
    mapping::LimitPlan limits_;
    std::vector<ChildLimit> child_limits_;
    std::vector<int> cap_list_;
    cap_t caps_ = nullptr;
    std::vector<int> fds_;
};

bool Preparation::user() {
    if (spec_.user.empty()) return true;
    if (!find_account(spec_.user, &acct_)) return fail("couldn't setuid to " + spec_.user + ": no such user");
    if (acct_.uid == ::geteuid()) return true;  // already that user: nothing to switch
    if (::geteuid() != 0) return fail("couldn't setuid to " + spec_.user + ": the server is not running as root");
    if (!spec_.nouaf) groups_ = groups_of(acct_);
    plan_.switch_user = true;
    plan_.uid = acct_.uid;
    plan_.gid = acct_.gid;
    plan_.groups = groups_.data();
    plan_.group_count = groups_.size();
    return true;
}

bool Preparation::command() {
    auto env = child_environment(spec_, plan_.switch_user ? &acct_ : nullptr);
    std::string path_var;
    for (const auto& kv : env)
        if (kv.first == "PATH") path_var = kv.second;
    bool not_found = false;
    if (!resolve_command(spec_, path_var, &path_, &result_.error, &not_found)) {
        if (not_found) result_.failure = SpawnFailure::not_found;
        return false;
    }
    args_ = spec_.argv.empty() ? std::vector<std::string>{spec_.image} : spec_.argv;
    for (auto& a : args_) argv_.push_back(a.data());
    argv_.push_back(nullptr);
    for (const auto& kv : env) env_lines_.push_back(kv.first + "=" + kv.second);
    for (auto& e : env_lines_) envp_.push_back(e.data());
    envp_.push_back(nullptr);
    plan_.path = path_.c_str();
    plan_.argv = argv_.data();
    plan_.envp = envp_.data();
    plan_.directory = spec_.directory.empty() ? nullptr : spec_.directory.c_str();
    plan_.set_umask = spec_.umask.has_value();
    plan_.umask = spec_.umask ? static_cast<mode_t>(*spec_.umask) : 0;
    return true;
}

// `file` itself, or for AUTO the process's file in its childlogdir.
bool Preparation::output_path(const std::string& file, const char* channel, std::string* path) {
    if (file != kAutoOutput || !autos_) return *path = file, true;
    std::string err;
    return autos_->path_for(spec_, channel, path, &err) || fail(err);
}

bool Preparation::outputs() {
    std::string err, out, errfile;
    plan_.stdin_fd = keep(open_stdin(&err));
    if (plan_.stdin_fd < 0) return fail(err);
    if (!output_path(spec_.stdout_file, "stdout", &out)) return false;
    plan_.stdout_fd = keep(open_output(out, &err));
    if (plan_.stdout_fd < 0) return fail(err);
    if (spec_.redirect_stderr) {
        plan_.stderr_fd = plan_.stdout_fd;
        return true;
    }
    if (!output_path(spec_.stderr_file, "stderr", &errfile)) return false;
    plan_.stderr_fd = keep(open_output(errfile, &err));
    return plan_.stderr_fd >= 0 || fail(err);
}

// Base priority 4 (the default) leaves the server's own scheduling as it is.
bool Preparation::limits_and_priority() {
    limits_ = mapping::map_quotas(spec_.quotas);
    result_.warnings.insert(result_.warnings.end(), limits_.warnings.begin(), limits_.warnings.end());
    for (const auto& l : limits_.limits) child_limits_.push_back({l.resource, static_cast<rlim_t>(l.value)});
    plan_.limits = child_limits_.data();
    plan_.limit_count = child_limits_.size();
    plan_.nofile_soft = inherited_nofile_soft();
    mapping::PriorityPlan prio = mapping::map_baspri(spec_.baspri);
    plan_.set_priority = spec_.baspri != 4;
    plan_.realtime = prio.realtime;
    plan_.nice = prio.nice;
    plan_.rt_priority = prio.rt_priority;
    return true;
}

// A child that stays root already holds every capability; one that switches
// user keeps exactly the mapped ones. Only root can hand capabilities on.
bool Preparation::privileges() {
    mapping::CapabilityPlan caps = mapping::map_privileges(spec_.privileges);
    if (!caps.error.empty()) return fail("couldn't grant privileges: " + caps.error);
    result_.warnings.insert(result_.warnings.end(), caps.warnings.begin(), caps.warnings.end());
    if (caps.caps.empty()) return true;
    if (::geteuid() != 0)
        return fail("couldn't grant privileges: only a server running as root can give capabilities");
    if (!plan_.switch_user) return true;
    cap_list_ = caps.caps;
    caps_ = cap_init();
    if (!caps_) return fail(std::string("couldn't grant privileges: ") + std::strerror(errno));
    std::vector<cap_value_t> values(cap_list_.begin(), cap_list_.end());
    for (cap_flag_t flag : {CAP_PERMITTED, CAP_EFFECTIVE, CAP_INHERITABLE})
        cap_set_flag(caps_, flag, static_cast<int>(values.size()), values.data(), CAP_SET);
    plan_.caps = caps_;
    plan_.cap_list = cap_list_.data();
    plan_.cap_count = cap_list_.size();
    return true;
}

void Preparation::kt_limit() {
    if (!spec_.kt_limit) return;
    std::string why;
    if (prepare_kt_limit(spec_, &procs_, &why))
        plan_.cgroup_procs = procs_.c_str();
    else
        result_.warnings.push_back("kt_limit not applied: " + why);
}

// Forks, collects the child's reports until execve closes the pipe, and
// reaps the child only when it failed (a started child is the event loop's).
// The child shares the server's memory and the server waits until it has
// called execve (or died), as posix_spawn does: no page tables are copied,
// so a spawn costs the same whatever the server's size (a plain fork() of
// the server took about 1 ms). This is safe because the child code only
// makes system calls on memory prepared beforehand, the server is single
// threaded and runs no signal handlers (signals arrive through a signalfd).
// Under AddressSanitizer, whose bookkeeping the shared stack would confuse,
// it is a plain fork.
#if !defined(__SANITIZE_ADDRESS__)
int child_entry(void* plan) { mapping::run_child(*static_cast<const mapping::ChildPlan*>(plan)); }
#endif

pid_t start_child(const mapping::ChildPlan& plan) {
#if defined(__SANITIZE_ADDRESS__)
    pid_t pid = ::fork();
    if (pid == 0) mapping::run_child(plan);
    return pid;
#else
    constexpr size_t kStack = 256 * 1024;
    static void* stack = nullptr;
    if (!stack) {
        void* m = ::mmap(nullptr, kStack, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_STACK, -1, 0);
        if (m == MAP_FAILED) return -1;
        stack = m;
    }
    void* top = static_cast<char*>(stack) + kStack;   // the stack grows down on every Linux target we build
    return ::clone(child_entry, top, CLONE_VM | CLONE_VFORK | SIGCHLD,
                   const_cast<mapping::ChildPlan*>(&plan));
#endif
}

void Preparation::launch() {
    int pipefd[2];
    if (::pipe2(pipefd, O_CLOEXEC) != 0) return void(fail(std::string("couldn't create a pipe: ") + std::strerror(errno)));
    keep(pipefd[0]);
    plan_.report_fd = pipefd[1];
    pid_t pid = start_child(plan_);
    ::close(pipefd[1]);
    if (pid < 0) return void(fail(std::string("couldn't fork: ") + std::strerror(errno)));
    ::setpgid(pid, pid);  // the child does it too; whichever comes second may fail harmlessly
    bool fatal = false;
    ChildReport r{};
    for (;;) {
        ssize_t n = ::read(pipefd[0], &r, sizeof r);
        if (n < 0 && errno == EINTR) continue;
        if (n != static_cast<ssize_t>(sizeof r)) break;
        std::string text = child_failure(r, plan_, spec_, limits_);
        if (r.fatal) fatal = true, result_.error = text;
        else result_.warnings.push_back(text);
    }
    if (fatal) {
        while (::waitpid(pid, nullptr, 0) < 0 && errno == EINTR) {}
        return;
    }
    result_.ok = true;
    result_.pid = pid;
    char state = 0;
    read_stat(pid, &state, &result_.start_time);
}

// Whether `p` is still the process we started: same pid, same start time.
bool still_ours(const ProcessRef& p) {
    auto born = process_start_time(p.pid);
    return born && *born == p.created;
}

class LinuxSpawner : public Spawner {
public:
    SpawnResult spawn(const ProgramSpec& spec, SelfRecord* record) override {
        SpawnResult result;
        if (spec.argv.empty() && spec.image.empty()) {
            result.error = "no command to run";
            return result;
        }
        Preparation prep(spec, record, &result, &autos_);
        if (prep.user() && prep.command() && prep.outputs() && prep.limits_and_priority() && prep.privileges()) {
            prep.kt_limit();
            prep.launch();
        }
        return result;
    }

    // A zombie (ours, not yet reaped) still takes a signal harmlessly; a pid
    // that now belongs to another process never gets one.
    bool stop(const ProcessRef& p, StopHow how, const ProgramSpec& spec, std::string* error) override {
        if (!still_ours(p)) return true;
        if (how == StopHow::ask)
            return send_signal(p.pid, spec.stopsignal.empty() ? "TERM" : spec.stopsignal, spec.stopasgroup, error);
        return send_signal(p.pid, "KILL", spec.killasgroup, error);
    }

    bool signal(const ProcessRef& p, const std::string& name, std::string* error) override {
        if (!still_ours(p)) return true;
        return send_signal(p.pid, name, false, error);
    }

    bool signal_known(const std::string& name) const override { return signal_number(name) != 0; }

    Probe probe(const ProcessRef& p) override {
        Probe r;
        r.kind = still_ours(p) ? Probe::Kind::alive : Probe::Kind::ended_unknown;
        return r;
    }

    void prepare_auto_output(const ServerSpec& server, const Live& live) override {
        std::vector<std::string> keep;
        for (const auto& [spec, ref] : live) {
            if (!spec || !still_ours(ref)) continue;
            for (int fd : {1, 2}) {
                std::string file = autolog::output_of(ref.pid, fd);
                const char* channel = fd == 1 ? "stdout" : "stderr";
                bool is_auto = (fd == 1 ? spec->stdout_file : spec->stderr_file) == kAutoOutput;
                if (file.empty() || !autolog::is_auto_name(file.substr(file.rfind('/') + 1), server.identifier)) continue;
                keep.push_back(file);
                if (is_auto) autos_.adopt(*spec, channel, file);
            }
        }
        if (!server.nocleanup && !server.childlogdir.empty()) autolog::clear(server.childlogdir, server.identifier, keep);
    }

    // AUTO: the file this server made (or adopted) for the channel; none
    // made yet, nothing to empty (and nothing is created).
    bool clear_output(const ProgramSpec& spec, std::string* error) override {
        auto file = [&](const std::string& given, const char* channel) {
            return given == kAutoOutput ? autos_.existing(spec, channel) : given;
        };
        if (!empty_output(file(spec.stdout_file, "stdout"), error)) return false;
        return spec.redirect_stderr || empty_output(file(spec.stderr_file, "stderr"), error);
    }

private:
    autolog::Files autos_;
};

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

bool send_signal(int64_t pid, const std::string& signame, bool group, std::string* error) {
    std::string ignored;
    std::string& why = error ? *error : ignored;
    int signo = signal_number(signame);
    if (signo == 0) return why = "unknown signal " + quoted(signame), false;
    if (pid <= 1) return why = "refusing to signal pid " + std::to_string(pid), false;
    pid_t target = static_cast<pid_t>(group ? -pid : pid);
    if (::kill(target, signo) == 0 || errno == ESRCH) return true;
    why = "couldn't send " + signal_name(signo) + " to " + (group ? "process group " : "pid ") +
          std::to_string(pid) + ": " + std::strerror(errno);
    return false;
}

std::string describe_exit(const ExitStatus& st) { return fsm::describe_exit(st, &signal_name); }

const char* force_stop_name() { return "SIGKILL"; }

}  // namespace sv::os
