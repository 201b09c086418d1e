// load_config: files (through os::FileAccess) -> INI trees -> sections ->
// ServerSpec and one ProgramSpec per process; plus the small public helpers
// of config.h (diagnostics, lookup, command splitting, --check).
#include <algorithm>
#include <memory>
#include <set>
#include <tuple>

#include "core/config_internal.h"
#include "core/proto.h"
#include "os/file_access.h"

namespace sv {

using cfg::ptree;

std::string Diagnostic::format() const {
    std::string s = file;
    if (line > 0) s += ":" + std::to_string(line);
    s += warning ? ": warning: " : ": error: ";
    if (!key.empty()) {
        size_t slash = key.find('/');
        if (slash == std::string::npos)
            s += "[" + key + "] ";
        else
            s += "[" + key.substr(0, slash) + "] " + key.substr(slash + 1) + ": ";
    }
    return s + text;
}

bool Config::ok() const {
    return std::none_of(diagnostics.begin(), diagnostics.end(), [](const Diagnostic& d) { return !d.warning; });
}

const ProgramSpec* Config::find(const std::string& name) const {
    for (const auto& p : programs)
        if (p.name == name) return &p;
    for (const auto& p : programs)
        if (p.process_name == name) return &p;
    return nullptr;
}

std::string namespec(const std::string& group, const std::string& process) {
    return group.empty() || group == process ? process : group + ":" + process;
}

std::vector<std::string> split_command(const std::string& command, std::string* error) {
    std::vector<std::string> words;
    std::string cur;
    bool in_word = false;
    size_t i = 0;
    auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    while (i < command.size()) {
        char c = command[i];
        if (is_space(c)) {
            if (in_word) words.push_back(cur);
            cur.clear();
            in_word = false;
            ++i;
        } else if (c == '\'') {
            size_t end = command.find('\'', i + 1);
            if (end == std::string::npos) {
                if (error) *error = "unclosed single quote";
                return {};
            }
            cur += command.substr(i + 1, end - i - 1);
            in_word = true;
            i = end + 1;
        } else if (c == '"') {
            ++i;
            while (i < command.size() && command[i] != '"') {
                if (command[i] == '\\' && i + 1 < command.size() &&
                    std::string("\"\\$`\n").find(command[i + 1]) != std::string::npos)
                    ++i;
                cur += command[i++];
            }
            if (i >= command.size()) {
                if (error) *error = "unclosed double quote";
                return {};
            }
            in_word = true;
            ++i;
        } else if (c == '\\' && i + 1 < command.size()) {
            if (command[i + 1] != '\n') cur += command[i + 1];
            in_word = in_word || command[i + 1] != '\n';
            i += 2;
        } else {
            cur += c;
            in_word = true;
            ++i;
        }
    }
    if (in_word) words.push_back(cur);
    if (error) error->clear();
    return words;
}

namespace cfg {

namespace {
constexpr size_t kMaxQuoted = 512;  // bytes of a diagnostic's key or text, before escaping
}  // namespace

// Keys and texts quote the file, which may hold any byte and lines of any
// length: they are cut short and made printable here, for every diagnostic.
void Reporter::error(const std::string& file, int line, const std::string& key, const std::string& text) {
    out_->push_back({file, line, printable(clip(key, kMaxQuoted)), printable(clip(text, kMaxQuoted)), false});
    ++errors_;
}

void Reporter::warning(const std::string& file, int line, const std::string& key, const std::string& text) {
    out_->push_back({file, line, printable(clip(key, kMaxQuoted)), printable(clip(text, kMaxQuoted)), true});
}

namespace {

const std::vector<std::string> kServedNot{"inet_http_server", "supervisorctl"};
const std::vector<std::string> kServedNotPrefix{"rpcinterface", "eventlistener", "fcgi-program", "ctlplugin"};
const std::vector<std::string> kSectionTypes{"supervisord", "program",          "group",         "include",
                                             "unix_http_server", "inet_http_server", "supervisorctl", "rpcinterface",
                                             "eventlistener", "fcgi-program", "ctlplugin"};

struct Section {
    std::string file;
    std::string name;
    int line = 0;
    const ptree* tree = nullptr;
};

class Loader {
public:
    Loader(os::FileAccess& files, const ConfigContext& ctx, Config* cfg)
        : files_(files), ctx_(ctx), cfg_(cfg), rep_(&cfg->diagnostics) {}

