// io.cpp: channels and mailbox I/O ($CREMBX, $DELMBX, $ASSIGN, $DASSGN, $CANCEL,
// $QIO, $QIOW, $SYNCH, $GETDVIW) and local event flags 0..63.
#include <cstdarg>
#include <cstring>

#include "../../include/dvidef.h"
#include "../../include/efndef.h"
#include "../../include/iodef.h"
#include "../../include/ssdef.h"
#include "../../include/starlet.h"
#include "args.h"
#include "runtime.h"

namespace vmssim {
namespace {

bool efn_ok(unsigned efn) { return efn < 64 || efn == EFN$C_ENF; }

void clear_efn(Runtime &rt, unsigned efn) {
    if (efn < 64) rt.efns &= ~(1ULL << efn);
}

std::uint16_t chan_of(const Reply &r) {
    Reader rd(r.body.data(), r.body.size());
    return rd.u16();
}

}  // namespace

void set_efn(Runtime &rt, unsigned efn) {
    if (efn < 64) rt.efns |= 1ULL << efn;
    rt.cv.notify_all();
}

void complete_io(Runtime &rt, std::uint32_t reqid, std::uint32_t st, std::uint32_t bcnt,
                 std::uint32_t pid, const std::string &data) {
    auto it = rt.io.find(reqid);
    if (it == rt.io.end()) return;
    IoPending p = it->second;
    rt.io.erase(it);
    if (p.buf && !data.empty())
        std::memcpy(p.buf, data.data(), data.size() < p.bufsize ? data.size() : p.bufsize);
    if (p.iosb) {
        // The status word last, as a release store: a main level that polls
        // it (the completion is visible in the IOSB before the AST runs)
        // sees the count and PID once it sees a status.
        p.iosb->iosb$w_bcnt = static_cast<unsigned short>(bcnt);
        p.iosb->iosb$l_dev_depend = pid;
        __atomic_store_n(&p.iosb->iosb$w_status, static_cast<unsigned short>(st), __ATOMIC_RELEASE);
    }
    set_efn(rt, p.efn);
    if (p.ast) rt.queue_ast(p.ast, p.astprm);
}

}  // namespace vmssim

using namespace vmssim;

