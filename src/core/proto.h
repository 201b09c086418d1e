// Requests and replies on the command channel (SOCK_SEQPACKET socket on Linux,
// SUPERVISORD_CMD mailbox on OpenVMS): a packed binary codec.
//
// LAYOUT: see the block comment below (written before the code; golden bytes
// in tests/golden pin it). pack/unpack never do I/O.
//
// Every integer is little-endian and written byte by byte (never a struct
// image). Strings are raw bytes (UTF-8 by convention, not checked) preceded
// by their length; there is no terminator and no padding. One message is one
// mailbox message / one SEQPACKET datagram; its size never exceeds
// max_message (the mailbox size, default 4096; values below kMinMaxMessage
// are raised to it, by pack and unpack alike).
//
// REQUEST (client -> server), header 24 bytes:
//   off size field
//    0   4   signature   "SVRQ"
//    4   2   version     kVersion (1)
//    6   2   opcode      Opcode, 1..kLastOpcode (15)
//    8   4   id          chosen by the client, echoed in every reply message
//   12   4   flags       kFlagWait | kFlagAll; no other bit may be set
//   16   4   length      total bytes of the message, header included
//   20   2   names       number of names that follow
//   22   2   reserved    0
//   24   1+n password    u8 length (0..kMaxPasswordLength), bytes; 0 = none;
//                        "username:password" when the client has a username
//                        (the credential, core/credential.h)
//    .   1+n argument    u8 length (0..255), bytes (signal name for `signal`)
//    .   1+n name        `names` times: u8 length (0..255), bytes
// The smallest request is 26 bytes. pack(Request) returns an empty vector
// (nothing to send) when a field is over its limit, a flag bit is unknown,
// the opcode is not an Opcode, or the whole would exceed max_message.
//
// REPLY (server -> client), header 28 bytes:
//    0   4   signature   "SVRP"
//    4   2   version     kVersion (1)
//    6   2   opcode      opcode of the request answered
//    8   4   id          id of the request answered
//   12   4   flags       kFlagMore on every message of a reply but the last;
//                        no other bit may be set
//   16   4   length      total bytes of the message, header included
//   20   2   processes   number of process entries that follow
//   22   2   lines       number of text lines after the entries
//   24   4   status      condition value of the whole request
//   28       process entries, then lines
// A process entry (44 bytes plus its three strings):
//   +0   1+n name        u8 length (0..255), bytes
//    .   1+n group       u8 length (0..255), bytes
//    .   2   state       State code (0, 10, 20, 30, 40, 100, 200, 1000)
//    .   1   exit kind   ExitStatus::Kind, 0..3
//    .   1   core dumped 0 or 1
//    .   8   pid         i64
//    .   8   since       i64, wall seconds
//    .   8   now         i64, wall seconds
//    .   8   exit value  i64
//    .   4   result      u32 condition value, 0 = none
//    .   2+n description u16 length, bytes
// A line: u16 length, bytes.
// pack(Reply) fills each message in order (entries, then lines) and starts a
// new one when the next item would not fit (or a count would pass 65535).
// Each message repeats opcode, id and status, so each decodes on its own;
// `merge` appends the entries and lines of the next part and takes its flags,
// so the merged reply carries kFlagMore until the last part is in. An item
// that cannot fit even an empty message is cut, never dropped: an entry's
// name and group to 255 bytes each (a message always has room for 440 bytes
// of an entry's strings, so the name is never cut further; the group may be,
// in messages under 554 bytes), the description to what is left; a line to
// what fits (at most 65535 bytes). Cuts never split a UTF-8 sequence. pack trusts the enum values it is given and always
// writes flags itself (the caller's flags are ignored).
//
// DECODING is strict and checks, in this order, returning the first failure:
//   size < header size (24 / 28)                     too_short
//   signature ("SVRQ" / "SVRP"; the other one too)   bad_signature
//   version != kVersion                              bad_version
//   size > max_message                               too_long
//   length field != size                             bad_length
//   opcode not 1..kLastOpcode                        bad_opcode
//   unknown flag bit, request reserved field != 0    bad_field
//   then the body, item by item:
//   request password length > kMaxPasswordLength     bad_field
//   names > bytes left (each needs 1 byte), or
//   processes * 44 + lines * 2 > bytes left          bad_count
//   a length or fixed field runs past the end        truncated
//   state not a State code, exit kind > 3, core > 1  bad_field
//   bytes left after the last item                   trailing_bytes
// Only well formed input is accepted, so unpack then pack gives back the same
// bytes (a reply's flags apart). On any failure `out` is left unchanged. The
// decoders read only inside [data, data + size): they are fuzzed
// (tests/fuzz/proto_fuzz.cpp).
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
constexpr char kRequestSignature[] = "SVRQ";   // 4 bytes on the wire, no NUL
constexpr char kReplySignature[] = "SVRP";
constexpr size_t kRequestHeaderSize = 24;
constexpr size_t kReplyHeaderSize = 28;
constexpr size_t kLengthOffset = 16;          // the u32 total length, in both headers
constexpr size_t kEntryFixedSize = 44;        // a process entry with three empty strings
constexpr size_t kLineFixedSize = 2;          // a line's u16 length

enum class Opcode : uint16_t {
    status = 1,    // names (empty = all)
    start = 2,     // names ("ALL" or empty list with flag_all = all)
    stop = 3,
    restart = 4,
    shutdown = 5,  // end the server, leave programs running
    reload = 6,    // re-read the configuration
    signal = 7,    // names + argument = signal name
    version = 8,   // server version text in reply lines
    // Added after the first release, at the end so the values above stay;
    // a server that predates one answers bad_opcode (BADREQUEST).
    pid = 9,       // no names: the server's pid in the reply's line; else the named processes
    clear = 10,    // names: empty the processes' output files (CLEARED per name)
    reread = 11,   // read the configuration; report added / changed / removed; change nothing
    avail = 12,    // the programs of the configuration last read, in use or not
    update = 13,   // reread, then apply what changed (names: only those groups/programs)
    add = 14,      // names: bring programs of the configuration last read into use
    remove = 15,   // names: take stopped programs out of use (STILLRUNNING while running)
};
constexpr uint16_t kLastOpcode = static_cast<uint16_t>(Opcode::remove);

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
