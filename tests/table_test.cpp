// The state-table entry codec: golden bytes (tests/golden/table/*.hex, written
// by tests/golden/proto/golden_gen.py, with zlib's CRC-32), round trips, limits,
// and every decode outcome, torn and corrupted entries included.
#include <doctest/doctest.h>

#include <cstring>
#include <fstream>
#include <limits>
#include <sstream>
#include <string>
#include <vector>

#include "golden_hex.h"
#include "core/bytes.h"
#include "core/table.h"

using namespace sv;
using namespace sv::table;
using Bytes = std::vector<uint8_t>;

namespace {

Bytes golden(const std::string& name) { return sv::test::golden_hex("table", name); }

void put_u16(Bytes& b, size_t at, uint16_t v) {
    b[at] = static_cast<uint8_t>(v);
    b[at + 1] = static_cast<uint8_t>(v >> 8);
}

void put_u32(Bytes& b, size_t at, uint32_t v) {
    for (int i = 0; i < 4; ++i) b[at + static_cast<size_t>(i)] = static_cast<uint8_t>(v >> (8 * i));
}

// Rewrites length and checksum after a deliberate change, so that the decoder
// gets past them to the check under test.
Bytes reseal(Bytes b) {
    put_u32(b, kLengthOffset, static_cast<uint32_t>(b.size()));
    put_u32(b, kChecksumOffset, 0);
    put_u32(b, kChecksumOffset, bytes::crc32(b.data(), b.size()));
    return b;
}

ProcessEntry running_web() {
    ProcessEntry e;
    e.name = "web";
    e.program = "web";
    e.pid = 4242;
    e.start_time = 123456789;
    e.state = State::running;
    e.since = 1700000000;
    e.restarts = 2;
    e.backoff = 0;
    e.fingerprint = 0x0123456789ABCDEFull;
    return e;
}

ProcessEntry fatal_worker() {
    ProcessEntry e;
    e.name = "worker_01";
    e.program = "worker";
    e.state = State::fatal;
    e.since = 1700000300;
    e.restarts = 3;
    e.backoff = 3;
    e.fingerprint = 0xFFFFFFFFFFFFFFFFull;
    e.last_exit = ExitStatus::signaled(11, true);
    e.spawnerr = "couldn't exec /bin/nope: ENOENT";
    return e;
}

ProcessEntry stopping_db() {
    ProcessEntry e;
    e.name = "db";
    e.program = "db";
    e.pid = 5150;
    e.start_time = 99887766;
    e.state = State::stopping;
    e.since = 1700000500;
    e.fingerprint = 0x1111;
    e.intent = kIntentStart | kIntentRemove | kIntentStop;
    return e;
}

ServerEntry server() {
    ServerEntry e;
    e.pid = 777;
    e.start_time = 987654321;
    e.channel = "/run/supervise/cmd.sock";
    e.version = "0.1.0";
    e.config = "/etc/supervise/supervisord.conf";
    return e;
}

bool same(const ProcessEntry& a, const ProcessEntry& b) {
    return a.name == b.name && a.program == b.program && a.pid == b.pid && a.start_time == b.start_time &&
           a.state == b.state && a.since == b.since && a.restarts == b.restarts && a.backoff == b.backoff &&
           a.fingerprint == b.fingerprint && a.last_exit == b.last_exit && a.spawnerr == b.spawnerr &&
           a.intent == b.intent;
}

bool same(const ServerEntry& a, const ServerEntry& b) {
    return a.pid == b.pid && a.start_time == b.start_time && a.channel == b.channel && a.version == b.version &&
           a.config == b.config && a.flags == b.flags;
}

Decode as_process(const Bytes& b) {
    ProcessEntry e;
    return decode(b.data(), b.size(), e);
}

Decode as_server(const Bytes& b) {
    ServerEntry e;
    return decode(b.data(), b.size(), e);
}

}  // namespace

