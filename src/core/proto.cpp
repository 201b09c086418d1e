// The request/reply codec: the layout is described in proto.h. Every value
// is written and read field by field through bytes::Writer / bytes::Reader,
// and the decoders check each length against what is left before using it.
#include "core/proto.h"

#include <algorithm>

#include "core/bytes.h"

namespace sv::proto {

namespace {

constexpr uint32_t kRequestFlags = kFlagWait | kFlagAll;
constexpr uint32_t kReplyFlags = kFlagMore;
constexpr size_t kMaxCount = 0xFFFF;   // item counts are u16

size_t effective_max(size_t max_message) { return std::max(max_message, kMinMaxMessage); }

bool valid_opcode(uint16_t code) {
    return code >= static_cast<uint16_t>(Opcode::status) && code <= kLastOpcode;
}

bool valid_exit_kind(uint8_t k) { return k <= static_cast<uint8_t>(ExitStatus::Kind::unknown); }

void put_header(bytes::Writer& w, const char* signature, Opcode op, uint32_t id, uint32_t flags) {
    w.raw(signature, 4);
    w.u16(kVersion);
    w.u16(static_cast<uint16_t>(op));
    w.u32(id);
    w.u32(flags);
    w.u32(0);   // length, patched when known
}

// The fields shared by both headers, checked in the order documented in
// proto.h. On ok, the reader stands after the length field (offset 20).
struct Header {
    Opcode op = Opcode::status;
    uint32_t id = 0;
    uint32_t flags = 0;
};

Decode get_header(bytes::Reader& in, size_t size, size_t header_size, const char* signature,
                  size_t max_message, uint32_t known_flags, Header& h) {
    if (size < header_size) return Decode::too_short;
    std::string sig;
    uint16_t version = 0, code = 0;
    uint32_t length = 0;
    in.text(sig, 4);
    if (sig.compare(0, 4, signature, 4) != 0) return Decode::bad_signature;
    in.u16(version);
    if (version != kVersion) return Decode::bad_version;
    if (size > effective_max(max_message)) return Decode::too_long;
    in.u16(code);
    in.u32(h.id);
    in.u32(h.flags);
    in.u32(length);
    if (length != size) return Decode::bad_length;
    if (!valid_opcode(code)) return Decode::bad_opcode;
    if (h.flags & ~known_flags) return Decode::bad_field;
    h.op = static_cast<Opcode>(code);
    return Decode::ok;
}

// --- replies ---------------------------------------------------------------

// Cuts the strings of `p` so that its entry takes at most `budget` bytes:
// name and group to their u8 limit; when the message is too small even for
// those, the group and then the name; the description gets what is left.
ProcessInfo fitted(const ProcessInfo& p, size_t budget) {
    ProcessInfo f = p;
    const size_t room = budget - kEntryFixedSize;   // budget always exceeds the fixed part
    f.name = bytes::cut_utf8(f.name, std::min(kMaxNameLength, room));
    f.group = bytes::cut_utf8(f.group, std::min(kMaxNameLength, room - f.name.size()));
    f.description = bytes::cut_utf8(f.description, std::min(kMaxCount, room - f.name.size() - f.group.size()));
    return f;
}

std::vector<uint8_t> encode_entry(const ProcessInfo& p) {
    std::vector<uint8_t> out;
    bytes::Writer w(out);
    w.str8(p.name);
    w.str8(p.group);
    w.u16(static_cast<uint16_t>(p.state));
    w.u8(static_cast<uint8_t>(p.exit.kind));
    w.u8(p.exit.core_dumped ? 1 : 0);
    w.i64(p.pid);
    w.i64(p.since);
    w.i64(p.now);
    w.i64(p.exit.value);
    w.u32(p.result);
    w.str16(p.description);
    return out;
}

std::vector<uint8_t> encode_line(const std::string& line, size_t budget) {
    std::string cut = bytes::cut_utf8(line, std::min(kMaxCount, budget - kLineFixedSize));
    std::vector<uint8_t> out;
    bytes::Writer w(out);
    w.str16(cut);
    return out;
}

Decode get_entry(bytes::Reader& in, ProcessInfo& p) {
    uint16_t state = 0;
    uint8_t kind = 0, core = 0;
    if (!in.str8(p.name) || !in.str8(p.group) || !in.u16(state) || !in.u8(kind) ||
        !in.u8(core) || !in.i64(p.pid) || !in.i64(p.since) || !in.i64(p.now) ||
        !in.i64(p.exit.value) || !in.u32(p.result) || !in.str16(p.description))
        return Decode::truncated;
    auto s = state_from_code(state);
    if (!s || !valid_exit_kind(kind) || core > 1) return Decode::bad_field;
    p.state = *s;
    p.exit.kind = static_cast<ExitStatus::Kind>(kind);
    p.exit.core_dumped = core != 0;
    return Decode::ok;
}

// One reply message holding the given encoded entries and lines.
std::vector<uint8_t> reply_message(const Reply& r, bool more, const std::vector<std::vector<uint8_t>>& items,
                                   size_t first, size_t procs, size_t lines) {
    std::vector<uint8_t> out;
    bytes::Writer w(out);
    put_header(w, kReplySignature, r.op, r.id, more ? kFlagMore : 0);
    w.u16(static_cast<uint16_t>(procs));
    w.u16(static_cast<uint16_t>(lines));
    w.u32(r.status);
    for (size_t i = first; i < first + procs + lines; ++i) w.raw(items[i].data(), items[i].size());
    w.patch_u32(kLengthOffset, static_cast<uint32_t>(out.size()));
    return out;
}

}  // namespace

const char* describe(Decode d) {
    switch (d) {
    case Decode::ok: return "well formed";
    case Decode::too_short: return "message shorter than its header";
    case Decode::bad_signature: return "not a SUPERVISE message (bad signature)";
    case Decode::bad_version: return "protocol version not supported";
    case Decode::bad_length: return "length field differs from the bytes received";
    case Decode::too_long: return "message longer than the maximum message size";
    case Decode::bad_opcode: return "unknown request code";
    case Decode::bad_count: return "item count larger than the message can hold";
    case Decode::truncated: return "an item runs past the end of the message";
    case Decode::bad_field: return "a field is out of range";
    case Decode::trailing_bytes: return "bytes left after the last item";
    }
    return "unknown decode outcome";
}

std::vector<uint8_t> pack(const Request& r, size_t max_message) {
    if (!valid_opcode(static_cast<uint16_t>(r.op)) || (r.flags & ~kRequestFlags) ||
        r.password.size() > kMaxPasswordLength || r.argument.size() > kMaxNameLength ||
        r.names.size() > kMaxCount)
        return {};
    size_t total = kRequestHeaderSize + 2 + r.password.size() + r.argument.size();
    for (const auto& n : r.names) {
        if (n.size() > kMaxNameLength) return {};
        total += 1 + n.size();
    }
    if (total > effective_max(max_message)) return {};
    std::vector<uint8_t> out;
    out.reserve(total);
    bytes::Writer w(out);
    put_header(w, kRequestSignature, r.op, r.id, r.flags);
    w.u16(static_cast<uint16_t>(r.names.size()));
    w.u16(0);   // reserved
    w.str8(r.password);
    w.str8(r.argument);
    for (const auto& n : r.names) w.str8(n);
    w.patch_u32(kLengthOffset, static_cast<uint32_t>(out.size()));
    return out;
}

Decode unpack(const uint8_t* data, size_t size, Request& out, size_t max_message) {
    bytes::Reader in(data, size);
    Header h;
    Decode d = get_header(in, size, kRequestHeaderSize, kRequestSignature, max_message, kRequestFlags, h);
    if (d != Decode::ok) return d;
    uint16_t count = 0, reserved = 0;
    in.u16(count);
    in.u16(reserved);
    if (reserved != 0) return Decode::bad_field;
    Request r;
    r.op = h.op;
    r.id = h.id;
    r.flags = h.flags;
    uint8_t n = 0;
    if (!in.u8(n)) return Decode::truncated;
    if (n > kMaxPasswordLength) return Decode::bad_field;
    if (!in.text(r.password, n) || !in.str8(r.argument)) return Decode::truncated;
    if (count > in.left()) return Decode::bad_count;   // every name takes at least its length byte
    r.names.resize(count);
    for (auto& name : r.names)
        if (!in.str8(name)) return Decode::truncated;
    if (in.left() != 0) return Decode::trailing_bytes;
    out = std::move(r);
    return Decode::ok;
}

std::vector<std::vector<uint8_t>> pack(const Reply& r, size_t max_message) {
    const size_t budget = std::min(effective_max(max_message), size_t{0xFFFFFFFF}) - kReplyHeaderSize;
    std::vector<std::vector<uint8_t>> items;
    items.reserve(r.processes.size() + r.lines.size());
    for (const auto& p : r.processes) items.push_back(encode_entry(fitted(p, budget)));
    for (const auto& l : r.lines) items.push_back(encode_line(l, budget));

    std::vector<std::vector<uint8_t>> messages;
    size_t first = 0, used = 0, procs = 0, lines = 0;
    auto flush = [&](bool more) {
        messages.push_back(reply_message(r, more, items, first, procs, lines));
        first += procs + lines;
        used = procs = lines = 0;
    };
    for (size_t i = 0; i < items.size(); ++i) {
        bool is_proc = i < r.processes.size();
        size_t count = is_proc ? procs : lines;
        if (procs + lines > 0 && (used + items[i].size() > budget || count == kMaxCount)) flush(true);
        used += items[i].size();
        ++(is_proc ? procs : lines);
    }
    flush(false);
    return messages;
}

Decode unpack(const uint8_t* data, size_t size, Reply& out, size_t max_message) {
    bytes::Reader in(data, size);
    Header h;
    Decode d = get_header(in, size, kReplyHeaderSize, kReplySignature, max_message, kReplyFlags, h);
    if (d != Decode::ok) return d;
    uint16_t procs = 0, lines = 0;
    Reply r;
    r.op = h.op;
    r.id = h.id;
    r.flags = h.flags;
    in.u16(procs);
    in.u16(lines);
    in.u32(r.status);
    if (size_t{procs} * kEntryFixedSize + size_t{lines} * kLineFixedSize > in.left()) return Decode::bad_count;
    r.processes.resize(procs);
    for (auto& p : r.processes)
        if ((d = get_entry(in, p)) != Decode::ok) return d;
    r.lines.resize(lines);
    for (auto& l : r.lines)
        if (!in.str16(l)) return Decode::truncated;
    if (in.left() != 0) return Decode::trailing_bytes;
    out = std::move(r);
    return Decode::ok;
}

void merge(Reply& into, const Reply& part) {
    into.processes.insert(into.processes.end(), part.processes.begin(), part.processes.end());
    into.lines.insert(into.lines.end(), part.lines.begin(), part.lines.end());
    into.flags = part.flags;
}

}  // namespace sv::proto
