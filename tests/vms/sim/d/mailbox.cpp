// mailbox.cpp: the mailbox driver. Record semantics, bufquo, NOW, NORSWAIT/MBFULL,
// resource wait, READERCHECK/WRITERCHECK, attention ASTs, EOF, deletion rules.
// Sources: I/O User's Reference V8.4 ch. 4 [D]; rows in CONTRACT.md.
#include <algorithm>
#include <cctype>

#include "../common/params.h"
#include "broker.h"

namespace vmssim {
namespace {

constexpr std::uint32_t kNormal = 1, kBadparam = 20, kIvchan = 316, kMbtoosml = 412,
                        kIllfunc = 244, kBufferovf = 1537, kSsCancel = 2096, kAbort = 44,
                        kEndoffile = 2160, kMbfull = 2264, kNosuchdev = 2312,
                        kNoreader = 9412, kNowriter = 9420;
constexpr std::uint32_t kSetmode = 35, kSensemode = 39, kWriteof = 40, kWritevblk = 48,
                        kReadvblk = 49;
constexpr std::uint32_t kNow = 0x40, kReadercheck = 0x100, kWritercheck = 0x200,
                        kNorswait = 0x400, kRoomNotify = 0x40, kReadattn = 0x80,
                        kWrtattn = 0x100;

std::string upper(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char ch) { return std::toupper(ch); });
    return s;
}

std::uint32_t charge(const Message &m) {
    return m.eof ? 0u : static_cast<std::uint32_t>(m.data.size()) + params().msg_overhead;
}

// "_MBA123:" / "MBA123" -> 123; 0 if not a mailbox device name.
std::uint32_t mba_unit(const std::string &devnam) {
    std::string n = upper(devnam);
    if (!n.empty() && n[0] == '_') n.erase(0, 1);
    if (!n.empty() && n.back() == ':') n.pop_back();
    if (n.size() < 4 || n.compare(0, 3, "MBA") != 0) return 0;
    for (std::size_t i = 3; i < n.size(); ++i)
        if (!std::isdigit(static_cast<unsigned char>(n[i]))) return 0;
    return static_cast<std::uint32_t>(std::stoul(n.substr(3)));
}

}  // namespace

void Broker::io_done(Conn *c, std::uint32_t reqid, std::uint32_t st, std::uint32_t bcnt,
                     std::uint32_t pid, const std::string &data) {
    Writer w(kIoDone, 0);
    w.u32(reqid).u32(st).u32(bcnt).u32(pid).str(data);
    send(c, w);
}

void Broker::fire(std::vector<Attn> &list) {
    std::vector<Attn> now;
    now.swap(list);  // one-shot: every registration fires once and is gone [D]
    for (const Attn &a : now) send(a.conn, Writer(kAttnAst, 0).u32(a.token));
}

std::uint16_t Broker::add_channel(Conn *c, Mailbox &m, std::uint32_t flags) {
    std::uint16_t chan = 16;
    while (c->channels.count(chan)) chan = static_cast<std::uint16_t>(chan + 16);
    bool ro = flags & 1, wo = flags & 2;
    bool bidir = !ro && !wo;
    Channel ch{m.unit, ro || (bidir && params().bidir_counts), wo || (bidir && params().bidir_counts)};
    c->channels[chan] = ch;
    ++m.channels;
    m.readers += ch.can_read;
    m.writers += ch.can_write;
    return chan;
}

Mailbox *Broker::mailbox_by_name(Conn *c, const std::string &devnam) {
    std::string n = devnam;
    for (int depth = 0; depth < 10; ++depth) {
        if (std::uint32_t u = mba_unit(n)) {
            auto it = mailboxes_.find(u);
            return it == mailboxes_.end() ? nullptr : &it->second;
        }
        std::string key = n;
        if (!key.empty() && key.back() == ':') key.pop_back();
        const LogicalName *ln = lookup(c, "LNM$FILE_DEV", key, 3, false, nullptr);
        if (!ln || ln->eqv.empty()) return nullptr;
        n = ln->eqv[0];
    }
    return nullptr;
}

