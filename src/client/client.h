// SUPERVISE's request/reply logic, apart from how the command was typed (the
// DCL/argv parser fills an Action; this part sends it and renders the reply).
#pragma once
#include <cstdint>
#include <cstdio>
#include <optional>
#include <string>
#include <vector>

#include "core/proto.h"

namespace sv::client {

enum class Format : uint8_t { text, json };

// How long SUPERVISE waits for a reply unless /TIMEOUT says otherwise (a
// stopped or wedged server must not hang the caller).
constexpr int64_t kDefaultTimeout = 30;

// What the user asked for, whatever the syntax.
struct Action {
    proto::Opcode op = proto::Opcode::status;
    std::vector<std::string> names;   // empty or ALL = every program
    std::string argument;             // signal name
    bool wait = true;                 // /WAIT (default) or /NOWAIT
    int64_t timeout_s = kDefaultTimeout;  // /TIMEOUT: seconds to wait for the reply, 0 = no limit
    Format format = Format::text;
};

// Where and how to reach the server.
struct Target {
    std::string config_path;
    std::string channel;
    std::string channel_error;        // why the channel cannot be used; empty when it can
    std::string password;
    size_t max_message = 4096;
};

// Exit statuses on Linux (documented in HELP Exit_Status and the man page):
// supervisorctl's LSB codes.
constexpr int kExitOk = 0;
constexpr int kExitFailure = 1;
constexpr int kExitUsage = 2;
constexpr int kExitNotRunning = 3;
constexpr int kExitUnknown = 4;     // unknown name, or no server reachable
constexpr int kExitSpawn = 7;       // spawn error / abnormal termination

// Reads the configuration (errors are ignored: only the channel location and
// password matter here) and derives the channel; `password` overrides.
Target resolve_target(const std::string& config_path, const std::string& password);

// Sends the action and prints the outcome on `out` (messages, status table or
// JSON). Returns the exit status.
int perform(const Target& target, const Action& action, std::FILE* out);

// Rendering, exposed for tests.
std::string status_table(const std::vector<proto::ProcessInfo>& processes);
std::string to_json(const proto::Reply& reply);
// The exit status a reply gives for an action (supervisorctl's rules).
int exit_status(const Action& action, const proto::Reply& reply);
// The last failure condition reported to the user or by the server (0:
// none), from which the OS makes the exit status (os::exit_status: Linux
// keeps the code above; OpenVMS exits with the condition value).
void note_condition(uint32_t code);
uint32_t last_condition();

}  // namespace sv::client
