// conform_persona: $PERSONA_CREATE, $PERSONA_ASSUME, $PERSONA_DELETE and a detached
// $CREPRC made under a persona (vms-services.md 1.6). Expected: expected/persona.txt.
// On OpenVMS: run it under an account with IMPERSONATE, with an account SIMOTHER of
// UIC [200,201] in SYSUAF and no account NOSUCHUSER; VMSSIM_CHILD as for conform_proc.
// Lines marked [U] are the simulator's parameters (CONTRACT.md PER-*), what a real
// system must settle.
#include <cstdio>
#include <string>

#include "conform.h"

#include <issdef.h>
#include <jpidef.h>
#include <prcdef.h>
#include <prvdef.h>
#include <rmsdef.h>

using namespace conform;

namespace {

unsigned short term_chan = 0;

const char *status(unsigned st) {
    switch (st) {
    case SS$_NOIMPERSONATE: return "SS$_NOIMPERSONATE";
    case SS$_NOSUCHUSER: return "SS$_NOSUCHUSER";
    case SS$_NOSUCHID: return "SS$_NOSUCHID";
    case SS$_PERSONADELPEND: return "SS$_PERSONADELPEND";
    case RMS$_RNF: return "RMS$_RNF";
    default: return ss(st);
    }
}
void say(const char *what, unsigned st) { std::printf("%s: %s\n", what, status(st)); }

struct Who {
    char user[12];
    unsigned short len = 0;
    unsigned uic = 0;
};
int who(unsigned pid, Who *w) {
    ILE3 items[3] = {};
    items[0].ile3$w_length = sizeof w->user;
    items[0].ile3$w_code = JPI$_USERNAME;
    items[0].ile3$ps_bufaddr = w->user;
    items[0].ile3$ps_retlen_addr = &w->len;
    items[1].ile3$w_length = 4;
    items[1].ile3$w_code = JPI$_UIC;
    items[1].ile3$ps_bufaddr = &w->uic;
    IOSB iosb;
    return sys$getjpiw(EFN$C_ENF, pid ? &pid : nullptr, nullptr, items, &iosb, nullptr, 0);
}
std::string user_of(const Who &w) {
    std::string s(w.user, w.len);
    while (!s.empty() && s.back() == ' ') s.pop_back();
    return s;
}
void show(const char *what, unsigned pid) {
    Who w;
    int st = who(pid, &w);
    std::printf("%s: JPI$_USERNAME %s, JPI$_UIC [%o,%o] (%s)\n", what, user_of(w).c_str(), w.uic >> 16,
                w.uic & 0xFFFF, status(st));
}

int create(unsigned *pid, const char *name, const char *input, unsigned flags, struct _generic_64 *priv = nullptr) {
    auto img = dsc("VMSSIM_CHILD"), in = dsc(input), nl = dsc("NLA0:"), nm = dsc(name);
    unsigned short unit = static_cast<unsigned short>(mailbox_unit(term_chan));
    return sys$creprc(pid, &img, &in, &nl, &nl, priv, nullptr, &nm, 4, 0, unit, flags);
}

// Deletes a hibernating child and reads its termination message: its ACC$T_USERNAME.
std::string end_child(unsigned pid) {
    sys$delprc(&pid, nullptr);
    Io io;
    char buf[128];
    sys$qio(EFN$C_ENF, term_chan, IO$_READVBLK, &io.iosb, io_ast_fn(), prm(io), buf, sizeof buf, 0, 0, 0, 0);
    if (!wait_io(io, 1000)) {
        sys$cancel(term_chan);
        wait_io(io, 500);
    }
    std::string user(buf + ACC$T_USERNAME, 12);
    while (!user.empty() && user.back() == ' ') user.pop_back();
    return io.iosb.iosb$w_status == SS$_NORMAL ? user : "(no message)";
}

}  // namespace

