// ast_time.cpp: $SETAST, $DCLAST, $HIBER, $WAKE (self), $SETIMR, $CANTIM, $SCHDWK,
// $GETTIM. Semantics: vms-simulator.md 3.1, 3.2 and vms-services.md 4.
#include <time.h>

#include <algorithm>
#include <cstring>

#include "../../include/efndef.h"
#include "../../include/ssdef.h"
#include "../../include/starlet.h"
#include "args.h"
#include "runtime.h"

namespace vmssim {
namespace {

std::int64_t vms_now() {
    timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return static_cast<std::int64_t>(kVmsEpochOffset) + static_cast<std::int64_t>(ts.tv_sec) * 10000000LL +
           ts.tv_nsec / 100;
}

// A VMS time: negative = delta, positive = absolute. Returns the steady-clock due time.
std::chrono::steady_clock::time_point due_of(std::int64_t t) {
    std::int64_t delta = t < 0 ? -t : std::max<std::int64_t>(0, t - vms_now());
    return std::chrono::steady_clock::now() + std::chrono::nanoseconds(delta * 100);
}

}  // namespace
}  // namespace vmssim

using namespace vmssim;

extern "C" {

int sys$setast(char enbflg) {
    Runtime &rt = Runtime::get();
    bool in_ast = rt.deterministic() ? rt.in_ast.load() : std::this_thread::get_id() == rt.executor_id;
    if (in_ast) {
        // Inside an AST, delivery is blocked anyway; the enable bit is only recorded.
        return SS$_WASSET;
    }
    bool was = rt.enabled;
    if (enbflg && !was) {
        rt.enabled = true;
        if (!rt.deterministic()) rt.ast_lock.unlock();
        rt.ast_point();
    } else if (!enbflg && was) {
        if (!rt.deterministic()) rt.ast_lock.lock();  // waits for an AST in progress
        rt.enabled = false;
    }
    return was ? SS$_WASSET : SS$_WASCLR;
}

int sys$dclast(void (*astadr)(__unknown_params), unsigned __int64 astprm, unsigned int acmode) {
    ServicePoint sp;
    (void)acmode;  // only user-mode ASTs are simulated
    if (!astadr) return SS$_ACCVIO;
    Runtime::get().queue_ast(reinterpret_cast<AstFn>(astadr), static_cast<long long>(astprm));
    return SS$_NORMAL;
}

int sys$hiber(void) {
    ServicePoint sp;
    Runtime &rt = Runtime::get();
    rt.wait([&] {  // runs under mu: test and clear the one wake-pending flag together
        bool was = rt.wake_pending;
        rt.wake_pending = false;
        return was;
    });
    return SS$_NORMAL;
}

int sys$setimr(unsigned int efn, struct _generic_64 *daytim, void (*astadr)(__unknown_params),
               unsigned __int64 reqidt, unsigned int flags) {
    ServicePoint sp;
    if (efn >= 64 && efn != EFN$C_ENF) return SS$_ILLEFC;
    if (!daytim) return SS$_ACCVIO;
    if (flags & 1) return SS$_BADPARAM;  // CPU-time timers are not simulated
    Runtime &rt = Runtime::get();
    std::int64_t t;
    std::memcpy(&t, daytim, sizeof t);
    {
        std::lock_guard<std::mutex> l(rt.mu);
        if (efn < 64) rt.efns &= ~(1ULL << efn);
        rt.timers.push_back(Timer{due_of(t), efn, reinterpret_cast<AstFn>(astadr), reqidt, false, 0,
                                  std::chrono::nanoseconds(0)});
    }
    rt.poke();
    return SS$_NORMAL;
}

int sys$cantim(unsigned __int64 reqidt, unsigned int acmode) {
    ServicePoint sp;
    (void)acmode;
    Runtime &rt = Runtime::get();
    std::lock_guard<std::mutex> l(rt.mu);
    auto &ts = rt.timers;
    ts.erase(std::remove_if(ts.begin(), ts.end(),
                            [&](const Timer &x) { return !x.wake && (reqidt == 0 || x.reqidt == reqidt); }),
             ts.end());
    return SS$_NORMAL;
}

int sys$schdwk(unsigned int *pidadr, void *prcnam, struct _generic_64 *daytim,
               struct _generic_64 *reptim) {
    ServicePoint sp;
    if (prcnam) return SS$_BADPARAM;  // by PID only in the simulator
    if (!daytim) return SS$_ACCVIO;
    Runtime &rt = Runtime::get();
    std::int64_t t, rep = 0;
    std::memcpy(&t, daytim, sizeof t);
    if (reptim) std::memcpy(&rep, reptim, sizeof rep);
    std::uint32_t pid = pidadr ? *pidadr : 0;
    {
        std::lock_guard<std::mutex> l(rt.mu);
        rt.timers.push_back(Timer{due_of(t), EFN$C_ENF, nullptr, 0, true, pid,
                                  std::chrono::nanoseconds(rep < 0 ? -rep * 100 : 0)});
    }
    rt.poke();
    return SS$_NORMAL;
}

int sys$gettim(struct _generic_64 *timadr, ...) {
    if (!timadr) return SS$_ACCVIO;
    std::int64_t now = vms_now();
    std::memcpy(timadr, &now, sizeof now);
    return SS$_NORMAL;
}

}  // extern "C"
