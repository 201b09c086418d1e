// A process is group:name, as in supervisor: the same process name in two
// programs works end to end (start, stop, status, the table, adoption), and
// a table written before (processes keyed by their name alone) is adopted.
#include <doctest/doctest.h>

#include <sys/wait.h>
#include <unistd.h>

#include <csignal>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>

#include "core/table.h"
#include "integration/harness.h"
#include "os/linux/process_linux.h"

using sv::State;
using sv::proto::Opcode;
using sv::test::Harness;

namespace {

// STATUS by group:name (Harness::status keys by the process name alone).
std::map<std::string, sv::proto::ProcessInfo> by_namespec(Harness& h) {
    std::map<std::string, sv::proto::ProcessInfo> out;
    for (const auto& p : h.request(Opcode::status).processes) out[p.group + ":" + p.name] = p;
    return out;
}

bool wait_namespec(Harness& h, const std::string& spec, State s) {
    return h.wait_until([&] {
        auto all = by_namespec(h);
        auto it = all.find(spec);
        return it != all.end() && it->second.state == s;
    });
}

const char* const kTwins =
    "[group:a]\nprograms=one\n[group:b]\nprograms=two\n"
    "[program:one]\nprocess_name=worker\nstartsecs=0\n";

std::string twins(Harness& h) {
    return std::string(kTwins) + h.marked("one") +
           "[program:two]\nprocess_name=worker\nstartsecs=0\n" + h.marked("two") +
           "[program:worker]\nstartsecs=0\n" + h.marked("three");
}

}  // namespace

