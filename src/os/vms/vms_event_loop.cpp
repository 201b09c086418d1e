// The OpenVMS event loop and command channel (src/os/event_loop.h,
// command_channel.h; reference/vms-services.md 3, 4).
//
// ASTs only set a flag and $WAKE; run_once, at the main level, looks at the
// flags and reports what happened, and $HIBERs when there is nothing
// (vms-services.md 4: a $WAKE that comes before the $HIBER is remembered, so
// no wakeup is lost; HIB-1). Three sources, one AST request outstanding
// each:
//   - the termination mailbox (vms_termination.cpp): exits of processes,
//     with their real final status, for own and adopted processes alike
//     (a write-attention AST, the messages read at the main level);
//   - the command mailbox: one IO$_READVBLK with an AST; a completed read is
//     handled at the main level, then up to kReadsPerWake more messages are
//     taken with IO$M_NOW before the read is queued again;
//   - $SETIMR for the deadline given to run_once, cancelled when run_once
//     returns. Without a deadline nothing is armed but the command read and
//     the termination mailbox's write attention: an
//     idle server does not wake.
// A request read by the queued read of a server that is being killed is
// lost with it: its client times out and may ask again (as a Linux client
// whose connection closes).
// Single-threaded: no AST routine touches anything but an atomic flag, and
// nothing here starts a thread (outer-mode ASTs are not serial with several
// kernel threads, tests/vms/README.md).
//
// The command mailbox is permanent (3.1, needs PRMMBX), READONLY for the
// server, named by the channel's logical name (SUPERVISORD_CMD), so clients
// reach it by name whichever server runs. Requests carry the client's reply
// mailbox (vms_wire.h); replies go out with IO$M_NOW|IO$M_NORSWAIT (CORRECTION
// BOX (5): a full client mailbox must never block the server), and a client
// whose mailbox is full or gone is dropped. The sender is the IOSB's PID;
// its UIC and privileges come from $GETJPI (3.4).
//
// Control: a detached OpenVMS server has no signals; SHUTDOWN and RELOAD
// arrive as requests. on_control is never called here ($FORCEX of the server
// would need an exit handler, $DCLEXH, which the simulator lacks).
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <deque>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include <unistd.h>

#include "os/event_loop.h"
#include "os/vms/vms_termination.h"
#include "os/vms/vms_util.h"
#include "os/vms/vms_wire.h"

#include <agndef.h>
#include <cmbdef.h>
#include <iodef.h>
#include <prvdef.h>

