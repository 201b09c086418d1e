// The [program:x] keys: one table that drives parsing, --check's
// description and the fingerprint that decides whether RELOAD restarts a
// process.
//
// Each row says what RELOAD does when the key changes (OnChange), with the
// reason. supervisor's `update` restarts a program on any change of its
// section; here RELOAD restarts a running process only when how it is
// started changed, and otherwise updates the rules the server keeps for it
// (reload.cpp: spec and fsm::Rules are replaced in place).
//
// The fingerprint feeds, in table order, the fields each `restart` row
// names. State tables store it (table.h), and a server compares a stored
// one with its own after a restart, so the bytes fed for a row never
// change, rows that feed bytes are never reordered, and a new `restart`
// row changes every fingerprint (adopted processes are then reported as
// running an older configuration until restarted).
#include <algorithm>
#include <map>
#include <stdexcept>

#include "core/config_internal.h"

namespace sv::cfg {

namespace {

using Parse = ProgramKey::Parse;
using Describe = ProgramKey::Describe;
using Hash = ProgramKey::Hash;

// --- a field's text for --check ---------------------------------------------

std::string text(const std::string& s) { return s; }
std::string text(bool b) { return yes_no(b); }
std::string text(int n) { return std::to_string(n); }
std::string text(const std::optional<int>& n) { return n ? std::to_string(*n) : "(none)"; }
std::string text(const std::optional<unsigned>& mask) { return mask ? octal(*mask) : "(none)"; }

std::string text(AutoRestart a) {
    switch (a) {
    case AutoRestart::never: return "false";
    case AutoRestart::always: return "true";
    case AutoRestart::unexpected: break;
    }
    return "unexpected";
}

std::string text(const ExitCodes& e) {
    std::string s;
    for (auto c : e.codes) s += (s.empty() ? "" : ",") + std::to_string(c);
    if (e.any_odd) s += std::string(s.empty() ? "" : ",") + "odd";
    if (e.masked) s += " (masked)";
    return s;
}

std::string text(const std::vector<Quota>& quotas) {
    std::string s;
    for (const auto& q : quotas) s += (s.empty() ? "" : ",") + q.name + "=" + std::to_string(q.value);
    return s;
}

std::string text(const std::vector<std::string>& names) {
    std::string s;
    for (const auto& n : names) s += (s.empty() ? "" : ",") + n;
    return s;
}

std::string text(const std::vector<std::pair<std::string, std::string>>& env) {
    std::string s;
    for (const auto& [k, v] : env) s += (s.empty() ? "" : ",") + k + "=\"" + v + "\"";
    return s;
}

// --- a field's bytes for the fingerprint (fixed: see the top) ---------------

void feed(Fnv& f, const std::string& s) { f.str(s); }
void feed(Fnv& f, bool b) { f.u64(b); }
void feed(Fnv& f, int n) { f.u64(static_cast<uint64_t>(n)); }
void feed(Fnv& f, unsigned n) { f.u64(n); }

void feed(Fnv& f, const Quota& q) {
    f.str(q.name);
    f.u64(q.value);
}

void feed(Fnv& f, const std::pair<std::string, std::string>& kv) {
    f.str(kv.first);
    f.str(kv.second);
}

template <typename T>
void feed(Fnv& f, const std::optional<T>& v) {
    f.u64(v ? 1 : 0);
    feed(f, v.value_or(T{}));
}

template <typename T>
void feed(Fnv& f, const std::vector<T>& items) {
    f.u64(items.size());
    for (const auto& x : items) feed(f, x);
}

// --- rows ---------------------------------------------------------------------

template <typename T>
Describe shown(T ProgramSpec::*field) {
    return [field](std::string& out, const std::string& name, const ProgramSpec& s) {
        describe_line(out, name, text(s.*field));
    };
}

template <typename T>
Hash hashed(T ProgramSpec::*field) {
    return [field](Fnv& f, const ProgramSpec& s) { feed(f, s.*field); };
}

// Stores what `check` makes of the value (`check` as in config_internal.h).
template <typename T, typename Check>
Parse stored(T ProgramSpec::*field, Check check) {
    return [field, check](KeyCtx& c, ProgramSpec* s, const std::string& key, const std::string& value) {
        return c.take(key, value, check, &(s->*field));
    };
}

// A key that sets one field: RELOAD restarts the process when it changes.
template <typename T, typename Check>
ProgramKey restarts(const char* name, T ProgramSpec::*field, Check check) {
    return {name, "", Platforms::both, "", OnChange::restart, stored(field, check), shown(field), hashed(field)};
}

// A key that sets one field: RELOAD updates the server's rule in place.
template <typename T, typename Check>
ProgramKey updates(const char* name, T ProgramSpec::*field, Check check) {
    return {name, "", Platforms::both, "", OnChange::update, stored(field, check), shown(field), nullptr};
}

// `row` with a meaning on Linux only; on OpenVMS, `why` is the warning's reason.
ProgramKey posix_only(ProgramKey row, const char* why) {
    row.platforms = Platforms::posix_only;
    row.note = why;
    return row;
}

// `row` with a meaning on OpenVMS only; on Linux, `why` is the warning's reason.
ProgramKey vms_only(ProgramKey row, const char* why) {
    row.platforms = Platforms::vms_only;
    row.note = why;
    return row;
}

// supervisor's other name for `of`: parsed the same way, described and hashed as `of`.
ProgramKey alias(const char* name, const ProgramKey& of) {
    return {name, of.name, of.platforms, of.note, of.on_change, of.parse, nullptr, nullptr};
}

// A supervisor key accepted, checked with `check`, then ignored with one warning.
template <typename Check>
ProgramKey ignored(const char* name, Check check, const char* why) {
    Parse parse = [check](KeyCtx& c, ProgramSpec*, const std::string& key, const std::string& value) {
        std::string complaint;
        bool ok = static_cast<bool>(check(value, &complaint));
        if (!ok) c.error(key, complaint);
        return ok;
    };
    return {name, "", Platforms::both, why, OnChange::ignored, parse, nullptr, nullptr};
}

// Read by the loader itself, which expands the section into processes and
// names them (Loader::expand_program, name_and_argv).
bool read_by_loader(KeyCtx&, ProgramSpec*, const std::string&, const std::string&) { return true; }

const ProgramKey& row(const std::vector<ProgramKey>& t, const std::string& name) {
    for (const auto& k : t)
        if (k.name == name) return k;
    throw std::logic_error("no row " + name);  // a typo in make_table: every test fails at once
}

const char* const kLogNote = "program output goes straight to its file, without rotation or capture";
const char* const kNoGroup = "a detached process has no process group";

// The rows in fingerprint order, in four parts; the reason for each row's
// OnChange is beside it.
void add_what_runs(std::vector<ProgramKey>& t) {
    // restart: the name and the program's and group's names reach the child
    // (SUPERVISOR_PROCESS_NAME, SUPERVISOR_GROUP_NAME); a new name is a new
    // process anyway. First: these three open every fingerprint.
    // (The bytes are the process name, as before processes were group:name.)
    t.push_back({"process_name", "", Platforms::both, "", OnChange::restart, read_by_loader,
                 shown(&ProgramSpec::process_name),
                 [](Fnv& f, const ProgramSpec& s) {
                     f.str(s.process_name);
                     f.str(s.program_name);
                     f.str(s.group_name);
                 }});
    // reshape: more or fewer processes; a process in both keeps its name,
    // its process_num and so its expanded values and fingerprint.
    t.push_back({"numprocs", "", Platforms::both, "", OnChange::reshape, read_by_loader,
                 shown(&ProgramSpec::numprocs), nullptr});
    t.push_back({"numprocs_start", "", Platforms::both, "", OnChange::reshape, read_by_loader,
                 shown(&ProgramSpec::numprocs_start), nullptr});
    // restart: what runs.
    t.push_back(restarts("image", &ProgramSpec::image, as_text));
    // restart, hashed as argv: the words exec'd (on OpenVMS the one file for
    // SYS$INPUT), so a change of quoting that splits the same is no change.
    t.push_back({"command", "", Platforms::both, "", OnChange::restart, stored(&ProgramSpec::command, as_text),
                 [](std::string& out, const std::string& name, const ProgramSpec& s) {
                     describe_line(out, name, s.command);
                     std::string words;
                     for (const auto& a : s.argv) words += (words.empty() ? "'" : " '") + a + "'";
                     describe_line(out, "argv", words);
                 },
                 hashed(&ProgramSpec::argv)});
    // restart: the account the process runs under.
    t.push_back(restarts("user", &ProgramSpec::user, as_text));
    // update: whether the server starts it at its own start or when RELOAD
    // adds it; a running process is not concerned.
    t.push_back(updates("autostart", &ProgramSpec::autostart, as_bool));
    // update: decided when the process ends (fsm::Rules).
    t.push_back(updates("autorestart", &ProgramSpec::autorestart, parse_autorestart));
}

void add_output_and_timers(std::vector<ProgramKey>& t) {
    // restart: opened by the spawn, as SYS$OUTPUT / SYS$ERROR or fds 1 and 2.
    for (auto field : {&ProgramSpec::stdout_file, &ProgramSpec::stderr_file}) {
        const char* name = field == &ProgramSpec::stdout_file ? "stdout_file" : "stderr_file";
        Parse parse = [field](KeyCtx& c, ProgramSpec* s, const std::string&, const std::string& v) {
            s->*field = output_file(v, c.platform);
            return true;
        };
        t.push_back({name, "", Platforms::both, "", OnChange::restart, parse, shown(field), hashed(field)});
    }
    t.push_back(alias("stdout_logfile", row(t, "stdout_file")));
    t.push_back(alias("stderr_logfile", row(t, "stderr_file")));
    // (With redirect_stderr, a change of stderr_file, unused, still
    // restarts: harmless, and the fingerprint's bytes stay as they were.)
    t.push_back(restarts("redirect_stderr", &ProgramSpec::redirect_stderr, as_bool));
    // update: OpenVMS purges the older versions of the output files at the
    // next start (vms_output.cpp); Linux does not rotate.
    t.push_back(vms_only(updates("stdout_logfile_backups", &ProgramSpec::stdout_backups, non_negative), kLogNote));
    t.push_back(vms_only(updates("stderr_logfile_backups", &ProgramSpec::stderr_backups, non_negative), kLogNote));
    // update: timers and counts of the state machine (fsm::Rules).
    t.push_back(updates("startsecs", &ProgramSpec::startsecs, non_negative));
    t.push_back(updates("startretries", &ProgramSpec::startretries, non_negative));
    t.push_back(updates("stopwaitsecs", &ProgramSpec::stopwaitsecs, non_negative));
    // update: compared with a status when the process ends (fsm::Rules).
    t.push_back({"exitcodes", "", Platforms::both, "", OnChange::update,
                 [](KeyCtx& c, ProgramSpec* s, const std::string& key, const std::string& v) {
                     Platform p = c.platform;
                     auto check = [p](const std::string& x, std::string* why) { return parse_exitcodes(x, p, why); };
                     return c.take(key, v, check, &s->exitcodes);
                 },
                 shown(&ProgramSpec::exitcodes), nullptr});
}

void add_process_settings(std::vector<ProgramKey>& t) {
    // restart: set when the process is created ($CREPRC; nice/SCHED_RR,
    // setrlimit, capabilities, the pids cgroup) and not changed afterwards.
    t.push_back(restarts("baspri", &ProgramSpec::baspri,
                         [](const std::string& x, std::string* why) { return parse_int(x, 0, 31, why); }));
    t.push_back(restarts("quotas", &ProgramSpec::quotas, parse_quotas));
    t.push_back(restarts("privileges", &ProgramSpec::privileges, parse_privileges));
    t.push_back(restarts("kt_limit", &ProgramSpec::kt_limit,
                         [](const std::string& x, std::string* why) { return parse_int(x, 1, 65535, why); }));
    // restart: whether the account's login settings apply at the start.
    t.push_back(restarts("nouaf", &ProgramSpec::nouaf, as_bool));
    // restart: the process's own state, set before its program runs.
    t.push_back(restarts("directory", &ProgramSpec::directory, as_text));
    t.push_back(restarts("environment", &ProgramSpec::environment, parse_environment));
    t.push_back(posix_only(
        restarts("umask", &ProgramSpec::umask, [](const std::string& x, std::string* why) { return parse_octal(x, 0777, why); }),
        "file protection comes from the account"));
    // update: how the server stops the process, read when it does. The
    // group keys do not touch the start: every process gets its own group.
    t.push_back(updates("stopsignal", &ProgramSpec::stopsignal, parse_signal));
    t.push_back(posix_only(updates("stopasgroup", &ProgramSpec::stopasgroup, as_bool), kNoGroup));
    t.push_back(posix_only(updates("killasgroup", &ProgramSpec::killasgroup, as_bool), kNoGroup));
    // update: start order, read when the server starts programs.
    t.push_back(updates("priority", &ProgramSpec::priority, any_int));
    // update: SUPERVISOR_SERVER_URL, read at the next start; a running
    // process keeps the value it was given (not worth a restart, and a new
    // hashed row would change every fingerprint).
    t.push_back(posix_only(updates("serverurl", &ProgramSpec::serverurl,
                                   [](const std::string& x, std::string* why) -> std::optional<std::string> {
                                       std::string v = trim(x);
                                       if (upper(v) == "AUTO") return std::string("AUTO");
                                       if (v.find("://") != std::string::npos && v.find("://") > 0) return v;
                                       *why = "not a server URL: '" + v + "' (AUTO, unix:///path or http://host:port)";
                                       return std::nullopt;
                                   }),
                           "programs reach the server through its command mailbox"));
}

void add_ignored(std::vector<ProgramKey>& t) {
    // ignored: accepted so that supervisor's files load, with one warning.
    t.push_back(ignored("stdout_logfile_maxbytes", as_bytes, kLogNote));
    t.push_back(ignored("stderr_logfile_maxbytes", as_bytes, kLogNote));
    t.push_back(ignored("stdout_capture_maxbytes", as_bytes, kLogNote));
    t.push_back(ignored("stderr_capture_maxbytes", as_bytes, kLogNote));
    t.push_back(ignored("stdout_events_enabled", as_bool, "this product has no event listeners"));
    t.push_back(ignored("stderr_events_enabled", as_bool, "this product has no event listeners"));
    t.push_back(ignored("stdout_syslog", as_bool, kLogNote));
    t.push_back(ignored("stderr_syslog", as_bool, kLogNote));
}

std::vector<ProgramKey> make_table() {
    std::vector<ProgramKey> t;
    add_what_runs(t);
    add_output_and_timers(t);
    add_process_settings(t);
    add_ignored(t);
    return t;
}

// Applies one key: a key without meaning here, or an ignored one, is still
// checked, then warned about and dropped.
void apply_key(KeyCtx& c, const ProgramKey& k, ProgramSpec* spec, const std::string& key, const std::string& value) {
    bool meaningful = k.platforms == Platforms::both ||
                      (k.platforms == Platforms::posix_only) == (c.platform == Platform::posix);
    if (meaningful && k.on_change != OnChange::ignored) {
        k.parse(c, spec, key, value);
        return;
    }
    ProgramSpec scratch;
    if (!k.parse(c, &scratch, key, value)) return;
    if (k.on_change == OnChange::ignored)
        c.warning(key, "accepted but ignored: " + k.note);
    else
        c.warning(key, "has no meaning on " + platform_name(c.platform) + " (" + k.note + "); ignored");
}

void set_platform_defaults(ProgramSpec* spec, Platform platform) {
    // supervisor's AUTO on Linux; on OpenVMS AUTO needs a childlogdir, so
    // a program that names no file writes to the null device.
    spec->stdout_file = spec->stderr_file = platform == Platform::posix ? std::string(kAutoOutput) : null_device(platform);
    spec->serverurl = "AUTO";
    if (platform == Platform::vms) {
        spec->image = "LOGINOUT.EXE";
        spec->command = "NLA0:";
        spec->exitcodes = ExitCodes{{}, true, true};
    }
}

}  // namespace

const std::vector<ProgramKey>& program_keys() {
    static const std::vector<ProgramKey> table = make_table();
    return table;
}

const ProgramKey* find_program_key(const std::string& name) {
    static const std::map<std::string, const ProgramKey*> index = [] {
        std::map<std::string, const ProgramKey*> m;
        for (const auto& k : program_keys()) m[k.name] = &k;
        return m;
    }();
    auto it = index.find(name);
    return it == index.end() ? nullptr : it->second;
}

// Sorted, supervisor's other names last: "did you mean" takes the first of
// equally close names, so the hint does not depend on the table's order.
const std::vector<std::string>& program_key_names() {
    static const std::vector<std::string> names = [] {
        std::vector<std::string> n, aliases;
        for (const auto& k : program_keys()) (k.alias_of.empty() ? n : aliases).push_back(k.name);
        std::sort(n.begin(), n.end());
        n.insert(n.end(), aliases.begin(), aliases.end());
        return n;
    }();
    return names;
}

void apply_program_keys(const Values& v, Platform platform, ProgramSpec* spec, Reporter& rep) {
    KeyCtx c{v, platform, rep};
    set_platform_defaults(spec, platform);
    for (const auto& [key, item] : v.items) {
        const ProgramKey* k = find_program_key(key);
        if (!k) {
            c.error(key, "unknown key '" + key + "'" + did_you_mean(key, program_key_names()));
            continue;
        }
        if (!k->alias_of.empty() && v.items.count(k->alias_of)) {
            c.error(key, "same as '" + k->alias_of + "', which is also given");
            continue;
        }
        apply_key(c, *k, spec, key, item.value);
    }
    if (spec->stopasgroup) spec->killasgroup = true;
    if (platform == Platform::posix && !v.items.count("command"))
        rep.error(v.file, v.line, v.section + "/command", "required key is missing");
    if (platform == Platform::vms && !v.items.count("user"))
        rep.error(v.file, v.line, v.section + "/user", "required on OpenVMS (the account the process runs under)");
    if (spec->redirect_stderr && (v.items.count("stderr_file") || v.items.count("stderr_logfile")))
        c.warning(v.items.count("stderr_file") ? "stderr_file" : "stderr_logfile",
                  "ignored: redirect_stderr sends standard error to stdout_file");
}

void describe_program(std::string& out, const ProgramSpec& p) {
    out += "[process:" + p.name + "]\n";
    describe_line(out, "program", p.program_name);
    describe_line(out, "group", p.group_name);
    describe_line(out, "process_num", std::to_string(p.process_num));
    describe_line(out, "source", p.source_file + ":" + std::to_string(p.source_line));
    for (const auto& k : program_keys())
        if (k.describe) k.describe(out, k.name, p);
    describe_line(out, "fingerprint", hex64(p.fingerprint()));
}

}  // namespace sv::cfg

namespace sv {

uint64_t ProgramSpec::fingerprint() const {
    cfg::Fnv f;
    for (const auto& k : cfg::program_keys())
        if (k.hash) k.hash(f, *this);
    return f.h;
}

}  // namespace sv
