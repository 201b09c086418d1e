#include "core/help.h"

#include <algorithm>

#include "core/text.h"

namespace sv::help {

namespace {

constexpr size_t kMaxKey = 31;      // LIBRARY/HELP key length
constexpr size_t kMaxColumns = 80;  // HELP prints text as written
constexpr size_t kSlot = 11;        // width of a column in a topic list

bool blank(char c) { return c == ' ' || c == '\t'; }

// Builds the tree while reading lines; `open` holds the topic being filled
// at each level (open[0] is the level-1 topic).
class Builder {
public:
    Builder(std::vector<Topic>* roots, std::vector<Diagnostic>* diags) : roots_(roots), diags_(diags) {}

    void line(int number, std::string_view raw) {
        if (!raw.empty() && raw.back() == '\r') raw.remove_suffix(1);
        if (raw.size() > kMaxColumns)
            report(number, "line longer than 80 columns (" + std::to_string(raw.size()) + ")");
        if (!raw.empty() && raw[0] >= '1' && raw[0] <= '9' && (raw.size() == 1 || blank(raw[1]))) {
            key_line(number, raw[0] - '0', std::string(trim(raw.substr(1), kBlanks)));
        } else if (!raw.empty() && raw[0] == '/') {
            qualifier_line(number, std::string(trim(raw, kBlanks)));
        } else {
            if (!raw.empty() && raw[0] >= '0' && raw[0] <= '9')
                report(number, "text line starts with a digit in column 1");
            text_line(number, raw);
        }
    }

    void finish() {
        for (auto& t : *roots_) tidy(t);
    }

private:
    void report(int number, std::string text) {
        if (diags_) diags_->push_back({number, std::move(text)});
    }

    void key_line(int number, int level, std::string key) {
        int deepest = static_cast<int>(open_.size());
        if (level > deepest + 1) {
            report(number, "level jumps from " + std::to_string(deepest) + " to " +
                               std::to_string(level));
            level = deepest + 1;
        }
        if (key.empty()) report(number, "empty key");
        if (std::any_of(key.begin(), key.end(), blank)) report(number, "key contains blanks: " + key);
        if (key.size() > kMaxKey) report(number, "key longer than 31 characters: " + key);
        add(number, level, std::move(key));
    }

    void qualifier_line(int number, std::string key) {
        if (open_.empty()) {
            report(number, "qualifier line before the first key");
            return;
        }
        if (key.size() > kMaxKey) report(number, "key longer than 31 characters: " + key);
        // Beside the last numbered key (or beside the previous qualifier line).
        add(number, open_.back()->level, std::move(key));
    }

    void add(int number, int level, std::string key) {
        open_.resize(static_cast<size_t>(level - 1));
        std::vector<Topic>& siblings = open_.empty() ? *roots_ : open_.back()->subtopics;
        for (const auto& s : siblings)
            if (!key.empty() && equal_nocase(s.key, key))
                report(number, "duplicate key " + key + " (first at line " + std::to_string(s.line) + ")");
        Topic t;
        t.key = std::move(key);
        t.level = level;
        t.line = number;
        siblings.push_back(std::move(t));
        // Pointers into `siblings` stay valid: only deeper vectors grow
        // until this level is closed by resize() above.
        open_.push_back(&siblings.back());
    }

    void text_line(int number, std::string_view raw) {
        if (open_.empty()) {
            if (!trim(raw, kBlanks).empty()) report(number, "text before the first key");
            return;
        }
        open_.back()->text.emplace_back(raw);
    }

    static void tidy(Topic& t) {
        auto empty = [](const std::string& s) { return trim(s, kBlanks).empty(); };
        while (!t.text.empty() && empty(t.text.back())) t.text.pop_back();
        auto first = std::find_if_not(t.text.begin(), t.text.end(), empty);
        t.text.erase(t.text.begin(), first);
        for (auto& line : t.text)
            while (!line.empty() && blank(line.back())) line.pop_back();
        for (auto& s : t.subtopics) tidy(s);
    }

