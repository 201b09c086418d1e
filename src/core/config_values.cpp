// Value syntax of supervisord.conf: booleans, numbers, byte sizes, lists,
// exit codes, quotas, privileges, environment, signals, %(name)s expansion,
// and the "did you mean" hint. Pure functions, no I/O.
#include <algorithm>
#include <cctype>
#include <limits>

#include "core/config_internal.h"
#include "core/text.h"

namespace sv::cfg {

namespace {

std::string quoted(const std::string& v) { return "'" + v + "'"; }

bool all_digits(const std::string& s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isdigit(c) != 0; });
}

// Unsigned decimal without overflow; nullopt when not all digits or too big.
std::optional<uint64_t> decimal(const std::string& s) {
    if (!all_digits(s)) return std::nullopt;
    uint64_t n = 0;
    for (char c : s) {
        uint64_t d = static_cast<uint64_t>(c - '0');
        if (n > (std::numeric_limits<uint64_t>::max() - d) / 10) return std::nullopt;
        n = n * 10 + d;
    }
    return n;
}

// The hexadecimal number s holds from `from` on.
std::optional<uint64_t> hex(const std::string& s, size_t from) {
    if (s.size() <= from || s.size() - from > 16) return std::nullopt;
    uint64_t n = 0;
    for (char c : s.substr(from)) {
        if (!std::isxdigit(static_cast<unsigned char>(c))) return std::nullopt;
        int d = digit_value(c);
        n = n * 16 + static_cast<uint64_t>(d);
    }
    return n;
}

const std::vector<std::string>& vms_quota_names() {
    static const std::vector<std::string> names{"ASTLM",  "BIOLM",     "BYTLM", "CPULM", "DIOLM",
                                                "ENQLM",  "FILLM",     "JTQUOTA", "PGFLQUOTA", "PRCLM",
                                                "TQELM",  "WSDEFAULT", "WSEXTENT", "WSQUOTA"};
    return names;
}

const std::vector<std::string>& rlimit_names() {
    static const std::vector<std::string> names{"AS",    "CORE",  "CPU",   "DATA",   "FSIZE",  "LOCKS",
                                                "MEMLOCK", "MSGQUEUE", "NICE", "NOFILE", "NPROC", "RSS",
                                                "RTPRIO", "RTTIME", "SIGPENDING", "STACK"};
    return names;
}

// PRV$V_ names (reference/vms-services.md 1.5) and the Linux capabilities.
const std::vector<std::string>& privilege_names() {
    static const std::vector<std::string> names{
        "CMKRNL", "CMEXEC", "SYSNAM", "GRPNAM", "ALLSPOOL", "IMPERSONATE", "DIAGNOSE", "LOG_IO",
        "GROUP", "NOACNT", "PRMCEB", "PRMMBX", "PSWAPM", "SETPRI", "SETPRV", "TMPMBX", "WORLD",
        "MOUNT", "OPER", "EXQUOTA", "NETMBX", "VOLPRO", "PHY_IO", "BUGCHK", "PRMGBL", "SYSGBL",
        "PFNMAP", "SHMEM", "SYSPRV", "BYPASS", "SYSLCK", "SHARE", "UPGRADE", "DOWNGRADE", "GRPPRV",
        "READALL", "IMPORT", "AUDIT", "SECURITY",
        "CAP_CHOWN", "CAP_DAC_OVERRIDE", "CAP_DAC_READ_SEARCH", "CAP_FOWNER", "CAP_FSETID",
        "CAP_KILL", "CAP_SETGID", "CAP_SETUID", "CAP_SETPCAP", "CAP_LINUX_IMMUTABLE",
        "CAP_NET_BIND_SERVICE", "CAP_NET_BROADCAST", "CAP_NET_ADMIN", "CAP_NET_RAW", "CAP_IPC_LOCK",
        "CAP_IPC_OWNER", "CAP_SYS_MODULE", "CAP_SYS_RAWIO", "CAP_SYS_CHROOT", "CAP_SYS_PTRACE",
        "CAP_SYS_PACCT", "CAP_SYS_ADMIN", "CAP_SYS_BOOT", "CAP_SYS_NICE", "CAP_SYS_RESOURCE",
        "CAP_SYS_TIME", "CAP_SYS_TTY_CONFIG", "CAP_MKNOD", "CAP_LEASE", "CAP_AUDIT_WRITE",
        "CAP_AUDIT_CONTROL", "CAP_SETFCAP", "CAP_MAC_OVERRIDE", "CAP_MAC_ADMIN", "CAP_SYSLOG",
        "CAP_WAKE_ALARM", "CAP_BLOCK_SUSPEND", "CAP_AUDIT_READ", "CAP_PERFMON", "CAP_BPF",
        "CAP_CHECKPOINT_RESTORE"};
    return names;
}

