// Shared helpers of the OpenVMS back end (vms_util.h).
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "core/text.h"
#include "os/vms/vms_util.h"

#include <prvdef.h>

namespace sv::os::vms {

std::string hex_status(unsigned int status) {
    char b[16];
    std::snprintf(b, sizeof b, "%%X%08X", status);
    return b;
}

// $GETMSG with flags 15 gives "%FAC-S-IDENT, text"; an unknown code answers
// SS$_MSGNOTFND, which is odd, so it is checked by value (vms-services.md 7).
std::string message_text(unsigned int status) {
    char buf[256];
    unsigned short len = 0;
    dsc$descriptor_s out;
    out.dsc$w_length = sizeof buf;
    out.dsc$b_dtype = DSC$K_DTYPE_T;
    out.dsc$b_class = DSC$K_CLASS_S;
    out.dsc$a_pointer = buf;
    unsigned char outadr[4] = {0, 0, 0, 0};
    unsigned int st = sys$getmsg(status, &len, &out, 15, outadr);
    if (!ok(st) || st == SS$_MSGNOTFND || len == 0) return hex_status(status);
    return std::string(buf, len);
}

std::string failure(const std::string& what, unsigned int status) {
    return what + ": " + message_text(status);
}

std::string upper_trim(const std::string& s) {
    std::string out = upcase(s);   // core/text.h: the one place case is folded
    while (!out.empty() && (out.back() == ' ' || out.back() == '\0')) out.pop_back();
    return out;
}

std::string to_hex(const uint8_t* p, size_t n) {
    static const char digits[] = "0123456789ABCDEF";
    std::string out;
    out.reserve(n * 2);
    for (size_t k = 0; k < n; ++k) {
        out += digits[p[k] >> 4];
        out += digits[p[k] & 15];
    }
    return out;
}

bool from_hex(const std::string& s, std::string* out) {
    if (s.size() % 2) return false;
    out->clear();
    auto v = [](char c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    };
    for (size_t k = 0; k < s.size(); k += 2) {
        int hi = v(s[k]), lo = v(s[k + 1]);
        if (hi < 0 || lo < 0) return false;
        *out += static_cast<char>(hi * 16 + lo);
    }
    return true;
}

namespace {
// One $GETJPIW of the items JpiInfo holds, for *pidadr (may be a wildcard
// context, which the service updates) or the name.
unsigned int getjpi_at(unsigned int* pidadr, dsc$descriptor_s* name, JpiInfo* out);
}  // namespace

// $GETJPIW (vms-services.md 3.4 and 6): R0 says whether the request was
// accepted, the IOSB how it ended; SS$_NONEXPR may come in either.
unsigned int getjpi(unsigned int pid, const std::string& name, JpiInfo* out) {
    unsigned int pidbuf = pid;
    Name n(name);
    bool by_name = pid == 0 && !name.empty();
    return getjpi_at((pid || !by_name) ? &pidbuf : nullptr, by_name ? &n.d : nullptr, out);
}

unsigned int find_process(const std::string& prcnam, const std::string& user, JpiInfo* out) {
    const std::string account = upper_trim(user);
    if (account.empty() || account == self().username) return getjpi(0, prcnam, out);
    // Wildcard $GETJPIW: pidadr -1 starts it, each call gives the next process
    // we may see and updates the context, SS$_NOMOREPROC ends it (HELP
    // System_Services $GETJPI, Arguments, pidadr). The context is not a PID:
    // the PID is read from JPI$_PID. Bounded: a system has at most a few
    // thousand processes (PIDs carry a 12-bit index here).
    unsigned int context = 0xFFFFFFFFu;
    for (int call = 0; call < 65536; ++call) {
        JpiInfo who;
        unsigned int st = getjpi_at(&context, nullptr, &who);
        if (st == SS$_NOMOREPROC) break;
        // A process that ended or is suspended between two calls, or that
        // we may not look at: the search goes on with the next one.
        if (st == SS$_NONEXPR || st == SS$_SUSPENDED || st == SS$_NOPRIV) continue;
        if (!ok(st)) return st;
        if (who.prcnam == prcnam && who.username == account) {
            *out = who;
            return st;
        }
    }
    // Outside our UIC group the search sees only what WORLD lets it see
    // (the WORLD privilege: $GETJPI of processes outside the group).
    if (!(self().curpriv & (uint64_t{1} << PRV$V_WORLD))) return SS$_NOPRIV;
    return SS$_NONEXPR;
}

namespace {
unsigned int getjpi_at(unsigned int* pidadr, dsc$descriptor_s* name, JpiInfo* out) {
    unsigned int got_pid = 0, uic = 0;
    uint64_t login = 0, curpriv = 0;
    char user[12], prcnam[16];
    unsigned short user_len = 0, prc_len = 0;
    ILE3 items[7];
    items[0] = item(JPI$_PID, &got_pid, sizeof got_pid, nullptr);
    items[1] = item(JPI$_LOGINTIM, &login, sizeof login, nullptr);
    items[2] = item(JPI$_UIC, &uic, sizeof uic, nullptr);
    items[3] = item(JPI$_CURPRIV, &curpriv, sizeof curpriv, nullptr);
    items[4] = item(JPI$_USERNAME, user, sizeof user, &user_len);
    items[5] = item(JPI$_PRCNAM, prcnam, sizeof prcnam, &prc_len);
    items[6] = end_item();
    IOSB iosb;
    std::memset(&iosb, 0, sizeof iosb);
    unsigned int st = sys$getjpiw(EFN$C_ENF, pidadr, name, items, &iosb, nullptr, 0);
    if (ok(st)) st = iosb.iosb$l_getxxi_status;
    if (!ok(st)) return st;
    out->pid = got_pid;
    out->login = login;
    out->uic = uic;
    out->curpriv = curpriv;
    out->username = upper_trim(std::string(user, user_len));
    out->prcnam = std::string(prcnam, prc_len);
    return st;
}
}  // namespace

const JpiInfo& self() {
    static const JpiInfo info = [] {
        JpiInfo i;
        // $GETJPIW of the caller itself needs no privilege and cannot find it
        // gone: a refusal is a bug (an item list the system rejects), and
        // going on with PID 0 and UIC [0,0] would misjudge every peer and
        // the table's lock. Said, then stopped.
        unsigned int st = getjpi(0, "", &i);
        if (!ok(st)) {
            std::fprintf(stderr, "%s\n", failure("$GETJPIW of this process", st).c_str());
            std::abort();
        }
        return i;
    }();
    return info;
}

}  // namespace sv::os::vms