void Broker::op_crembx(Conn *c, std::uint32_t seq, Reader &r) {
    std::uint8_t prm = r.u8();
    std::uint32_t maxmsg = r.u32(), bufquo = r.u32(), promsk = r.u32();
    std::string lognam = r.str();
    std::uint32_t flags = r.u32();
    if (r.bad()) return close_conn(c);
    if (prm > 1 || maxmsg > 65535) return reply(c, seq, kBadparam);
    std::string table = prm ? "LNM$PERMANENT_MAILBOX" : "LNM$TEMPORARY_MAILBOX";
    if (!lognam.empty()) {
        // An existing mailbox of that logical name: just assign a channel [D].
        const LogicalName *ln = lookup(c, table, lognam, 3, false, nullptr);
        if (ln && !ln->eqv.empty()) {
            auto it = mailboxes_.find(mba_unit(ln->eqv[0]));
            if (it != mailboxes_.end()) {
                Writer w(kReply, seq);
                w.u32(kNormal).u16(add_channel(c, it->second, flags));
                return send(c, w);
            }
        }
    }
    Mailbox m;
    m.unit = next_unit_++;
    m.permanent = prm;
    m.maxmsg = maxmsg ? maxmsg : params().defmbxmxmsg;
    m.bufquo = bufquo ? bufquo : params().defmbxbufquo;
    m.promsk = promsk;
    if (!lognam.empty()) {
        auto tabs = resolve_tables(c, table);
        if (!tabs.empty()) {
            define(*tabs[0], lognam, 3, 0, {"_MBA" + std::to_string(m.unit) + ":"});
            m.lognam = lognam;
            m.lnm_table = tabs[0]->name;
        }
    }
    Mailbox &ref = mailboxes_[m.unit] = m;
    Writer w(kReply, seq);
    w.u32(kNormal).u16(add_channel(c, ref, flags));
    send(c, w);
}

void Broker::maybe_delete_mailbox(std::uint32_t unit) {
    auto it = mailboxes_.find(unit);
    if (it == mailboxes_.end()) return;
    Mailbox &m = it->second;
    if (m.channels > 0 || (m.permanent && !m.marked)) return;
    if (!m.lognam.empty()) {
        auto t = tables_.find(m.lnm_table);
        if (t != tables_.end()) t->second.names.erase(m.lognam);
    }
    mailboxes_.erase(it);  // queued messages are lost with it
}

void Broker::op_delmbx(Conn *c, std::uint32_t seq, Reader &r) {
    std::uint16_t chan = r.u16();
    auto ch = c->channels.find(chan);
    if (ch == c->channels.end()) return reply(c, seq, kIvchan);
    Mailbox &m = mailboxes_[ch->second.unit];
    m.marked = true;
    if (!m.lognam.empty() && params().delmbx_drops_name) {  // [U] the name goes at once, the device with its last channel
        auto t = tables_.find(m.lnm_table);
        if (t != tables_.end()) t->second.names.erase(m.lognam);
        m.lognam.clear();
    }
    reply(c, seq, kNormal);
}

void Broker::op_assign(Conn *c, std::uint32_t seq, Reader &r) {
    std::string devnam = r.str();
    std::uint32_t flags = r.u32();
    if (r.bad()) return close_conn(c);
    Mailbox *m = mailbox_by_name(c, devnam);
    if (!m) return reply(c, seq, kNosuchdev);
    Writer w(kReply, seq);
    w.u32(kNormal).u16(add_channel(c, *m, flags));
    send(c, w);
}

void Broker::cancel_io(Conn *c, std::uint16_t chan, bool deassigning) {
    auto ch = c->channels.find(chan);
    if (ch == c->channels.end()) return;
    Mailbox &m = mailboxes_[ch->second.unit];
    std::deque<PendingRead> keep;
    for (const PendingRead &rd : m.reads) {
        if (rd.conn == c && rd.chan == chan) io_done(c, rd.reqid, kSsCancel, 0, 0);
        else keep.push_back(rd);
    }
    m.reads.swap(keep);
    for (auto it = m.queue.begin(); it != m.queue.end();) {
        if (it->waiting_writer != c || it->writer_chan != chan) {
            ++it;
            continue;
        }
        io_done(c, it->writer_reqid, params().cancel_write_status, 0, 0);  // [U] status and message: parameters
        if (params().cancel_write_keeps_msg) {
            it->waiting_writer = nullptr;
            ++it;
        } else {
            m.used -= charge(*it);
            it = m.queue.erase(it);
        }
    }
    if (deassigning && params().dassgn_flushes_attn) {
        for (auto *list : {&m.wrtattn, &m.readattn, &m.roomattn})
            list->erase(std::remove_if(list->begin(), list->end(),
                                       [&](const Attn &a) { return a.conn == c && a.chan == chan; }),
                        list->end());
    }
}

