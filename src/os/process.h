// Port: facts about and changes to the server's own process.
#pragma once
#include <cstdint>
#include <map>
#include <string>

namespace sv::os {

int64_t current_pid();
uint32_t current_uid();
bool is_privileged();                       // root / SETPRV+IMPERSONATE
std::string host_node_name();               // hostname / SYS$NODE
std::map<std::string, std::string> environment();  // the server's environment
std::string get_env(const std::string& name);       // empty when unset
// Detach from the terminal: fork, setsid, stdin from the null device, stdout
// and stderr to `output` (appended). Returns false with `error` on failure.
// In the parent this never returns (it exits 0 once the child is set up).
bool daemonize(const std::string& output, std::string* error);
// Resolve a user name ("nobody") to uid; false when unknown.
bool lookup_user(const std::string& name, uint32_t* uid, uint32_t* gid);
// Absolute form of a path (no symlink resolution), for deriving locations.
std::string absolute_path(const std::string& path);
// The directory for runtime files (Linux: $XDG_RUNTIME_DIR, else /run when
// root, else /tmp), for default socket and table locations.
std::string runtime_directory();
// Raises the soft limit on open files to the hard limit, so a server with
// many programs and clients does not run out of descriptors. False with
// `error` when the limit cannot be changed.
bool raise_open_file_limit(std::string* error);

}  // namespace sv::os
