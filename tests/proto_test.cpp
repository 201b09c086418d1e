// The request/reply codec: golden bytes (tests/golden/proto/*.hex, written by
// tests/golden/proto/golden_gen.py from the layout in proto.h), round trips,
// every decode outcome, limits, splitting and cutting.
#include <doctest/doctest.h>

#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "golden_hex.h"
#include "core/proto.h"

using namespace sv;
using namespace sv::proto;
using Bytes = std::vector<uint8_t>;

namespace {

Bytes golden(const std::string& name) { return sv::test::golden_hex("proto", name); }

Request request(Opcode op, uint32_t id, uint32_t flags, std::string password, std::string argument,
                std::vector<std::string> names) {
    Request r;
    r.op = op;
    r.id = id;
    r.flags = flags;
    r.password = std::move(password);
    r.argument = std::move(argument);
    r.names = std::move(names);
    return r;
}

ProcessInfo info(std::string name, std::string group, State state, int64_t pid, int64_t since, int64_t now,
                 ExitStatus exit, uint32_t result, std::string description) {
    ProcessInfo p;
    p.name = std::move(name);
    p.group = std::move(group);
    p.state = state;
    p.pid = pid;
    p.since = since;
    p.now = now;
    p.exit = exit;
    p.result = result;
    p.description = std::move(description);
    return p;
}

bool same(const ProcessInfo& a, const ProcessInfo& b) {
    return a.name == b.name && a.group == b.group && a.state == b.state && a.pid == b.pid &&
           a.since == b.since && a.now == b.now && a.exit == b.exit && a.result == b.result &&
           a.description == b.description;
}

bool same(const Request& a, const Request& b) {
    return a.op == b.op && a.id == b.id && a.flags == b.flags && a.password == b.password &&
           a.argument == b.argument && a.names == b.names;
}

bool same(const Reply& a, const Reply& b) {
    if (a.op != b.op || a.id != b.id || a.flags != b.flags || a.status != b.status ||
        a.lines != b.lines || a.processes.size() != b.processes.size())
        return false;
    for (size_t i = 0; i < a.processes.size(); ++i)
        if (!same(a.processes[i], b.processes[i])) return false;
    return true;
}

void put_u16(Bytes& b, size_t at, uint16_t v) {
    b[at] = static_cast<uint8_t>(v);
    b[at + 1] = static_cast<uint8_t>(v >> 8);
}

void put_u32(Bytes& b, size_t at, uint32_t v) {
    for (int i = 0; i < 4; ++i) b[at + static_cast<size_t>(i)] = static_cast<uint8_t>(v >> (8 * i));
}

// Sets the length field to the actual size (after a deliberate change).
Bytes fix_length(Bytes b) {
    put_u32(b, kLengthOffset, static_cast<uint32_t>(b.size()));
    return b;
}

Decode req_decode(const Bytes& b, size_t max = kDefaultMaxMessage) {
    Request r;
    return unpack(b.data(), b.size(), r, max);
}

Decode rep_decode(const Bytes& b, size_t max = kDefaultMaxMessage) {
    Reply r;
    return unpack(b.data(), b.size(), r, max);
}

const ProcessInfo kWeb = info("web", "web", State::running, 4242, 1700000000, 1700000062, ExitStatus{}, 0,
                              "pid 4242, uptime 0:01:02");
const ProcessInfo kDb = info("db", "store", State::exited, 0, 1700000010, 1700000062,
                             ExitStatus::signaled(9, true), 0x08A38011, "Nov 14 10:13 PM");
const ProcessInfo kNeg = info("neg", "", State::fatal, -1, -5, 0, ExitStatus::exited(-2), 0, "");

struct GoldenRequest {
    const char* file;
    Request r;
};

std::vector<GoldenRequest> golden_requests() {
    return {
        {"request_status.hex", request(Opcode::status, 1, 0, "", "", {})},
        {"request_start.hex", request(Opcode::start, 7, kFlagWait | kFlagAll, "s3cret", "", {})},
        {"request_stop.hex", request(Opcode::stop, 0x01020304, kFlagWait, "", "", {"web", "db"})},
        {"request_restart.hex", request(Opcode::restart, 9, 0, "", "", {"cat:*"})},
        {"request_shutdown.hex", request(Opcode::shutdown, 10, 0, "pw", "", {})},
        {"request_reload.hex", request(Opcode::reload, 11, 0, "", "", {})},
        {"request_signal.hex", request(Opcode::signal, 12, 0, "", "HUP", {"web"})},
        {"request_version.hex", request(Opcode::version, 0xFFFFFFFF, 0, "", "", {})},
        {"request_remove.hex", request(Opcode::remove, 13, 0, "", "", {"web"})},
    };
}

Reply reply(Opcode op, uint32_t id, uint32_t status, std::vector<ProcessInfo> procs, std::vector<std::string> lines) {
    Reply r;
    r.op = op;
    r.id = id;
    r.status = status;
    r.processes = std::move(procs);
    r.lines = std::move(lines);
    return r;
}

struct GoldenReply {
    const char* file;
    Reply r;
};

std::vector<GoldenReply> golden_replies() {
    return {
        {"reply_status.hex", reply(Opcode::status, 1, 0x08A38001, {kWeb, kDb, kNeg}, {})},
        {"reply_version.hex", reply(Opcode::version, 2, 0x08A38001, {}, {"supervise 0.1.0", ""})},
        {"reply_mixed.hex", reply(Opcode::reload, 3, 0x08A3801A,
                                  {info("x", "x", State::stopped, 0, 0, 0, ExitStatus::lost(), 1, "")},
                                  {"added: x"})},
        {"reply_empty.hex", reply(Opcode::shutdown, 4, 1, {}, {})},
    };
}

Reply split_reply() {
    std::vector<ProcessInfo> procs;
    for (int i = 0; i < 4; ++i) {
        char name[8];
        std::snprintf(name, sizeof name, "p%02d", i);
        procs.push_back(info(name, "grp", State::running, 1000 + i, 100, 200, ExitStatus{}, 0, std::string(100, 'd')));
    }
    return reply(Opcode::status, 5, 0x08A38001, procs, {"tail"});
}

}  // namespace

