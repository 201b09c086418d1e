// Linux facts about processes that the Linux back end and its tests share;
// nothing outside src/os/linux/ and the Linux tests includes this.
#pragma once
#include <cstdint>
#include <optional>
#include <string>

namespace sv::os {

// The whole of a small file (a /proc or /sys entry) with open/read, no C++
// streams: a stream would make the server set up the C++ locale and link
// its code (a third of the image). False when it cannot be read.
bool read_small_file(const std::string& path, std::string* out);

// Creation time of a live process (/proc/PID/stat field 22), nullopt when it
// does not exist or is a zombie (a zombie is not alive: an orphan's parent
// may never reap it).
std::optional<uint64_t> process_start_time(int64_t pid);

// Signal name for a number: "SIGKILL"; "signal N" when unknown.
std::string signal_name(int64_t signo);

// Sends signal `name` (TERM, SIGTERM, term, or a number) to `pid`, or to its
// process group when `group`. ESRCH counts as success.
bool send_signal(int64_t pid, const std::string& name, bool group, std::string* error);

// The effective uid; whether it is root.
uint32_t current_uid();
bool is_privileged();
// Resolve a user name ("nobody") to uid and gid (either may be null);
// false when unknown.
bool lookup_user(const std::string& name, uint32_t* uid, uint32_t* gid);

}  // namespace sv::os
