// libFuzzer target for the table codec: every input is given to both the
// process-entry and the server-entry decoder, once as it is and once with its
// length and checksum fields made right (so that mutations also reach the
// body checks behind the CRC); whatever a decoder accepts must encode back to
// the very same bytes (a version 1 entry: to version 2 bytes that decode and
// encode to themselves). Any mismatch aborts.
// Built and run by tests/fuzz/run.sh.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include "core/bytes.h"
#include "core/table.h"

using namespace sv::table;

namespace {

struct Tally {
    unsigned long long inputs = 0, processes_ok = 0, servers_ok = 0;
    ~Tally() {
        std::fprintf(stderr,
                     "table_fuzz: %llu inputs given to each decoder (twice: as is and resealed), "
                     "%llu valid process entries, %llu valid server entries\n",
                     inputs, processes_ok, servers_ok);
    }
} tally;

template <typename Entry>
void check(const uint8_t* data, size_t size, unsigned long long& ok) {
    Entry e;
    if (decode(data, size, e) != Decode::ok) return;
    ++ok;
    std::vector<uint8_t> again = encode(e);
    bool current = data[4] == kVersion && data[5] == 0;
    if (current ? again != std::vector<uint8_t>(data, data + size) : false) {
        std::fprintf(stderr, "table_fuzz: entry does not re-encode to its bytes\n");
        std::abort();
    }
    Entry back;
    if (!current && (decode(again.data(), again.size(), back) != Decode::ok || encode(back) != again)) {
        std::fprintf(stderr, "table_fuzz: an old-version entry does not convert to a stable current one\n");
        std::abort();
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    ++tally.inputs;
    check<ProcessEntry>(data, size, tally.processes_ok);
    check<ServerEntry>(data, size, tally.servers_ok);
    if (size >= kHeaderSize) {
        std::vector<uint8_t> b(data, data + size);
        for (int i = 0; i < 4; ++i) {
            b[kLengthOffset + static_cast<size_t>(i)] = static_cast<uint8_t>(size >> (8 * i));
            b[kChecksumOffset + static_cast<size_t>(i)] = 0;
        }
        uint32_t crc = sv::bytes::crc32(b.data(), b.size());
        for (int i = 0; i < 4; ++i) b[kChecksumOffset + static_cast<size_t>(i)] = static_cast<uint8_t>(crc >> (8 * i));
        check<ProcessEntry>(b.data(), b.size(), tally.processes_ok);
        check<ServerEntry>(b.data(), b.size(), tally.servers_ok);
    }
    return 0;
}