    void run() {
        load_file(cfg_->path, "", 0);
        if (read_any_) {
            classify();
            build_programs();
            sort_programs();
        }
        settle_diagnostics();
    }

private:
    os::FileAccess& files_;
    const ConfigContext& ctx_;
    Config* cfg_;
    Reporter rep_;
    bool read_any_ = false;
    std::vector<std::string> stack_;
    std::vector<std::string> order_;  // files in reading order, for sorting diagnostics
    std::set<std::string> read_;      // the same files, for lookup
    std::vector<std::unique_ptr<ptree>> trees_;
    std::vector<Section> sections_;
    std::vector<Section> programs_;
    std::map<std::string, std::pair<std::string, Where>> group_of_;  // program -> group, where listed
    bool have_server_ = false;
    size_t expanded_ = 0;                  // bytes of expanded values so far, against kMaxExpandedTotal
    std::optional<Values> server_values_;  // [supervisord] as read
    const Section* unix_http_ = nullptr;   // [unix_http_server], applied after [supervisord]
    static constexpr size_t kMaxDepth = 16;
    static constexpr size_t kMaxName = proto::kMaxNameLength;  // what a reply can carry

    std::map<std::string, std::string> base_vars(const std::string& file) {
        std::map<std::string, std::string> vars;
        for (const auto& [k, v] : ctx_.env) vars["ENV_" + k] = v;
        // [supervisord] environment= adds to %(ENV_X)s, as in supervisor
        // (read before the program sections are expanded).
        for (const auto& [k, v] : cfg_->server.environment) vars["ENV_" + k] = v;
        vars["here"] = files_.directory_of(file);
        vars["host_node_name"] = ctx_.host_node_name;
        return vars;
    }

    // All keys of a section, expanded with `vars`; expansion errors reported.
    Values values_of(const Section& s, const std::map<std::string, std::string>& vars) {
        Values v{s.file, s.name, s.line, {}};
        for (const auto& [key, node] : *s.tree) {
            std::string why;
            // exitcodes is not expanded: VMS condition values are written %X...
            auto x = key == "exitcodes" ? std::optional<std::string>(node.data()) : expand(node.data(), vars, &why);
            if (!x) rep_.error(s.file, key_line(node), s.name + "/" + key, why);
            expanded_ += x ? x->size() : 0;
            v.items[key] = {x ? *x : std::string(), key_line(node)};
        }
        return v;
    }

    void load_file(const std::string& path, const std::string& from, int from_line) {
        if (std::find(stack_.begin(), stack_.end(), path) != stack_.end()) {
            std::string chain;
            for (const auto& f : stack_) chain += f + " -> ";
            rep_.error(from, from_line, "include/files", "include cycle: " + chain + path);
            return;
        }
        if (stack_.size() >= kMaxDepth) {  // the same file reached under ever longer names
            rep_.error(from, from_line, "include/files", "includes nested more than " + std::to_string(kMaxDepth) +
                                                             " deep (an include cycle?) at '" + path + "'");
            return;
        }
        if (read_.count(path)) {
            rep_.warning(from, from_line, "include/files", "'" + path + "' is already included; skipped");
            return;
        }
        std::string err;
        auto text = files_.read(path, &err);
        if (!text) {
            if (from.empty())
                rep_.error(path, 0, "", "cannot read the configuration file: " + err);
            else
                rep_.error(from, from_line, "include/files", "cannot read '" + path + "': " + err);
            return;
        }
        read_any_ = true;
        order_.push_back(path);
        read_.insert(path);
        stack_.push_back(path);
        trees_.push_back(std::make_unique<ptree>());
        const ptree& tree = *trees_.back();
        std::vector<IniError> errors;
        parse_ini(*text, trees_.back().get(), &errors, ctx_.server_only);
        for (const auto& e : errors) rep_.error(path, e.line, "", e.text);
        for (const auto& [name, node] : tree) {
            Section s{path, name, section_line(node), &node};
            if (name == "include")
                include(s);
            else
                sections_.push_back(s);
        }
        stack_.pop_back();
    }

