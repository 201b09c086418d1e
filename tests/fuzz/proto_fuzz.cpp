// libFuzzer target for the wire codec: every input is given to both the
// request and the reply decoder, once as it is and once with its length field
// set to its size (so mutations also reach the body checks). Whatever a decoder accepts must encode back
// to the very same bytes (a reply's flags apart, which pack writes itself),
// and a reply re-packed at the smallest message size must still split into
// valid messages that lose no entry or line. Any mismatch aborts.
// Built and run by tests/fuzz/run.sh.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include "core/proto.h"

using namespace sv::proto;

namespace {

// Counts, printed when the fuzzer exits, to show how deep the inputs reach.
struct Tally {
    unsigned long long inputs = 0, requests_ok = 0, replies_ok = 0;
    ~Tally() {
        std::fprintf(stderr, "proto_fuzz: %llu inputs given to each decoder (twice: as is and with the length set), "
                     "%llu valid requests, %llu valid replies\n",
                     inputs, requests_ok, replies_ok);
    }
} tally;

void fail(const char* what) {
    std::fprintf(stderr, "proto_fuzz: %s\n", what);
    std::abort();
}

void check_request(const uint8_t* data, size_t size) {
    Request r;
    if (unpack(data, size, r) != Decode::ok) return;
    ++tally.requests_ok;
    std::vector<uint8_t> again = pack(r);
    if (again != std::vector<uint8_t>(data, data + size)) fail("request does not re-encode to its bytes");
}

void check_split(const Reply& r) {
    auto msgs = pack(r, kMinMaxMessage);
    if (msgs.empty()) fail("pack gave no message");
    size_t procs = 0, lines = 0;
    for (size_t i = 0; i < msgs.size(); ++i) {
        Reply part;
        if (msgs[i].size() > kMinMaxMessage) fail("a split message exceeds the maximum");
        if (unpack(msgs[i].data(), msgs[i].size(), part, kMinMaxMessage) != Decode::ok)
            fail("a split message does not decode");
        if ((part.flags == kFlagMore) != (i + 1 < msgs.size())) fail("kFlagMore on the wrong message");
        if (part.id != r.id || part.op != r.op || part.status != r.status) fail("split header differs");
        procs += part.processes.size();
        lines += part.lines.size();
    }
    if (procs != r.processes.size() || lines != r.lines.size()) fail("splitting lost an item");
}

void check_reply(const uint8_t* data, size_t size) {
    Reply r;
    if (unpack(data, size, r) != Decode::ok) return;
    ++tally.replies_ok;
    auto again = pack(r);
    if (again.size() != 1) fail("a reply that fitted one message no longer does");
    std::vector<uint8_t>& m = again[0];
    if (m.size() != size) fail("reply re-encodes to another size");
    for (int i = 0; i < 4; ++i) m[12 + i] = static_cast<uint8_t>(r.flags >> (8 * i));
    if (m != std::vector<uint8_t>(data, data + size)) fail("reply does not re-encode to its bytes");
    check_split(r);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    ++tally.inputs;
    check_request(data, size);
    check_reply(data, size);
    if (size >= kLengthOffset + 4) {
        std::vector<uint8_t> b(data, data + size);
        for (int i = 0; i < 4; ++i) b[kLengthOffset + static_cast<size_t>(i)] = static_cast<uint8_t>(size >> (8 * i));
        check_request(b.data(), b.size());
        check_reply(b.data(), b.size());
    }
    return 0;
}
