// supervisord's set-up steps, kept out of main() so main reads as a table of
// contents: options, configuration, locations, daemon mode, the loop.
#pragma once
#include <string>

#include "core/config.h"
#include "server/server.h"

namespace sv::server {

struct CommandLine {
    Options options;
    bool check = false;   // --check: print the resolved programs and exit
    bool help = false;
};

const char* usage();
bool parse_command_line(int argc, char** argv, CommandLine* out, std::string* error);
// Loads a configuration for this platform, with the process environment,
// and checks what only the system can tell (check_accounts).
Config load(const std::string& path);
// Adds an error for each program whose `user` the system does not know,
// naming the file and line of its section.
void check_accounts(Config& cfg);
// Prints diagnostics (%SUPERVISE-E-CONFIGERR lines); false when any is an error.
bool report(const Config& cfg);
// Derives the channel and table locations for a configuration (see
// core/locations.h, os/locate.h: the path SUPERVISE takes too) and makes
// the private directory the defaults live in. False with `error` when that
// directory is unsafe.
bool locations_for(const Config& cfg, Locations* out, std::string* error);
// Builds the ports, daemonizes unless -n / nodaemon, and runs.
int run_server(const CommandLine& cl, Config cfg);

}  // namespace sv::server
