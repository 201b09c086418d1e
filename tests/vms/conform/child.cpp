// child.cpp: the test image the conformance programs start with $CREPRC (image name
// VMSSIM_CHILD). It does what its SYS$INPUT equivalence string says, word by word:
//   HIBER          hibernate until deleted (also what an empty input means)
//   NOAST          $SETAST(0): $FORCEX can no longer reach it
//   EXIT=hex       $EXIT with that condition value
//   SPAWN=name     $CREPRC a detached VMSSIM_CHILD named name that hibernates
//   LNMTAB=name    $CRELNT a shareable table name and define LEFT = BEHIND in it
//   ORPHAN=unit    $CREPRC CONFORM_ORPHAN (hibernating) with termination mailbox unit
//   TELL=device    write "ready" to that mailbox (the creator waits for it)
//   PERSONA=user   $EXIT with the status of $PERSONA_CREATE for that user
//   RDR=device     assign a read-only channel to that mailbox and queue a read
//   MKMBX=device   create a temporary mailbox, write its device name to that one
//   CEXIT=n        C exit(n) (not $EXIT)
//   SAY=text       write text to SYS$OUTPUT (LIB$PUT_OUTPUT)
//   SCAN=name      wildcard $GETJPIW (pidadr -1) for a process of that name: $EXIT
//                  with SS$_NORMAL when one is found, else the status that ended it
// Run by DCL with no foreign command ($ RUN), the words come from the logical
// name CONFORM_CHILD_CMDS when it is defined (DCL's $ DEFINE), else SYS$INPUT.
// STARLET only, so it builds on OpenVMS too.
#include <cstdlib>
#include <cstring>
#include <string>

#include "conform.h"

#include <agndef.h>
#include <lib$routines.h>

#include <jpidef.h>
#include <lnmdef.h>
#include <prcdef.h>

using conform::dsc;

