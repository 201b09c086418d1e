// What a child gets: limits, descriptors, user, environment, output files.
#include <doctest/doctest.h>

#include <pwd.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include "integration/harness.h"

using sv::State;
using sv::test::Harness;

TEST_SUITE("integration") {

TEST_CASE("quotas are applied: the child reports them in /proc/self/limits") {
    Harness h;
    h.write_config("[program:limits]\ncommand=/bin/cat /proc/self/limits\nstartsecs=0\nautorestart=false\n"
                   "quotas=NOFILE=77,FILLM=77\nstdout_file=" + h.path("limits.out") + "\n");
    REQUIRE(h.start_server());
    REQUIRE(h.wait_state("limits", State::exited));
    std::string out = h.read("limits.out");
    CHECK(out.find("Max open files            77                   77") != std::string::npos);
}

TEST_CASE("without quotas a child keeps the open-file limit the server was started with") {
    // The server raises its own soft limit for its pidfds; children must not
    // inherit that. The harness starts the server with this process's limits.
    struct rlimit saved {};
    REQUIRE(::getrlimit(RLIMIT_NOFILE, &saved) == 0);
    struct rlimit mine = saved;
    if (mine.rlim_max == RLIM_INFINITY || mine.rlim_max > 1000) mine.rlim_cur = 1000;  // below the hard limit
    REQUIRE(::setrlimit(RLIMIT_NOFILE, &mine) == 0);
    struct Restore {
        rlimit r;
        ~Restore() { ::setrlimit(RLIMIT_NOFILE, &r); }
    } restore{saved};
    Harness h;
    h.write_config("[program:plain]\ncommand=/bin/sh -c 'ulimit -Sn'\nstartsecs=0\nautorestart=false\n"
                   "stdout_file=" + h.path("plain.out") + "\n");
    REQUIRE(h.start_server());
    REQUIRE(h.wait_state("plain", State::exited));
    CHECK(h.read("plain.out") == std::to_string(mine.rlim_cur) + "\n");
}

TEST_CASE("children inherit no descriptor but 0, 1, 2") {
    Harness h;
    // ls (a child of the shell) lists the shell's descriptors, which are
    // exactly what the server passed on; "; true" keeps the shell from
    // exec'ing ls in its own place.
    h.write_config("[program:fds]\ncommand=/bin/sh -c '/bin/ls /proc/$$/fd; true'\nstartsecs=0\n"
                   "autorestart=false\nstdout_file=" + h.path("fds.out") + "\n");
    REQUIRE(h.start_server());
    REQUIRE(h.wait_state("fds", State::exited));
    std::string out = h.read("fds.out");
    CHECK(out == "0\n1\n2\n");
}

TEST_CASE("environment, directory and redirect_stderr reach the child") {
    Harness h;
    h.write_config("[program:envy]\ncommand=/bin/sh -c 'echo $SUPERVISOR_ENABLED $SUPERVISOR_PROCESS_NAME $GREETING; pwd; echo err >&2'\n"
                   "startsecs=0\nautorestart=false\nenvironment=GREETING=\"hello, world\"\ndirectory=/tmp\n"
                   "redirect_stderr=true\nstdout_file=" + h.path("env.out") + "\n");
    REQUIRE(h.start_server());
    REQUIRE(h.wait_state("envy", State::exited));
    CHECK(h.read("env.out") == "1 envy hello, world\n/tmp\nerr\n");
}

TEST_CASE("user switches the child's account (root only)") {
    if (::geteuid() != 0) {
        MESSAGE("not root: user switch not tested");
        return;
    }
    if (!::getpwnam("nobody")) {
        MESSAGE("no user nobody");
        return;
    }
    Harness h;
    h.write_config("[program:who]\ncommand=/usr/bin/id -un\nstartsecs=0\nautorestart=false\nuser=nobody\n"
                   "stdout_file=" + h.path("who.out") + "\n");
    // nobody must be able to create the output file in the test directory.
    REQUIRE(::chmod(h.dir().c_str(), 0777) == 0);
    REQUIRE(h.start_server());
    REQUIRE(h.wait_state("who", State::exited));
    CHECK(h.read("who.out") == "nobody\n");
}

}  // TEST_SUITE
