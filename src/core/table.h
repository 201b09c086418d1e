// The state table: one entry per process plus one for the server, so that a
// restarted server re-adopts live processes (DESIGN.md §6). This is the entry
// codec only; where entries live (files, logical names) is the os::Store port.
//
// LAYOUT: <<< table helper: full layout here (signature, version, offsets,
// little-endian, checksum, limits, what a torn or garbage entry gets) >>>
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "core/process_state.h"

namespace sv::table {

constexpr uint16_t kVersion = 1;
constexpr size_t kMaxEntry = 1024;   // fits a VMS logical name equivalence string set

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
};

struct ServerEntry {
    int64_t pid = 0;
    uint64_t start_time = 0;
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
std::vector<uint8_t> encode(const ServerEntry& e);
Decode decode(const uint8_t* data, size_t size, ProcessEntry& out);
Decode decode(const uint8_t* data, size_t size, ServerEntry& out);

}  // namespace sv::table
