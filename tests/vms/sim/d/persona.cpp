// persona.cpp: $PERSONA_CREATE, $PERSONA_ASSUME, $PERSONA_DELETE and the simulated
// SYSUAF they read (usernames and UICs only). Behaviours and sources: CONTRACT.md,
// rows PER-1..PER-7; vms-services.md 1.6.
#include <cstdlib>

#include "../common/params.h"
#include "broker.h"

namespace vmssim {
namespace {

constexpr std::uint32_t kNormal = 1, kBadparam = 20, kNoimpersonate = 10284, kPersonadelpend = 1825;
constexpr std::uint32_t kNatural = 1;                 // ISS$C_ID_NATURAL
constexpr std::uint64_t kImpersonate = 1ULL << 5;     // PRV$V_IMPERSONATE (old name DETACH)
constexpr std::uint32_t kInheritPersona = 0x200000;   // PRC$M_INHERIT_PERSONA

// "NAME=[g,m];..." (octal, as VMS writes a UIC) -> the UIC of `name`; the default
// account is always there.
bool uaf_lookup(const std::string &name, std::uint32_t *uic) {
    if (name == default_username()) return *uic = params().default_uic, true;
    const std::string &uaf = params().uaf;
    for (std::size_t at = 0; at < uaf.size();) {
        std::size_t end = uaf.find(';', at);
        if (end == std::string::npos) end = uaf.size();
        std::string entry = uaf.substr(at, end - at);
        at = end + 1;
        std::size_t eq = entry.find("=[");
        if (eq == std::string::npos || entry.substr(0, eq) != name) continue;
        char *rest = nullptr;
        unsigned long g = std::strtoul(entry.c_str() + eq + 2, &rest, 8);
        if (!rest || *rest != ',') continue;
        unsigned long m = std::strtoul(rest + 1, nullptr, 8);
        *uic = static_cast<std::uint32_t>((g & 0xFFFF) << 16 | (m & 0xFFFF));
        return true;
    }
    return false;
}

}  // namespace

// Needs IMPERSONATE among the caller's current privileges [D: HELP $PERSONA_CREATE
// (VAX), "All calls to $PERSONA_CREATE require DETACH (IMPERSONATE)"]; the status
// without it is SS$_NOIMPERSONATE [C: eight-cubed.com example]. An unknown
// username answers the parameter VMSSIM_PERSONA_NOUSER [U]. usrpro and itmlst
// are not simulated.
void Broker::op_persona_create(Conn *c, std::uint32_t seq, Reader &r) {
    std::string name = r.str();
    std::uint32_t flags = r.u32();
    (void)flags;
    if (r.bad()) return close_conn(c);
    Proc *p = c->proc;
    if (!(p->priv & kImpersonate)) return reply(c, seq, kNoimpersonate);
    if (name.empty() || name.size() > 32) return reply(c, seq, kBadparam);  // 32 characters [D]
    std::uint32_t uic = 0;
    if (!uaf_lookup(name, &uic)) return reply(c, seq, static_cast<std::int32_t>(params().persona_nouser));
    std::uint32_t id = p->next_persona++;
    p->personas[id] = {name, uic};
    reply_u32(c, seq, id);
}

// ISS$C_ID_NATURAL returns to the natural persona [D]; `previous` gets the one
// replaced [D]. An unknown persona: SS$_NOSUCHID [U].
void Broker::op_persona_assume(Conn *c, std::uint32_t seq, Reader &r) {
    std::uint32_t id = r.u32();
    if (r.bad()) return close_conn(c);
    Proc *p = c->proc;
    if (id != kNatural && !p->personas.count(id)) return reply(c, seq, 8684 /*SS$_NOSUCHID*/);
    std::uint32_t previous = p->active_persona;
    if (p->delete_pending && previous != id) {  // the deleted persona goes once it is left
        p->personas.erase(previous);
        p->delete_pending = false;
    }
    p->active_persona = id;
    reply_u32(c, seq, previous);
}

// Deleting the active persona: SS$_PERSONADELPEND (a success), deleted once left [U:
// the meaning read from the code's name; the value is [S]].
void Broker::op_persona_delete(Conn *c, std::uint32_t seq, Reader &r) {
    std::uint32_t id = r.u32();
    if (r.bad()) return close_conn(c);
    Proc *p = c->proc;
    if (id == kNatural || !p->personas.count(id)) return reply(c, seq, kBadparam);
    if (id == p->active_persona) {
        p->delete_pending = true;
        return reply(c, seq, kPersonadelpend);
    }
    p->personas.erase(id);
    reply(c, seq, kNormal);
}

void Broker::reply_u32(Conn *c, std::uint32_t seq, std::uint32_t value) {
    Writer w(kReply, seq);
    w.u32(kNormal).u32(value);
    send(c, w);
}

// The creator's identity, or its assumed persona's: always, or only with
// PRC$M_INHERIT_PERSONA when VMSSIM_PERSONA_NEEDS_INHERIT=1 [U].
void Broker::child_identity(const Proc &creator, std::uint32_t stsflg, std::string *username,
                            std::uint32_t *uic) const {
    *username = creator.username;
    *uic = creator.uic;
    auto it = creator.personas.find(creator.active_persona);
    if (it == creator.personas.end()) return;
    if (params().persona_needs_inherit && !(stsflg & kInheritPersona)) return;
    *username = it->second.first;
    *uic = it->second.second;
}

}  // namespace vmssim
