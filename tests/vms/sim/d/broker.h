// broker.h: vmssimd, the simulated OpenVMS executive for what processes share:
// mailboxes, shareable logical-name tables, the process table and termination
// messages. Single-threaded: every operation runs to completion in turn (like the
// MAILBOX spinlock on OpenVMS), so no locks. Behaviours and sources:
// tests/vms/sim/CONTRACT.md.
#ifndef VMSSIM_BROKER_H
#define VMSSIM_BROKER_H

#include <sys/types.h>

#include <cstdint>
#include <deque>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "../common/files.h"
#include "../common/wire.h"

namespace vmssim {

struct Params;  // tunables for [U] behaviours, ../common/params.h

// The username of processes not created by $CREPRC (VMSSIM_USERNAME, SIMUSER).
std::string default_username();

struct Conn;

// One queued mailbox message (or EOF marker).
struct Message {
    std::string data;
    std::uint32_t writer_pid = 0;
    bool eof = false;
    Conn *waiting_writer = nullptr;  // a write without IO$M_NOW completes when read
    std::uint32_t writer_reqid = 0;
    std::uint16_t writer_chan = 0;
};

struct PendingRead {
    Conn *conn;
    std::uint16_t chan;
    std::uint32_t reqid;
    std::uint32_t size;
    std::uint32_t func;
};

struct DeferredWrite {  // a write in resource wait (RWMBX): its $QIO has not returned
    Conn *conn;
    std::uint32_t seq;
    std::uint16_t chan;
    std::uint32_t reqid;
    std::uint32_t func;
    std::string data;
};

struct Attn {
    Conn *conn;
    std::uint16_t chan;
    std::uint32_t token;
};

struct Mailbox {
    std::uint32_t unit = 0;
    bool permanent = false;
    bool marked = false;  // $DELMBX done
    std::uint32_t maxmsg = 0, bufquo = 0, used = 0;
    std::uint32_t promsk = 0;
    std::string lognam, lnm_table;  // where its logical name lives ("" = none)
    int channels = 0, readers = 0, writers = 0;
    std::deque<Message> queue;
    std::deque<PendingRead> reads;
    std::deque<DeferredWrite> rwait;
    std::vector<Attn> wrtattn, readattn, roomattn;
};

struct Channel {
    std::uint32_t unit;
    bool can_read, can_write;
};

// A process: a Linux process plus, once it has said HELLO, its connection.
struct Proc {
    std::uint32_t pid = 0;
    pid_t lpid = 0;
    std::string name;
    std::uint32_t uic = 0;
    std::uint64_t login = 0;  // VMS time
    std::uint32_t owner = 0, creator = 0;
    std::uint16_t mbxunt = 0;
    std::uint64_t priv = 0;
    std::string image;
    bool child = false;     // forked by the broker: final status from waitpid too
    bool reaped = false;
    bool delprc = false;    // $DELPRC: final status 0 [M]
    bool have_exit = false;
    std::uint32_t exit_status = 0;
    Conn *conn = nullptr;
    // The image DCL ($ RUN, $ MCR) runs in this process: a second connection
    // claiming the same PID. Its end runs down only that image.
    Conn *image_conn = nullptr;
    std::vector<std::uint32_t> pending_forcex;
    bool pending_wake = false;
    // Identity: the username (JPI$_USERNAME) of the natural persona, and the
    // personas $PERSONA_CREATE made for this process (persona.cpp).
    std::string username;
    std::map<std::uint32_t, std::pair<std::string, std::uint32_t>> personas;  // id -> username, UIC
    std::uint32_t active_persona = 1;  // ISS$C_ID_NATURAL
    std::uint32_t next_persona = 0x10001;
    bool delete_pending = false;  // the active persona was deleted (SS$_PERSONADELPEND)
};

struct Conn {
    int fd = -1;
    Proc *proc = nullptr;
    bool image = false;  // an image run by DCL (Proc::image_conn)
    std::map<std::uint16_t, Channel> channels;
};

// Logical names (section 3.5 of vms-simulator.md).
struct LogicalName {
    std::uint8_t acmode = 3;
    std::uint32_t attr = 0;
    std::vector<std::string> eqv;
};

struct LnmTable {
    std::string name;
    std::string parent;
    std::uint32_t owner_pid = 0;  // 0 = shareable
    std::uint32_t quota = 0, used = 0;
    std::uint8_t acmode = 3;
    // key: name, then access mode (a name may exist once per mode)
    std::map<std::string, std::map<std::uint8_t, LogicalName>> names;
};

class Broker {
public:
    explicit Broker(std::string run_dir);
    int run();  // the loop; returns the exit code

private:
    // loop and connections (main.cpp)
    void accept_conn();
    void read_conn(Conn *c);
    void close_conn(Conn *c);
    void reap_children();
    void send(Conn *c, const Writer &w);
    void reply(Conn *c, std::uint32_t seq, std::int32_t status);
    void dispatch(Conn *c, std::uint32_t op, std::uint32_t seq, Reader &r);

