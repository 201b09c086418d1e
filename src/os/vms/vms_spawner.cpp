// Processes on OpenVMS: $CREPRC of a detached process, $FORCEX / $DELPRC,
// $GETJPI for liveness (reference/vms-services.md 1, 6, 7).
//
// spawn: the entry (STARTING, the process name, no PID) is written before
// $CREPRC (docs/CRASH_SAFETY.md, OpenVMS; src/os/PORTING.md), then again
// with the PID and the login time. SS$_DUPLNAM means a process of that name
// runs in the UIC group it was to be created in (1.2, PRC-7; another
// account's for `user`): it is adopted, never doubled.
// Identity: PID and JPI$_LOGINTIM (6); the termination mailbox's message
// carries ACC$Q_LOGIN for a process that died before $GETJPI saw it (2.2).
// Anchors (reference/anchors.md): Apache/CSWS VMS MPM and xterm's vms.c for
// $CREPRC with PRC$M_DETACH, govax probe2 for the statuses.
#include <cstdio>
#include <cstring>
#include <map>
#include <memory>
#include <string>

#include "core/fsm.h"
#include "os/failpoint.h"
#include "os/spawner.h"
#include "os/vms/vms_output.h"
#include "os/vms/vms_persona.h"
#include "os/vms/vms_termination.h"
#include "os/vms/vms_util.h"

#include <pqldef.h>
#include <prcdef.h>
#include <prvdef.h>