void Broker::deassign(Conn *c, std::uint16_t chan) {
    cancel_io(c, chan, true);
    Channel ch = c->channels[chan];
    c->channels.erase(chan);
    Mailbox &m = mailboxes_[ch.unit];
    --m.channels;
    m.readers -= ch.can_read;
    m.writers -= ch.can_write;
    if (ch.can_write && m.writers == 0 && params().writercheck_pending) {
        std::deque<PendingRead> keep;
        for (const PendingRead &rd : m.reads) {
            if (rd.func & kWritercheck) io_done(rd.conn, rd.reqid, kNowriter, 0, 0);
            else keep.push_back(rd);
        }
        m.reads.swap(keep);
    }
    maybe_delete_mailbox(ch.unit);
}

void Broker::op_dassgn(Conn *c, std::uint32_t seq, Reader &r) {
    std::uint16_t chan = r.u16();
    if (!c->channels.count(chan)) return reply(c, seq, kIvchan);
    deassign(c, chan);
    reply(c, seq, kNormal);
}

void Broker::op_cancel(Conn *c, std::uint32_t seq, Reader &r) {
    std::uint16_t chan = r.u16();
    if (!c->channels.count(chan)) return reply(c, seq, kIvchan);
    cancel_io(c, chan, false);
    reply(c, seq, kNormal);
}

void Broker::deliver(Mailbox &m, const PendingRead &rd) {
    Message msg = std::move(m.queue.front());
    m.queue.pop_front();
    m.used -= charge(msg);
    std::uint32_t reader = rd.conn->proc ? rd.conn->proc->pid : 0;
    if (msg.eof) {
        io_done(rd.conn, rd.reqid, kEndoffile, 0, msg.writer_pid);
    } else {
        std::size_t n = std::min<std::size_t>(rd.size, msg.data.size());
        std::uint32_t st = msg.data.size() > rd.size ? kBufferovf : kNormal;  // rest lost [D]
        io_done(rd.conn, rd.reqid, st, static_cast<std::uint32_t>(n), msg.writer_pid, msg.data.substr(0, n));
    }
    if (msg.waiting_writer)
        io_done(msg.waiting_writer, msg.writer_reqid, kNormal,
                static_cast<std::uint32_t>(msg.data.size()), reader);
    retry_rwait(m);
}

bool Broker::mbx_write(Mailbox &m, Message msg, std::uint32_t func, std::uint32_t *st,
                       std::uint32_t *pid) {
    *st = 0;
    *pid = 0;
    if (m.queue.empty() && !m.reads.empty()) {  // a reader is waiting: hand it over
        PendingRead rd = m.reads.front();
        m.reads.pop_front();
        std::uint32_t len = static_cast<std::uint32_t>(msg.data.size());
        msg.waiting_writer = nullptr;
        m.queue.push_back(std::move(msg));
        m.used += charge(m.queue.back());
        deliver(m, rd);
        *st = kNormal;
        *pid = rd.conn->proc ? rd.conn->proc->pid : 0;
        (void)len;
        return true;
    }
    if (m.used + charge(msg) > m.bufquo) {
        if (!(func & kNorswait)) return false;  // resource wait (RWMBX) [C]
        *st = kMbfull;
        return true;
    }
    if (func & kNow) {
        msg.waiting_writer = nullptr;
        *st = kNormal;
    }
    m.used += charge(msg);
    m.queue.push_back(std::move(msg));
    fire(m.wrtattn);  // unsolicited data [D]
    return true;
}

void Broker::mbx_read(Conn *c, Mailbox &m, std::uint16_t chan, std::uint32_t reqid,
                      std::uint32_t size, std::uint32_t func) {
    PendingRead rd{c, chan, reqid, size, func};
    if (!m.queue.empty()) return deliver(m, rd);
    if (func & kNow) return io_done(c, reqid, kEndoffile, 0, 0);
    if ((func & kWritercheck) && m.writers == 0) return io_done(c, reqid, kNowriter, 0, 0);
    m.reads.push_back(rd);
    fire(m.readattn);
}

