// process.cpp: the process table, $CREPRC of detached processes, $FORCEX, $DELPRC,
// $GETJPI, $WAKE, rundown and the termination message.
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>

#include "../common/files.h"
#include "../common/images.h"
#include "../common/params.h"
#include "broker.h"

namespace vmssim {
namespace {

constexpr std::uint32_t kNormal = 1, kNonexpr = 2280, kDuplnam = 148, kIvlognam = 340,
                        kIvstsflg = 380, kRmsFnf = 0x18292;
constexpr std::uint32_t kStsflgValid = 0x07FFFFFF;  // PRC$M_SSRWAIT .. PRC$M_KT_LIMIT
constexpr std::uint32_t kPidBase = 0x20200000;       // [U] shape: index + sequence
constexpr std::uint32_t kNomoreproc = 2472;          // SS$_NOMOREPROC (SSDEF dump [S])
constexpr std::uint32_t kWildcardBase = 0xFFFF0000;   // a wildcard $GETJPI context (PRC-22)
constexpr std::uint64_t kPrvGroup = 1ULL << 8, kPrvWorld = 1ULL << 16;  // PRV$V_GROUP, PRV$V_WORLD [S]

std::uint64_t vms_now() {
    timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return kVmsEpochOffset + static_cast<std::uint64_t>(ts.tv_sec) * 10000000ULL +
           static_cast<std::uint64_t>(ts.tv_nsec) / 100;
}

std::string username() {
    const char *u = std::getenv("VMSSIM_USERNAME");
    return u && *u ? u : "SIMUSER";
}

void put32(std::string &b, std::size_t off, std::uint32_t v) { std::memcpy(&b[off], &v, 4); }
void put64(std::string &b, std::size_t off, std::uint64_t v) { std::memcpy(&b[off], &v, 8); }
void putpad(std::string &b, std::size_t off, std::size_t n, const std::string &s) {
    for (std::size_t i = 0; i < n; ++i) b[off + i] = i < s.size() ? s[i] : ' ';
}

}  // namespace

std::string default_username() { return username(); }

Proc *Broker::new_proc(std::uint32_t uic) {
    std::uint32_t index = 0x10;
    auto in_use = [this](std::uint32_t i) {
        for (auto &kv : procs_)
            if ((kv.first & 0xFFF) == i) return true;
        return false;
    };
    while (index < 4096 && in_use(index)) ++index;
    if (index >= 4096) return nullptr;
    std::uint32_t seq = ++seq_by_index_[index] & 0x1FF;
    auto p = std::make_unique<Proc>();
    p->pid = kPidBase | (seq << 12) | index;
    p->uic = uic;
    p->login = vms_now();
    p->priv = ~0ULL;  // privilege checks are not simulated (but IMPERSONATE, persona.cpp)
    p->username = username();
    Proc *raw = p.get();
    procs_[raw->pid] = std::move(p);
    return raw;
}

Proc *Broker::find_proc(Conn *c, std::uint32_t pid, const std::string &name, std::int32_t *st) {
    *st = static_cast<std::int32_t>(kNormal);
    Proc *found = nullptr;
    if (pid == 0 && name.empty()) {
        found = c->proc;
    } else if (pid != 0) {
        auto it = procs_.find(pid);
        if (it != procs_.end()) found = it->second.get();
    } else {
        for (auto &kv : procs_)
            if (kv.second->name == name && (kv.second->uic >> 16) == (c->proc->uic >> 16))
                found = kv.second.get();
    }
    if (!found) *st = static_cast<std::int32_t>(kNonexpr);
    return found;
}

void Broker::op_hello(Conn *c, std::uint32_t seq, Reader &r) {
    pid_t lpid = static_cast<pid_t>(r.u32());
    std::uint32_t claimed = r.u32();
    std::uint32_t flags = r.u32();
    if (r.bad() || c->proc) return close_conn(c);
    auto it = procs_.find(claimed);
    Proc *p = nullptr;
    if (flags & 1) {
        // An image DCL runs in its process: the process exists, DCL is connected
        // and no other image is current.
        if (it == procs_.end() || !it->second->conn || it->second->image_conn) return close_conn(c);
        p = it->second.get();
        p->image_conn = c;
        c->proc = p;
        c->image = true;
        Writer w(kReply, seq);
        w.u32(kNormal).u32(p->pid);
        return send(c, w);
    }
    if (claimed && it != procs_.end() && it->second->lpid == lpid && !it->second->conn) {
        p = it->second.get();
    } else {
        p = new_proc(params().default_uic);
        if (!p) return close_conn(c);
        p->lpid = lpid;
        p->name = "_SIM" + std::to_string(lpid);
        if (p->name.size() > 15) p->name.resize(15);
    }
    p->conn = c;
    c->proc = p;
    Writer w(kReply, seq);
    w.u32(kNormal).u32(p->pid);
    send(c, w);
    for (std::uint32_t code : p->pending_forcex) send(c, Writer(kEvForcex, 0).u32(code));
    p->pending_forcex.clear();
    if (p->pending_wake) send(c, Writer(kEvWake, 0));
    p->pending_wake = false;
}

std::string Broker::image_path(const std::string &image) const { return find_image(image); }

pid_t Broker::spawn(const Proc &p, const std::string &path, const std::string &output,
                    const std::string &error) {
    // SYS$OUTPUT / SYS$ERROR: the null device, or a new version of the file
    // (FIL-1, FIL-2); the same specification for both opens one file.
    auto target = [this](const std::string &spec) {
        std::string u = files::upper(spec);
        files::Spec s;
        if (u.empty() || u == "NLA0:" || u == "_NLA0:" || u == "NL:") return s;
        return output_spec(spec);
    };
    files::Spec out = target(output), err = target(error);
    bool same = files::upper(output) == files::upper(error);
    char pidhex[16];
    std::snprintf(pidhex, sizeof pidhex, "%08X", p.pid);
    pid_t l = ::fork();
    if (l != 0) return l;
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, nullptr);
    ::setsid();  // detached: not in its creator's session or process group
    auto open_output = [](const files::Spec &s) {
        std::string where;
        return s.ok ? files::create(s, &where) : ::open("/dev/null", O_WRONLY);
    };
    int in = ::open("/dev/null", O_RDONLY);
    int o = open_output(out);
    int e = same ? o : open_output(err);
    if (in < 0 || o < 0 || e < 0) ::_exit(127);
    ::dup2(in, 0);
    ::dup2(o, 1);
    ::dup2(e, 2);
    ::setenv("VMSSIM_PID", pidhex, 1);
    ::execl(path.c_str(), path.c_str(), static_cast<char *>(nullptr));
    ::_exit(127);
}

