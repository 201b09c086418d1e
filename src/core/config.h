// supervisord.conf: supervisor's INI dialect plus the OpenVMS keys
// (DESIGN.md §3), read into typed, validated specs.
//
// Pipeline: text --(Spirit X3, config_ini.cpp only)--> boost::property_tree
// with file:line per key --(config.cpp)--> ServerSpec + ProgramSpec values.
// Files are read only through os::FileAccess, so [include] works the same on
// both platforms. Every problem becomes a Diagnostic naming file, line and
// key; all problems of all files are reported, not just the first.
#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/process_state.h"

namespace sv {

namespace os { class FileAccess; }

enum class Platform : uint8_t { posix, vms };  // posix = Linux (the name `linux` is a GNU macro)

struct Diagnostic {
    std::string file;
    int line = 0;             // 0 when the problem has no line (missing file)
    std::string key;          // "program:web/startsecs", or section name, may be empty
    std::string text;         // "not a boolean: 'maybe'", "unknown key 'comand' (did you mean 'command'?)"
    bool warning = false;     // warnings do not stop the server
    std::string format() const;  // "file:line: error: [section] key: text"
};

// One quota: a VMS PQL name (ASTLM, BIOLM, ...) or a Linux RLIMIT name
// (NOFILE, NPROC, AS, ...), upper case, with its value.
// supervisor's stdout_logfile=AUTO on Linux: the spawner makes the file
// `<name>-<channel>---<identifier>-<8 random characters>.log` in the
// program's childlogdir on the process's first start and keeps it for the
// server's life (os/linux/spawner.cpp). NONE and OFF mean the null device.
// On OpenVMS AUTO is a file named after the process in childlogdir, a new
// version at each start (os/vms/vms_output.cpp); OpenVMS's default is NLA0:.
constexpr char kAutoOutput[] = "AUTO";

struct Quota {
    std::string name;
    uint64_t value = 0;
};

// One process of a program: a [program:x] section expands into numprocs of these.
struct ProgramSpec {
    std::string program_name;     // x of [program:x]
    std::string group_name;       // [group:g] that lists it, else program_name
    // The process's identity, unique in a configuration: supervisor's
    // namespec, `group:process_name`, or just `process_name` when the group
    // has the same name (so a program outside any group keeps its plain
    // name). Two programs may give the same process_name in different
    // groups. The server's records and table entries are keyed by it.
    std::string name;
    std::string process_name;     // process_name after expansion: what the process is called
                                  // (SUPERVISOR_PROCESS_NAME; the OpenVMS process name)
    int process_num = 0;
    int numprocs = 1;             // processes of the section, numbered from numprocs_start
    int numprocs_start = 0;
    std::string source_file;      // where the section is
    int source_line = 0;

    std::string image;            // VMS: image for $CREPRC; Linux: exec this instead of argv[0]
    std::string command;          // as written (after %(..)s expansion)
    std::vector<std::string> argv;  // command split like a shell (quotes, backslashes), no shell
    std::string user;             // empty: the server's own user
    bool autostart = true;
    std::string stdout_file;      // default kAutoOutput on Linux, NLA0: on OpenVMS (where AUTO needs childlogdir)
    std::string stderr_file;
    std::string childlogdir;      // [supervisord] childlogdir: where AUTO files go
    std::string log_identifier;   // [supervisord] identifier: part of an AUTO file's name
    std::string serverurl;        // SUPERVISOR_SERVER_URL for the child; "AUTO": the server's own
    bool redirect_stderr = false;
    // OpenVMS: stdout_logfile_backups / stderr_logfile_backups, the older
    // versions of the output file kept beside the current one at each start
    // (PURGE/KEEP=n+1); none: every version is kept.
    std::optional<int> stdout_backups, stderr_backups;
    int startsecs = 1;
    int startretries = 3;
    int stopwaitsecs = 10;
    AutoRestart autorestart = AutoRestart::unexpected;
    ExitCodes exitcodes;
    int baspri = 4;               // VMS base priority 0..31
    std::vector<Quota> quotas;
    std::vector<std::string> privileges;  // upper case VMS names (TMPMBX) or Linux CAP_ names
    std::optional<int> kt_limit;
    bool nouaf = false;
    std::string directory;
    std::vector<std::pair<std::string, std::string>> environment;
    std::optional<unsigned> umask;
    std::string stopsignal = "TERM";  // signal name without SIG (TERM, HUP, INT, QUIT, KILL, USR1, USR2)
    bool stopasgroup = false;
    bool killasgroup = false;     // forced true when stopasgroup is true (as supervisor does)
    int priority = 999;

