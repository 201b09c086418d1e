// The Linux spawner and process port, with real processes. Every child is
// tracked by pid, every wait is bounded (pidfd + poll), and whatever is
// still running at the end of a test is killed by pid and reaped.
#include "spawner_rig.h"

using namespace sv;
using namespace sv::spawntest;

TEST_SUITE("spawner") {

TEST_CASE("exec problems are spawn errors in supervisor's words") {
    auto sp = os::make_spawner();
    Scratch tmp;
    CHECK(sp->spawn(program("a", {"/no/such"})).error == "can't find command '/no/such'");
    CHECK(sp->spawn(program("a", {"/no/such"})).failure == os::SpawnFailure::not_found);
    CHECK(sp->spawn(program("a", {"/etc"})).error == "command at '/etc' is not executable");
    CHECK(sp->spawn(program("a", {"/etc"})).failure == os::SpawnFailure::other);
    CHECK(sp->spawn(program("a", {"no_such_command_zz9"})).error == "can't find command 'no_such_command_zz9'");
    CHECK(sp->spawn(program("a", {""})).error == "can't find command ''");
    std::ofstream(tmp.path("plain")) << "data\n";
    CHECK(sp->spawn(program("a", {tmp.path("plain")})).error ==
          "command at '" + tmp.path("plain") + "' is not executable");
    // Executable bits but no valid format: execve itself fails in the child.
    std::ofstream(tmp.path("junk")) << "\x7f" "ELF garbage";
    ::chmod(tmp.path("junk").c_str(), 0755);
    os::SpawnResult junk = sp->spawn(program("a", {tmp.path("junk")}));
    CHECK_FALSE(junk.ok);
    CHECK(junk.error == "couldn't exec " + tmp.path("junk") + ": Exec format error");

    ProgramSpec d = program("a", {"/bin/true"});
    d.directory = "/no/such/dir";
    CHECK(sp->spawn(d).error == "couldn't chdir to /no/such/dir: No such file or directory");
    ProgramSpec u = program("a", {"/bin/true"});
    u.user = "no_such_user_zz9";
    CHECK(sp->spawn(u).error == "couldn't setuid to no_such_user_zz9: no such user");
    ProgramSpec o = program("a", {"/bin/true"});
    o.stdout_file = "/no/such/dir/out.log";
    CHECK(sp->spawn(o).error == "couldn't open /no/such/dir/out.log: No such file or directory");
    ProgramSpec p = program("a", {"/bin/true"});
    p.privileges = {"FLY"};
    CHECK(sp->spawn(p).error == "couldn't grant privileges: unknown privilege 'FLY'");
}

TEST_CASE("PATH lookup, and image overrides the first word") {
    auto sp = os::make_spawner();
    Kids kids;
    Capture out;
    ProgramSpec s = program("echoer", {"this-is-argv0", "hello"});
    s.image = "/bin/echo";
    s.stdout_file = out.path();
    os::SpawnResult r = sp->spawn(s);
    kids.track(r);
    REQUIRE(r.ok);
    CHECK(out.read_all() == "hello\n");
    CHECK(kids.reap(r.pid) == 0);

    Capture out2;
    ProgramSpec e = program("echoer", {"echo", "via", "path"});
    e.stdout_file = out2.path();
    os::SpawnResult r2 = sp->spawn(e);
    kids.track(r2);
    REQUIRE(r2.ok);
    CHECK(out2.read_all() == "via path\n");
    CHECK(kids.reap(r2.pid) == 0);
}

TEST_CASE("the child sees the server environment, SUPERVISOR_* and the program's environment") {
    auto sp = os::make_spawner();
    Kids kids;
    Capture out;
    ::setenv("SV_SPAWNER_TEST_SERVER", "from-server", 1);
    ::setenv("SV_SPAWNER_TEST_OVERRIDE", "server-value", 1);
    ProgramSpec s = program("web_01", {"/bin/sh", "-c",
                                       "echo \"$SUPERVISOR_ENABLED|$SUPERVISOR_PROCESS_NAME|$SUPERVISOR_GROUP_NAME|"
                                       "$SV_SPAWNER_TEST_SERVER|$SV_SPAWNER_TEST_OVERRIDE|$FOO\""});
    s.group_name = "web";
    s.environment = {{"FOO", "bar baz"}, {"SV_SPAWNER_TEST_OVERRIDE", "program-value"}};
    s.stdout_file = out.path();
    os::SpawnResult r = sp->spawn(s);
    kids.track(r);
    ::unsetenv("SV_SPAWNER_TEST_SERVER");
    ::unsetenv("SV_SPAWNER_TEST_OVERRIDE");
    REQUIRE(r.ok);
    CHECK(out.read_all() == "1|web_01|web|from-server|program-value|bar baz\n");
    CHECK(kids.reap(r.pid) == 0);
}

TEST_CASE("stdout and stderr files are appended; redirect_stderr joins them") {
    auto sp = os::make_spawner();
    Kids kids;
    Scratch tmp;
    std::ofstream(tmp.path("out.log")) << "old out\n";
    ProgramSpec s = program("two", {"/bin/sh", "-c", "echo to-out; echo to-err >&2"});
    s.stdout_file = tmp.path("out.log");
    s.stderr_file = tmp.path("err.log");
    os::SpawnResult r = sp->spawn(s);
    kids.track(r);
    REQUIRE(r.ok);
    CHECK(kids.reap(r.pid) == 0);
    CHECK(slurp(tmp.path("out.log")) == "old out\nto-out\n");
    CHECK(slurp(tmp.path("err.log")) == "to-err\n");
    struct stat st {};
    REQUIRE(::stat(tmp.path("err.log").c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0644);

    s.redirect_stderr = true;
    s.stderr_file = tmp.path("unused.log");
    os::SpawnResult r2 = sp->spawn(s);
    kids.track(r2);
    REQUIRE(r2.ok);
    CHECK(kids.reap(r2.pid) == 0);
    CHECK(slurp(tmp.path("out.log")) == "old out\nto-out\nto-out\nto-err\n");
    CHECK_FALSE(std::filesystem::exists(tmp.path("unused.log")));
}

TEST_CASE("directory and umask") {
    auto sp = os::make_spawner();
    Kids kids;
    Scratch tmp;
    Capture out;
    ProgramSpec s = program("dir", {"/bin/sh", "-c", "pwd; umask; : > made"});
    s.directory = tmp.dir.string();
    s.umask = 027;
    s.stdout_file = out.path();
    os::SpawnResult r = sp->spawn(s);
    kids.track(r);
    REQUIRE(r.ok);
    CHECK(out.read_all() == tmp.dir.string() + "\n0027\n");
    CHECK(kids.reap(r.pid) == 0);
    struct stat st {};
    REQUIRE(::stat(tmp.path("made").c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0640);

    // A relative command is found relative to `directory`, as execve will.
    std::ofstream(tmp.path("run.sh")) << "#!/bin/sh\necho relative\n";
    ::chmod(tmp.path("run.sh").c_str(), 0755);
    Capture out2;
    ProgramSpec rel = program("rel", {"./run.sh"});
    rel.directory = tmp.dir.string();
    rel.stdout_file = out2.path();
    os::SpawnResult r2 = sp->spawn(rel);
    kids.track(r2);
    REQUIRE(r2.ok);
    CHECK(out2.read_all() == "relative\n");
    CHECK(kids.reap(r2.pid) == 0);
}

TEST_CASE("quotas are resource limits of the child") {
    auto sp = os::make_spawner();
    Kids kids;
    ProgramSpec s = program("limited", {"/bin/sleep", "30"});
    s.quotas = {{"FILLM", 123}, {"CPULM", 500}, {"CORE", 0}, {"DIOLM", 4}};
    os::SpawnResult r = sp->spawn(s);
    kids.track(r);
    REQUIRE(r.ok);
    REQUIRE(r.warnings.size() == 1);
    CHECK(r.warnings[0].find("quota DIOLM not applied") == 0);
    std::string limits = slurp("/proc/" + std::to_string(r.pid) + "/limits");
    auto row = [&](const std::string& name) {
        std::istringstream in(limits);
        std::string line;
        while (std::getline(in, line))
            if (line.rfind(name, 0) == 0) {
                std::istringstream f(line.substr(name.size()));
                std::string soft, hard;
                f >> soft >> hard;
                return soft + " " + hard;
            }
        return std::string();
    };
    CHECK(row("Max open files") == "123 123");
    CHECK(row("Max cpu time") == "5 5");
    CHECK(row("Max core file size") == "0 0");
    CHECK(os::send_signal(r.pid, "KILL", false, nullptr));
    CHECK(kids.reap(r.pid) != -1);

    // A limit the kernel refuses (above fs.nr_open) fails the spawn, naming the quota.
    ProgramSpec big = program("limited", {"/bin/sleep", "30"});
    big.quotas = {{"NOFILE", 1ULL << 40}};
    os::SpawnResult bad = sp->spawn(big);
    kids.track(bad);
    CHECK_FALSE(bad.ok);
    CHECK(bad.error == "couldn't set quota NOFILE (RLIMIT_NOFILE = 1099511627776): Operation not permitted");
}

TEST_CASE("only 0, 1 and 2 reach the child; empty signal mask; own process group") {
    auto sp = os::make_spawner();
    Kids kids;
    int leak = ::open("/dev/null", O_RDONLY);  // deliberately not close-on-exec
    REQUIRE(leak >= 0);
    sigset_t block, old;
    sigemptyset(&block);
    sigaddset(&block, SIGUSR2);
    sigaddset(&block, SIGTERM);
    ::sigprocmask(SIG_BLOCK, &block, &old);
    struct sigaction ign {}, old_hup {};
    ign.sa_handler = SIG_IGN;
    ::sigaction(SIGHUP, &ign, &old_hup);

    // The shell lists its own descriptors from a subprocess, then waits:
    // sleep itself may open locale files for a moment, the shell does not.
    Capture out;
    ProgramSpec s = program("fds", {"/bin/sh", "-c", "ls /proc/$$/fd; echo end; exec /bin/sleep 30"});
    s.stdout_file = out.path();
    os::SpawnResult r = sp->spawn(s);
    kids.track(r);

    ::sigaction(SIGHUP, &old_hup, nullptr);
    ::sigprocmask(SIG_SETMASK, &old, nullptr);
    ::close(leak);
    REQUIRE(r.ok);
    std::string listed;
    for (int i = 0; i < 64 && listed.find("end\n") == std::string::npos; ++i) listed += out.read_line();
    CHECK(listed == "0\n1\n2\nend\n");
    CHECK(status_field(r.pid, "SigBlk") == "0000000000000000");
    CHECK(status_field(r.pid, "SigIgn") == "0000000000000000");
    CHECK(::getpgid(static_cast<pid_t>(r.pid)) == r.pid);
    CHECK(::getpgid(static_cast<pid_t>(r.pid)) != ::getpgid(0));
    // Standard input: a pipe the child holds read-write, so it never sees end of file.
    CHECK(std::filesystem::read_symlink("/proc/" + std::to_string(r.pid) + "/fd/0").string().rfind("pipe:", 0) == 0);
    std::ifstream info("/proc/" + std::to_string(r.pid) + "/fdinfo/0");
    std::string word, flags;
    while (info >> word)
        if (word == "flags:") info >> flags;
    CHECK((std::stoul(flags, nullptr, 8) & O_ACCMODE) == static_cast<unsigned long>(O_RDWR));
    CHECK(os::send_signal(r.pid, "TERM", false, nullptr));
    int status = kids.reap(r.pid);
    CHECK(WIFSIGNALED(status));
    CHECK(WTERMSIG(status) == SIGTERM);
}

TEST_CASE("a group signal reaches the grandchildren") {
    auto sp = os::make_spawner();
    Kids kids;
    Capture out;
    ProgramSpec s = program("tree", {"/bin/sh", "-c", "/bin/sleep 60 & echo $!; wait"});
    s.stdout_file = out.path();
    os::SpawnResult r = sp->spawn(s);
    kids.track(r);
    REQUIRE(r.ok);
    std::string line = out.read_line();
    REQUIRE(!line.empty());
    int64_t grandchild = std::stoll(line);
    REQUIRE(grandchild > 1);
    CHECK(::getpgid(static_cast<pid_t>(grandchild)) == r.pid);
    int gfd = static_cast<int>(::syscall(SYS_pidfd_open, static_cast<pid_t>(grandchild), 0));
    REQUIRE(gfd >= 0);
    std::string err;
    CHECK(os::send_signal(r.pid, "KILL", true, &err));
    CHECK(err.empty());
    int status = kids.reap(r.pid);
    CHECK(WIFSIGNALED(status));
    pollfd p{gfd, POLLIN, 0};
    CHECK(::poll(&p, 1, wait_ms) == 1);  // the grandchild is gone too
    ::close(gfd);
}

TEST_CASE("start time is /proc field 22; a zombie has none") {
    auto sp = os::make_spawner();
    Kids kids;
    os::SpawnResult r = sp->spawn(program("st", {"/bin/sleep", "30"}));
    kids.track(r);
    REQUIRE(r.ok);
    CHECK(r.start_time > 0);
    CHECK(os::process_start_time(r.pid) == r.start_time);
    CHECK(os::process_start_time(os::current_pid()).has_value());
    CHECK_FALSE(os::process_start_time(0).has_value());
    CHECK_FALSE(os::process_start_time(-5).has_value());
    CHECK(os::send_signal(r.pid, "KILL", false, nullptr));
    REQUIRE(wait_ended(r.pid, wait_ms));
    CHECK_FALSE(os::process_start_time(r.pid).has_value());  // zombie, not yet reaped
    CHECK(kids.reap(r.pid) != -1);
    CHECK_FALSE(os::process_start_time(r.pid).has_value());
}

TEST_CASE("the port stops, signals and probes a process by reference, never a reused pid") {
    auto sp = os::make_spawner();
    Kids kids;
    ProgramSpec spec = program("ref", {"/bin/sleep", "30"});
    os::SpawnResult r = sp->spawn(spec);
    kids.track(r);
    REQUIRE(r.ok);
    CHECK(sp->probe(r.ref()).kind == os::Probe::Kind::alive);
    // Another creation time: not our process, left alone.
    os::ProcessRef stranger{r.pid, r.start_time + 1};
    CHECK(sp->probe(stranger).kind == os::Probe::Kind::ended_unknown);
    std::string err;
    CHECK(sp->stop(stranger, os::StopHow::force, spec, &err));
    CHECK(sp->signal(stranger, "KILL", &err));
    CHECK(os::process_start_time(r.pid).has_value());
    CHECK(sp->signal_known("hup"));
    CHECK(sp->signal_known("SIGUSR1"));
    CHECK_FALSE(sp->signal_known("NOPE"));
    CHECK(sp->stop(r.ref(), os::StopHow::ask, spec, &err));   // stopsignal TERM
    REQUIRE(wait_ended(r.pid, wait_ms));
    CHECK(sp->probe(r.ref()).kind == os::Probe::Kind::ended_unknown);
    CHECK(kids.reap(r.pid) != -1);
    CHECK(os::describe_exit(ExitStatus::signaled(15)) == "terminated by SIGTERM");
    CHECK(os::describe_exit(ExitStatus::exited(3)) == "exit status 3");
}

TEST_CASE("signals by name; a vanished process counts as signalled") {
    auto sp = os::make_spawner();
    std::string err;
    CHECK_FALSE(os::send_signal(12345, "NOPE", false, &err));
    CHECK(err == "unknown signal 'NOPE'");
    CHECK_FALSE(os::send_signal(1, "TERM", true, &err));
    CHECK_FALSE(os::send_signal(0, "TERM", false, &err));
    CHECK(os::send_signal(1 << 30, "TERM", false, &err));  // above pid_max: ESRCH
    CHECK(os::send_signal(1 << 30, "KILL", true, &err));
    CHECK(os::signal_name(9) == "SIGKILL");
    CHECK(os::signal_name(SIGTERM) == "SIGTERM");
    CHECK(os::signal_name(SIGABRT) == "SIGABRT");
    CHECK(os::signal_name(SIGCHLD) == "SIGCHLD");
    CHECK(os::signal_name(200) == "signal 200");
    for (const char* name : {"TERM", "KILL", "HUP", "INT", "QUIT", "USR1", "USR2", "STOP", "CONT", "WINCH"})
        CHECK(sp->signal_known(name));
    CHECK_FALSE(sp->signal_known("FOO"));
    CHECK_FALSE(sp->signal_known(""));
}

TEST_CASE("process port: environment, users, paths, runtime directory, file limit") {
    ::setenv("SV_PROCESS_TEST", "x=y", 1);
    CHECK(os::environment().at("SV_PROCESS_TEST") == "x=y");
    CHECK(os::get_env("SV_PROCESS_TEST") == "x=y");
    ::unsetenv("SV_PROCESS_TEST");
    CHECK(os::get_env("SV_PROCESS_TEST").empty());
    CHECK(os::current_pid() == ::getpid());
    CHECK(os::current_uid() == ::geteuid());
    CHECK(os::is_privileged() == (::geteuid() == 0));
    CHECK_FALSE(os::host_node_name().empty());

    uint32_t uid = 99, gid = 99;
    CHECK(os::lookup_user("root", &uid, &gid));
    CHECK(uid == 0);
    CHECK(gid == 0);
    CHECK_FALSE(os::lookup_user("no_such_user_zz9", &uid, &gid));

    CHECK(os::absolute_path("/a/b/../c/./d/") == "/a/c/d");
    std::string cwd = std::filesystem::current_path().string();
    CHECK(os::absolute_path("x/y.conf") == (cwd == "/" ? "" : cwd) + "/x/y.conf");

    CHECK(os::user_exists("root"));
    CHECK_FALSE(os::user_exists("no_such_user_zz9"));

    std::string err;
    CHECK_FALSE(os::detach("/no/such/dir/out", &err));  // fails before forking
    CHECK(err == "/no/such/dir/out: No such file or directory");
    err.clear();
    CHECK(os::raise_open_file_limit(&err));
    struct rlimit rl {};
    ::getrlimit(RLIMIT_NOFILE, &rl);
    CHECK(err.empty());
    CHECK((rl.rlim_cur == rl.rlim_max || rl.rlim_max == RLIM_INFINITY));
}

TEST_CASE("daemonize: the parent exits 0, the daemon has its own session and the output file") {
    Scratch tmp;
    std::string out = tmp.path("daemon.out");
    // Become a subreaper for the duration, so the daemon is reparented to us
    // and can be waited for (bounded) and reaped.
    REQUIRE(::prctl(PR_SET_CHILD_SUBREAPER, 1L, 0L, 0L, 0L) == 0);
    std::fflush(nullptr);
    Capture told;  // the daemon writes its pid here (daemonize keeps other descriptors)
    pid_t parent = ::fork();
    REQUIRE(parent >= 0);
    if (parent == 0) {
        std::string error;
        if (!os::detach(out, &error)) ::_exit(3);
        // The daemon: report what it sees, then end.
        char c;
        bool null_in = ::read(0, &c, 1) == 0;
        std::printf("pid %d sid %d null_in %d\n", ::getpid(), ::getsid(0), null_in ? 1 : 0);
        std::fflush(stdout);
        pid_t me = ::getpid();
        ssize_t w = ::write(told.fds[1], &me, sizeof me);
        ::_exit(w == sizeof me ? 0 : 4);
    }
    REQUIRE(wait_ended(parent, wait_ms));
    int status = 0;
    REQUIRE(::waitpid(parent, &status, 0) == parent);
    CHECK(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
    // The daemon is now our child (we are its subreaper): wait for it, bounded.
    std::string pid_bytes = told.read_all();
    bool reaped = false;
    if (pid_bytes.size() == sizeof(pid_t)) {
        pid_t d;
        std::memcpy(&d, pid_bytes.data(), sizeof d);
        if (wait_ended(d, wait_ms)) reaped = ::waitpid(d, &status, 0) == d;
        CHECK(WIFEXITED(status));
        CHECK(WEXITSTATUS(status) == 0);
    }
    ::prctl(PR_SET_CHILD_SUBREAPER, 0L, 0L, 0L, 0L);
    CHECK(reaped);
    std::string text = slurp(out);
    std::istringstream f(text);
    std::string w1, w3, w5;
    long pid = 0, sid = 0, null_in = 0;
    f >> w1 >> pid >> w3 >> sid >> w5 >> null_in;
    CHECK(pid > 0);
    CHECK(pid == sid);
    CHECK(null_in == 1);
}

}  // TEST_SUITE
