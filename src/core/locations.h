// Where the command channel and the state table of a configuration live.
// Shared by supervisord and SUPERVISE so both find the same places.
//
// Order: the environment (SUPERVISORD_CMD, SUPERVISORD_TABLE, playing the part
// of the VMS logical names), then the configuration ([supervisord] mailbox,
// table), then a default derived from the configuration file's absolute path,
// so two servers with different configurations never share them by accident:
//   <runtime dir>/supervise-<8 hex digits of FNV-1a(path)>.sock
//   <runtime dir>/supervise-<same digits>.table
#pragma once
#include <string>

namespace sv {

struct Locations {
    std::string channel;
    std::string table;
};

struct LocationInputs {
    std::string config_path_absolute;
    std::string runtime_dir;      // os::runtime_directory()
    std::string env_channel;      // SUPERVISORD_CMD, empty when unset
    std::string env_table;        // SUPERVISORD_TABLE, empty when unset
    std::string config_channel;   // [supervisord] mailbox
    std::string config_table;     // [supervisord] table
};

Locations derive_locations(const LocationInputs& in);

// Where supervisord and SUPERVISE look for the configuration when -c is not
// given (supervisor's order, without its ../etc guess): the first that exists.
const char* const* config_search_list();   // null-terminated

// 64-bit FNV-1a, the digest used for default locations.
unsigned long long fnv1a64(const std::string& text);

}  // namespace sv
