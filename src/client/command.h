// From what the user typed to what the client does. Both forms of a command
// -- the Linux argv (`supervise start web`) and a DCL line at the
// `SUPERVISE> ` prompt -- are parsed by src/core/cli against
// cld/supervise.cld; this part reads the result through the CLI$PRESENT /
// CLI$GET_VALUE model only, so on OpenVMS the real CLI$ routines can answer
// the same questions.
#pragma once
#include <string>
#include <vector>

#include "client/client.h"
#include "core/cli.h"

namespace sv::client {

enum class Kind : uint8_t { request, help, exit };

struct Invocation {
    Kind kind = Kind::request;
    std::string config_path;        // /CONFIGURATION (empty: the search list)
    std::string password;           // /PASSWORD
    std::string username;           // /USERNAME (-u): sent with the password (core/credential.h)
    std::string output;             // /OUTPUT file, empty: standard output
    std::vector<std::string> topic; // HELP words
    std::string serverurl;          // /SERVERURL (-s): unix:///path names the channel
    bool interactive = false;       // /INTERACTIVE (-i): the prompt after the action
    Action action;
};

// Reads a parsed command. False with `error` (a %SUPERVISE message) when a
// value is unusable, e.g. /TIMEOUT=abc.
bool from_command(cli::Command& cmd, Invocation* out, std::string* error);

// supervise's main: argv form when arguments are given, the prompt otherwise.
int main_entry(int argc, char** argv);

}  // namespace sv::client
