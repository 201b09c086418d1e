// lnm.cpp: logical names. Shareable tables live under LNM$SYSTEM_DIRECTORY for the
// broker's life (= until reboot); each process has one private table that serves as
// LNM$PROCESS and LNM$JOB (every simulated process is its own job), dropped at
// rundown. Sources: vms-services.md 5 [D/S]; CONTRACT.md rows LNM-*.
#include <algorithm>
#include <cctype>
#include <cstdio>

#include "../common/params.h"
#include "broker.h"

namespace vmssim {
namespace {

constexpr std::uint32_t kNormal = 1, kNopriv = 36, kIvlognam = 340, kNologtab = 8852,
                        kNolognam = 444, kSupersede = 1585, kToomanylnam = 884,
                        kExlnmquota = 8780;
constexpr std::uint32_t kCreateIf = 0x1000000, kCaseBlind = 0x2000000;

std::string upper(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char ch) { return std::toupper(ch); });
    return s;
}

std::uint32_t cost(const std::string &name, const std::vector<std::string> &eqv) {
    std::size_t n = name.size();
    for (const auto &e : eqv) n += e.size();
    return static_cast<std::uint32_t>(n);
}

}  // namespace

LnmTable *Broker::process_table(std::uint32_t pid) {
    char key[48];
    std::snprintf(key, sizeof key, "LNM$PROCESS_TABLE#%08X", pid);
    auto it = tables_.find(key);
    if (it != tables_.end()) return &it->second;
    LnmTable t;
    t.name = key;
    t.parent = "LNM$PROCESS_DIRECTORY";
    t.owner_pid = pid;
    return &(tables_[key] = t);
}

void Broker::drop_process_tables(std::uint32_t pid) {
    for (auto it = tables_.begin(); it != tables_.end();)
        it = it->second.owner_pid == pid ? tables_.erase(it) : std::next(it);
}

std::vector<LnmTable *> Broker::resolve_tables(Conn *c, const std::string &tabnam, int depth) {
    std::uint32_t pid = c && c->proc ? c->proc->pid : 0;
    // The process directory holds table-name logical names a process defines,
    // e.g. LNM$TEMPORARY_MAILBOX -> LNM$PROCESS (GT.M ojcrembxs.c) [C]; they win
    // over the defaults below (vms-services.md 3.1). Dropped at rundown.
    char dir_key[48];
    std::snprintf(dir_key, sizeof dir_key, "LNM$PROCESS_DIRECTORY#%08X", pid);
    if (tabnam == "LNM$PROCESS_DIRECTORY") {
        LnmTable &d = tables_[dir_key];
        d.name = dir_key;
        d.owner_pid = pid;
        return {&d};
    }
    auto dir = tables_.find(dir_key);
    if (dir != tables_.end() && depth < 10) {
        auto n = dir->second.names.find(tabnam);
        if (n != dir->second.names.end() && !n->second.empty() && !n->second.begin()->second.eqv.empty())
            return resolve_tables(c, n->second.begin()->second.eqv[0], depth + 1);
    }
    if (tabnam == "LNM$PROCESS_TABLE" || tabnam == "LNM$PROCESS" || tabnam == "LNM$JOB" ||
        tabnam == "LNM$TEMPORARY_MAILBOX")
        return {process_table(pid)};
    if (tabnam == "LNM$SYSTEM" || tabnam == "LNM$PERMANENT_MAILBOX") return resolve_tables(c, "LNM$SYSTEM_TABLE", depth + 1);
    if (tabnam == "LNM$FILE_DEV") return {process_table(pid), &tables_["LNM$SYSTEM_TABLE"]};
    auto it = tables_.find(tabnam);
    if (it == tables_.end() || (it->second.owner_pid && it->second.owner_pid != pid)) return {};
    return {&it->second};
}

std::int32_t Broker::define(LnmTable &t, const std::string &name, std::uint8_t mode,
                            std::uint32_t attr, const std::vector<std::string> &eqv) {
    auto &modes = t.names[name];
    auto old = modes.find(mode);
    std::uint32_t old_cost = old == modes.end() ? 0 : cost(name, old->second.eqv);
    std::uint32_t new_cost = cost(name, eqv);
    if (t.quota && t.used - old_cost + new_cost > t.quota) {
        if (modes.empty()) t.names.erase(name);
        return kExlnmquota;
    }
    t.used = t.used - old_cost + new_cost;
    bool superseded = old != modes.end();
    modes[mode] = LogicalName{mode, attr, eqv};
    return superseded ? kSupersede : kNormal;
}