// Old VMS privilege names and their current spelling.
std::string privilege_alias(const std::string& name) {
    if (name == "DETACH") return "IMPERSONATE";
    if (name == "ACNT") return "NOACNT";
    if (name == "ALTPRI") return "SETPRI";
    return name;
}

}  // namespace

std::string lower(std::string s) {
    for (auto& c : s) c = downcase(c);
    return s;
}

std::string upper(std::string s) {
    for (auto& c : s) c = upcase(c);
    return s;
}

std::string trim(const std::string& s) {
    const char* ws = " \t\r\n\f\v";
    size_t b = s.find_first_not_of(ws);
    if (b == std::string::npos) return "";
    size_t e = s.find_last_not_of(ws);
    return s.substr(b, e - b + 1);
}

std::vector<std::string> split_list(const std::string& v) {
    std::vector<std::string> out;
    std::string cur;
    for (char c : v) {
        if (c == ',' || std::isspace(static_cast<unsigned char>(c))) {
            if (!cur.empty()) out.push_back(cur);
            cur.clear();
        } else {
            cur += c;
        }
    }
    if (!cur.empty()) out.push_back(cur);
    return out;
}

std::optional<bool> parse_bool(const std::string& v, std::string* why) {
    std::string l = lower(trim(v));
    if (l == "true" || l == "yes" || l == "on" || l == "1") return true;
    if (l == "false" || l == "no" || l == "off" || l == "0") return false;
    *why = "not a boolean: " + quoted(v) + " (true or false)";
    return std::nullopt;
}

std::optional<int64_t> parse_int(const std::string& v, int64_t lo, int64_t hi, std::string* why) {
    std::string t = trim(v);
    bool neg = !t.empty() && t[0] == '-';
    auto n = decimal(neg ? t.substr(1) : t);
    if (!n || *n > static_cast<uint64_t>(std::numeric_limits<int64_t>::max())) {
        *why = "not an integer: " + quoted(v);
        return std::nullopt;
    }
    int64_t x = neg ? -static_cast<int64_t>(*n) : static_cast<int64_t>(*n);
    if (x < lo || x > hi) {
        *why = "out of range " + std::to_string(lo) + ".." + std::to_string(hi) + ": " + quoted(v);
        return std::nullopt;
    }
    return x;
}

std::optional<uint64_t> parse_bytes(const std::string& v, std::string* why) {
    std::string t = upper(trim(v));
    uint64_t mult = 1;
    if (t.size() > 2) {
        std::string suffix = t.substr(t.size() - 2);
        if (suffix == "KB") mult = 1024;
        if (suffix == "MB") mult = 1024 * 1024;
        if (suffix == "GB") mult = 1024 * 1024 * 1024;
        if (mult != 1) t = trim(t.substr(0, t.size() - 2));
    }
    auto n = decimal(t);
    if (!n || *n > std::numeric_limits<uint64_t>::max() / mult) {
        *why = "not a byte size: " + quoted(v) + " (a number, optionally followed by KB, MB or GB)";
        return std::nullopt;
    }
    return *n * mult;
}

std::optional<unsigned> parse_octal(const std::string& v, unsigned max, std::string* why) {
    std::string t = trim(v);
    bool ok = !t.empty() && t.size() <= 6 && std::all_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '7'; });
    unsigned n = 0;
    if (ok)
        for (char c : t) n = n * 8 + static_cast<unsigned>(c - '0');
    if (!ok || n > max) {
        *why = "not an octal mode: " + quoted(v);
        return std::nullopt;
    }
    return n;
}