TEST_SUITE("proto") {

TEST_CASE("every request opcode packs to its golden bytes and back") {
    for (const auto& g : golden_requests()) {
        CAPTURE(g.file);
        Bytes want = golden(g.file);
        CHECK(pack(g.r) == want);
        Request got;
        REQUIRE(unpack(want.data(), want.size(), got) == Decode::ok);
        CHECK(same(got, g.r));
    }
}

TEST_CASE("replies with entries and lines pack to their golden bytes and back") {
    for (const auto& g : golden_replies()) {
        CAPTURE(g.file);
        Bytes want = golden(g.file);
        auto msgs = pack(g.r);
        REQUIRE(msgs.size() == 1);
        CHECK(msgs[0] == want);
        Reply got;
        REQUIRE(unpack(want.data(), want.size(), got) == Decode::ok);
        CHECK(same(got, g.r));
    }
}

TEST_CASE("a reply split at 512 bytes matches the golden parts") {
    auto msgs = pack(split_reply(), 512);
    REQUIRE(msgs.size() == 2);
    CHECK(msgs[0] == golden("reply_split_1.hex"));
    CHECK(msgs[1] == golden("reply_split_2.hex"));
    Reply a, b;
    REQUIRE(unpack(msgs[0].data(), msgs[0].size(), a, 512) == Decode::ok);
    REQUIRE(unpack(msgs[1].data(), msgs[1].size(), b, 512) == Decode::ok);
    CHECK(a.flags == kFlagMore);
    CHECK(b.flags == 0);
    CHECK(a.processes.size() == 3);
    merge(a, b);
    CHECK(same(a, split_reply()));
}

TEST_CASE("requests round trip at their limits") {
    Request r = request(Opcode::signal, 0x80000000u, kFlagWait | kFlagAll, std::string(kMaxPasswordLength, 'p'),
                        std::string(kMaxNameLength, 'a'), {"", std::string(kMaxNameLength, 'n'), "g:*"});
    r.names[0].clear();
    r.password[5] = '\0';   // any byte is carried as is
    Bytes b = pack(r);
    REQUIRE(b.size() == kRequestHeaderSize + 2 + 128 + 255 + 3 + 255 + 3);
    Request got;
    REQUIRE(unpack(b.data(), b.size(), got) == Decode::ok);
    CHECK(same(got, r));
}

TEST_CASE("a request that cannot be encoded packs to nothing") {
    Request ok = request(Opcode::start, 1, 0, "", "", {"a"});
    REQUIRE_FALSE(pack(ok).empty());
    Request r = ok;
    r.password.assign(kMaxPasswordLength + 1, 'x');
    CHECK(pack(r).empty());
    r = ok;
    r.argument.assign(kMaxNameLength + 1, 'x');
    CHECK(pack(r).empty());
    r = ok;
    r.names.push_back(std::string(kMaxNameLength + 1, 'x'));
    CHECK(pack(r).empty());
    r = ok;
    r.flags = 1u << 2;
    CHECK(pack(r).empty());
    r = ok;
    r.op = static_cast<Opcode>(kLastOpcode + 1);
    CHECK(pack(r).empty());
    r = ok;
    r.op = static_cast<Opcode>(0);
    CHECK(pack(r).empty());
}

TEST_CASE("a request fills max_message exactly, one byte more does not fit") {
    // header 24 + password and argument lengths 2 = 26; then names of 1 + 9 bytes.
    Request r = request(Opcode::stop, 1, 0, "", "", {});
    while (kRequestHeaderSize + 2 + (r.names.size() + 1) * 10 <= kDefaultMaxMessage)
        r.names.push_back("name_" + std::to_string(1000 + r.names.size()));
    size_t used = kRequestHeaderSize + 2 + r.names.size() * 10;
    r.password.assign(kDefaultMaxMessage - used, 'p');   // 4096 - 26 - 4070 = 0
    Bytes b = pack(r);
    REQUIRE(b.size() == used + r.password.size());
    CHECK(req_decode(b) == Decode::ok);
    r.names.push_back("x");
    CHECK(pack(r).empty());
    CHECK_FALSE(pack(r, 8192).empty());
}

TEST_CASE("max_message below the minimum is raised to it") {
    Request r = request(Opcode::status, 1, 0, "", "", {std::string(200, 'a'), std::string(200, 'b')});
    Bytes b = pack(r, 10);
    REQUIRE(b.size() == 428);
    CHECK(req_decode(b, 10) == Decode::ok);
    r.names.push_back(std::string(100, 'c'));
    CHECK(pack(r, 10).empty());
    CHECK(pack(r, kMinMaxMessage).empty());
    auto msgs = pack(reply(Opcode::status, 1, 0, {kWeb, kDb, kNeg}, {std::string(1000, 'l')}), 1);
    for (const auto& m : msgs) CHECK(m.size() <= kMinMaxMessage);
}

TEST_CASE("malformed requests get each decode outcome") {
    const Bytes good = golden("request_signal.hex");   // 33 bytes, one name "web"
    REQUIRE(req_decode(good) == Decode::ok);
    Bytes b;

    SUBCASE("too_short") {
        CHECK(req_decode(Bytes(good.begin(), good.begin() + 23)) == Decode::too_short);
        CHECK(req_decode(Bytes{}) == Decode::too_short);
        Request r;
        CHECK(unpack(nullptr, 0, r) == Decode::too_short);
    }
    SUBCASE("bad_signature") {
        b = good;
        b[3] = 'P';   // a reply's signature
        CHECK(req_decode(b) == Decode::bad_signature);
        CHECK(req_decode(golden("reply_empty.hex")) == Decode::bad_signature);
        CHECK(req_decode(Bytes(40, 0xFF)) == Decode::bad_signature);
    }
    SUBCASE("bad_version") {
        b = good;
        put_u16(b, 4, 2);
        CHECK(req_decode(b) == Decode::bad_version);
        put_u16(b, 4, 0);
        CHECK(req_decode(b) == Decode::bad_version);
    }
    SUBCASE("too_long") {
        b = good;
        b.resize(kDefaultMaxMessage + 1);
        CHECK(req_decode(fix_length(b)) == Decode::too_long);
        Bytes big = pack(request(Opcode::status, 1, 0, "", "", {std::string(255, 'a'), std::string(255, 'b')}));
        CHECK(req_decode(big, 4096) == Decode::ok);
        CHECK(req_decode(big, 512) == Decode::too_long);
    }
    SUBCASE("bad_length") {
        b = good;
        put_u32(b, kLengthOffset, 34);
        CHECK(req_decode(b) == Decode::bad_length);
        put_u32(b, kLengthOffset, 32);
        CHECK(req_decode(b) == Decode::bad_length);
        CHECK(req_decode(Bytes(good.begin(), good.end() - 1)) == Decode::bad_length);   // torn tail
    }
    SUBCASE("bad_opcode") {
        b = good;
        put_u16(b, 6, 0);
        CHECK(req_decode(b) == Decode::bad_opcode);
        put_u16(b, 6, kLastOpcode + 1);
        CHECK(req_decode(b) == Decode::bad_opcode);
        put_u16(b, 6, kLastOpcode);   // the last opcode added is served
        CHECK(req_decode(b) == Decode::ok);
        put_u16(b, 6, 0xFFFF);
        CHECK(req_decode(b) == Decode::bad_opcode);
    }
    SUBCASE("bad_field") {
        b = good;
        put_u32(b, 12, 1u << 2);
        CHECK(req_decode(b) == Decode::bad_field);
        put_u32(b, 12, 0x80000000u | kFlagWait);
        CHECK(req_decode(b) == Decode::bad_field);
        b = good;
        put_u16(b, 22, 1);   // reserved
        CHECK(req_decode(b) == Decode::bad_field);
        Bytes p = pack(request(Opcode::stop, 1, 0, std::string(kMaxPasswordLength, 'x'), "", {}));
        REQUIRE(req_decode(p) == Decode::ok);
        p[24] = static_cast<uint8_t>(kMaxPasswordLength + 1);
        p.insert(p.begin() + 25, 'x');
        CHECK(req_decode(fix_length(p)) == Decode::bad_field);
    }
    SUBCASE("bad_count") {
        b = good;
        put_u16(b, 20, 5);   // five names, four bytes left
        CHECK(req_decode(b) == Decode::bad_count);
        put_u16(b, 20, 0xFFFF);
        CHECK(req_decode(b) == Decode::bad_count);
    }
    SUBCASE("truncated") {
        b = good;
        b[29] = 4;   // name length runs one past the end
        CHECK(req_decode(b) == Decode::truncated);
        b = good;
        b[25] = 200;   // argument runs past the end
        CHECK(req_decode(b) == Decode::truncated);
        b = Bytes(good.begin(), good.begin() + 24);   // no password/argument bytes at all
        CHECK(req_decode(fix_length(b)) == Decode::truncated);
        b.push_back(0);   // password length, argument length missing
        CHECK(req_decode(fix_length(b)) == Decode::truncated);
        b = good;
        b[24] = 10;   // password of 10 runs past the end
        CHECK(req_decode(b) == Decode::truncated);
    }
    SUBCASE("trailing_bytes") {
        b = good;
        b.push_back(0);
        CHECK(req_decode(fix_length(b)) == Decode::trailing_bytes);
        b = good;
        put_u16(b, 20, 0);   // the name is no longer counted
        CHECK(req_decode(b) == Decode::trailing_bytes);
    }
}

TEST_CASE("a failed decode leaves the request untouched") {
    Request r = request(Opcode::stop, 99, kFlagWait, "pw", "", {"keep"});
    Request before = r;
    Bytes b = golden("request_signal.hex");
    b.push_back(1);
    REQUIRE(unpack(b.data(), b.size(), r) != Decode::ok);
    CHECK(same(r, before));
}

TEST_CASE("malformed replies get each decode outcome") {
    const Bytes good = golden("reply_mixed.hex");   // one entry "x", one line "added: x"
    REQUIRE(rep_decode(good) == Decode::ok);
    const size_t entry = kReplyHeaderSize;       // the entry starts right after the header
    const size_t state_at = entry + 2 + 2;       // after name "x" and group "x"
    Bytes b;

    SUBCASE("too_short") {
        CHECK(rep_decode(Bytes(good.begin(), good.begin() + 27)) == Decode::too_short);
        Reply r;
        CHECK(unpack(nullptr, 0, r) == Decode::too_short);
    }
    SUBCASE("bad_signature") {
        CHECK(rep_decode(golden("request_stop.hex")) == Decode::bad_signature);
        b = good;
        b[0] = 's';
        CHECK(rep_decode(b) == Decode::bad_signature);
    }
    SUBCASE("bad_version") {
        b = good;
        put_u16(b, 4, kVersion + 1);
        CHECK(rep_decode(b) == Decode::bad_version);
    }
    SUBCASE("too_long") {
        b = good;
        b.resize(5000);
        CHECK(rep_decode(fix_length(b)) == Decode::too_long);
        CHECK(rep_decode(fix_length(b), 8192) == Decode::trailing_bytes);
    }
    SUBCASE("bad_length") {
        b = good;
        put_u32(b, kLengthOffset, 0);
        CHECK(rep_decode(b) == Decode::bad_length);
        CHECK(rep_decode(Bytes(good.begin(), good.end() - 3)) == Decode::bad_length);
    }
    SUBCASE("bad_opcode") {
        b = good;
        put_u16(b, 6, 42);
        CHECK(rep_decode(b) == Decode::bad_opcode);
    }
    SUBCASE("bad_field") {
        b = good;
        put_u32(b, 12, kFlagMore | kFlagAll);   // a request flag is not a reply flag
        CHECK(rep_decode(b) == Decode::bad_field);
        b = good;
        put_u16(b, state_at, 5);   // not a state code
        CHECK(rep_decode(b) == Decode::bad_field);
        put_u16(b, state_at, 1001);
        CHECK(rep_decode(b) == Decode::bad_field);
        b = good;
        b[state_at + 2] = 4;   // exit kind
        CHECK(rep_decode(b) == Decode::bad_field);
        b = good;
        b[state_at + 3] = 2;   // core dumped
        CHECK(rep_decode(b) == Decode::bad_field);
    }
    SUBCASE("bad_count") {
        b = good;
        put_u16(b, 20, 2);   // two entries need 88 bytes, 61 left
        CHECK(rep_decode(b) == Decode::bad_count);
        b = good;
        put_u16(b, 22, 0xFFFF);
        CHECK(rep_decode(b) == Decode::bad_count);
    }
    SUBCASE("truncated") {
        b = good;
        b[entry] = 200;   // name runs past the end
        CHECK(rep_decode(b) == Decode::truncated);
        b = good;
        put_u16(b, b.size() - 10, 9);   // the line "added: x" claims 9 bytes
        CHECK(rep_decode(b) == Decode::truncated);
        b = good;
        put_u16(b, 20, 0);   // entry read as lines: the second line runs off
        put_u16(b, 22, 2);
        CHECK(rep_decode(b) == Decode::truncated);
    }
    SUBCASE("trailing_bytes") {
        b = good;
        b.insert(b.end(), {1, 2, 3});
        CHECK(rep_decode(fix_length(b)) == Decode::trailing_bytes);
        b = good;
        put_u16(b, 22, 0);
        CHECK(rep_decode(b) == Decode::trailing_bytes);
    }
}

TEST_CASE("1000 processes at 4096 bytes split into full messages and merge back equal") {
    Reply r = reply(Opcode::status, 77, 0x08A38001, {}, {"first line", "second line"});
    for (int i = 0; i < 1000; ++i)
        r.processes.push_back(info("worker_" + std::to_string(i), "workers", i % 2 ? State::running : State::backoff,
                                   10000 + i, 1700000000 + i, 1700009999, ExitStatus::exited(i % 3), 0,
                                   "pid " + std::to_string(10000 + i) + ", uptime 0:00:" + std::to_string(i % 60)));
    auto msgs = pack(r, 4096);
    REQUIRE(msgs.size() > 1);
    Reply merged;
    size_t entries = 0;
    for (size_t i = 0; i < msgs.size(); ++i) {
        CAPTURE(i);
        CHECK(msgs[i].size() <= 4096);
        Reply part;
        REQUIRE(unpack(msgs[i].data(), msgs[i].size(), part, 4096) == Decode::ok);
        CHECK(part.op == Opcode::status);
        CHECK(part.id == 77);
        CHECK(part.status == 0x08A38001);
        CHECK(part.flags == (i + 1 < msgs.size() ? kFlagMore : 0));
        entries += part.processes.size();
        if (i + 1 < msgs.size()) {
            // greedy: the next message's first item would not have fitted here
            Reply next;
            REQUIRE(unpack(msgs[i + 1].data(), msgs[i + 1].size(), next, 4096) == Decode::ok);
            size_t item = next.processes.empty() ? kLineFixedSize + next.lines[0].size()
                                                 : kEntryFixedSize + next.processes[0].name.size() +
                                                       next.processes[0].group.size() +
                                                       next.processes[0].description.size();
            CHECK(msgs[i].size() + item > 4096);
        }
        if (i == 0) merged = part;
        else merge(merged, part);
    }
    CHECK(entries == 1000);
    CHECK(same(merged, r));
    // the same reply at the default size gives the same messages
    CHECK(pack(r) == msgs);
}

TEST_CASE("an empty reply is one message of the header alone") {
    auto msgs = pack(Reply{});
    REQUIRE(msgs.size() == 1);
    CHECK(msgs[0].size() == kReplyHeaderSize);
    Reply got;
    got.lines = {"old"};
    REQUIRE(unpack(msgs[0].data(), msgs[0].size(), got) == Decode::ok);
    CHECK(same(got, Reply{}));
}

TEST_CASE("the caller's reply flags are replaced by kFlagMore alone") {
    Reply r = reply(Opcode::status, 1, 0, {kWeb}, {});
    r.flags = 0xFFFFFFFF;
    auto msgs = pack(r);
    REQUIRE(msgs.size() == 1);
    Reply got;
    REQUIRE(unpack(msgs[0].data(), msgs[0].size(), got) == Decode::ok);
    CHECK(got.flags == 0);
}

TEST_CASE("an entry too long for a message is cut to fit") {
    const size_t budget = 512 - kReplyHeaderSize - kEntryFixedSize;   // 440 bytes of strings

    SUBCASE("the description gives way first") {
        ProcessInfo p = kWeb;
        p.description.assign(10000, 'd');
        auto msgs = pack(reply(Opcode::status, 1, 0, {p}, {}), 512);
        REQUIRE(msgs.size() == 1);
        CHECK(msgs[0].size() == 512);
        Reply got;
        REQUIRE(unpack(msgs[0].data(), msgs[0].size(), got, 512) == Decode::ok);
        REQUIRE(got.processes.size() == 1);
        CHECK(got.processes[0].name == "web");
        CHECK(got.processes[0].description == std::string(budget - 6, 'd'));
        CHECK(got.processes[0].pid == 4242);
    }
    SUBCASE("names longer than 255 bytes are cut to 255") {
        ProcessInfo p = kWeb;
        p.name.assign(300, 'n');
        p.group.assign(256, 'g');
        auto msgs = pack(reply(Opcode::status, 1, 0, {p}, {}), 4096);
        Reply got;
        REQUIRE(unpack(msgs[0].data(), msgs[0].size(), got) == Decode::ok);
        CHECK(got.processes[0].name == std::string(255, 'n'));
        CHECK(got.processes[0].group == std::string(255, 'g'));
        CHECK(got.processes[0].description == kWeb.description);
    }
    SUBCASE("in the smallest message, the group then the name") {
        ProcessInfo p = kWeb;
        p.name.assign(255, 'n');
        p.group.assign(255, 'g');
        auto msgs = pack(reply(Opcode::status, 1, 0, {p, kDb}, {}), 512);
        REQUIRE(msgs.size() == 2);
        Reply got;
        REQUIRE(unpack(msgs[0].data(), msgs[0].size(), got, 512) == Decode::ok);
        CHECK(got.processes[0].name.size() == 255);
        CHECK(got.processes[0].group == std::string(budget - 255, 'g'));
        CHECK(got.processes[0].description.empty());
        CHECK(msgs[0].size() == 512);
        REQUIRE(unpack(msgs[1].data(), msgs[1].size(), got, 512) == Decode::ok);
        CHECK(same(got.processes[0], kDb));
    }
    SUBCASE("a cut never splits a UTF-8 character") {
        ProcessInfo p = kWeb;
        p.name = "w";
        p.group = "g";
        std::string e_acute = "\xC3\xA9";
        for (int i = 0; i < 300; ++i) p.description += e_acute;   // 600 bytes
        auto msgs = pack(reply(Opcode::status, 1, 0, {p}, {}), 512);
        Reply got;
        REQUIRE(unpack(msgs[0].data(), msgs[0].size(), got, 512) == Decode::ok);
        // 438 bytes of room: 219 whole characters
        CHECK(got.processes[0].description.size() == 438);
        p.name = "wx";   // 437 bytes of room: 218 characters, not 218.5
        msgs = pack(reply(Opcode::status, 1, 0, {p}, {}), 512);
        REQUIRE(unpack(msgs[0].data(), msgs[0].size(), got, 512) == Decode::ok);
        CHECK(got.processes[0].description.size() == 436);
        CHECK(got.processes[0].description.substr(434) == e_acute);
    }
}

TEST_CASE("a line too long for a message is cut to fit") {
    auto msgs = pack(reply(Opcode::version, 1, 0, {}, {"short", std::string(5000, 'l'), "after"}), 4096);
    REQUIRE(msgs.size() == 3);
    Reply got;
    REQUIRE(unpack(msgs[1].data(), msgs[1].size(), got) == Decode::ok);
    REQUIRE(got.lines.size() == 1);
    CHECK(got.lines[0] == std::string(4096 - kReplyHeaderSize - kLineFixedSize, 'l'));
    CHECK(msgs[1].size() == 4096);
    // with very large messages a line is still limited by its u16 length
    msgs = pack(reply(Opcode::version, 1, 0, {}, {std::string(70000, 'z')}), 200000);
    REQUIRE(msgs.size() == 1);
    REQUIRE(unpack(msgs[0].data(), msgs[0].size(), got, 200000) == Decode::ok);
    CHECK(got.lines[0].size() == 0xFFFF);
}

TEST_CASE("a message holds at most 65535 items of a kind") {
    Reply r;
    r.lines.assign(70000, "");
    auto msgs = pack(r, 1u << 20);
    REQUIRE(msgs.size() == 2);
    Reply a, b;
    REQUIRE(unpack(msgs[0].data(), msgs[0].size(), a, 1u << 20) == Decode::ok);
    REQUIRE(unpack(msgs[1].data(), msgs[1].size(), b, 1u << 20) == Decode::ok);
    CHECK(a.lines.size() == 0xFFFF);
    CHECK(b.lines.size() == 70000 - 0xFFFF);
}

TEST_CASE("merge appends entries and lines and takes the part's flags") {
    Reply into = reply(Opcode::status, 1, 7, {kWeb}, {"a"});
    into.flags = kFlagMore;
    Reply part = reply(Opcode::status, 1, 7, {kDb, kNeg}, {"b", "c"});
    merge(into, part);
    REQUIRE(into.processes.size() == 3);
    CHECK(same(into.processes[1], kDb));
    CHECK(same(into.processes[2], kNeg));
    CHECK(into.lines == std::vector<std::string>{"a", "b", "c"});
    CHECK(into.flags == 0);
    CHECK(into.status == 7);
}

TEST_CASE("every cut or flipped golden message is rejected or re-encodes identically") {
    std::vector<std::string> files;
    for (const auto& g : golden_requests()) files.push_back(g.file);
    for (const auto& g : golden_replies()) files.push_back(g.file);
    for (const auto& f : files) {
        CAPTURE(f);
        Bytes good = golden(f);
        bool is_request = f.rfind("request", 0) == 0;
        for (size_t n = 0; n < good.size(); ++n) {
            Bytes cut(good.begin(), good.begin() + static_cast<long>(n));
            CHECK((is_request ? req_decode(cut) : rep_decode(cut)) != Decode::ok);
        }
        for (size_t i = 0; i < good.size(); ++i) {
            for (uint8_t bit = 1; bit; bit = static_cast<uint8_t>(bit << 1)) {
                Bytes b = good;
                b[i] ^= bit;
                if (is_request) {
                    Request r;
                    if (unpack(b.data(), b.size(), r) == Decode::ok) CHECK(pack(r) == b);
                } else {
                    Reply r;
                    if (unpack(b.data(), b.size(), r) == Decode::ok) {
                        auto m = pack(r);
                        REQUIRE(m.size() == 1);
                        put_u32(m[0], 12, r.flags);   // pack writes the flags itself
                        CHECK(m[0] == b);
                    }
                }
            }
        }
    }
}

TEST_CASE("every decode outcome has its own description") {
    std::vector<std::string> seen;
    for (int d = 0; d <= static_cast<int>(Decode::trailing_bytes); ++d) {
        std::string text = describe(static_cast<Decode>(d));
        CHECK_FALSE(text.empty());
        for (const auto& s : seen) CHECK(s != text);
        seen.push_back(text);
    }
}

}  // TEST_SUITE