// A file specification as the new process would translate it: logical names
// of the system table (FIL-3), else the run directory.
files::Spec Broker::output_spec(const std::string &spec) {
    auto translate = [this](const std::string &name, std::string *eqv) {
        const LogicalName *ln = lookup(nullptr, "LNM$SYSTEM_TABLE", name, 3, true, nullptr);
        if (!ln || ln->eqv.empty()) return false;
        *eqv = ln->eqv[0];
        return true;
    };
    return files::parse(spec, translate, run_dir_);
}

void Broker::op_creprc(Conn *c, std::uint32_t seq, Reader &r) {
    std::string image = r.str(), input = r.str(), output = r.str(), error = r.str(), name = r.str();
    std::uint32_t uic = r.u32();
    std::uint16_t mbxunt = r.u16();
    std::uint32_t stsflg = r.u32();
    std::uint64_t priv = r.u64();
    if (r.bad()) return close_conn(c);
    if (stsflg & ~kStsflgValid) return reply(c, seq, kIvstsflg);
    if (name.size() > 15) return reply(c, seq, kIvlognam);
    std::string user;
    std::uint32_t own_uic = 0;
    child_identity(*c->proc, stsflg, &user, &own_uic);  // the creator's, or its persona's
    if (uic == 0) uic = own_uic;
    for (auto &kv : procs_)
        if (!name.empty() && kv.second->name == name && (kv.second->uic >> 16) == (uic >> 16))
            return reply(c, seq, kDuplnam);
    Proc *p = new_proc(uic);
    if (!p) return reply(c, seq, 2472 /*SS$_NOMOREPROC*/);
    p->name = name;
    p->creator = c->proc->pid;
    p->username = user;
    p->owner = 0;  // detached (subprocesses are not simulated)
    p->mbxunt = mbxunt;
    p->priv = priv;
    p->image = image;
    p->child = true;
    if (LnmTable *t = process_table(p->pid)) {
        define(*t, "SYS$INPUT", 1, 0, {input});
        define(*t, "SYS$OUTPUT", 1, 0, {output});
        define(*t, "SYS$ERROR", 1, 0, {error});
    }
    std::uint32_t pid = p->pid;
    std::string path = image_path(image);
    if (path.empty()) {
        // [M] $CREPRC succeeds; the process dies at once with RMS$_FNF.
        p->reaped = true;
        p->have_exit = true;
        p->exit_status = kRmsFnf;
    } else {
        p->lpid = spawn(*p, path, output, error);
        if (p->lpid < 0) {
            p->reaped = true;
            p->have_exit = true;
            p->exit_status = kRmsFnf;
        }
    }
    Writer w(kReply, seq);
    w.u32(kNormal).u32(pid);
    send(c, w);
    maybe_delete(p);
}

