// The VMS -> Linux mapping tables: quotas, privileges, base priority.
#include <doctest/doctest.h>

#include <sys/capability.h>
#include <sys/resource.h>

#include <algorithm>

#include "os/linux/mapping.h"

using namespace sv;
using namespace sv::os::mapping;

TEST_SUITE("mapping") {

TEST_CASE("PQL quotas become resource limits in Linux units") {
    LimitPlan p = map_quotas({{"FILLM", 200}, {"CPULM", 250}, {"PGFLQUOTA", 1000}, {"PRCLM", 7},
                              {"ASTLM", 50}, {"BYTLM", 4096}, {"ENQLM", 30}});
    CHECK(p.warnings.empty());
    REQUIRE(p.limits.size() == 7);
    CHECK(p.limits[0].resource == RLIMIT_NOFILE);
    CHECK(p.limits[0].value == 200);
    CHECK(p.limits[0].quota == "FILLM");
    CHECK(p.limits[0].rlimit == "RLIMIT_NOFILE");
    CHECK(p.limits[1].resource == RLIMIT_CPU);
    CHECK(p.limits[1].value == 3);  // 2.5 s rounded up
    CHECK(p.limits[2].resource == RLIMIT_AS);
    CHECK(p.limits[2].value == 512000);
    CHECK(p.limits[3].resource == RLIMIT_NPROC);
    CHECK(p.limits[4].resource == RLIMIT_SIGPENDING);
    CHECK(p.limits[5].resource == RLIMIT_MSGQUEUE);
    CHECK(p.limits[5].value == 4096);
    CHECK(p.limits[6].resource == RLIMIT_LOCKS);
}

TEST_CASE("CPULM 0 means no limit, as on VMS") {
    LimitPlan p = map_quotas({{"CPULM", 0}});
    REQUIRE(p.limits.size() == 1);
    CHECK(p.limits[0].value == unlimited);
}

TEST_CASE("Linux resource names pass through in their own unit, any case") {
    LimitPlan p = map_quotas({{"NOFILE", 64}, {"as", 1 << 30}, {"CORE", 0}, {"STACK", 8 << 20}});
    CHECK(p.warnings.empty());
    REQUIRE(p.limits.size() == 4);
    CHECK(p.limits[0].resource == RLIMIT_NOFILE);
    CHECK(p.limits[0].value == 64);
    CHECK(p.limits[1].resource == RLIMIT_AS);
    CHECK(p.limits[1].rlimit == "RLIMIT_AS");
    CHECK(p.limits[1].value == (1u << 30));
    CHECK(p.limits[2].resource == RLIMIT_CORE);
    CHECK(p.limits[3].resource == RLIMIT_STACK);
}

TEST_CASE("FILLM and NOFILE reach the same limit, in configuration order") {
    LimitPlan p = map_quotas({{"FILLM", 100}, {"NOFILE", 50}});
    REQUIRE(p.limits.size() == 2);
    CHECK(p.limits[0].resource == RLIMIT_NOFILE);
    CHECK(p.limits[1].resource == RLIMIT_NOFILE);
    CHECK(p.limits[1].value == 50);
}

TEST_CASE("quotas without a Linux counterpart are warnings, never dropped silently") {
    LimitPlan p = map_quotas({{"DIOLM", 10}, {"WSEXTENT", 4000}, {"JTQUOTA", 1}, {"BOGUS", 3}, {"FILLM", 9}});
    REQUIRE(p.limits.size() == 1);
    REQUIRE(p.warnings.size() == 4);
    CHECK(p.warnings[0].find("quota DIOLM not applied") == 0);
    CHECK(p.warnings[1].find("quota WSEXTENT not applied") == 0);
    CHECK(p.warnings[2].find("JTQUOTA") != std::string::npos);
    CHECK(p.warnings[3] == "quota BOGUS not applied: unknown quota name");
}

TEST_CASE("VMS privileges map to capabilities, aliases included") {
    CapabilityPlan p = map_privileges({"SETPRI", "sysprv", "TMPMBX", "NETMBX"});
    CHECK(p.error.empty());
    CHECK(p.warnings.empty());  // TMPMBX and NETMBX need nothing on Linux
    std::vector<int> want = {CAP_CHOWN, CAP_DAC_OVERRIDE, CAP_FOWNER, CAP_SYS_NICE};
    std::sort(want.begin(), want.end());
    CHECK(p.caps == want);

    CHECK(map_privileges({"ALTPRI"}).caps == std::vector<int>{CAP_SYS_NICE});
    CapabilityPlan d = map_privileges({"DETACH"});
    CHECK(d.caps == map_privileges({"IMPERSONATE"}).caps);
    CHECK(std::find(d.caps.begin(), d.caps.end(), CAP_SETUID) != d.caps.end());
    CHECK(map_privileges({"ACNT"}).warnings.size() == 1);
}

TEST_CASE("duplicates collapse, Linux CAP_ names are accepted") {
    CapabilityPlan p = map_privileges({"CAP_NET_BIND_SERVICE", "cap_sys_nice", "SETPRI", "WORLD"});
    CHECK(p.error.empty());
    std::vector<int> want = {CAP_NET_BIND_SERVICE, CAP_SYS_NICE, CAP_KILL};
    std::sort(want.begin(), want.end());
    CHECK(p.caps == want);
}

TEST_CASE("unknown privileges are errors, unmapped ones warnings") {
    CHECK(map_privileges({"TMPMBX", "FLY"}).error == "unknown privilege 'FLY'");
    CHECK(map_privileges({"CAP_NO_SUCH_THING"}).error == "unknown capability 'CAP_NO_SUCH_THING'");
    CapabilityPlan p = map_privileges({"SYSNAM", "OPER"});
    CHECK(p.error.empty());
    CHECK(p.caps.empty());
    REQUIRE(p.warnings.size() == 2);
    CHECK(p.warnings[0].find("privilege SYSNAM not applied") == 0);
}

TEST_CASE("capability names") {
    CHECK(capability_name(CAP_SYS_NICE) == "CAP_SYS_NICE");
    CHECK(capability_name(CAP_NET_BIND_SERVICE) == "CAP_NET_BIND_SERVICE");
}

TEST_CASE("base priority 4 is nice 0; lower is kinder, higher is greedier") {
    PriorityPlan p4 = map_baspri(4);
    CHECK_FALSE(p4.realtime);
    CHECK(p4.nice == 0);
    CHECK(map_baspri(0).nice == 19);
    CHECK(map_baspri(3).nice == 5);
    CHECK(map_baspri(5).nice == -2);
    CHECK(map_baspri(15).nice == -20);
    int last = 20;
    for (int b = 0; b < 16; ++b) {
        PriorityPlan p = map_baspri(b);
        CHECK_FALSE(p.realtime);
        CHECK(p.nice <= last);
        CHECK(p.nice >= -20);
        CHECK(p.nice <= 19);
        last = p.nice;
    }
}

TEST_CASE("base priorities 16..31 are SCHED_RR 1..99, out of range clamps") {
    CHECK(map_baspri(16).realtime);
    CHECK(map_baspri(16).rt_priority == 1);
    CHECK(map_baspri(31).rt_priority == 99);
    int last = 0;
    for (int b = 16; b < 32; ++b) {
        CHECK(map_baspri(b).rt_priority > last);
        last = map_baspri(b).rt_priority;
    }
    CHECK(map_baspri(-3).nice == 19);
    CHECK(map_baspri(40).rt_priority == 99);
}

}  // TEST_SUITE