std::optional<AutoRestart> parse_autorestart(const std::string& v, std::string* why) {
    std::string l = lower(trim(v));
    if (l == "unexpected") return AutoRestart::unexpected;
    std::string ignored;
    if (auto b = parse_bool(l, &ignored)) return *b ? AutoRestart::always : AutoRestart::never;
    *why = "not one of true, false, unexpected: " + quoted(v);
    return std::nullopt;
}

std::optional<ExitCodes> parse_exitcodes(const std::string& v, Platform p, std::string* why) {
    ExitCodes ec;
    ec.codes.clear();
    ec.masked = p == Platform::vms;
    auto items = split_list(v);
    if (items.empty()) {
        *why = "no exit code given";
        return std::nullopt;
    }
    for (const auto& item : items) {
        if (lower(item) == "odd") {
            ec.any_odd = true;
            continue;
        }
        std::optional<uint64_t> n;
        bool is_hex = item.size() > 2 && item[0] == '%' && (item[1] == 'X' || item[1] == 'x');
        n = is_hex ? hex(item, 2) : decimal(item);
        if (!n || *n > 0xFFFFFFFFu) {
            *why = "not an exit code: " + quoted(item) + " (decimal, %X hexadecimal or 'odd')";
            return std::nullopt;
        }
        if (p == Platform::posix && !is_hex && *n > 255) {
            *why = "not an exit status (0..255): " + quoted(item);
            return std::nullopt;
        }
        ec.codes.push_back(static_cast<int64_t>(*n));
    }
    return ec;
}

std::optional<std::vector<Quota>> parse_quotas(const std::string& v, std::string* why) {
    std::vector<Quota> out;
    for (const auto& item : split_list(v)) {
        size_t eq = item.find('=');
        if (eq == std::string::npos) {
            *why = "not NAME=value: " + quoted(item);
            return std::nullopt;
        }
        std::string name = upper(item.substr(0, eq));
        if (name.rfind("RLIMIT_", 0) == 0) name = name.substr(7);
        const auto& vn = vms_quota_names();
        const auto& ln = rlimit_names();
        if (std::find(vn.begin(), vn.end(), name) == vn.end() && std::find(ln.begin(), ln.end(), name) == ln.end()) {
            std::vector<std::string> all(vn);
            all.insert(all.end(), ln.begin(), ln.end());
            *why = "unknown quota " + quoted(name) + did_you_mean(name, all);
            return std::nullopt;
        }
        std::string sub;
        auto value = parse_bytes(item.substr(eq + 1), &sub);
        if (!value) {
            *why = name + ": " + sub;
            return std::nullopt;
        }
        for (const auto& q : out)
            if (q.name == name) {
                *why = "quota " + quoted(name) + " given twice";
                return std::nullopt;
            }
        out.push_back({name, *value});
    }
    return out;
}

std::optional<std::vector<std::string>> parse_privileges(const std::string& v, std::string* why) {
    std::vector<std::string> out;
    const auto& known = privilege_names();
    for (const auto& item : split_list(v)) {
        std::string name = privilege_alias(upper(item));
        if (std::find(known.begin(), known.end(), name) == known.end()) {
            *why = "unknown privilege " + quoted(item) + did_you_mean(name, known);
            return std::nullopt;
        }
        if (std::find(out.begin(), out.end(), name) == out.end()) out.push_back(name);
    }
    return out;
}

namespace {

// One quoted environment value starting at v[i] (the quote); advances i.
bool read_quoted(const std::string& v, size_t& i, std::string* out) {
    char q = v[i++];
    while (i < v.size() && v[i] != q) {
        if (q == '"' && v[i] == '\\' && i + 1 < v.size()) ++i;
        *out += v[i++];
    }
    if (i >= v.size()) return false;
    ++i;
    return true;
}

void skip_space(const std::string& v, size_t& i) {
    while (i < v.size() && std::isspace(static_cast<unsigned char>(v[i]))) ++i;
}

}  // namespace

