#include "core/text.h"

#include <cstdio>

namespace sv {

char upcase(char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; }

std::string upcase(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = upcase(c);
    return out;
}

char downcase(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

std::string downcase(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = downcase(c);
    return out;
}

bool equal_nocase(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i)
        if (upcase(a[i]) != upcase(b[i])) return false;
    return true;
}

bool is_name_char(char c) {
    char u = upcase(c);
    return (u >= 'A' && u <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '$';
}

bool is_name(std::string_view s) {
    if (s.empty()) return false;
    for (char c : s)
        if (!is_name_char(c)) return false;
    return true;
}

int digit_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    char u = upcase(c);
    return u >= 'A' && u <= 'Z' ? u - 'A' + 10 : -1;
}

std::string_view trim(std::string_view s, std::string_view strip) {
    size_t b = s.find_first_not_of(strip);
    if (b == std::string_view::npos) return s.substr(s.size());
    return s.substr(b, s.find_last_not_of(strip) - b + 1);
}

std::vector<std::string> split(std::string_view s, std::string_view separators, Empties empties) {
    std::vector<std::string> out;
    for (size_t b = 0;;) {
        size_t e = s.find_first_of(separators, b);
        std::string_view piece = s.substr(b, e == std::string_view::npos ? std::string_view::npos : e - b);
        if (!piece.empty() || empties == Empties::keep) out.emplace_back(piece);
        if (e == std::string_view::npos) return out;
        b = e + 1;
    }
}

std::string join(const std::vector<std::string>& pieces, std::string_view separator) {
    std::string out;
    for (size_t i = 0; i < pieces.size(); ++i) {
        if (i) out += separator;
        out += pieces[i];
    }
    return out;
}

bool constant_time_equal(std::string_view given, std::string_view expected) {
    // Every byte of `expected` is visited whatever `given` holds; a length
    // difference is folded into the same accumulator.
    unsigned diff = given.size() == expected.size() ? 0u : 1u;
    for (size_t i = 0; i < expected.size(); ++i) {
        unsigned char g = i < given.size() ? static_cast<unsigned char>(given[i]) : 0u;
        diff |= g ^ static_cast<unsigned char>(expected[i]);
    }
    return diff == 0;
}

size_t utf8_sequence_at(std::string_view s, size_t i, uint32_t* cp) {
    auto b = [&](size_t k) { return static_cast<uint8_t>(s[i + k]); };
    uint8_t c = b(0);
    size_t n = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
    if (n == 0 || i + n > s.size()) return 0;
    uint32_t v = n == 1 ? c : c & (0x7F >> n);
    for (size_t k = 1; k < n; ++k) {
        if ((b(k) & 0xC0) != 0x80) return 0;
        v = (v << 6) | (b(k) & 0x3F);
    }
    static const uint32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
    if (v < kMin[n] || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) return 0;
    *cp = v;
    return n;
}

std::string json_escape(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size();) {
        uint32_t cp = 0;
        size_t n = utf8_sequence_at(s, i, &cp);
        if (n == 0) {   // not UTF-8: JSON cannot carry the byte
            out += "\\ufffd";
            ++i;
            continue;
        }
        if (n > 1) {
            out.append(s.substr(i, n));
            i += n;
            continue;
        }
        unsigned char c = static_cast<unsigned char>(s[i++]);
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\t': out += "\\t"; break;
        case '\r': out += "\\r"; break;
        default:
            if (c < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", c);
                out += buf;
            } else {
                out += static_cast<char>(c);
            }
        }
    }
    return out;
}

}  // namespace sv
