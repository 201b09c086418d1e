// The state table: one entry per process plus one for the server, so that a
// restarted server re-adopts live processes (DESIGN.md §6). This is the entry
// codec only; where entries live (files, logical names) is the os::Store port.
//
// LAYOUT. An entry is at most kMaxEntry (1024) bytes; integers are
// little-endian and written byte by byte (never a struct image); strings are
// raw bytes preceded by their length, with no terminator and no padding.
//
// Header, 16 bytes, the same for both kinds:
//   off size field
//    0   4   signature   "SVTB"
//    4   2   version     kVersion (2), or kVersionGroupName (3) for a process
//                        entry whose name holds ':'; version 1 entries are
//                        still read
//    6   2   kind        1 = process entry, 2 = server entry
//    8   4   length      total bytes of the entry, header included
//   12   4   checksum    CRC-32 (zlib's) of the whole entry, computed with
//                        these four bytes taken as zero
// Process entry body (57 bytes plus three strings), from offset 16:
//   1+n name             u8 length (0..255), bytes: the key, ProgramSpec::name
//                        ("group:process", or "process" when the group has
//                        its name); versions 1 and 2 hold the process name
//                        alone, so a name with ':' is version 3 and only
//                        version 3 has one (a server that knows only
//                        version 2 refuses such an entry instead of taking
//                        it for another program's: see owner_of below)
//   1+n program          u8 length (0..255), bytes
//   2   state            State code (0, 10, 20, 30, 40, 100, 200, 1000)
//   1   exit kind        ExitStatus::Kind of last_exit, 0..3
//   1   core dumped      0 or 1
//   1   intent           kIntent* bits: decisions taken and not yet carried
//                        out (version 2 only; version 1 has no such byte
//                        and reads as 0)
//   8   pid              i64
//   8   start_time       u64
//   8   since            i64
//   4   restarts         u32
//   4   backoff          u32
//   8   fingerprint      u64
//   8   exit value       i64
//   2+n spawnerr         u16 length, bytes
// Server entry body (21 bytes plus three strings), from offset 16:
//   8   pid              i64
//   8   start_time       u64
//   1   flags            kServer* bits (version 2 only; version 1 reads as 0)
//   1+n channel          u8 length (0..255), bytes
//   1+n version          u8 length (0..255), bytes
//   2+n config           u16 length, bytes
//
// LIMITS. encode never fails and never exceeds kMaxEntry: the short strings
// (name, program, channel, version) are cut to 255 bytes, and the last string
// (spawnerr, config) to what is left of kMaxEntry (at least 442 bytes for a
// process, 477 for the server). A cut never splits a UTF-8 sequence. A name
// longer than 255 bytes is therefore stored cut; proto limits names to 255
// bytes as well, so a name a client can send always survives whole.
//
// DECODING never trusts an entry it has not checked; it returns the first
// failure in this order (on failure `out` is left unchanged):
//   size < 16                                         too_short
//   signature != "SVTB"                               bad_signature
//   version not 1 or 2                                bad_version
//   length field != size, or size > kMaxEntry
//   (a torn tail, or bytes appended)                  bad_length
//   checksum mismatch (torn or corrupted anywhere)    bad_checksum
//   kind neither 1 nor 2                              bad_field
//   kind is the other one                             wrong_kind
//   a field runs past the end, or bytes are left      bad_length
//   state not a State code, exit kind > 3, core > 1,
//   intent or flags with an unknown bit, a name with
//   ':' in other than version 3 or without in 3        bad_field
// Only what encode can produce is accepted, so decode then encode gives back
// the same bytes (of a version 2 entry; a version 1 entry comes back as 2).
//
// STAMPING. A process records itself: the spawner's child, between its
// creation and its exec, writes its own entry (so no program runs that the
// table does not know, whenever the server dies). encode_with_slots gives the
// offsets of pid and start_time; stamp() fills them and recomputes the
// checksum in place, without allocating (safe in a child after vfork). The decoders are fuzzed (tests/fuzz/table_fuzz.cpp).
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/process_state.h"