extern "C" {

int (sys$crembx)(char prmflg, unsigned short int *chan, unsigned int maxmsg, unsigned int bufquo,
               unsigned int promsk, unsigned int acmode, void *lognam, ...) {
    ServicePoint sp;
    (void)acmode;
    std::string name;
    int st = SS$_NORMAL;
    if (!read_dsc(lognam, &name, &st, "$CREMBX lognam")) return st;
    va_list ap;  // [flags] or the VMSSIM_ARGEND marker (starlet.h)
    va_start(ap, lognam);
    unsigned int flags = va_arg(ap, unsigned int);
    va_end(ap);
    if (flags == VMSSIM_ARGEND) flags = 0;
    Reply r = Runtime::get().call(kCrembx, [&](Writer &w) {
        w.u8(static_cast<std::uint8_t>(prmflg)).u32(maxmsg).u32(bufquo).u32(promsk).str(name).u32(flags & 3);
    });
    if ((r.status & 1) && chan) *chan = chan_of(r);
    return r.status;
}

int sys$delmbx(unsigned short int chan) {
    ServicePoint sp;
    return Runtime::get().call(kDelmbx, [&](Writer &w) { w.u16(chan); }).status;
}

int (sys$assign)(void *devnam, unsigned short int *chan, unsigned int acmode, void *mbxnam, ...) {
    ServicePoint sp;
    (void)acmode;
    (void)mbxnam;
    std::string name;
    int st = SS$_NORMAL;
    if (!read_dsc(devnam, &name, &st, "$ASSIGN devnam")) return st;
    va_list ap;
    va_start(ap, mbxnam);
    unsigned int flags = va_arg(ap, unsigned int);
    va_end(ap);
    if (flags == VMSSIM_ARGEND) flags = 0;
    Reply r = Runtime::get().call(kAssign, [&](Writer &w) { w.str(name).u32(flags & 3); });
    if ((r.status & 1) && chan) *chan = chan_of(r);
    return r.status;
}

int sys$dassgn(unsigned short int chan) {
    ServicePoint sp;
    return Runtime::get().call(kDassgn, [&](Writer &w) { w.u16(chan); }).status;
}

int sys$cancel(unsigned short int chan) {
    ServicePoint sp;
    return Runtime::get().call(kCancel, [&](Writer &w) { w.u16(chan); }).status;
}

int sys$qio(unsigned int efn, unsigned short int chan, unsigned int func, struct _iosb *iosb,
            void (*astadr)(__unknown_params), __int64 astprm, void *p1, __int64 p2, __int64 p3,
            __int64 p4, __int64 p5, __int64 p6) {
    ServicePoint sp;
    (void)p3; (void)p4; (void)p5; (void)p6;
    if (!efn_ok(efn)) return SS$_ILLEFC;
    Runtime &rt = Runtime::get();
    unsigned fcode = func & IO$M_FCODE;
    std::string data;
    std::uint32_t size = 0;
    if (fcode == IO$_WRITEVBLK) {
        if (p2 < 0 || p2 > 65535) return SS$_BADPARAM;
        if (p2 && !p1) return SS$_ACCVIO;
        data.assign(static_cast<const char *>(p1), static_cast<std::size_t>(p2));
    } else if (fcode == IO$_READVBLK) {
        if (p2 < 0 || p2 > 65535) return SS$_BADPARAM;
        size = static_cast<std::uint32_t>(p2);
    } else if (fcode == IO$_SETMODE) {
        size = p1 ? 1 : 0;  // an attention AST routine in P1 arms, none disarms
    }
    std::uint32_t reqid;
    {
        std::lock_guard<std::mutex> l(rt.mu);
        reqid = rt.next_reqid++;
        clear_efn(rt, efn);
        if (iosb) std::memset(iosb, 0, sizeof *iosb);
        rt.io[reqid] = IoPending{iosb, efn, reinterpret_cast<AstFn>(astadr), astprm,
                                 fcode == IO$_READVBLK ? static_cast<char *>(p1) : nullptr, size};
        if (fcode == IO$_SETMODE && p1) rt.attn[reqid] = Ast{reinterpret_cast<AstFn>(p1), p2};
    }
    Reply r = rt.call(kQio, [&](Writer &w) { w.u16(chan).u32(func).u32(reqid).u32(size).str(data); });
    if (!(r.status & 1)) {
        std::lock_guard<std::mutex> l(rt.mu);
        rt.io.erase(reqid);
        rt.attn.erase(reqid);
    }
    return r.status;
}

int sys$synch(unsigned int efn, struct _iosb *iosb) {
    ServicePoint sp;
    if (!efn_ok(efn)) return SS$_ILLEFC;
    Runtime &rt = Runtime::get();
    rt.wait([&] {
        if (iosb) return iosb->iosb$w_status != 0;
        return efn < 64 && (rt.efns >> efn & 1);
    });
    return SS$_NORMAL;
}

int sys$qiow(unsigned int efn, unsigned short int chan, unsigned int func, struct _iosb *iosb,
             void (*astadr)(__unknown_params), __int64 astprm, void *p1, __int64 p2, __int64 p3,
             __int64 p4, __int64 p5, __int64 p6) {
    ServicePoint sp;
    IOSB local;  // $QIOW waits on an IOSB even when the caller gives none
    struct _iosb *use = iosb ? iosb : &local;
    int st = sys$qio(efn, chan, func, use, astadr, astprm, p1, p2, p3, p4, p5, p6);
    if (!(st & 1)) return st;
    sys$synch(efn, use);
    return st;
}

int sys$getdviw(unsigned int efn, unsigned short int chan, void *devnam, void *itmlst,
                struct _iosb *iosb, void (*astadr)(__unknown_params), __int64 astprm,
                struct _generic_64 *nullarg, ...) {
    ServicePoint sp;
    (void)nullarg;
    if (!efn_ok(efn)) return SS$_ILLEFC;
    std::string name;
    int st = SS$_NORMAL;
    std::vector<Item> items;
    if (!read_dsc(devnam, &name, &st, "$GETDVI devnam") || !read_items(itmlst, &items, &st)) return st;
    Runtime &rt = Runtime::get();
    Reply r = rt.call(kGetdvi, [&](Writer &w) { w.u16(chan).str(name); });
    if (!(r.status & 1)) return r.status;
    Reader rd(r.body.data(), r.body.size());
    std::uint32_t unit = rd.u32();
    std::string dev = rd.str();
    std::uint32_t maxmsg = rd.u32(), count = rd.u32(), refcnt = rd.u32();
    for (const Item &it : items) {
        std::uint32_t v;
        switch (it.code) {
        case DVI$_UNIT: v = unit; break;
        case DVI$_DEVBUFSIZ: v = maxmsg; break;
        case DVI$_DEVDEPEND: v = count; break;  // low word: messages queued [D]
        case DVI$_REFCNT: v = refcnt; break;
        case DVI$_DEVCLASS: v = 160; break;  // DC$_MAILBOX
        case DVI$_MBX: v = 1; break;
        case DVI$_DEVNAM: put_item(it, dev.data(), dev.size()); continue;
        default: return SS$_BADPARAM;
        }
        put_item(it, &v, sizeof v);
    }
    std::lock_guard<std::mutex> l(rt.mu);
    if (iosb) {
        std::memset(iosb, 0, sizeof *iosb);
        iosb->iosb$w_status = SS$_NORMAL;
    }
    set_efn(rt, efn);
    if (astadr) rt.queue_ast(reinterpret_cast<AstFn>(astadr), astprm);
    return SS$_NORMAL;
}

int sys$setef(unsigned int efn) {
    ServicePoint sp;
    if (efn >= 64) return SS$_ILLEFC;
    Runtime &rt = Runtime::get();
    std::lock_guard<std::mutex> l(rt.mu);
    bool was = rt.efns >> efn & 1;
    set_efn(rt, efn);
    return was ? SS$_WASSET : SS$_WASCLR;
}

int sys$clref(unsigned int efn) {
    ServicePoint sp;
    if (efn >= 64) return SS$_ILLEFC;
    Runtime &rt = Runtime::get();
    std::lock_guard<std::mutex> l(rt.mu);
    bool was = rt.efns >> efn & 1;
    clear_efn(rt, efn);
    return was ? SS$_WASSET : SS$_WASCLR;
}

int sys$readef(unsigned int efn, unsigned int *state) {
    ServicePoint sp;
    if (efn >= 64) return SS$_ILLEFC;
    Runtime &rt = Runtime::get();
    std::lock_guard<std::mutex> l(rt.mu);
    if (state) *state = static_cast<unsigned int>(rt.efns >> (efn & 32));
    return (rt.efns >> efn & 1) ? SS$_WASSET : SS$_WASCLR;
}

int sys$waitfr(unsigned int efn) {
    ServicePoint sp;
    if (efn >= 64) return SS$_ILLEFC;
    Runtime &rt = Runtime::get();
    rt.wait([&] { return (rt.efns >> efn & 1) != 0; });
    return SS$_NORMAL;
}

}  // extern "C"