namespace sv::os {

namespace {

using namespace vms;

#pragma pack(push, 1)
struct PqlEntry {
    unsigned char code;
    unsigned int value;
};
#pragma pack(pop)
static_assert(sizeof(PqlEntry) == 5, "PQL entries are packed (vms-services.md 1.4)");

// PQL$_ codes (1.4; the order is not alphabetical).
int quota_code(const std::string& name) {
    static const std::map<std::string, int> codes = {
        {"ASTLM", PQL$_ASTLM},         {"BIOLM", PQL$_BIOLM},     {"BYTLM", PQL$_BYTLM},
        {"CPULM", PQL$_CPULM},         {"DIOLM", PQL$_DIOLM},     {"FILLM", PQL$_FILLM},
        {"PGFLQUOTA", PQL$_PGFLQUOTA}, {"PRCLM", PQL$_PRCLM},     {"TQELM", PQL$_TQELM},
        {"WSQUOTA", PQL$_WSQUOTA},     {"WSDEFAULT", PQL$_WSDEFAULT}, {"ENQLM", PQL$_ENQLM},
        {"WSEXTENT", PQL$_WSEXTENT},   {"JTQUOTA", PQL$_JTQUOTA}};
    auto it = codes.find(name);
    return it == codes.end() ? -1 : it->second;
}

// PRV$V_ bit numbers (1.5); DETACH and ACNT are the old names.
int privilege_bit(const std::string& name) {
    static const char* const names[] = {
        "CMKRNL", "CMEXEC", "SYSNAM", "GRPNAM", "ALLSPOOL", "IMPERSONATE", "DIAGNOSE", "LOG_IO",
        "GROUP", "NOACNT", "PRMCEB", "PRMMBX", "PSWAPM", "SETPRI", "SETPRV", "TMPMBX", "WORLD",
        "MOUNT", "OPER", "EXQUOTA", "NETMBX", "VOLPRO", "PHY_IO", "BUGCHK", "PRMGBL", "SYSGBL",
        "PFNMAP", "SHMEM", "SYSPRV", "BYPASS", "SYSLCK", "SHARE", "UPGRADE", "DOWNGRADE", "GRPPRV",
        "READALL", "IMPORT", "AUDIT", "SECURITY"};
    if (name == "DETACH") return PRV$V_IMPERSONATE;
    if (name == "ACNT") return PRV$V_NOACNT;
    if (name == "ALTPRI") return PRV$V_ALTPRI;
    for (int k = 0; k < static_cast<int>(sizeof names / sizeof names[0]); ++k)
        if (name == names[k]) return k;
    return -1;
}

std::string hex_pid(unsigned int pid) {
    char b[12];
    std::snprintf(b, sizeof b, "%08X", pid);
    return b;
}

class VmsSpawner : public Spawner {
public:
    SpawnResult spawn(const ProgramSpec& spec, SelfRecord* record) override {
        SpawnResult r;
        std::string image = spec.image.empty() ? std::string("SYS$SYSTEM:LOGINOUT.EXE") : spec.image;
        std::string input = spec.command.empty() ? std::string("NLA0:") : spec.command;
        const OutputFiles files = output_files(spec);   // vms_output.cpp: AUTO, NLA0:
        std::string output = files.output;
        std::string err_file = files.error;
        // Limits checked before anything runs (1.2: image at most 63
        // characters, names 1-15, file names 255).
        if (image.size() > 63) return r.error = "image name longer than 63 characters: '" + image + "'", r;
        const std::string& pname = spec.process_name.empty() ? spec.name : spec.process_name;
        if (pname.empty() || pname.size() > 15)
            return r.error = "process name '" + pname + "' is not 1 to 15 characters", r;
        for (const auto* f : {&input, &output, &err_file})
            if (f->size() > 255) return r.error = "file name longer than 255 characters: '" + *f + "'", r;

        // Quotas: a packed PQL list ending with PQL$_LISTEND (1.4), on the stack.
        PqlEntry quotas[20];
        size_t nq = 0;
        for (const auto& q : spec.quotas) {
            int code = quota_code(q.name);
            if (code < 0) {
                r.warnings.push_back("quota " + q.name + " has no PQL$_ code on OpenVMS: not applied");
                continue;
            }
            if (nq + 1 >= sizeof quotas / sizeof quotas[0]) {
                r.warnings.push_back("more quotas than one $CREPRC list holds: " + q.name + " and those after it not applied");
                break;
            }
            quotas[nq].code = static_cast<unsigned char>(code);
            quotas[nq].value = static_cast<unsigned int>(q.value > 0xFFFFFFFFu ? 0xFFFFFFFFu : q.value);
            ++nq;
        }
        quotas[nq].code = PQL$_LISTEND;
        quotas[nq].value = 0;

        // Privileges: always an explicit mask, so a program never gets the
        // server's own privileges by default (1.5: omitted = the creator's).
        uint64_t mask = 0;
        for (const auto& p : spec.privileges) {
            int bit = privilege_bit(p);
            if (bit < 0) r.warnings.push_back("privilege " + p + " is not an OpenVMS privilege: not applied");
            else mask |= uint64_t{1} << bit;
        }
        struct _generic_64 prv;
        std::memcpy(&prv, &mask, sizeof mask);

        // Another account (1.6): a persona, made before anything is recorded
        // or started; a refusal is a failed start, never a start as
        // supervisord's own account (as on Linux, where a user that cannot
        // be switched to fails the start).
        Persona persona;
        const std::string user = upper_trim(spec.user);
        const bool other_user = !spec.user.empty() && user != self().username;
        if (Persona::identity_lost())
            return r.error = "supervisord could not return to its own account after an earlier start: restart it", r;
        if (other_user && !persona.create(user, &r.error)) return r;
        if (!spec.directory.empty()) r.warnings.push_back("directory not applied on OpenVMS (set it in the command procedure)");
        if (!spec.environment.empty()) r.warnings.push_back("environment not applied on OpenVMS (define logical names in the command procedure)");

        unsigned int flags = PRC$M_DETACH | (spec.nouaf ? PRC$M_NOUAF : 0u);
        // Whether a detached process takes the assumed persona without this
        // flag is not confirmed (vms-services.md 11.2; Apache and WASD do not
        // set it): set, it asks for exactly what we want either way.
        if (other_user) flags |= PRC$M_INHERIT_PERSONA;
        unsigned int kt = spec.kt_limit ? static_cast<unsigned int>(*spec.kt_limit) : 0u;
        if (spec.kt_limit) flags |= PRC$M_KT_LIMIT;   // 1.7 [U]: the value as a 16th argument

        // Rule 1: on record before the process exists.
        if (record && !record->write(0, 0)) {
            r.error = "couldn't record the process in the table: " + last_record_error();
            return r;
        }
        if (!termination_is_open())
            r.warnings.push_back("no termination mailbox: exit statuses will not be known");

        purge_output(spec, files, &r.warnings);   // *_backups (vms_output.cpp): a warning at worst
        Name d_image(image), d_input(input), d_output(output), d_error(err_file), d_name(pname);
        unsigned int pid = 0;
        unsigned int st = 0;
        // Bounded: a retry without PRC$M_KT_LIMIT, and one after a DUPLNAM
        // whose holder ended before we could look it up.
        for (int attempt = 0; attempt < 3; ++attempt) {
            pid = 0;
            auto create = [&] {
                return static_cast<unsigned int>(sys$creprc(&pid, &d_image.d, &d_input.d, &d_output.d, &d_error.d, &prv,
                                  nq ? reinterpret_cast<unsigned int*>(quotas) : nullptr, &d_name.d,
                                  static_cast<unsigned int>(spec.baspri), 0 /* uic: ours or the persona's */,
                                  termination_unit(), flags, nullptr /* itmlst */, nullptr /* node */,
                                  0 /* home_rad */, kt));
            };
            std::string refused;
            st = other_user ? persona.run_as(create, &r.warnings, &refused) : create();
            if (!refused.empty()) return r.error = refused, r;   // not created: the entry names no process
            if (st == SS$_IVSTSFLG && (flags & PRC$M_KT_LIMIT)) {
                flags &= ~static_cast<unsigned int>(PRC$M_KT_LIMIT);
                r.warnings.push_back("kt_limit not applied: $CREPRC refused PRC$M_KT_LIMIT (SS$_IVSTSFLG)");
                continue;
            }
            if (st == SS$_DUPLNAM) {
                // The holder is in the UIC group the process was to be created
                // in: ours, or the other account's (find_process, vms_util.h).
                JpiInfo holder;
                unsigned int found = find_process(pname, other_user ? user : std::string(), &holder);
                if (ok(found)) {
                    r.warnings.push_back("process name " + pname + " is in use by PID " + hex_pid(holder.pid) +
                                         " (SS$_DUPLNAM): adopted it instead of starting a second copy");
                    persona.release(&r.warnings);
                    return finish(r, record, holder.pid, holder.login);
                }
                if (found == SS$_NOPRIV) {
                    persona.release(&r.warnings);
                    r.warnings.push_back("process name " + pname + " is in use in the UIC group of " + user +
                                         " (SS$_DUPLNAM) and supervisord lacks the WORLD privilege to find that "
                                         "process: not started a second time");
                    r.error = "process name " + pname + " is in use in the UIC group of " + user +
                              "; supervisord lacks WORLD to adopt it";
                    return r;
                }
                if (found != SS$_NONEXPR) {
                    persona.release(&r.warnings);
                    r.error = failure("couldn't look for the holder of process name " + pname, found);
                    return r;
                }
                continue;   // the holder ended meanwhile (the name is free before its message, 2.1)
            }
            break;
        }
        persona.release(&r.warnings);
        if (!ok(st)) {
            r.error = failure("couldn't create the process ($CREPRC)", st);
            if (record) {
                // The entry names no process: the server records the
                // failure (BACKOFF) next; nothing runs.
            }
            return r;
        }
        JpiInfo who;
        uint64_t login = 0;
        unsigned int seen = getjpi(pid, "", &who);   // R0 and IOSB both (vms_util.cpp)
        if (ok(seen)) {
            login = who.login;
            if (other_user && who.username != user) {
                // The persona did not reach the new process: it must not run
                // as another account than the one asked for.
                unsigned int gone = sys$delprc(&pid, nullptr);
                r.error = "couldn't run as " + user + ": the process was created as " + who.username +
                          (ok(gone) ? "; deleted it ($DELPRC)" : "; " + failure("$DELPRC refused", gone));
                return r;
            }
        } else {
            if (other_user && seen != SS$_NONEXPR)
                r.warnings.push_back(failure("couldn't check that PID " + hex_pid(pid) + " runs as " + user + " ($GETJPIW)",
                                             seen));
            // Already gone: its message holds the login time (2.2).
            termination_poll();
            Ended e;
            if (termination_find(pid, &e)) login = e.login;
        }
        return finish(r, record, pid, login);
    }