namespace {

std::string translate(const char *logical) {
    char buf[256] = {0};
    unsigned short len = 0;
    ILE3 items[2];
    std::memset(items, 0, sizeof items);
    items[0].ile3$w_length = sizeof buf;
    items[0].ile3$w_code = LNM$_STRING;
    items[0].ile3$ps_bufaddr = buf;
    items[0].ile3$ps_retlen_addr = &len;
    auto tab = dsc("LNM$FILE_DEV"), name = dsc(logical);
    if (!(sys$trnlnm(nullptr, &tab, &name, nullptr, items) & 1)) return "";
    std::string s(buf, len);
    if (s.size() >= 4 && s[0] == '\x1B' && s[1] == '\0') s.erase(0, 4);  // a process-permanent file
    return s;
}

void run(const std::string &word) {
    std::string arg;
    if (auto eq = word.find('='); eq != std::string::npos) arg = word.substr(eq + 1);
    char a[64];
    std::snprintf(a, sizeof a, "%s", arg.c_str());
    if (word == "NOAST") {
        sys$setast(0);
    } else if (word.rfind("EXIT=", 0) == 0) {
        sys$exit(static_cast<unsigned>(std::strtoul(a, nullptr, 16)));
    } else if (word.rfind("RDR=", 0) == 0) {
        // A read-only channel to that mailbox with a read queued on it: both are
        // run down with the process.
        static unsigned short chan = 0;
        static IOSB iosb;
        static char buf[64];
        auto dev = dsc(a);
        if (sys$assign(&dev, &chan, 0, nullptr, AGN$M_READONLY) & 1)
            sys$qio(EFN$C_ENF, chan, IO$_READVBLK, &iosb, nullptr, 0, buf, sizeof buf, 0, 0, 0, 0);
    } else if (word.rfind("MKMBX=", 0) == 0) {
        // A temporary mailbox of its own; its device name goes to that mailbox.
        static unsigned short mine = 0;
        unsigned short chan = 0;
        char name[64];
        sys$crembx(0, &mine, 64, 256, 0, 0, nullptr);
        unsigned short n = conform::devnam(mine, name, sizeof name);
        auto dev = dsc(a);
        IOSB iosb;
        if (sys$assign(&dev, &chan, 0, nullptr) & 1) {
            sys$qiow(EFN$C_ENF, chan, IO$_WRITEVBLK | IO$M_NOW, &iosb, nullptr, 0, name, n, 0, 0, 0, 0);
            sys$dassgn(chan);
        }
    } else if (word.rfind("SAY=", 0) == 0) {
        auto text = dsc(a);
        lib$put_output(&text);
    } else if (word.rfind("CEXIT=", 0) == 0) {
        std::exit(std::atoi(a));  // the C RTL's exit(), not $EXIT
    } else if (word.rfind("SPAWN=", 0) == 0) {
        unsigned pid = 0;
        auto image = dsc("VMSSIM_CHILD"), input = dsc("HIBER"), nl = dsc("NLA0:"), name = dsc(a);
        sys$creprc(&pid, &image, &input, &nl, &nl, nullptr, nullptr, &name, 4, 0, 0, PRC$M_DETACH);
    } else if (word.rfind("ORPHAN=", 0) == 0) {
        unsigned pid = 0;
        auto image = dsc("VMSSIM_CHILD"), input = dsc("HIBER"), nl = dsc("NLA0:"), name = dsc("CONFORM_ORPHAN");
        sys$creprc(&pid, &image, &input, &nl, &nl, nullptr, nullptr, &name, 4, 0,
                   static_cast<unsigned short>(std::strtoul(a, nullptr, 10)), PRC$M_DETACH);
    } else if (word.rfind("SCAN=", 0) == 0) {
        unsigned context = 0xFFFFFFFFu;  // -1: start a wildcard search
        unsigned st = SS$_NOMOREPROC;
        for (int i = 0; i < 10000; ++i) {
            char name[16];
            unsigned short len = 0;
            ILE3 items[2];
            std::memset(items, 0, sizeof items);
            items[0].ile3$w_length = 15;
            items[0].ile3$w_code = JPI$_PRCNAM;
            items[0].ile3$ps_bufaddr = name;
            items[0].ile3$ps_retlen_addr = &len;
            IOSB iosb;
            st = static_cast<unsigned>(sys$getjpiw(EFN$C_ENF, &context, nullptr, items, &iosb, nullptr, 0));
            if (st & 1) st = iosb.iosb$l_getxxi_status;
            if (!(st & 1)) break;
            if (std::string(name, len) == arg) sys$exit(SS$_NORMAL);
        }
        sys$exit(st);
    } else if (word.rfind("PERSONA=", 0) == 0) {
        unsigned persona = 0;
        auto user = dsc(a);
        sys$exit(static_cast<unsigned>(sys$persona_create(&persona, &user, 0, nullptr, nullptr)));
    } else if (word.rfind("TELL=", 0) == 0) {
        unsigned short chan = 0;
        auto dev = dsc(a);
        IOSB iosb;
        if (sys$assign(&dev, &chan, 0, nullptr) & 1) {
            sys$qiow(EFN$C_ENF, chan, IO$_WRITEVBLK | IO$M_NOW, &iosb, nullptr, 0, const_cast<char *>("ready"),
                     5, 0, 0, 0, 0);
            sys$dassgn(chan);
        }
    } else if (word.rfind("LNMTAB=", 0) == 0) {
        unsigned attr = LNM$M_CREATE_IF;
        auto tab = dsc(a), dir = dsc("LNM$SYSTEM_DIRECTORY"), left = dsc("LEFT");
        sys$crelnt(&attr, nullptr, nullptr, nullptr, nullptr, &tab, &dir, nullptr);
        char behind[] = "BEHIND";
        ILE3 items[2];
        std::memset(items, 0, sizeof items);
        items[0].ile3$w_length = 6;
        items[0].ile3$w_code = LNM$_STRING;
        items[0].ile3$ps_bufaddr = behind;
        sys$crelnm(nullptr, &tab, &left, nullptr, items);
    }
}

}  // namespace

int main() {
    // Run by MCR (the LOGINOUT stand-in): the words are its foreign command line.
    char fbuf[256] = {0};
    auto fd = dsc(fbuf, sizeof fbuf);
    unsigned short flen = 0;
    std::string input;
    if ((lib$get_foreign(&fd, nullptr, &flen, nullptr) & 1) && flen) input.assign(fbuf, flen);
    if (input.empty()) input = translate("CONFORM_CHILD_CMDS");
    if (input.empty()) input = translate("SYS$INPUT");
    std::size_t pos = 0;
    for (int i = 0; i < 32 && pos < input.size(); ++i) {
        std::size_t end = input.find(' ', pos);
        if (end == std::string::npos) end = input.size();
        run(input.substr(pos, end - pos));
        pos = end + 1;
    }
    for (int i = 0; i < 1000000; ++i) sys$hiber();  // until deleted or forced to exit
    return 0;
}
