// Man pages made from the HELP library, so that HELP SUPERVISE, supervise(1)
// and supervisord(8) say the same thing. The HLP text is preformatted; here
// a line at a block's base indentation is filled prose and a deeper one is
// kept as written (.nf), which is how the HELP file lays out its Format
// blocks, option lists and examples.
#include <algorithm>

#include "core/help.h"
#include "core/text.h"

namespace sv::help {

namespace {

size_t indent_of(const std::string& s) {
    size_t n = 0;
    while (n < s.size() && (s[n] == ' ' || s[n] == '\t')) ++n;
    return n;
}

bool is_blank(const std::string& s) { return indent_of(s) == s.size(); }

// roff escapes: backslash, hyphen (as a minus, for options), and a control
// character at the start of a line.
std::string escape(std::string_view s) {
    std::string out;
    for (char c : s) {
        if (c == '\\') out += "\\e";
        else if (c == '-') out += "\\-";
        else out += c;
    }
    if (!out.empty() && (out[0] == '.' || out[0] == '\'')) out.insert(0, "\\&");
    return out;
}

std::string quoted(const std::string& s) { return "\"" + escape(s) + "\""; }

// HELP/MESSAGE's "Explanation:" and "User Action:" lines start paragraphs.
bool labelled(const std::string& line) {
    std::string_view s(line);
    s.remove_prefix(indent_of(line));
    return s.rfind("Explanation:", 0) == 0 || s.rfind("User Action:", 0) == 0;
}

// A HELP text block as roff paragraphs and no-fill displays. In a tagged
// paragraph (.TP) the block keeps the tag's indentation: .IP, no .RS.
std::string body(const std::vector<std::string>& text, bool tagged = false) {
    size_t base = std::string::npos;
    for (const auto& l : text)
        if (!is_blank(l)) base = std::min(base, indent_of(l));
    std::string out;
    size_t i = 0;
    while (i < text.size()) {
        if (is_blank(text[i])) {
            ++i;
            continue;
        }
        bool pre = indent_of(text[i]) > base;
        size_t end = i;
        size_t min_indent = std::string::npos;
        while (end < text.size() && !is_blank(text[end]) && (indent_of(text[end]) > base) == pre &&
               (end == i || pre || !labelled(text[end]))) {
            min_indent = std::min(min_indent, indent_of(text[end]));
            ++end;
        }
        if (!tagged) out += pre ? ".PP\n.RS 4\n.nf\n" : ".PP\n";
        else out += std::string(out.empty() ? "" : ".IP\n") + (pre ? ".nf\n" : "");
        for (size_t k = i; k < end; ++k)
            out += escape(pre ? text[k].substr(min_indent) : text[k].substr(indent_of(text[k]))) + "\n";
        if (pre) out += tagged ? ".fi\n" : ".fi\n.RE\n";
        i = end;
    }
    return out;
}

// "Controls the ..." up to the first full stop of the first paragraph.
std::string summary(const Topic& t) {
    std::string s;
    for (const auto& l : t.text) {
        if (is_blank(l)) break;
        if (!s.empty()) s += ' ';
        s += l.substr(indent_of(l));
    }
    size_t stop = s.find(". ");
    if (stop != std::string::npos) s.resize(stop);
    if (!s.empty() && s.back() == '.') s.pop_back();
    return s;
}

// The lines under a "Format" line of the text, or none.
std::vector<std::string> format_block(const Topic& t) {
    std::vector<std::string> out;
    auto it = std::find_if(t.text.begin(), t.text.end(),
                           [](const std::string& l) { return l.substr(indent_of(l)) == "Format"; });
    if (it == t.text.end()) return out;
    for (++it; it != t.text.end(); ++it) {
        if (is_blank(*it)) {
            if (out.empty()) continue;
            break;
        }
        out.push_back(it->substr(indent_of(*it)));
    }
    return out;
}

std::string section_title(std::string key) {
    std::replace(key.begin(), key.end(), '_', ' ');
    return upcase(key);
}

bool is_action(const Topic& t) {
    return !t.qualifier() && std::all_of(t.key.begin(), t.key.end(), [](char c) {
        return (c >= 'A' && c <= 'Z') || c == '_';
    });
}

// One .SS for the action, its parameters and examples in it, then one .SS
// per qualifier.
std::string action(const Topic& t) {
    std::string out = ".SS " + quoted(t.key) + "\n" + body(t.text);
    for (const auto& s : t.subtopics)
        if (!s.qualifier()) out += ".PP\n.I " + quoted(s.key) + "\n" + body(s.text);
    for (const auto& s : t.subtopics)
        if (s.qualifier()) out += ".SS " + quoted(t.key + " " + s.key) + "\n" + body(s.text);
    return out;
}

// A topic whose subtopics are a list of terms (keys, messages, options).
std::string term_list(const Topic& t) {
    std::string out = body(t.text);
    for (const auto& s : t.subtopics) out += ".TP\n.B " + quoted(s.key) + "\n" + body(s.text, true);
    return out;
}

std::string header(std::string_view page, int section, const Topic& t,
                   const std::vector<std::string>& synopsis) {
    std::string name = std::string(page);
    std::string out = ".TH " + upcase(name) + " " + std::to_string(section) + " \"\" \"SUPERVISE\" " +
                      (section == 8 ? "\"System Administration\"" : "\"User Commands\"") + "\n";
    out += ".SH NAME\n" + escape(name) + " \\- " + escape(summary(t)) + "\n";
    out += ".SH SYNOPSIS\n.nf\n";
    if (synopsis.empty()) out += ".B " + escape(name) + "\n";
    for (const auto& l : synopsis) out += escape(l) + "\n";
    out += ".fi\n.SH DESCRIPTION\n" + body(t.text);
    return out;
}

const Topic* child(const Topic& t, std::string_view key) {
    for (const auto& s : t.subtopics)
        if (equal_nocase(s.key, key)) return &s;
    return nullptr;
}

// The client's page: every level-2 topic of the level-1 one, in a section
// named for it; commands under ACTIONS, the server topic left to its page.
std::string client_page(std::string_view page, int section, const Topic& root) {
    const Topic* linux_topic = child(root, "Linux");
    std::vector<std::string> synopsis = linux_topic ? format_block(*linux_topic) : std::vector<std::string>{};
    if (synopsis.empty()) synopsis = format_block(root);
    std::string out = header(page, section, root, synopsis);
    out += ".SH ACTIONS\n";
    for (const auto& s : root.subtopics)
        if (is_action(s) && child(s, "Parameters")) out += action(s);
    const std::pair<const char*, const char*> named[] = {
        {"Linux", "OPTIONS"},          {"Configuration", "CONFIGURATION"},
        {"Exit_Status", "EXIT STATUS"}, {"Messages", "MESSAGES"},
        {"Examples", "EXAMPLES"},
    };
    for (const auto& [key, title] : named)
        if (const Topic* t = child(root, key)) out += ".SH " + std::string(title) + "\n" + term_list(*t);
    out += ".SH \"SEE ALSO\"\n.BR supervisord (8)\n";
    return out;
}

// The server's page: its topic's subtopics as sections, then the
// configuration keys.
std::string server_page(std::string_view page, int section, const Topic& root, const Topic& server) {
    std::string out = header(page, section, server, format_block(server));
    for (const auto& s : server.subtopics) out += ".SH " + section_title(s.key) + "\n" + term_list(s);
    if (const Topic* c = child(root, "Configuration")) out += ".SH CONFIGURATION\n" + term_list(*c);
    out += ".SH \"SEE ALSO\"\n.BR supervise (1)\n";
    return out;
}

}  // namespace

std::string man_page(const HelpLibrary& lib, std::string_view page, int section) {
    for (const auto& root : lib.topics())
        if (equal_nocase(root.key, page)) return client_page(page, section, root);
    for (const auto& root : lib.topics())
        if (const Topic* server = child(root, page)) return server_page(page, section, root, *server);
    return {};
}

}  // namespace sv::help
