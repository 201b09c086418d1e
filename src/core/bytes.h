// Little-endian byte writer and reader for the packed codecs (proto, table).
// Values are written one byte at a time, so the result never depends on the
// host's byte order or on struct layout. The reader checks every access
// against the end of its buffer and reports a short read instead of reading
// past it. Header-only, std only.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace sv::bytes {

// Appends little-endian values to a byte vector.
class Writer {
public:
    explicit Writer(std::vector<uint8_t>& out) : out_(out) {}

    void u8(uint8_t v) { out_.push_back(v); }
    void u16(uint16_t v) { put(v, 2); }
    void u32(uint32_t v) { put(v, 4); }
    void u64(uint64_t v) { put(v, 8); }
    void i64(int64_t v) { put(static_cast<uint64_t>(v), 8); }
    void raw(const void* p, size_t n) {
        const auto* b = static_cast<const uint8_t*>(p);
        out_.insert(out_.end(), b, b + n);
    }
    void text(const std::string& s) { raw(s.data(), s.size()); }
    // A string preceded by its length as u8 / u16. The caller has checked
    // that the length fits the prefix.
    void str8(const std::string& s) { u8(static_cast<uint8_t>(s.size())); text(s); }
    void str16(const std::string& s) { u16(static_cast<uint16_t>(s.size())); text(s); }
    size_t size() const { return out_.size(); }
    // Overwrites a u16/u32 already written at `at` (length fields known late).
    void patch_u16(size_t at, uint16_t v) { patch(at, v, 2); }
    void patch_u32(size_t at, uint32_t v) { patch(at, v, 4); }

private:
    void put(uint64_t v, int n) {
        for (int i = 0; i < n; ++i) out_.push_back(static_cast<uint8_t>(v >> (8 * i)));
    }
    void patch(size_t at, uint64_t v, int n) {
        for (int i = 0; i < n; ++i) out_[at + static_cast<size_t>(i)] = static_cast<uint8_t>(v >> (8 * i));
    }
    std::vector<uint8_t>& out_;
};

// Reads little-endian values from [data, data + size). Every getter returns
// false, and leaves its output alone, when the value would run past the end.
class Reader {
public:
    Reader(const uint8_t* data, size_t size) : data_(data), size_(size) {}

    size_t left() const { return size_ - pos_; }
    size_t pos() const { return pos_; }

    bool u8(uint8_t& v) {
        uint64_t x;
        if (!get(x, 1)) return false;
        v = static_cast<uint8_t>(x);
        return true;
    }
    bool u16(uint16_t& v) {
        uint64_t x;
        if (!get(x, 2)) return false;
        v = static_cast<uint16_t>(x);
        return true;
    }
    bool u32(uint32_t& v) {
        uint64_t x;
        if (!get(x, 4)) return false;
        v = static_cast<uint32_t>(x);
        return true;
    }
    bool u64(uint64_t& v) { return get(v, 8); }
    bool i64(int64_t& v) {
        uint64_t x;
        if (!get(x, 8)) return false;
        v = static_cast<int64_t>(x);   // two's complement (gcc, clang, VSI C++)
        return true;
    }
    bool text(std::string& s, size_t n) {
        if (n > left()) return false;
        s.assign(reinterpret_cast<const char*>(data_ + pos_), n);
        pos_ += n;
        return true;
    }
    // A string preceded by its length as a u8 / u16.
    bool str8(std::string& s) {
        uint8_t n = 0;
        return u8(n) && text(s, n);
    }
    bool str16(std::string& s) {
        uint16_t n = 0;
        return u16(n) && text(s, n);
    }
    bool skip(size_t n) {
        if (n > left()) return false;
        pos_ += n;
        return true;
    }

private:
    bool get(uint64_t& v, int n) {
        if (static_cast<size_t>(n) > left()) return false;
        uint64_t x = 0;
        for (int i = 0; i < n; ++i) x |= static_cast<uint64_t>(data_[pos_ + static_cast<size_t>(i)]) << (8 * i);
        pos_ += static_cast<size_t>(n);
        v = x;
        return true;
    }
    const uint8_t* data_;
    size_t size_;
    size_t pos_ = 0;
};

// The longest prefix of `s` of at most `max` bytes that does not end inside
// a UTF-8 sequence (a cut never leaves half a character behind).
inline std::string cut_utf8(const std::string& s, size_t max) {
    if (s.size() <= max) return s;
    size_t n = max;
    // Step back over continuation bytes (10xxxxxx) to the start of the
    // character that the cut would split, at most 3 of them.
    size_t back = 0;
    while (n > 0 && back < 3 && (static_cast<uint8_t>(s[n]) & 0xC0) == 0x80) {
        --n;
        ++back;
    }
    if (back == 3 && (static_cast<uint8_t>(s[n]) & 0xC0) == 0x80) n = max;   // not UTF-8: plain cut
    return s.substr(0, n);
}

// CRC-32 as in zlib, Ethernet and PKZIP (reflected polynomial 0xEDB88320,
// initial value and final XOR 0xFFFFFFFF), one table lookup per byte.
// crc32("123456789") == 0xCBF43926. Pass the previous result as `crc` to
// continue over a second range.
namespace detail {
struct Crc32Table {
    uint32_t v[256];
    constexpr Crc32Table() : v() {
        for (uint32_t i = 0; i < 256; ++i) {
            uint32_t c = i;
            for (int k = 0; k < 8; ++k) c = (c & 1u) ? (c >> 1) ^ 0xEDB88320u : c >> 1;
            v[i] = c;
        }
    }
};
inline constexpr Crc32Table kCrc32Table{};
}  // namespace detail

inline uint32_t crc32(const uint8_t* data, size_t size, uint32_t crc = 0) {
    crc = ~crc;
    for (size_t i = 0; i < size; ++i) crc = detail::kCrc32Table.v[(crc ^ data[i]) & 0xFFu] ^ (crc >> 8);
    return ~crc;
}

}  // namespace sv::bytes
