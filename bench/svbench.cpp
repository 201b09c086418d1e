// svbench: measures supervisord (this product) beside Debian's supervisor and
// the raw cost of fork+exec, all in the same run, and prints one table.
// DESIGN.md §8 and issue 3 §6 name the figures: idle wakeups and CPU, restart
// latency, STATUS round trip, PSS, cold start of 1000 programs.
//
// Every process it starts is its own child or (being a subreaper) becomes
// one; it stops only those, by pid, and reaps everything before it returns.
#include <fcntl.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <functional>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace {

struct Settings {
    std::string server, client, probe, workdir;
    // Where supervise's state tables go: a tmpfs directory by default, as
    // the product's own default for root (/run/supervise) is; --table-dir
    // puts them elsewhere (a disk file system makes one inode per new entry).
    std::string tabledir;
    int idle_seconds = 30;
    int small = 10, large = 1000;
    int restart_samples = 30, supervisor_restart_samples = 5;
    int status_samples = 20;
    bool with_supervisor = true;
    bool with_ours = true;
};

int64_t mono_ns() {
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return static_cast<int64_t>(ts.tv_sec) * 1000000000LL + ts.tv_nsec;
}

void nap_ms(int ms) {
    timespec ts{ms / 1000, (ms % 1000) * 1000000L};
    nanosleep(&ts, nullptr);
}

struct Stamp {
    int64_t ns = 0;
    int pid = 0;
    std::string name;
};

std::vector<Stamp> read_stamps(const std::string& path) {
    std::vector<Stamp> out;
    std::ifstream in(path);
    Stamp s;
    while (in >> s.ns >> s.pid >> s.name) out.push_back(s);
    return out;
}

// Polls `done` every millisecond up to `timeout_ms`; the benchmark's own
// waiting, never part of what is measured beyond the 1 ms resolution.
bool wait_for(const std::function<bool()>& done, int timeout_ms) {
    int64_t end = mono_ns() + int64_t(timeout_ms) * 1000000;
    while (mono_ns() < end) {
        if (done()) return true;
        nap_ms(1);
    }
    return done();
}

pid_t launch(const std::vector<std::string>& argv, const std::map<std::string, std::string>& env,
             bool quiet) {
    pid_t pid = fork();
    if (pid != 0) return pid;
    for (const auto& [k, v] : env) setenv(k.c_str(), v.c_str(), 1);
    if (quiet) {
        int fd = open("/dev/null", O_RDWR);
        dup2(fd, 1);
        dup2(fd, 2);
    }
    std::vector<char*> a;
    for (const auto& s : argv) a.push_back(const_cast<char*>(s.c_str()));
    a.push_back(nullptr);
    execv(a[0], a.data());
    _exit(127);
}

int run_wait(const std::vector<std::string>& argv, const std::map<std::string, std::string>& env) {
    pid_t pid = launch(argv, env, true);
    int st = 0;
    waitpid(pid, &st, 0);
    return st;
}

