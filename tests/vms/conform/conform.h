// conform.h: helpers for the conformance programs. STARLET API and standard C++
// only, so the programs build unchanged on OpenVMS x86 (VSI C++) and their output
// can be compared with the simulator's. Include C++ headers before STARLET ones
// (the __union hazard, see tests/vms/include/__vmssim_base.h).
#ifndef VMSSIM_CONFORM_H
#define VMSSIM_CONFORM_H

#include <atomic>
#include <cstdio>
#include <cstring>

#include <accdef.h>
#include <descrip.h>
#include <dvidef.h>
#include <efndef.h>
#include <iledef.h>
#include <iodef.h>
#include <iosbdef.h>
#include <rmsdef.h>
#include <ssdef.h>
#include <starlet.h>

namespace conform {

// A descriptor over a string literal or a stack buffer (32-bit addressable).
inline dsc$descriptor_s dsc(const char *s, std::size_t n) {
    dsc$descriptor_s d;
    d.dsc$w_length = static_cast<unsigned short>(n);
    d.dsc$b_dtype = DSC$K_DTYPE_T;
    d.dsc$b_class = DSC$K_CLASS_S;
    d.dsc$a_pointer = const_cast<char *>(s);
    return d;
}
inline dsc$descriptor_s dsc(const char *s) { return dsc(s, std::strlen(s)); }

// Symbolic name of the condition values the programs expect; hex otherwise.
inline const char *ss(unsigned st) {
    static char other[16];
    switch (st) {
    case SS$_NORMAL: return "SS$_NORMAL";
    case SS$_WASSET: return "SS$_WASSET";
    case SS$_ACCVIO: return "SS$_ACCVIO";
    case SS$_BADPARAM: return "SS$_BADPARAM";
    case SS$_ABORT: return "SS$_ABORT";
    case SS$_DUPLNAM: return "SS$_DUPLNAM";
    case SS$_IVCHAN: return "SS$_IVCHAN";
    case SS$_IVLOGNAM: return "SS$_IVLOGNAM";
    case SS$_IVSTSFLG: return "SS$_IVSTSFLG";
    case SS$_MBTOOSML: return "SS$_MBTOOSML";
    case SS$_NOLOGNAM: return "SS$_NOLOGNAM";
    case SS$_BUFFEROVF: return "SS$_BUFFEROVF";
    case SS$_SUPERSEDE: return "SS$_SUPERSEDE";
    case SS$_LNMCREATED: return "SS$_LNMCREATED";
    case SS$_CANCEL: return "SS$_CANCEL";
    case SS$_ENDOFFILE: return "SS$_ENDOFFILE";
    case SS$_MBFULL: return "SS$_MBFULL";
    case SS$_NONEXPR: return "SS$_NONEXPR";
    case SS$_NOMOREPROC: return "SS$_NOMOREPROC";
    case SS$_NOSUCHDEV: return "SS$_NOSUCHDEV";
    case SS$_EXLNMQUOTA: return "SS$_EXLNMQUOTA";
    case SS$_NOREADER: return "SS$_NOREADER";
    case SS$_NOWRITER: return "SS$_NOWRITER";
    case SS$_MSGNOTFND: return "SS$_MSGNOTFND";
    case RMS$_NORMAL: return "RMS$_NORMAL";
    case RMS$_NMF: return "RMS$_NMF";
    case RMS$_FNF: return "RMS$_FNF";
    default: std::snprintf(other, sizeof other, "%%X%08X", st); return other;
    }
}

inline void line(const char *what, unsigned st) { std::printf("%s: %s\n", what, ss(st)); }
// $SETAST, $SETEF, $CLREF, $READEF answer SS$_WASSET (9) or SS$_WASCLR (1 = SS$_NORMAL).
inline void flag(const char *what, unsigned st) {
    std::printf("%s: %s\n", what, st == SS$_WASSET ? "SS$_WASSET" : st == SS$_WASCLR ? "SS$_WASCLR" : ss(st));
}
inline void hex(const char *what, unsigned v) { std::printf("%s: %%X%08X\n", what, v); }
inline void yes(const char *what, bool b) { std::printf("%s: %s\n", what, b ? "yes" : "no"); }

// Timed waits: $HIBER until done() or a $SETIMR timeout, never a fixed sleep.
inline std::atomic<int> &timed_out() {
    static std::atomic<int> t{0};
    return t;
}
inline void timeout_ast(__int64) {
    timed_out() = 1;
    sys$wake(nullptr, nullptr);
}
template <class Done>
bool wait_for(Done done, int centiseconds) {
    const unsigned long long reqidt = 0xC0F0;
    timed_out() = 0;
    __int64 delta = -static_cast<__int64>(centiseconds) * 100000;
    sys$setimr(EFN$C_ENF, reinterpret_cast<struct _generic_64 *>(&delta),
               reinterpret_cast<void (*)(...)>(&timeout_ast), reqidt, 0);
    for (int i = 0; i < 100000 && !done() && !timed_out(); ++i) sys$hiber();
    sys$cantim(reqidt, 0);
    return done();
}

// For conditions nothing signals (a process being gone): checks every 20 ms.
inline void tick_ast(__int64) { sys$wake(nullptr, nullptr); }
template <class Done>
bool poll_for(Done done, int centiseconds) {
    for (int i = 0; i < centiseconds / 2 && !done(); ++i) {
        __int64 delta = -200000;
        sys$setimr(EFN$C_ENF, reinterpret_cast<struct _generic_64 *>(&delta),
                   reinterpret_cast<void (*)(...)>(&tick_ast), 0xC0F1, 0);
        sys$hiber();
    }
    return done();
}

// An asynchronous I/O: its completion AST marks it done and wakes the main line,
// so the IOSB is read only after the AST has run (no data race with the system).
struct Io {
    IOSB iosb;
    std::atomic<int> done{0};
    Io() { std::memset(&iosb, 0, sizeof iosb); }
};
inline void io_ast(__int64 p) {
    reinterpret_cast<Io *>(p)->done = 1;
    sys$wake(nullptr, nullptr);
}
inline void (*io_ast_fn())(...) { return reinterpret_cast<void (*)(...)>(&io_ast); }
inline __int64 prm(Io &io) { return reinterpret_cast<__int64>(&io); }
inline bool wait_io(Io &io, int centiseconds) { return wait_for([&] { return io.done.load() != 0; }, centiseconds); }

// Termination messages ($CREPRC mbxunt) and mailbox devices, for the programs that
// create processes.
struct Term {
    bool got = false;
    unsigned short type = 0, bcnt = 0;
    unsigned status = 0, pid = 0, iosb_pid = 0;
    unsigned long long login = 0;
};

inline unsigned mailbox_unit(unsigned short chan) {
    unsigned unit = 0;
    ILE3 items[2] = {};
    items[0].ile3$w_length = 4;
    items[0].ile3$w_code = DVI$_UNIT;
    items[0].ile3$ps_bufaddr = &unit;
    IOSB iosb;
    sys$getdviw(EFN$C_ENF, chan, nullptr, items, &iosb, nullptr, 0, nullptr);
    return unit;
}

inline unsigned short devnam(unsigned short chan, char *buf, unsigned short size) {
    unsigned short len = 0;
    ILE3 items[2] = {};
    items[0].ile3$w_length = size;
    items[0].ile3$w_code = DVI$_DEVNAM;
    items[0].ile3$ps_bufaddr = buf;
    items[0].ile3$ps_retlen_addr = &len;
    IOSB iosb;
    sys$getdviw(EFN$C_ENF, chan, nullptr, items, &iosb, nullptr, 0, nullptr);
    return len;
}

// Reads one termination message from chan, waiting at most `cs` centiseconds.
inline Term read_term(unsigned short chan, int cs = 1000) {
    Term t;
    Io io;
    char buf[128];
    sys$qio(EFN$C_ENF, chan, IO$_READVBLK, &io.iosb, io_ast_fn(), prm(io), buf, sizeof buf, 0, 0, 0, 0);
    if (!wait_io(io, cs)) {
        sys$cancel(chan);
        wait_io(io, 500);
        return t;
    }
    t.got = io.iosb.iosb$w_status == SS$_NORMAL;
    t.bcnt = io.iosb.iosb$w_bcnt;
    t.iosb_pid = io.iosb.iosb$l_pid;
    std::memcpy(&t.type, buf + ACC$W_MSGTYP, 2);
    std::memcpy(&t.status, buf + ACC$L_FINALSTS, 4);
    std::memcpy(&t.pid, buf + ACC$L_PID, 4);
    std::memcpy(&t.login, buf + ACC$Q_LOGIN, 8);
    return t;
}

}  // namespace conform
#endif
