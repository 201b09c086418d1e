// conform_dcl: a detached LOGINOUT process running a command procedure (the
// DCL subset of the simulator's LOGINOUT stand-in): $ RUN / $ MCR run an image
// in the same process, $STATUS, SET NOON, the default ON ERROR THEN EXIT,
// $FORCEX reaching the current image while DCL goes on, EXIT n as the final
// status. Expected: expected/dcl.txt. Rows DCL-n of sim/CONTRACT.md.
//
// On OpenVMS: VMSSIM_CHILD must translate to the child image (MCR looks in
// SYS$SYSTEM: define it as a system logical name or copy the image there).
// The procedures and logs are written in the default directory.
#include <string>

#include "conform.h"

#include <prcdef.h>

using namespace conform;

namespace {

unsigned short term_chan = 0;

void write_file(const char *name, const char *text) {
    if (FILE *f = std::fopen(name, "w")) {
        std::fputs(text, f);
        std::fclose(f);
    }
}

void print_log(const char *name) {
    FILE *f = std::fopen(name, "r");
    if (!f) {
        std::printf("  (no %s)\n", name);
        return;
    }
    char buf[256];
    for (int i = 0; i < 50 && std::fgets(buf, sizeof buf, f); ++i) std::printf("  | %s", buf);
    std::fclose(f);
}

unsigned start(const char *name, const char *procedure, const char *log) {
    unsigned pid = 0;
    auto img = dsc("SYS$SYSTEM:LOGINOUT.EXE"), in = dsc(procedure), out = dsc(log), nm = dsc(name);
    int st = sys$creprc(&pid, &img, &in, &out, &out, nullptr, nullptr, &nm, 4, 0,
                        static_cast<unsigned short>(mailbox_unit(term_chan)), PRC$M_DETACH);
    if (!(st & 1)) line("$CREPRC LOGINOUT", static_cast<unsigned>(st));
    return pid;
}

}  // namespace

int main() {
    line("$CREMBX termination mailbox", sys$crembx(0, &term_chan, ACC$K_TERMLEN + 44, 4096, 0, 0, nullptr));

    write_file("CONFORM_DCL_A.COM",
               "$ ! the DCL subset, step by step\n"
               "$ WRITE SYS$OUTPUT \"first line, \"\"quoted\"\"\"\n"
               "$ MCR VMSSIM_CHILD EXIT=10000001\n"
               "$ WRITE SYS$OUTPUT \"after a successful image: \", $STATUS\n"
               "$ SET NOON\n"
               "$ MCR VMSSIM_CHILD EXIT=1000002C\n"
               "$ WRITE SYS$OUTPUT \"after a failing image under SET NOON: \", $STATUS, \" severity \", $SEVERITY\n"
               "$ RUN CONFORM_NO_SUCH_IMAGE\n"
               "$ WRITE SYS$OUTPUT \"after a missing image [U]: \", $STATUS\n"
               "$ FROBNICATE\n"
               "$ WRITE SYS$OUTPUT \"after an unknown verb [U]: \", $STATUS\n"
               "$ DEFINE CONFORM_CHILD_CMDS \"EXIT=10000011\"\n"
               "$ RUN VMSSIM_CHILD\n"
               "$ WRITE SYS$OUTPUT \"after RUN of an image reading a DEFINEd name: \", $STATUS\n"
               "$ MCR VMSSIM_CHILD SAY=IMAGE_OUTPUT EXIT=1\n"
               "$ WAIT 00:00:00.05\n"
               "$ exit 3 ! lower case, a comment\n"
               "$ WRITE SYS$OUTPUT \"not reached\"\n");
    unsigned pid = start("CONFORM_DCL_A", "CONFORM_DCL_A.COM", "CONFORM_DCL_A.LOG");
    Term t = read_term(term_chan);
    std::printf("procedure A: termination message: %s, final status: %%X%08X\n", t.got && t.pid == pid ? "yes" : "no",
                t.status);
    print_log("CONFORM_DCL_A.LOG");

    write_file("CONFORM_DCL_B.COM",
               "$ MCR VMSSIM_CHILD EXIT=1000002C\n"
               "$ WRITE SYS$OUTPUT \"not reached: ON ERROR THEN EXIT is the default\"\n");
    pid = start("CONFORM_DCL_B", "CONFORM_DCL_B.COM", "CONFORM_DCL_B.LOG");
    t = read_term(term_chan);
    std::printf("procedure B (failing image, SET ON): final status: %%X%08X\n", t.status);
    print_log("CONFORM_DCL_B.LOG");

    unsigned short ready = 0;
    char dev[64], proc[256];
    sys$crembx(0, &ready, 64, 256, 0, 0, nullptr);
    std::snprintf(proc, sizeof proc,
                  "$ SET NOON\n"
                  "$ MCR VMSSIM_CHILD TELL=%.*s HIBER\n"
                  "$ WRITE SYS$OUTPUT \"after $FORCEX of the image: \", $STATUS\n"
                  "$ EXIT 1\n",
                  devnam(ready, dev, sizeof dev), dev);
    write_file("CONFORM_DCL_C.COM", proc);
    pid = start("CONFORM_DCL_C", "CONFORM_DCL_C.COM", "CONFORM_DCL_C.LOG");
    Io io;
    char buf[16];
    sys$qio(EFN$C_ENF, ready, IO$_READVBLK, &io.iosb, io_ast_fn(), prm(io), buf, sizeof buf, 0, 0, 0, 0);
    yes("procedure C: the image runs in the LOGINOUT process (its message's writer PID)",
        wait_io(io, 1000) && io.iosb.iosb$l_pid == pid);
    line("$FORCEX(pid, 0, %X1000002C) while the image runs", sys$forcex(&pid, nullptr, 0x1000002C));
    t = read_term(term_chan);
    std::printf("procedure C: final status [U]: %%X%08X\n", t.status);  // its log: did DCL go on?
    print_log("CONFORM_DCL_C.LOG");

    std::snprintf(proc, sizeof proc, "$ MCR VMSSIM_CHILD TELL=%.*s HIBER\n", devnam(ready, dev, sizeof dev), dev);
    write_file("CONFORM_DCL_D.COM", proc);
    pid = start("CONFORM_DCL_D", "CONFORM_DCL_D.COM", "CONFORM_DCL_D.LOG");
    Io io2;
    sys$qio(EFN$C_ENF, ready, IO$_READVBLK, &io2.iosb, io_ast_fn(), prm(io2), buf, sizeof buf, 0, 0, 0, 0);
    yes("procedure D: the image is running", wait_io(io2, 1000));
    line("$DELPRC of the process while its image runs", sys$delprc(&pid, nullptr));
    t = read_term(term_chan);
    std::printf("procedure D: final status: %%X%08X\n", t.status);
    line("$GETJPIW of the deleted PID", sys$getjpiw(EFN$C_ENF, &pid, nullptr, nullptr, nullptr, nullptr, 0));

    // The end of the procedure without EXIT logs the process out [U: with which
    // final status].
    write_file("CONFORM_DCL_E.COM",
               "$ SET NOON\n"
               "$ MCR VMSSIM_CHILD EXIT=1000002C\n");
    pid = start("CONFORM_DCL_E", "CONFORM_DCL_E.COM", "CONFORM_DCL_E.LOG");
    t = read_term(term_chan);
    std::printf("procedure E (no EXIT): termination message: %s, final status [U]: %%X%08X\n",
                t.got && t.pid == pid ? "yes" : "no", t.status);
    return 0;
}
