// conform_lnm: logical names and shareable tables. Expected: expected/lnm.txt.
// vms-services.md 5 [D/S]; [U] lines are simulator parameters (CONTRACT.md).
#include <string>

#include "conform.h"

#include <accdef.h>
#include <dvidef.h>
#include <lnmdef.h>
#include <prcdef.h>
#include <psldef.h>

using namespace conform;

namespace {

int define(const char *table, const char *name, const char *const *eqv, int n, unsigned char *acmode = nullptr) {
    ILE3 items[8] = {};
    for (int i = 0; i < n && i < 7; ++i) {
        items[i].ile3$w_length = static_cast<unsigned short>(std::strlen(eqv[i]));
        items[i].ile3$w_code = LNM$_STRING;
        items[i].ile3$ps_bufaddr = const_cast<char *>(eqv[i]);
    }
    auto t = dsc(table), l = dsc(name);
    return sys$crelnm(nullptr, &t, &l, acmode, items);
}

// Translates index `index`; prints what came back.
void translate(const char *what, const char *table, const char *name, unsigned index, unsigned attr = 0,
               unsigned char *acmode = nullptr) {
    char buf[256];
    unsigned short len = 0;
    unsigned max_index = 0, attributes = 0;
    ILE3 items[5] = {};
    items[0].ile3$w_length = 4;
    items[0].ile3$w_code = LNM$_INDEX;
    items[0].ile3$ps_bufaddr = &index;
    items[1].ile3$w_length = sizeof buf;
    items[1].ile3$w_code = LNM$_STRING;
    items[1].ile3$ps_bufaddr = buf;
    items[1].ile3$ps_retlen_addr = &len;
    items[2].ile3$w_length = 4;
    items[2].ile3$w_code = LNM$_MAX_INDEX;
    items[2].ile3$ps_bufaddr = &max_index;
    items[3].ile3$w_length = 4;
    items[3].ile3$w_code = LNM$_ATTRIBUTES;
    items[3].ile3$ps_bufaddr = &attributes;
    auto t = dsc(table), l = dsc(name);
    int st = sys$trnlnm(&attr, &t, &l, acmode, items);
    if (!(st & 1)) return line(what, st);
    std::printf("%s: %s, \"%.*s\", max index %u, exists %s\n", what, ss(st), len, buf, max_index,
                attributes & LNM$M_EXISTS ? "yes" : "no");
}

void tables() {
    unsigned attr = LNM$M_CREATE_IF, quota = 0;
    auto tab = dsc("CONFORM_TABLE"), dir = dsc("LNM$SYSTEM_DIRECTORY");
    line("$CRELNT new shareable table [U]", sys$crelnt(nullptr, nullptr, nullptr, &quota, nullptr, &tab, &dir, nullptr));
    line("$CRELNT CREATE_IF, table exists [U]", sys$crelnt(&attr, nullptr, nullptr, nullptr, nullptr, &tab, &dir, nullptr));
    const char *three[] = {"ZERO", "ONE", "TWO"};
    line("$CRELNM three equivalences", define("CONFORM_TABLE", "CONFORM_NAME", three, 3));
    line("$CRELNM same name again", define("CONFORM_TABLE", "CONFORM_NAME", three, 3));
    translate("$TRNLNM index 0", "CONFORM_TABLE", "CONFORM_NAME", 0);
    translate("$TRNLNM index 2", "CONFORM_TABLE", "CONFORM_NAME", 2);
    translate("$TRNLNM index 3", "CONFORM_TABLE", "CONFORM_NAME", 3);
    translate("$TRNLNM lower case", "CONFORM_TABLE", "conform_name", 0);
    translate("$TRNLNM lower case, CASE_BLIND", "CONFORM_TABLE", "conform_name", 0, LNM$M_CASE_BLIND);
    translate("$TRNLNM missing name", "CONFORM_TABLE", "CONFORM_MISSING", 0);
    std::string long_name(256, 'N');
    char name[257];
    std::snprintf(name, sizeof name, "%s", long_name.c_str());
    line("$CRELNM 256-character name", define("CONFORM_TABLE", name, three, 1));
    auto t = dsc("CONFORM_TABLE"), l = dsc("CONFORM_NAME");
    line("$DELLNM", sys$dellnm(&t, &l, nullptr));
    line("$DELLNM again", sys$dellnm(&t, &l, nullptr));

    unsigned small = 20;
    auto qtab = dsc("CONFORM_SMALL_TABLE");
    sys$crelnt(nullptr, nullptr, nullptr, &small, nullptr, &qtab, &dir, nullptr);
    const char *big[] = {"0123456789ABCDEF0123456789"};
    line("$CRELNM beyond the table quota", define("CONFORM_SMALL_TABLE", "Q", big, 1));
}

// A shareable table outlives the process that made it [D].
void outlives_creator() {
    unsigned short term = 0;
    unsigned unit = 0, pid = 0;
    sys$crembx(0, &term, ACC$K_TERMLEN, 1024, 0, 0, nullptr);
    ILE3 items[2] = {};
    items[0].ile3$w_length = 4;
    items[0].ile3$w_code = DVI$_UNIT;
    items[0].ile3$ps_bufaddr = &unit;
    IOSB iosb;
    sys$getdviw(EFN$C_ENF, term, nullptr, items, &iosb, nullptr, 0, nullptr);
    auto img = dsc("VMSSIM_CHILD"), in = dsc("LNMTAB=CONFORM_LEFT_TABLE EXIT=1"), nl = dsc("NLA0:"),
         nm = dsc("CONFORM_LNMTAB");
    line("$CREPRC child that creates a shareable table and exits",
         sys$creprc(&pid, &img, &in, &nl, &nl, nullptr, nullptr, &nm, 4, 0, static_cast<unsigned short>(unit),
                    PRC$M_DETACH));
    Io io;
    char buf[128];
    sys$qio(EFN$C_ENF, term, IO$_READVBLK, &io.iosb, io_ast_fn(), prm(io), buf, sizeof buf, 0, 0, 0, 0);
    yes("its termination message arrived", wait_io(io, 1000));
    translate("$TRNLNM in the table it left", "CONFORM_LEFT_TABLE", "LEFT", 0);
    sys$dassgn(term);
}

void process_table() {
    const char *one[] = {"MINE"};
    line("$CRELNM in LNM$PROCESS_TABLE", define("LNM$PROCESS_TABLE", "CONFORM_PRIVATE", one, 1));
    translate("$TRNLNM through LNM$FILE_DEV", "LNM$FILE_DEV", "CONFORM_PRIVATE", 0);
}

}  // namespace