void Broker::retry_rwait(Mailbox &m) {
    while (!m.rwait.empty()) {
        DeferredWrite d = m.rwait.front();
        Message msg;
        msg.data = d.data;
        msg.eof = (d.func & 0x3F) == kWriteof;
        msg.writer_pid = d.conn->proc ? d.conn->proc->pid : 0;
        msg.waiting_writer = d.conn;
        msg.writer_reqid = d.reqid;
        msg.writer_chan = d.chan;
        std::uint32_t st, pid;
        if (!mbx_write(m, msg, d.func, &st, &pid)) return;
        m.rwait.pop_front();
        reply(d.conn, d.seq, kNormal);
        if (st) io_done(d.conn, d.reqid, st, static_cast<std::uint32_t>(d.data.size()), pid);
    }
}

void Broker::op_qio(Conn *c, std::uint32_t seq, Reader &r) {
    std::uint16_t chan = r.u16();
    std::uint32_t func = r.u32(), reqid = r.u32(), p2 = r.u32();
    std::string data = r.str();
    if (r.bad()) return close_conn(c);
    auto ch = c->channels.find(chan);
    if (ch == c->channels.end()) return reply(c, seq, kIvchan);
    Mailbox &m = mailboxes_[ch->second.unit];
    std::uint32_t fcode = func & 0x3F;
    if (fcode == kWritevblk || fcode == kWriteof) {
        if (data.size() > m.maxmsg) {  // [U] R0 or IOSB: a parameter
            if (!params().mbtoosml_in_iosb) return reply(c, seq, kMbtoosml);
            reply(c, seq, kNormal);
            return io_done(c, reqid, kMbtoosml, 0, 0);
        }
        if ((func & kReadercheck) && m.readers == 0) {  // in the IOSB [C]
            reply(c, seq, kNormal);
            return io_done(c, reqid, kNoreader, 0, 0);
        }
        Message msg;
        msg.data = data;
        msg.eof = fcode == kWriteof;
        msg.writer_pid = c->proc->pid;
        msg.waiting_writer = c;
        msg.writer_reqid = reqid;
        msg.writer_chan = chan;
        std::uint32_t st, pid;
        if (!mbx_write(m, msg, func, &st, &pid)) {
            m.rwait.push_back({c, seq, chan, reqid, func, data});  // $QIO does not return yet
            return;
        }
        reply(c, seq, kNormal);
        if (st) io_done(c, reqid, st, st == kMbfull ? 0 : static_cast<std::uint32_t>(data.size()), pid);
        return;
    }
    if (fcode == kReadvblk) {
        reply(c, seq, kNormal);
        return mbx_read(c, m, chan, reqid, p2, func);
    }
    if (fcode == kSetmode) {
        reply(c, seq, kNormal);
        auto arm = [&](std::vector<Attn> &list) {
            list.erase(std::remove_if(list.begin(), list.end(),
                                      [&](const Attn &a) { return a.conn == c && a.chan == chan; }),
                       list.end());
            if (p2) list.push_back({c, chan, reqid});  // p2 != 0: an AST routine was given
        };
        if (func & kWrtattn) {
            arm(m.wrtattn);
            if (p2 && !m.queue.empty()) fire(m.wrtattn);  // a message is already there [D]
        }
        if (func & kReadattn) arm(m.readattn);
        if (func & kRoomNotify) arm(m.roomattn);
        return io_done(c, reqid, kNormal, 0, 0);
    }
    if (fcode == kSensemode) {
        reply(c, seq, kNormal);
        return io_done(c, reqid, kNormal, static_cast<std::uint32_t>(m.queue.size()), m.used);
    }
    reply(c, seq, kIllfunc);
}

void Broker::op_getdvi(Conn *c, std::uint32_t seq, Reader &r) {
    std::uint16_t chan = r.u16();
    std::string devnam = r.str();
    if (r.bad()) return close_conn(c);
    Mailbox *m = nullptr;
    if (!devnam.empty()) {
        m = mailbox_by_name(c, devnam);
        if (!m) return reply(c, seq, kNosuchdev);
    } else {
        auto ch = c->channels.find(chan);
        if (ch == c->channels.end()) return reply(c, seq, kIvchan);
        m = &mailboxes_[ch->second.unit];
    }
    Writer w(kReply, seq);
    w.u32(kNormal).u32(m->unit).str("_MBA" + std::to_string(m->unit) + ":");
    w.u32(m->maxmsg).u32(static_cast<std::uint32_t>(m->queue.size())).u32(static_cast<std::uint32_t>(m->channels));
    send(c, w);
}

}  // namespace vmssim
