// Port: facts about and changes to the server's own process.
#pragma once
#include <cstdint>
#include <map>
#include <string>

#include "core/config.h"
#include "core/locations.h"

namespace sv::os {

// Which configuration dialect this system reads (defaults, meaningful keys).
Platform platform();
// The configuration used when none is named: the first of this system's
// search list that exists, else the first of the list (Linux, as
// supervisor: supervisord.conf, /etc/supervisord.conf,
// /etc/supervisor/supervisord.conf; VMS: SYS$MANAGER:SUPERVISORD.CONF).
std::string default_config_path();

int64_t current_pid();
std::string host_node_name();               // hostname / SYS$NODE
std::map<std::string, std::string> environment();  // the server's environment
std::string get_env(const std::string& name);       // empty when unset
// The override of a default location read from the variable `name`
// (SUPERVISORD_CMD, SUPERVISORD_TABLE); empty when unset or when the value
// cannot be an override on this system (OpenVMS: the device name that the
// mailbox's own logical name translates to).
std::string location_override(const std::string& name);
// Removes a variable from the server's environment, so that programs
// started later (they inherit it) never see it.
void unset_env(const std::string& name);
// Leave the terminal and go on as a server of its own, standard output and
// error to `output` (appended; empty: the null device). Linux: fork, setsid, stdin from the null
// device; the caller's process exits 0 once the server is set up. OpenVMS
// cannot fork: it creates a detached process that runs the server, and the
// caller exits. False with `error` on failure (in the caller).
bool detach(const std::string& output, std::string* error);
// The same for the server as its configuration describes it. OpenVMS: a
// detached process ($CREPRC of LOGINOUT) runs `server.command`, the command
// procedure that starts supervisord with -n, output to `server.stdout_file`;
// the caller exits SS$_NORMAL once it exists. Linux: detach(stdout_file).
bool detach(const ServerSpec& server, std::string* error);
// The process exit status for an outcome: `code` is the product's status
// (0 success, 1 failure, 2 usage, 3 not running, 4 unknown name or no
// server, 7 spawn error), `condition` the last failure condition reported
// (0: none). Linux returns `code`; OpenVMS exits with the condition value
// (its message already shown, so with the inhibit-message bit), SS$_NORMAL
// on success.
int exit_status(int code, uint32_t condition);
// Whether an account of that name exists (`user=` of a program).
bool user_exists(const std::string& name);
// Whether `name` (an account name, or on Linux a numeric uid as supervisor
// takes it) is the account the server runs as.
bool is_current_user(const std::string& name);
// The server's own umask and working directory ([supervisord] umask and
// directory), inherited by programs that do not set theirs. change_directory
// is false with `error` naming the directory when it cannot be entered.
void set_umask(unsigned mask);
bool change_directory(const std::string& dir, std::string* error);
// Absolute form of a path (no symlink resolution).
std::string absolute_path(const std::string& path);
// The canonical name of an existing file: absolute, every symlink resolved
// (Linux: realpath; VMS: the full file specification). Default locations are
// derived from it, so a configuration named through a link or by its real
// name finds the same server. False with `error` when it does not exist.
bool canonical_path(const std::string& path, std::string* out, std::string* error);
// The directory, private to the owner of the configuration file `config`,
// where that configuration's default channel and table live. It depends on
// the configuration alone, never on the caller (no XDG_RUNTIME_DIR).
// Linux: /run/supervise when the owner is root, /tmp/supervise-<uid>
// otherwise (as tmux does). With `create` it is made when missing (mode
// 0700, handed to the owner). When it exists it must pass
// check_private_directory; when it does not and `create` is false, that is
// no error (no server has made it yet).
bool private_directory(const std::string& config, bool create, std::string* dir, std::string* error);
// The channel and table of a configuration that names neither, on a system
// where they are fixed names rather than files: OpenVMS, the command
// mailbox's logical name SUPERVISORD_CMD and the logical-name table
// SUPERVISORD_TABLE (one server per system unless a configuration names
// others). False where defaults depend on the configuration (Linux: the
// private directory).
bool fixed_default_locations(Locations* out);
// Whether `dir` may hold the channel and table of `config`: a real
// directory (not a symlink, seen with lstat), owned by the configuration's
// owner or root, with no access for group or others. False with `error`
// naming the path and what is wrong.
bool check_private_directory(const std::string& dir, const std::string& config, std::string* error);
// Raises the soft limit on open files to the hard limit, so a server with
// many programs and clients does not run out of descriptors. False with
// `error` when the limit cannot be changed.
bool raise_open_file_limit(std::string* error);
// Hands the memory the process has freed back to the system when there is
// enough of it to matter (Linux: more than 256 KiB free inside the heap,
// malloc_trim; OpenVMS: nothing to do). The server calls it once a
// configuration's transient structures are gone, so the peak of reading 1000
// program sections does not stay resident, and after each round of events,
// so a burst of requests does not leave the heap larger. Cheap when there is
// nothing to release.
void release_free_memory();

}  // namespace sv::os
