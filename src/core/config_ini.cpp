// The INI reader: supervisor's dialect (Python configparser as supervisor
// configures it) into a property tree with a line number per section and key.
// The only translation unit that includes Boost.Spirit X3.
//
// Line by line:
//   - blank lines, and lines whose first non-blank character is ';' or '#',
//     are comments;
//   - "[name]" opens a section (a comment may follow the ']');
//   - "key = value" or "key: value" at column 0 sets a key (keys are
//     case-insensitive, stored in lower case);
//   - an indented line continues the value of the previous key (joined with
//     '\n'), as configparser does;
//   - in a value, ';' or '#' preceded by whitespace starts a comment.
// A NUL byte anywhere, or a UTF-16 file, is an error too.
// Anything else is an error, reported with its line; reading goes on so that
// every error of the file is found in one pass.
#include <algorithm>
#include <set>
#include <string_view>
#include <utility>

#include <boost/fusion/include/std_pair.hpp>
#include <boost/spirit/home/x3.hpp>

#include "core/config_internal.h"
#include "core/text.h"

namespace sv::cfg {

namespace x3 = boost::spirit::x3;

namespace {

// "[" name "]" then optional blanks and a comment.
const auto header_rule = x3::lit('[') >> x3::lexeme[+(x3::char_ - ']')] >> x3::lit(']') >>
                         x3::omit[*x3::blank] >> x3::omit[-((x3::lit(';') | x3::lit('#')) >> *x3::char_)];

// key (up to '=' or ':'), the separator, the raw rest of the line.
const auto key_rule = x3::lexeme[+(x3::char_ - '=' - ':')] >> x3::omit[x3::char_("=:")] >>
                      x3::lexeme[*x3::char_];

std::string strip_comment(const std::string& v) {
    for (size_t i = 0; i < v.size(); ++i)
        if ((v[i] == ';' || v[i] == '#') && (i == 0 || v[i - 1] == ' ' || v[i - 1] == '\t'))
            return v.substr(0, i);
    return v;
}

bool blank_char(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

bool is_comment_or_blank(const std::string& line) {
    size_t i = 0;
    while (i < line.size() && blank_char(line[i])) ++i;
    return i == line.size() || line[i] == ';' || line[i] == '#';
}

ptree line_node(const std::string& value, int line) {
    ptree node(value);
    node.push_back(std::make_pair(std::string("line"), ptree(std::to_string(line))));
    return node;
}

// Reading state: the section and key that continuation lines extend.
struct Reader {
    ptree* out = nullptr;
    std::vector<IniError>* errors = nullptr;
    ptree* section = nullptr;
    std::string section_name;
    ptree* value = nullptr;  // last key's node, or null when continuation is not allowed
    std::set<std::string> seen_sections;

    void error(int line, const std::string& text) { errors->push_back({line, text}); }

    void on_header(int line, const std::string& raw) {
        std::string name = trim(raw);
        value = nullptr;
        if (name.empty()) {
            error(line, "empty section name");
            section = nullptr;
            return;
        }
        if (!seen_sections.insert(name).second) error(line, "section [" + name + "] appears twice in this file");
        section_name = name;
        auto it = out->push_back(std::make_pair(name, ptree(std::to_string(line))));
        section = &it->second;
    }

    void on_key(int line, const std::string& raw_key, const std::string& raw_value) {
        std::string key = lower(trim(raw_key));
        value = nullptr;
        if (!section) {
            error(line, "'" + key + "' is outside of any section");
            return;
        }
        if (key.empty()) {
            error(line, "a key is missing before the '='");
            return;
        }
        if (section->find(key) != section->not_found()) {
            error(line, "key '" + key + "' appears twice in section [" + section_name + "]");
        }
        auto it = section->push_back(std::make_pair(key, line_node(trim(strip_comment(raw_value)), line)));
        value = &it->second;
    }

    void on_continuation(const std::string& raw) {
        std::string more = trim(strip_comment(raw));
        if (more.empty()) return;
        std::string& v = value->data();
        if (!v.empty()) v += '\n';
        v += more;  // appended in place: a long continuation stays linear
    }

    void on_line(int line, const std::string& text) {
        if (is_comment_or_blank(text)) return;
        if (blank_char(text[0])) {
            if (value) {
                on_continuation(text);
                return;
            }
            error(line, "indented line does not continue any key");
            return;
        }
        std::string name;
        auto first = text.begin();
        if (x3::parse(first, text.end(), header_rule, name) && first == text.end()) {
            on_header(line, name);
            return;
        }
        std::pair<std::string, std::string> kv;
        first = text.begin();
        if (text[0] != '[' && x3::parse(first, text.end(), key_rule, kv) && first == text.end()) {
            on_key(line, kv.first, kv.second);
            return;
        }
        value = nullptr;
        error(line, "not a section header, a 'key = value' line or a comment: '" + trim(text) + "'");
    }
};

}  // namespace

// Sections a server-only read keeps: what says where the server listens,
// where its table is and which password it takes, and the includes that may
// hold them.
bool server_section(std::string_view name) {
    return name == "supervisord" || name == "unix_http_server" || name == "supervisorctl" || name == "include";
}

void parse_ini(const std::string& text, ptree* out, std::vector<IniError>* errors, bool server_only) {
    Reader r;
    r.out = out;
    r.errors = errors;
    // A UTF-8 byte order mark (some editors write one) is not part of line 1.
    bool bom = text.size() >= 3 && text.compare(0, 3, "\xEF\xBB\xBF") == 0;
    if (text.compare(0, 2, "\xFF\xFE") == 0 || text.compare(0, 2, "\xFE\xFF") == 0) {
        r.error(1, "the file is UTF-16 text; save it as UTF-8");
        return;
    }
    // Line by line over the text itself: a line is copied only when it is
    // read. A server-only read looks at the first byte of each line of a
    // section it skips (does a header start there?) and copies none of it.
    std::string_view all(text);
    if (bom) all.remove_prefix(3);
    bool skipping = false;
    int line = 0;
    for (size_t start = 0; start < all.size();) {
        size_t nl = all.find('\n', start);
        size_t end = nl == std::string_view::npos ? all.size() : nl;
        std::string_view view = all.substr(start, end - start);
        start = end + 1;
        ++line;
        if (server_only && (view.empty() || view[0] != '[')) {
            if (skipping) continue;  // a line of a skipped section: not read
        } else if (server_only && view.substr(0, 9) == "[program:") {
            skipping = true;  // the common case, decided without a look at the name
            r.section = nullptr;
            r.value = nullptr;
            continue;
        } else if (server_only) {
            size_t close = view.find(']');
            skipping = close == std::string_view::npos || !server_section(sv::trim(view.substr(1, close - 1)));
            if (skipping) {
                r.section = nullptr;  // keys that follow belong to the skipped section
                r.value = nullptr;
                continue;
            }
        }
        std::string l(view);
        if (!l.empty() && l.back() == '\r') l.pop_back();
        size_t nul = l.find('\0');
        if (nul != std::string::npos) {  // would cut the value short where C strings are used
            r.error(line, "a NUL byte at column " + std::to_string(nul + 1));
            l.erase(std::remove(l.begin(), l.end(), '\0'), l.end());
        }
        r.on_line(line, l);
    }
}

int section_line(const ptree& section) {
    try {
        return std::stoi(section.data());
    } catch (...) {
        return 0;
    }
}

int key_line(const ptree& value) {
    auto it = value.find("line");
    if (it == value.not_found()) return 0;
    try {
        return std::stoi(it->second.data());
    } catch (...) {
        return 0;
    }
}

}  // namespace sv::cfg
