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
#include <functional>
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
// `server_only` keeps only the sections that locate and authenticate the
// server ([supervisord], [unix_http_server], [supervisorctl], [include]):
// of every other section only the first byte of each line is looked at.
void parse_ini(const std::string& text, ptree* out, std::vector<IniError>* errors, bool server_only = false);

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

// --- keys (config_keys.cpp, config_program_keys.cpp) -------------------------

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

// One section being applied: reports with file, line and key.
struct KeyCtx {
    const Values& v;
    Platform platform;
    Reporter& rep;

    void error(const std::string& key, const std::string& text);
    void warning(const std::string& key, const std::string& text);
    // Runs `parse` on the value; reports its complaint. True when it parsed.
    template <typename T, typename Parse>
    bool take(const std::string& key, const std::string& value, Parse parse, T* out) {
        std::string why;
        auto r = parse(value, &why);
        if (!r) {
            error(key, why);
            return false;
        }
        *out = static_cast<T>(*r);
        return true;
    }
};

std::string null_device(Platform p);    // "/dev/null" or "NLA0:"
std::string platform_name(Platform p);  // "Linux" or "OpenVMS"
// A program's output file value: NONE and OFF mean the null device; AUTO
// is kAutoOutput.
std::string output_file(const std::string& v, Platform p);
// The server's own output file ([supervisord] stdout_file): AUTO and NONE
// both mean the null device.
std::string server_output_file(const std::string& v, Platform p);

// The value checks the key tables share; each returns nullopt and sets `why`.
std::optional<bool> as_bool(const std::string& v, std::string* why);
std::optional<int64_t> non_negative(const std::string& v, std::string* why);  // 0 .. 2^30
std::optional<int64_t> any_int(const std::string& v, std::string* why);       // -2^30 .. 2^30
std::optional<uint64_t> as_bytes(const std::string& v, std::string* why);
std::optional<std::string> as_text(const std::string& v, std::string* why);  // trimmed; never fails

// FNV-1a 64 over length-prefixed fields, so ("ab","c") and ("a","bc") differ:
// the digest of ProgramSpec::fingerprint(). The state table stores it, so the
// bytes fed for a field never change (see config_program_keys.cpp).
struct Fnv {
    uint64_t h = 14695981039346656037ull;
    void byte(uint8_t b) {
        h ^= b;
        h *= 1099511628211ull;
    }
    void u64(uint64_t v) {
        for (int i = 0; i < 8; ++i) byte(static_cast<uint8_t>(v >> (8 * i)));
    }
    void str(const std::string& s) {
        u64(s.size());
        for (char c : s) byte(static_cast<uint8_t>(c));
    }
};

// --- the [program:x] keys (config_program_keys.cpp) ---------------------------

// What RELOAD does when a key's value changes. Every key says which, with
// its reason beside it in the table.
enum class OnChange : uint8_t {
    restart,  // changes how the process is started: hashed into ProgramSpec::fingerprint(),
              // so RELOAD restarts a running process (supervisor restarts on any change)
    update,   // a rule the server applies to a process already running (timers, restart
              // policy, how to stop it, start order): RELOAD updates the rule, no restart
    reshape,  // how many processes the section expands into: RELOAD adds and removes
              // processes; one that exists before and after keeps running
    ignored,  // a supervisor key accepted with one warning and no effect
};

// The platforms on which a key means something; elsewhere it is checked,
// then ignored with one warning.
enum class Platforms : uint8_t { both, posix_only, vms_only };

// One row of the [program:x] key table: the one list that drives parsing
// (apply_program_keys), --check's description (describe_program) and the
// fingerprint (ProgramSpec::fingerprint). Rows are made by the factories in
// config_program_keys.cpp; the constructor takes every field, so a row
// cannot leave out what a change of its key does on RELOAD.
struct ProgramKey {
    // Stores `value` into `spec`; reports a bad value and returns false.
    using Parse = std::function<bool(KeyCtx& c, ProgramSpec* spec, const std::string& key, const std::string& value)>;
    // Appends the key's line(s) ("  name = value\n") for --check.
    using Describe = std::function<void(std::string& out, const std::string& name, const ProgramSpec& spec)>;
    // Feeds the field(s) the key sets to the fingerprint.
    using Hash = std::function<void(Fnv& f, const ProgramSpec& spec)>;

    ProgramKey(std::string key, std::string alias_for, Platforms where, std::string why, OnChange on, Parse p,
               Describe d, Hash h)
        : name(std::move(key)), alias_of(std::move(alias_for)), platforms(where), note(std::move(why)),
          on_change(on), parse(std::move(p)), describe(std::move(d)), hash(std::move(h)) {}

    std::string name;
    std::string alias_of;   // supervisor's other name for the key `alias_of` (stdout_logfile); else ""
    Platforms platforms;
    std::string note;       // why it means nothing on a platform, or why it is ignored; else ""
    OnChange on_change;
    Parse parse;
    Describe describe;      // empty for an alias (its key is described) and an ignored key
    Hash hash;              // set exactly when on_change is restart (an alias: empty, its key hashes)
};

// The table, in fingerprint order (see config_program_keys.cpp).
const std::vector<ProgramKey>& program_keys();
const ProgramKey* find_program_key(const std::string& name);

// Fills `spec` from `v` for `platform`; every problem goes to `rep`.
void apply_program_keys(const Values& v, Platform platform, ProgramSpec* spec, Reporter& rep);
// Appends the [process:name] block of --check: the process's identity,
// then one line per key in table order, then its fingerprint.
void describe_program(std::string& out, const ProgramSpec& spec);
// "  key = value\n" ("  key =\n" for an empty value).
void describe_line(std::string& out, const std::string& key, const std::string& value);
std::string yes_no(bool b);             // "true" / "false"
std::string octal(unsigned v);          // at least 4 digits: "0022"
std::string hex64(uint64_t v);          // 16 digits, lower case

// --- [supervisord] and [unix_http_server] (config_keys.cpp) --------------------

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