    bool stop(const ProcessRef& p, StopHow how, const ProgramSpec&, std::string* error) override {
        unsigned int pid = static_cast<unsigned int>(p.pid);
        if (pid == 0) return true;
        JpiInfo who;
        unsigned int st = getjpi(pid, "", &who);
        if (st == SS$_NONEXPR) return true;                       // gone: success
        if (ok(st) && p.created && who.login != p.created) return true;   // not ours: leave it alone
        if (how == StopHow::ask) {
            // $FORCEX: a user-mode AST in the target calls $EXIT(code) (6).
            st = sys$forcex(&pid, nullptr, SS$_FORCEDEXIT);
            if (!ok(st) && st != SS$_NONEXPR) return *error = failure("$FORCEX of PID " + hex_pid(pid), st), false;
        } else {
            // $DELPRC: deletion completes asynchronously; final status 0 (PRC-2).
            st = sys$delprc(&pid, nullptr);
            if (!ok(st) && st != SS$_NONEXPR) return *error = failure("$DELPRC of PID " + hex_pid(pid), st), false;
        }
        return true;
    }

    bool signal(const ProcessRef&, const std::string& name, std::string* error) override {
        *error = "OpenVMS has no signal " + name + ": STOP asks the process to exit ($FORCEX)";
        return false;
    }

