// REREAD, AVAIL, ADD, REMOVE and UPDATE of some programs, on the server
// without processes (fakes: tests/fakes/server_harness.h, whose checks run
// after every turn: the table says what the server's records say, no
// process runs twice, every live process is the server's). A server killed
// after any of them and started again runs each program once.
#include <doctest/doctest.h>

#include <algorithm>

#include "fakes/server_harness.h"

using namespace sv;
using namespace sv::test;

namespace {

uint32_t result_of(const proto::Reply& r, const std::string& name) {
    for (const auto& p : r.processes)
        if (p.name == name) return p.result;
    return 0;
}

const std::string kBefore = kServerSection + program("web", "startsecs=0\n") +
                            program("manual", "startsecs=0\nautostart=false\n");
// web's command changes, extra is new, manual is gone.
const std::string kAfter = kServerSection + "[program:web]\ncommand=/usr/bin/web2\nstartsecs=0\n" +
                           program("extra", "startsecs=0\n");

// Starts `h` on kBefore, then edits the file to kAfter; web's pid.
int64_t start_then_edit(World& w, ServerHarness& h) {
    REQUIRE(h.start());
    h.settle();
    const int64_t web = h.pid("web");
    w.config = kAfter;
    return web;
}

}  // namespace

TEST_SUITE("server config ops") {

TEST_CASE("REREAD reports and changes nothing; ADD brings one program in; a new server runs it once") {
    World w(kBefore);
    {
        ServerHarness h(w);
        const int64_t web = start_then_edit(w, h);
        auto r = h.request(proto::Opcode::reread);
        REQUIRE(r);
        CHECK(result_of(*r, "extra") == cond("AVAILABLE"));
        CHECK(result_of(*r, "web") == cond("CHANGEDCFG"));
        CHECK(result_of(*r, "manual") == cond("DISAPPEARED"));
        CHECK(h.server().find("extra") == nullptr);
        CHECK(h.pid("web") == web);
        CHECK(w.procs->spawned("web") == 1);

        r = h.request(proto::Opcode::avail);
        REQUIRE(r);
        CHECK(std::count_if(r->lines.begin(), r->lines.end(),
                            [](const std::string& l) { return l.rfind("extra ", 0) == 0 && l.find("avail") != std::string::npos; }) == 1);

        r = h.request(proto::Opcode::add, {"extra"});
        REQUIRE(r);
        CHECK(result_of(*r, "extra") == cond("ADDED"));
        h.settle();
        CHECK(h.state("extra") == State::running);
        CHECK(h.pid("web") == web);   // nothing else applied
        CHECK(h.server().find("manual") != nullptr);
        r = h.request(proto::Opcode::add, {"extra"});
        REQUIRE(r);
        CHECK(result_of(*r, "extra") == cond("ALRADDED"));
        h.kill();
    }
    ServerHarness second(w);
    REQUIRE(second.start());
    second.settle();
    CHECK(w.procs->spawned("extra") == 1);   // re-adopted, not started again
    CHECK(w.procs->alive_pids("extra").size() == 1);
}

TEST_CASE("REMOVE refuses a running program and drops a stopped one from the table") {
    World w(kBefore);
    ServerHarness h(w);
    REQUIRE(h.start());
    h.settle();
    auto r = h.request(proto::Opcode::remove, {"web"});
    REQUIRE(r);
    CHECK(result_of(*r, "web") == cond("STILLRUNNING"));
    CHECK(h.state("web") == State::running);
    r = h.request(proto::Opcode::remove, {"manual", "nosuch"});
    REQUIRE(r);
    CHECK(result_of(*r, "manual") == cond("REMOVED"));
    CHECK(result_of(*r, "nosuch") == cond("NOSUCHPROG"));
    h.settle();
    CHECK(h.server().find("manual") == nullptr);
    CHECK_FALSE(w.table->process("manual"));
    // Still configured: AVAIL shows it, ADD brings it back.
    r = h.request(proto::Opcode::avail);
    REQUIRE(r);
    CHECK(std::any_of(r->lines.begin(), r->lines.end(),
                      [](const std::string& l) { return l.rfind("manual ", 0) == 0 && l.find("avail") != std::string::npos; }));
    r = h.request(proto::Opcode::add, {"manual"});
    REQUIRE(r);
    CHECK(result_of(*r, "manual") == cond("ADDED"));
    CHECK(h.state("manual") == State::stopped);   // autostart=false
}

TEST_CASE("UPDATE of one program applies only its change; UPDATE of all applies the rest") {
    World w(kBefore);
    ServerHarness h(w);
    const int64_t web = start_then_edit(w, h);
    auto r = h.request(proto::Opcode::update, {"extra"});
    REQUIRE(r);
    CHECK(result_of(*r, "extra") == cond("ADDED"));
    h.settle();
    CHECK(h.state("extra") == State::running);
    CHECK(h.pid("web") == web);                    // changed, not named: untouched
    CHECK(h.server().find("manual") != nullptr);   // gone from the file, not named: kept
    r = h.request(proto::Opcode::update);
    REQUIRE(r);
    CHECK(result_of(*r, "web") == cond("UPDATED"));
    CHECK(result_of(*r, "manual") == cond("REMOVED"));
    h.advance_s(1);
    CHECK(h.state("web") == State::running);
    CHECK(h.pid("web") != web);
    CHECK(w.procs->spawned("extra") == 1);
    CHECK(h.server().find("manual") == nullptr);
}

TEST_CASE("CLEAR asks the back end to empty the output files; its refusal is FAILED and a log line with the reason") {
    World w(kServerSection + program("web", "startsecs=0\nstdout_logfile=AUTO\n") +
            program("db", "startsecs=0\nstdout_logfile=AUTO\n"));
    w.procs->refuse_clear["db"] = "couldn't empty /logs/db.log: Permission denied";
    ServerHarness h(w);
    REQUIRE(h.start());
    h.settle();
    auto r = h.request(proto::Opcode::clear, {"web", "db", "nosuch"});
    REQUIRE(r);
    CHECK(result_of(*r, "web") == cond("CLEARED"));
    CHECK(result_of(*r, "db") == cond("FAILED"));
    CHECK(w.procs->cleared == std::vector<std::string>{"web", "db"});   // the back end, once each
    CHECK(w.log->has("cleared the output files of web"));
    CHECK(w.log->has("could not clear the output files of db: couldn't empty /logs/db.log: Permission denied"));
    CHECK(h.state("web") == State::running);
    CHECK(h.state("db") == State::running);
}

}  // TEST_SUITE