    // A stable 64-bit digest of every field that affects how the process is
    // started (not its name's spelling in the file, not source_line): RELOAD
    // restarts a program only when this changes, and re-adoption records it.
    // Which keys count, and why, is said per key in config_program_keys.cpp.
    uint64_t fingerprint() const;
};

// [supervisord], and [unix_http_server] as supervisor users write it:
// file= is `mailbox`, chmod= is `mailbox_mode` (0600 when neither is given,
// not supervisor's 0700), chown= is `mailbox_owner`, username= and password=
// are `username` and `password`; a key both sections give with different
// values is an error. A password is at most proto::kMaxPasswordLength bytes.
// supervisor's hashed form is kept as written: a `password` that starts with
// "{SHA}" is followed by the 40 hex digits of the SHA-1 of the real password;
// a server compares the hex SHA-1 of what a request gives with them (never
// the text itself), and a client cannot send it as the password.
struct ServerSpec {
    bool nodaemon = false;
    std::string user;
    std::string command;          // VMS: command procedure of the detached server
    std::string stdout_file;      // daemon's own output, platform null device by default
    std::string logfile;          // activity log; default "supervisord.log" beside the configuration
    std::string loglevel = "info";  // debug, info, warn, error
    std::string table;            // state table location; empty: derived from the configuration path
    std::string mailbox;          // command channel (socket path / mailbox logical); empty: derived
    std::string password;         // empty: none; "{SHA}<40 hex>": hashed (see above)
    std::string username;         // [unix_http_server] username=: who gives the password; empty: none
    unsigned mailbox_mode = 0600; // Linux socket permission bits
    std::string mailbox_owner;    // "user" or "user:group"; empty: the server's
    int mailbox_size = 4096;      // largest message, bytes (512..65535)
    // What supervisord's own process and its children get (supervisor's
    // [supervisord] keys of the same names).
    unsigned umask = 022;         // the server's umask, inherited by programs without umask=
    std::string directory;        // the server's working directory; empty: left as it is
    std::string pidfile;          // written at start, removed at exit; empty: none (resolved like logfile)
    std::string childlogdir;      // AUTO output files; Linux default $TMPDIR or /tmp (supervisor's tempdir), OpenVMS none
    std::string identifier = "supervisor";  // in AUTO file names; nocleanup=false removes this server's old ones
    bool nocleanup = false;       // keep old AUTO files at start
    std::vector<std::pair<std::string, std::string>> environment;  // under every program's environment
};

struct Config {
    std::string path;             // the main configuration file as given
    ServerSpec server;
    std::vector<ProgramSpec> programs;  // sorted by (priority, name): start order
    std::vector<Diagnostic> diagnostics; // errors and warnings, in file/line order (capped, see below)
    // Every distinct error and warning found, counted even when not listed:
    // past kMaxListed of a kind, `diagnostics` ends with one line
    // "... and N more errors" (an error) or "... and N more warnings".
    static constexpr size_t kMaxListed = 100;
    size_t error_count = 0;
    size_t warning_count = 0;
    bool ok() const;              // no diagnostic is an error
    // By ProgramSpec::name, else the first by process_name; null when none.
    const ProgramSpec* find(const std::string& name) const;
};

// Where the configuration comes from and what the environment provides for
// %(ENV_X)s and %(host_node_name)s. No environment reads in core.
struct ConfigContext {
    Platform platform = Platform::posix;
    std::string host_node_name;
    std::map<std::string, std::string> env;
    // Read [supervisord] (and includes) but leave [program:x] sections
    // unexpanded: what the client needs to find and authenticate to the
    // server, without the cost of a thousand ProgramSpecs.
    bool server_only = false;
};

// Reads `path` and its includes through `files` and validates everything.
Config load_config(const std::string& path, os::FileAccess& files, const ConfigContext& ctx);

// Text form of a loaded configuration for `supervisord --check`: one block per
// process with every resolved key.
std::string describe_config(const Config& cfg);

// supervisor's namespec: "group:process" or "process" when both are the same.
std::string namespec(const std::string& group, const std::string& process);

// Splits a command line like a POSIX shell would into words (single and double
// quotes, backslash escapes), without expansion. Sets `error` on an unclosed quote.
std::vector<std::string> split_command(const std::string& command, std::string* error);

}  // namespace sv