    // processes (process.cpp)
    void op_hello(Conn *c, std::uint32_t seq, Reader &r);
    void op_creprc(Conn *c, std::uint32_t seq, Reader &r);
    void op_forcex(Conn *c, std::uint32_t seq, Reader &r);
    void op_delprc(Conn *c, std::uint32_t seq, Reader &r);
    void op_getjpi(Conn *c, std::uint32_t seq, Reader &r);
    void op_wake(Conn *c, std::uint32_t seq, Reader &r);
    Proc *find_proc(Conn *c, std::uint32_t pid, const std::string &name, std::int32_t *st);
    // The next process of a wildcard $GETJPI the caller may see; *ctx updated.
    Proc *next_visible(Conn *c, std::uint32_t *ctx);
    Proc *new_proc(std::uint32_t uic);
    void rundown(Conn *c);
    void maybe_delete(Proc *p);
    void write_termination(const Proc &p, std::uint32_t final_status);
    std::string image_path(const std::string &image) const;
    pid_t spawn(const Proc &p, const std::string &path, const std::string &output,
                const std::string &error);
    files::Spec output_spec(const std::string &spec);

    // personas and the simulated SYSUAF (persona.cpp)
    void op_persona_create(Conn *c, std::uint32_t seq, Reader &r);
    void op_persona_assume(Conn *c, std::uint32_t seq, Reader &r);
    void op_persona_delete(Conn *c, std::uint32_t seq, Reader &r);
    void reply_u32(Conn *c, std::uint32_t seq, std::uint32_t value);  // SS$_NORMAL and one u32
    // The username and UIC a process created by `creator` with these flags gets.
    void child_identity(const Proc &creator, std::uint32_t stsflg, std::string *username, std::uint32_t *uic) const;

    // mailboxes (mailbox.cpp)
    void op_crembx(Conn *c, std::uint32_t seq, Reader &r);
    void op_delmbx(Conn *c, std::uint32_t seq, Reader &r);
    void op_assign(Conn *c, std::uint32_t seq, Reader &r);
    void op_dassgn(Conn *c, std::uint32_t seq, Reader &r);
    void op_cancel(Conn *c, std::uint32_t seq, Reader &r);
    void op_qio(Conn *c, std::uint32_t seq, Reader &r);
    void op_getdvi(Conn *c, std::uint32_t seq, Reader &r);
    std::uint16_t add_channel(Conn *c, Mailbox &m, std::uint32_t flags);
    void deassign(Conn *c, std::uint16_t chan);
    void cancel_io(Conn *c, std::uint16_t chan, bool deassigning);
    void maybe_delete_mailbox(std::uint32_t unit);
    Mailbox *mailbox_by_name(Conn *c, const std::string &devnam);
    // Returns the IOSB status of a write; false = resource wait (caller defers).
    bool mbx_write(Mailbox &m, Message msg, std::uint32_t func, std::uint32_t *iosb_st,
                   std::uint32_t *iosb_pid);
    void mbx_read(Conn *c, Mailbox &m, std::uint16_t chan, std::uint32_t reqid,
                  std::uint32_t size, std::uint32_t func);
    void deliver(Mailbox &m, const PendingRead &rd);
    void fire(std::vector<Attn> &list);
    void retry_rwait(Mailbox &m);
    void io_done(Conn *c, std::uint32_t reqid, std::uint32_t st, std::uint32_t bcnt,
                 std::uint32_t pid, const std::string &data = {});

    // logical names (lnm.cpp)
    void op_crelnt(Conn *c, std::uint32_t seq, Reader &r);
    void op_crelnm(Conn *c, std::uint32_t seq, Reader &r);
    void op_trnlnm(Conn *c, std::uint32_t seq, Reader &r);
    void op_dellnm(Conn *c, std::uint32_t seq, Reader &r);
    std::vector<LnmTable *> resolve_tables(Conn *c, const std::string &tabnam, int depth = 0);
    LnmTable *process_table(std::uint32_t pid);
    std::int32_t define(LnmTable &t, const std::string &name, std::uint8_t mode,
                        std::uint32_t attr, const std::vector<std::string> &eqv);
    const LogicalName *lookup(Conn *c, const std::string &tabnam, const std::string &name,
                              std::uint8_t mode, bool case_blind, LnmTable **where);
    void drop_process_tables(std::uint32_t pid);

    std::string run_dir_;
    int listen_fd_ = -1, signal_fd_ = -1;
    bool stopping_ = false;
    std::map<int, std::unique_ptr<Conn>> conns_;
    std::map<std::uint32_t, std::unique_ptr<Proc>> procs_;  // by VMS pid
    std::map<std::uint32_t, Mailbox> mailboxes_;            // by unit
    std::map<std::string, LnmTable> tables_;                // by table name
    std::uint32_t next_unit_;
    std::uint32_t seq_by_index_[4096] = {};
};

}  // namespace vmssim
#endif
