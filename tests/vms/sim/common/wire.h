// wire.h: the messages between libvmssim and vmssimd (test infrastructure only).
//
// Transport: one AF_UNIX SOCK_SEQPACKET connection per simulated process, to
// $VMSSIM_RUN/vmssimd.sock. The connection IS the process: when it closes, the
// broker runs the process down (channels deassigned, temporary mailboxes deleted,
// pending I/O dropped) and, once the Linux process is also gone, deletes it and
// writes its termination message.
//
// Every packet: u32 op, u32 seq, then fields in host byte order (both ends are the
// same build on the same machine): u8/u16/u32/u64 as raw bytes, strings and byte
// blocks as u32 length + bytes. A request (client -> broker) gets exactly one REPLY
// with the same seq carrying an i32 condition value then op-specific fields; the
// broker may delay that reply (a write in resource wait). Events (broker -> client)
// carry seq 0. A malformed packet closes the connection (the process is run down).
#ifndef VMSSIM_WIRE_H
#define VMSSIM_WIRE_H

#include <cstdint>
#include <cstring>
#include <string>

namespace vmssim {

constexpr std::size_t kMaxPacket = 70000;  // > 65535 (largest mailbox message) + header

enum Op : std::uint32_t {
    // requests
    kHello = 1,   // u32 linux pid, u32 claimed VMS pid (0 = new), u32 flags -> u32 pid
                  // flags bit 0: an image run by DCL in the claimed (existing) process
    kExit,        // u32 final status -> (none); sent by $EXIT before _exit
    kCrembx,      // u8 prm, u32 maxmsg, u32 bufquo, u32 promsk, str lognam, u32 flags -> u16 chan
    kDelmbx,      // u16 chan
    kAssign,      // str devnam, u32 flags -> u16 chan
    kDassgn,      // u16 chan
    kCancel,      // u16 chan
    kQio,         // u16 chan, u32 func, u32 reqid, u32 p2, bytes data -> (none); IODONE later
    kGetdvi,      // u16 chan, str devnam -> u32 unit, str devnam, u32 maxmsg, u32 msgcount, u32 refcnt
    kCreprc,      // str image, input, output, error, name; u32 uic, u16 mbxunt, u32 stsflg, u64 priv -> u32 pid
    kForcex,      // u32 pid, str name, u32 code
    kDelprc,      // u32 pid, str name
    kGetjpi,      // u32 pid, str name -> process record (see Proc reply in broker)
    kWake,        // u32 pid, str name
    kCrelnt,      // u32 attr, u32 quota, u8 acmode, str tabnam, str partab -> str resnam
    kCrelnm,      // u32 attr, u8 acmode, str tabnam, str lognam, u32 n, n x str
    kTrnlnm,      // u32 attr, u8 acmode, str tabnam, str lognam -> str table, u8 acmode, u32 n, n x str
    kDellnm,      // u8 acmode, str tabnam, str lognam
    // broker -> client
    kReply = 100,  // i32 status, fields
    kIoDone,       // u32 reqid, u32 status, u32 bcnt, u32 pid, bytes data
    kAttnAst,      // u32 token (the reqid of the SETMODE that armed it)
    kEvForcex,     // u32 code
    kEvWake,       // (none)
};

class Writer {
public:
    Writer(std::uint32_t op, std::uint32_t seq) { u32(op); u32(seq); }
    Writer &u8(std::uint8_t v) { return raw(&v, 1); }
    Writer &u16(std::uint16_t v) { return raw(&v, 2); }
    Writer &u32(std::uint32_t v) { return raw(&v, 4); }
    Writer &u64(std::uint64_t v) { return raw(&v, 8); }
    Writer &str(const std::string &s) {
        u32(static_cast<std::uint32_t>(s.size()));
        return raw(s.data(), s.size());
    }
    const std::string &bytes() const { return buf_; }

private:
    Writer &raw(const void *p, std::size_t n) {
        buf_.append(static_cast<const char *>(p), n);
        return *this;
    }
    std::string buf_;
};

// Reads fields in order; any overrun sets bad() and yields zeros / empty strings.
class Reader {
public:
    Reader(const char *p, std::size_t n) : p_(p), n_(n) {}
    std::uint8_t u8() { std::uint8_t v = 0; raw(&v, 1); return v; }
    std::uint16_t u16() { std::uint16_t v = 0; raw(&v, 2); return v; }
    std::uint32_t u32() { std::uint32_t v = 0; raw(&v, 4); return v; }
    std::uint64_t u64() { std::uint64_t v = 0; raw(&v, 8); return v; }
    std::string str() {
        std::uint32_t n = u32();
        if (bad_ || n > n_ - off_) { bad_ = true; return {}; }
        std::string s(p_ + off_, n);
        off_ += n;
        return s;
    }
    bool bad() const { return bad_; }

private:
    void raw(void *v, std::size_t n) {
        if (bad_ || n > n_ - off_) { bad_ = true; return; }
        std::memcpy(v, p_ + off_, n);
        off_ += n;
    }
    const char *p_;
    std::size_t n_;
    std::size_t off_ = 0;
    bool bad_ = false;
};

// VMS time: 100 ns units since 17-Nov-1858; the Unix epoch is this many units later.
constexpr std::uint64_t kVmsEpochOffset = 0x007C95674BEB4000ULL;

// Persona requests (requests as above; numbered apart from Op):
enum PersonaOp : std::uint32_t {
    kPersonaCreate = 60,  // str username, u32 flags -> u32 persona
    kPersonaAssume,       // u32 persona -> u32 previous
    kPersonaDelete,       // u32 persona
};

}  // namespace vmssim
#endif
