// conform_mbx: mailbox semantics. Expected: expected/mbx.txt.
// I/O User's Reference V8.4 ch. 4 [D] unless a line says otherwise.
#include <string>

#include "conform.h"

#include <agndef.h>
#include <cmbdef.h>
#include <dvidef.h>
#include <jpidef.h>
#include <lnmdef.h>

using namespace conform;

namespace {

unsigned my_pid() {
    unsigned pid = 0;
    ILE3 items[2] = {};
    items[0].ile3$w_length = 4;
    items[0].ile3$w_code = JPI$_PID;
    items[0].ile3$ps_bufaddr = &pid;
    IOSB iosb;
    sys$getjpiw(EFN$C_ENF, nullptr, nullptr, items, &iosb, nullptr, 0);
    return pid;
}

// $TRNLNM of `name` in `table`: only the status (SS$_NORMAL when it is there).
int find_name(const char *table, const char *name) {
    char buf[64];
    unsigned short len = 0;
    ILE3 items[2] = {};
    items[0].ile3$w_length = sizeof buf;
    items[0].ile3$w_code = LNM$_STRING;
    items[0].ile3$ps_bufaddr = buf;
    items[0].ile3$ps_retlen_addr = &len;
    auto t = dsc(table), l = dsc(name);
    return sys$trnlnm(nullptr, &t, &l, nullptr, items);
}

int write_now(unsigned short chan, const char *data, int n, IOSB *iosb, unsigned extra = 0) {
    return sys$qiow(EFN$C_ENF, chan, IO$_WRITEVBLK | IO$M_NOW | extra, iosb, nullptr, 0,
                    const_cast<char *>(data), n, 0, 0, 0, 0);
}

void reader_writer_checks() {
    unsigned short w = 0, r = 0;
    IOSB iosb;
    line("$CREMBX write-only channel", sys$crembx(0, &w, 128, 1024, 0, 0, nullptr, CMB$M_WRITEONLY));
    line("write READERCHECK, no reader: $QIO", write_now(w, "x", 1, &iosb, IO$M_READERCHECK));
    line("write READERCHECK, no reader: IOSB", iosb.iosb$w_status);
    sys$dassgn(w);
    line("$CREMBX read-only channel", sys$crembx(0, &r, 128, 1024, 0, 0, nullptr, CMB$M_READONLY));
    char buf[16];
    int st = sys$qiow(EFN$C_ENF, r, IO$_READVBLK | IO$M_WRITERCHECK, &iosb, nullptr, 0, buf, sizeof buf, 0, 0, 0, 0);
    line("read WRITERCHECK, empty, no writer: $QIO", st);
    line("read WRITERCHECK, empty, no writer: IOSB", iosb.iosb$w_status);

    // [U] a WRITERCHECK read left pending (a writer was there) when the last write
    // channel goes (vms-simulator.md 6.1).
    char dev[32];
    unsigned short n = devnam(r, dev, sizeof dev);
    auto d = dsc(dev, n);
    sys$assign(&d, &w, 0, nullptr, AGN$M_WRITEONLY);
    Io rd;
    sys$qio(EFN$C_ENF, r, IO$_READVBLK | IO$M_WRITERCHECK, &rd.iosb, io_ast_fn(), prm(rd), buf, sizeof buf, 0, 0,
            0, 0);
    sys$dassgn(w);
    if (!wait_io(rd, 100)) {
        sys$cancel(r);
        wait_io(rd, 500);
    }
    line("[U] pending WRITERCHECK read when the last writer deassigns: IOSB", rd.iosb.iosb$w_status);
    sys$dassgn(r);

    // [U] does a bidirectional channel count as a reader (vms-services.md 11.6)?
    unsigned short b = 0;
    sys$crembx(0, &b, 128, 1024, 0, 0, nullptr);
    write_now(b, "x", 1, &iosb, IO$M_READERCHECK);
    line("[U] write READERCHECK, only a bidirectional channel: IOSB", iosb.iosb$w_status);
    sys$dassgn(b);

    // $CREMBX with maxmsg 0 takes the SYSGEN default DEFMBXMXMSG [D]; its value [U].
    sys$crembx(0, &b, 0, 0, 0, 0, nullptr);
    unsigned size = 0;
    ILE3 items[2] = {};
    items[0].ile3$w_length = 4;
    items[0].ile3$w_code = DVI$_DEVBUFSIZ;
    items[0].ile3$ps_bufaddr = &size;
    sys$getdviw(EFN$C_ENF, b, nullptr, items, &iosb, nullptr, 0, nullptr);
    std::printf("[U] $CREMBX maxmsg 0: DVI$_DEVBUFSIZ %u\n", size);
    sys$dassgn(b);
}

void records(unsigned self) {
    unsigned short c = 0;
    IOSB iosb;
    char buf[16];
    sys$crembx(0, &c, 128, 1024, 0, 0, nullptr);
    write_now(c, "0123456789", 10, &iosb);
    line("write 10 bytes NOW", iosb.iosb$w_status);
    sys$qiow(EFN$C_ENF, c, IO$_READVBLK, &iosb, nullptr, 0, buf, 4, 0, 0, 0, 0);
    line("read into 4 bytes", iosb.iosb$w_status);
    std::printf("read into 4 bytes: count %u, data %.4s\n", iosb.iosb$w_bcnt, buf);
    yes("read IOSB holds the writer's PID", iosb.iosb$l_pid == self);
    sys$qiow(EFN$C_ENF, c, IO$_READVBLK | IO$M_NOW, &iosb, nullptr, 0, buf, sizeof buf, 0, 0, 0, 0);
    line("read NOW after the truncated read (rest lost)", iosb.iosb$w_status);
    yes("empty-mailbox ENDOFFILE has PID 0", iosb.iosb$l_pid == 0);
    sys$qiow(EFN$C_ENF, c, IO$_WRITEOF | IO$M_NOW, &iosb, nullptr, 0, nullptr, 0, 0, 0, 0, 0);
    line("IO$_WRITEOF NOW", iosb.iosb$w_status);
    sys$qiow(EFN$C_ENF, c, IO$_READVBLK, &iosb, nullptr, 0, buf, sizeof buf, 0, 0, 0, 0);
    line("read the EOF marker", iosb.iosb$w_status);
    yes("EOF read IOSB holds the writer's PID", iosb.iosb$l_pid == self);
    sys$dassgn(c);
}

void full_mailbox() {
    unsigned short c = 0;
    IOSB iosb;
    char data[80] = {};
    sys$crembx(0, &c, 64, 64, 0, 0, nullptr);
    write_now(c, data, 40, &iosb, IO$M_NORSWAIT);
    line("first 40-byte write, bufquo 64", iosb.iosb$w_status);
    int st = write_now(c, data, 40, &iosb, IO$M_NORSWAIT);
    line("second 40-byte write NORSWAIT: $QIO", st);
    line("second 40-byte write NORSWAIT: IOSB", iosb.iosb$w_status);
    iosb.iosb$w_status = 0;
    st = write_now(c, data, 65, &iosb);
    line("65-byte write, maxmsg 64: $QIO [U]", st);
    if (st & 1) line("65-byte write, maxmsg 64: IOSB [U]", iosb.iosb$w_status);
    sys$dassgn(c);
}

// A write to a full mailbox without NORSWAIT waits in RWMBX: the $QIO itself does not
// return [C]. A timer AST reads a message, making room, and the $QIO then returns.
unsigned short rwait_chan = 0;
char rwait_buf[64];
IOSB rwait_iosb;
void reader_ast(__int64) {
    sys$qio(EFN$C_ENF, rwait_chan, IO$_READVBLK, &rwait_iosb, nullptr, 0, rwait_buf, sizeof rwait_buf, 0, 0, 0,
            0);
}

void resource_wait() {
    IOSB iosb;
    char data[40] = {};
    sys$crembx(0, &rwait_chan, 64, 64, 0, 0, nullptr);
    write_now(rwait_chan, data, 40, &iosb);
    __int64 delta = -2000000;  // 0.2 s
    sys$setimr(EFN$C_ENF, reinterpret_cast<struct _generic_64 *>(&delta),
               reinterpret_cast<void (*)(...)>(&reader_ast), 0, 0);
    line("write to a full mailbox without NORSWAIT: $QIO returns once a reader made room",
         write_now(rwait_chan, data, 40, &iosb));
    line("its IOSB", iosb.iosb$w_status);
    sys$dassgn(rwait_chan);
}

std::atomic<int> attn{0};
void attn_ast(__int64) {
    ++attn;
    sys$wake(nullptr, nullptr);
}
std::atomic<int> marker{0};
void marker_ast(__int64) {
    marker = 1;
    sys$wake(nullptr, nullptr);
}
// ASTs are delivered in order: once a $DCLAST queued now has run, every AST queued
// before it has run too.
void drain_asts() {
    marker = 0;
    sys$dclast(reinterpret_cast<void (*)(...)>(&marker_ast), 0, 0);
    wait_for([] { return marker.load() != 0; }, 500);
}

void write_attention() {
    unsigned short c = 0;
    IOSB iosb;
    sys$crembx(0, &c, 128, 1024, 0, 0, nullptr);
    attn = 0;
    line("enable WRTATTN", sys$qiow(EFN$C_ENF, c, IO$_SETMODE | IO$M_WRTATTN, &iosb, nullptr, 0,
                                    reinterpret_cast<void *>(&attn_ast), 0, 0, 0, 0, 0));
    write_now(c, "a", 1, &iosb);
    write_now(c, "b", 1, &iosb);
    drain_asts();
    std::printf("WRTATTN ASTs after two writes: %d\n", attn.load());
    sys$qiow(EFN$C_ENF, c, IO$_SETMODE | IO$M_WRTATTN, &iosb, nullptr, 0,
             reinterpret_cast<void *>(&attn_ast), 0, 0, 0, 0, 0);
    drain_asts();
    std::printf("WRTATTN re-enabled with messages queued, ASTs: %d\n", attn.load());
    sys$dassgn(c);
}

void write_waits_for_reader(unsigned self) {
    unsigned short c = 0;
    IOSB iosb;
    char buf[16];
    Io wr;
    sys$crembx(0, &c, 128, 1024, 0, 0, nullptr);
    line("write without NOW: $QIO", sys$qio(EFN$C_ENF, c, IO$_WRITEVBLK, &wr.iosb, io_ast_fn(), prm(wr),
                                            const_cast<char *>("hello"), 5, 0, 0, 0, 0));
    drain_asts();
    yes("write without NOW still pending before any read", wr.done.load() == 0);
    sys$qiow(EFN$C_ENF, c, IO$_READVBLK, &iosb, nullptr, 0, buf, sizeof buf, 0, 0, 0, 0);
    yes("write completes once read", wait_io(wr, 500));
    line("write IOSB", wr.iosb.iosb$w_status);
    yes("write IOSB holds the reader's PID", wr.iosb.iosb$l_pid == self);
    Io rd;
    sys$qio(EFN$C_ENF, c, IO$_READVBLK, &rd.iosb, io_ast_fn(), prm(rd), buf, sizeof buf, 0, 0, 0, 0);
    line("$CANCEL with a read queued", sys$cancel(c));
    wait_io(rd, 500);
    line("cancelled read IOSB", rd.iosb.iosb$w_status);
    sys$dassgn(c);
}

// $SYNCH: waits until the I/O's IOSB is written; returns SS$_NORMAL [D] (SSREF
// $SYNCH). A read queued on an empty mailbox completes when a write arrives.
void synch() {
    unsigned short c = 0;
    IOSB rd, wr;
    char buf[16];
    std::memset(&rd, 0, sizeof rd);
    sys$crembx(0, &c, 128, 1024, 0, 0, nullptr);
    sys$qio(EFN$C_ENF, c, IO$_READVBLK, &rd, nullptr, 0, buf, sizeof buf, 0, 0, 0, 0);
    write_now(c, "synch", 5, &wr);
    line("$SYNCH on a read completed by a later write", sys$synch(EFN$C_ENF, &rd));
    std::printf("its IOSB after $SYNCH: %s, %u bytes\n", ss(rd.iosb$w_status), rd.iosb$w_bcnt);
    sys$dassgn(c);
}

// A round trip to the mailbox after which every attention AST the driver queued
// before it has run: $QIOW of IO$_SENSEMODE, then the $DCLAST marker.
void settle(unsigned short chan) {
    IOSB iosb;
    sys$qiow(EFN$C_ENF, chan, IO$_SENSEMODE, &iosb, nullptr, 0, nullptr, 0, 0, 0, 0, 0);
    drain_asts();
}

// READATTN: an AST when a read is queued on an empty mailbox, one-shot [D] (I/O
// User's Reference V7.3 4.3.4).
void read_attention() {
    unsigned short c = 0;
    IOSB iosb;
    char buf[16];
    sys$crembx(0, &c, 128, 1024, 0, 0, nullptr);
    attn = 0;
    line("enable READATTN", sys$qiow(EFN$C_ENF, c, IO$_SETMODE | IO$M_READATTN, &iosb, nullptr, 0,
                                     reinterpret_cast<void *>(&attn_ast), 0, 0, 0, 0, 0));
    Io first, second;
    sys$qio(EFN$C_ENF, c, IO$_READVBLK, &first.iosb, io_ast_fn(), prm(first), buf, sizeof buf, 0, 0, 0, 0);
    wait_for([] { return attn.load() != 0; }, 500);
    settle(c);
    std::printf("READATTN ASTs after a read on the empty mailbox: %d\n", attn.load());
    sys$cancel(c);
    wait_io(first, 500);
    sys$qio(EFN$C_ENF, c, IO$_READVBLK, &second.iosb, io_ast_fn(), prm(second), buf, sizeof buf, 0, 0, 0, 0);
    settle(c);
    std::printf("READATTN ASTs after a second read, not re-enabled: %d\n", attn.load());
    sys$cancel(c);
    wait_io(second, 500);
    sys$dassgn(c);
}

// $CANCEL of a write that waits for a reader: in progress, so SS$_ABORT per HELP
// $CANCEL; what becomes of its message is unconfirmed [U].
void cancel_waiting_write() {
    unsigned short c = 0;
    IOSB iosb;
    char buf[16];
    Io wr;
    sys$crembx(0, &c, 128, 1024, 0, 0, nullptr);
    sys$qio(EFN$C_ENF, c, IO$_WRITEVBLK, &wr.iosb, io_ast_fn(), prm(wr), const_cast<char *>("wait"), 4, 0, 0, 0,
            0);
    line("$CANCEL with a write waiting for a reader", sys$cancel(c));
    wait_io(wr, 500);
    line("[U] cancelled waiting write IOSB", wr.iosb.iosb$w_status);
    sys$qiow(EFN$C_ENF, c, IO$_READVBLK | IO$M_NOW, &iosb, nullptr, 0, buf, sizeof buf, 0, 0, 0, 0);
    yes("[U] its message stays queued", iosb.iosb$w_status == SS$_NORMAL && iosb.iosb$w_bcnt == 4);
    sys$dassgn(c);
}

// An attention AST enabled on a channel that is then deassigned, the mailbox kept
// by another channel [U].
void deassigned_attention() {
    unsigned short a = 0, b = 0;
    IOSB iosb;
    char dev[32];
    sys$crembx(0, &a, 128, 1024, 0, 0, nullptr);
    unsigned short n = devnam(a, dev, sizeof dev);
    auto d = dsc(dev, n);
    sys$assign(&d, &b, 0, nullptr);
    attn = 0;
    sys$qiow(EFN$C_ENF, a, IO$_SETMODE | IO$M_WRTATTN, &iosb, nullptr, 0, reinterpret_cast<void *>(&attn_ast), 0,
             0, 0, 0, 0);
    sys$dassgn(a);
    write_now(b, "x", 1, &iosb);
    settle(b);
    std::printf("[U] WRTATTN ASTs of a deassigned channel after a write: %d\n", attn.load());
    sys$dassgn(b);
}

void lifetimes() {
    unsigned short c = 0, again = 0;
    IOSB iosb;
    char dev[32], buf[16];
    sys$crembx(0, &c, 128, 1024, 0, 0, nullptr);
    unsigned short n = devnam(c, dev, sizeof dev);
    auto d = dsc(dev, n);
    line("temporary: $ASSIGN by device name while a channel exists", sys$assign(&d, &again, 0, nullptr));
    sys$dassgn(again);
    sys$dassgn(c);
    line("temporary: $ASSIGN after the last $DASSGN", sys$assign(&d, &again, 0, nullptr));

    // Mailbox logical names: temporary ones in LNM$TEMPORARY_MAILBOX (LNM$JOB),
    // permanent ones in LNM$PERMANENT_MAILBOX (LNM$SYSTEM) [D]; defaults [U].
    auto tname = dsc("CONFORM_TMPMBX");
    sys$crembx(0, &c, 128, 1024, 0, 0, &tname);
    line("temporary: its name in LNM$JOB", find_name("LNM$JOB", "CONFORM_TMPMBX"));
    line("temporary: its name in LNM$SYSTEM_TABLE", find_name("LNM$SYSTEM_TABLE", "CONFORM_TMPMBX"));
    sys$dassgn(c);
    line("temporary: its name after the last $DASSGN", find_name("LNM$JOB", "CONFORM_TMPMBX"));

    // LNM$TEMPORARY_MAILBOX is a logical name: a process may redefine it in its
    // directory (GT.M ojcrembxs.c sends it to LNM$PROCESS) [C]. Here to
    // LNM$SYSTEM_TABLE (SYSNAM on OpenVMS), then back.
    {
        char target[] = "LNM$SYSTEM_TABLE";
        ILE3 items[2] = {};
        items[0].ile3$w_length = static_cast<unsigned short>(sizeof target - 1);
        items[0].ile3$w_code = LNM$_STRING;
        items[0].ile3$ps_bufaddr = target;
        auto dir = dsc("LNM$PROCESS_DIRECTORY"), tmp = dsc("LNM$TEMPORARY_MAILBOX");
        line("LNM$TEMPORARY_MAILBOX redefined in LNM$PROCESS_DIRECTORY", sys$crelnm(nullptr, &dir, &tmp, nullptr, items));
        auto rname = dsc("CONFORM_REDEFMBX");
        sys$crembx(0, &c, 128, 1024, 0, 0, &rname);
        line("temporary, after it: its name in LNM$SYSTEM_TABLE", find_name("LNM$SYSTEM_TABLE", "CONFORM_REDEFMBX"));
        line("temporary, after it: its name in LNM$JOB", find_name("LNM$JOB", "CONFORM_REDEFMBX"));
        sys$dassgn(c);
        line("temporary, after it: its name after the last $DASSGN",
             find_name("LNM$SYSTEM_TABLE", "CONFORM_REDEFMBX"));
        line("$DELLNM of the redefinition", sys$dellnm(&dir, &tmp, nullptr));
    }

    auto name = dsc("CONFORM_PRMMBX");
    line("permanent: $CREMBX", sys$crembx(1, &c, 128, 1024, 0, 0, &name));
    write_now(c, "kept", 4, &iosb);
    sys$dassgn(c);
    line("permanent: $ASSIGN by logical name after the last $DASSGN", sys$assign(&name, &c, 0, nullptr));
    sys$qiow(EFN$C_ENF, c, IO$_READVBLK | IO$M_NOW, &iosb, nullptr, 0, buf, sizeof buf, 0, 0, 0, 0);
    std::printf("permanent: message kept: %.*s\n", iosb.iosb$w_bcnt, buf);
    line("permanent: its name in LNM$SYSTEM_TABLE", find_name("LNM$SYSTEM_TABLE", "CONFORM_PRMMBX"));
    n = devnam(c, dev, sizeof dev);
    d = dsc(dev, n);
    unsigned short c2 = 0;
    char dev2[32];
    line("permanent: $CREMBX with the existing logical name", sys$crembx(1, &c2, 128, 1024, 0, 0, &name));
    unsigned short n2 = devnam(c2, dev2, sizeof dev2);
    yes("permanent: it is the same mailbox", n2 == n && std::memcmp(dev, dev2, n) == 0);
    sys$dassgn(c2);
    line("permanent: $DELMBX", sys$delmbx(c));
    int st = sys$assign(&name, &again, 0, nullptr);
    line("[U] permanent: $ASSIGN by logical name after $DELMBX, a channel left", st);
    if (st & 1) sys$dassgn(again);
    sys$dassgn(c);
    line("permanent: $ASSIGN after $DELMBX and the last $DASSGN", sys$assign(&d, &again, 0, nullptr));
}

}  // namespace

int main() {
    unsigned self = my_pid();
    reader_writer_checks();
    records(self);
    full_mailbox();
    resource_wait();
    write_attention();
    write_waits_for_reader(self);
    synch();
    read_attention();
    cancel_waiting_write();
    deassigned_attention();
    lifetimes();
    return 0;
}