void Broker::op_forcex(Conn *c, std::uint32_t seq, Reader &r) {
    std::uint32_t pid = r.u32();
    std::string name = r.str();
    std::uint32_t code = r.u32();
    std::int32_t st;
    Proc *p = find_proc(c, pid, name, &st);
    if (!p) return reply(c, seq, st);
    // The exit AST goes to the current image: the one DCL runs, else DCL itself.
    // [U] DCL-5, VMSSIM_FORCEX_IMAGE_ONLY=0: to DCL itself, whose end takes the
    // image with it (the LOGINOUT stand-in's images die with it).
    if (p->image_conn && params().forcex_image_only) send(p->image_conn, Writer(kEvForcex, 0).u32(code));
    else if (p->conn) send(p->conn, Writer(kEvForcex, 0).u32(code));
    else p->pending_forcex.push_back(code);
    reply(c, seq, kNormal);
}

void Broker::op_delprc(Conn *c, std::uint32_t seq, Reader &r) {
    std::uint32_t pid = r.u32();
    std::string name = r.str();
    std::int32_t st;
    Proc *p = find_proc(c, pid, name, &st);
    if (!p) return reply(c, seq, st);
    p->delprc = true;  // [M] final status 0
    reply(c, seq, kNormal);
    if (p->lpid > 0 && !p->reaped) {
        ::kill(p->lpid, SIGKILL);
        if (p->child) ::kill(-p->lpid, SIGKILL);  // and the image its DCL runs (same session)
    }
}

void Broker::op_getjpi(Conn *c, std::uint32_t seq, Reader &r) {
    std::uint32_t pid = r.u32();
    std::string name = r.str();
    std::int32_t st;
    bool wildcard = pid >= kWildcardBase;
    Proc *p = wildcard ? next_visible(c, &pid) : find_proc(c, pid, name, &st);
    if (!p) return reply(c, seq, wildcard ? kNomoreproc : st);
    Writer w(kReply, seq);
    w.u32(kNormal).u32(p->pid).str(p->name).u32(p->uic).u64(p->login).u32(p->owner);
    w.u32(p->creator).u64(p->priv).str(p->image).str(p->username);
    if (wildcard) w.u32(pid);  // the context for the next call
    send(c, w);
}