double median(std::vector<double> v) {
    if (v.empty()) return -1;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

double percentile(std::vector<double> v, double p) {
    if (v.empty()) return -1;
    std::sort(v.begin(), v.end());
    size_t i = std::min(v.size() - 1, static_cast<size_t>(p * double(v.size())));
    return v[i];
}

// Voluntary + involuntary context switches and CPU ticks of a process.
struct Usage {
    long switches = 0;
    long ticks = 0;
};

Usage usage_of(pid_t pid) {
    Usage u;
    std::ifstream st("/proc/" + std::to_string(pid) + "/status");
    std::string line;
    while (std::getline(st, line))
        if (line.rfind("voluntary_ctxt_switches:", 0) == 0 || line.rfind("nonvoluntary_ctxt_switches:", 0) == 0)
            u.switches += std::atol(line.substr(line.find(':') + 1).c_str());
    std::ifstream sf("/proc/" + std::to_string(pid) + "/stat");
    std::string all((std::istreambuf_iterator<char>(sf)), std::istreambuf_iterator<char>());
    size_t rp = all.rfind(')');
    if (rp != std::string::npos) {
        std::istringstream rest(all.substr(rp + 2));
        std::string f;
        for (int field = 3; rest >> f; ++field) {
            if (field == 14 || field == 15) u.ticks += std::atol(f.c_str());
            if (field == 15) break;
        }
    }
    return u;
}

double pss_mib(pid_t pid) {
    std::ifstream in("/proc/" + std::to_string(pid) + "/smaps_rollup");
    std::string line;
    while (std::getline(in, line))
        if (line.rfind("Pss:", 0) == 0) return std::atof(line.substr(4).c_str()) / 1024.0;
    return -1;
}

// One supervisor under test: how to configure, start, query and stop it.
struct System {
    std::string label;
    std::function<std::string(const std::string& dir, int n, const std::string& stamps)> config;
    std::function<std::vector<std::string>(const std::string& conf)> server_argv;
    // STATUS of every program (`name` empty) or of one.
    std::function<std::vector<std::string>(const std::string& conf, const std::string& name)> status_argv;
    std::map<std::string, std::string> env;
};

struct Figures {
    double cold_ms = -1, pss = -1, wakeups = -1, cpu_pct = -1, status_ms = -1, status_one_ms = -1;
    double true_ms = -1;  // fork+exec+wait of /bin/true, interleaved with the STATUS runs
    double restart_p50 = -1, restart_p90 = -1;
};

void kill_stamped(const std::string& stamps) {
    std::set<int> pids;
    for (const auto& s : read_stamps(stamps)) pids.insert(s.pid);
    for (int p : pids) kill(p, SIGKILL);
    // Orphans were re-parented to us (subreaper): reap everything, bounded.
    for (int i = 0; i < 20000; ++i) {
        pid_t r = waitpid(-1, nullptr, WNOHANG);
        if (r < 0 && errno == ECHILD) break;
        if (r <= 0) nap_ms(1);
    }
}

Figures measure(const Settings& st, const System& sys, int n, bool restart) {
    Figures f;
    std::string dir = st.workdir + "/" + sys.label + "-" + std::to_string(n);
    mkdir(dir.c_str(), 0700);
    std::string stamps = dir + "/stamps";
    std::string conf = dir + "/supervisord.conf";
    std::ofstream(conf) << sys.config(dir, n, stamps);
    std::map<std::string, std::string> env = sys.env;
    for (auto& [k, v] : env)
        v = (k == "SUPERVISORD_TABLE" ? st.tabledir + "/" + sys.label + "-" + std::to_string(n) + "-" : dir + "/") + v;

    int64_t t0 = mono_ns();
    pid_t server = launch(sys.server_argv(conf), env, true);
    bool all_up = wait_for([&] { return read_stamps(stamps).size() >= size_t(n); }, 120000);
    if (all_up) {
        int64_t last = 0;
        for (const auto& s : read_stamps(stamps)) last = std::max(last, s.ns);
        f.cold_ms = double(last - t0) / 1e6;
    } else {
        std::fprintf(stderr, "svbench: %s did not start %d programs within 120 s\n", sys.label.c_str(), n);
    }
    nap_ms(1000);  // let start-up settle before measuring rest
    f.pss = pss_mib(server);
    Usage a = usage_of(server);
    nap_ms(st.idle_seconds * 1000);
    Usage b = usage_of(server);
    f.wakeups = double(b.switches - a.switches) / st.idle_seconds;
    f.cpu_pct = 100.0 * double(b.ticks - a.ticks) / double(sysconf(_SC_CLK_TCK)) / st.idle_seconds;

    // STATUS of all and of one, alternated with /bin/true so that all three
    // see the same load (a shared machine's load moves within seconds).
    std::vector<double> all_times, one_times, true_times;
    int samples = n > 100 && sys.label != "supervise" ? std::max(3, st.status_samples / 4) : st.status_samples;
    const std::string one = "p0005";
    for (int i = 0; i < samples; ++i) {
        int64_t s = mono_ns();
        run_wait(sys.status_argv(conf, ""), env);
        all_times.push_back(double(mono_ns() - s) / 1e6);
        s = mono_ns();
        run_wait(sys.status_argv(conf, one), env);
        one_times.push_back(double(mono_ns() - s) / 1e6);
        s = mono_ns();
        run_wait({"/bin/true"}, {});
        true_times.push_back(double(mono_ns() - s) / 1e6);
    }
    f.true_ms = median(true_times);
    f.status_ms = median(all_times);
    f.status_one_ms = median(one_times);

    if (restart) {
        std::vector<double> lat;
        int count = sys.label == "supervise" ? st.restart_samples : st.supervisor_restart_samples;
        const std::string victim = "p0000";
        for (int i = 0; i < count; ++i) {
            auto before = read_stamps(stamps);
            int pid = 0;
            for (const auto& s : before) if (s.name == victim) pid = s.pid;
            if (pid == 0) break;
            int64_t t = mono_ns();
            kill(pid, SIGKILL);
            size_t seen = before.size();
            bool back = wait_for([&] {
                auto now = read_stamps(stamps);
                for (size_t j = seen; j < now.size(); ++j)
                    if (now[j].name == victim) return true;
                return false;
            }, 10000);
            if (!back) break;
            auto now = read_stamps(stamps);
            for (size_t j = seen; j < now.size(); ++j)
                if (now[j].name == victim) { lat.push_back(double(now[j].ns - t) / 1e6); break; }
            // Let the new process run past a second: a crash of a process
            // younger than that is a crash loop, which supervise (like s6)
            // restarts at most once a second on purpose.
            nap_ms(1100);
        }
        f.restart_p50 = percentile(lat, 0.5);
        f.restart_p90 = percentile(lat, 0.9);
    }

    kill(server, SIGTERM);  // supervise: SHUTDOWN leaves programs; supervisor stops them
    bool gone = wait_for([&] { return waitpid(server, nullptr, WNOHANG) == server; }, 30000);
    if (!gone) {
        kill(server, SIGKILL);
        waitpid(server, nullptr, 0);
    }
    kill_stamped(stamps);
    return f;
}

// Raw fork+exec of the probe: latency to its first instruction, and 1000 at once.
struct Raw {
    double p50 = -1, p90 = -1, cold_ms = -1, true_ms = -1;
};

Raw measure_raw(const Settings& st) {
    Raw r;
    std::string stamps = st.workdir + "/raw-stamps";
    std::vector<double> lat;
    for (int i = 0; i < st.restart_samples; ++i) {
        size_t seen = read_stamps(stamps).size();
        int64_t t = mono_ns();
        pid_t pid = launch({st.probe, stamps, "raw", "exit"}, {}, true);
        waitpid(pid, nullptr, 0);
        auto now = read_stamps(stamps);
        if (now.size() > seen) lat.push_back(double(now[seen].ns - t) / 1e6);
    }
    r.p50 = percentile(lat, 0.5);
    r.p90 = percentile(lat, 0.9);
    std::vector<double> t_true;
    for (int i = 0; i < st.status_samples; ++i) {
        int64_t s = mono_ns();
        run_wait({"/bin/true"}, {});
        t_true.push_back(double(mono_ns() - s) / 1e6);
    }
    r.true_ms = median(t_true);

    std::string cold = st.workdir + "/raw-cold";
    int64_t t0 = mono_ns();
    for (int i = 0; i < st.large; ++i) launch({st.probe, cold, "c" + std::to_string(i)}, {}, true);
    if (wait_for([&] { return read_stamps(cold).size() >= size_t(st.large); }, 60000)) {
        int64_t last = 0;
        for (const auto& s : read_stamps(cold)) last = std::max(last, s.ns);
        r.cold_ms = double(last - t0) / 1e6;
    }
    kill_stamped(cold);
    return r;
}

// One [program:pNNNN] section per program (not numprocs): a configuration
// of N programs as people write it, N sections for a client to get past.
std::string program_sections(const Settings& st, int n, const std::string& stamps, const char* output) {
    std::ostringstream c;
    for (int i = 0; i < n; ++i) {
        char name[16];
        std::snprintf(name, sizeof name, "p%04d", i);
        c << "\n[program:" << name << "]\ncommand=" << st.probe << " " << stamps << " " << name
          << "\nstartsecs=0\nautorestart=true\nstartretries=100\n" << output;
    }
    return c.str();
}

System ours(const Settings& st) {
    System s;
    s.label = "supervise";
    s.config = [&st](const std::string& dir, int n, const std::string& stamps) {
        std::ostringstream c;
        c << "[supervisord]\nlogfile=" << dir << "/supervisord.log\nloglevel=warn\n\n"
          << program_sections(st, n, stamps, "stdout_file=/dev/null\nstderr_file=/dev/null\n");
        return c.str();
    };
    s.server_argv = [&st](const std::string& conf) { return std::vector<std::string>{st.server, "-n", "-c", conf}; };
    s.status_argv = [&st](const std::string& conf, const std::string& name) {
        std::vector<std::string> a{st.client, "-c", conf, "status"};
        if (!name.empty()) a.push_back(name);
        return a;
    };
    s.env = {{"SUPERVISORD_CMD", "cmd.sock"}, {"SUPERVISORD_TABLE", "table"}};
    return s;
}

System supervisor(const Settings& st) {
    System s;
    s.label = "supervisor";
    s.config = [&st](const std::string& dir, int n, const std::string& stamps) {
        std::ostringstream c;
        c << "[unix_http_server]\nfile=" << dir << "/http.sock\n\n"
          << "[supervisord]\nlogfile=" << dir << "/supervisord.log\nloglevel=warn\npidfile=" << dir
          << "/supervisord.pid\nminfds=8192\nchildlogdir=" << dir << "\n\n"
          << "[rpcinterface:supervisor]\nsupervisor.rpcinterface_factory = supervisor.rpcinterface:make_main_rpcinterface\n\n"
          << "[supervisorctl]\nserverurl=unix://" << dir << "/http.sock\n\n"
          << program_sections(st, n, stamps, "stdout_logfile=NONE\nstderr_logfile=NONE\n");
        return c.str();
    };
    s.server_argv = [](const std::string& conf) {
        return std::vector<std::string>{"/usr/bin/python3", "/usr/bin/supervisord", "-n", "-c", conf};
    };
    s.status_argv = [](const std::string& conf, const std::string& name) {
        std::vector<std::string> a{"/usr/bin/python3", "/usr/bin/supervisorctl", "-c", conf, "status"};
        if (!name.empty()) a.push_back(name);
        return a;
    };
    return s;
}

std::string fmt(double v, const char* spec = "%.2f") {
    if (v < 0) return "-";
    char b[64];
    std::snprintf(b, sizeof b, spec, v);
    return b;
}

std::string ratio(double a, double b) {
    if (a < 0 || b <= 0) return "-";
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2fx", a / b);
    return buf;
}

// A target of issue 11 and whether this run meets it: `limit` against the
// figure itself, or (ratio) against figure / base.
struct Target {
    enum Kind { none, at_most, ratio_at_most } kind = none;
    double limit = 0;
};

std::string verdict(double us, double base, Target t) {
    if (t.kind == Target::none) return "";
    char b[64];
    if (t.kind == Target::at_most) {
        std::snprintf(b, sizeof b, "<= %g: %s", t.limit, us < 0 ? "-" : us <= t.limit ? "met" : "NOT met");
    } else {
        bool have = us >= 0 && base > 0;
        std::snprintf(b, sizeof b, "<= %gx base: %s", t.limit, !have ? "-" : us / base <= t.limit ? "met" : "NOT met");
    }
    return b;
}

void row(const std::string& what, double us, double them, double base, const char* spec = "%.2f",
         Target t = {}) {
    std::printf("| %-34s | %10s | %10s | %10s | %8s | %8s | %-22s |\n", what.c_str(), fmt(us, spec).c_str(),
                fmt(them, spec).c_str(), fmt(base, spec).c_str(), ratio(us, base).c_str(), ratio(us, them).c_str(),
                verdict(us, base, t).c_str());
}

}  // namespace

