// The ports' contracts, run against every back end alike: the Store against
// the Linux table directory and the in-memory store of the server unit
// tests; the Spawner against the Linux spawner (real processes) and the fake
// one. What only one back end can be asked stays in its *_linux_test.cpp.
#include <doctest/doctest.h>

#include <cerrno>
#include <filesystem>
#include <functional>
#include <sys/wait.h>
#include <unistd.h>

#include "core/table.h"
#include "fakes/fake_spawner.h"
#include "fakes/memory_store.h"
#include "os/spawner.h"
#include "os/store.h"

using namespace sv;

namespace {

using MakeStore = std::function<std::unique_ptr<os::Store>()>;

std::vector<uint8_t> bytes(const std::string& s) { return {s.begin(), s.end()}; }

std::map<std::string, std::string> entries(os::Store& st) {
    os::Entries all;
    std::string err;
    REQUIRE(st.read_all(&all, &err));
    std::map<std::string, std::string> out;
    for (const auto& [k, v] : all) out[k] = std::string(v.begin(), v.end());
    return out;
}

// Two stores made by `make` open the same table.
void store_contract(const MakeStore& make) {
    auto a = make();
    auto b = make();
    std::string err;
    REQUIRE(a->lock(&err));
    CHECK(a->lock(&err));   // again: harmless
    CHECK_FALSE(b->lock(&err));
    CHECK_FALSE(err.empty());
    CHECK(entries(*a).empty());

    const std::string odd = std::string("p:we b/..%\xC3\xA9", 11);   // any bytes make a key
    REQUIRE(a->write("p:web", bytes("one"), &err));
    REQUIRE(a->write(odd, bytes("two"), &err));
    REQUIRE(a->write("s:server", bytes(std::string("\0\1", 2)), &err));
    auto seen = entries(*b);   // the other store sees the same table
    CHECK(seen.size() == 3);
    CHECK(seen["p:web"] == "one");
    CHECK(seen[odd] == "two");
    CHECK(seen["s:server"] == std::string("\0\1", 2));
    REQUIRE(a->write("p:web", bytes("three"), &err));   // replaced whole
    CHECK(entries(*a)["p:web"] == "three");
    CHECK(a->remove(odd));
    CHECK(a->remove(odd));   // removing what is gone succeeds
    CHECK(entries(*a).count(odd) == 0);

    std::string why;
    CHECK(a->can_hold("p:web", &why));
    CHECK_FALSE(a->can_hold("p:" + std::string(300, 'x'), &why));
    CHECK_FALSE(why.empty());

    table::ProcessEntry e;
    e.name = "db";
    e.state = State::starting;
    table::Slots slots;
    auto rec = a->self_record("p:db", table::encode_with_slots(e, &slots), slots);
    REQUIRE(rec->write(4321, 99));
    std::string raw = entries(*b)["p:db"];
    table::ProcessEntry got;
    REQUIRE(table::decode(reinterpret_cast<const uint8_t*>(raw.data()), raw.size(), got) == table::Decode::ok);
    CHECK(got.pid == 4321);
    CHECK(got.start_time == 99);

    a.reset();   // its holder gone, the lock is free
    CHECK(b->lock(&err));
}

// A back end of the Spawner port, with what the contract needs of it.
struct SpawnerEnv {
    std::unique_ptr<os::Spawner> spawner;
    std::unique_ptr<os::Store> store;   // where its new processes record themselves
    ProgramSpec runs;         // a program that runs until stopped
    ProgramSpec cannot_run;   // a program whose spawn fails
    std::function<bool(const os::ProcessRef&)> wait_gone;   // bounded
    std::function<void(const os::ProcessRef&)> cleanup;
};

void spawner_contract(SpawnerEnv& env) {
    os::Spawner& sp = *env.spawner;
    os::Store& store = *env.store;
    table::ProcessEntry e;
    e.name = env.runs.name;
    e.state = State::starting;
    table::Slots slots;
    auto rec = store.self_record("p:" + e.name, table::encode_with_slots(e, &slots), slots);
    os::SpawnResult r = sp.spawn(env.runs, rec.get());
    REQUIRE_MESSAGE(r.ok, r.error);
    // The new process recorded itself: its pid and creation time.
    std::string raw = entries(store)["p:" + e.name];
    table::ProcessEntry recorded;
    REQUIRE(table::decode(reinterpret_cast<const uint8_t*>(raw.data()), raw.size(), recorded) ==
            table::Decode::ok);
    CHECK(recorded.pid == r.pid);
    CHECK(recorded.start_time == r.start_time);
    CHECK(sp.probe(r.ref()).kind == os::Probe::Kind::alive);
    // A reference whose creation time differs is another process: not alive
    // for us, and never stopped.
    os::ProcessRef stranger{r.pid, r.start_time + 1};
    CHECK(sp.probe(stranger).kind != os::Probe::Kind::alive);
    std::string err;
    CHECK(sp.stop(stranger, os::StopHow::force, env.runs, &err));
    CHECK(sp.probe(r.ref()).kind == os::Probe::Kind::alive);
    CHECK(sp.signal_known("TERM"));
    CHECK_FALSE(sp.signal_known("NO_SUCH_SIGNAL"));
    // Asked to stop, it goes.
    CHECK(sp.stop(r.ref(), os::StopHow::ask, env.runs, &err));
    CHECK(env.wait_gone(r.ref()));
    CHECK(sp.probe(r.ref()).kind != os::Probe::Kind::alive);
    CHECK(sp.stop(r.ref(), os::StopHow::force, env.runs, &err));   // gone already: success
    env.cleanup(r.ref());
    // A spawn that fails says why, and its record is not left claiming a live process.
    os::SpawnResult bad = sp.spawn(env.cannot_run, nullptr);
    CHECK_FALSE(bad.ok);
    CHECK_FALSE(bad.error.empty());
}

}  // namespace

