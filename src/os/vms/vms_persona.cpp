// The `user` key through personas (reference/vms-services.md 1.6; HELP
// $PERSONA_CREATE, $PERSONA_ASSUME, $PERSONA_DELETE (Alpha and Integrity
// servers)). See vms_persona.h for the order of the calls and its anchors.
#include <atomic>
#include <string>

#include "os/vms/vms_persona.h"
#include "os/vms/vms_util.h"

#include <issdef.h>
#include <rmsdef.h>

namespace sv::os::vms {

namespace {

std::atomic<bool> lost{false};

// RMS$_RNF: the eight-cubed.com persona example [C]; SS$_NOSUCHUSER: what
// $GETUAI callers test alongside it (a PWDSET utility) [C].
bool no_such_user(unsigned int st) { return st == RMS$_RNF || st == SS$_NOSUCHUSER; }

// The refusals a system manager can act on, in words; the condition follows.
std::string refusal(const std::string& user, unsigned int st) {
    std::string why;
    if (no_such_user(st)) why = "no such user in SYSUAF";
    else if (st == SS$_NOIMPERSONATE) why = "supervisord lacks the IMPERSONATE privilege";
    else why = "the system refused it";
    return failure("couldn't run as " + user + ": " + why + " ($PERSONA_CREATE)", st);
}

}  // namespace

bool Persona::identity_lost() { return lost.load(); }

Persona::~Persona() { release(nullptr); }

bool Persona::create(const std::string& user, std::string* error) {
    // HELP $PERSONA_CREATE: usrnam at most 32 characters. Flags 0, as the
    // Apache/CSWS MPM passes (the persona's default privileges).
    if (user.empty() || user.size() > 32) return *error = "couldn't run as '" + user + "': not 1 to 32 characters", false;
    Text<33> name(user);
    unsigned int handle = 0;
    unsigned int st = sys$persona_create(&handle, &name.d, 0, nullptr, nullptr);   // usrpro, itmlst: none
    if (!ok(st)) return *error = refusal(user, st), false;
    handle_ = handle;
    user_ = user;
    return true;
}

unsigned int Persona::run_as(const std::function<unsigned int()>& create_process, std::vector<std::string>* warnings,
                             std::string* error) {
    // No AST routine may run under the borrowed identity (vms-services.md
    // 1.6): ASTs off first, back on only if they were on (xterm's vms.c
    // pattern, vms-services.md 4).
    unsigned int was = sys$setast(0);
    if (was != SS$_WASSET && was != SS$_WASCLR) {
        *error = failure("couldn't run as " + user_ + ": $SETAST(0) refused", was);
        return was;
    }
    unsigned int persona = handle_, previous = ISS$C_ID_NATURAL;
    unsigned int st = sys$persona_assume(&persona, 0, &previous, 0);
    if (!ok(st)) {
        *error = failure("couldn't run as " + user_ + ": $PERSONA_ASSUME", st);
        if (was == SS$_WASSET) {
            unsigned int on = sys$setast(1);
            if (on != SS$_WASSET && on != SS$_WASCLR) warnings->push_back(failure("$SETAST(1) refused", on));
        }
        return st;
    }
    unsigned int created = create_process();
    unsigned int back = sys$persona_assume(&previous, 0, nullptr, 0);
    if (!ok(back)) {
        unsigned int natural = ISS$C_ID_NATURAL;
        unsigned int again = sys$persona_assume(&natural, 0, nullptr, 0);
        warnings->push_back(failure("couldn't return from " + user_ + " to the previous persona ($PERSONA_ASSUME)", back));
        if (!ok(again)) {
            lost = true;
            warnings->push_back(failure("couldn't return to supervisord's own account either (ISS$C_ID_NATURAL)", again) +
                                "; no program will be started until supervisord is restarted");
        }
    }
    if (was == SS$_WASSET) {
        unsigned int on = sys$setast(1);
        if (on != SS$_WASSET && on != SS$_WASCLR) warnings->push_back(failure("$SETAST(1) refused", on));
    }
    return created;
}

void Persona::release(std::vector<std::string>* warnings) {
    if (!handle_) return;
    unsigned int persona = handle_;
    handle_ = 0;
    // SS$_PERSONADELPEND (the persona still active) is a success too.
    unsigned int st = sys$persona_delete(&persona);
    if (!ok(st) && warnings) warnings->push_back(failure("couldn't delete the persona of " + user_ + " ($PERSONA_DELETE)", st));
}

bool account_may_exist(const std::string& user) {
    if (user.empty() || user.size() > 32) return false;
    Text<33> name(user);
    unsigned int handle = 0;
    unsigned int st = sys$persona_create(&handle, &name.d, 0, nullptr, nullptr);
    // Only a look: a refused $PERSONA_DELETE changes nothing of the answer
    // (the persona goes with the image at the latest).
    if (ok(st)) (void)sys$persona_delete(&handle);
    return !no_such_user(st);
}

}  // namespace sv::os::vms