namespace sv::os::vms {

unsigned int lnm_get(const std::string& table, const std::string& name, std::vector<std::string>* strings) {
    strings->clear();
    if (name.size() > kMaxEquivalence || table.size() > LNM$C_TABNAMLEN) return SS$_IVLOGNAM;
    Name tab(table), log(name);
    int max_index = 0;
    // Bounded: at most 128 equivalence strings exist (LNM-4).
    for (int index = 0; index <= max_index && index < static_cast<int>(kMaxEquivalences); ++index) {
        char buf[256];
        unsigned short len = 0;
        int idx = index, max = 0;
        unsigned int attr = 0;
        ILE3 items[5];
        items[0] = item(LNM$_INDEX, &idx, sizeof idx, nullptr);
        items[1] = item(LNM$_STRING, buf, sizeof buf, &len);
        items[2] = item(LNM$_MAX_INDEX, &max, sizeof max, nullptr);
        items[3] = item(LNM$_ATTRIBUTES, &attr, sizeof attr, nullptr);
        items[4] = end_item();
        unsigned int st = sys$trnlnm(nullptr, &tab.d, &log.d, nullptr, items);
        if (!ok(st)) return st;
        if (index == 0) max_index = max;
        strings->emplace_back(buf, len);
    }
    return SS$_NORMAL;
}

unsigned int lnm_set(const std::string& table, const std::string& name, const std::vector<std::string>& strings) {
    if (strings.empty() || strings.size() > kMaxEquivalences) return SS$_BADPARAM;
    if (name.size() > kMaxEquivalence || table.size() > LNM$C_TABNAMLEN) return SS$_IVLOGNAM;
    // Every string in one stack buffer (32-bit addressable), at most
    // 128 x 255 bytes.
    char buf[kMaxEquivalences * kMaxEquivalence];
    ILE3 items[kMaxEquivalences + 1];
    size_t at = 0, k = 0;
    for (const auto& s : strings) {
        if (s.size() > kMaxEquivalence) return SS$_IVBUFLEN;
        std::memcpy(buf + at, s.data(), s.size());
        items[k++] = item(LNM$_STRING, buf + at, static_cast<unsigned short>(s.size()), nullptr);
        at += s.size();
    }
    items[k] = end_item();
    Name tab(table), log(name);
    return sys$crelnm(nullptr, &tab.d, &log.d, nullptr, items);
}

unsigned int lnm_delete(const std::string& table, const std::string& name) {
    Name tab(table), log(name);
    return sys$dellnm(&tab.d, &log.d, nullptr);
}

}  // namespace sv::os::vms