    void include(const Section& s) {
        Values v = values_of(s, base_vars(s.file));
        for (const auto& [key, item] : v.items)
            if (key != "files") rep_.error(s.file, item.line, "include/" + key, "unknown key '" + key + "'" + did_you_mean(key, {"files"}));
        auto it = v.items.find("files");
        if (it == v.items.end()) {
            rep_.error(s.file, s.line, "include", "required key 'files' is missing");
            return;
        }
        for (const auto& pattern : split_list_ws(it->second.value)) {
            auto matches = files_.expand(files_.resolve(s.file, pattern));
            if (matches.empty()) rep_.warning(s.file, it->second.line, "include/files", "no file matches '" + pattern + "'");
            for (const auto& m : matches) load_file(m, s.file, it->second.line);
        }
    }

    static std::vector<std::string> split_list_ws(const std::string& v) {
        std::vector<std::string> out;
        std::string cur;
        for (char c : v) {
            if (c == ' ' || c == '\t' || c == '\n') {
                if (!cur.empty()) out.push_back(cur);
                cur.clear();
            } else {
                cur += c;
            }
        }
        if (!cur.empty()) out.push_back(cur);
        return out;
    }

    static std::string type_of(const std::string& name) {
        size_t colon = name.find(':');
        return colon == std::string::npos ? name : name.substr(0, colon);
    }

    // Whether `name` can name a program, group or process (typed in
    // commands, shown in replies and in --json); `why` gets " (reason)".
    static bool name_ok(const std::string& name, std::string* why) {
        why->clear();
        if (name.empty() || name.find_first_of(" \t\n,:/") != std::string::npos) return false;
        std::string problem = name_problem(name);
        if (problem.empty() && name.size() > kMaxName) problem = "longer than " + std::to_string(kMaxName) + " bytes";
        if (!problem.empty()) *why = " (" + problem + ")";
        return problem.empty();
    }

    bool bad_name(const Section& s, const std::string& what, const std::string& name) {
        std::string why;
        if (name_ok(name, &why)) return false;
        rep_.error(s.file, s.line, s.name, "not a valid " + what + " name: '" + name + "'" + why);
        return true;
    }

    void classify() {
        std::map<std::string, const Section*> seen;
        for (const auto& s : sections_) {
            auto dup = seen.find(s.name);
            if (dup != seen.end()) {
                if (dup->second->file != s.file)  // within one file, parse_ini has said so
                    rep_.error(s.file, s.line, s.name, "section also defined at " + dup->second->file + ":" +
                                                           std::to_string(dup->second->line));
                continue;
            }
            seen[s.name] = &s;
            std::string type = type_of(s.name);
            bool has_colon = s.name.find(':') != std::string::npos;
            if (s.name == "supervisord") {
                have_server_ = true;
                server_values_ = values_of(s, base_vars(s.file));
                apply_server_keys(*server_values_, ctx_.platform, &cfg_->server, rep_);
                resolve_logfile(s);
            } else if (s.name == "unix_http_server") {
                unix_http_ = &s;
            } else if (type == "program" && has_colon) {
                if (!bad_name(s, "program", s.name.substr(8))) programs_.push_back(s);
            } else if (type == "group" && has_colon) {
                if (!bad_name(s, "group", s.name.substr(6))) group(s);
            } else if (std::find(kServedNot.begin(), kServedNot.end(), s.name) != kServedNot.end() ||
                       (has_colon && std::find(kServedNotPrefix.begin(), kServedNotPrefix.end(), type) != kServedNotPrefix.end())) {
                rep_.warning(s.file, s.line, s.name, "section not used by this product; ignored");
            } else {
                std::string near = closest(type, kSectionTypes);
                std::string hint = near.empty() ? "" : " (did you mean '" + near + (has_colon ? s.name.substr(type.size()) : "") + "'?)";
                rep_.error(s.file, s.line, s.name, "unknown section" + hint);
            }
        }
        if (unix_http_)  // after [supervisord], wherever each is, so they can be compared
            apply_unix_http_server_keys(values_of(*unix_http_, base_vars(unix_http_->file)),
                                        server_values_ ? &*server_values_ : nullptr, ctx_.platform, &cfg_->server, rep_);
        if (!have_server_) rep_.error(cfg_->path, 0, "", "no [supervisord] section");
        default_childlogdir();
    }

