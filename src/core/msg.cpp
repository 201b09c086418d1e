// The message catalogue: a reader for VMS MESSAGE source and a $FAO subset.
//
// Source rules followed (reference/dcl.md §4.3): one statement a line; `!`
// starts a comment outside quoted text; directives (.TITLE .IDENT .FACILITY
// .SEVERITY .BASE .LITERAL .PAGE .END) in any case; message lines
// `IDENT <text> /qualifiers` or with "text".  Qualifiers may be abbreviated
// while unique (/FAO for /FAO_COUNT).  Message numbers start at 1, go up by
// one per message in file order, and `.BASE n` sets the next one.
//
// Condition value (reference/dcl.md §4.2):
//   bits 0-2 severity, 3-14 message number, 15 facility-specific flag,
//   16-26 facility number, 27 customer flag, 28-31 control (never set here).
// A /SYSTEM facility has no customer flag; a /SHARED one no facility flag.
#include "core/msg.h"

#include "core/text.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <optional>
#include <stdexcept>

namespace sv::msg {

namespace {

constexpr uint32_t kCustomerBit = 0x08000000u;
constexpr uint32_t kFacilitySpecificBit = 0x8000u;
constexpr uint32_t kControlMask = 0xF0000000u;
constexpr uint32_t kMaxMessageNumber = 0xFFF;  // 12 bits (3-14)
constexpr size_t kMaxSymbol = 31;              // prefix + ident
constexpr size_t kMaxFacilityName = 9;
constexpr size_t kMaxText = 255;               // $GETMSG's buffer

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

// The line without its `!` comment; `!` inside <...>, "..." or '...' is text.
std::string_view strip_comment(std::string_view line) {
    char close = 0;
    for (size_t i = 0; i < line.size(); ++i) {
        char c = line[i];
        if (close) {
            if (c == close) close = 0;
        } else if (c == '<') {
            close = '>';
        } else if (c == '"' || c == '\'') {
            close = c;
        } else if (c == '!') {
            return line.substr(0, i);
        }
    }
    return line;
}

// A number as MESSAGE reads it: decimal, or %X hex, %O octal, %D decimal.
std::optional<uint32_t> parse_number(std::string_view s) {
    int base = 10;
    if (s.size() > 2 && s[0] == '%') {
        char r = upcase(s[1]);
        base = r == 'X' ? 16 : r == 'O' ? 8 : r == 'D' ? 10 : 0;
        if (!base) return std::nullopt;
        s.remove_prefix(2);
    }
    if (s.empty() || s.size() > 10) return std::nullopt;
    uint64_t v = 0;
    for (char c : s) {
        int d = digit_value(c);
        if (d < 0 || d >= base) return std::nullopt;
        v = v * static_cast<uint64_t>(base) + static_cast<uint64_t>(d);
    }
    if (v > 0xFFFFFFFFu) return std::nullopt;
    return static_cast<uint32_t>(v);
}

// Matches `word` against `names` by unique abbreviation (an exact name wins).
// Returns the index, -1 for none, -2 for ambiguous.
int match_keyword(std::string_view word, const std::vector<std::string_view>& names) {
    std::string w = upcase(word);
    int found = -1;
    for (size_t i = 0; i < names.size(); ++i) {
        if (names[i] == w) return static_cast<int>(i);
        if (!w.empty() && names[i].substr(0, w.size()) == w) found = found == -1 ? static_cast<int>(i) : -2;
    }
    return found;
}

const std::vector<std::string_view> kSeverityNames = {"SUCCESS", "INFORMATIONAL", "WARNING",
                                                      "ERROR", "SEVERE", "FATAL"};
const Severity kSeverityValues[] = {Severity::success, Severity::informational, Severity::warning,
                                    Severity::error, Severity::severe, Severity::severe};

// A `/NAME[=value]` qualifier split off the front of `rest`.
struct Qualifier {
    std::string name;
    std::string value;
    bool has_value = false;
};

// Reads the qualifier starting at rest[0] == '/'.
Qualifier take_qualifier(std::string_view& rest) {
    Qualifier q;
    size_t i = 1;
    while (i < rest.size() && is_name_char(rest[i])) ++i;
    q.name = upcase(rest.substr(1, i - 1));
    size_t j = i;
    while (j < rest.size() && is_blank(rest[j])) ++j;
    if (j < rest.size() && (rest[j] == '=' || rest[j] == ':')) {
        q.has_value = true;
        ++j;
        while (j < rest.size() && is_blank(rest[j])) ++j;
        size_t k = j;
        while (k < rest.size() && !is_blank(rest[k]) && rest[k] != '/' && rest[k] != ',' &&
               rest[k] != '<' && rest[k] != '"')
            ++k;
        q.value = std::string(rest.substr(j, k - j));
        i = k;
    }
    rest.remove_prefix(i);
    return q;
}

// The state of one parse.
struct Parser {
    std::vector<ParseError>* errors;
    std::vector<Message> messages;
    std::string facility;
    uint32_t facility_number = 0;
    uint32_t facility_bits = kCustomerBit | kFacilitySpecificBit;
    int facility_line = 0;
    std::string prefix;
    std::optional<Severity> severity;
    uint32_t next_number = 1;
    std::vector<uint32_t> numbers;  // parallel to messages
    bool ended = false;
    int line = 0;

