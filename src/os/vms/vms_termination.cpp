// The permanent termination mailbox (vms_termination.h).
//
// Sources: vms-services.md 2.1 (when the message is written, IOSB PID = the
// deleted process), 2.2 (layout, ACC$K_TERMLEN 84, parse by offsets), 2.3
// (permanent mailbox, drain before re-adoption, keep a read armed), 3.1
// ($CREMBX prmflg 1 needs PRMMBX; $GETDVIW DVI$_UNIT / DVI$_DEVNAM), 3.3
// (IO$_READVBLK|IO$M_NOW: SS$_ENDOFFILE when empty). Anchor: GT.M
// ojastread / govax corevms termination code (reference/anchors.md).
#include <atomic>
#include <cstring>
#include <deque>
#include <map>
#include <string>

#include "os/vms/vms_termination.h"
#include "os/vms/vms_util.h"

#include <accdef.h>
#include <agndef.h>
#include <cmbdef.h>
#include <dvidef.h>
#include <iodef.h>
#include <msgdef.h>

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

// The outstanding read's buffer and IOSB: static, so 32-bit addressable.
unsigned char g_buf[kMaxMsg];
IOSB g_iosb;

std::map<unsigned int, Ended> g_ended;
std::deque<unsigned int> g_order;   // insertion order, to bound g_ended

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
    while (g_order.size() > kMaxKept) {
        g_ended.erase(g_order.front());
        g_order.pop_front();
    }
}

void on_read(int64_t) {
    // AST level: a flag and a $WAKE, nothing else (vms-services.md 4).
    g_signalled.store(1, std::memory_order_release);
    sys$wake(nullptr, nullptr);
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
    unsigned int st = sys$getdviw(EFN$C_ENF, chan, nullptr, items, &iosb, nullptr, 0, nullptr);
    if (ok(st)) st = iosb.iosb$w_status;
    if (!ok(st)) return false;
    *unit = static_cast<unsigned short>(u);
    *devnam = std::string(name, len);
    return true;
}

// A completed asynchronous read: its message, then the read is queued again.
int g_failures = 0;   // reads in a row that failed
constexpr int kMaxFailures = 16;

void finish_read() {
    if (!g_armed || iosb_status(g_iosb) == 0) return;
    g_armed = false;
    if (ok(g_iosb.iosb$w_status)) {
        g_failures = 0;
        take_message(g_buf, g_iosb);
    } else {
        ++g_failures;
    }
}

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
        if (!ok(st)) chan = 0;   // gone (reboot, $DELMBX): a new one below
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
        sys$dassgn(chan);
        if (error) *error = "cannot read the unit of the termination mailbox ($GETDVIW)";
        return false;
    }
    if (created) {
        st = lnm_set(table_name, kMailboxLogical, {devnam});
        if (!ok(st)) {
            sys$delmbx(chan);
            sys$dassgn(chan);
            if (error) *error = failure("cannot record the termination mailbox in " + table_name, st);
            return false;
        }
    }
    g_chan = chan;
    g_open = true;
    // Not drained here: a process that only checks the lock (the daemon's
    // parent) must leave the messages to the server that acts on them. The
    // first read_all, probe or watch drains it.
    return true;
}

bool termination_is_open() { return g_open; }
unsigned short termination_unit() { return g_open ? g_unit : 0; }

void termination_poll() {
    if (!g_open) return;
    finish_read();
    if (g_armed) return;   // the outstanding read takes the next message
    // Bounded drain: NOW reads until SS$_ENDOFFILE (empty).
    for (int k = 0; k < kMaxDrain; ++k) {
        unsigned char buf[kMaxMsg];
        IOSB iosb;
        std::memset(&iosb, 0, sizeof iosb);
        unsigned int st = sys$qiow(EFN$C_ENF, g_chan, IO$_READVBLK | IO$M_NOW, &iosb, nullptr, 0, buf, sizeof buf,
                                   0, 0, 0, 0);
        if (ok(st)) st = iosb.iosb$w_status;
        if (!ok(st)) break;   // SS$_ENDOFFILE: empty
        take_message(buf, iosb);
    }
}

void termination_arm() {
    if (!g_open) return;
    termination_poll();
    // A read that fails at once, again and again, would spin the loop: then
    // only the drains (probe, watch, each pass of the loop) read the mailbox.
    if (g_armed || g_failures > kMaxFailures) return;
    std::memset(&g_iosb, 0, sizeof g_iosb);
    unsigned int st = sys$qio(EFN$C_ENF, g_chan, IO$_READVBLK, &g_iosb, ast(&on_read), 0, g_buf, sizeof g_buf, 0,
                              0, 0, 0);
    g_armed = ok(st);
}

bool termination_signalled() {
    if (g_signalled.exchange(0, std::memory_order_acquire) == 0) return false;
    finish_read();
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