std::optional<std::vector<std::pair<std::string, std::string>>> parse_environment(const std::string& v,
                                                                                  std::string* why) {
    std::vector<std::pair<std::string, std::string>> out;
    size_t i = 0;
    while (true) {
        skip_space(v, i);
        if (i >= v.size()) break;
        size_t eq = v.find('=', i);
        size_t comma = v.find(',', i);
        if (eq == std::string::npos || (comma != std::string::npos && comma < eq)) {
            *why = "not KEY=value: " + quoted(trim(v.substr(i, comma == std::string::npos ? std::string::npos : comma - i)));
            return std::nullopt;
        }
        std::string key = trim(v.substr(i, eq - i));
        if (key.empty() || key.find_first_of(" \t\n\"'") != std::string::npos) {
            *why = "not a variable name: " + quoted(key);
            return std::nullopt;
        }
        i = eq + 1;
        skip_space(v, i);
        std::string value;
        if (i < v.size() && (v[i] == '"' || v[i] == '\'')) {
            if (!read_quoted(v, i, &value)) {
                *why = "unclosed quote in the value of " + key;
                return std::nullopt;
            }
            skip_space(v, i);
            if (i < v.size() && v[i] != ',') {
                *why = "text after the quoted value of " + key;
                return std::nullopt;
            }
        } else {
            size_t end = v.find(',', i);
            value = trim(v.substr(i, end == std::string::npos ? std::string::npos : end - i));
            i = end == std::string::npos ? v.size() : end;
        }
        out.emplace_back(key, value);
        if (i < v.size()) ++i;  // the comma
    }
    return out;
}

std::optional<std::string> parse_signal(const std::string& v, std::string* why) {
    static const std::vector<std::string> names{"TERM", "HUP", "INT", "QUIT", "KILL", "USR1", "USR2"};
    std::string s = upper(trim(v));
    if (s.rfind("SIG", 0) == 0) s = s.substr(3);
    if (std::find(names.begin(), names.end(), s) != names.end()) return s;
    *why = "not a stop signal: " + quoted(v) + " (TERM, HUP, INT, QUIT, KILL, USR1 or USR2)";
    return std::nullopt;
}

std::optional<std::string> parse_loglevel(const std::string& v, std::string* why) {
    std::string l = lower(trim(v));
    if (l == "debug" || l == "trace" || l == "blather") return std::string("debug");
    if (l == "info") return std::string("info");
    if (l == "warn" || l == "warning") return std::string("warn");
    if (l == "error" || l == "critical") return std::string("error");
    *why = "not a log level: " + quoted(v) + " (debug, info, warn or error)";
    return std::nullopt;
}

namespace {

// Formats one expanded value for %(name)<flags><width><conv>.
std::optional<std::string> format_one(const std::string& value, const std::string& flags, size_t width, char conv,
                                      std::string* why) {
    std::string body = value;
    bool numeric = conv == 'd' || conv == 'i';
    if (numeric) {
        std::string t = trim(value);
        bool neg = !t.empty() && t[0] == '-';
        if (!all_digits(neg ? t.substr(1) : t)) {
            *why = "%(..)" + std::string(1, conv) + " needs a number, got " + quoted(value);
            return std::nullopt;
        }
        body = t;
    }
    if (body.size() >= width) return body;
    size_t pad = width - body.size();
    if (flags.find('-') != std::string::npos) return body + std::string(pad, ' ');
    if (numeric && flags.find('0') != std::string::npos) {
        bool neg = !body.empty() && body[0] == '-';
        return (neg ? "-" : "") + std::string(pad, '0') + body.substr(neg ? 1 : 0);
    }
    return std::string(pad, ' ') + body;
}

}  // namespace

