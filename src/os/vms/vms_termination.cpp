// The permanent termination mailbox (vms_termination.h).
//
// Sources: vms-services.md 2.1 (when the message is written, IOSB PID = the
// deleted process), 2.2 (layout, ACC$K_TERMLEN 84, parse by offsets), 2.3
// (permanent mailbox, drain before re-adoption), 3.1
// ($CREMBX prmflg 1 needs PRMMBX; $GETDVIW DVI$_UNIT / DVI$_DEVNAM), 3.3
// (IO$_READVBLK|IO$M_NOW: SS$_ENDOFFILE when empty). Anchor: GT.M
// ojastread / govax corevms termination code (reference/anchors.md).
#include <atomic>
#include <cstdio>
#include <cstring>
#include <deque>
#include <map>
#include <set>
#include <string>

#include "os/failpoint.h"
#include "os/vms/vms_termination.h"
#include "os/vms/vms_util.h"

#include <accdef.h>
#include <agndef.h>
#include <cmbdef.h>
#include <dvidef.h>
#include <iodef.h>
#include <msgdef.h>
#include <psldef.h>

namespace sv::os::vms {

namespace {

constexpr const char* kMailboxLogical = "TERMINATION_MAILBOX";
constexpr unsigned int kMaxMsg = 128;           // >= ACC$K_TERMLEN (84)
// Room for the messages of about 1000 programs that end while no server
// runs (vms-services.md 2.3 suggests 256 bytes a program; per-message pool
// overhead is [U]). Beyond it messages are lost and the exit counts as
// unknown: never a duplicate.
constexpr unsigned int kBufQuo = 256 * 1024;
constexpr size_t kMaxKept = 65536;              // ended processes remembered
constexpr int kMaxDrain = 100000;               // messages read in one drain

unsigned short g_chan = 0;
unsigned short g_unit = 0;
bool g_open = false;
bool g_armed = false;
std::atomic<uint32_t> g_signalled{0};


std::map<unsigned int, Ended> g_ended;
std::deque<unsigned int> g_order;   // insertion order, to bound g_ended

// The ends read from the mailbox and not yet recorded by the server in a
// table entry, kept in the table too (logical name ENDED): a server that
// dies between reading a message and recording the exit leaves it to the
// next one. An item is "PID STATUS LOGIN" in hex (34 characters), seven to
// an equivalence string, at most kMaxDurable (oldest dropped first).
constexpr const char* kEndedLogical = "ENDED";
constexpr size_t kPerString = 7;
constexpr size_t kMaxDurable = kPerString * kMaxEquivalences;
std::string g_table;
std::map<unsigned int, Ended> g_durable;
std::deque<unsigned int> g_durable_order;
bool g_durable_dirty = false;

void save_durable() {
    if (!g_durable_dirty || g_table.empty()) return;
    g_durable_dirty = false;
    std::vector<std::string> strings;
    std::string cur;
    size_t in_cur = 0;
    for (unsigned int pid : g_durable_order) {
        auto it = g_durable.find(pid);
        if (it == g_durable.end()) continue;
        char item[40];
        std::snprintf(item, sizeof item, "%s%08X %08X %016llX", in_cur ? "," : "", pid, it->second.status,
                      static_cast<unsigned long long>(it->second.login));
        cur += item;
        if (++in_cur == kPerString) {
            strings.push_back(cur);
            cur.clear();
            in_cur = 0;
        }
    }
    if (!cur.empty()) strings.push_back(cur);
    // A failure costs only this safety net: the ends stay known in memory,
    // and the next poll writes them again (still dirty).
    unsigned int st = strings.empty() ? lnm_delete(g_table, kEndedLogical) : lnm_set(g_table, kEndedLogical, strings);
    if (!ok(st) && st != SS$_NOLOGNAM) g_durable_dirty = true;
}

void keep_durable(unsigned int pid, const Ended& e) {
    if (!g_durable.count(pid)) g_durable_order.push_back(pid);
    g_durable[pid] = e;
    g_durable_dirty = true;
    while (g_durable.size() > kMaxDurable && !g_durable_order.empty()) {
        g_durable.erase(g_durable_order.front());
        g_durable_order.pop_front();
    }
    // g_durable_order may hold pids already erased: trim it as well.
    while (g_durable_order.size() > 2 * kMaxDurable) g_durable_order.pop_front();
}

void load_durable() {
    std::vector<std::string> eq;
    if (!ok(lnm_get(g_table, kEndedLogical, &eq))) return;
    for (const auto& s : eq) {
        size_t at = 0;
        for (size_t k = 0; k < kPerString && at < s.size(); ++k) {   // bounded: seven a string
            unsigned int pid = 0, status = 0;
            unsigned long long login = 0;
            if (std::sscanf(s.c_str() + at, "%8X %8X %16llX", &pid, &status, &login) != 3 || !pid) break;
            Ended e;
            e.status = status;
            e.login = login;
            keep_durable(pid, e);
            if (!g_ended.count(pid)) g_order.push_back(pid);
            g_ended[pid] = e;
            size_t comma = s.find(',', at);
            if (comma == std::string::npos) break;
            at = comma + 1;
        }
    }
    g_durable_dirty = false;
}

uint32_t u32(const unsigned char* p) {
    return static_cast<uint32_t>(p[0]) | static_cast<uint32_t>(p[1]) << 8 | static_cast<uint32_t>(p[2]) << 16 |
           static_cast<uint32_t>(p[3]) << 24;
}
uint64_t u64(const unsigned char* p) { return u32(p) | static_cast<uint64_t>(u32(p + 4)) << 32; }

// One message as the read left it. Trusted only when its type is
// MSG$_DELPROC and ACC$L_PID equals the IOSB's PID, which the system fills
// in (a writer cannot forge it). A short message (>= 12 bytes) is accepted
// with its missing tail taken as zero (vms-services.md 2.2).
void take_message(const unsigned char* msg, const IOSB& iosb) {
    size_t n = iosb.iosb$w_bcnt;
    if (n < 12 || n > kMaxMsg) return;
    unsigned char full[ACC$K_TERMLEN];
    std::memset(full, 0, sizeof full);
    std::memcpy(full, msg, n < sizeof full ? n : sizeof full);
    unsigned int type = static_cast<unsigned int>(full[ACC$W_MSGTYP]) | (full[ACC$W_MSGTYP + 1] << 8);
    unsigned int pid = u32(full + ACC$L_PID);
    if (type != MSG$_DELPROC || pid != iosb.iosb$l_pid || pid == 0) return;
    Ended e;
    e.status = u32(full + ACC$L_FINALSTS);
    e.login = u64(full + ACC$Q_LOGIN);
    if (!g_ended.count(pid)) g_order.push_back(pid);
    g_ended[pid] = e;
    keep_durable(pid, e);
    while (g_order.size() > kMaxKept) {
        g_ended.erase(g_order.front());
        g_order.pop_front();
    }
}

void on_write(int64_t) {
    // AST level: a flag and a $WAKE, nothing else (vms-services.md 4).
    // $WAKE(0, 0) of this process can only succeed: nothing to check here.
    g_signalled.store(1, std::memory_order_release);
    (void)sys$wake(nullptr, nullptr);
}

bool device_facts(unsigned short chan, unsigned short* unit, std::string* devnam) {
    unsigned int u = 0;
    char name[64];
    unsigned short len = 0;
    ILE3 items[3];
    items[0] = item(DVI$_UNIT, &u, sizeof u, nullptr);
    items[1] = item(DVI$_DEVNAM, name, sizeof name, &len);
    items[2] = end_item();
    IOSB iosb;
    std::memset(&iosb, 0, sizeof iosb);
    // R0: the request was accepted; the IOSB's first longword
    // (iosb$l_getxxi_status): how it ended (vms-services.md 0, 3.1).
    unsigned int st = sys$getdviw(EFN$C_ENF, chan, nullptr, items, &iosb, nullptr, 0, nullptr);
    if (ok(st)) st = iosb.iosb$l_getxxi_status;
    if (!ok(st)) return false;
    *unit = static_cast<unsigned short>(u);
    *devnam = std::string(name, len);
    return true;
}

// A completed asynchronous read: its message, then the read is queued again.
}  // namespace

bool termination_open(const std::string& table_name, std::string* error) {
    if (g_open) return true;
    std::vector<std::string> eq;
    unsigned short chan = 0;
    unsigned int st = lnm_get(table_name, kMailboxLogical, &eq);
    if (ok(st) && !eq.empty()) {
        // The mailbox of an earlier server: every process it started still
        // writes there (the unit cannot be changed after $CREPRC, 2.1).
        Name dev(eq[0]);
        st = sys$assign(&dev.d, &chan, 0, nullptr, AGN$M_READONLY);
        if (st == SS$_NOSUCHDEV || st == SS$_IVDEVNAM) {
            chan = 0;   // gone ($DELMBX and its last channel, CONTRACT MBX-20/21): a new one below
        } else if (!ok(st)) {
            // It may well exist (SS$_NOPRIV, SS$_EXQUOTA, SS$_NOIOCHAN...):
            // a new mailbox would leave the messages of every process the
            // last server started in the old one, so nothing is replaced.
            if (error) *error = failure("cannot assign the termination mailbox " + eq[0] + " ($ASSIGN)", st);
            return false;
        }
    }
    bool created = false;
    if (!chan) {
        st = sys$crembx(1, &chan, kMaxMsg, kBufQuo, 0xFF00 /* S,O: all; G,W: none */, 0, nullptr,
                        CMB$M_READONLY);
        if (!ok(st)) {
            if (error) *error = failure("cannot create the permanent termination mailbox ($CREMBX, needs PRMMBX)", st);
            return false;
        }
        created = true;
    }
    std::string devnam;
    if (!device_facts(chan, &g_unit, &devnam)) {
        (void)sys$dassgn(chan);   // a failure is being reported; the channel is ours alone
        if (error) *error = "cannot read the unit of the termination mailbox ($GETDVIW)";
        return false;
    }
    if (created) {
        st = lnm_set(table_name, kMailboxLogical, {devnam});
        if (!ok(st)) {
            // Nobody could find the new mailbox: marked for deletion, gone
            // with its channel (3.1). The failure reported is the $CRELNM's.
            (void)sys$delmbx(chan);
            (void)sys$dassgn(chan);
            if (error) *error = failure("cannot record the termination mailbox in " + table_name, st);
            return false;
        }
    }
    g_chan = chan;
    g_open = true;
    g_table = table_name;
    load_durable();   // ends the last server read and did not record
    // Not drained here: a process that only checks the lock (the daemon's
    // parent) must leave the messages to the server that acts on them. The
    // first read_all, probe or watch drains it.
    return true;
}

bool termination_is_open() { return g_open; }
unsigned short termination_unit() { return g_open ? g_unit : 0; }

void termination_poll() {
    if (!g_open) return;
    // Bounded drain: NOW reads until SS$_ENDOFFILE (empty).
    for (int k = 0; k < kMaxDrain; ++k) {
        unsigned char buf[kMaxMsg];
        IOSB iosb;
        std::memset(&iosb, 0, sizeof iosb);
        unsigned int st = sys$qiow(EFN$C_ENF, g_chan, IO$_READVBLK | IO$M_NOW, &iosb, nullptr, 0, buf, sizeof buf,
                                   0, 0, 0, 0);
        if (ok(st)) st = iosb.iosb$w_status;   // queued (R0), then how it went (IOSB, 3.3)
        // SS$_ENDOFFILE: empty. Any other failure leaves what is queued
        // where it is, for the next poll: nothing is lost by stopping.
        if (!ok(st)) break;
        take_message(buf, iosb);
    }
    if (g_durable_dirty) {
        save_durable();
        // Test point: the server dies once an end is read (and kept in the
        // table) but not yet recorded in the process's entry.
        if (failpoint("exit_read")) die_now();
    }
}

// No read is kept queued: a message taken by a read that completes while
// the server is being killed would be lost with the server's memory.
// Instead a write-attention AST (IO$_SETMODE|IO$M_WRTATTN: P1 the AST, P2
// its parameter; one-shot, and it fires at once when a message is already
// queued - I/O User's Reference 4.3.4, MBX-14/15) says that a message waits;
// the main level reads it (poll) and writes it to ENDED before anything else.
void termination_arm() {
    if (!g_open) return;
    termination_poll();
    if (g_armed) return;
    IOSB iosb;
    std::memset(&iosb, 0, sizeof iosb);
    unsigned int st = sys$qiow(EFN$C_ENF, g_chan, IO$_SETMODE | IO$M_WRTATTN, &iosb, nullptr, 0,
                               reinterpret_cast<void*>(ast(&on_write)), 0, PSL$C_USER, 0, 0, 0);
    if (ok(st)) st = iosb.iosb$w_status;
    g_armed = ok(st);
}

bool termination_armed() { return !g_open || g_armed; }

bool termination_signalled() {
    if (g_signalled.exchange(0, std::memory_order_acquire) == 0) return false;
    g_armed = false;   // one-shot: re-armed by the next termination_arm
    return true;
}

bool termination_find(unsigned int pid, Ended* out) {
    auto it = g_ended.find(pid);
    if (it == g_ended.end()) return false;
    *out = it->second;
    return true;
}

void termination_erase(unsigned int pid) { g_ended.erase(pid); }

}  // namespace sv::os::vms

namespace sv::os::vms {

void termination_recorded(unsigned int pid) {
    if (g_durable.erase(pid)) {
        g_durable_dirty = true;
        save_durable();
    }
}

void termination_keep_only(const std::set<unsigned int>& pids) {
    for (auto it = g_durable.begin(); it != g_durable.end();) {
        if (pids.count(it->first)) {
            ++it;
        } else {
            it = g_durable.erase(it);
            g_durable_dirty = true;
        }
    }
    save_durable();
}

}  // namespace sv::os::vms