// Access modes are kept with each name [D SSREF $CRELNM, $TRNLNM, $DELLNM]. On
// OpenVMS a user-mode program gets a supervisor-mode name only with SYSNAM (else
// the mode is maximised to its own): run this program with SYSNAM there.
void modes() {
    unsigned char super = PSL$C_SUPER, user = PSL$C_USER;
    const char *s[] = {"SUPER"}, *u[] = {"USER"};
    line("$CRELNM CONFORM_MODE in supervisor mode", define("CONFORM_TABLE", "CONFORM_MODE", s, 1, &super));
    line("$CRELNM CONFORM_MODE in user mode", define("CONFORM_TABLE", "CONFORM_MODE", u, 1, &user));
    translate("$TRNLNM CONFORM_MODE, no mode given", "CONFORM_TABLE", "CONFORM_MODE", 0);
    translate("$TRNLNM CONFORM_MODE, supervisor mode", "CONFORM_TABLE", "CONFORM_MODE", 0, 0, &super);
    auto t = dsc("CONFORM_TABLE"), l = dsc("CONFORM_MODE");
    line("$DELLNM CONFORM_MODE in user mode", sys$dellnm(&t, &l, &user));
    translate("$TRNLNM CONFORM_MODE after it", "CONFORM_TABLE", "CONFORM_MODE", 0);
    int st = sys$dellnm(&t, &l, &user);
    std::printf("[U] $DELLNM in user mode, only a supervisor-mode name left: %s\n",
                st == SS$_NOPRIV ? "SS$_NOPRIV" : ss(st));
    line("$DELLNM CONFORM_MODE in supervisor mode", sys$dellnm(&t, &l, &super));
}

int main() {
    tables();
    modes();
    outlives_creator();
    process_table();
    return 0;
}
