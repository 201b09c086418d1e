// How the OpenVMS process keys of a [program:x] section are carried out on
// Linux: PQL quotas become resource limits, VMS privileges become
// capabilities, a base priority becomes a nice value or a real-time
// priority. The tables themselves, with the VMS meaning of every entry, are
// in mapping.cpp. Pure functions: no system call is made here, so the
// tables are unit tested directly (tests/mapping_test.cpp).
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "core/config.h"

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

}  // namespace sv::os::mapping