    // Relative paths of [supervisord] mean beside the file that gives them.
    void resolve_logfile(const Section& s) {
        auto& sv = cfg_->server;
        sv.logfile = files_.resolve(s.file, sv.logfile.empty() ? std::string("supervisord.log") : sv.logfile);
        if (!sv.pidfile.empty()) sv.pidfile = files_.resolve(s.file, sv.pidfile);
        if (!sv.directory.empty()) sv.directory = files_.resolve(s.file, sv.directory);
        if (!sv.childlogdir.empty()) sv.childlogdir = files_.resolve(s.file, sv.childlogdir);
    }

    // supervisor's default childlogdir: Python's tempfile.gettempdir(), which
    // is $TMPDIR when set, else /tmp.
    void default_childlogdir() {
        auto& dir = cfg_->server.childlogdir;
        if (!dir.empty() || ctx_.platform != Platform::posix) return;
        auto tmp = ctx_.env.find("TMPDIR");
        dir = tmp != ctx_.env.end() && !tmp->second.empty() ? tmp->second : "/tmp";
    }

    // OpenVMS has no temporary directory every process translates alike:
    // AUTO there needs [supervisord] childlogdir.
    void auto_needs_directory(const Values& v, const ProgramSpec& spec) {
        if (ctx_.platform != Platform::vms || !spec.childlogdir.empty()) return;
        for (const char* key : {"stdout_file", "stdout_logfile", "stderr_file", "stderr_logfile"}) {
            bool err = key[3] == 'e';
            if (!v.items.count(key) || (err && spec.redirect_stderr)) continue;
            if ((err ? spec.stderr_file : spec.stdout_file) != kAutoOutput) continue;
            Where w = v.where(key);
            rep_.error(w.file, w.line, w.key, "AUTO needs [supervisord] childlogdir on OpenVMS (a directory or a logical name)");
        }
    }

    // What each process takes from [supervisord]: where its AUTO files go,
    // and the server's environment under its own (the program's wins).
    void inherit_server(ProgramSpec* spec) const {
        const ServerSpec& sv = cfg_->server;
        spec->childlogdir = sv.childlogdir;
        spec->log_identifier = sv.identifier;
        if (sv.environment.empty()) return;
        auto merged = sv.environment;
        for (const auto& kv : spec->environment) {
            auto same = std::find_if(merged.begin(), merged.end(), [&](const auto& m) { return m.first == kv.first; });
            if (same != merged.end())
                same->second = kv.second;
            else
                merged.push_back(kv);
        }
        spec->environment = std::move(merged);
    }

