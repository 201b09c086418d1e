// The server's registry: every index follows the records, and check() sees
// each way they could drift.
#include <doctest/doctest.h>

#include "server/registry.h"

using sv::server::Managed;
using sv::server::Registry;

namespace {
Managed& add(Registry& r, const std::string& name) {
    Managed& m = r.add(name);
    m.spec.name = name;
    return m;
}
}  // namespace

TEST_SUITE("registry") {

TEST_CASE("records are found by name in any case, and forgotten whole") {
    Registry r;
    add(r, "web");
    Managed& db = add(r, "Db");
    CHECK(r.find("WEB") == r.find("web"));
    CHECK(r.find("db") == &db);
    r.set_timer(db, 500);
    r.watch(42, "Db");
    CHECK(r.check().empty());
    CHECK(r.take_pid(42) == "Db");
    CHECK(r.take_pid(42).empty());
    r.erase("Db");
    CHECK(r.find("db") == nullptr);
    CHECK(r.next_deadline() == -1);   // its timer went with it
    CHECK(r.check().empty());
}

TEST_CASE("two names that differ only in case: each found exactly, the fold survives an erase") {
    Registry r;
    add(r, "web");
    add(r, "WEB");
    CHECK(r.find("web")->spec.name == "web");
    CHECK(r.find("WEB")->spec.name == "WEB");
    r.erase("WEB");
    CHECK(r.find("Web")->spec.name == "web");
    CHECK(r.check().empty());
}

TEST_CASE("timers: one per record, popped in deadline order") {
    Registry r;
    Managed& a = add(r, "a");
    Managed& b = add(r, "b");
    r.set_timer(a, 300);
    r.set_timer(b, 100);
    r.set_timer(a, 200);   // replaces 300
    CHECK(r.next_deadline() == 100);
    CHECK(r.pop_due(50).empty());
    CHECK(r.pop_due(250) == "b");
    CHECK(b.timer_at == -1);
    CHECK(r.pop_due(250) == "a");
    CHECK(r.pop_due(1000).empty());
    CHECK(r.check().empty());
}

TEST_CASE("check() names each kind of drift") {
    Registry r;
    Managed& a = add(r, "a");
    a.timer_at = 99;   // a deadline the timers do not hold
    r.watch(7, "ghost");
    Managed& b = add(r, "b");
    b.spec.name = "c";
    auto bad = r.check();
    REQUIRE(bad.size() == 3);
    CHECK(bad[0] == "'a' has a deadline the timers do not hold");
    CHECK(bad[1] == "record 'b' holds the spec of 'c'");
    CHECK(bad[2] == "watched pid 7 names no record ('ghost')");
}

}  // TEST_SUITE
