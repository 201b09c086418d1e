// The server dies at the worst instants (os/failpoint.h: the server, or its
// new process, ends it on the spot, as kill -9 would), a new server starts on
// the same table, and every program runs exactly once: none twice, none lost,
// none running unknown to the server, no decision forgotten
// (docs/CRASH_SAFETY.md). Processes are counted from /proc, not from the
// server's word.
#include <doctest/doctest.h>

#include <csignal>
#include <fstream>
#include <sys/stat.h>

#include "core/msg.h"
#include "integration/harness.h"

using sv::State;
using sv::proto::Opcode;
using sv::test::Harness;

namespace {

std::string names(int n) { return "p" + std::to_string(n); }

// n marked programs, started at once (startsecs=0) and restarted always.
std::string programs(Harness& h, int n, const std::string& extra = "") {
    std::string out;
    for (int i = 0; i < n; ++i)
        out += "[program:" + names(i) + "]\n" + h.marked(names(i)) + "startsecs=0\nautorestart=true\n" + extra;
    return out;
}

// Starts the server with the failure point armed, lets `trigger` set it off,
// and waits for the server to die.
void crash_at(Harness& h, const std::string& point, const std::function<void()>& trigger) {
    h.set_server_env("SUPERVISORD_FAILPOINT", point);
    trigger();
    REQUIRE_MESSAGE(h.wait_server_exit(15000), "the failure point " << point << " was not reached");
    h.set_server_env("SUPERVISORD_FAILPOINT", "");
}

// What the server says and what runs agree, program by program: `want`
// running processes for each of `n` programs, each the one STATUS shows.
// Waits (bounded) for the settled state first.
void expect_exactly(Harness& h, int n, int want, State shown) {
    bool settled = h.wait_until([&] {
        auto st = h.status();
        auto live = h.live_marked();
        for (int i = 0; i < n; ++i) {
            const auto& p = st[names(i)];
            if (p.state != shown || live[names(i)].size() != static_cast<size_t>(want)) return false;
            if (want == 1 && live[names(i)].front() != p.pid) return false;
        }
        return true;
    }, 15000);
    auto st = h.status();
    auto live = h.live_marked();
    for (int i = 0; i < n; ++i) {
        std::string name = names(i);
        CAPTURE(name);
        CHECK(sv::state_name(st[name].state) == std::string(sv::state_name(shown)));
        CHECK(live[name].size() == static_cast<size_t>(want));
        if (want == 1 && live[name].size() == 1) CHECK(live[name].front() == st[name].pid);
    }
    CHECK(settled);
}

void all_running(Harness& h, int n) {
    REQUIRE(h.wait_until([&] {
        auto st = h.status();
        for (int i = 0; i < n; ++i)
            if (st[names(i)].state != State::running) return false;
        return true;
    }, 15000));
}

}  // namespace