    std::vector<Topic>* roots_;
    std::vector<Diagnostic>* diags_;
    std::vector<Topic*> open_;
};

// '*' any run, '%' one character; both arguments already upcased.
bool glob(std::string_view pat, std::string_view s) {
    size_t p = 0, i = 0, star = std::string_view::npos, mark = 0;
    while (i < s.size()) {
        if (p < pat.size() && (pat[p] == '%' || pat[p] == s[i])) {
            ++p, ++i;
        } else if (p < pat.size() && pat[p] == '*') {
            star = p++, mark = i;
        } else if (star != std::string_view::npos) {
            p = star + 1, i = ++mark;
        } else {
            return false;
        }
    }
    while (p < pat.size() && pat[p] == '*') ++p;
    return p == pat.size();
}

std::vector<const Topic*> match(const std::vector<Topic>& topics, std::string_view word) {
    std::vector<const Topic*> out;
    if (word == "*") {
        for (const auto& t : topics) out.push_back(&t);
        return out;
    }
    bool wants_qualifier = !word.empty() && word[0] == '/';
    bool wild = word.find_first_of("*%") != std::string_view::npos;
    std::string up = upcase(word);
    for (const auto& t : topics) {
        if (t.key.empty() || t.qualifier() != wants_qualifier) continue;
        std::string key = upcase(t.key);
        if (wild ? glob(up, key) : key.compare(0, up.size(), up) == 0) out.push_back(&t);
        if (!wild && key == up) return {&t};   // an exact match wins
    }
    return out;
}

// A request: the words to match and whether "..." asked for everything below.
struct Request {
    std::vector<std::string> words;
    bool expand = false;
};

Request read_request(const std::vector<std::string>& path) {
    Request r;
    for (const auto& w : path) {
        if (w.empty()) continue;
        if (w.size() >= 3 && w.compare(w.size() - 3, 3, "...") == 0) {
            r.expand = true;
            if (w.size() > 3) r.words.push_back(w.substr(0, w.size() - 3));
        } else {
            r.words.push_back(w);
        }
    }
    return r;
}

void resolve_from(const std::vector<Topic>& level, const std::vector<std::string>& words, size_t i,
                  TopicPath& chain, std::vector<TopicPath>& out) {
    if (i == words.size()) {
        if (!chain.empty()) out.push_back(chain);
        return;
    }
    for (const Topic* t : match(level, words[i])) {
        chain.push_back(t);
        resolve_from(t->subtopics, words, i + 1, chain, out);
        chain.pop_back();
    }
}

std::string list_block(const char* title, const std::vector<Topic>& topics) {
    std::vector<std::string> names;
    for (const auto& t : topics) names.push_back(t.key);
    return std::string("\n  ") + title + "\n\n" + columns(names) + "\n";
}

// Writes topics the way HELP does, printing only the keys of a path that
// differ from the path printed just before.
class Printer {
public:
    explicit Printer(bool expand) : expand_(expand) {}

    void topic(TopicPath& chain) {
        size_t same = 0;
        while (same < chain.size() && same < shown_.size() && shown_[same] == chain[same]) ++same;
        if (same == chain.size() && same > 0) --same;   // the same topic again
        blank_line();
        for (size_t k = same; k < chain.size(); ++k)
            out_ += std::string(2 * k, ' ') + chain[k]->key + "\n\n";
        shown_ = chain;
        const Topic& t = *chain.back();
        for (const auto& line : t.text) out_ += line + "\n";
        if (expand_) {
            for (const auto& s : t.subtopics) {
                chain.push_back(&s);
                topic(chain);
                chain.pop_back();
            }
        } else if (!t.subtopics.empty()) {
            out_ += list_block("Additional information available:", t.subtopics);
        }
    }

    void miss(const TopicPath& chain, const std::vector<std::string>& words, size_t failed,
              const std::vector<Topic>& choices) {
        std::string what;
        for (const Topic* t : chain) what += t->key + " ";
        for (size_t k = failed; k < words.size(); ++k) what += upcase(words[k]) + (k + 1 < words.size() ? " " : "");
        blank_line();
        out_ += "Sorry, no documentation on " + what + "\n";
        if (!choices.empty())
            out_ += list_block(chain.empty() ? "Information available:" : "Additional information available:",
                               choices);
    }

    std::string take() {
        if (out_.empty() || out_.back() != '\n') out_ += "\n";
        if (out_.size() < 2 || out_[out_.size() - 2] != '\n') out_ += "\n";
        return std::move(out_);
    }

private:
    // One blank line between blocks, never two.
    void blank_line() {
        if (out_.size() < 2 || out_.compare(out_.size() - 2, 2, "\n\n") != 0) out_ += "\n";
    }

