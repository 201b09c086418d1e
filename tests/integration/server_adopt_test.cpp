// Re-adoption after kill -9 of the server, a second server refused, RELOAD.
#include <doctest/doctest.h>

#include <csignal>

#include "core/msg.h"
#include "integration/harness.h"

using sv::State;
using sv::proto::Opcode;
using sv::test::Harness;

namespace {
uint32_t code(const char* ident) { return sv::msg::Catalogue::builtin().code(ident); }

std::string many_programs(int n) {
    std::string out;
    for (int i = 0; i < n; ++i)
        out += "[program:p" + std::to_string(i) + "]\ncommand=sleep 1000\nstartsecs=0\nautorestart=true\n";
    return out;
}
}  // namespace

TEST_SUITE("integration") {

TEST_CASE("kill -9 of the server with 50 programs: the next one adopts all, restarts the dead one, duplicates none") {
    Harness h;
    h.write_config(many_programs(50));
    REQUIRE(h.start_server());
    REQUIRE(h.wait_until([&] {
        auto st = h.status();
        if (st.size() != 50) return false;
        for (auto& [n, p] : st) if (p.state != State::running) return false;
        return true;
    }, 20000));
    auto before = h.status();
    h.kill_server_hard();
    int64_t victim = before["p7"].pid;
    ::kill(static_cast<pid_t>(victim), SIGKILL);   // dies while no server watches
    REQUIRE(h.start_server());
    CHECK(h.wait_until([&] {
        auto p = h.status()["p7"];
        return p.state == State::running && p.pid != victim;
    }));
    auto after = h.status();
    REQUIRE(after.size() == 50);
    int adopted = 0;
    for (auto& [name, p] : after) {
        if (name == "p7") continue;
        CHECK_MESSAGE(p.pid == before[name].pid, name);
        adopted += p.pid == before[name].pid;
    }
    CHECK(adopted == 49);
    for (auto& [name, p] : before)  // every old process that should live does
        if (name != "p7") CHECK(sv::test::process_alive(p.pid));
    std::string log = h.log();
    CHECK(log.find("ended while supervisord was down") != std::string::npos);
    // No second copy: over both servers' lives each program was spawned once,
    // except p7 (twice).
    auto spawns = [&](const std::string& name) {
        size_t n = 0;
        std::string key = "spawned: '" + name + "'";
        for (size_t at = log.find(key); at != std::string::npos; at = log.find(key, at + 1)) ++n;
        return n;
    };
    CHECK(spawns("p0") == 1);
    CHECK(spawns("p49") == 1);
    CHECK(spawns("p7") == 2);
}

TEST_CASE("a second server on the same table is refused, naming the first") {
    Harness h;
    h.write_config("[program:one]\ncommand=sleep 1000\nstartsecs=0\n");
    REQUIRE(h.start_server());
    std::string out;
    int rc = h.run_server_expect_exit(&out);
    CHECK(rc != 0);
    CHECK(out.find(std::to_string(h.server_pid())) != std::string::npos);
    CHECK(h.status().size() == 1);   // the first is unaffected
}

TEST_CASE("RELOAD touches only what changed; a broken configuration changes nothing") {
    Harness h;
    h.write_config("[program:same]\ncommand=sleep 1000\nstartsecs=0\n"
                   "[program:changed]\ncommand=sleep 1000\nstartsecs=0\n"
                   "[program:gone]\ncommand=sleep 1000\nstartsecs=0\n");
    REQUIRE(h.start_server());
    REQUIRE(h.wait_until([&] {
        auto st = h.status();
        return st.size() == 3 && st["same"].state == State::running &&
               st["changed"].state == State::running && st["gone"].state == State::running;
    }));
    auto before = h.status();
    h.write_config("[program:same]\ncommand=sleep 1000\nstartsecs=0\n"
                   "[program:changed]\ncommand=sleep 2000\nstartsecs=0\n"
                   "[program:new]\ncommand=sleep 1000\nstartsecs=0\n");
    auto r = h.request(Opcode::reload);
    CHECK(r.status == code("RELOADED"));
    CHECK(h.wait_until([&] {
        auto st = h.status();
        return st.count("new") && st["new"].state == State::running && !st.count("gone") &&
               st["changed"].state == State::running && st["changed"].pid != before["changed"].pid;
    }));
    auto after = h.status();
    CHECK(after["same"].pid == before["same"].pid);
    CHECK_FALSE(sv::test::process_alive(before["gone"].pid));
    CHECK_FALSE(sv::test::process_alive(before["changed"].pid));

    h.write_config("[program:same]\ncommand=sleep 1000\nstartsecs=zero\n");
    r = h.request(Opcode::reload);
    CHECK(r.status == code("CONFIGERR"));
    bool names_line = false;
    for (const auto& l : r.lines) names_line |= l.find("supervisord.conf:") != std::string::npos;
    CHECK(names_line);
    auto untouched = h.status();
    CHECK(untouched.size() == 3);
    CHECK(untouched["new"].pid == after["new"].pid);
}

}  // TEST_SUITE

TEST_SUITE("integration") {

TEST_CASE("RELOAD of a file with 40,000 bad lines answers with the first errors counted, and the server goes on") {
    Harness h;
    h.write_config("[program:keep]\ncommand=sleep 1000\nstartsecs=0\n");
    REQUIRE(h.start_server());
    REQUIRE(h.wait_state("keep", State::running));
    int64_t pid = h.status()["keep"].pid;
    std::string bad = "[program:keep]\ncommand=sleep 1000\nstartsecs=0\n";
    for (int i = 0; i < 40000; ++i) bad += "nosuchkey" + std::to_string(i) + "=1\n";
    h.write_config(bad);
    auto r = h.request(Opcode::reload);
    CHECK(r.status == code("CONFIGERR"));
    REQUIRE(!r.lines.empty());
    CHECK(r.lines.size() <= 102);   // 100 listed, one "... and N more", room for one summary
    CHECK(r.lines.back().find("more error") != std::string::npos);
    auto st = h.status();
    CHECK(st["keep"].state == State::running);
    CHECK(st["keep"].pid == pid);
}

}  // TEST_SUITE