TEST_SUITE("integration") {

TEST_CASE("first autostart: the server dies just after a spawn, before it wrote a thing") {
    Harness h;
    h.write_config(programs(h, 6));
    crash_at(h, "spawned:3", [&] { h.start_server(2000); });
    REQUIRE(h.start_server());
    expect_exactly(h, 6, 1, State::running);
}

TEST_CASE("the server dies while its new process is between clone and exec") {
    for (const char* point : {"child_before_record:2", "child_after_record:2"}) {
        CAPTURE(point);
        Harness h;
        h.write_config(programs(h, 4));
        crash_at(h, point, [&] { h.start_server(2000); });
        REQUIRE(h.start_server());
        expect_exactly(h, 4, 1, State::running);
    }
}

TEST_CASE("a crashed program's replacement is never doubled when the server dies as it starts it") {
    Harness h;
    h.write_config(programs(h, 5));
    h.set_server_env("SUPERVISORD_FAILPOINT", "spawned:6");   // the first spawn after the autostarts
    REQUIRE(h.start_server());
    all_running(h, 5);
    auto before = h.status();
    ::kill(static_cast<pid_t>(before["p2"].pid), SIGKILL);
    REQUIRE(h.wait_server_exit(15000));
    h.set_server_env("SUPERVISORD_FAILPOINT", "");
    REQUIRE(h.start_server());
    expect_exactly(h, 5, 1, State::running);
    CHECK(h.status()["p0"].pid == before["p0"].pid);   // adopted, not restarted
}

TEST_CASE("STOP ALL is never undone by a crash between its record and its signals, nor just after one") {
    for (const char* point : {"stop_recorded:2", "stop_signalled:1"}) {
        CAPTURE(point);
        Harness h;
        h.write_config(programs(h, 5));
        h.set_server_env("SUPERVISORD_FAILPOINT", point);
        REQUIRE(h.start_server());
        all_running(h, 5);
        h.request(Opcode::stop, {"ALL"}, 0);
        REQUIRE(h.wait_server_exit(15000));
        h.set_server_env("SUPERVISORD_FAILPOINT", "");
        size_t first_log = h.log().size();
        REQUIRE(h.start_server());
        expect_exactly(h, 5, 0, State::stopped);
        // The second server started nothing, not even for a moment.
        CHECK(h.log().find("spawned:", first_log) == std::string::npos);
    }
}

TEST_CASE("RESTART ALL recorded then interrupted: every program restarts, once") {
    Harness h;
    h.write_config(programs(h, 5));
    h.set_server_env("SUPERVISORD_FAILPOINT", "intents_recorded:1");
    REQUIRE(h.start_server());
    all_running(h, 5);
    auto before = h.status();
    h.request(Opcode::restart, {"ALL"}, 0);
    REQUIRE(h.wait_server_exit(15000));
    h.set_server_env("SUPERVISORD_FAILPOINT", "");
    REQUIRE(h.start_server());
    expect_exactly(h, 5, 1, State::running);
    auto after = h.status();
    for (int i = 0; i < 5; ++i) CHECK(after[names(i)].pid != before[names(i)].pid);
}

TEST_CASE("START ALL interrupted half way: the rest are started by the next server, none twice") {
    Harness h;
    h.write_config(programs(h, 6, "autostart=false\n"));
    h.set_server_env("SUPERVISORD_FAILPOINT", "spawned:3");
    REQUIRE(h.start_server());
    h.request(Opcode::start, {"ALL"}, 0);
    REQUIRE(h.wait_server_exit(15000));
    h.set_server_env("SUPERVISORD_FAILPOINT", "");
    REQUIRE(h.start_server());
    expect_exactly(h, 6, 1, State::running);
}

TEST_CASE("RELOAD interrupted, while recording or after: changed restarted, removed stopped, added started") {
    for (const char* point : {"reload_recording:1", "reload_recorded:1"}) {
        CAPTURE(point);
        Harness h;
        std::string same = "[program:same]\n" + h.marked("same") + "startsecs=0\n";
        h.write_config(programs(h, 3) + same + "[program:gone]\n" + h.marked("gone") + "startsecs=0\n");
        h.set_server_env("SUPERVISORD_FAILPOINT", point);
        REQUIRE(h.start_server());
        all_running(h, 3);
        REQUIRE(h.wait_state("gone", State::running));
        auto before = h.status();
        // p0..p2 change (another duration), `gone` goes, `new` comes.
        std::string changed;
        for (int i = 0; i < 3; ++i)
            changed += "[program:" + names(i) + "]\n" + h.marked(names(i), 2000) + "startsecs=0\nautorestart=true\n";
        h.write_config(changed + same + "[program:new]\n" + h.marked("new") + "startsecs=0\n");
        h.request(Opcode::reload, {}, 0);
        REQUIRE(h.wait_server_exit(15000));
        h.set_server_env("SUPERVISORD_FAILPOINT", "");
        REQUIRE(h.start_server());
        expect_exactly(h, 3, 1, State::running);
        auto after = h.status();
        for (int i = 0; i < 3; ++i) CHECK(after[names(i)].pid != before[names(i)].pid);
        CHECK(h.wait_until([&] {
            auto live = h.live_marked();
            auto st = h.status();
            return live["gone"].empty() && !st.count("gone") && live["new"].size() == 1 &&
                   live["same"].size() == 1 && st["new"].state == State::running;
        }));
        CHECK(h.status()["same"].pid == before["same"].pid);
    }
}

TEST_CASE("a table entry that cannot be written stops the start: FATAL with the reason, never an unrecorded copy") {
    Harness h;
    h.write_config(programs(h, 2, "startretries=1\n"));
    // A non-empty directory where p1's entry must go: rename() onto it fails,
    // for root too.
    ::mkdir(h.path("table").c_str(), 0700);
    ::mkdir(h.path("table/p%3Ap1").c_str(), 0700);
    std::ofstream(h.path("table/p%3Ap1/keep")) << "x";
    REQUIRE(h.start_server());
    REQUIRE(h.wait_state("p1", State::fatal, 15000));
    auto st = h.status();
    CHECK(st["p0"].state == State::running);
    CHECK_MESSAGE(st["p1"].description.find("couldn't record the process in the table") != std::string::npos,
                  st["p1"].description);   // the reason, where STATUS shows it
    CHECK(h.live_marked()["p1"].empty());
    CHECK(h.log().find("couldn't record the process in the table") != std::string::npos);
    // Even a clean shutdown and a new server start no unrecorded copy.
    h.request(Opcode::shutdown, {}, 0);
    REQUIRE(h.wait_server_exit());
    REQUIRE(h.start_server());
    REQUIRE(h.wait_state("p1", State::fatal, 15000));
    auto live = h.live_marked();
    CHECK(live["p0"].size() == 1);
    CHECK(live["p1"].empty());
}

TEST_CASE("an unreadable table entry refuses the start instead of starting duplicates") {
    Harness h;
    h.write_config(programs(h, 2));
    REQUIRE(h.start_server());
    all_running(h, 2);
    h.kill_server_hard();
    std::ofstream(h.path("table/p%3Ap0"), std::ios::trunc) << "torn";
    std::string out;
    CHECK(h.run_server_expect_exit(&out) != 0);
    CHECK(out.find("p:p0") != std::string::npos);
    CHECK(out.find("cannot be read") != std::string::npos);
    auto live = h.live_marked();
    CHECK(live["p0"].size() == 1);   // still the one the first server started
    CHECK(live["p1"].size() == 1);
}

TEST_CASE("a process name the table cannot hold refuses the configuration") {
    Harness h;
    std::string long_name(240, 'x');
    h.write_config("[program:" + long_name + "]\ncommand=sleep 1000\n");
    std::string out;
    CHECK(h.run_server_expect_exit(&out) != 0);
    CHECK(out.find("the table cannot hold this name") != std::string::npos);
}

TEST_CASE("RELOAD to a process name the table cannot hold is refused; nothing changes, nothing runs unrecorded") {
    Harness h;
    std::string kept = "[program:a]\n" + h.marked("a") + "startsecs=0\n";
    h.write_config(kept);
    REQUIRE(h.start_server());
    REQUIRE(h.wait_state("a", State::running));
    int64_t pid = h.status()["a"].pid;
    h.write_config(kept + "[program:" + std::string(240, 'x') + "]\n" + h.marked("long") + "startsecs=0\n");
    std::string out, err;
    CHECK(h.client({"reload"}, &out, &err) == 1);
    CHECK_MESSAGE(err.find("%SUPERVISE-E-CONFIGERR") != std::string::npos, err);
    CHECK_MESSAGE(err.find("the table cannot hold this name") != std::string::npos, err);
    auto st = h.status();
    CHECK(st.size() == 1);
    CHECK(st["a"].pid == pid);
    CHECK(h.live_marked()["long"].empty());
    CHECK(h.log().find("couldn't record the process in the table") == std::string::npos);
}

}  // TEST_SUITE