TEST_SUITE("port contract") {

TEST_CASE("Store: the Linux table directory") {
    std::string dir = std::filesystem::temp_directory_path() / ("sv_contract_" + std::to_string(::getpid()));
    std::filesystem::remove_all(dir);
    store_contract([&] {
        std::string err;
        auto st = os::open_store(dir, &err);
        REQUIRE_MESSAGE(st, err);
        return st;
    });
    std::filesystem::remove_all(dir);
}

TEST_CASE("Store: the in-memory store of the server tests") {
    auto t = std::make_shared<test::MemoryTable>();
    store_contract([&] { return std::unique_ptr<os::Store>(std::make_unique<test::MemoryStore>(t)); });
}

TEST_CASE("Spawner: the Linux spawner, real processes") {
    SpawnerEnv env;
    env.spawner = os::make_spawner();
    // A real table: the new process writes its entry in its own memory
    // (after fork, as under AddressSanitizer), only the file is shared.
    std::string dir = std::filesystem::temp_directory_path() / ("sv_spawn_contract_" + std::to_string(::getpid()));
    std::filesystem::remove_all(dir);
    std::string err;
    env.store = os::open_store(dir, &err);
    REQUIRE_MESSAGE(env.store, err);
    env.runs.name = env.runs.program_name = "contract";
    env.runs.argv = {"/bin/sleep", "30"};
    env.cannot_run.name = env.cannot_run.program_name = "nope";
    env.cannot_run.argv = {"/no/such/program"};
    env.wait_gone = [&](const os::ProcessRef& p) {
        for (int i = 0; i < 1000; ++i) {   // at most 10 s
            if (env.spawner->probe(p).kind != os::Probe::Kind::alive) return true;
            ::usleep(10000);
        }
        return false;
    };
    env.cleanup = [](const os::ProcessRef& p) { ::waitpid(static_cast<pid_t>(p.pid), nullptr, 0); };
    spawner_contract(env);
    env.store.reset();
    std::filesystem::remove_all(dir);
}

TEST_CASE("Spawner: the fake spawner of the server tests") {
    auto procs = std::make_shared<test::FakeProcesses>();
    SpawnerEnv env;
    env.spawner = std::make_unique<test::FakeSpawner>(procs);
    env.store = std::make_unique<test::MemoryStore>(std::make_shared<test::MemoryTable>());
    env.runs.name = env.runs.program_name = "contract";
    env.runs.argv = {"/usr/bin/contract"};
    env.cannot_run.name = env.cannot_run.program_name = "nope";
    procs->refuse["nope"] = "can't find command '/no/such/program'";
    env.wait_gone = [&](const os::ProcessRef& p) { return env.spawner->probe(p).kind != os::Probe::Kind::alive; };
    env.cleanup = [](const os::ProcessRef&) {};
    spawner_contract(env);
}

}  // TEST_SUITE
