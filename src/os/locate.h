// Finding a server: the one code path supervisord and SUPERVISE share to turn
// a configuration into the places of its command channel and state table and
// into the control password. Built from the port functions of os/process.h
// only, so both back ends and both images use it unchanged (header only: it
// belongs to no single component).
//
// Order for a location: the environment (SUPERVISORD_CMD, SUPERVISORD_TABLE),
// then the configuration, then the system's fixed default where it has one
// (os::fixed_default_locations: OpenVMS), else the default in the
// configuration owner's private directory (core/locations.h). Order for the password: what the
// command line gave, then SUPERVISORD_PASSWORD, then the configuration.
#pragma once
#include <string>

#include "core/config.h"
#include "core/locations.h"
#include "os/process.h"

namespace sv::os {

constexpr const char* kChannelVariable = "SUPERVISORD_CMD";
constexpr const char* kTableVariable = "SUPERVISORD_TABLE";
constexpr const char* kPasswordVariable = "SUPERVISORD_PASSWORD";

// Who asks: the server needs both places and makes the private directory;
// a client needs the channel only and never creates anything (a missing
// directory means no server has run yet).
enum class LocateFor { server, client };

// The locations of the server of the configuration at `config_path` (as
// given: it is made canonical here when a default is needed), with the
// [supervisord] / [unix_http_server] settings `spec`. False with `error`
// when the private directory a default lives in is unsafe (or, for the
// server, cannot be made).
inline bool locate_server(const std::string& config_path, const ServerSpec& spec, LocateFor who,
                          Locations* out, std::string* error) {
    LocationInputs in;
    in.env_channel = location_override(kChannelVariable);
    in.config_channel = spec.mailbox;
    if (who == LocateFor::server) {
        in.env_table = location_override(kTableVariable);
        in.config_table = spec.table;
    }
    Locations fixed;   // OpenVMS: the logical names, when the configuration names none
    if (fixed_default_locations(&fixed)) {
        if (in.config_channel.empty()) in.config_channel = fixed.channel;
        if (who == LocateFor::server && in.config_table.empty()) in.config_table = fixed.table;
    }
    bool need_dir = who == LocateFor::server ? uses_private_directory(in)
                                             : in.env_channel.empty() && in.config_channel.empty();
    if (need_dir && (!canonical_path(config_path, &in.config_canonical, error) ||
                     !private_directory(in.config_canonical, who == LocateFor::server, &in.private_dir, error)))
        return false;
    *out = derive_locations(in);
    return true;
}

// The password given on the command line, else SUPERVISORD_PASSWORD, else
// `configured` (the configuration's; pass "" where it does not apply).
inline std::string password_lookup(const std::string& given, const std::string& configured) {
    if (!given.empty()) return given;
    std::string env = get_env(kPasswordVariable);
    return !env.empty() ? env : configured;
}

}  // namespace sv::os
