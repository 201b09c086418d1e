// persona.cpp: $PERSONA_CREATE, $PERSONA_ASSUME, $PERSONA_DELETE (answered by the
// broker, sim/d/persona.cpp; CONTRACT.md rows PER-1..PER-7).
#include <cstdarg>

#include "../../include/ssdef.h"
#include "../../include/starlet.h"
#include "args.h"
#include "runtime.h"

using namespace vmssim;

extern "C" {

int sys$persona_create(unsigned int *persona, void *usrnam, unsigned int flags, ...) {
    ServicePoint sp;
    std::string name;
    int st = SS$_NORMAL;
    if (!read_dsc(usrnam, &name, &st, "$PERSONA_CREATE usrnam")) return st;
    if (!persona || !addr32_ok(persona, "$PERSONA_CREATE persona")) return SS$_ACCVIO;
    Reply r = Runtime::get().call(kPersonaCreate, [&](Writer &w) { w.str(name).u32(flags); });
    if (r.status & 1) {
        Reader rd(r.body.data(), r.body.size());
        *persona = rd.u32();
    }
    return r.status;
}

// [previous], [acmode] or the VMSSIM_ARGEND marker (starlet.h); acmode is not simulated.
int (sys$persona_assume)(unsigned int *persona, unsigned int flags, ...) {
    ServicePoint sp;
    (void)flags;  // ignored since V7.2 [D]
    va_list ap;
    va_start(ap, flags);
    unsigned long long previous_arg = va_arg(ap, unsigned long long);
    va_end(ap);
    unsigned int *previous = static_cast<unsigned int>(previous_arg) == VMSSIM_ARGEND && (previous_arg >> 32) == 0
                                 ? nullptr
                                 : reinterpret_cast<unsigned int *>(previous_arg);
    if (!persona || !addr32_ok(persona, "$PERSONA_ASSUME persona")) return SS$_ACCVIO;
    if (previous && !addr32_ok(previous, "$PERSONA_ASSUME previous")) return SS$_ACCVIO;
    unsigned int id = *persona;
    Reply r = Runtime::get().call(kPersonaAssume, [&](Writer &w) { w.u32(id); });
    if ((r.status & 1) && previous) {
        Reader rd(r.body.data(), r.body.size());
        *previous = rd.u32();
    }
    return r.status;
}

int sys$persona_delete(unsigned int *persona) {
    ServicePoint sp;
    if (!persona || !addr32_ok(persona, "$PERSONA_DELETE persona")) return SS$_ACCVIO;
    unsigned int id = *persona;
    return Runtime::get().call(kPersonaDelete, [&](Writer &w) { w.u32(id); }).status;
}

}  // extern "C"