// The wildcard $GETJPI (pidadr = -1) [D: HELP System_Services $GETJPI Arguments,
// pidadr]: each call returns the next process "that it has the privilege to
// access", SS$_NOMOREPROC after the last. Access [D: VSI wiki GROUP and WORLD
// privileges; HELP Lexicals F$GETJPI]: itself and the processes of its own UIC
// always, the others of its UIC group with GROUP or WORLD, the rest with WORLD
// (CONTRACT PRC-21). The context in pidadr (design, PRC-22): kWildcardBase | the
// last index returned; -1 starts. Processes come in index order.
Proc *Broker::next_visible(Conn *c, std::uint32_t *ctx) {
    const Proc *me = c->proc;
    std::uint32_t after = *ctx == 0xFFFFFFFFu ? 0 : (*ctx & 0xFFFF) + 1;
    Proc *best = nullptr;
    for (auto &kv : procs_) {
        Proc *p = kv.second.get();
        std::uint32_t index = p->pid & 0xFFF;
        bool same_group = (p->uic >> 16) == (me->uic >> 16);
        bool visible = p == me || p->uic == me->uic || (me->priv & kPrvWorld) ||
                       (same_group && (me->priv & kPrvGroup));
        if (visible && index >= after && (!best || index < (best->pid & 0xFFF))) best = p;
    }
    if (best) *ctx = kWildcardBase | (best->pid & 0xFFF);
    return best;
}

void Broker::op_wake(Conn *c, std::uint32_t seq, Reader &r) {
    std::uint32_t pid = r.u32();
    std::string name = r.str();
    std::int32_t st;
    Proc *p = find_proc(c, pid, name, &st);
    if (!p) return reply(c, seq, st);
    reply(c, seq, kNormal);
    if (p->conn) send(p->conn, Writer(kEvWake, 0));
    else p->pending_wake = true;
}

void Broker::rundown(Conn *c) {
    std::vector<std::uint16_t> chans;
    for (auto &kv : c->channels) chans.push_back(kv.first);
    for (std::uint16_t ch : chans) deassign(c, ch);
    // Writes of this process still waiting for a reader, or in resource wait, die with it.
    for (auto &kv : mailboxes_) {
        for (auto &m : kv.second.queue)
            if (m.waiting_writer == c) m.waiting_writer = nullptr;
        auto &rw = kv.second.rwait;
        rw.erase(std::remove_if(rw.begin(), rw.end(), [c](const DeferredWrite &d) { return d.conn == c; }),
                 rw.end());
    }
    if (c->proc && !c->image) drop_process_tables(c->proc->pid);
}

// A process is deleted once its connection is closed and, for one the broker
// created, the Linux process has been reaped. Its name is freed first, then the
// termination message is written [D: SSREF $CREPRC / $DELPRC].
void Broker::maybe_delete(Proc *p) {
    if (p->conn || p->image_conn || (p->child && !p->reaped)) return;
    std::uint32_t final_status = p->delprc ? 0u : p->have_exit ? p->exit_status : kNormal;
    Proc copy = *p;
    drop_process_tables(p->pid);
    procs_.erase(p->pid);
    write_termination(copy, final_status);
}

void Broker::write_termination(const Proc &p, std::uint32_t final_status) {
    if (!p.mbxunt) return;
    if (!params().orphan_termmsg && !procs_.count(p.creator)) return;  // [U] lost with its creator
    auto it = mailboxes_.find(p.mbxunt);
    if (it == mailboxes_.end() || it->second.maxmsg < 84) return;  // lost [D]
    std::string b(84, '\0');
    std::uint16_t type = 3;  // MSG$_DELPROC
    std::memcpy(&b[0], &type, 2);
    put32(b, 4, final_status);
    put32(b, 8, p.pid);
    put64(b, 16, vms_now());
    putpad(b, 24, 8, "SIM");
    putpad(b, 32, 12, p.username);
    put64(b, 72, p.login);
    put32(b, 80, p.owner);
    Message msg;
    msg.data = b;
    msg.writer_pid = p.pid;
    std::uint32_t st = 0, pid = 0;
    mbx_write(it->second, msg, 0x40 | 0x400 /*NOW|NORSWAIT*/, &st, &pid);  // full: lost [D]
}

}  // namespace vmssim
