// The OpenVMS keys on Linux, with real processes: privileges mapped to
// capabilities (or warned), baspri to nice, kt_limit to a pids cgroup, user
// switches (root only). Helpers and bounds: spawner_rig.h.
#include "spawner_rig.h"

using namespace sv;
using namespace sv::spawntest;

TEST_SUITE("spawner") {

TEST_CASE("privileges with no Linux meaning are warnings; the program still starts") {
    auto sp = os::make_spawner();
    Kids kids;
    ProgramSpec s = program("privs", {"/bin/true"});
    s.privileges = {"SYSNAM", "TMPMBX", "NETMBX"};
    os::SpawnResult r = sp->spawn(s);
    kids.track(r);
    REQUIRE(r.ok);
    REQUIRE(r.warnings.size() == 1);
    CHECK(r.warnings[0].rfind("privilege SYSNAM not applied: ", 0) == 0);
    CHECK(kids.reap(r.pid) == 0);
}

TEST_CASE("baspri becomes the child's nice value") {
    auto sp = os::make_spawner();
    Kids kids;
    ProgramSpec s = program("kind", {"/bin/sleep", "30"});
    s.baspri = 2;
    os::SpawnResult r = sp->spawn(s);
    kids.track(r);
    REQUIRE(r.ok);
    std::string stat = slurp("/proc/" + std::to_string(r.pid) + "/stat");
    std::istringstream f(stat.substr(stat.rfind(')') + 2));
    std::string field;
    for (int n = 3; n <= 19; ++n) f >> field;  // field 19: nice
    CHECK(field == "10");
    CHECK(os::send_signal(r.pid, "KILL", false, nullptr));
    CHECK(kids.reap(r.pid) != -1);

    ProgramSpec rt = program("rt", {"/bin/sleep", "30"});
    rt.baspri = 16;
    os::SpawnResult r2 = sp->spawn(rt);
    kids.track(r2);
    REQUIRE(r2.ok);
    if (r2.warnings.empty())
        CHECK(::sched_getscheduler(static_cast<pid_t>(r2.pid)) == SCHED_RR);
    else
        CHECK(r2.warnings[0].find("baspri 16 not applied (SCHED_RR 1)") == 0);
    CHECK(os::send_signal(r2.pid, "KILL", false, nullptr));
    CHECK(kids.reap(r2.pid) != -1);
}

TEST_CASE("kt_limit: a pids cgroup, or a warning, never a failure") {
    auto sp = os::make_spawner();
    Kids kids;
    ProgramSpec s = program("ktl_" + std::to_string(::getpid()), {"/bin/sleep", "30"});
    s.kt_limit = 7;
    os::SpawnResult r = sp->spawn(s);
    kids.track(r);
    REQUIRE(r.ok);
    std::string groups = slurp("/proc/" + std::to_string(r.pid) + "/cgroup");
    std::string dir;
    for (const auto& w : r.warnings)
        if (w.find("kt_limit") != std::string::npos) dir = "none";
    if (dir.empty()) {
        CHECK(groups.find("supervise-" + s.name) != std::string::npos);
    } else {
        REQUIRE(r.warnings.size() == 1);
        CHECK(r.warnings[0].find("kt_limit not applied: ") == 0);
    }
    CHECK(os::send_signal(r.pid, "KILL", false, nullptr));
    CHECK(kids.reap(r.pid) != -1);
    // Remove the (now empty) cgroup the spawner created.
    for (const char* root : {"/sys/fs/cgroup", "/sys/fs/cgroup/pids", "/sys/fs/cgroup/unified"}) {
        std::error_code ec;
        for (const auto& e : std::filesystem::recursive_directory_iterator(root, ec))
            if (e.path().filename() == "supervise-" + s.name) {
                if (dir.empty()) CHECK(slurp((e.path() / "pids.max").string()) == "7\n");
                ::rmdir(e.path().c_str());
                break;
            }
    }
}

TEST_CASE("user switch to nobody keeps the mapped privileges (root only)") {
    if (::geteuid() != 0) return;
    auto sp = os::make_spawner();
    Kids kids;
    uint32_t uid = 0, gid = 0;
    REQUIRE(os::lookup_user("nobody", &uid, &gid));
    ProgramSpec s = program("nob", {"/bin/sleep", "30"});
    s.user = "nobody";
    s.privileges = {"SETPRI", "TMPMBX"};
    os::SpawnResult r = sp->spawn(s);
    kids.track(r);
    REQUIRE(r.ok);
    std::istringstream ids(status_field(r.pid, "Uid"));
    std::string real, eff;
    ids >> real >> eff;
    CHECK(real == std::to_string(uid));
    CHECK(eff == std::to_string(uid));
    std::istringstream gids(status_field(r.pid, "Gid"));
    gids >> real;
    CHECK(real == std::to_string(gid));
    unsigned long long amb = std::stoull(status_field(r.pid, "CapAmb"), nullptr, 16);
    unsigned long long effcaps = std::stoull(status_field(r.pid, "CapEff"), nullptr, 16);
    CHECK(amb == (1ULL << 23));  // CAP_SYS_NICE only
    CHECK(effcaps == (1ULL << 23));
    CHECK(os::send_signal(r.pid, "KILL", false, nullptr));
    CHECK(kids.reap(r.pid) != -1);

    // Login variables of the account unless nouaf; nouaf also drops the groups.
    Capture out;
    ProgramSpec e = program("nob2", {"/bin/sh", "-c", "echo $USER $HOME; id -G"});
    e.user = "nobody";
    e.stdout_file = out.path();
    os::SpawnResult r2 = sp->spawn(e);
    kids.track(r2);
    REQUIRE(r2.ok);
    const struct passwd* pw = ::getpwnam("nobody");
    REQUIRE(pw != nullptr);
    CHECK(out.read_all() == "nobody " + std::string(pw->pw_dir) + "\n" + std::to_string(gid) + "\n");
    CHECK(kids.reap(r2.pid) == 0);

    // Supplementary groups come from the account, and not at all with nouaf.
    ProgramSpec g = program("nob3", {"/bin/sleep", "30"});
    g.user = "nobody";
    os::SpawnResult r3 = sp->spawn(g);
    kids.track(r3);
    REQUIRE(r3.ok);
    CHECK(status_field(r3.pid, "Groups") == std::to_string(gid));
    g.nouaf = true;
    os::SpawnResult r4 = sp->spawn(g);
    kids.track(r4);
    REQUIRE(r4.ok);
    CHECK(status_field(r4.pid, "Groups").empty());
    CHECK(os::send_signal(r3.pid, "KILL", false, nullptr));
    CHECK(os::send_signal(r4.pid, "KILL", false, nullptr));
    CHECK(kids.reap(r3.pid) != -1);
    CHECK(kids.reap(r4.pid) != -1);
}

TEST_CASE("a server that is not root cannot switch users (root only)") {
    if (::geteuid() != 0) return;
    pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        int code = 1;
        if (::setgid(65534) == 0 && ::setuid(65534) == 0) {
            auto sp = os::make_spawner();
            ProgramSpec s = program("x", {"/bin/true"});
            s.user = "root";
            std::string e1 = sp->spawn(s).error;
            ProgramSpec p = program("x", {"/bin/true"});
            p.privileges = {"SETPRI"};
            std::string e2 = sp->spawn(p).error;
            // A greedier base priority cannot be had: a warning, still started.
            ProgramSpec n = program("x", {"/bin/true"});
            n.baspri = 10;
            os::SpawnResult r = sp->spawn(n);
            bool warned = r.ok && r.warnings.size() == 1 &&
                          r.warnings[0].rfind("baspri 10 not applied (nice -12): ", 0) == 0;
            if (r.ok && wait_ended(r.pid, wait_ms)) ::waitpid(static_cast<pid_t>(r.pid), nullptr, 0);
            code = e1 == "couldn't setuid to root: the server is not running as root" &&
                           e2.rfind("couldn't grant privileges: ", 0) == 0
                       ? (warned ? 0 : 3)
                       : 2;
        }
        ::_exit(code);
    }
    REQUIRE(wait_ended(pid, wait_ms));
    int status = 0;
    REQUIRE(::waitpid(pid, &status, 0) == pid);
    CHECK(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
}

}  // TEST_SUITE