TEST_SUITE("integration") {

TEST_CASE("the same process name in two programs: started, stopped and shown apart, adopted apart") {
    Harness h;
    h.write_config(twins(h));
    REQUIRE(h.start_server());
    REQUIRE(wait_namespec(h, "a:worker", State::running));
    REQUIRE(wait_namespec(h, "b:worker", State::running));
    REQUIRE(wait_namespec(h, "worker:worker", State::running));
    auto live = h.live_marked();
    CHECK(live["one"].size() == 1);
    CHECK(live["two"].size() == 1);
    CHECK(live["three"].size() == 1);

    // STOP a:worker stops that one only.
    auto r = h.request(Opcode::stop, {"a:worker"});
    REQUIRE(r.processes.size() == 1);
    CHECK(r.processes[0].group == "a");
    CHECK(r.processes[0].name == "worker");
    REQUIRE(wait_namespec(h, "a:worker", State::stopped));
    CHECK(h.wait_until([&] { return h.live_marked()["one"].empty(); }));
    CHECK(h.live_marked()["two"].size() == 1);
    CHECK(by_namespec(h)["b:worker"].state == State::running);
    REQUIRE(h.request(Opcode::start, {"a:worker"}).processes.size() == 1);
    REQUIRE(wait_namespec(h, "a:worker", State::running));

    // Each has its own table entry; kill -9 of the server and a new one adopts all three.
    auto before = by_namespec(h);
    CHECK(std::filesystem::exists(h.path("table/p%3Aa%3Aworker")));
    CHECK(std::filesystem::exists(h.path("table/p%3Ab%3Aworker")));
    CHECK(std::filesystem::exists(h.path("table/p%3Aworker")));
    h.kill_server_hard();
    REQUIRE(h.start_server());
    REQUIRE(wait_namespec(h, "a:worker", State::running));
    auto after = by_namespec(h);
    for (const char* spec : {"a:worker", "b:worker", "worker:worker"}) {
        CAPTURE(spec);
        CHECK(after[spec].pid == before[spec].pid);
    }
    live = h.live_marked();
    CHECK(live["one"].size() == 1);
    CHECK(live["two"].size() == 1);
    CHECK(live["three"].size() == 1);
}

TEST_CASE("the same process name in two programs: each gets its own name, group and AUTO file") {
    Harness h;
    h.write_config("[group:a]\nprograms=one\n[group:b]\nprograms=two\n"
                   "[program:one]\nprocess_name=worker\nstartsecs=0\nautorestart=false\n"
                   "command=/bin/sh -c 'echo $SUPERVISOR_PROCESS_NAME $SUPERVISOR_GROUP_NAME'\n"
                   "[program:two]\nprocess_name=worker\nstartsecs=0\nautorestart=false\n"
                   "command=/bin/sh -c 'echo $SUPERVISOR_PROCESS_NAME $SUPERVISOR_GROUP_NAME'\n");
    REQUIRE(h.start_server());
    REQUIRE(wait_namespec(h, "a:worker", State::exited));
    REQUIRE(wait_namespec(h, "b:worker", State::exited));
    std::vector<std::string> texts;
    for (const auto& e : std::filesystem::directory_iterator(h.dir())) {
        std::string name = e.path().filename().string();
        if (name.rfind("worker-stdout---supervisor-", 0) != 0) continue;
        std::ifstream f(e.path());
        texts.push_back(std::string(std::istreambuf_iterator<char>(f), {}));
    }
    std::sort(texts.begin(), texts.end());
    CHECK(texts == std::vector<std::string>{"worker a\n", "worker b\n"});
}

TEST_CASE("a table written before processes were group:name is adopted and re-keyed, never duplicated") {
    Harness h;
    h.write_config("");
    REQUIRE(h.start_server());   // makes the table
    REQUIRE(h.request(Opcode::shutdown).status != 0);
    REQUIRE(h.wait_server_exit());

    // A process the older server started for program w (numprocs), recorded
    // under its process name alone, as version 2 entries are.
    std::string cmd = h.marked("w_0");
    std::string link = h.path("m-w_0");
    pid_t pid = ::fork();
    if (pid == 0) {
        ::setpgid(0, 0);
        ::execl(link.c_str(), link.c_str(), "1000", static_cast<char*>(nullptr));
        ::_exit(127);
    }
    REQUIRE(pid > 0);
    struct Reap {
        pid_t pid;
        ~Reap() {
            ::kill(pid, SIGKILL);
            ::waitpid(pid, nullptr, 0);
        }
    } reap{pid};
    REQUIRE(h.wait_until([&] { return h.live_marked()["w_0"].size() == 1; }));
    auto born = sv::os::process_start_time(pid);
    REQUIRE(born);
    sv::table::ProcessEntry e;
    e.name = "w_0";
    e.program = "w";
    e.state = State::running;
    e.pid = pid;
    e.start_time = *born;
    e.since = ::time(nullptr);
    auto bytes = sv::table::encode(e);
    REQUIRE(bytes[4] == 2);   // the older format
    std::ofstream(h.path("table/p%3Aw_0"), std::ios::binary)
        .write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));

    h.write_config("[program:w]\nprocess_name=%(program_name)s_%(process_num)d\nnumprocs=1\nstartsecs=0\n" + cmd);
    REQUIRE(h.start_server());
    REQUIRE(wait_namespec(h, "w:w_0", State::running));
    CHECK(by_namespec(h)["w:w_0"].pid == pid);          // adopted, not started again
    CHECK(h.live_marked()["w_0"].size() == 1);
    CHECK(std::filesystem::exists(h.path("table/p%3Aw%3Aw_0")));
    CHECK_FALSE(std::filesystem::exists(h.path("table/p%3Aw_0")));
    CHECK(h.log().find("table entry 'w_0' is now 'w:w_0'") != std::string::npos);

    // And the next server finds it under its new key.
    h.kill_server_hard();
    REQUIRE(h.start_server());
    REQUIRE(wait_namespec(h, "w:w_0", State::running));
    CHECK(by_namespec(h)["w:w_0"].pid == pid);
    CHECK(h.live_marked()["w_0"].size() == 1);
}

}  // TEST_SUITE