const LogicalName *Broker::lookup(Conn *c, const std::string &tabnam, const std::string &name,
                                  std::uint8_t mode, bool case_blind, LnmTable **where) {
    for (LnmTable *t : resolve_tables(c, tabnam)) {
        for (auto &kv : t->names) {
            if (case_blind ? upper(kv.first) != upper(name) : kv.first != name) continue;
            // Names at modes less privileged than `mode` are ignored; of the rest the
            // outermost wins [D SSREF $TRNLNM].
            for (auto m = kv.second.rbegin(); m != kv.second.rend(); ++m) {
                if (m->first > mode) continue;
                if (where) *where = t;
                return &m->second;
            }
        }
    }
    return nullptr;
}

void Broker::op_crelnt(Conn *c, std::uint32_t seq, Reader &r) {
    std::uint32_t attr = r.u32(), quota = r.u32();
    std::uint8_t mode = r.u8();
    std::string tabnam = upper(r.str()), partab = upper(r.str());
    if (r.bad()) return close_conn(c);
    if (tabnam.empty() || tabnam.size() > 31) return reply(c, seq, kIvlognam);
    std::uint32_t owner = 0;
    if (partab == "LNM$PROCESS_DIRECTORY") owner = c->proc->pid;
    else if (partab != "LNM$SYSTEM_DIRECTORY" && resolve_tables(c, partab).empty())
        return reply(c, seq, kNologtab);
    std::uint32_t st = params().crelnt_new;
    bool keep = false;
    auto it = tables_.find(tabnam);
    if (it != tables_.end()) {
        keep = attr & kCreateIf;
        st = keep ? params().crelnt_exists : kSupersede;
    }
    if (!keep) {
        LnmTable t;
        t.name = tabnam;
        t.parent = partab;
        t.owner_pid = owner;
        t.quota = quota;
        t.acmode = mode;
        tables_[tabnam] = t;
    }
    Writer w(kReply, seq);
    w.u32(st).str(tabnam);
    send(c, w);
}

void Broker::op_crelnm(Conn *c, std::uint32_t seq, Reader &r) {
    std::uint32_t attr = r.u32();
    std::uint8_t mode = r.u8();
    std::string tabnam = r.str(), lognam = r.str();
    std::uint32_t n = r.u32();
    std::vector<std::string> eqv;
    for (std::uint32_t i = 0; i < n && i < 1000 && !r.bad(); ++i) eqv.push_back(r.str());
    if (r.bad()) return close_conn(c);
    if (lognam.empty() || lognam.size() > 255) return reply(c, seq, kIvlognam);
    if (eqv.size() > 128) return reply(c, seq, kToomanylnam);
    for (const auto &e : eqv)
        if (e.size() > 255) return reply(c, seq, kIvlognam);
    auto tabs = resolve_tables(c, tabnam);
    if (tabs.empty()) return reply(c, seq, kNologtab);
    reply(c, seq, define(*tabs[0], lognam, mode, attr, eqv));
}

void Broker::op_trnlnm(Conn *c, std::uint32_t seq, Reader &r) {
    std::uint32_t attr = r.u32();
    std::uint8_t mode = r.u8();
    std::string tabnam = r.str(), lognam = r.str();
    if (r.bad()) return close_conn(c);
    LnmTable *where = nullptr;
    const LogicalName *ln = lookup(c, tabnam, lognam, mode, attr & kCaseBlind, &where);
    if (!ln) return reply(c, seq, kNolognam);
    Writer w(kReply, seq);
    w.u32(kNormal).str(where->name).u8(ln->acmode).u32(ln->attr).u32(static_cast<std::uint32_t>(ln->eqv.size()));
    for (const auto &e : ln->eqv) w.str(e);
    send(c, w);
}

void Broker::op_dellnm(Conn *c, std::uint32_t seq, Reader &r) {
    std::uint8_t mode = r.u8();
    std::string tabnam = r.str(), lognam = r.str();
    if (r.bad()) return close_conn(c);
    auto tabs = resolve_tables(c, tabnam);
    if (tabs.empty()) return reply(c, seq, kNologtab);
    LnmTable &t = *tabs[0];
    auto it = t.names.find(lognam);
    if (it == t.names.end()) return reply(c, seq, kNolognam);
    bool any = false;
    for (auto m = it->second.begin(); m != it->second.end();) {
        if (m->first >= mode) {  // same or less privileged modes only [D SSREF $DELLNM]
            t.used -= cost(lognam, m->second.eqv);
            m = it->second.erase(m);
            any = true;
        } else {
            ++m;
        }
    }
    if (it->second.empty()) t.names.erase(it);
    reply(c, seq, any ? kNormal : kNopriv);  // [U] status for a more privileged name
}

}  // namespace vmssim
