// How the OpenVMS process keys of a [program:x] section are carried out on
// Linux: PQL quotas become resource limits, VMS privileges become
// capabilities, a base priority becomes a nice value or a real-time
// priority. The tables themselves, with the VMS meaning of every entry, are
// in mapping.cpp. Pure functions: no system call is made here, so the
// tables are unit tested directly (tests/mapping_test.cpp). The end of this
// header describes the applied form the spawner hands to its child.
#pragma once
#include <sys/capability.h>
#include <sys/resource.h>
#include <sys/types.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "core/config.h"
#include "os/store.h"

namespace sv::os::mapping {

// The value that stands for "no limit" in a LimitSetting (RLIM_INFINITY).
extern const uint64_t unlimited;

// One setrlimit() to make: soft and hard limit both set to `value`.
struct LimitSetting {
    std::string quota;       // the configured name: FILLM, NOFILE, ...
    std::string rlimit;      // "RLIMIT_NOFILE", for messages
    int resource = 0;        // RLIMIT_NOFILE ...
    uint64_t value = 0;      // in the resource's own unit, `unlimited` for none
};

struct LimitPlan {
    std::vector<LimitSetting> limits;    // applied in configuration order
    std::vector<std::string> warnings;   // quotas with no Linux equivalent
};

// Maps every quota of a program. Unknown names and quotas with no Linux
// counterpart become warnings ("quota DIOLM not applied: ..."), never errors.
LimitPlan map_quotas(const std::vector<Quota>& quotas);

struct CapabilityPlan {
    std::vector<int> caps;               // CAP_ numbers, sorted, no duplicates
    std::vector<std::string> warnings;   // privileges with no Linux equivalent
    std::string error;                   // an unknown name; empty when fine
};

// Maps VMS privilege names (TMPMBX, SYSPRV, aliases DETACH, ALTPRI, ACNT) and
// Linux capability names (CAP_NET_BIND_SERVICE) to capability numbers.
CapabilityPlan map_privileges(const std::vector<std::string>& privileges);

// Name of a capability number ("CAP_SYS_NICE"); "capability N" when unknown.
std::string capability_name(int cap);

// Scheduling for a base priority.
struct PriorityPlan {
    bool realtime = false;   // SCHED_RR with rt_priority, else SCHED_OTHER with nice
    int nice = 0;            // -20..19 (used when !realtime)
    int rt_priority = 0;     // 1..99 (used when realtime)
};

// VMS base priority 0..31 (values outside are clamped) to Linux scheduling.
PriorityPlan map_baspri(int baspri);

// ---- The applied form -----------------------------------------------------
// What the spawner's child carries out between fork and execve
// (spawn_child.cpp): the mapped values above, resolved by the parent into
// plain pointers, numbers and descriptors, so the child makes system calls
// only and allocates nothing.

enum class ChildStage : int32_t { setup, rlimit, nice, realtime, cgroup, user, capabilities, chdir, exec, record };

// One record on the spawner's report pipe, written by the child.
struct ChildReport {
    int32_t fatal;   // 1: the spawn failed (the child exits 127); 0: a warning
    int32_t stage;   // ChildStage
    int32_t error;   // errno
    int32_t index;   // which quota, for ChildStage::rlimit
};

struct ChildLimit {
    int resource;
    rlim_t value;
};

// Everything the child does, prepared by the parent: plain pointers into
// the parent's memory, which the child sees as its copy.
struct ChildPlan {
    const char* path = nullptr;
    char* const* argv = nullptr;
    char* const* envp = nullptr;
    int stdin_fd = -1, stdout_fd = -1, stderr_fd = -1;
    int report_fd = -1;
    const ChildLimit* limits = nullptr;
    size_t limit_count = 0;
    rlim_t nofile_soft = 0;   // RLIMIT_NOFILE soft limit the server started with (0: leave)
    bool set_priority = false, realtime = false;
    int nice = 0, rt_priority = 0;
    const char* cgroup_procs = nullptr;   // kt_limit: cgroup.procs to join, or null
    bool switch_user = false;
    uid_t uid = 0;
    gid_t gid = 0;
    const gid_t* groups = nullptr;
    size_t group_count = 0;
    cap_t caps = nullptr;                 // capabilities kept across the user switch
    const int* cap_list = nullptr;
    size_t cap_count = 0;
    const char* directory = nullptr;
    bool set_umask = false;
    mode_t umask = 0;
    // The table entry the child writes for itself before anything else can
    // fail or run (null: none). See os/store.h, SelfRecord.
    SelfRecord* record = nullptr;
    // Crash tests (os/failpoint.h): the child kills the server before or
    // after writing its entry, as a kill -9 at that instant would.
    bool kill_parent_before_record = false, kill_parent_after_record = false;
};

// The child: resets signals, takes its own process group, sets up 0/1/2 and
// closes every other descriptor, applies limits, priority and kt_limit,
// switches user (keeping capabilities), changes directory and umask, then
// execs. Every failure is reported on plan.report_fd; it never returns.
[[noreturn]] void run_child(ChildPlan plan);

}  // namespace sv::os::mapping

namespace sv::os {
// The RLIMIT_NOFILE soft limit the server had before raise_open_file_limit()
// lifted it for its pidfds (0 when it was not changed): children get the
// old one back, so a program sees the limit it would have had without us.
rlim_t inherited_nofile_soft();
}  // namespace sv::os
