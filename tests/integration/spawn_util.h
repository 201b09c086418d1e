// Helpers for integration tests that need more control than Harness gives:
// the real binaries started with a chosen environment, arguments and user,
// requests to a socket at any path, and bounded waits. Every process started
// here is returned by pid so the test stops exactly what it started.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "core/proto.h"

namespace sv::test {

// Starts argv (argv[0] is a path) with its environment changed by `env`
// ("NAME=value" sets, "NAME" alone unsets), standard input from `stdin_fd`
// (the null device when < 0), standard output and error appended to `out`,
// switched to user `as_user` first when it is not empty.
int64_t spawn_process(const std::vector<std::string>& argv, const std::vector<std::string>& env,
                      const std::string& out, const std::string& as_user = "", int stdin_fd = -1);

// Waits at most timeout_ms for `pid` (our child) to end. Its exit status, or
// -1 when it did not end in time (it is then killed and reaped) or was killed.
int wait_exit(int64_t pid, int64_t timeout_ms);

// Stops a process we started (SIGCONT, SIGKILL) and reaps it.
void kill_and_reap(int64_t pid);

std::string slurp(const std::string& path);
// /proc/<pid>/cmdline with the NULs between arguments shown as spaces.
std::string command_line_of(int64_t pid);

// One request to the server listening at `socket`; an empty reply (status 0)
// when it cannot be reached or does not answer within 10 s.
proto::Reply request_at(const std::string& socket, proto::Opcode op,
                        const std::vector<std::string>& names = {}, uint32_t flags = proto::kFlagWait,
                        const std::string& password = "");

// 16 hex digits: the default location tag of a configuration, computed here
// independently of src/core/locations (FNV-1a 64 of the canonical path).
std::string location_tag_of(const std::string& canonical_path);

}  // namespace sv::test
