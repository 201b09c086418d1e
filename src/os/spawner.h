// Port: starting, signalling and recognising processes.
//
// Linux: fork + exec with an error pipe (an exec failure is a spawn error
// with its reason, never a silent exit), own process group, user switch,
// directory, umask, environment, output files opened for append, baspri /
// quotas / privileges / kt_limit by the mapping tables documented in
// src/os/linux/, and no descriptor inherited but 0, 1, 2.
// OpenVMS: $CREPRC of a detached process.
#pragma once
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/config.h"
#include "os/store.h"

namespace sv::os {

struct SpawnResult {
    bool ok = false;
    int64_t pid = 0;
    uint64_t start_time = 0;            // process creation time (Linux: /proc/PID/stat field 22)
    std::string error;                  // supervisor's wording: "can't find command 'x'" ...
    std::vector<std::string> warnings;  // e.g. "kt_limit not applied: no writable pids cgroup"
};

class Spawner {
public:
    virtual ~Spawner() = default;
    // The child starts from the server's environment (without
    // SUPERVISORD_PASSWORD) plus SUPERVISOR_ENABLED=1, SUPERVISOR_PROCESS_NAME,
    // SUPERVISOR_GROUP_NAME and the program's `environment`.
    // With `record`, the new process writes its own table entry before its
    // program runs; when that fails the spawn fails ("couldn't record the
    // process in the table: ...") and the program never runs.
    virtual SpawnResult spawn(const ProgramSpec& spec, SelfRecord* record = nullptr) = 0;
    // Sends a signal by name (TERM, KILL, HUP, ...) to the process, or to its
    // process group when `group`. False with `error` on failure; ESRCH (already
    // gone) counts as success.
    virtual bool signal(int64_t pid, const std::string& signame, bool group, std::string* error) = 0;
};

std::unique_ptr<Spawner> make_spawner();

// Creation time of a live process, nullopt when it does not exist or is a
// zombie (a zombie is not alive: an orphan's parent may never reap it).
std::optional<uint64_t> process_start_time(int64_t pid);

// Signal name for a number: "SIGKILL"; "signal N" when unknown.
std::string signal_name(int64_t signo);
// True when `name` (without SIG, upper case) is a signal this platform can send.
bool signal_known(const std::string& name);

}  // namespace sv::os
