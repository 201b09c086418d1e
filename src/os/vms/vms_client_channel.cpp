// The client's end of the command channel on OpenVMS (src/os/client_channel.h).
//
// The request goes to the server's mailbox (the logical name, e.g.
// SUPERVISORD_CMD), assigned WRITEONLY (vms-services.md 3.2), written with
// IO$M_NOW|IO$M_NORSWAIT|IO$M_READERCHECK: never hang on a wedged server,
// and learn from SS$_NOREADER (in the IOSB, CORRECTION BOX (5)) that no
// server reads it. Replies come to a temporary mailbox of the client's own
// ($CREMBX prmflg 0, 3.1), whose device name travels in every request
// (vms_wire.h). A receive queues one read with an AST and, with a timeout, a
// $SETIMR, then $HIBERs until either AST has run.
#include <atomic>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "os/client_channel.h"
#include "os/vms/vms_util.h"
#include "os/vms/vms_wire.h"

#include <agndef.h>
#include <cmbdef.h>
#include <dvidef.h>
#include <iodef.h>

namespace sv::os {

namespace {

using namespace vms;

constexpr uint64_t kTimerId = 0x53564331;
constexpr size_t kMaxBuffer = 65535;

std::atomic<uint32_t> g_read_done{0};
std::atomic<uint32_t> g_timed_out{0};
unsigned char g_buf[kMaxBuffer];
IOSB g_iosb;

// AST level: a flag and $WAKE(0, 0) of this process, which cannot fail
// (vms-services.md 4).
void read_ast(int64_t) {
    g_read_done.store(1);
    (void)sys$wake(nullptr, nullptr);
}
void timer_ast(int64_t) {
    g_timed_out.store(1);
    (void)sys$wake(nullptr, nullptr);
}

class MailboxClient : public ClientChannel {
public:
    MailboxClient(unsigned short server, unsigned short reply, std::string device, size_t max_message)
        : server_(server), reply_(reply), device_(std::move(device)), max_message_(max_message) {}
    // The client is done: a refusal would change nothing, so the statuses
    // are not acted on. The temporary mailbox goes with its last channel (3.1),
    // and image exit deassigns both anyway.
    ~MailboxClient() override {
        (void)sys$dassgn(server_);
        (void)sys$dassgn(reply_);
    }
    MailboxClient(const MailboxClient&) = delete;
    MailboxClient& operator=(const MailboxClient&) = delete;

    bool send(const std::vector<uint8_t>& message, std::string* error) override {
        std::vector<uint8_t> f = frame(device_, message);
        if (f.size() > kMaxBuffer) return *error = "request too long", false;
        std::memcpy(g_buf, f.data(), f.size());
        IOSB iosb;
        std::memset(&iosb, 0, sizeof iosb);
        unsigned int st = sys$qiow(EFN$C_ENF, server_, IO$_WRITEVBLK | IO$M_NOW | IO$M_NORSWAIT | IO$M_READERCHECK,
                                   &iosb, nullptr, 0, g_buf, static_cast<int64_t>(f.size()), 0, 0, 0, 0);
        if (ok(st)) st = iosb.iosb$w_status;
        if (!ok(st)) {
            *error = st == SS$_NOREADER ? "no server reads the command mailbox (SS$_NOREADER)"
                                        : failure("cannot write to the command mailbox", st);
            return false;
        }
        return true;
    }

    Received receive_message(std::vector<uint8_t>& message, int64_t timeout_ms, std::string* error) override {
        if (broken_) return *error = "the reply mailbox has a read that could not be cancelled", Received::failed;
        g_read_done.store(0);
        g_timed_out.store(0);
        std::memset(&g_iosb, 0, sizeof g_iosb);
        unsigned int st = sys$qio(EFN$C_ENF, reply_, IO$_READVBLK, &g_iosb, ast(&read_ast), 0, g_buf,
                                  static_cast<int64_t>(max_message_ < kMaxBuffer ? max_message_ : kMaxBuffer), 0, 0,
                                  0, 0);
        if (!ok(st)) return *error = failure("cannot read the reply mailbox", st), Received::failed;
        bool timer = false;
        if (timeout_ms >= 0) {
            int64_t delta = delta_ms(timeout_ms);
            st = sys$setimr(EFN$C_ENF, reinterpret_cast<struct _generic_64*>(&delta), ast(&timer_ast), kTimerId, 0);
            if (!ok(st)) {
                // No timer (SS$_EXQUOTA: TQELM, 4): the wait below would have
                // no end if no reply came. The read is taken back first.
                *error = failure("cannot time the wait for the reply ($SETIMR)", st);
                cancel_read(error);   // its own failure, if any, replaces the message
                return Received::failed;
            }
            timer = true;
        }
        // Bounded by the two ASTs: the read's, or the timer's.
        // $HIBER returns SS$_NORMAL only (4).
        while (!g_read_done.load() && iosb_status(g_iosb) == 0 && !g_timed_out.load()) (void)sys$hiber();
        // Cancelling a timer that already fired is no error (4).
        if (timer) (void)sys$cantim(kTimerId, 0);
        if (iosb_status(g_iosb) == 0) {
            // Timed out: the read is taken back.
            if (!cancel_read(error)) return Received::failed;
            // SS$_CANCEL (queued) or SS$_ABORT (in progress) when taken back
            // (HELP $CANCEL; vms-simulator.md 3.3); else it completed first.
            unsigned short how = g_iosb.iosb$w_status;
            if (how == SS$_CANCEL || how == SS$_ABORT || how == 0) return Received::timed_out;
        }
        st = g_iosb.iosb$w_status;
        if (!ok(st)) return *error = failure("reading the reply mailbox", st), Received::failed;
        message.assign(g_buf, g_buf + g_iosb.iosb$w_bcnt);
        return Received::message;
    }

private:
    // $CANCEL of the queued read, then the wait for its AST, which still
    // comes (CONTRACT MBX-17): the read's buffer and IOSB are static and the
    // next receive reuses them. False when $CANCEL is refused (the channel
    // is then unusable: its read may still complete).
    bool cancel_read(std::string* error) {
        unsigned int st = sys$cancel(reply_);
        if (!ok(st)) {
            broken_ = true;
            *error = failure("cannot cancel the read of the reply mailbox ($CANCEL)", st);
            return false;
        }
        // Bounded: the AST comes once; each $HIBER ends with a $WAKE.
        for (int k = 0; k < 1000 && iosb_status(g_iosb) == 0 && !g_read_done.load(); ++k) (void)sys$hiber();
        if (iosb_status(g_iosb) == 0) broken_ = true;   // still queued: its buffer is not ours again
        return true;
    }

