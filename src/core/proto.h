// Requests and replies on the command channel (SOCK_SEQPACKET socket on Linux,
// SUPERVISORD_CMD mailbox on OpenVMS): a packed binary codec.
//
// LAYOUT: see the block comment below (written before the code; golden bytes
// in tests/golden pin it). pack/unpack never do I/O.
//
// <<< proto helper: replace this line with the full layout description:
//     signature, version, offsets, byte order (little-endian), limits,
//     what each malformed input gets. >>>
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "core/process_state.h"

namespace sv::proto {

constexpr uint16_t kVersion = 1;
constexpr size_t kDefaultMaxMessage = 4096;   // the mailbox size
constexpr size_t kMinMaxMessage = 512;
constexpr size_t kMaxNameLength = 255;        // a process name or a text line piece
constexpr size_t kMaxPasswordLength = 128;

enum class Opcode : uint16_t {
    status = 1,    // names (empty = all)
    start = 2,     // names ("ALL" or empty list with flag_all = all)
    stop = 3,
    restart = 4,
    shutdown = 5,  // end the server, leave programs running
    reload = 6,    // re-read the configuration
    signal = 7,    // names + argument = signal name
    version = 8,   // server version text in reply lines
};

// Request flags.
constexpr uint32_t kFlagWait = 1u << 0;   // reply when the new state is reached (or failed)
constexpr uint32_t kFlagAll = 1u << 1;    // the request is for every program

// Reply flags.
constexpr uint32_t kFlagMore = 1u << 0;   // another reply message follows for this request

struct Request {
    Opcode op = Opcode::status;
    uint32_t id = 0;                // chosen by the client, echoed in replies
    uint32_t flags = 0;
    std::string password;           // empty: none given
    std::string argument;           // signal name for `signal`; otherwise empty
    std::vector<std::string> names; // process names, or group names "group:*"
};

// One process in a reply (STATUS, and the per-name results of START/STOP...).
struct ProcessInfo {
    std::string name;               // process name as configured
    std::string group;              // group name
    State state = State::stopped;
    int64_t pid = 0;
    int64_t since = 0;              // wall seconds of the last state change
    int64_t now = 0;                // server's wall seconds when the reply was made
    ExitStatus exit;                // last exit
    uint32_t result = 0;            // condition value of the per-name outcome (0 = none)
    std::string description;        // supervisor's desc column ("pid 42, uptime 0:01:02")
};

struct Reply {
    Opcode op = Opcode::status;
    uint32_t id = 0;
    uint32_t flags = 0;             // kFlagMore on all but the last message
    uint32_t status = 0;            // condition value (msg/supervise.msg) of the whole request
    std::vector<ProcessInfo> processes;
    std::vector<std::string> lines; // free text (RELOAD diagnostics, VERSION)
};

// Every outcome of decoding; `describe` gives the text for logs/messages.
enum class Decode : uint8_t {
    ok = 0,
    too_short,        // shorter than the header
    bad_signature,
    bad_version,      // version this build does not speak
    bad_length,       // header length field differs from the bytes received
    too_long,         // more than the maximum message size
    bad_opcode,
    bad_count,        // item count exceeds what the message can hold
    truncated,        // an item runs past the end
    bad_field,        // a field out of range (state code, string too long, bad flags)
    trailing_bytes,   // bytes left after the last item
};
const char* describe(Decode d);

// Requests always fit one message (names beyond the limit are an error for
// the caller: pack returns an empty vector when it would exceed max_message).
std::vector<uint8_t> pack(const Request& r, size_t max_message = kDefaultMaxMessage);
Decode unpack(const uint8_t* data, size_t size, Request& out, size_t max_message = kDefaultMaxMessage);

// A reply is split into as many messages as needed, each at most max_message
// bytes; every message but the last carries kFlagMore. Each message is a
// complete Reply on its own (header repeated); a single process entry or line
// longer than a message is cut to fit.
std::vector<std::vector<uint8_t>> pack(const Reply& r, size_t max_message = kDefaultMaxMessage);
Decode unpack(const uint8_t* data, size_t size, Reply& out, size_t max_message = kDefaultMaxMessage);

// Appends the processes and lines of a continuation message to `into`.
void merge(Reply& into, const Reply& part);

}  // namespace sv::proto