int main(int argc, char** argv) {
    Settings st;
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        auto val = [&](const char* name) -> const char* {
            size_t l = std::strlen(name);
            return a.compare(0, l, name) == 0 && a.size() > l && a[l] == '=' ? argv[i] + l + 1 : nullptr;
        };
        if (const char* v = val("--server")) st.server = v;
        else if (const char* v2 = val("--client")) st.client = v2;
        else if (const char* v3 = val("--probe")) st.probe = v3;
        else if (const char* v4 = val("--idle-seconds")) st.idle_seconds = std::max(1, std::atoi(v4));
        else if (const char* v5 = val("--large")) st.large = std::max(20, std::atoi(v5));
        else if (const char* v6 = val("--table-dir")) st.tabledir = v6;
        else if (a == "--no-supervisor") st.with_supervisor = false;
        else if (a == "--no-supervise") st.with_ours = false;
        else {
            std::fprintf(stderr, "usage: svbench --server=PATH --client=PATH --probe=PATH [--idle-seconds=N] "
                                 "[--large=N] [--table-dir=DIR] [--no-supervisor] [--no-supervise]\n");
            return 2;
        }
    }
    if (st.server.empty() || st.client.empty() || st.probe.empty()) {
        std::fprintf(stderr, "svbench: --server, --client and --probe are required\n");
        return 2;
    }
    if (access("/usr/bin/supervisord", X_OK) != 0) st.with_supervisor = false;
    char tmpl[] = "/tmp/svbench.XXXXXX";
    if (!mkdtemp(tmpl)) return 1;
    st.workdir = tmpl;
    char tables[] = "/dev/shm/svbench.XXXXXX";
    bool own_tables = st.tabledir.empty();
    if (own_tables) {
        if (!mkdtemp(tables)) return 1;
        st.tabledir = tables;
    }
    prctl(PR_SET_CHILD_SUBREAPER, 1);
    signal(SIGPIPE, SIG_IGN);

    Raw raw = measure_raw(st);
    System us = ours(st), them = supervisor(st);
    Figures us_small, us_large;
    if (st.with_ours) {
        us_small = measure(st, us, st.small, true);
        us_large = measure(st, us, st.large, false);
    }
    Figures th_small, th_large;
    if (st.with_supervisor) {
        th_small = measure(st, them, st.small, true);
        th_large = measure(st, them, st.large, false);
    }
    const std::string S = std::to_string(st.small), L = std::to_string(st.large);
    std::printf("\nSUPERVISE benchmark (idle window %d s, %ld online CPUs). Base = raw fork+exec or /bin/true,\n"
                "measured in this run. Ratios: supervise/base and supervise/supervisor.\n\n",
                st.idle_seconds, sysconf(_SC_NPROCESSORS_ONLN));
    std::printf("| %-34s | %10s | %10s | %10s | %8s | %8s | %-22s |\n", "figure", "supervise", "supervisor",
                "base", "vs base", "vs sup.", "target (issue 11)");
    std::printf("|%s|%s|%s|%s|%s|%s|%s|\n", std::string(36, '-').c_str(), std::string(12, '-').c_str(),
                std::string(12, '-').c_str(), std::string(12, '-').c_str(), std::string(10, '-').c_str(),
                std::string(10, '-').c_str(), std::string(24, '-').c_str());
    const Target zero{Target::at_most, 0};
    row("idle wakeups/s, " + S + " programs", us_small.wakeups, th_small.wakeups, -1, "%.2f", zero);
    row("idle wakeups/s, " + L + " programs", us_large.wakeups, th_large.wakeups, -1, "%.2f", zero);
    row("idle CPU %, " + S + " programs", us_small.cpu_pct, th_small.cpu_pct, -1, "%.3f");
    row("idle CPU %, " + L + " programs", us_large.cpu_pct, th_large.cpu_pct, -1, "%.3f");
    row("restart p50 ms (kill -9 -> exec)", us_small.restart_p50, th_small.restart_p50, raw.p50, "%.3f");
    row("restart p90 ms", us_small.restart_p90, th_small.restart_p90, raw.p90, "%.3f");
    // STATUS rows: base = /bin/true run alternately with supervise's STATUS.
    row("STATUS all ms, " + S + " programs", us_small.status_ms, th_small.status_ms, us_small.true_ms, "%.2f",
        {Target::ratio_at_most, 1.5});
    row("STATUS one ms, " + S + " programs", us_small.status_one_ms, th_small.status_one_ms, us_small.true_ms, "%.2f",
        {Target::ratio_at_most, 1.5});
    row("STATUS all ms, " + L + " programs", us_large.status_ms, th_large.status_ms, us_large.true_ms, "%.2f",
        {Target::at_most, 5});
    row("STATUS one ms, " + L + " programs", us_large.status_one_ms, th_large.status_one_ms, us_large.true_ms, "%.2f",
        {Target::at_most, 2});
    row("PSS MiB, " + S + " programs", us_small.pss, th_small.pss, -1, "%.2f", {Target::at_most, 1.5});
    row("PSS MiB, " + L + " programs", us_large.pss, th_large.pss, -1, "%.2f", {Target::at_most, 3});
    row("cold start ms, " + L + " programs", us_large.cold_ms, th_large.cold_ms, raw.cold_ms, "%.1f",
        {Target::ratio_at_most, 1.2});
    row("base: fork+exec+wait /bin/true ms", raw.true_ms, -1, -1, "%.2f");
    row("  the same, beside STATUS at " + S, us_small.true_ms, th_small.true_ms, -1, "%.2f");
    row("  the same, beside STATUS at " + L, us_large.true_ms, th_large.true_ms, -1, "%.2f");
    row("base: fork+exec of the probe ms", raw.p50, -1, -1, "%.3f");
    row("base: " + L + " raw fork+execs ms", raw.cold_ms, -1, -1, "%.1f");
    std::printf("\nrestart samples: %d (supervise), %d (supervisor), each of a process up for over 1 s (a\n"
                "younger one is a crash loop: restarted at most once a second); base for restart = fork+exec to the\n"
                "probe's first instruction; base for STATUS = fork+exec+wait of /bin/true, run alternately with\n"
                "each STATUS sample (its rows below the table); base for cold\n"
                "start = %d raw fork+execs until the last probe ran. supervise's tables: %s. Work files: %s\n",
                st.restart_samples, st.supervisor_restart_samples, st.large, st.tabledir.c_str(), st.workdir.c_str());
    if (own_tables) {
        std::string rm = "rm -rf '" + st.tabledir + "'";  // the tables of the programs stopped above
        if (std::system(rm.c_str()) != 0) std::fprintf(stderr, "svbench: could not remove %s\n", st.tabledir.c_str());
    }
    return 0;
}
