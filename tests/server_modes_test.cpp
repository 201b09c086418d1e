// The same server on a Linux-like and an OpenVMS-like system (fakes): on
// Linux the exit status of a process the server did not start (adopted after
// a restart) is lost; on OpenVMS the permanent termination mailbox keeps it,
// so the restart policy sees the real status. A Linux client is a connection
// whose end the server is told of; an OpenVMS reply mailbox is not, and the
// server must be none the worse. Crash safety holds in both. (Every other
// server suite runs in both modes too: CTest's unit_vms_like, SV_FAKE_OS=vms.)
#include <doctest/doctest.h>

#include <cstdlib>
#include <string>

#include "fakes/server_harness.h"

using namespace sv;
using namespace sv::test;

namespace {
const char* mode_name(bool vms) { return vms ? "OpenVMS-like" : "Linux-like"; }
}  // namespace

TEST_SUITE("server modes") {

TEST_CASE("an adopted process that exits: its status is known only where the system keeps it") {
    for (bool vms : {false, true}) {
        CAPTURE(mode_name(vms));
        World w(kServerSection + program("job", "startsecs=0\nautorestart=unexpected\nexitcodes=0\n"));
        w.procs->keeps_status = vms;
        start_and_kill(w);
        int64_t pid = pid_of(w, "job");
        ServerHarness second(w);
        REQUIRE(second.start());
        second.settle();
        REQUIRE(second.pid("job") == pid);   // adopted
        w.procs->end(pid, ExitStatus::exited(0));   // an expected exit
        second.settle();
        if (vms) {
            CHECK(second.proc("job").proc.last_exit == ExitStatus::exited(0));
            CHECK(second.state("job") == State::exited);   // expected: not restarted
            CHECK(w.procs->spawned("job") == 1);
        } else {
            CHECK(second.proc("job").proc.last_exit == ExitStatus::lost());
            second.advance_s(2);   // past the crash-loop delay (it ran under a second)
            CHECK(second.state("job") == State::running);   // unknown counts as unexpected
            CHECK(w.procs->spawned("job") == 2);
        }
    }
}

TEST_CASE("a process that ended while no server ran: the real status decides where it was kept") {
    for (bool vms : {false, true}) {
        for (int code : {0, 3}) {
            CAPTURE(mode_name(vms));
            CAPTURE(code);
            World w(kServerSection + program("job", "startsecs=0\nautorestart=unexpected\nexitcodes=0\n"));
            w.procs->keeps_status = vms;
            start_and_kill(w);
            w.procs->end(pid_of(w, "job"), ExitStatus::exited(code));
            ServerHarness second(w);
            REQUIRE(second.start());
            second.settle();
            bool restarted = !vms || code != 0;
            CHECK(w.procs->spawned("job") == (restarted ? 2u : 1u));
            CHECK(w.log->has(vms ? "ended while supervisord was down; exit status " + std::to_string(code)
                                 : std::string("ended while supervisord was down; exit status unknown")));
            CHECK(w.procs->alive_pids("job").size() == (restarted ? 1u : 0u));
        }
    }
}

TEST_CASE("in both modes: killed while STARTING, adopted, never doubled") {
    for (bool vms : {false, true}) {
        CAPTURE(mode_name(vms));
        World w(kServerSection + program("web", "startsecs=5\n") + program("db", "startsecs=0\n"));
        w.procs->keeps_status = vms;
        start_and_kill(w, 1000);
        ServerHarness second(w);
        REQUIRE(second.start());
        second.settle();
        second.advance_s(6);
        CHECK(second.state("web") == State::running);
        CHECK(second.state("db") == State::running);
        CHECK(w.procs->spawned("web") == 1);
        CHECK(w.procs->spawned("db") == 1);
    }
}

TEST_CASE("a client that goes away during STOP /WAIT: forgotten when told, harmless when not") {
    for (FakeOs os : {FakeOs::linux_like, FakeOs::vms_like}) {
        std::string mode = fake_os_name(os);
        CAPTURE(mode);
        World w(kServerSection + program("web", "startsecs=0\nstopwaitsecs=5\n"), os);
        w.procs->stubborn.insert("web");
        ServerHarness h(w);
        REQUIRE(h.start());
        uint64_t gone = h.send(proto::Opcode::stop, {"web"}, proto::kFlagWait);
        h.settle();
        CHECK_FALSE(h.reply(gone));
        h.loop().disconnect(gone);
        h.settle();
        h.advance_s(5);   // stopwaitsecs: killed, STOPPED
        CHECK(h.state("web") == State::stopped);
        // Linux-like: told the client left, the server dropped the wait and
        // sends nothing. OpenVMS-like: nobody told it; the answer goes to the
        // request's reply token and the back end drops it there.
        CHECK(h.loop().dropped.count(gone) == (w.vms_like() ? 1u : 0u));
        CHECK_FALSE(h.reply(gone));
        // Either way the server goes on serving.
        auto r = h.request(proto::Opcode::start, {"web"}, proto::kFlagWait);
        REQUIRE(r);
        REQUIRE(r->processes.size() == 1);
        CHECK(r->processes[0].result == cond("STARTED"));
        CHECK(h.state("web") == State::running);
    }
}

TEST_CASE("SIGNAL: delivered where the system has signals, refused with BADSIGNAL where it has none") {
    for (FakeOs os : {FakeOs::linux_like, FakeOs::vms_like}) {
        std::string mode = fake_os_name(os);
        CAPTURE(mode);
        World w(kServerSection + program("web", "startsecs=0\n"), os);
        w.procs->stubborn.insert("web");   // HUP does not end it
        ServerHarness h(w);
        REQUIRE(h.start());
        const int64_t pid = h.pid("web");
        auto r = h.request(proto::Opcode::signal, {"web"}, 0, "HUP");
        REQUIRE(r);
        if (w.vms_like()) {
            CHECK(r->status == cond("BADSIGNAL"));
            CHECK(r->processes.empty());
            CHECK(w.procs->find(pid)->signals.empty());
        } else {
            CHECK(r->status == cond("NORMAL"));
            REQUIRE(r->processes.size() == 1);
            CHECK(r->processes[0].result == cond("SIGNALLED"));
            CHECK(w.procs->find(pid)->signals == std::vector<std::string>{"HUP"});
        }
        CHECK(h.state("web") == State::running);
        CHECK(h.pid("web") == pid);
    }
}

// CTest's unit_vms_like runs every server suite with SV_FAKE_OS=vms: the
// world and the loop each of their tests makes must then be OpenVMS-like.
TEST_CASE("the mode of a run: SV_FAKE_OS=vms makes every world OpenVMS-like, else Linux-like") {
    const char* asked = std::getenv("SV_FAKE_OS");
    const bool vms = asked && std::string(asked) == "vms";
    World w(kServerSection + program("web"));
    CHECK(w.vms_like() == vms);
    CHECK(w.procs->keeps_status == vms);
    CHECK(w.procs->has_signals == !vms);
    ServerHarness h(w);
    CHECK(h.loop().connectionless == vms);
}

}  // TEST_SUITE
