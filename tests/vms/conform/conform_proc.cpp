// conform_proc: $CREPRC, termination messages, $FORCEX, $DELPRC, $GETJPI, names.
// Expected: expected/proc.txt. The child image is VMSSIM_CHILD (child.cpp); on
// OpenVMS define VMSSIM_CHILD as a system logical name for its .EXE first.
// Published real answers: tucats/govax testdata/mp/probe2/vax/probe2.log [M].
#include <string>

#include "conform.h"

#include <accdef.h>
#include <cmbdef.h>
#include <dvidef.h>
#include <jpidef.h>
#include <prcdef.h>

using namespace conform;

namespace {

unsigned short term_chan = 0;

int create(unsigned *pid, const char *name, const char *input, unsigned short unit,
           const char *image = "VMSSIM_CHILD", unsigned flags = PRC$M_DETACH) {
    auto img = dsc(image), in = dsc(input), nl = dsc("NLA0:"), nm = dsc(name);
    return sys$creprc(pid, &img, &in, &nl, &nl, nullptr, nullptr, &nm, 4, 0, unit, flags);
}

int getjpi(unsigned pid, char *name, unsigned short *len, unsigned long long *login) {
    ILE3 items[3] = {};
    items[0].ile3$w_length = 15;
    items[0].ile3$w_code = JPI$_PRCNAM;
    items[0].ile3$ps_bufaddr = name;
    items[0].ile3$ps_retlen_addr = len;
    items[1].ile3$w_length = 8;
    items[1].ile3$w_code = JPI$_LOGINTIM;
    items[1].ile3$ps_bufaddr = login;
    IOSB iosb;
    return sys$getjpiw(EFN$C_ENF, &pid, nullptr, items, &iosb, nullptr, 0);
}

// $GETJPIW by process name: its PID.
int pid_of(const char *name, unsigned *pid) {
    auto n = dsc(name);
    ILE3 items[2] = {};
    items[0].ile3$w_length = 4;
    items[0].ile3$w_code = JPI$_PID;
    items[0].ile3$ps_bufaddr = pid;
    IOSB iosb;
    return sys$getjpiw(EFN$C_ENF, nullptr, &n, items, &iosb, nullptr, 0);
}

void report(const char *what, unsigned pid, const Term &t) {
    std::printf("%s: message %s, type %u, %u bytes, PID %s, IOSB PID %s\n", what, t.got ? "received" : "none",
                t.type, t.bcnt, t.pid == pid ? "matches" : "differs", t.iosb_pid == pid ? "matches" : "differs");
    hex((std::string(what) + ": final status").c_str(), t.status);
}

void delprc_and_forcex(unsigned unit) {
    unsigned pid = 0;
    line("$CREPRC hibernating child", create(&pid, "CONFORM_HIB", "HIBER", unit));
    char name[16];
    unsigned short len = 0;
    unsigned long long login = 0;
    line("$GETJPIW of the child", getjpi(pid, name, &len, &login));
    std::printf("child's JPI$_PRCNAM: %.*s\n", len, name);
    line("$DELPRC", sys$delprc(&pid, nullptr));
    Term t = read_term(term_chan);
    report("after $DELPRC", pid, t);
    yes("ACC$Q_LOGIN equals JPI$_LOGINTIM", t.login == login);
    line("$GETJPIW of the deleted PID", getjpi(pid, name, &len, &login));
    line("$WAKE of the deleted PID", sys$wake(&pid, nullptr));
    line("$FORCEX of the deleted PID", sys$forcex(&pid, nullptr, 1));
    line("$DELPRC of the deleted PID", sys$delprc(&pid, nullptr));

    line("$CREPRC hibernating child", create(&pid, "CONFORM_FX", "HIBER", unit));
    line("$FORCEX code %X10000", sys$forcex(&pid, nullptr, 0x10000));
    report("after $FORCEX", pid, read_term(term_chan));

    line("$CREPRC child that exits %X2C", create(&pid, "CONFORM_EXIT", "EXIT=2C", unit));
    report("after $EXIT", pid, read_term(term_chan));

    // C's exit(n): the C RTL encodes n (exit(2) -> %X1035A012) [M] vms-mariadb
    // PORTING_LOG (VSI x86 E9.2-4).
    line("$CREPRC child that calls exit(2)", create(&pid, "CONFORM_CEXIT", "CEXIT=2", unit));
    report("after exit(2)", pid, read_term(term_chan));

    // The child tells us (through a mailbox) once its ASTs are disabled.
    unsigned short ready = 0;
    char dev[32], input[64];
    sys$crembx(0, &ready, 64, 256, 0, 0, nullptr);
    std::snprintf(input, sizeof input, "NOAST TELL=%.*s HIBER", devnam(ready, dev, sizeof dev), dev);
    line("$CREPRC child with ASTs disabled", create(&pid, "CONFORM_NOAST", input, unit));
    Io told;
    char buf[16];
    sys$qio(EFN$C_ENF, ready, IO$_READVBLK, &told.iosb, io_ast_fn(), prm(told), buf, sizeof buf, 0, 0, 0, 0);
    yes("child reports ASTs disabled", wait_io(told, 1000));
    sys$dassgn(ready);
    line("$FORCEX of it", sys$forcex(&pid, nullptr, 0x10000));
    yes("no termination message within 1 s (the exit AST waits)", !read_term(term_chan, 100).got);
    sys$delprc(&pid, nullptr);
    report("after $DELPRC of it", pid, read_term(term_chan));
}

void missing_image_and_names(unsigned unit) {
    unsigned pid = 0, other = 0;
    line("$CREPRC of a missing image", create(&pid, "CONFORM_FNF", "", unit, "CONFORM_NO_SUCH_IMAGE"));
    report("missing image", pid, read_term(term_chan));

    line("$CREPRC named CONFORM_DUP", create(&pid, "CONFORM_DUP", "HIBER", unit));
    line("$CREPRC named CONFORM_DUP again", create(&other, "CONFORM_DUP", "HIBER", unit));
    auto dup = dsc("CONFORM_DUP");
    line("$DELPRC by name", sys$delprc(nullptr, &dup));
    read_term(term_chan);
    // The name is free before the termination message is sent [D].
    unsigned first = pid;
    line("$CREPRC named CONFORM_DUP after its message", create(&pid, "CONFORM_DUP", "HIBER", unit));
    yes("the new CONFORM_DUP has another PID (no reuse at once)", pid != first);
    sys$delprc(&pid, nullptr);
    read_term(term_chan);

    line("$CREPRC with a 16-character name", create(&pid, "CONFORM_16_CHARS", "HIBER", unit));
    line("$CREPRC with a reserved status flag", create(&pid, "CONFORM_FLAG", "HIBER", unit, "VMSSIM_CHILD",
                                                       PRC$M_DETACH | 0x80000000u));
}

void outlives_creator(unsigned unit) {
    unsigned pid = 0, grand = 0;
    line("$CREPRC child that creates CONFORM_GRAND and exits",
         create(&pid, "CONFORM_PARENT", "SPAWN=CONFORM_GRAND EXIT=1", unit));
    report("creator", pid, read_term(term_chan));
    line("$GETJPIW of CONFORM_GRAND after its creator's end", pid_of("CONFORM_GRAND", &grand));
    if (grand) line("$DELPRC of CONFORM_GRAND", sys$delprc(&grand, nullptr));
}

// [U] (vms-simulator.md 6.4): a permanent termination mailbox still receives the
// message of a process whose creator has exited. SUPERVISE's re-adoption relies on it.
void orphan_message(unsigned unit) {
    unsigned short prm = 0;
    auto name = dsc("CONFORM_PRMTERM");
    sys$crembx(1, &prm, 128, 1024, 0, 0, &name);
    char input[48];
    std::snprintf(input, sizeof input, "ORPHAN=%u EXIT=1", mailbox_unit(prm));
    unsigned middle = 0;
    create(&middle, "CONFORM_MIDDLE", input, unit);
    Term t = read_term(term_chan);
    yes("the orphan's creator has ended", t.got && t.pid == middle);
    unsigned orphan = 0;
    pid_of("CONFORM_ORPHAN", &orphan);
    sys$delprc(&orphan, nullptr);
    Term o = read_term(prm);
    yes("[U] permanent mailbox of an ended creator gets the orphan's message", o.got && o.pid == orphan);
    sys$delmbx(prm);
    sys$dassgn(prm);
}

// Lost messages [D]: mailbox gone, maxmsg < 84, no room.
void lost_messages() {
    unsigned pid = 0;
    unsigned short small = 0, full = 0, gone = 0;
    IOSB iosb;
    char buf[128] = {};
    sys$crembx(0, &small, 40, 1024, 0, 0, nullptr);
    create(&pid, "CONFORM_SMALL", "EXIT=1", static_cast<unsigned short>(mailbox_unit(small)));
    sys$crembx(0, &full, 128, 100, 0, 0, nullptr);
    sys$qiow(EFN$C_ENF, full, IO$_WRITEVBLK | IO$M_NOW, &iosb, nullptr, 0, buf, 60, 0, 0, 0, 0);
    unsigned full_pid = 0;
    create(&full_pid, "CONFORM_FULL", "EXIT=1", static_cast<unsigned short>(mailbox_unit(full)));
    sys$crembx(0, &gone, 128, 1024, 0, 0, nullptr);
    unsigned gone_pid = 0;
    create(&gone_pid, "CONFORM_GONE", "HIBER", static_cast<unsigned short>(mailbox_unit(gone)));
    sys$dassgn(gone);
    sys$delprc(&gone_pid, nullptr);
    // Bounded wait for the three to be gone, then look for their messages.
    unsigned short l;
    unsigned long long t;
    char n[16];
    poll_for([&] {
        return getjpi(pid, n, &l, &t) == SS$_NONEXPR && getjpi(full_pid, n, &l, &t) == SS$_NONEXPR &&
               getjpi(gone_pid, n, &l, &t) == SS$_NONEXPR;
    }, 1000);
    sys$qiow(EFN$C_ENF, small, IO$_READVBLK | IO$M_NOW, &iosb, nullptr, 0, buf, sizeof buf, 0, 0, 0, 0);
    yes("mailbox gone: the process is deleted all the same", getjpi(gone_pid, n, &l, &t) == SS$_NONEXPR);
    line("termination mailbox with maxmsg 40: read NOW", iosb.iosb$w_status);
    sys$qiow(EFN$C_ENF, full, IO$_READVBLK | IO$M_NOW, &iosb, nullptr, 0, buf, sizeof buf, 0, 0, 0, 0);
    std::printf("full termination mailbox: first read %u bytes\n", iosb.iosb$w_bcnt);
    sys$qiow(EFN$C_ENF, full, IO$_READVBLK | IO$M_NOW, &iosb, nullptr, 0, buf, sizeof buf, 0, 0, 0, 0);
    line("full termination mailbox: second read NOW", iosb.iosb$w_status);
    sys$dassgn(small);
    sys$dassgn(full);
}

void write_now_rc(unsigned short chan, IOSB *iosb) {
    sys$qiow(EFN$C_ENF, chan, IO$_WRITEVBLK | IO$M_NOW | IO$M_READERCHECK, iosb, nullptr, 0, const_cast<char *>("r"), 1,
             0, 0, 0, 0);
}

unsigned dvi(unsigned short chan, const char *device, unsigned short item) {
    unsigned v = 0;
    ILE3 items[2] = {};
    items[0].ile3$w_length = 4;
    items[0].ile3$w_code = item;
    items[0].ile3$ps_bufaddr = &v;
    IOSB iosb;
    auto d = dsc(device ? device : "");
    int st = sys$getdviw(EFN$C_ENF, chan, device ? &d : nullptr, items, &iosb, nullptr, 0, nullptr);
    return st & 1 ? v : 0xFFFFFFFFu;
}

// Process rundown [D] (SSREF $DELPRC, process deletion: its channels deassigned,
// its I/O run down, its temporary mailboxes deleted): the deleted child's channel to our
// mailbox and its read queued there are gone, and so is the temporary mailbox it
// created.
void rundown(unsigned unit) {
    unsigned short w = 0, ready = 0;
    IOSB iosb;
    char dev[32], rdev[32], input[128], theirs[64] = {};
    sys$crembx(0, &w, 128, 1024, 0, 0, nullptr, CMB$M_WRITEONLY);
    sys$crembx(0, &ready, 64, 256, 0, 0, nullptr);
    std::snprintf(input, sizeof input, "RDR=%.*s MKMBX=%.*s HIBER", devnam(w, dev, sizeof dev), dev,
                  devnam(ready, rdev, sizeof rdev), rdev);
    unsigned pid = 0;
    line("$CREPRC child that reads our mailbox and creates its own", create(&pid, "CONFORM_RUNDOWN", input, unit));
    Io told;
    sys$qio(EFN$C_ENF, ready, IO$_READVBLK, &told.iosb, io_ast_fn(), prm(told), theirs, sizeof theirs - 1, 0, 0, 0,
            0);
    yes("child's temporary mailbox name received", wait_io(told, 1000) && told.iosb.iosb$w_status == SS$_NORMAL);
    std::printf("channels to our mailbox before its deletion: %u\n", dvi(w, nullptr, DVI$_REFCNT));
    line("$GETDVIW of its temporary mailbox before its deletion",
         dvi(0, theirs, DVI$_UNIT) != 0xFFFFFFFFu ? SS$_NORMAL : SS$_NOSUCHDEV);
    sys$delprc(&pid, nullptr);
    yes("its termination message", read_term(term_chan).got);
    std::printf("rundown: channels to our mailbox after its deletion: %u\n", dvi(w, nullptr, DVI$_REFCNT));
    write_now_rc(w, &iosb);
    line("rundown: write READERCHECK, its reader deleted: IOSB", iosb.iosb$w_status);
    sys$qiow(EFN$C_ENF, w, IO$_WRITEVBLK | IO$M_NOW, &iosb, nullptr, 0, const_cast<char *>("x"), 1, 0, 0, 0, 0);
    std::printf("rundown: a write NOW after it stays queued (its read is gone): %u message(s)\n",
                dvi(w, nullptr, DVI$_DEVDEPEND) & 0xFFFF);
    auto d = dsc(theirs);
    unsigned short c = 0;
    line("rundown: $ASSIGN to the temporary mailbox it created", sys$assign(&d, &c, 0, nullptr));
    sys$dassgn(w);
    sys$dassgn(ready);
}

void longword_item(ILE3 &e, unsigned short code, unsigned *buf) {
    e.ile3$w_length = 4;
    e.ile3$w_code = code;
    e.ile3$ps_bufaddr = buf;
}

// The wildcard $GETJPIW [D: HELP $GETJPI, pidadr]: pidadr -1 starts it, each call
// returns the next process the caller may see, SS$_NOMOREPROC ends it. Which
// processes [D: the GROUP and WORLD privileges]: those of the caller's own UIC
// always, the rest of its UIC group with GROUP (or WORLD), any other with WORLD.
// A child with the privileges given looks for a process of that name.
void wildcard_scan(unsigned unit) {
    auto img = dsc("VMSSIM_CHILD"), hib = dsc("HIBER"), nl = dsc("NLA0:");
    auto xg = dsc("CONFORM_XG"), sg = dsc("CONFORM_SG"), su = dsc("CONFORM_SU");
    unsigned pid_xg = 0, pid_sg = 0, pid_su = 0, self = 0;
    unsigned uic = 0;
    ILE3 mine[3] = {};
    longword_item(mine[0], JPI$_UIC, &uic);
    longword_item(mine[1], JPI$_PID, &self);
    IOSB iosb;
    sys$getjpiw(EFN$C_ENF, nullptr, nullptr, mine, &iosb, nullptr, 0);
    unsigned other_group = ((uic >> 16) + 1) << 16 | (uic & 0xFFFF), other_member = uic + 1;
    line("$CREPRC CONFORM_XG in another UIC group",
         sys$creprc(&pid_xg, &img, &hib, &nl, &nl, nullptr, nullptr, &xg, 4, other_group, unit, PRC$M_DETACH));
    line("$CREPRC CONFORM_SG in our group, another member",
         sys$creprc(&pid_sg, &img, &hib, &nl, &nl, nullptr, nullptr, &sg, 4, other_member, unit, PRC$M_DETACH));
    line("$CREPRC CONFORM_SU with our UIC",
         sys$creprc(&pid_su, &img, &hib, &nl, &nl, nullptr, nullptr, &su, 4, 0, unit, PRC$M_DETACH));
    // Our own scan (every privilege): all three and ourselves, then the end.
    unsigned context = 0xFFFFFFFFu, st = SS$_NORMAL;
    int seen = 0, calls = 0;
    bool found_self = false;
    for (; calls < 10000; ++calls) {
        unsigned pid = 0;
        ILE3 items[2] = {};
        longword_item(items[0], JPI$_PID, &pid);
        st = sys$getjpiw(EFN$C_ENF, &context, nullptr, items, &iosb, nullptr, 0);
        if (st & 1) st = iosb.iosb$l_getxxi_status;
        if (!(st & 1)) break;
        if (pid == pid_xg || pid == pid_sg || pid == pid_su) ++seen;
        if (pid == self) found_self = true;
    }
    yes("wildcard $GETJPIW with WORLD: all three children returned", seen == 3);
    yes("wildcard $GETJPIW: the caller itself returned", found_self);
    line("wildcard $GETJPIW: after the last process", st);
    struct Case {
        const char *what, *target;
        unsigned long long privs;
    };
    const unsigned long long kAll = ~0ULL & ~((1ULL << 8) | (1ULL << 16));  // but GROUP and WORLD
    const Case cases[] = {
        {"wildcard $GETJPIW without GROUP or WORLD, for CONFORM_XG", "CONFORM_XG", kAll},
        {"wildcard $GETJPIW with WORLD, for CONFORM_XG", "CONFORM_XG", kAll | (1ULL << 16)},
        {"wildcard $GETJPIW with GROUP, for CONFORM_XG", "CONFORM_XG", kAll | (1ULL << 8)},
        {"wildcard $GETJPIW without GROUP or WORLD, for CONFORM_SG", "CONFORM_SG", kAll},
        {"wildcard $GETJPIW with GROUP, for CONFORM_SG", "CONFORM_SG", kAll | (1ULL << 8)},
        {"wildcard $GETJPIW without GROUP or WORLD, for CONFORM_SU", "CONFORM_SU", kAll},
    };
    for (const Case &c : cases) {
        char input[64];
        std::snprintf(input, sizeof input, "SCAN=%s", c.target);
        auto in = dsc(input), name = dsc("CONFORM_SCAN");
        unsigned pid = 0;
        unsigned long long privs = c.privs;
        sys$creprc(&pid, &img, &in, &nl, &nl, reinterpret_cast<struct _generic_64 *>(&privs), nullptr, &name, 4,
                   0, unit, PRC$M_DETACH);
        Term t = read_term(term_chan);
        line((std::string(c.what) + ": child's final status").c_str(), t.got && t.pid == pid ? t.status : 0);
    }
    for (unsigned *p : {&pid_xg, &pid_sg, &pid_su}) {
        sys$delprc(p, nullptr);
        read_term(term_chan);
    }
}

}  // namespace

int main() {
    line("$CREMBX termination mailbox", sys$crembx(0, &term_chan, ACC$K_TERMLEN + 44, 4096, 0, 0, nullptr));
    unsigned unit = mailbox_unit(term_chan);
    delprc_and_forcex(unit);
    missing_image_and_names(unit);
    outlives_creator(unit);
    orphan_message(unit);
    lost_messages();
    rundown(unit);
    wildcard_scan(unit);
    return 0;
}