    bool expand_;
    TopicPath shown_;
    std::string out_;
};

void render_from(const std::vector<Topic>& level, const Request& req, size_t i, TopicPath& chain,
                 Printer& p) {
    if (i == req.words.size()) {
        p.topic(chain);
        return;
    }
    auto found = match(level, req.words[i]);
    if (found.empty()) {
        p.miss(chain, req.words, i, level);
        return;
    }
    for (const Topic* t : found) {
        chain.push_back(t);
        render_from(t->subtopics, req, i + 1, chain, p);
        chain.pop_back();
    }
}

std::vector<std::string> keys_of(const TopicPath& chain) {
    std::vector<std::string> keys;
    for (const Topic* t : chain) keys.push_back(t->key);
    return keys;
}

// Where the session stands after a request: the deepest topic every match
// shares, moved up to its parent when it has no subtopics to choose from.
std::vector<std::string> anchor(const HelpLibrary& lib, const std::vector<std::string>& path) {
    std::vector<std::string> words = read_request(path).words;
    for (size_t n = words.size() + 1; n-- > 0;) {
        auto found = lib.resolve({words.begin(), words.begin() + static_cast<long>(n)});
        if (found.empty()) continue;
        TopicPath common = found.front();
        for (const auto& f : found) {
            size_t k = 0;
            while (k < common.size() && k < f.size() && common[k] == f[k]) ++k;
            common.resize(k);
        }
        if (!common.empty() && common.back()->subtopics.empty()) common.pop_back();
        return keys_of(common);
    }
    return {};
}

}  // namespace

std::string Diagnostic::format() const { return "line " + std::to_string(line) + ": " + text; }

HelpLibrary HelpLibrary::parse(std::string_view text, std::vector<Diagnostic>* diags) {
    HelpLibrary lib;
    Builder b(&lib.topics_, diags);
    int number = 0;
    size_t start = 0;
    while (start < text.size()) {
        size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        b.line(++number, text.substr(start, end - start));
        start = end + 1;
    }
    b.finish();
    return lib;
}

std::vector<TopicPath> HelpLibrary::resolve(const std::vector<std::string>& path) const {
    std::vector<TopicPath> out;
    Request req = read_request(path);
    if (req.words.empty()) return out;
    TopicPath chain;
    resolve_from(topics_, req.words, 0, chain, out);
    return out;
}

const Topic* HelpLibrary::find(const std::vector<std::string>& keys) const {
    const std::vector<Topic>* level = &topics_;
    const Topic* found = nullptr;
    for (const auto& k : keys) {
        auto it = std::find_if(level->begin(), level->end(), [&](const Topic& t) { return equal_nocase(t.key, k); });
        if (it == level->end()) return nullptr;
        found = &*it;
        level = &it->subtopics;
    }
    return found;
}

std::string HelpLibrary::render(const std::vector<std::string>& path) const {
    Request req = read_request(path);
    if (req.words.empty()) return list_block("Information available:", topics_);
    Printer p(req.expand);
    TopicPath chain;
    render_from(topics_, req, 0, chain, p);
    return p.take();
}

std::vector<std::string> split_request(std::string_view line) {
    std::vector<std::string> words;
    std::string word;
    auto flush = [&] {
        if (!word.empty()) words.push_back(word);
        word.clear();
    };
    for (char c : line) {
        if (blank(c) || c == '\r' || c == '\n') {
            flush();
        } else {
            if (c == '/') flush();
            word += c;
        }
    }
    flush();
    return words;
}

std::string columns(const std::vector<std::string>& names) {
    std::string out, row;
    bool row_qualifiers = false;
    auto flush = [&] {
        while (!row.empty() && row.back() == ' ') row.pop_back();
        if (!row.empty()) out += "  " + row + "\n";
        row.clear();
    };
    for (const auto& n : names) {
        bool q = !n.empty() && n[0] == '/';
        if (!row.empty() && (q != row_qualifiers || 2 + row.size() + n.size() > kMaxColumns)) flush();
        if (row.empty()) row_qualifiers = q;
        row += n;
        row.append(kSlot - n.size() % kSlot, ' ');
    }
    flush();
    return out;
}

void interactive(const HelpLibrary& lib, std::vector<std::string> start, const LineReader& read,
                 const LineWriter& write) {
    write(lib.render(start));
    std::vector<std::string> here = start.empty() ? start : anchor(lib, start);
    for (;;) {
        std::string prompt;
        for (const auto& k : here) prompt += k + " ";
        prompt += here.empty() ? "Topic? " : "Subtopic? ";
        std::optional<std::string> line = read(prompt);
        if (!line) return;
        std::vector<std::string> words = split_request(*line);
        if (words.empty()) {
            if (here.empty()) return;
            here.pop_back();
            continue;
        }
        if (words.size() == 1 && words[0] == "?") {
            const Topic* t = lib.find(here);
            write(t ? list_block("Additional information available:", t->subtopics) : lib.render({}));
            continue;
        }
        std::vector<std::string> path = here;
        path.insert(path.end(), words.begin(), words.end());
        write(lib.render(path));
        here = anchor(lib, path);
    }
}

}  // namespace sv::help
