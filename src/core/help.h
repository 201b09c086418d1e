// The HELP library: hlp/supervise.hlp (VMS HELP source, the file LIBRARY/HELP
// compiles on OpenVMS) read and displayed on Linux the way VMS HELP does.
//
// Source format (reference/dcl.md §3.1):
//   * key line: a level digit 1-9 in column 1, blanks, the key ("2 START");
//     a key at level n+1 belongs to the nearest key above it at level n;
//   * qualifier line: '/' in column 1 ("/WAIT"); it opens a topic beside the
//     last numbered key (DEC's "2 Qualifiers" convention); a numbered key
//     whose name starts with '/' ("3 /WAIT") is the other convention;
//   * anything else is text, printed as written (no reflow).
// Diagnostics (with line numbers, the library is still built): a level that
// jumps by more than one, an empty key, a key with blanks or over 31
// characters, a duplicate key among siblings, text or a qualifier line before
// the first key, a line over 80 columns, a digit in column 1 that is no key.
//
// Display (reference/dcl.md §3.2): a request is a path of words from level 1
// ("SUPERVISE START /WAIT"). Each word matches a key case-insensitively as an
// unambiguous prefix, an exact match winning; a prefix matching several keys
// shows all of them; '*' and '%' are wildcards inside a word and "*" alone
// means every key at that level; "..." (a word, or a suffix) shows the topic
// and all its subtopics. A word starting with '/' matches only qualifier
// topics, any other word only the others. Misses print
// "Sorry, no documentation on SUPERVISE FOO" and the choices there are.
//
// Portable: no I/O here; the caller supplies the text and the line reader.
#pragma once
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sv::help {

struct Diagnostic {
    int line = 0;          // 1-based line of the source
    std::string text;
    std::string format() const;   // "line 12: level jumps from 1 to 3"
};

struct Topic {
    std::string key;                // as written in the source
    int level = 0;                  // 1..9
    int line = 0;                   // where the key is
    std::vector<std::string> text;  // lines, without leading/trailing blank lines
    std::vector<Topic> subtopics;   // in source order
    bool qualifier() const { return !key.empty() && key[0] == '/'; }
};

// A resolved request: the chain of topics from level 1 to the one shown.
using TopicPath = std::vector<const Topic*>;

class HelpLibrary {
public:
    // Parses HELP source; diagnostics are appended to `diags` when given.
    static HelpLibrary parse(std::string_view text, std::vector<Diagnostic>* diags);

    // What VMS HELP prints for the request (words from level 1; none = the
    // list of level-1 topics).
    std::string render(const std::vector<std::string>& path) const;

    // The topics a request names (several when abbreviated ambiguously or
    // wildcarded); empty when nothing matches. "..." words are ignored here.
    std::vector<TopicPath> resolve(const std::vector<std::string>& path) const;
    // The topic at an exact path of keys (case-insensitive, no abbreviation).
    const Topic* find(const std::vector<std::string>& keys) const;

    const std::vector<Topic>& topics() const { return topics_; }

private:
    std::vector<Topic> topics_;
};

// Splits a request line as HELP does: on blanks and before each '/'
// ("START/WAIT" -> "START", "/WAIT").
std::vector<std::string> split_request(std::string_view line);

// "  Additional information available:" style columns: names in 11-column
// slots (a longer name takes several), each row indented two blanks, rows of
// at most 80 columns; qualifier names start a new row as VMS HELP does.
std::string columns(const std::vector<std::string>& names);

// Returns the next input line, or nullopt at end of input (Ctrl/D, Ctrl/Z).
using LineReader = std::function<std::optional<std::string>(const std::string& prompt)>;
using LineWriter = std::function<void(const std::string&)>;

// The HELP session: shows `start`, then prompts "SUPERVISE Subtopic? " under
// a topic with subtopics ("Topic? " at the top). A topic name goes down, an
// empty line goes up one level (and leaves at the top), '?' repeats the list
// of choices, end of input leaves.
void interactive(const HelpLibrary& lib, std::vector<std::string> start,
                 const LineReader& read, const LineWriter& write);

// A man page (roff) made from the library. `page` names a level-1 topic
// (supervise: the client, section 1) or a level-2 one (supervisord: the
// server topic SUPERVISE SUPERVISORD, section 8). Empty when not found.
std::string man_page(const HelpLibrary& lib, std::string_view page, int section);

}  // namespace sv::help