std::optional<std::string> expand(const std::string& v, const std::map<std::string, std::string>& vars,
                                  std::string* why) {
    std::string out;
    size_t i = 0;
    while (i < v.size()) {
        if (v[i] != '%') {
            out += v[i++];
            continue;
        }
        if (i + 1 < v.size() && v[i + 1] == '%') {
            out += '%';
            i += 2;
            continue;
        }
        size_t close = v.find(')', i);
        if (i + 1 >= v.size() || v[i + 1] != '(' || close == std::string::npos) {
            *why = "a '%' must start '%(name)s' or be doubled ('%%'): " + quoted(v);
            return std::nullopt;
        }
        std::string name = v.substr(i + 2, close - i - 2);
        size_t j = close + 1;
        std::string flags;
        while (j < v.size() && std::string("-0 +#").find(v[j]) != std::string::npos) flags += v[j++];
        size_t width = 0;
        while (j < v.size() && std::isdigit(static_cast<unsigned char>(v[j])) && width < 1000)
            width = width * 10 + static_cast<size_t>(v[j++] - '0');
        if (j >= v.size() || std::string("sdir").find(v[j]) == std::string::npos) {
            *why = "bad format after '%(" + name + ")' (expected s or d): " + quoted(v);
            return std::nullopt;
        }
        auto it = vars.find(name);
        if (it == vars.end()) {
            std::vector<std::string> names;
            for (const auto& kv : vars)
                if (kv.first.rfind("ENV_", 0) != 0) names.push_back(kv.first);
            *why = "cannot expand '%(" + name + ")': unknown name" + did_you_mean(name, names);
            return std::nullopt;
        }
        auto piece = format_one(it->second, flags, width, v[j] == 'i' ? 'd' : v[j], why);
        if (!piece) return std::nullopt;
        if (out.size() + piece->size() > kMaxExpandedValue) {
            *why = "expands to more than " + std::to_string(kMaxExpandedValue) + " bytes";
            return std::nullopt;
        }
        out += *piece;
        i = j + 1;
    }
    return out;
}

namespace {

bool control(uint32_t cp) { return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F); }

}  // namespace

std::string name_problem(const std::string& name) {
    bool ctl = false;
    for (size_t i = 0; i < name.size();) {
        uint32_t cp = 0;
        size_t n = utf8_sequence_at(name, i, &cp);
        if (n == 0) return "not UTF-8";
        ctl = ctl || control(cp);
        i += n;
    }
    return ctl ? "a control character" : "";
}

std::string printable(const std::string& s) {
    std::string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size();) {
        uint32_t cp = 0;
        size_t n = utf8_sequence_at(s, i, &cp);
        if (n != 0 && !control(cp)) {
            out.append(s, i, n);
            i += n;
            continue;
        }
        for (size_t k = 0; k < std::max<size_t>(n, 1); ++k, ++i) {
            out += "\\x";
            out += "0123456789abcdef"[static_cast<uint8_t>(s[i]) >> 4];
            out += "0123456789abcdef"[static_cast<uint8_t>(s[i]) & 15];
        }
    }
    return out;
}

std::string clip(const std::string& s, size_t max) {
    if (s.size() <= max) return s;
    size_t cut = max;
    while (cut > 0 && (static_cast<uint8_t>(s[cut]) & 0xC0) == 0x80) --cut;
    return s.substr(0, cut) + "... (" + std::to_string(s.size() - cut) + " more bytes)";
}

size_t edit_distance(const std::string& a, const std::string& b) {
    std::vector<size_t> prev(b.size() + 1), cur(b.size() + 1);
    for (size_t j = 0; j <= b.size(); ++j) prev[j] = j;
    for (size_t i = 1; i <= a.size(); ++i) {
        cur[0] = i;
        for (size_t j = 1; j <= b.size(); ++j) {
            size_t sub = prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, sub});
        }
        std::swap(prev, cur);
    }
    return prev[b.size()];
}

std::string closest(const std::string& word, const std::vector<std::string>& candidates) {
    std::string best;
    size_t best_d = std::numeric_limits<size_t>::max();
    size_t limit = std::max<size_t>(2, word.size() / 3);
    std::string w = lower(word);
    for (const auto& c : candidates) {
        size_t gap = c.size() > word.size() ? c.size() - word.size() : word.size() - c.size();
        if (gap > limit) continue;  // the distance is at least the difference in length
        size_t d = edit_distance(w, lower(c));
        if (d < best_d) {
            best_d = d;
            best = c;
        }
    }
    return best_d <= limit && best_d < word.size() ? best : std::string();
}

std::string did_you_mean(const std::string& word, const std::vector<std::string>& candidates) {
    std::string c = closest(word, candidates);
    return c.empty() ? std::string() : " (did you mean '" + c + "'?)";
}

}  // namespace sv::cfg