int main() {
    say("$CREMBX termination mailbox", sys$crembx(0, &term_chan, 128, 2048, 0, 0, nullptr));
    Who self;
    who(0, &self);
    std::string own = user_of(self);

    // PER-1, PER-2: an account SYSUAF holds, and one it does not.
    unsigned other = 0, nosuch = 0;
    auto simother = dsc("SIMOTHER"), missing = dsc("NOSUCHUSER");
    say("$PERSONA_CREATE SIMOTHER", sys$persona_create(&other, &simother, 0, nullptr, nullptr));
    say("[U] $PERSONA_CREATE NOSUCHUSER", sys$persona_create(&nosuch, &missing, 0, nullptr, nullptr));

    // PER-3: assume; the previous persona is the natural one.
    unsigned previous = 0;
    say("$PERSONA_ASSUME SIMOTHER", sys$persona_assume(&other, 0, &previous, 0));
    yes("previous persona is ISS$C_ID_NATURAL", previous == ISS$C_ID_NATURAL);

    // PER-4: detached processes created while the persona is assumed.
    unsigned inherit = 0, plain = 0;
    say("$CREPRC under the persona, PRC$M_INHERIT_PERSONA",
        create(&inherit, "CONFORM_PINH", "HIBER", PRC$M_DETACH | PRC$M_INHERIT_PERSONA));
    say("$CREPRC under the persona, no PRC$M_INHERIT_PERSONA", create(&plain, "CONFORM_PPLAIN", "HIBER", PRC$M_DETACH));

    // PER-3: back to the previous (natural) persona.
    unsigned back = 0;
    say("$PERSONA_ASSUME of the previous persona", sys$persona_assume(&previous, 0, &back, 0));
    yes("the persona it replaced is SIMOTHER's", back == other);

    show("child created with PRC$M_INHERIT_PERSONA", inherit);
    show("[U] child created without PRC$M_INHERIT_PERSONA", plain);
    unsigned after = 0;
    say("$CREPRC after returning", create(&after, "CONFORM_PNAT", "HIBER", PRC$M_DETACH));
    Who w;
    who(after, &w);
    yes("child created after returning has the creator's JPI$_USERNAME", user_of(w) == own);
    std::printf("end of the child created with PRC$M_INHERIT_PERSONA: ACC$T_USERNAME %s\n", end_child(inherit).c_str());
    std::printf("[U] end of the child created without it: ACC$T_USERNAME %s\n", end_child(plain).c_str());
    yes("end of the child created after returning: ACC$T_USERNAME is the creator's", end_child(after) == own);

    // PER-5: delete; a persona deleted while active [U].
    say("$PERSONA_DELETE SIMOTHER", sys$persona_delete(&other));
    say("[U] $PERSONA_DELETE of it again", sys$persona_delete(&other));
    say("[U] $PERSONA_ASSUME of the deleted persona", sys$persona_assume(&other, 0, nullptr, 0));
    unsigned again = 0;
    say("$PERSONA_CREATE SIMOTHER again", sys$persona_create(&again, &simother, 0, nullptr, nullptr));
    say("$PERSONA_ASSUME it", sys$persona_assume(&again, 0, nullptr, 0));
    say("[U] $PERSONA_DELETE of the active persona", sys$persona_delete(&again));
    unsigned natural = ISS$C_ID_NATURAL;
    say("$PERSONA_ASSUME ISS$C_ID_NATURAL", sys$persona_assume(&natural, 0, nullptr, 0));

    // PER-6: without IMPERSONATE (a child with TMPMBX|NETMBX only).
    unsigned long long privs = PRV$M_TMPMBX | PRV$M_NETMBX;
    unsigned np = 0;
    say("$CREPRC child without IMPERSONATE",
        create(&np, "CONFORM_NOIMP", "PERSONA=SIMOTHER", PRC$M_DETACH, reinterpret_cast<struct _generic_64 *>(&privs)));
    Term t = read_term(term_chan);
    std::printf("its $PERSONA_CREATE SIMOTHER: %s\n", t.got ? status(t.status) : "(no message)");
    return 0;
}