    void error(const std::string& text) { error_at(line, text); }
    void error_at(int at, const std::string& text) {
        if (errors) errors->push_back({at, text});
    }

    void statement(std::string_view s);
    void directive(std::string_view s);
    void facility_directive(std::string_view rest);
    void severity_directive(std::string_view rest);
    void base_directive(std::string_view rest);
    void message(std::string_view s);
    bool message_qualifier(const Qualifier& q, Message& m, bool& have_fao, bool& have_sev);
    uint32_t finish_codes();
};

void Parser::statement(std::string_view s) {
    s = trim(strip_comment(s));
    if (s.empty()) return;
    if (s[0] == '.') return directive(s);
    if (facility.empty()) return error("message before the .FACILITY directive");
    message(s);
}

void Parser::directive(std::string_view s) {
    size_t i = 1;
    while (i < s.size() && is_name_char(s[i])) ++i;
    std::string name = upcase(s.substr(1, i - 1));
    std::string_view rest = trim(s.substr(i));
    if (name == "TITLE" || name == "IDENT" || name == "PAGE" || name == "LITERAL") {
        // .TITLE and .IDENT label the listing and object; .LITERAL defines
        // symbols for other languages; .PAGE is a listing page break.
        if ((name == "TITLE" || name == "IDENT") && rest.empty()) error("." + name + " needs a value");
        return;
    }
    if (name == "FACILITY") return facility_directive(rest);
    if (name == "SEVERITY") return severity_directive(rest);
    if (name == "BASE") return base_directive(rest);
    if (name == "END") {
        ended = true;
        return;
    }
    error("unknown directive ." + name);
}

void Parser::facility_directive(std::string_view rest) {
    if (!facility.empty()) return error("a second .FACILITY (one facility a file is supported)");
    std::vector<std::string> words;
    bool system = false, shared = false;
    while (!(rest = trim(rest)).empty()) {
        if (rest[0] == ',') {
            rest.remove_prefix(1);
            continue;
        }
        if (rest[0] == '/') {
            Qualifier q = take_qualifier(rest);
            int k = match_keyword(q.name, {"PREFIX", "SYSTEM", "SHARED"});
            if (k == 0 && q.has_value && !q.value.empty()) prefix = upcase(q.value);
            else if (k == 1 && !q.has_value) system = true;
            else if (k == 2 && !q.has_value) shared = true;
            else return error("bad .FACILITY qualifier /" + q.name);
            continue;
        }
        size_t i = 0;
        while (i < rest.size() && !is_blank(rest[i]) && rest[i] != ',' && rest[i] != '/') ++i;
        words.emplace_back(rest.substr(0, i));
        rest.remove_prefix(i);
    }
    if (words.size() != 2) return error(".FACILITY needs a name and a number");
    std::string name = upcase(words[0]);
    if (name.empty() || name.size() > kMaxFacilityName ||
        !std::all_of(name.begin(), name.end(), is_name_char) ||
        !std::isalpha(static_cast<unsigned char>(name[0])))
        return error("bad facility name " + words[0] + " (1-9 letters, digits, _ or $)");
    auto number = parse_number(words[1]);
    uint32_t limit = system ? 0xFFF : 0x7FF;
    if (!number || *number == 0 || *number > limit)
        return error("bad facility number " + words[1] + " (1-" + std::to_string(limit) + ")");
    facility = name;
    facility_number = *number;
    facility_line = line;
    facility_bits = (system ? 0u : kCustomerBit) | (shared ? 0u : kFacilitySpecificBit);
    if (prefix.empty()) prefix = name + (system ? "$_" : "_");
}

void Parser::severity_directive(std::string_view rest) {
    int k = match_keyword(rest, kSeverityNames);
    if (rest.empty() || k < 0) return error("bad severity " + std::string(rest));
    severity = kSeverityValues[k];
}

void Parser::base_directive(std::string_view rest) {
    auto n = parse_number(rest);
    if (!n || *n > kMaxMessageNumber) return error("bad .BASE value " + std::string(rest));
    next_number = *n;
}

bool Parser::message_qualifier(const Qualifier& q, Message& m, bool& have_fao, bool& have_sev) {
    static const std::vector<std::string_view> names = {
        "FAO_COUNT", "USER_VALUE", "IDENTIFICATION", "SUCCESS", "INFORMATIONAL",
        "WARNING",   "ERROR",      "SEVERE",         "FATAL"};
    int k = match_keyword(q.name, names);
    if (k == 0) {
        auto n = q.has_value ? parse_number(q.value) : std::nullopt;
        if (!n || *n > 255) return error("bad /FAO_COUNT value " + q.value), false;
        m.fao_count = static_cast<int>(*n);
        have_fao = true;
        return true;
    }
    if (k == 1) {
        if (!q.has_value || !parse_number(q.value)) return error("bad /USER_VALUE value " + q.value), false;
        return true;  // kept in the VMS object only; nothing here uses it
    }
    if (k == 2) return error("/IDENTIFICATION is not supported: name the message by its ident"), false;
    if (k >= 3 && !q.has_value) {
        if (have_sev) return error("more than one severity for " + m.ident), false;
        m.severity = kSeverityValues[k - 3];
        have_sev = true;
        return true;
    }
    error(k == -2 ? "ambiguous qualifier /" + q.name : "unknown qualifier /" + q.name);
    return false;
}

// Arguments a control string takes (counted as $FAO does: !AD takes two).
int fao_arguments(std::string_view control);

void Parser::message(std::string_view s) {
    Message m;
    m.line = line;
    size_t i = 0;
    while (i < s.size() && is_name_char(s[i])) ++i;
    m.ident = upcase(s.substr(0, i));
    if (m.ident.empty() || !std::isalpha(static_cast<unsigned char>(m.ident[0])))
        return error("a message line must start with its ident");
    if (prefix.size() + m.ident.size() > kMaxSymbol)
        return error("symbol " + prefix + m.ident + " is longer than 31 characters");
    std::string_view rest = s.substr(i);
    bool have_text = false, have_fao = false, have_sev = false;
    while (!(rest = trim(rest)).empty()) {
        char c = rest[0];
        if (c == '/') {
            if (!message_qualifier(take_qualifier(rest), m, have_fao, have_sev)) return;
        } else if (c == '<' || c == '"') {
            size_t end = rest.find(c == '<' ? '>' : '"', 1);
            if (end == std::string_view::npos) return error("unterminated text of " + m.ident);
            if (have_text) return error("more than one text for " + m.ident);
            m.text = std::string(rest.substr(1, end - 1));
            have_text = true;
            rest.remove_prefix(end + 1);
        } else {
            return error("unexpected '" + std::string(rest) + "' after " + m.ident);
        }
    }
    if (!have_text) return error("message " + m.ident + " has no text");
    if (m.text.size() > kMaxText) return error("text of " + m.ident + " is longer than 255 characters");
    if (!have_sev) {
        if (!severity) return error("no severity for " + m.ident + " (use .SEVERITY or a qualifier)");
        m.severity = *severity;
    }
    int used = fao_arguments(m.text);
    if (used != m.fao_count)
        return error("text of " + m.ident + " takes " + std::to_string(used) + " FAO argument(s) but /FAO_COUNT is " +
                     std::to_string(have_fao ? m.fao_count : 0));
    for (const auto& other : messages)
        if (other.ident == m.ident)
            return error("duplicate message " + m.ident + " (first at line " + std::to_string(other.line) + ")");
    if (next_number > kMaxMessageNumber) return error("message number of " + m.ident + " is above 4095");
    for (size_t k = 0; k < numbers.size(); ++k)
        if (numbers[k] == next_number)
            return error("message number " + std::to_string(next_number) + " of " + m.ident + " is already used by " +
                         messages[k].ident);
    numbers.push_back(next_number++);
    messages.push_back(std::move(m));
}

uint32_t Parser::finish_codes() {
    uint32_t base = facility_number << 16 | facility_bits;
    for (size_t k = 0; k < messages.size(); ++k)
        messages[k].code = base | numbers[k] << 3 | static_cast<uint32_t>(messages[k].severity);
    return base;
}

// ---- $FAO ---------------------------------------------------------------

std::string to_text(const Arg* a) {
    if (!a) return {};
    if (auto s = std::get_if<std::string>(a)) return *s;
    return std::to_string(std::get<int64_t>(*a));
}

int64_t to_number(const Arg* a) {
    if (!a) return 0;
    if (auto n = std::get_if<int64_t>(a)) return *n;
    const std::string& s = std::get<std::string>(*a);
    char* end = nullptr;
    long long v = std::strtoll(s.c_str(), &end, 10);
    return (end && end != s.c_str() && *end == '\0') ? static_cast<int64_t>(v) : 0;
}

// Left-justified string field: pads with blanks or cuts on the right.
std::string string_field(std::string s, int width) {
    if (width >= 0) s.resize(static_cast<size_t>(width), ' ');
    return s;
}

// Right-justified numeric field: decimal overflow gives asterisks, hex and
// octal keep their low-order digits (as $FAO does).
std::string number_field(const std::string& digits, int width, char fill, bool keep_low) {
    if (width < 0) return digits;
    size_t w = static_cast<size_t>(width);
    if (digits.size() <= w) return std::string(w - digits.size(), fill) + digits;
    return keep_low ? digits.substr(digits.size() - w) : std::string(w, '*');
}

std::string in_base(uint64_t v, unsigned base) {
    std::string out;
    do {
        out.insert(out.begin(), "0123456789ABCDEF"[v % base]);
        v /= base;
    } while (v);
    return out;
}

// Widths and repeat counts are capped, so no control string can ask for a
// huge output.
constexpr int kMaxField = 1024;

// Walks a control string; without arguments (nullptr) it only counts them.
// !AC (a counted string on VMS) is taken like !AS.
class Fao {
public:
    Fao(std::string_view control, const std::vector<Arg>* args) : c_(control), args_(args) {}