    void group(const Section& s) {
        std::string g = s.name.substr(6);
        Values v = values_of(s, base_vars(s.file));
        for (const auto& [key, item] : v.items) {
            if (key == "programs") {
                for (const auto& p : split_list(item.value)) {
                    auto prev = group_of_.find(p);
                    if (prev != group_of_.end())
                        rep_.error(s.file, item.line, s.name + "/programs",
                                   "program '" + p + "' is already in group '" + prev->second.first + "'");
                    else
                        group_of_[p] = {g, v.where(key)};
                }
            } else if (key == "priority") {
                std::string why;
                if (!parse_int(item.value, -(1 << 30), 1 << 30, &why))
                    rep_.error(s.file, item.line, s.name + "/" + key, why);
                else
                    rep_.warning(s.file, item.line, s.name + "/" + key,
                                 "accepted but ignored: programs start in their own priority order");
            } else {
                rep_.error(s.file, item.line, s.name + "/" + key,
                           "unknown key '" + key + "'" + did_you_mean(key, {"programs", "priority"}));
            }
        }
        if (!v.items.count("programs")) rep_.error(s.file, s.line, s.name, "required key 'programs' is missing");
    }

    void build_programs() {
        if (ctx_.server_only) return;   // the client needs [supervisord] only
        std::set<std::string> defined;
        for (const auto& s : programs_) defined.insert(s.name.substr(8));
        std::vector<std::string> names(defined.begin(), defined.end());
        size_t missing = 0;
        for (const auto& [prog, where] : group_of_)
            if (!defined.count(prog)) {
                bool hint = ++missing <= Config::kMaxListed;  // a hint costs a pass over every program
                rep_.error(where.second.file, where.second.line, where.second.key,
                           "no [program:" + prog + "] for this group" + (hint ? did_you_mean(prog, names) : ""));
            }
        // A process is group:name, as in supervisor: two programs may
        // name their processes alike in different groups. On OpenVMS the
        // process name itself must be unique ($CREPRC, reference/vms-services.md).
        std::map<std::string, std::string> owner;  // ProgramSpec::name -> section
        std::map<std::string, std::string> bare;   // process_name -> section (OpenVMS)
        for (const auto& s : programs_) {
            for (auto& spec : expand_program(s)) {
                auto prev = owner.find(spec.name);
                if (prev != owner.end()) {
                    rep_.error(s.file, s.line, s.name, "process '" + spec.name + "' is also defined by [" + prev->second + "]");
                    continue;
                }
                auto twin = bare.find(spec.process_name);
                if (ctx_.platform == Platform::vms && twin != bare.end()) {
                    rep_.error(s.file, s.line, s.name, "process name '" + spec.process_name + "' is also used by [" +
                                                           twin->second + "] (OpenVMS process names are unique)");
                    continue;
                }
                owner[spec.name] = s.name;
                bare.emplace(spec.process_name, s.name);
                cfg_->programs.push_back(std::move(spec));
            }
        }
    }

    std::vector<ProgramSpec> expand_program(const Section& s);

    // The process name (checked) and argv (split like a shell on Linux; on
    // OpenVMS the command is one file specification for SYS$INPUT).
    void name_and_argv(const Values& v, ProgramSpec* spec) {
        auto name_item = v.items.find("process_name");
        spec->process_name = name_item == v.items.end() ? spec->program_name : trim(name_item->second.value);
        spec->name = namespec(spec->group_name, spec->process_name);
        Where nw = v.where("process_name");
        std::string why;
        if (!name_ok(spec->process_name, &why))
            rep_.error(nw.file, nw.line, nw.key, "not a valid process name: '" + spec->process_name + "'" + why);
        else if (spec->name.size() > kMaxName)
            rep_.error(nw.file, nw.line, nw.key, "'" + spec->name + "' is longer than " + std::to_string(kMaxName) + " bytes");
        else if (ctx_.platform == Platform::vms && spec->process_name.size() > 15)
            rep_.error(nw.file, nw.line, nw.key, "'" + spec->process_name + "' is longer than an OpenVMS process name (15)");
        if (ctx_.platform == Platform::vms) {
            spec->argv = {spec->command};
            return;
        }
        if (!v.items.count("command")) return;  // apply_program_keys reported it
        std::string err;
        spec->argv = split_command(spec->command, &err);
        Where cw = v.where("command");
        if (!err.empty())
            rep_.error(cw.file, cw.line, cw.key, err + ": '" + spec->command + "'");
        else if (spec->argv.empty() || spec->argv[0].empty())
            rep_.error(cw.file, cw.line, cw.key, "empty command");
    }