namespace sv::table {

constexpr uint16_t kVersion = 2;
constexpr uint16_t kVersionNoIntent = 1;   // still decoded
constexpr uint16_t kVersionGroupName = 3;  // version 2's layout; the name is group:process
constexpr size_t kMaxEntry = 1024;   // fits a VMS logical name equivalence string set
constexpr char kSignature[] = "SVTB";   // 4 bytes in the entry, no NUL
constexpr uint16_t kKindProcess = 1;
constexpr uint16_t kKindServer = 2;
constexpr size_t kHeaderSize = 16;
constexpr size_t kLengthOffset = 8;
constexpr size_t kChecksumOffset = 12;
constexpr size_t kProcessFixedSize = 73;   // header + process body with empty strings
constexpr size_t kServerFixedSize = 37;    // header + server body with empty strings
constexpr size_t kMaxShortString = 255;    // name, program, channel, version

// Intent bits: what the server decided and had not finished when the entry
// was written. A restarted server carries them out (DESIGN: crash safety).
constexpr uint8_t kIntentStart = 1;    // start once no process runs (START, RESTART, changed config)
constexpr uint8_t kIntentRemove = 2;   // drop the entry once no process runs (RELOAD removed it)
constexpr uint8_t kIntentStop = 4;     // stop what runs (STOP, RESTART, RELOAD), before any start
constexpr uint8_t kIntentAll = kIntentStart | kIntentRemove | kIntentStop;
// Server flags.
constexpr uint8_t kServerReloading = 1;   // a RELOAD is recording its decisions
constexpr uint8_t kServerFlagsAll = kServerReloading;

struct ProcessEntry {
    std::string name;            // process name (the key)
    std::string program;         // program name
    int64_t pid = 0;             // 0 when no process
    uint64_t start_time = 0;     // process creation time in OS units (Linux: /proc stat field 22)
    State state = State::stopped;
    int64_t since = 0;           // wall seconds of the last state change
    uint32_t restarts = 0;
    uint32_t backoff = 0;
    uint64_t fingerprint = 0;    // ProgramSpec::fingerprint() of the config that started it
    ExitStatus last_exit;
    std::string spawnerr;
    uint8_t intent = 0;          // kIntent* bits
};

struct ServerEntry {
    int64_t pid = 0;
    uint64_t start_time = 0;
    uint8_t flags = 0;           // kServer* bits
    std::string channel;         // socket path / mailbox name
    std::string version;         // product version text
    std::string config;          // configuration file path
};

enum class Decode : uint8_t {
    ok = 0,
    too_short,
    bad_signature,   // not a table entry at all
    bad_version,
    bad_checksum,    // torn or corrupted
    bad_length,
    bad_field,
    wrong_kind,      // a server entry where a process entry was expected, or the reverse
};
const char* describe(Decode d);

std::vector<uint8_t> encode(const ProcessEntry& e);

// Where pid and start_time sit in an encoded process entry.
struct Slots {
    size_t pid = 0;
    size_t start_time = 0;
};
std::vector<uint8_t> encode_with_slots(const ProcessEntry& e, Slots* slots);
// Writes pid and start_time into an entry made by encode_with_slots and
// recomputes its checksum. No allocation, no exception.
void stamp(uint8_t* entry, size_t size, const Slots& slots, int64_t pid, uint64_t start_time) noexcept;
inline void stamp(std::vector<uint8_t>& entry, const Slots& slots, int64_t pid, uint64_t start_time) noexcept {
    stamp(entry.data(), entry.size(), slots, pid, start_time);
}
// The checksum field of an encoded entry (its identity for "same bytes?"),
// 0 for anything shorter than a header.
uint32_t checksum_of(const std::vector<uint8_t>& entry);
std::vector<uint8_t> encode(const ServerEntry& e);
Decode decode(const uint8_t* data, size_t size, ProcessEntry& out);
Decode decode(const uint8_t* data, size_t size, ServerEntry& out);

// UPGRADE. Which configured process a table entry belongs to, now that a
// process is group:process (entries of versions 1 and 2 name the process
// alone; a program may also have moved to another group). In order:
//  1. the configured process named as the entry, of the entry's program;
//  2. the process of the entry's program whose process name is the
//     entry's (its name after the last ':');
//  3. the configured process named as the entry (a renamed program keeps
//     its processes, as before);
//  4. for a name without ':', the only configured process with that
//     process name, when exactly one has it.
// Returns its index in `configured`, or -1: the entry names no configured
// process (it is kept as a process no longer configured).
struct Configured {
    std::string_view name;          // ProgramSpec::name
    std::string_view program;
    std::string_view process_name;
};
long owner_of(const ProcessEntry& e, const std::vector<Configured>& configured);

}  // namespace sv::table