    std::string run() {
        while (pos_ < c_.size()) {
            char ch = c_[pos_++];
            if (ch != '!') out_ += ch;
            else directive();
        }
        return out_;
    }
    int used() const { return max_used_; }

private:
    const Arg* next() {
        size_t i = index_++;
        max_used_ = std::max(max_used_, static_cast<int>(index_));
        return args_ && i < args_->size() ? &(*args_)[i] : nullptr;
    }
    // A decimal count at pos_, or `#` (taken from the arguments); -1 if none.
    int count() {
        if (pos_ < c_.size() && c_[pos_] == '#') {
            ++pos_;
            return static_cast<int>(std::clamp<int64_t>(to_number(next()), 0, kMaxField));
        }
        int n = -1;
        while (pos_ < c_.size() && std::isdigit(static_cast<unsigned char>(c_[pos_])))
            n = std::min((n < 0 ? 0 : n * 10) + (c_[pos_++] - '0'), kMaxField);
        return n;
    }
    void directive();
    bool convert(char kind, char size, int width);
    void number(char kind, char size, int width);

    std::string_view c_;
    const std::vector<Arg>* args_;
    size_t pos_ = 0;
    size_t index_ = 0;
    int max_used_ = 0;
    int64_t last_number_ = 0;
    std::string out_;
};

void Fao::directive() {
    size_t start = pos_ - 1;
    if (pos_ >= c_.size()) return void(out_ += '!');
    char ch = c_[pos_];
    const char* simple = ch == '!' ? "!" : ch == '/' ? "\n" : ch == '_' ? "\t" : ch == '^' ? "\f" : nullptr;
    if (simple) return void((++pos_, out_ += simple));
    if (ch == '-' || ch == '+') {  // reuse the last argument / skip one
        ++pos_;
        if (ch == '-') index_ = index_ ? index_ - 1 : 0;
        else next();
        return;
    }
    if (c_.substr(pos_, 2) == "%S" || c_.substr(pos_, 2) == "%s") {
        pos_ += 2;
        if (last_number_ != 1) out_ += 's';
        return;
    }
    int n = count();
    int repeat = 1, width = -1;
    bool group = n >= 0 && pos_ < c_.size() && c_[pos_] == '(';
    if (group) {  // !n(DD) or !n(wDD)
        repeat = n;
        ++pos_;
        width = count();
    } else {
        width = n;
    }
    if (pos_ + 2 > c_.size() || (group && (pos_ + 3 > c_.size() || c_[pos_ + 2] != ')'))) {
        out_ += std::string(c_.substr(start, pos_ - start));
        return;
    }
    char kind = upcase(c_[pos_]);
    char size = upcase(c_[pos_ + 1]);
    size_t after = pos_ + 2 + (group ? 1 : 0);
    if (!convert(kind, size, -2)) {  // not a directive: copy it as written
        out_ += std::string(c_.substr(start, pos_ - start));
        return;
    }
    pos_ = after;
    for (int r = 0; r < repeat; ++r) convert(kind, size, width);
}

// Performs one conversion; with width -2 only says whether it is known.
bool Fao::convert(char kind, char size, int width) {
    bool numeric = (kind == 'U' || kind == 'S' || kind == 'X' || kind == 'Z' || kind == 'O') &&
                   (size == 'B' || size == 'W' || size == 'L' || size == 'Q');
    bool text = kind == 'A' && (size == 'S' || size == 'D' || size == 'Z' || size == 'F' || size == 'C');
    if (width == -2 || !(numeric || text)) return numeric || text;
    if (numeric) return number(kind, size, width), true;
    std::string s;
    if (size == 'D') {  // counted string: a length, then the characters
        const Arg* a = next();
        if (a && std::holds_alternative<std::string>(*a)) {
            s = std::get<std::string>(*a);
        } else {
            int64_t len = to_number(a);
            s = to_text(next());
            if (len >= 0 && static_cast<uint64_t>(len) < s.size()) s.resize(static_cast<size_t>(len));
        }
    } else {
        s = to_text(next());
        if (size == 'Z') s = s.substr(0, s.find('\0'));
        if (size == 'F')
            for (char& c : s)
                if (!std::isprint(static_cast<unsigned char>(c))) c = '.';
    }
    out_ += string_field(std::move(s), width);
    return true;
}

void Fao::number(char kind, char size, int width) {
    unsigned bits = size == 'B' ? 8 : size == 'W' ? 16 : size == 'L' ? 32 : 64;
    uint64_t mask = bits == 64 ? ~uint64_t{0} : (uint64_t{1} << bits) - 1;
    uint64_t raw = static_cast<uint64_t>(to_number(next())) & mask;
    if (kind == 'S') {
        uint64_t sign = uint64_t{1} << (bits - 1);
        int64_t v = static_cast<int64_t>(raw);  // two's complement for a quadword
        if (bits < 64 && (raw & sign)) v = static_cast<int64_t>(raw) - static_cast<int64_t>(mask) - 1;
        last_number_ = v;
        return void(out_ += number_field(std::to_string(v), width, ' ', false));
    }
    last_number_ = static_cast<int64_t>(raw);
    if (kind == 'U') return void(out_ += number_field(std::to_string(raw), width, ' ', false));
    if (kind == 'Z') return void(out_ += number_field(std::to_string(raw), width, '0', false));
    unsigned base = kind == 'X' ? 16 : 8;
    int natural = kind == 'X' ? static_cast<int>(bits / 4) : static_cast<int>((bits + 2) / 3);
    out_ += number_field(in_base(raw, base), width < 0 ? natural : width, '0', true);
}

int fao_arguments(std::string_view control) {
    Fao f(control, nullptr);
    f.run();
    return f.used();
}

std::string fallback_text(std::string_view ident) {
    return "message " + upcase(ident) + " is not in the catalogue";
}

}  // namespace

char severity_letter(Severity s) {
    switch (s) {
    case Severity::warning: return 'W';
    case Severity::success: return 'S';
    case Severity::error: return 'E';
    case Severity::informational: return 'I';
    case Severity::severe: return 'F';
    }
    return 'F';
}

Severity severity_of(uint32_t code) {
    uint32_t s = code & 7u;
    return s <= 4 ? static_cast<Severity>(s) : Severity::severe;  // 5-7 are reserved
}

std::string fao(std::string_view control, const std::vector<Arg>& args) {
    return Fao(control, &args).run();
}

Catalogue Catalogue::parse(std::string_view source, std::vector<ParseError>* errors) {
    Parser p;
    p.errors = errors;
    while (!source.empty() && !p.ended) {
        ++p.line;
        size_t nl = source.find('\n');
        p.statement(source.substr(0, nl));
        source.remove_prefix(nl == std::string_view::npos ? source.size() : nl + 1);
    }
    if (p.facility.empty()) p.error_at(0, "no .FACILITY directive");
    Catalogue c;
    c.facility_ = p.facility;
    c.facility_number_ = p.facility_number;
    p.finish_codes();
    c.messages_ = std::move(p.messages);
    return c;
}

Catalogue Catalogue::compiled(std::string facility, uint32_t facility_number, std::vector<Message> messages) {
    Catalogue c;
    c.facility_ = std::move(facility);
    c.facility_number_ = facility_number;
    c.messages_ = std::move(messages);
    return c;
}

const Message* Catalogue::find(std::string_view ident) const {
    std::string want = upcase(ident);
    for (const auto& m : messages_)
        if (m.ident == want) return &m;
    return nullptr;
}

const Message* Catalogue::find(uint32_t code) const {
    uint32_t want = code & ~kControlMask;
    for (const auto& m : messages_)
        if (m.code == want) return &m;
    return nullptr;
}

uint32_t Catalogue::code(std::string_view ident) const {
    const Message* m = find(ident);
    if (!m) throw std::out_of_range("no message " + std::string(ident) + " in " + facility_ + " messages");
    return m->code;
}

std::string Catalogue::format(std::string_view ident, const std::vector<Arg>& args) const {
    const Message* m = find(ident);
    if (!m) return "%" + facility_ + "-F-NOMSG, " + fallback_text(ident);
    return "%" + facility_ + "-" + severity_letter(m->severity) + "-" + m->ident + ", " + fao(m->text, args);
}

std::string Catalogue::format_continued(std::string_view ident, const std::vector<Arg>& args) const {
    std::string s = format(ident, args);
    s[0] = '-';
    return s;
}

std::string Catalogue::text(std::string_view ident, const std::vector<Arg>& args) const {
    const Message* m = find(ident);
    return m ? fao(m->text, args) : fallback_text(ident);
}

}  // namespace sv::msg