    bool signal_known(const std::string&) const override { return false; }

    Probe probe(const ProcessRef& p) override {
        Probe out;
        unsigned int pid = static_cast<unsigned int>(p.pid);
        Ended e;
        termination_poll();
        if (termination_find(pid, &e) && (!p.created || !e.login || e.login == p.created)) {
            out.kind = Probe::Kind::ended;
            out.status = ExitStatus::exited(e.status);
            return out;
        }
        JpiInfo who;
        unsigned int st = getjpi(pid, "", &who);
        if (ok(st) || st == SS$_SUSPENDED) {
            if (ok(st) && p.created && who.login != p.created) {
                out.kind = Probe::Kind::ended_unknown;   // the PID was reused: ours is gone
                return out;
            }
            out.kind = Probe::Kind::alive;
            return out;
        }
        if (st != SS$_NONEXPR) {
            out.kind = Probe::Kind::alive;   // cannot tell (e.g. SS$_NOPRIV): never start a second copy
            return out;
        }
        // Gone. Its message was written before the PID went (2.1): read it.
        termination_poll();
        if (termination_find(pid, &e)) {
            out.kind = Probe::Kind::ended;
            out.status = ExitStatus::exited(e.status);
        } else {
            out.kind = Probe::Kind::ended_unknown;
        }
        return out;
    }

private:
    // Failure points (os/failpoint.h), in the OpenVMS windows: the entry
    // was written before the process existed, so "before record" is the
    // server dying after $CREPRC with the PID not yet in the entry (the next
    // server finds the process by name), "after record" once it is.
    SpawnResult finish(SpawnResult& r, SelfRecord* record, unsigned int pid, uint64_t login) {
        r.ok = true;
        r.pid = pid;
        r.start_time = login;
        if (failpoint("child_before_record")) die_now();
        bool recorded = !record || record->write(pid, login);
        if (failpoint("child_after_record")) die_now();
        if (!recorded)
            // The process runs and the entry with its name is on record:
            // the next server finds it by name (vms_store.cpp).
            r.warnings.push_back("couldn't record PID " + hex_pid(pid) + " in the table: " + last_record_error());
        return r;
    }

    // CLEAR: vms_output.cpp (its output files, versions and AUTO).
    bool clear_output(const ProgramSpec& spec, std::string* error) override { return os::vms::clear_output(spec, error); }
};

}  // namespace

std::unique_ptr<Spawner> make_spawner() { return std::make_unique<VmsSpawner>(); }

// The condition value's message (vms-services.md 7), e.g. "%SYSTEM-F-ABORT,
// abort (%X0000002C)"; the other kinds as on every platform.
std::string describe_exit(const ExitStatus& st) {
    if (st.kind != ExitStatus::Kind::exited) return fsm::describe_exit(st, nullptr);
    unsigned int v = static_cast<unsigned int>(st.value);
    std::string text = message_text(v);
    std::string hex = hex_status(v);
    return text == hex ? "exit status " + hex : text + " (" + hex + ")";
}

// The forced stop in log texts: killing 'web' (2040012C) with $DELPRC.
const char* force_stop_name() { return "$DELPRC"; }

}  // namespace sv::os
