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
#include <utility>
#include <vector>

#include "core/config.h"
#include "os/store.h"

namespace sv::os {

// A process, as the server refers to it: its id and its creation time, so a
// reused id is never mistaken for it (Linux: pid and /proc start time; VMS:
// PID and login time).
struct ProcessRef {
    int64_t pid = 0;
    uint64_t created = 0;
};

// How to stop: ask (the program's stopsignal, to its group with stopasgroup;
// VMS: $FORCEX) or force (SIGKILL, to the group with killasgroup; VMS: $DELPRC).
enum class StopHow : uint8_t { ask, force };

// What became of a process.
struct Probe {
    enum class Kind : uint8_t {
        alive,
        ended,           // with `status` (a back end that kept it: VMS termination mailbox)
        ended_unknown,   // gone, status not known (Linux: not our child)
    };
    Kind kind = Kind::ended_unknown;
    ExitStatus status;
};

// Why a spawn failed, where a caller acts on it: a command or image that
// does not exist is supervisor's NO_FILE (its own exit status, "no such file").
enum class SpawnFailure { other, not_found };

struct SpawnResult {
    bool ok = false;
    SpawnFailure failure = SpawnFailure::other;   // when !ok
    int64_t pid = 0;
    uint64_t start_time = 0;            // process creation time (Linux: /proc/PID/stat field 22)
    std::string error;                  // supervisor's wording: "can't find command 'x'" ...
    std::vector<std::string> warnings;  // e.g. "kt_limit not applied: no writable pids cgroup"
    ProcessRef ref() const { return {pid, start_time}; }
};

class Spawner {
public:
    virtual ~Spawner() = default;
    // The child starts from the server's environment (without
    // SUPERVISORD_PASSWORD) plus SUPERVISOR_ENABLED=1, SUPERVISOR_PROCESS_NAME,
    // SUPERVISOR_GROUP_NAME, SUPERVISOR_SERVER_URL (spec.serverurl unless
    // AUTO) and the program's `environment`. Its standard input stays open
    // and never gives end of file (supervisor gives a pipe it keeps open).
    // With `record`, the new process writes its own table entry before its
    // program runs; when that fails the spawn fails ("couldn't record the
    // process in the table: ...") and the program never runs.
    virtual SpawnResult spawn(const ProgramSpec& spec, SelfRecord* record = nullptr) = 0;
    // Stops the process as `spec` says (stopsignal, stopasgroup, killasgroup).
    // A process already gone counts as success; a process whose creation time
    // differs is not ours and is left alone (success: ours is gone).
    virtual bool stop(const ProcessRef& p, StopHow how, const ProgramSpec& spec, std::string* error) = 0;
    // The SIGNAL request: delivers the named signal ("HUP", "USR1"). A back
    // end without signals refuses it with a clear reason.
    virtual bool signal(const ProcessRef& p, const std::string& name, std::string* error) = 0;
    // Whether `name` (without SIG, any case) is a signal this back end delivers.
    virtual bool signal_known(const std::string& name) const = 0;
    virtual Probe probe(const ProcessRef& p) = 0;
    // Called once before the first start: supervisor's clean-up of old AUTO
    // output files (unless server.nocleanup) in server.childlogdir, sparing
    // the files the processes in `live` (adopted from the table) write to;
    // their next starts go on writing there. A back end without AUTO files
    // does nothing.
    using Live = std::vector<std::pair<const ProgramSpec*, ProcessRef>>;
    virtual void prepare_auto_output(const ServerSpec& /*server*/, const Live& /*live*/) {}
    // The CLEAR request: empties the output files this back end writes for
    // `spec` (stdout_file, and stderr_file unless redirect_stderr), AUTO
    // resolved as spawn() resolves it. Nothing to do for the null device,
    // an AUTO file not made yet, or a file that does not exist. False with
    // the reason in `error` when a file cannot be emptied. Linux: truncated
    // in place (the process appends, so it goes on at the new end). OpenVMS:
    // see src/os/PORTING.md.
    virtual bool clear_output(const ProgramSpec& spec, std::string* error) = 0;
};

std::unique_ptr<Spawner> make_spawner();

// The words for an exit status on this system: "exit status 1", "terminated
// by SIGKILL (core dumped)"; VMS: the condition value's message.
std::string describe_exit(const ExitStatus& st);
// The name of the forced stop in log texts: "SIGKILL"; VMS: "$DELPRC".
const char* force_stop_name();

}  // namespace sv::os