    void sort_programs() {
        std::stable_sort(cfg_->programs.begin(), cfg_->programs.end(), [](const ProgramSpec& a, const ProgramSpec& b) {
            return a.priority != b.priority ? a.priority < b.priority : a.name < b.name;
        });
    }

    // Diagnostics in reading order (file, then line), each distinct one once
    // (numprocs repeats a section's errors), counted, and listed up to
    // Config::kMaxListed of each kind. O(n log n) in their number.
    void settle_diagnostics() {
        std::map<std::string, size_t> rank;
        for (size_t i = 0; i < order_.size(); ++i) rank.emplace(order_[i], i);
        auto rank_of = [&](const std::string& file) {
            auto it = rank.find(file);
            return it == rank.end() ? order_.size() : it->second;
        };
        auto& d = cfg_->diagnostics;
        std::stable_sort(d.begin(), d.end(), [&](const Diagnostic& a, const Diagnostic& b) {
            size_t ra = rank_of(a.file), rb = rank_of(b.file);
            return ra != rb ? ra < rb : a.line < b.line;
        });
        auto less = [](const Diagnostic* a, const Diagnostic* b) {
            return std::tie(a->file, a->line, a->key, a->text, a->warning) <
                   std::tie(b->file, b->line, b->key, b->text, b->warning);
        };
        std::set<const Diagnostic*, decltype(less)> seen(less);
        std::vector<Diagnostic> listed;
        size_t& errors = cfg_->error_count;
        size_t& warnings = cfg_->warning_count;
        for (const auto& x : d) {
            if (!seen.insert(&x).second) continue;
            size_t& n = x.warning ? warnings : errors;
            if (++n <= Config::kMaxListed) listed.push_back(x);
        }
        auto more = [&](size_t n, const char* what, bool warning) {
            if (n > Config::kMaxListed)
                listed.push_back({cfg_->path, 0, "", "... and " + std::to_string(n - Config::kMaxListed) + " more " + what, warning});
        };
        more(errors, "errors", false);
        more(warnings, "warnings", true);
        d = std::move(listed);
    }
};

std::vector<ProgramSpec> Loader::expand_program(const Section& s) {
    std::string prog = s.name.substr(8);
    auto gi = group_of_.find(prog);
    auto vars = base_vars(s.file);
    vars["program_name"] = prog;
    vars["group_name"] = gi == group_of_.end() ? prog : gi->second.first;
    // numprocs and numprocs_start shape the expansion, so they come first.
    int64_t numprocs = 1, start = 0;
    auto number = [&](const char* key, int64_t lo, int64_t hi, int64_t* out) {
        auto it = s.tree->find(key);
        if (it == s.tree->not_found()) return;
        std::string why;
        auto x = expand(it->second.data(), vars, &why);
        auto n = x ? parse_int(*x, lo, hi, &why) : std::nullopt;
        if (n)
            *out = *n;
        else
            rep_.error(s.file, key_line(it->second), s.name + "/" + key, why);
    };
    number("numprocs", 1, 10000, &numprocs);
    number("numprocs_start", 0, 1 << 30, &start);
    Values head{s.file, s.name, s.line, {}};
    for (const auto& [key, node] : *s.tree) head.items[key] = {node.data(), key_line(node)};
    auto pn = s.tree->find("process_name");
    std::string raw_name = pn == s.tree->not_found() ? "%(program_name)s" : pn->second.data();
    if (numprocs > 1 && raw_name.find("%(process_num)") == std::string::npos) {
        Where w = head.where(pn == s.tree->not_found() ? "numprocs" : "process_name");
        rep_.error(w.file, w.line, s.name + "/process_name",
                   "must contain %(process_num)s (or e.g. %(process_num)02d) when numprocs > 1");
        numprocs = 1;
    }
    vars["numprocs"] = std::to_string(numprocs);
    std::vector<ProgramSpec> out;
    for (int64_t n = start; n < start + numprocs; ++n) {
        if (expanded_ > kMaxExpandedTotal) {  // numprocs x large values: stop before memory runs out
            rep_.error(s.file, s.line, s.name,
                       "the values expand to more than " + std::to_string(kMaxExpandedTotal) + " bytes in all");
            break;
        }
        vars["process_num"] = std::to_string(n);
        Values v = values_of(s, vars);
        ProgramSpec spec;
        spec.program_name = prog;
        spec.group_name = vars["group_name"];
        spec.process_num = static_cast<int>(n);
        spec.numprocs = static_cast<int>(numprocs);
        spec.numprocs_start = static_cast<int>(start);
        spec.source_file = s.file;
        spec.source_line = s.line;
        apply_program_keys(v, ctx_.platform, &spec, rep_);
        inherit_server(&spec);
        auto_needs_directory(v, spec);
        name_and_argv(v, &spec);
        out.push_back(std::move(spec));
    }
    return out;
}

}  // namespace
std::string yes_no(bool b) { return b ? "true" : "false"; }

namespace {
// Digits of `v` in base 8 or 16, at least `width` of them (zero padded).
std::string digits(uint64_t v, unsigned base, size_t width) {
    std::string out;
    do {
        out.insert(out.begin(), "0123456789abcdef"[v % base]);
        v /= base;
    } while (v);
    return std::string(out.size() < width ? width - out.size() : 0, '0') + out;
}
}  // namespace

std::string octal(unsigned v) { return digits(v, 8, 4); }
std::string hex64(uint64_t v) { return digits(v, 16, 16); }

void describe_line(std::string& out, const std::string& key, const std::string& value) {
    out += "  ";
    out += key;
    out += value.empty() ? std::string(" =\n") : " = " + value + "\n";
}

}  // namespace cfg

namespace {

using cfg::describe_line;
using cfg::octal;
using cfg::yes_no;

void describe_server(std::string& out, const ServerSpec& s) {
    out += "[supervisord]\n";
    describe_line(out, "nodaemon", yes_no(s.nodaemon));
    describe_line(out, "user", s.user);
    describe_line(out, "command", s.command);
    describe_line(out, "stdout_file", s.stdout_file);
    describe_line(out, "logfile", s.logfile);
    describe_line(out, "loglevel", s.loglevel);
    describe_line(out, "table", s.table);
    describe_line(out, "mailbox", s.mailbox);
    describe_line(out, "username", s.username);
    describe_line(out, "password", s.password.empty() ? "(none)" : "(set)");
    describe_line(out, "mailbox_mode", octal(s.mailbox_mode));
    describe_line(out, "mailbox_owner", s.mailbox_owner);
    describe_line(out, "mailbox_size", std::to_string(s.mailbox_size));
    describe_line(out, "umask", octal(s.umask));
    describe_line(out, "directory", s.directory);
    describe_line(out, "pidfile", s.pidfile);
    describe_line(out, "childlogdir", s.childlogdir);
    describe_line(out, "identifier", s.identifier);
    describe_line(out, "nocleanup", yes_no(s.nocleanup));
}

}  // namespace

std::string describe_config(const Config& cfg) {
    std::string out = "# configuration " + cfg.path + "\n";
    describe_server(out, cfg.server);
    for (const auto& p : cfg.programs) {
        out += "\n";
        cfg::describe_program(out, p);
    }
    return out;
}

Config load_config(const std::string& path, os::FileAccess& files, const ConfigContext& ctx) {
    Config cfg;
    cfg.path = path;
    cfg::Loader(files, ctx, &cfg).run();
    return cfg;
}

}  // namespace sv
