// Shared between the configuration translation units (config.cpp,
// config_ini.cpp, config_keys.cpp, config_values.cpp); not a public contract.
//
// The INI reader produces a boost::property_tree::ptree shaped like this:
//   root: one child per section, in file order, keyed by the section name as
//         written ("program:web"); the child's data is the header's line number.
//   section: one child per key, in file order, keyed by the lower-cased key
//            (never split on '.': keys are added with push_back, not paths);
//            the child's data is the value (continuation lines joined with
//            '\n', comments removed, not yet %(..)s-expanded) and it has one
//            child "line" whose data is the key's line number.
#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <boost/property_tree/ptree.hpp>

#include "core/config.h"

namespace sv::cfg {

using boost::property_tree::ptree;

// Problems found while reading the INI text itself (not the keys).
struct IniError {
    int line = 0;
    std::string text;
};

// Parses `text` (config_ini.cpp, the only Spirit X3 user). Every problem is
// appended to `errors`; what could be read is still returned in `out`.
void parse_ini(const std::string& text, ptree* out, std::vector<IniError>* errors);

// Line number stored with a section or key node by parse_ini.
int section_line(const ptree& section);
int key_line(const ptree& value);

// Collects diagnostics for one source file.
class Reporter {
public:
    explicit Reporter(std::vector<Diagnostic>* out) : out_(out) {}
    void error(const std::string& file, int line, const std::string& key, const std::string& text);
    void warning(const std::string& file, int line, const std::string& key, const std::string& text);
    size_t errors() const { return errors_; }

private:
    std::vector<Diagnostic>* out_;
    size_t errors_ = 0;
};

// Where a key came from, for diagnostics.
struct Where {
    std::string file;
    int line = 0;
    std::string key;  // "program:web/startsecs"
};

// --- values (config_values.cpp) ---------------------------------------------
// Each parser returns nullopt and sets `why` ("not an integer: 'abc'") on bad input.

std::optional<bool> parse_bool(const std::string& v, std::string* why);
std::optional<int64_t> parse_int(const std::string& v, int64_t lo, int64_t hi, std::string* why);
std::optional<uint64_t> parse_bytes(const std::string& v, std::string* why);  // 10, 5KB, 50MB, 1GB
std::optional<unsigned> parse_octal(const std::string& v, unsigned max, std::string* why);
std::optional<AutoRestart> parse_autorestart(const std::string& v, std::string* why);
std::optional<ExitCodes> parse_exitcodes(const std::string& v, Platform p, std::string* why);
std::optional<std::vector<Quota>> parse_quotas(const std::string& v, std::string* why);
std::optional<std::vector<std::string>> parse_privileges(const std::string& v, std::string* why);
std::optional<std::vector<std::pair<std::string, std::string>>> parse_environment(const std::string& v,
                                                                                  std::string* why);
std::optional<std::string> parse_signal(const std::string& v, std::string* why);
std::optional<std::string> parse_loglevel(const std::string& v, std::string* why);

// Bounds on what expansion may make of a file (a 12-byte %(here)9999s
// gives 10 KB): one value, and all values of all processes together.
constexpr size_t kMaxExpandedValue = size_t{1} << 20;
constexpr size_t kMaxExpandedTotal = size_t{64} << 20;

// Expands %(name)s, %(name)d (with flags and width, e.g. %(process_num)02d)
// and %% from `vars`. Sets `why` on an unknown name, a malformed format or
// a result longer than kMaxExpandedValue.
std::optional<std::string> expand(const std::string& v, const std::map<std::string, std::string>& vars,
                                  std::string* why);

// What makes `name` unfit as a program, group or process name shown in
// replies and --json: "not UTF-8", "a control character" (C0, DEL, C1), or
// "" when it is fit.
std::string name_problem(const std::string& name);
// `s` with each control character and each byte that is not part of valid
// UTF-8 written \xNN, so a diagnostic is always printable UTF-8 on one line.
std::string printable(const std::string& s);
// `s` cut to about `max` bytes (at a character boundary) with
// "... (N more bytes)" added when it was longer.
std::string clip(const std::string& s, size_t max);

// Levenshtein distance, and the closest candidate when it is close enough
// to be a likely typo (empty when none is).
size_t edit_distance(const std::string& a, const std::string& b);
std::string closest(const std::string& word, const std::vector<std::string>& candidates);
// " (did you mean 'x'?)" or "".
std::string did_you_mean(const std::string& word, const std::vector<std::string>& candidates);

std::string lower(std::string s);
std::string upper(std::string s);
std::string trim(const std::string& s);
// Splits on commas, whitespace and newlines; drops empty items.
std::vector<std::string> split_list(const std::string& v);

// --- keys (config_keys.cpp) -------------------------------------------------

// One section's keys, already %(..)s-expanded, with their lines.
struct Values {
    std::string file;
    std::string section;  // "program:web"
    int line = 0;         // header line
    struct Item {
        std::string value;
        int line = 0;
    };
    std::map<std::string, Item> items;
    Where where(const std::string& key) const;
};

// Fills `spec` from `v` for `platform`; every problem goes to `rep`.
void apply_program_keys(const Values& v, Platform platform, ProgramSpec* spec, Reporter& rep);
// Fills `server` (the caller resolves logfile against the file).
void apply_server_keys(const Values& v, Platform platform, ServerSpec* server, Reporter& rep);
// Fills `server` from [unix_http_server] as supervisor users write it:
// file -> mailbox, chmod -> mailbox_mode, chown -> mailbox_owner, username,
// password. A key that [supervisord] (`supervisord`, null when absent) also
// gives with another value is an error. Call after apply_server_keys.
void apply_unix_http_server_keys(const Values& v, const Values* supervisord, Platform platform, ServerSpec* server,
                                 Reporter& rep);
// Known key names, for "did you mean".
const std::vector<std::string>& program_key_names();
const std::vector<std::string>& server_key_names();

}  // namespace sv::cfg
