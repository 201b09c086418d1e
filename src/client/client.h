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

// How outcomes are shown. TEXT is the platform's own form: supervisorctl's
// lines on Linux (`web: started`, `nosuch: ERROR (no such process)`), the
// %SUPERVISE-s-IDENT messages on OpenVMS; MESSAGES and SUPERVISORCTL ask for
// one of them on either system. The exit status does not depend on it.
enum class Format : uint8_t { text, json, messages, supervisorctl };

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
    std::string username;             // empty: the password alone is sent (core/credential.h)
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

// Points `t` at the socket of a supervisorctl server URL ("unix:///path";
// a bare path is taken too). False for any other scheme.
bool use_server_url(const std::string& url, Target* t);

// The exit status of a command that did not parse (%CLI-... ident) on
// Linux, as supervisorctl's: an unknown action ("?") 1; a missing process
// name 2 for START, 1 for the others; any other syntax error 2.
int usage_status(const std::string& ident, const std::string& action);

// Reads the configuration (errors are ignored: only the channel location and
// credential matter here) and derives the channel. The username is
// `username` (-u, /USERNAME), else [supervisorctl] username=, else
// [unix_http_server] username=; the password is `password` (-p, /PASSWORD),
// else SUPERVISORD_PASSWORD, else [supervisorctl] password=, else the
// server's own when it is not a {SHA} hash.
Target resolve_target(const std::string& config_path, const std::string& password,
                      const std::string& username = std::string());

// Sends the action and prints the outcome on `out` (messages, status table or
// JSON). Returns the exit status.
int perform(const Target& target, const Action& action, std::FILE* out);

// Rendering, exposed for tests.
std::string status_table(const std::vector<proto::ProcessInfo>& processes);
std::string to_json(const proto::Reply& reply);
// The exit status a reply gives for an action: supervisorctl's rules, row by
// row (tests/client_exit_test.cpp is the table): each failure a result
// reports sets the status, the last one wins, the ignored ones (START of a
// started program, STOP of a stopped one) leave it.
int exit_status(const Action& action, const proto::Reply& reply);
// The exit status when no server answers at `op`'s channel: STATUS 4;
// START, STOP, RESTART, SIGNAL, VERSION, PID, CLEAR 7 when nothing is at the
// path (4 when a socket is there that nobody serves); the others 1.
int no_server_status(proto::Opcode op, bool refused);

// supervisorctl's form of a reply (Format::supervisorctl): the lines it
// prints, in the order the names were given, each with its group prefix.
std::string ctl_lines(const Action& action, const proto::Reply& reply);
// The processes of a reply in the order the action named them (a name's
// processes where the name is, each once); with no names, or ALL, STATUS
// sorts by group then name as supervisorctl does.
// `as_ctl`: leave out what supervisorctl's "all" and "group:*" forms pass
// over (START: processes already started; STOP, SIGNAL and the stop half of
// RESTART: processes not running), as its startAllProcesses,
// stopProcessGroup ... do.
std::vector<proto::ProcessInfo> in_request_order(const Action& action, const proto::Reply& reply,
                                                 bool as_ctl = false);
// supervisor's namespec of a process in a reply: "group:name", or the name
// alone when its group has the same name (render.cpp).
std::string namespec(const proto::ProcessInfo& p);

// A name given as "group:*" or "group:" (supervisorctl's split_namespec).
bool names_group(const std::string& name);
// Whether TEXT means supervisorctl's lines here (Linux) or messages (OpenVMS).
Format text_form();
// The last failure condition reported to the user or by the server (0:
// none), from which the OS makes the exit status (os::exit_status: Linux
// keeps the code above; OpenVMS exits with the condition value).
void note_condition(uint32_t code);
uint32_t last_condition();

}  // namespace sv::client
