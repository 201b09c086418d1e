// conform_file: file versions and the LIB$ file routines a PURGE/KEEP needs.
// Each $CREPRC whose SYS$OUTPUT names a file without a version makes a new
// version of it (highest + 1); an explicit version is created as given;
// LIB$FIND_FILE lists the versions of NAME.TYPE;* (highest first), then
// RMS$_NMF, or RMS$_FNF when there is none; LIB$DELETE_FILE deletes one
// version, a relative one (;-1 with the name as default, the NTP idiom) or
// all of them (;*). Expected: expected/file.txt. Rows FIL-n of sim/CONTRACT.md.
//
// On OpenVMS: run in a scratch default directory (the files are
// CONFORM_FILE.LOG and CONFORM_FILE.COM there; every version is deleted at
// the end).
#include <string>

#include "conform.h"

#include <lib$routines.h>
#include <prcdef.h>

using namespace conform;

namespace {

unsigned short term_chan = 0;

// Runs LOGINOUT with a procedure writing `text`, SYS$OUTPUT `log`; waits for
// its termination message.
unsigned run(const char *text, const char *log) {
    if (FILE *f = std::fopen("CONFORM_FILE.COM", "w")) {
        std::fprintf(f, "$ WRITE SYS$OUTPUT \"%s\"\n$ EXIT 1\n", text);
        std::fclose(f);
    }
    unsigned pid = 0;
    auto img = dsc("SYS$SYSTEM:LOGINOUT.EXE"), in = dsc("CONFORM_FILE.COM"), out = dsc(log), nm = dsc("CONFORM_FILE");
    unsigned st = static_cast<unsigned>(sys$creprc(&pid, &img, &in, &out, &out, nullptr, nullptr, &nm, 4, 0,
                                                   static_cast<unsigned short>(mailbox_unit(term_chan)),
                                                   PRC$M_DETACH));
    if (st & 1) read_term(term_chan);
    return st;
}

// Prints every file LIB$FIND_FILE gives for `spec` (the name and version
// after the directory), then its last status.
void list(const char *spec) {
    char buf[256];
    auto d = dsc(spec);
    unsigned context = 0;
    unsigned st = 0;
    std::printf("LIB$FIND_FILE %s:", spec);
    for (int i = 0; i < 20; ++i) {
        auto r = dsc(buf, sizeof buf - 1);
        st = lib$find_file(&d, &r, &context, nullptr, nullptr, nullptr, nullptr);
        if (!(st & 1)) break;
        buf[sizeof buf - 1] = '\0';
        std::string name(buf);
        name.erase(name.find_last_not_of(' ') + 1);
        std::printf(" %s", name.substr(name.find_last_of("/]>") + 1).c_str());
    }
    lib$find_file_end(&context);
    std::printf(" then %s\n", ss(st));
}

void delete_file(const char *spec, const char *def = nullptr) {
    auto d = dsc(spec), dd = dsc(def ? def : "");
    unsigned st = lib$delete_file(&d, def ? &dd : nullptr, nullptr, nullptr, nullptr, nullptr, 0, nullptr, nullptr,
                                  nullptr);
    std::printf("LIB$DELETE_FILE %s%s%s: %s\n", spec, def ? ", default " : "", def ? def : "", ss(st));
}

}  // namespace

int main() {
    line("$CREMBX termination mailbox", sys$crembx(0, &term_chan, ACC$K_TERMLEN, 4096, 0, 0, nullptr));
    list("CONFORM_FILE.LOG;*");
    line("start 1, SYS$OUTPUT CONFORM_FILE.LOG", run("run 1", "CONFORM_FILE.LOG"));
    line("start 2, SYS$OUTPUT CONFORM_FILE.LOG", run("run 2", "CONFORM_FILE.LOG"));
    line("start 3, SYS$OUTPUT CONFORM_FILE.LOG", run("run 3", "CONFORM_FILE.LOG"));
    list("CONFORM_FILE.LOG;*");
    list("CONFORM_FILE.LOG");
    if (FILE *f = std::fopen("CONFORM_FILE.LOG", "r")) {
        char text[64] = "";
        if (!std::fgets(text, sizeof text, f)) text[0] = '\0';
        std::fclose(f);
        std::printf("fopen of the name without a version reads: %s", text);
    }
    {
        char buf[256];
        auto d = dsc("CONFORM_FILE.LOG;*");
        auto r = dsc(buf, sizeof buf);
        unsigned context = 0;
        lib$find_file(&d, &r, &context, nullptr, nullptr, nullptr, nullptr);
        lib$find_file_end(&context);
        yes("LIB$FIND_FILE pads a fixed-length result with blanks", buf[sizeof buf - 1] == ' ');
    }
    delete_file("CONFORM_FILE.LOG;1");
    list("CONFORM_FILE.LOG;*");
    delete_file("CONFORM_FILE.LOG;1");
    line("start with SYS$OUTPUT CONFORM_FILE.LOG;10", run("run 10", "CONFORM_FILE.LOG;10"));
    line("start with SYS$OUTPUT CONFORM_FILE.LOG", run("run 11", "CONFORM_FILE.LOG"));
    list("CONFORM_FILE.LOG;*");
    delete_file(";-1", "CONFORM_FILE.LOG");
    list("CONFORM_FILE.LOG;*");
    line("start with SYS$OUTPUT CONFORM_FILE.LOG;32767", run("run 32767", "CONFORM_FILE.LOG;32767"));
    run("past the last version", "CONFORM_FILE.LOG");   // [U] what the process sees
    list("CONFORM_FILE.LOG;*");
    delete_file("CONFORM_FILE.LOG;*");
    list("CONFORM_FILE.LOG;*");
    delete_file("CONFORM_FILE.LOG;*");
    delete_file("CONFORM_FILE.COM;*");
    return 0;
}
