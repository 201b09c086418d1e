// Where the command channel and the state table of a configuration live.
// Shared by supervisord and SUPERVISE so that every caller finds the same
// places: the result depends on the configuration alone, never on who calls
// or from which shell (no XDG_RUNTIME_DIR, no caller's uid).
//
// Order, for each of the two: the environment (SUPERVISORD_CMD,
// SUPERVISORD_TABLE, playing the part of the VMS logical names), then the
// configuration ([unix_http_server] file= or [supervisord] mailbox for the
// channel, [supervisord] table for the table), then a default in a
// directory private to the owner of the configuration file
// (os::private_directory), named by the configuration's canonical path:
//   <private dir>/<16 hex digits of FNV-1a 64(canonical path)>.sock
//   <private dir>/<same digits>.table
// The canonical path has its symlinks resolved, so a configuration reached
// through a link or by its real name gives the same locations; two different
// configurations never share them by accident.
#pragma once
#include <string>

namespace sv {

struct Locations {
    std::string channel;
    std::string table;
};

struct LocationInputs {
    std::string config_canonical; // os::canonical_path of the configuration file
    std::string private_dir;      // os::private_directory; used only for defaults
    std::string env_channel;      // SUPERVISORD_CMD, empty when unset
    std::string env_table;        // SUPERVISORD_TABLE, empty when unset
    std::string config_channel;   // [unix_http_server] file / [supervisord] mailbox
    std::string config_table;     // [supervisord] table
};

// True when at least one location falls back to the default, i.e. the
// private directory is needed (and must be created and verified).
bool uses_private_directory(const LocationInputs& in);

Locations derive_locations(const LocationInputs& in);

// The 16 hex digits naming a configuration's default locations.
std::string location_tag(const std::string& config_canonical);


// 64-bit FNV-1a, the digest used for default locations.
unsigned long long fnv1a64(const std::string& text);

}  // namespace sv