TEST_SUITE("table") {

TEST_CASE("crc32 is zlib's CRC-32") {
    const char* check = "123456789";
    CHECK(bytes::crc32(reinterpret_cast<const uint8_t*>(check), 9) == 0xCBF43926u);
    CHECK(bytes::crc32(nullptr, 0) == 0u);
    const char* fox = "The quick brown fox jumps over the lazy dog";
    const auto* p = reinterpret_cast<const uint8_t*>(fox);
    CHECK(bytes::crc32(p, std::strlen(fox)) == 0x414FA339u);
    CHECK(bytes::crc32(p + 10, std::strlen(fox) - 10, bytes::crc32(p, 10)) == 0x414FA339u);
}

TEST_CASE("process and server entries encode to their golden bytes and back") {
    struct {
        const char* file;
        ProcessEntry e;
    } procs[] = {{"process_running.hex", running_web()}, {"process_fatal.hex", fatal_worker()},
                 {"process_stopping.hex", stopping_db()}};
    for (const auto& g : procs) {
        CAPTURE(g.file);
        Bytes want = golden(g.file);
        CHECK(encode(g.e) == want);
        ProcessEntry got;
        REQUIRE(decode(want.data(), want.size(), got) == Decode::ok);
        CHECK(same(got, g.e));
    }
    Bytes want = golden("server.hex");
    CHECK(encode(server()) == want);
    ServerEntry got;
    REQUIRE(decode(want.data(), want.size(), got) == Decode::ok);
    CHECK(same(got, server()));
}

TEST_CASE("a version 1 entry (no intent byte) is still read, and written back as version 2") {
    Bytes v1 = golden("process_running_v1.hex");
    ProcessEntry got;
    REQUIRE(decode(v1.data(), v1.size(), got) == Decode::ok);
    CHECK(same(got, running_web()));
    CHECK(got.intent == 0);
    CHECK(encode(got) == golden("process_running.hex"));
}

TEST_CASE("stamp fills pid and start time in place and keeps the entry valid") {
    ProcessEntry e = stopping_db();
    e.state = State::starting;
    e.pid = 0;
    e.start_time = 0;
    Slots slots;
    Bytes b = encode_with_slots(e, &slots);
    CHECK(b == encode(e));
    stamp(b.data(), b.size(), slots, 987654, 0xABCDEF0123ull);
    ProcessEntry got;
    REQUIRE(decode(b.data(), b.size(), got) == Decode::ok);
    CHECK(got.pid == 987654);
    CHECK(got.start_time == 0xABCDEF0123ull);
    e.pid = 987654;
    e.start_time = 0xABCDEF0123ull;
    CHECK(b == encode(e));   // the same bytes encode would have made
    Bytes shorter(b.begin(), b.begin() + 20);
    stamp(shorter.data(), shorter.size(), slots, 1, 1);   // too short for the slots: left alone
    CHECK(shorter == Bytes(b.begin(), b.begin() + 20));
}

TEST_CASE("extreme values round trip") {
    ProcessEntry e;
    e.name = std::string(255, 'n');
    e.program = std::string("\0\xff", 2);
    e.pid = std::numeric_limits<int64_t>::min();
    e.start_time = std::numeric_limits<uint64_t>::max();
    e.since = -1;
    e.restarts = 0xFFFFFFFFu;
    e.backoff = 0x80000000u;
    e.last_exit = ExitStatus::exited(std::numeric_limits<int64_t>::max());
    e.spawnerr = std::string(kMaxEntry - kProcessFixedSize - 255 - 2, 's');
    Bytes b = encode(e);
    CHECK(b.size() == kMaxEntry);
    ProcessEntry got;
    REQUIRE(decode(b.data(), b.size(), got) == Decode::ok);
    CHECK(same(got, e));
    for (State s : {State::stopped, State::starting, State::running, State::backoff, State::stopping,
                    State::exited, State::fatal, State::unknown}) {
        e.state = s;
        e.last_exit = ExitStatus::lost();
        b = encode(e);
        REQUIRE(decode(b.data(), b.size(), got) == Decode::ok);
        CHECK(same(got, e));
    }
    ServerEntry s;
    s.pid = -7;
    Bytes sb = encode(s);
    CHECK(sb.size() == kServerFixedSize);
    ServerEntry sgot;
    REQUIRE(decode(sb.data(), sb.size(), sgot) == Decode::ok);
    CHECK(same(sgot, s));
}

TEST_CASE("over-long strings are cut so an entry never exceeds kMaxEntry") {
    ProcessEntry e = running_web();
    e.name = std::string(300, 'n');
    e.program = std::string(256, 'p');
    e.spawnerr = std::string(5000, 'e');
    Bytes b = encode(e);
    CHECK(b.size() == kMaxEntry);
    ProcessEntry got;
    REQUIRE(decode(b.data(), b.size(), got) == Decode::ok);
    CHECK(got.name == std::string(255, 'n'));
    CHECK(got.program == std::string(255, 'p'));
    CHECK(got.spawnerr == std::string(kMaxEntry - kProcessFixedSize - 510, 'e'));
    CHECK(got.pid == 4242);

    ServerEntry s = server();
    s.channel = std::string(400, 'c');
    s.version = std::string(400, 'v');
    s.config = std::string(5000, 'f');
    b = encode(s);
    CHECK(b.size() == kMaxEntry);
    ServerEntry sgot;
    REQUIRE(decode(b.data(), b.size(), sgot) == Decode::ok);
    CHECK(sgot.channel == std::string(255, 'c'));
    CHECK(sgot.version == std::string(255, 'v'));
    CHECK(sgot.config == std::string(kMaxEntry - kServerFixedSize - 510, 'f'));
}

TEST_CASE("a cut never splits a UTF-8 character") {
    ProcessEntry e = running_web();
    e.program = "web1";   // 73 + 7 bytes: 944 left for spawnerr
    std::string euro = "\xE2\x82\xAC";   // 3 bytes
    for (int i = 0; i < 400; ++i) e.spawnerr += euro;
    Bytes b = encode(e);
    ProcessEntry got;
    REQUIRE(decode(b.data(), b.size(), got) == Decode::ok);
    CHECK(got.spawnerr.size() == 942);   // 314 whole characters, not 314 and two thirds
    CHECK(got.spawnerr.substr(939) == euro);
}

TEST_CASE("malformed entries get each decode outcome") {
    const Bytes proc = golden("process_fatal.hex");
    const Bytes serv = golden("server.hex");
    const size_t state_at = kHeaderSize + 1 + 9 + 1 + 6;   // after name "worker_01" and program "worker"
    Bytes b;

    SUBCASE("too_short") {
        CHECK(as_process(Bytes(proc.begin(), proc.begin() + 15)) == Decode::too_short);
        CHECK(as_server(Bytes{}) == Decode::too_short);
        ProcessEntry e;
        CHECK(decode(nullptr, 0, e) == Decode::too_short);
    }
    SUBCASE("bad_signature") {
        CHECK(as_process(Bytes(100, 0)) == Decode::bad_signature);
        b = proc;
        b[3] = 'b';
        CHECK(as_process(b) == Decode::bad_signature);
        b = proc;
        std::memcpy(b.data(), "SVRQ", 4);   // a request is not a table entry
        CHECK(as_process(b) == Decode::bad_signature);
    }
    SUBCASE("bad_version") {
        b = proc;
        put_u16(b, 4, 4);
        CHECK(as_process(b) == Decode::bad_version);
        CHECK(as_process(reseal(b)) == Decode::bad_version);
    }
    SUBCASE("bad_length: torn tails, appended bytes, too large") {
        for (size_t n = kHeaderSize; n < proc.size(); ++n)
            CHECK(as_process(Bytes(proc.begin(), proc.begin() + static_cast<long>(n))) == Decode::bad_length);
        b = proc;
        b.push_back(0);
        CHECK(as_process(b) == Decode::bad_length);
        b = proc;
        b.resize(kMaxEntry + 1);
        CHECK(as_process(reseal(b)) == Decode::bad_length);
    }
    SUBCASE("bad_length: the body does not match its string lengths") {
        b = proc;
        b[kHeaderSize] = 200;   // name runs past the end
        CHECK(as_process(reseal(b)) == Decode::bad_length);
        b = proc;
        b.push_back('!');   // a byte after the last string
        CHECK(as_process(reseal(b)) == Decode::bad_length);
        b = serv;
        put_u16(b, b.size() - 33, 30);   // config claims 30 of its 31 bytes
        CHECK(as_server(reseal(b)) == Decode::bad_length);
        b = serv;
        b[kHeaderSize + 16] = 2;   // a server flag nobody defined
        CHECK(as_server(reseal(b)) == Decode::bad_field);
        b = serv;
        b[kHeaderSize + 16] = 1;   // reloading
        ServerEntry reloading;
        REQUIRE(decode(reseal(b).data(), b.size(), reloading) == Decode::ok);
        CHECK(reloading.flags == kServerReloading);
        b = serv;
        put_u16(b, 4, 1);   // version 1 has no flags byte: the body is a byte too long
        CHECK(as_server(reseal(b)) == Decode::bad_length);
    }
    SUBCASE("bad_checksum") {
        b = proc;
        b[state_at + 5] ^= 0x01;   // a pid byte
        CHECK(as_process(b) == Decode::bad_checksum);
        b = proc;
        b[kChecksumOffset] ^= 0x80;
        CHECK(as_process(b) == Decode::bad_checksum);
        b = serv;
        put_u16(b, 6, kKindProcess);   // the kind is covered by the checksum too
        CHECK(as_process(b) == Decode::bad_checksum);
        b = proc;
        std::memset(b.data() + 40, 0, 20);   // a zeroed stretch, as a crash may leave
        CHECK(as_process(b) == Decode::bad_checksum);
    }
    SUBCASE("bad_field") {
        b = proc;
        put_u16(b, 6, 3);   // an unknown kind
        CHECK(as_process(reseal(b)) == Decode::bad_field);
        CHECK(as_server(reseal(b)) == Decode::bad_field);
        b = proc;
        put_u16(b, state_at, 7);
        CHECK(as_process(reseal(b)) == Decode::bad_field);
        b = proc;
        b[state_at + 2] = 4;   // exit kind
        CHECK(as_process(reseal(b)) == Decode::bad_field);
        b = proc;
        b[state_at + 3] = 2;   // core dumped
        CHECK(as_process(reseal(b)) == Decode::bad_field);
        b = proc;
        b[state_at + 4] = 8;   // an intent bit nobody defined
        CHECK(as_process(reseal(b)) == Decode::bad_field);
    }
    SUBCASE("wrong_kind") {
        CHECK(as_process(serv) == Decode::wrong_kind);
        CHECK(as_server(proc) == Decode::wrong_kind);
    }
}

TEST_CASE("no single-bit flip of an entry is accepted") {
    for (const char* f : {"process_running.hex", "process_fatal.hex", "process_stopping.hex", "server.hex"}) {
        CAPTURE(f);
        const Bytes good = golden(f);
        bool is_server = std::string(f) == "server.hex";
        for (size_t i = 0; i < good.size(); ++i)
            for (int bit = 0; bit < 8; ++bit) {
                Bytes b = good;
                b[i] ^= static_cast<uint8_t>(1u << bit);
                CHECK((is_server ? as_server(b) : as_process(b)) != Decode::ok);
            }
    }
}

TEST_CASE("a failed decode leaves the entry untouched") {
    ProcessEntry e = running_web();
    Bytes b = golden("process_fatal.hex");
    b.pop_back();
    REQUIRE(decode(b.data(), b.size(), e) != Decode::ok);
    CHECK(same(e, running_web()));
    ServerEntry s = server();
    REQUIRE(decode(b.data(), b.size(), s) != Decode::ok);
    CHECK(same(s, server()));
}

TEST_CASE("every decode outcome has its own description") {
    std::vector<std::string> seen;
    for (int d = 0; d <= static_cast<int>(Decode::wrong_kind); ++d) {
        std::string text = describe(static_cast<Decode>(d));
        CHECK_FALSE(text.empty());
        for (const auto& s : seen) CHECK(s != text);
        seen.push_back(text);
    }
}

}  // TEST_SUITE

