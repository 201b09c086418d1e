// The mapping tables from OpenVMS process attributes to Linux ones.
#include "os/linux/mapping.h"

#include <sys/capability.h>
#include <sys/resource.h>

#include <algorithm>
#include <cstdlib>

#include "core/text.h"

namespace sv::os::mapping {

const uint64_t unlimited = static_cast<uint64_t>(RLIM_INFINITY);

namespace {

std::string upper(const std::string& s) { return upcase(s); }
std::string lower(const std::string& s) { return downcase(s); }

// How a quota value converts to the resource's unit.
enum class Unit {
    same,          // counts and bytes that mean the same on both sides
    pagelets,      // 512-byte VMS pagelets -> bytes
    cpu_ticks,     // 10 ms units -> whole seconds (rounded up); 0 = no limit
    none,          // no Linux counterpart: a warning
};

struct QuotaRow {
    const char* name;
    int resource;
    const char* rlimit;
    Unit unit;
    const char* vms_meaning;   // what the quota limits on OpenVMS (SSREF, $CREPRC)
};

// PQL$_ quotas of $CREPRC (reference/vms-services.md 1.4) and what enforces
// the same idea on Linux. A quota without a counterpart is reported, not
// silently dropped. FILLM and NOFILE both reach RLIMIT_NOFILE; when both are
// given, the later one in the configuration wins.
const QuotaRow vms_quotas[] = {
    // ASTLM: asynchronous system traps plus scheduled wakeups a process may
    // have outstanding. Queued signals are Linux's asynchronous notifications.
    {"ASTLM", RLIMIT_SIGPENDING, "RLIMIT_SIGPENDING", Unit::same,
     "outstanding ASTs and scheduled wakeups"},
    // BIOLM: buffered I/O requests (terminal, mailbox) outstanding at once.
    // Linux does not count in-flight buffered I/O per process.
    {"BIOLM", 0, "", Unit::none, "outstanding buffered I/O requests"},
    // BYTLM: bytes of nonpaged pool for buffered I/O and temporary mailboxes.
    // POSIX message queues are the closest thing to mailboxes and are
    // limited in bytes.
    {"BYTLM", RLIMIT_MSGQUEUE, "RLIMIT_MSGQUEUE", Unit::same,
     "bytes of pool for buffered I/O and temporary mailboxes"},
    // CPULM: CPU time in 10 ms ticks; 0 means unlimited.
    {"CPULM", RLIMIT_CPU, "RLIMIT_CPU", Unit::cpu_ticks, "CPU time in 10 ms units"},
    // DIOLM: direct (disk, DMA) I/O requests outstanding. No Linux limit.
    {"DIOLM", 0, "", Unit::none, "outstanding direct I/O requests"},
    // FILLM: files open at once.
    {"FILLM", RLIMIT_NOFILE, "RLIMIT_NOFILE", Unit::same, "open files"},
    // PGFLQUOTA: pagelets of paging file the process may use, i.e. its
    // virtual memory; the address-space limit plays that part.
    {"PGFLQUOTA", RLIMIT_AS, "RLIMIT_AS", Unit::pagelets, "paging file quota in pagelets"},
    // PRCLM: subprocesses alive at once. RLIMIT_NPROC counts every process
    // of the user, which is the nearest Linux rule (not applied to root).
    {"PRCLM", RLIMIT_NPROC, "RLIMIT_NPROC", Unit::same, "subprocesses"},
    // TQELM: timer queue entries. Linux timers have no separate limit.
    {"TQELM", 0, "", Unit::none, "timer queue entries"},
    // WSQUOTA, WSDEFAULT, WSEXTENT: working set sizes in pagelets. Linux
    // accepts RLIMIT_RSS but has not enforced it since 2.6, so these are
    // reported as not applied rather than pretended.
    {"WSQUOTA", 0, "", Unit::none, "working set quota in pagelets"},
    {"WSDEFAULT", 0, "", Unit::none, "default working set in pagelets"},
    {"WSEXTENT", 0, "", Unit::none, "working set extent in pagelets"},
    // ENQLM: lock manager requests outstanding. File locks are the Linux
    // locks a process holds; the kernel keeps the limit but may not enforce it.
    {"ENQLM", RLIMIT_LOCKS, "RLIMIT_LOCKS", Unit::same, "lock requests"},
    // JTQUOTA: bytes for the job logical name table; no logical names here.
    {"JTQUOTA", 0, "", Unit::none, "job logical name table bytes"},
};

// Linux resource names accepted as they are, value in the resource's unit.
struct LinuxRow {
    const char* name;
    int resource;
};
const LinuxRow linux_limits[] = {
    {"AS", RLIMIT_AS},         {"CORE", RLIMIT_CORE},           {"CPU", RLIMIT_CPU},
    {"DATA", RLIMIT_DATA},     {"FSIZE", RLIMIT_FSIZE},         {"LOCKS", RLIMIT_LOCKS},
    {"MEMLOCK", RLIMIT_MEMLOCK}, {"MSGQUEUE", RLIMIT_MSGQUEUE}, {"NICE", RLIMIT_NICE},
    {"NOFILE", RLIMIT_NOFILE}, {"NPROC", RLIMIT_NPROC},         {"RSS", RLIMIT_RSS},
    {"RTPRIO", RLIMIT_RTPRIO}, {"RTTIME", RLIMIT_RTTIME},       {"SIGPENDING", RLIMIT_SIGPENDING},
    {"STACK", RLIMIT_STACK},
};

uint64_t convert(Unit unit, uint64_t v) {
    switch (unit) {
    case Unit::pagelets: return v > unlimited / 512 ? unlimited : v * 512;
    case Unit::cpu_ticks: return v == 0 ? unlimited : (v + 99) / 100;
    default: return v;
    }
}

struct PrivilegeRow {
    const char* name;
    std::vector<int> caps;     // empty: see `implicit`
    bool implicit;             // every Linux process may do this: nothing to grant
    const char* vms_meaning;   // what holding the privilege allows on OpenVMS
};

// VMS privileges (PRV$V_ names, reference/vms-services.md 1.5) and the
// capabilities that allow the nearest Linux operations. Where Linux needs
// no privilege for the operation the row is `implicit`; where nothing on
// Linux corresponds, the row is empty and the privilege is reported.
const PrivilegeRow vms_privileges[] = {
    {"CMKRNL", {CAP_SYS_ADMIN}, false, "change mode to kernel: run code in the innermost mode"},
    {"CMEXEC", {}, false, "change mode to executive"},
    {"SYSNAM", {}, false, "create system logical names"},
    {"GRPNAM", {}, false, "create group logical names"},
    {"ALLSPOOL", {}, false, "allocate spooled devices"},
    {"IMPERSONATE", {CAP_SETUID, CAP_SETGID}, false, "act as (create processes for) other users"},
    {"DIAGNOSE", {CAP_NET_RAW}, false, "diagnostic I/O, reading error logs and raw network frames"},
    {"LOG_IO", {CAP_SYS_RAWIO}, false, "logical I/O to devices, bypassing the file system"},
    {"GROUP", {CAP_KILL}, false, "affect other processes of the same UIC group"},
    {"NOACNT", {}, false, "suppress accounting records"},
    {"PRMCEB", {}, false, "create permanent common event flag clusters"},
    {"PRMMBX", {}, false, "create permanent mailboxes"},
    {"PSWAPM", {CAP_IPC_LOCK}, false, "lock the process in memory (no swapping)"},
    {"SETPRI", {CAP_SYS_NICE}, false, "raise base priorities"},
    {"SETPRV", {CAP_SETPCAP}, false, "grant any privilege to itself or its subprocesses"},
    {"TMPMBX", {}, true, "create temporary mailboxes (pipes need no privilege)"},
    {"WORLD", {CAP_KILL, CAP_SYS_NICE}, false, "affect any process on the system"},
    {"MOUNT", {CAP_SYS_ADMIN}, false, "issue mount volume operations"},
    {"OPER", {}, false, "operator functions (queues, replies, devices)"},
    {"EXQUOTA", {CAP_SYS_RESOURCE}, false, "exceed disk and resource quotas"},
    {"NETMBX", {}, true, "use the network (open to every Linux process)"},
    {"VOLPRO", {CAP_FOWNER}, false, "override volume protection and ownership"},
    {"PHY_IO", {CAP_SYS_RAWIO}, false, "physical I/O to devices"},
    {"BUGCHK", {CAP_SYSLOG}, false, "write bugcheck error log entries"},
    {"PRMGBL", {CAP_IPC_OWNER}, false, "create permanent global sections"},
    {"SYSGBL", {CAP_IPC_OWNER}, false, "create system-wide global sections"},
    {"PFNMAP", {CAP_SYS_RAWIO}, false, "map physical page frames"},
    {"SHMEM", {CAP_IPC_OWNER}, false, "create global sections and mailboxes in shared memory"},
    {"SYSPRV", {CAP_DAC_OVERRIDE, CAP_CHOWN, CAP_FOWNER}, false,
     "access objects as the system (system protection category)"},
    {"BYPASS", {CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER}, false,
     "bypass all object protection"},
    {"SYSLCK", {}, false, "lock system-wide resources with the lock manager"},
    {"SHARE", {}, false, "assign channels to devices allocated to others"},
    {"UPGRADE", {}, false, "raise integrity levels (security classes)"},
    {"DOWNGRADE", {}, false, "lower secrecy levels (security classes)"},
    {"GRPPRV", {CAP_FOWNER}, false, "access group objects as their owner"},
    {"READALL", {CAP_DAC_READ_SEARCH}, false, "read any file"},
    {"IMPORT", {}, false, "mount volumes with no security labels"},
    {"AUDIT", {CAP_AUDIT_WRITE}, false, "write audit records"},
    {"SECURITY", {CAP_AUDIT_CONTROL}, false, "change security settings of the system"},
};

// Old names that OpenVMS still accepts for the same privileges.
std::string canonical_privilege(const std::string& name) {
    if (name == "DETACH") return "IMPERSONATE";
    if (name == "ALTPRI") return "SETPRI";
    if (name == "ACNT") return "NOACNT";
    return name;
}

}  // namespace

LimitPlan map_quotas(const std::vector<Quota>& quotas) {
    LimitPlan plan;
    for (const Quota& q : quotas) {
        std::string name = upper(q.name);
        bool found = false;
        for (const QuotaRow& row : vms_quotas) {
            if (name != row.name) continue;
            found = true;
            if (row.unit == Unit::none)
                plan.warnings.push_back("quota " + name + " not applied: Linux has no limit on " +
                                        row.vms_meaning);
            else
                plan.limits.push_back({name, row.rlimit, row.resource, convert(row.unit, q.value)});
        }
        for (const LinuxRow& row : linux_limits) {
            if (name != row.name) continue;
            found = true;
            plan.limits.push_back({name, std::string("RLIMIT_") + row.name, row.resource, q.value});
        }
        if (!found) plan.warnings.push_back("quota " + name + " not applied: unknown quota name");
    }
    return plan;
}

CapabilityPlan map_privileges(const std::vector<std::string>& privileges) {
    CapabilityPlan plan;
    for (const std::string& given : privileges) {
        std::string name = canonical_privilege(upper(given));
        if (name.rfind("CAP_", 0) == 0) {
            cap_value_t v = 0;
            if (cap_from_name(lower(name).c_str(), &v) != 0) {
                plan.error = "unknown capability '" + given + "'";
                return plan;
            }
            plan.caps.push_back(static_cast<int>(v));
            continue;
        }
        auto row = std::find_if(std::begin(vms_privileges), std::end(vms_privileges),
                                [&](const PrivilegeRow& r) { return name == r.name; });
        if (row == std::end(vms_privileges)) {
            plan.error = "unknown privilege '" + given + "'";
            return plan;
        }
        if (row->caps.empty() && !row->implicit)
            plan.warnings.push_back("privilege " + name + " not applied: no Linux equivalent to " +
                                    row->vms_meaning);
        plan.caps.insert(plan.caps.end(), row->caps.begin(), row->caps.end());
    }
    std::sort(plan.caps.begin(), plan.caps.end());
    plan.caps.erase(std::unique(plan.caps.begin(), plan.caps.end()), plan.caps.end());
    return plan;
}

std::string capability_name(int cap) {
    char* text = cap_to_name(static_cast<cap_value_t>(cap));
    if (!text) return "capability " + std::to_string(cap);
    std::string name = upper(text);
    cap_free(text);
    if (name.rfind("CAP_", 0) != 0) return "capability " + std::to_string(cap);
    return name;
}

// Base priorities 0..15 are time-sharing, 16..31 real-time (vms-services.md,
// $CREPRC baspri); 4 is the usual default. Linux nice runs the other way
// (19 kindest, -20 greediest), with 0 the default:
//
//   baspri  0   1   2   3   4   5   6   7   8   9  10  11  12  13  14  15
//   nice   19  15  10   5   0  -2  -4  -6  -8 -10 -12 -14 -16 -18 -20 -20
//
// Below 4 any user may lower its priority; above 4 needs root (as ALTPRI
// does on VMS). 16..31 become SCHED_RR priorities spread over 1..99
// (16 -> 1, 31 -> 99), which also needs root.
PriorityPlan map_baspri(int baspri) {
    static const int nice_of[16] = {19, 15, 10, 5, 0, -2, -4, -6, -8, -10, -12, -14, -16, -18, -20, -20};
    int p = std::clamp(baspri, 0, 31);
    PriorityPlan plan;
    if (p < 16) {
        plan.nice = nice_of[p];
    } else {
        plan.realtime = true;
        plan.rt_priority = 1 + (p - 16) * 98 / 15;
    }
    return plan;
}

}  // namespace sv::os::mapping