namespace sv::os {

namespace {

using namespace vms;

constexpr uint64_t kTimerId = 0x53565430;   // $SETIMR reqidt of the deadline timer
constexpr int kReadsPerWake = 32;
constexpr size_t kMaxPeers = 1024;          // reply mailboxes remembered
constexpr size_t kMaxBuffer = 65535;        // largest mailbox message (3.1)
constexpr int kMaxFailures = 16;            // failed reads in a row before a channel is given up
constexpr int64_t kPollMs = 50;             // look again after a wakeup could not be queued

std::atomic<uint32_t> g_cmd_done{0};
std::atomic<uint32_t> g_timer_fired{0};

// Static: the read buffer and IOSB must stay put while the read is queued,
// and be 32-bit addressable.
unsigned char g_cmd_buf[kMaxBuffer];
IOSB g_cmd_iosb;
unsigned char g_out_buf[kMaxBuffer];

// AST level: a flag and $WAKE(0, 0) of this process (vms-services.md 4),
// whose status no AST routine could act on (it can only fail for another
// process: SS$_NONEXPR, SS$_NOPRIV).
void cmd_ast(int64_t) {
    g_cmd_done.store(1, std::memory_order_release);
    (void)sys$wake(nullptr, nullptr);
}
void timer_ast(int64_t) {
    g_timer_fired.store(1, std::memory_order_release);
    (void)sys$wake(nullptr, nullptr);
}

int64_t monotonic_ms() {
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// The channel's access string: the server passes the Linux-style mode of
// the configuration ("0600", "0660 owner"). On OpenVMS the mailbox's
// protection mask (3.1: 4 bits per class, a set bit denies): system and
// owner always read and write; group / world may write requests when the
// mode's group / other bits allow writing. Peers so admitted are `granted`.
struct Access {
    unsigned int promsk = 0xFF00;
    bool group = false;
    bool world = false;
};
bool parse_access(const std::string& s, Access* a, std::string* error) {
    if (s.empty()) return *a = Access{}, true;   // the owner alone
    std::string bits = s.substr(0, s.find(' '));
    if (bits.empty() || bits.size() > 4 || bits.find_first_not_of("01234567") != std::string::npos) {
        if (error) *error = "channel access '" + s + "': expected an octal mode such as 0600";
        return false;
    }
    unsigned mode = static_cast<unsigned>(std::stoul(bits, nullptr, 8));
    a->group = (mode & 0020) != 0;
    a->world = (mode & 0002) != 0;
    a->promsk = 0xFF00;
    if (a->group) a->promsk &= ~0x0200u;   // group: write
    if (a->world) a->promsk &= ~0x2000u;   // world: write
    return true;
}

class VmsLoop;

class VmsChannel : public CommandChannel {
public:
    bool listen(const ChannelOptions& opts, std::string* error) override {
        if (chan_) return true;
        if (!parse_access(opts.access, &access_, error)) return false;
        std::string name = upper_trim(opts.name);
        if (name.empty() || name.size() > 255) return *error = "'" + opts.name + "' cannot be a logical name", false;
        max_message_ = opts.max_message < 512 ? 512 : opts.max_message;
        unsigned int maxmsg = static_cast<unsigned int>(max_message_ + kFrameOverhead);
        if (maxmsg > kMaxBuffer) maxmsg = kMaxBuffer;
        Name lognam(name);
        // Permanent (prmflg 1): an existing mailbox of that logical name is
        // simply assigned (3.1, MBX-23), with the requests it holds.
        unsigned int st = sys$crembx(1, &chan_, maxmsg, maxmsg * 8, access_.promsk, 0, &lognam.d, CMB$M_READONLY);
        if (!ok(st)) {
            chan_ = 0;
            return *error = failure("cannot create the command mailbox " + name + " ($CREMBX, needs PRMMBX and SYSNAM)", st),
                   false;
        }
        maxmsg_ = maxmsg;
        name_ = name;
        arm();
        return true;
    }

    void close_channel() override {
        if (!chan_) return;
        // Shutdown: nothing is left to do about a refusal of these three,
        // so their statuses are not acted on. $CANCEL ends the queued read
        // (its IOSB SS$_CANCEL, vms-simulator.md 3.3); $DELMBX marks the
        // permanent mailbox, gone with our channel (3.1), its name at once
        // (CONTRACT MBX-22); $DASSGN releases the channel (3.2).
        (void)sys$cancel(chan_);
        (void)sys$delmbx(chan_);
        (void)sys$dassgn(chan_);
        chan_ = 0;
        armed_ = false;
        peers_.clear();
        order_.clear();
    }

    // A channel to the reply mailbox for this reply only ($ASSIGN WRITEONLY,
    // then $DASSGN, 3.2): the server holds no channel per client between
    // replies. Each write: R0 says it was queued, the IOSB how it went
    // (SS$_MBFULL, SS$_NOREADER come there: CORRECTION BOX (5), 3.3).
    void send(ReplyTo to, const std::vector<std::vector<uint8_t>>& messages) override {
        auto it = peers_.find(to);
        if (it == peers_.end()) return;
        Name dev(it->second);
        unsigned short chan = 0;
        unsigned int st = sys$assign(&dev.d, &chan, 0, nullptr, AGN$M_WRITEONLY);
        if (!ok(st)) {   // the client and its temporary mailbox are gone
            drop(to);
            return;
        }
        for (const auto& m : messages) {
            size_t n = m.size() < kMaxBuffer ? m.size() : kMaxBuffer;
            std::memcpy(g_out_buf, m.data(), n);
            IOSB iosb;
            std::memset(&iosb, 0, sizeof iosb);
            st = sys$qiow(EFN$C_ENF, chan, IO$_WRITEVBLK | IO$M_NOW | IO$M_NORSWAIT, &iosb, nullptr, 0, g_out_buf,
                          static_cast<int64_t>(n), 0, 0, 0, 0);
            if (ok(st)) st = iosb.iosb$w_status;
            if (!ok(st)) {   // SS$_MBFULL, SS$_NOREADER...: the client does not read
                drop(to);
                break;
            }
        }
        // A channel of our own that only wrote with IO$M_NOW: nothing is
        // pending on it, and a refusal would change nothing (3.2).
        (void)sys$dassgn(chan);
    }

    void hang_up(ReplyTo to) override { drop(to); }

    // Open, not given up, and no read queued: a $HIBER now could wait
    // for a request that nothing would report.
    bool stalled() const { return chan_ && !armed_ && failures_ <= kMaxFailures; }

    // Main level: every request that arrived, handed to `report`. True
    // when at least one was.
    template <typename F>
    bool take(F&& report) {
        if (!chan_) return false;
        bool any = false;
        if (armed_ && iosb_status(g_cmd_iosb) != 0) {
            armed_ = false;
            g_cmd_done.store(0);
            if (ok(g_cmd_iosb.iosb$w_status)) {
                failures_ = 0;
                any |= handle(g_cmd_buf, g_cmd_iosb, report);
            } else if (++failures_ > kMaxFailures) {
                // A read that fails at once, again and again, would spin the
                // loop: the channel is given up (requests are no longer read).
                return any;
            }
            // More queued? Take them now, bounded.
            for (int k = 0; k < kReadsPerWake; ++k) {
                IOSB iosb;
                std::memset(&iosb, 0, sizeof iosb);
                unsigned int st = sys$qiow(EFN$C_ENF, chan_, IO$_READVBLK | IO$M_NOW, &iosb, nullptr, 0, g_cmd_buf,
                                           maxmsg_, 0, 0, 0, 0);
                if (ok(st)) st = iosb.iosb$w_status;
                if (!ok(st)) break;   // SS$_ENDOFFILE: empty
                any |= handle(g_cmd_buf, iosb, report);
            }
        }
        if (!armed_ && failures_ <= kMaxFailures) arm();
        return any;
    }

private:
    // $QIO says only whether the read was queued (vms-services.md 0); how
    // it ended is in g_cmd_iosb, looked at by take(). A refusal (SS$_EXQUOTA
    // of BIOLM or ASTLM, 4) leaves the channel stalled(): run_once then
    // polls instead of $HIBERing with no read queued, and asks again.
    void arm() {
        if (!chan_ || armed_) return;
        std::memset(&g_cmd_iosb, 0, sizeof g_cmd_iosb);
        unsigned int st = sys$qio(EFN$C_ENF, chan_, IO$_READVBLK, &g_cmd_iosb, ast(&cmd_ast), 0, g_cmd_buf, maxmsg_,
                                  0, 0, 0, 0);
        armed_ = ok(st);
    }

    template <typename F>
    bool handle(const unsigned char* buf, const IOSB& iosb, F&& report) {
        std::string device;
        std::vector<uint8_t> request;
        if (!unframe(buf, iosb.iosb$w_bcnt, &device, &request)) return false;   // not a request: no one to answer
        // A request longer than max_message is handed on cut to
        // max_message + 1 bytes, so the codec rejects it as too long.
        if (request.size() > max_message_ + 1) request.resize(max_message_ + 1);
        unsigned int pid = iosb.iosb$l_pid;   // filled in by the system (3.3)
        JpiInfo who;
        unsigned int st = getjpi(pid, "", &who);
        if (!ok(st)) return false;   // the client is gone already (3.4): nobody to answer
        Peer peer;
        char text[96];
        std::snprintf(text, sizeof text, "[%o,%o] PID %08X %s", who.uic >> 16, who.uic & 0xFFFF, pid,
                      who.username.c_str());
        peer.who = text;
        peer.same_user = who.uic == self().uic;
        peer.privileged = (who.curpriv >> PRV$V_SYSPRV) & 1;
        bool same_group = (who.uic >> 16) == (self().uic >> 16);
        peer.granted = !peer.same_user && ((access_.group && same_group) || access_.world);
        ReplyTo token = ++next_token_;
        peers_[token] = device;
        order_.push_back(token);
        while (order_.size() > kMaxPeers) {
            drop(order_.front());
            order_.pop_front();
        }
        report(token, peer, request);
        return true;
    }

    void drop(ReplyTo to) { peers_.erase(to); }

    unsigned short chan_ = 0;
    unsigned int maxmsg_ = 0;
    size_t max_message_ = 4096;
    bool armed_ = false;
    int failures_ = 0;   // command reads in a row that failed
    std::string name_;
    Access access_;
    ReplyTo next_token_ = 0;
    std::map<ReplyTo, std::string> peers_;   // reply mailbox device of each request
    std::deque<ReplyTo> order_;
};

class VmsLoop : public EventLoop {
public:
    CommandChannel& channel() override { return channel_; }

    bool watch(int64_t pid, bool, std::string* error) override {
        unsigned int p = static_cast<unsigned int>(pid);
        Ended e;
        termination_poll();
        if (termination_find(p, &e)) {   // ended, status known: reported by the next run_once
            watched_.insert(p);
            return true;
        }
        JpiInfo who;
        unsigned int st = getjpi(p, "", &who);
        if (ok(st) || st == SS$_SUSPENDED || st == SS$_NOPRIV) {
            watched_.insert(p);
            return true;
        }
        termination_poll();
        if (termination_find(p, &e)) {
            watched_.insert(p);
            return true;
        }
        if (error) *error = failure("no such process", st);
        return false;
    }

    void forget(int64_t pid) override { watched_.erase(static_cast<unsigned int>(pid)); }

    void run_once(int64_t deadline_ms, LoopSink& sink) override {
        bool timer = false;
        // Bounded by events: each pass either reports something and returns,
        // or $HIBERs until an AST wakes it (or, when a read, the write
        // attention or the timer could not be queued, waits kPollMs at most).
        for (;;) {
            termination_arm();
            bool any = report_exits(sink);
            any |= channel_.take([&](ReplyTo t, const Peer& p, const std::vector<uint8_t>& m) {
                sink.on_request(t, p, m);
            });
            if (deadline_ms >= 0 && monotonic_ms() >= deadline_ms) {
                sink.on_deadline();
                any = true;
            }
            if (any) break;
            bool poll = channel_.stalled() || !termination_armed();
            if (deadline_ms >= 0 && !timer) {
                int64_t delta = delta_ms(deadline_ms - monotonic_ms());
                g_timer_fired.store(0);
                // $SETIMR (4): a refusal (SS$_EXQUOTA: TQELM or ASTLM) must
                // not leave a $HIBER that no timer ends: poll instead.
                timer = ok(sys$setimr(EFN$C_ENF, reinterpret_cast<struct _generic_64*>(&delta), ast(&timer_ast),
                                      kTimerId, 0));
                poll = poll || !timer;
            }
            if (poll) {
                // Something that should wake us could not be queued: look
                // again soon (bounded by kPollMs, and by the deadline).
                int64_t wait = kPollMs;
                if (deadline_ms >= 0 && deadline_ms - monotonic_ms() < wait) wait = deadline_ms - monotonic_ms();
                if (wait > 0) ::usleep(static_cast<useconds_t>(wait * 1000));   // C RTL
            } else {
                // $HIBER returns SS$_NORMAL only (4); a $WAKE that came
                // before it is remembered (HIB-1).
                (void)sys$hiber();
            }
            termination_signalled();
            if (g_timer_fired.exchange(0)) timer = false;
        }
        // $CANTIM of a timer that already fired is no error; its status
        // changes nothing here (4).
        if (timer) (void)sys$cantim(kTimerId, 0);
    }

private:
    bool report_exits(LoopSink& sink) {
        termination_signalled();
        termination_poll();
        std::vector<std::pair<unsigned int, Ended>> done;
        for (unsigned int pid : watched_) {
            Ended e;
            if (termination_find(pid, &e)) done.emplace_back(pid, e);
        }
        for (const auto& [pid, e] : done) {
            watched_.erase(pid);
            termination_erase(pid);
            sink.on_child_exit(pid, ExitStatus::exited(e.status));
        }
        return !done.empty();
    }

    VmsChannel channel_;
    std::set<unsigned int> watched_;
};

}  // namespace

std::unique_ptr<EventLoop> make_event_loop(std::string*) { return std::make_unique<VmsLoop>(); }

}  // namespace sv::os
