// The state-table entry codec: the layout is described in table.h.
#include "core/table.h"

#include <algorithm>

#include "core/bytes.h"

namespace sv::table {

namespace {

bool valid_exit_kind(uint8_t k) { return k <= static_cast<uint8_t>(ExitStatus::Kind::unknown); }

// Writes the header with length and checksum, and the body `fill` writes.
// The checksum of a whole entry, computed with its checksum field taken as zero.
uint32_t checksum(const uint8_t* data, size_t size) noexcept {
    static const uint8_t zero[4] = {0, 0, 0, 0};
    uint32_t crc = bytes::crc32(data, kChecksumOffset);
    crc = bytes::crc32(zero, 4, crc);
    return bytes::crc32(data + kHeaderSize, size - kHeaderSize, crc);
}

void put_le(uint8_t* at, uint64_t v, int n) noexcept {
    for (int i = 0; i < n; ++i) at[i] = static_cast<uint8_t>(v >> (8 * i));
}

template <typename Fill>
std::vector<uint8_t> entry(uint16_t kind, size_t size_hint, Fill fill, uint16_t version = kVersion) {
    std::vector<uint8_t> out;
    out.reserve(size_hint);
    bytes::Writer w(out);
    w.raw(kSignature, 4);
    w.u16(version);
    w.u16(kind);
    w.u32(0);   // length
    w.u32(0);   // checksum, computed with this field at zero
    fill(w);
    w.patch_u32(kLengthOffset, static_cast<uint32_t>(out.size()));
    w.patch_u32(kChecksumOffset, bytes::crc32(out.data(), out.size()));
    return out;
}

// Checks the header; on ok the reader stands at the body.
Decode get_header(bytes::Reader& in, const uint8_t* data, size_t size, uint16_t want_kind,
                  uint16_t* version_out) {
    if (size < kHeaderSize) return Decode::too_short;
    std::string sig;
    uint16_t version = 0, kind = 0;
    uint32_t length = 0, sum = 0;
    in.text(sig, 4);
    if (sig.compare(0, 4, kSignature, 4) != 0) return Decode::bad_signature;
    in.u16(version);
    if (version != kVersion && version != kVersionNoIntent &&
        !(version == kVersionGroupName && want_kind == kKindProcess))
        return Decode::bad_version;
    *version_out = version;
    in.u16(kind);
    in.u32(length);
    if (length != size || size > kMaxEntry) return Decode::bad_length;
    in.u32(sum);
    if (checksum(data, size) != sum) return Decode::bad_checksum;
    if (kind != kKindProcess && kind != kKindServer) return Decode::bad_field;
    if (kind != want_kind) return Decode::wrong_kind;
    return Decode::ok;
}

}  // namespace

const char* describe(Decode d) {
    switch (d) {
    case Decode::ok: return "valid entry";
    case Decode::too_short: return "entry shorter than its header";
    case Decode::bad_signature: return "not a table entry (bad signature)";
    case Decode::bad_version: return "table entry version not supported";
    case Decode::bad_checksum: return "table entry torn or corrupted (checksum mismatch)";
    case Decode::bad_length: return "table entry length does not match its contents";
    case Decode::bad_field: return "a table entry field is out of range";
    case Decode::wrong_kind: return "table entry of the other kind (process/server)";
    }
    return "unknown decode outcome";
}

std::vector<uint8_t> encode(const ProcessEntry& e) { return encode_with_slots(e, nullptr); }

std::vector<uint8_t> encode_with_slots(const ProcessEntry& e, Slots* slots) {
    std::string name = bytes::cut_utf8(e.name, kMaxShortString);
    std::string program = bytes::cut_utf8(e.program, kMaxShortString);
    std::string spawnerr =
        bytes::cut_utf8(e.spawnerr, kMaxEntry - kProcessFixedSize - name.size() - program.size());
    return entry(kKindProcess, kProcessFixedSize + name.size() + program.size() + spawnerr.size(),
                 [&](bytes::Writer& w) {
                     w.str8(name);
                     w.str8(program);
                     w.u16(static_cast<uint16_t>(e.state));
                     w.u8(static_cast<uint8_t>(e.last_exit.kind));
                     w.u8(e.last_exit.core_dumped ? 1 : 0);
                     w.u8(e.intent & kIntentAll);
                     if (slots) slots->pid = w.size();
                     w.i64(e.pid);
                     if (slots) slots->start_time = w.size();
                     w.u64(e.start_time);
                     w.i64(e.since);
                     w.u32(e.restarts);
                     w.u32(e.backoff);
                     w.u64(e.fingerprint);
                     w.i64(e.last_exit.value);
                     w.str16(spawnerr);
                 },
                 name.find(':') == std::string::npos ? kVersion : kVersionGroupName);
}

std::vector<uint8_t> encode(const ServerEntry& e) {
    std::string channel = bytes::cut_utf8(e.channel, kMaxShortString);
    std::string version = bytes::cut_utf8(e.version, kMaxShortString);
    std::string config =
        bytes::cut_utf8(e.config, kMaxEntry - kServerFixedSize - channel.size() - version.size());
    return entry(kKindServer, kServerFixedSize + channel.size() + version.size() + config.size(),
                 [&](bytes::Writer& w) {
                     w.i64(e.pid);
                     w.u64(e.start_time);
                     w.u8(e.flags & kServerFlagsAll);
                     w.str8(channel);
                     w.str8(version);
                     w.str16(config);
                 });
}

void stamp(uint8_t* entry, size_t size, const Slots& slots, int64_t pid, uint64_t start_time) noexcept {
    if (size < kProcessFixedSize || slots.pid + 8 > size || slots.start_time + 8 > size) return;
    put_le(entry + slots.pid, static_cast<uint64_t>(pid), 8);
    put_le(entry + slots.start_time, start_time, 8);
    put_le(entry + kChecksumOffset, checksum(entry, size), 4);
}

uint32_t checksum_of(const std::vector<uint8_t>& entry) {
    if (entry.size() < kHeaderSize) return 0;
    uint32_t v = 0;
    for (int i = 3; i >= 0; --i) v = (v << 8) | entry[kChecksumOffset + static_cast<size_t>(i)];
    return v;
}

Decode decode(const uint8_t* data, size_t size, ProcessEntry& out) {
    bytes::Reader in(data, size);
    uint16_t version = 0;
    Decode d = get_header(in, data, size, kKindProcess, &version);
    if (d != Decode::ok) return d;
    ProcessEntry e;
    uint16_t state = 0;
    uint8_t kind = 0, core = 0, intent = 0;
    if (!in.str8(e.name) || !in.str8(e.program) || !in.u16(state) || !in.u8(kind) ||
        !in.u8(core) || (version >= kVersion && !in.u8(intent)) || !in.i64(e.pid) || !in.u64(e.start_time) || !in.i64(e.since) ||
        !in.u32(e.restarts) || !in.u32(e.backoff) || !in.u64(e.fingerprint) ||
        !in.i64(e.last_exit.value) || !in.str16(e.spawnerr) || in.left() != 0)
        return Decode::bad_length;
    auto s = state_from_code(state);
    if (!s || !valid_exit_kind(kind) || core > 1 || (intent & ~kIntentAll) != 0) return Decode::bad_field;
    if ((e.name.find(':') != std::string::npos) != (version == kVersionGroupName)) return Decode::bad_field;
    e.state = *s;
    e.intent = intent;
    e.last_exit.kind = static_cast<ExitStatus::Kind>(kind);
    e.last_exit.core_dumped = core != 0;
    out = std::move(e);
    return Decode::ok;
}

Decode decode(const uint8_t* data, size_t size, ServerEntry& out) {
    bytes::Reader in(data, size);
    uint16_t version = 0;
    Decode d = get_header(in, data, size, kKindServer, &version);
    if (d != Decode::ok) return d;
    ServerEntry e;
    if (!in.i64(e.pid) || !in.u64(e.start_time) || (version >= kVersion && !in.u8(e.flags)) ||
        !in.str8(e.channel) || !in.str8(e.version) || !in.str16(e.config) || in.left() != 0)
        return Decode::bad_length;
    if ((e.flags & ~kServerFlagsAll) != 0) return Decode::bad_field;
    out = std::move(e);
    return Decode::ok;
}

namespace {
std::string_view process_part(std::string_view name) {
    size_t colon = name.rfind(':');
    return colon == std::string_view::npos ? name : name.substr(colon + 1);
}
}  // namespace

long owner_of(const ProcessEntry& e, const std::vector<Configured>& configured) {
    std::string_view name = e.name, program = e.program, process = process_part(name);
    auto first = [&](auto&& match) -> long {
        for (size_t i = 0; i < configured.size(); ++i)
            if (match(configured[i])) return static_cast<long>(i);
        return -1;
    };
    long i = first([&](const Configured& c) { return c.name == name && c.program == program; });
    if (i < 0) i = first([&](const Configured& c) { return c.program == program && c.process_name == process; });
    if (i < 0) i = first([&](const Configured& c) { return c.name == name; });
    if (i >= 0 || name.find(':') != std::string_view::npos) return i;
    long only = -1;
    for (size_t k = 0; k < configured.size(); ++k) {
        if (configured[k].process_name != name) continue;
        if (only >= 0) return -1;   // several: none is surely the one
        only = static_cast<long>(k);
    }
    return only;
}

}  // namespace sv::table
