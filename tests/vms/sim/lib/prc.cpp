// prc.cpp: $CREPRC, $FORCEX, $DELPRC, $GETJPIW, $WAKE, $EXIT.
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "../../include/jpidef.h"
#include "../../include/ssdef.h"
#include "../../include/starlet.h"
#include "args.h"
#include "runtime.h"

namespace vmssim {

// The AST $FORCEX queues in its target: $EXIT with the code [D].
void vmssim_forcex_ast(long long code) { sys$exit(static_cast<unsigned int>(code)); }

namespace {

// (pidadr, prcnam) -> broker fields; status in *st when the arguments are bad.
bool target(unsigned int *pidadr, void *prcnam, std::uint32_t *pid, std::string *name, int *st) {
    *pid = pidadr ? *pidadr : 0;
    if (!read_dsc(prcnam, name, st, "process name")) return false;
    if (name->size() > 15) { *st = SS$_IVLOGNAM; return false; }
    return true;
}

}  // namespace
}  // namespace vmssim

using namespace vmssim;

extern "C" {

int sys$creprc(unsigned int *pidadr, void *image, void *input, void *output, void *error,
               struct _generic_64 *prvadr, unsigned int *quota, void *prcnam,
               unsigned int baspri, unsigned int uic, unsigned short int mbxunt,
               unsigned int stsflg, ...) {
    ServicePoint sp;
    (void)baspri;
    int st = SS$_NORMAL;
    std::string img, in, out, err, name;
    if (!read_dsc(image, &img, &st, "$CREPRC image") || !read_dsc(input, &in, &st, "$CREPRC input") ||
        !read_dsc(output, &out, &st, "$CREPRC output") || !read_dsc(error, &err, &st, "$CREPRC error") ||
        !read_dsc(prcnam, &name, &st, "$CREPRC prcnam"))
        return st;
    if (!addr32_ok(quota, "$CREPRC quota list") || !addr32_ok(prvadr, "$CREPRC privileges") ||
        !addr32_ok(pidadr, "$CREPRC pidadr"))
        return SS$_ACCVIO;
    std::uint64_t priv = ~0ULL;
    if (prvadr) std::memcpy(&priv, prvadr, sizeof priv);
    Reply r = Runtime::get().call(kCreprc, [&](Writer &w) {
        w.str(img).str(in).str(out).str(err).str(name).u32(uic).u16(mbxunt).u32(stsflg).u64(priv);
    });
    if ((r.status & 1) && pidadr) {
        Reader rd(r.body.data(), r.body.size());
        *pidadr = rd.u32();
    }
    return r.status;
}

int sys$forcex(unsigned int *pidadr, void *prcnam, unsigned int code) {
    ServicePoint sp;
    std::uint32_t pid;
    std::string name;
    int st = SS$_NORMAL;
    if (!target(pidadr, prcnam, &pid, &name, &st)) return st;
    return Runtime::get().call(kForcex, [&](Writer &w) { w.u32(pid).str(name).u32(code); }).status;
}

int sys$delprc(unsigned int *pidadr, void *prcnam, ...) {
    ServicePoint sp;
    std::uint32_t pid;
    std::string name;
    int st = SS$_NORMAL;
    if (!target(pidadr, prcnam, &pid, &name, &st)) return st;
    return Runtime::get().call(kDelprc, [&](Writer &w) { w.u32(pid).str(name); }).status;
}

int sys$wake(unsigned int *pidadr, void *prcnam) {
    ServicePoint sp;
    std::uint32_t pid;
    std::string name;
    int st = SS$_NORMAL;
    if (!target(pidadr, prcnam, &pid, &name, &st)) return st;
    Runtime &rt = Runtime::get();
    if (name.empty() && (pid == 0 || pid == rt.pid())) {
        std::lock_guard<std::mutex> l(rt.mu);
        rt.wake_pending = true;
        rt.cv.notify_all();
        return SS$_NORMAL;
    }
    return rt.call(kWake, [&](Writer &w) { w.u32(pid).str(name); }).status;
}

int sys$getjpiw(unsigned int efn, unsigned int *pidadr, void *prcnam, void *itmlst,
                struct _iosb *iosb, void (*astadr)(__unknown_params), unsigned __int64 astprm) {
    ServicePoint sp;
    std::uint32_t pid;
    std::string name;
    int st = SS$_NORMAL;
    std::vector<Item> items;
    if (!target(pidadr, prcnam, &pid, &name, &st) || !read_items(itmlst, &items, &st)) return st;
    Runtime &rt = Runtime::get();
    Reply r = rt.call(kGetjpi, [&](Writer &w) { w.u32(pid).str(name); });
    if (!(r.status & 1)) return r.status;
    Reader rd(r.body.data(), r.body.size());
    std::uint32_t rpid = rd.u32();
    std::string rname = rd.str();
    std::uint32_t uic = rd.u32();
    std::uint64_t login = rd.u64();
    std::uint32_t owner = rd.u32(), creator = rd.u32();
    std::uint64_t priv = rd.u64();
    std::string image = rd.str(), user = rd.str();
    // A wildcard search (pidadr = -1, then the context it returned) gets the
    // context for its next call (broker: next_visible, CONTRACT PRC-20..22).
    bool wildcard = pid >= 0xFFFF0000u;
    std::uint32_t context = wildcard ? rd.u32() : 0;
    user.resize(12, ' ');
    for (const Item &it : items) {
        std::uint32_t v;
        switch (it.code) {
        case JPI$_PID: case JPI$_MASTER_PID: v = rpid; break;
        case JPI$_UIC: v = uic; break;
        case JPI$_GRP: v = uic >> 16; break;
        case JPI$_MEM: v = uic & 0xFFFF; break;
        case JPI$_OWNER: v = owner; break;
        case JPI$_CREATOR: v = creator; break;
        case JPI$_LOGINTIM: put_item(it, &login, sizeof login); continue;
        case JPI$_CURPRIV: case JPI$_PROCPRIV: put_item(it, &priv, sizeof priv); continue;
        case JPI$_PRCNAM: put_item(it, rname.data(), rname.size()); continue;
        case JPI$_USERNAME: put_item(it, user.data(), user.size()); continue;
        case JPI$_IMAGNAME: put_item(it, image.data(), image.size()); continue;
        default: return SS$_BADPARAM;
        }
        put_item(it, &v, sizeof v);
    }
    if (pidadr && *pidadr == 0) *pidadr = rpid;
    if (wildcard) *pidadr = context;
    std::lock_guard<std::mutex> l(rt.mu);
    if (iosb) {
        std::memset(iosb, 0, sizeof *iosb);
        iosb->iosb$l_getxxi_status = SS$_NORMAL;
    }
    set_efn(rt, efn);
    if (astadr) rt.queue_ast(reinterpret_cast<AstFn>(astadr), static_cast<long long>(astprm));
    return SS$_NORMAL;
}

int sys$exit(unsigned int code) {
    Runtime &rt = Runtime::get();
    rt.call(kExit, [&](Writer &w) { w.u32(code); });
    std::fflush(nullptr);
    // An image run by the LOGINOUT stand-in hands its status to DCL ($STATUS)
    // through the pipe DCL gave it (VMSSIM_IMAGE_FD).
    if (const char *fd = std::getenv("VMSSIM_IMAGE_FD")) {
        ssize_t n = ::write(std::atoi(fd), &code, sizeof code);
        (void)n;
    }
    ::_exit(code & 1 ? 0 : 2);  // exit handlers are not simulated
}

}  // extern "C"