    bool broken_ = false;
    unsigned short server_, reply_;
    std::string device_;
    size_t max_message_;
};

}  // namespace

std::unique_ptr<ClientChannel> open_channel(const std::string& path, size_t max_message, OpenFailure* why,
                                            std::string* error) {
    std::string name = upper_trim(path);
    if (name.empty() || name.size() > 255) {
        *why = OpenFailure::bad_path;
        *error = "'" + path + "' cannot be a logical name";
        return nullptr;
    }
    Name lognam(name);
    unsigned short server = 0;
    unsigned int st = sys$assign(&lognam.d, &server, 0, nullptr, AGN$M_WRITEONLY);
    if (!ok(st)) {
        *why = st == SS$_NOPRIV ? OpenFailure::not_permitted
             : (st == SS$_NOSUCHDEV || st == SS$_IVDEVNAM || st == SS$_IVLOGNAM) ? OpenFailure::no_server
                                                                                 : OpenFailure::other;
        *error = failure("cannot assign " + name, st);
        return nullptr;
    }
    // A permanent command mailbox outlives a server that died: whether one
    // reads it now is asked with an empty write and IO$M_READERCHECK
    // (SS$_NOREADER in the IOSB, CORRECTION BOX (5)); a live server reads
    // the empty message and drops it (not a request).
    {
        IOSB iosb;
        std::memset(&iosb, 0, sizeof iosb);
        st = sys$qiow(EFN$C_ENF, server, IO$_WRITEVBLK | IO$M_NOW | IO$M_NORSWAIT | IO$M_READERCHECK, &iosb, nullptr,
                      0, g_buf, 0, 0, 0, 0, 0);
        if (ok(st)) st = iosb.iosb$w_status;
        if (st == SS$_NOREADER) {
            (void)sys$dassgn(server);   // a failure is being reported
            *why = OpenFailure::refused;
            *error = "no server reads " + name + " (SS$_NOREADER)";
            return nullptr;
        }
        // SS$_MBFULL (NORSWAIT, 3.3): a server reads, it is only busy; the
        // request's own write says so if it stays full. Anything else: the
        // mailbox cannot be written.
        if (!ok(st) && st != SS$_MBFULL) {
            (void)sys$dassgn(server);
            *why = OpenFailure::other;
            *error = failure("cannot write to " + name, st);
            return nullptr;
        }
    }
    if (max_message < 512) max_message = 512;
    unsigned short reply = 0;
    st = sys$crembx(0, &reply, static_cast<unsigned int>(max_message), static_cast<unsigned int>(max_message * 4),
                    0xFF00, 0, nullptr, CMB$M_READONLY);
    if (!ok(st)) {
        (void)sys$dassgn(server);   // a failure is being reported
        *why = OpenFailure::other;
        *error = failure("cannot create a reply mailbox ($CREMBX, needs TMPMBX)", st);
        return nullptr;
    }
    char dev[64];
    unsigned short len = 0;
    ILE3 items[2];
    items[0] = item(DVI$_DEVNAM, dev, sizeof dev, &len);
    items[1] = end_item();
    IOSB iosb;
    std::memset(&iosb, 0, sizeof iosb);
    st = sys$getdviw(EFN$C_ENF, reply, nullptr, items, &iosb, nullptr, 0, nullptr);
    if (ok(st)) st = iosb.iosb$l_getxxi_status;   // R0, then the IOSB (vms-services.md 0, 3.1)
    if (!ok(st) || len == 0 || len > kMaxDeviceName) {
        (void)sys$dassgn(server);   // a failure is being reported
        (void)sys$dassgn(reply);
        *why = OpenFailure::other;
        *error = failure("cannot name the reply mailbox ($GETDVIW)", st);
        return nullptr;
    }
    *why = OpenFailure::none;
    return std::make_unique<MailboxClient>(server, reply, std::string(dev, len), max_message);
}

}  // namespace sv::os
