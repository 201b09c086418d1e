// supervisord's set-up steps, kept out of main() so main reads as a table of
// contents: options, configuration, locations, daemon mode, the loop.
#pragma once
#include <cstdint>
#include <optional>
#include <string>

#include "core/config.h"
#include "server/server.h"

namespace sv::server {

// supervisord's usual options that set a [supervisord] key, overriding the
// configuration (supervisor's -l, -e, -j, -q, -i, -k, -m, -d, -u); unset
// ones leave the key as the file says. Paths are absolute.
struct ServerOverrides {
    std::optional<std::string> logfile, loglevel, pidfile, childlogdir, identifier, directory, user;
    std::optional<unsigned> umask;
    bool nocleanup = false;
};

struct CommandLine {
    Options options;
    ServerOverrides overrides;
    bool check = false;   // --check: print the resolved programs and exit
    bool help = false;
    bool version = false; // -v: print the version and exit
};

// Sets the keys `o` overrides in `cfg` (and what programs take from them).
void apply_overrides(const ServerOverrides& o, Config& cfg);
// Whether the server may run as `cfg.server.user` (set: it must be the
// user the server already runs as); false with `error` otherwise.
bool check_server_user(const Config& cfg, std::string* error);

const char* usage();
bool parse_command_line(int argc, char** argv, CommandLine* out, std::string* error);
// Loads a configuration for this platform, with the process environment,
// and checks what only the system can tell (check_accounts).
Config load(const std::string& path);
// Adds an error for each program whose `user` the system does not know,
// naming the file and line of its section.
void check_accounts(Config& cfg);
// Adds an error, at the line of [unix_http_server] username=, when the
// server would take a username with no password at all, or when the
// password supervisord was given (-p, --password-file, SUPERVISORD_PASSWORD;
// `given_bytes` long, 0: none) and the username cannot travel together
// (core/credential.h).
void check_username_password(Config& cfg, size_t given_bytes);
// Prints diagnostics (%SUPERVISE-E-CONFIGERR lines); false when any is an error.
bool report(const Config& cfg);
// Derives the channel and table locations for a configuration (see
// core/locations.h, os/locate.h: the path SUPERVISE takes too) and makes
// the private directory the defaults live in. False with `error` when that
// directory is unsafe.
bool locations_for(const Config& cfg, Locations* out, std::string* error);
// Builds the ports, daemonizes unless -n / nodaemon, and runs.
int run_server(const CommandLine& cl, Config cfg);
// The condition of the message run_server failed with (0: none), from which
// os::exit_status makes the exit status (OpenVMS exits with it).
uint32_t failure_condition();

}  // namespace sv::server