TEST_CASE("a group:process name is written as version 3, and only version 3 holds one") {
    ProcessEntry e;
    e.name = "grp:worker";
    e.program = "one";
    e.state = State::running;
    e.pid = 42;
    Bytes b = encode(e);
    CHECK(b[4] == kVersionGroupName);
    CHECK(b[5] == 0);
    ProcessEntry got;
    REQUIRE(decode(b.data(), b.size(), got) == Decode::ok);
    CHECK(got.name == "grp:worker");
    CHECK(encode(got) == b);
    // A server that knows version 2 refuses it (rather than starting a second copy).
    Bytes as_v2 = b;
    put_u16(as_v2, 4, kVersion);
    CHECK(decode(reseal(as_v2).data(), as_v2.size(), got) == Decode::bad_field);
    // A plain name stays version 2 (older servers still read it); version 3 without ':' is refused.
    e.name = "worker";
    Bytes plain = encode(e);
    CHECK(plain[4] == kVersion);
    put_u16(plain, 4, kVersionGroupName);
    CHECK(decode(reseal(plain).data(), plain.size(), got) == Decode::bad_field);
    // Server entries have no version 3.
    Bytes server = encode(ServerEntry{});
    put_u16(server, 4, kVersionGroupName);
    ServerEntry s;
    CHECK(decode(reseal(server).data(), server.size(), s) == Decode::bad_version);
}

TEST_CASE("owner_of: which configured process an entry belongs to, older entries included") {
    std::vector<Configured> cfg{{"a:worker", "one", "worker"},
                                {"b:worker", "two", "worker"},
                                {"w:w_0", "w", "w_0"},
                                {"web", "web", "web"},
                                {"solo", "renamed", "solo"}};
    auto owner = [&](const std::string& name, const std::string& program) {
        ProcessEntry e;
        e.name = name;
        e.program = program;
        return owner_of(e, cfg);
    };
    CHECK(owner("a:worker", "one") == 0);   // as written now
    CHECK(owner("b:worker", "two") == 1);
    CHECK(owner("worker", "two") == 1);     // version 2 entry of program two: by program and process name
    CHECK(owner("w_0", "w") == 2);          // a numprocs process before group:name
    CHECK(owner("web", "web") == 3);
    CHECK(owner("c:worker", "one") == 0);   // program one moved from group c to a
    CHECK(owner("solo", "old") == 4);       // a renamed program keeps its process (as before)
    CHECK(owner("worker", "gone") == -1);   // two processes are called worker: neither is surely it
    CHECK(owner("w_0", "gone") == 2);       // one is: it
    CHECK(owner("x:nothing", "gone") == -1);
}
