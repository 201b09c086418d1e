// The keys of [program:x] and [supervisord]: what each accepts, its meaning
// per platform, and the supervisor keys this product accepts without acting
// on them (each use gets one warning, so nothing is silently ignored).
#include <algorithm>
#include <functional>

#include "core/config_internal.h"
#include "core/proto.h"

namespace sv::cfg {

Where Values::where(const std::string& key) const {
    auto it = items.find(key);
    return {file, it == items.end() ? line : it->second.line, section + "/" + key};
}

namespace {

std::string null_device(Platform p) { return p == Platform::vms ? "NLA0:" : "/dev/null"; }

std::string platform_name(Platform p) { return p == Platform::vms ? "OpenVMS" : "Linux"; }

// supervisor's AUTO and NONE both mean "no file" here.
std::string output_file(const std::string& v, Platform p) {
    std::string u = upper(trim(v));
    return (u == "AUTO" || u == "NONE") ? null_device(p) : trim(v);
}

// Helper bound to one section: reports with file, line and key.
struct Ctx {
    const Values& v;
    Platform platform;
    Reporter& rep;

    void error(const std::string& key, const std::string& text) {
        Where w = v.where(key);
        rep.error(w.file, w.line, w.key, text);
    }
    void warning(const std::string& key, const std::string& text) {
        Where w = v.where(key);
        rep.warning(w.file, w.line, w.key, text);
    }
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

using Handler = std::function<void(Ctx&, const std::string& key, const std::string& value)>;

auto as_bool = [](const std::string& s, std::string* why) { return parse_bool(s, why); };
auto non_negative = [](const std::string& s, std::string* why) { return parse_int(s, 0, 1 << 30, why); };
auto any_int = [](const std::string& s, std::string* why) { return parse_int(s, -(1 << 30), 1 << 30, why); };
auto as_bytes = [](const std::string& s, std::string* why) { return parse_bytes(s, why); };
auto as_text = [](const std::string& s, std::string*) { return std::optional<std::string>(trim(s)); };

// A supervisor key this product accepts and validates but does not act on.
template <typename Parse>
Handler ignored(Parse parse, const std::string& reason) {
    return [parse, reason](Ctx& c, const std::string& key, const std::string& value) {
        std::string why;
        if (!parse(value, &why)) {
            c.error(key, why);
            return;
        }
        c.warning(key, "accepted but ignored: " + reason);
    };
}

// A key that has no meaning on one platform: one warning there.
bool meaningless_on(Ctx& c, Platform p, const std::string& key, const std::string& why) {
    if (c.platform != p) return false;
    c.warning(key, "has no meaning on " + platform_name(p) + " (" + why + "); ignored");
    return true;
}

const char* const kLogNote = "program output goes straight to its file, without rotation or capture";

const std::map<std::string, std::function<void(Ctx&, ProgramSpec*, const std::string&, const std::string&)>>&
program_table() {
    using F = std::function<void(Ctx&, ProgramSpec*, const std::string&, const std::string&)>;
    auto warn_only = [](Handler h) { return F([h](Ctx& c, ProgramSpec*, const std::string& k, const std::string& v) { h(c, k, v); }); };
    static const std::map<std::string, F> table{
        {"image", [](Ctx&, ProgramSpec* s, const std::string&, const std::string& v) { s->image = trim(v); }},
        {"command", [](Ctx&, ProgramSpec* s, const std::string&, const std::string& v) { s->command = trim(v); }},
        {"process_name", [](Ctx&, ProgramSpec*, const std::string&, const std::string&) {}},
        {"numprocs", [](Ctx&, ProgramSpec*, const std::string&, const std::string&) {}},
        {"numprocs_start", [](Ctx&, ProgramSpec*, const std::string&, const std::string&) {}},
        {"user", [](Ctx&, ProgramSpec* s, const std::string&, const std::string& v) { s->user = trim(v); }},
        {"autostart", [](Ctx& c, ProgramSpec* s, const std::string& k, const std::string& v) { c.take(k, v, as_bool, &s->autostart); }},
        {"autorestart", [](Ctx& c, ProgramSpec* s, const std::string& k, const std::string& v) { c.take(k, v, parse_autorestart, &s->autorestart); }},
        {"stdout_file", [](Ctx& c, ProgramSpec* s, const std::string&, const std::string& v) { s->stdout_file = output_file(v, c.platform); }},
        {"stderr_file", [](Ctx& c, ProgramSpec* s, const std::string&, const std::string& v) { s->stderr_file = output_file(v, c.platform); }},
        {"redirect_stderr", [](Ctx& c, ProgramSpec* s, const std::string& k, const std::string& v) { c.take(k, v, as_bool, &s->redirect_stderr); }},
        {"startsecs", [](Ctx& c, ProgramSpec* s, const std::string& k, const std::string& v) { c.take(k, v, non_negative, &s->startsecs); }},
        {"startretries", [](Ctx& c, ProgramSpec* s, const std::string& k, const std::string& v) { c.take(k, v, non_negative, &s->startretries); }},
        {"stopwaitsecs", [](Ctx& c, ProgramSpec* s, const std::string& k, const std::string& v) { c.take(k, v, non_negative, &s->stopwaitsecs); }},
        {"exitcodes", [](Ctx& c, ProgramSpec* s, const std::string& k, const std::string& v) {
             auto p = c.platform;
             c.take(k, v, [p](const std::string& x, std::string* why) { return parse_exitcodes(x, p, why); }, &s->exitcodes);
         }},
        {"baspri", [](Ctx& c, ProgramSpec* s, const std::string& k, const std::string& v) {
             c.take(k, v, [](const std::string& x, std::string* why) { return parse_int(x, 0, 31, why); }, &s->baspri);
         }},
        {"quotas", [](Ctx& c, ProgramSpec* s, const std::string& k, const std::string& v) { c.take(k, v, parse_quotas, &s->quotas); }},
        {"privileges", [](Ctx& c, ProgramSpec* s, const std::string& k, const std::string& v) { c.take(k, v, parse_privileges, &s->privileges); }},
        {"kt_limit", [](Ctx& c, ProgramSpec* s, const std::string& k, const std::string& v) {
             int n = 0;
             if (c.take(k, v, [](const std::string& x, std::string* why) { return parse_int(x, 1, 65535, why); }, &n)) s->kt_limit = n;
         }},
        {"nouaf", [](Ctx& c, ProgramSpec* s, const std::string& k, const std::string& v) { c.take(k, v, as_bool, &s->nouaf); }},
        {"directory", [](Ctx&, ProgramSpec* s, const std::string&, const std::string& v) { s->directory = trim(v); }},
        {"environment", [](Ctx& c, ProgramSpec* s, const std::string& k, const std::string& v) { c.take(k, v, parse_environment, &s->environment); }},
        {"umask", [](Ctx& c, ProgramSpec* s, const std::string& k, const std::string& v) {
             unsigned m = 0;
             bool ok = c.take(k, v, [](const std::string& x, std::string* why) { return parse_octal(x, 0777, why); }, &m);
             if (ok && !meaningless_on(c, Platform::vms, k, "file protection comes from the account")) s->umask = m;
         }},
        {"stopsignal", [](Ctx& c, ProgramSpec* s, const std::string& k, const std::string& v) { c.take(k, v, parse_signal, &s->stopsignal); }},
        {"stopasgroup", [](Ctx& c, ProgramSpec* s, const std::string& k, const std::string& v) {
             bool b = false;
             if (c.take(k, v, as_bool, &b) && !meaningless_on(c, Platform::vms, k, "a detached process has no process group")) s->stopasgroup = b;
         }},
        {"killasgroup", [](Ctx& c, ProgramSpec* s, const std::string& k, const std::string& v) {
             bool b = false;
             if (c.take(k, v, as_bool, &b) && !meaningless_on(c, Platform::vms, k, "a detached process has no process group")) s->killasgroup = b;
         }},
        {"priority", [](Ctx& c, ProgramSpec* s, const std::string& k, const std::string& v) { c.take(k, v, any_int, &s->priority); }},
        {"stdout_logfile_maxbytes", warn_only(ignored(as_bytes, kLogNote))},
        {"stderr_logfile_maxbytes", warn_only(ignored(as_bytes, kLogNote))},
        {"stdout_logfile_backups", warn_only(ignored(non_negative, kLogNote))},
        {"stderr_logfile_backups", warn_only(ignored(non_negative, kLogNote))},
        {"stdout_capture_maxbytes", warn_only(ignored(as_bytes, kLogNote))},
        {"stderr_capture_maxbytes", warn_only(ignored(as_bytes, kLogNote))},
        {"stdout_events_enabled", warn_only(ignored(as_bool, "this product has no event listeners"))},
        {"stderr_events_enabled", warn_only(ignored(as_bool, "this product has no event listeners"))},
        {"stdout_syslog", warn_only(ignored(as_bool, kLogNote))},
        {"stderr_syslog", warn_only(ignored(as_bool, kLogNote))},
        {"serverurl", warn_only(ignored(as_text, "programs reach the server through its command channel"))},
    };
    return table;
}

}  // namespace

const std::vector<std::string>& program_key_names() {
    static const std::vector<std::string> names = [] {
        std::vector<std::string> n;
        for (const auto& kv : program_table()) n.push_back(kv.first);
        n.push_back("stdout_logfile");
        n.push_back("stderr_logfile");
        return n;
    }();
    return names;
}

void apply_program_keys(const Values& v, Platform platform, ProgramSpec* spec, Reporter& rep) {
    Ctx c{v, platform, rep};
    spec->stdout_file = spec->stderr_file = null_device(platform);
    if (platform == Platform::vms) {
        spec->image = "LOGINOUT.EXE";
        spec->command = "NLA0:";
        spec->exitcodes = ExitCodes{{}, true, true};
    }
    for (const auto& [raw_key, item] : v.items) {
        std::string key = raw_key;
        if (key == "stdout_logfile" || key == "stderr_logfile") {
            key = key.substr(0, 6) + "_file";
            if (v.items.count(key)) {
                c.error(raw_key, "same as '" + key + "', which is also given");
                continue;
            }
        }
        auto it = program_table().find(key);
        if (it == program_table().end()) {
            c.error(raw_key, "unknown key '" + raw_key + "'" + did_you_mean(raw_key, program_key_names()));
            continue;
        }
        it->second(c, spec, raw_key, item.value);
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

namespace {

using ServerHandler = std::function<void(Ctx&, ServerSpec*, const std::string&, const std::string&)>;

// A password must fit the request's password field; supervisor's hashed
// form "{SHA}" + 40 hex digits (SHA-1 of the password) is kept as written.
bool password_ok(Ctx& c, const std::string& key, const std::string& v) {
    if (v.size() > proto::kMaxPasswordLength) {
        c.error(key, "password longer than " + std::to_string(proto::kMaxPasswordLength) + " bytes");
        return false;
    }
    bool sha = v.rfind("{SHA}", 0) == 0;
    if (sha && (v.size() != 45 || v.find_first_not_of("0123456789abcdefABCDEF", 5) != std::string::npos)) {
        c.error(key, "a {SHA} password is 40 hexadecimal digits after {SHA}");
        return false;
    }
    return true;
}

unsigned octal_or_zero(const std::string& v) {
    std::string why;
    return parse_octal(v, 0777, &why).value_or(0);
}

const std::map<std::string, ServerHandler>& server_table() {
    auto warn_only = [](Handler h) { return ServerHandler([h](Ctx& c, ServerSpec*, const std::string& k, const std::string& v) { h(c, k, v); }); };
    auto as_octal = [](const std::string& x, std::string* why) { return parse_octal(x, 0777, why); };
    auto as_env = [](const std::string& x, std::string* why) { return parse_environment(x, why); };
    static const std::map<std::string, ServerHandler> table{
        {"nodaemon", [](Ctx& c, ServerSpec* s, const std::string& k, const std::string& v) { c.take(k, v, as_bool, &s->nodaemon); }},
        {"user", [](Ctx&, ServerSpec* s, const std::string&, const std::string& v) { s->user = trim(v); }},
        {"command", [](Ctx& c, ServerSpec* s, const std::string& k, const std::string& v) {
             if (!meaningless_on(c, Platform::posix, k, "the server is started by its service manager")) s->command = trim(v);
         }},
        {"stdout_file", [](Ctx& c, ServerSpec* s, const std::string&, const std::string& v) { s->stdout_file = output_file(v, c.platform); }},
        {"logfile", [](Ctx&, ServerSpec* s, const std::string&, const std::string& v) { s->logfile = trim(v); }},
        {"loglevel", [](Ctx& c, ServerSpec* s, const std::string& k, const std::string& v) { c.take(k, v, parse_loglevel, &s->loglevel); }},
        {"table", [](Ctx&, ServerSpec* s, const std::string&, const std::string& v) { s->table = trim(v); }},
        {"mailbox", [](Ctx&, ServerSpec* s, const std::string&, const std::string& v) { s->mailbox = trim(v); }},
        {"password", [](Ctx& c, ServerSpec* s, const std::string& k, const std::string& v) {
             if (password_ok(c, k, trim(v))) s->password = trim(v);
         }},
        {"mailbox_mode", [as_octal](Ctx& c, ServerSpec* s, const std::string& k, const std::string& v) { c.take(k, v, as_octal, &s->mailbox_mode); }},
        {"mailbox_owner", [](Ctx&, ServerSpec* s, const std::string&, const std::string& v) { s->mailbox_owner = trim(v); }},
        {"mailbox_size", [](Ctx& c, ServerSpec* s, const std::string& k, const std::string& v) {
             c.take(k, v, [](const std::string& x, std::string* why) { return parse_int(x, 512, 65535, why); }, &s->mailbox_size);
         }},
        {"pidfile", warn_only(ignored(as_text, "the state table records the server's pid"))},
        {"logfile_maxbytes", warn_only(ignored(as_bytes, "the log is not rotated by the server"))},
        {"logfile_backups", warn_only(ignored(non_negative, "the log is not rotated by the server"))},
        {"minfds", warn_only(ignored(non_negative, "set per program with quotas=NOFILE=n"))},
        {"minprocs", warn_only(ignored(non_negative, "set per program with quotas=NPROC=n"))},
        {"umask", warn_only(ignored(as_octal, "set it per program"))},
        {"identifier", warn_only(ignored(as_text, "the command channel identifies the server"))},
        {"directory", warn_only(ignored(as_text, "the server does not change directory; set it per program"))},
        {"childlogdir", warn_only(ignored(as_text, "AUTO output files mean the null device"))},
        {"strip_ansi", warn_only(ignored(as_bool, "program output is not filtered"))},
        {"environment", warn_only(ignored(as_env, "set it per program"))},
        {"nocleanup", warn_only(ignored(as_bool, "no AUTO output files are created"))},
        {"silent", warn_only(ignored(as_bool, "use loglevel"))},
    };
    return table;
}

}  // namespace

const std::vector<std::string>& server_key_names() {
    static const std::vector<std::string> names = [] {
        std::vector<std::string> n;
        for (const auto& kv : server_table()) n.push_back(kv.first);
        return n;
    }();
    return names;
}

void apply_server_keys(const Values& v, Platform platform, ServerSpec* server, Reporter& rep) {
    Ctx c{v, platform, rep};
    server->stdout_file = null_device(platform);
    for (const auto& [key, item] : v.items) {
        auto it = server_table().find(key);
        if (it == server_table().end()) {
            c.error(key, "unknown key '" + key + "'" + did_you_mean(key, server_key_names()));
            continue;
        }
        it->second(c, server, key, item.value);
    }
}

namespace {

// A [unix_http_server] key that is also a [supervisord] key: the two must agree.
struct Twin {
    const char* key;
    const char* twin;
    bool secret;  // the values are not quoted in the message
};

const Twin kTwins[] = {{"file", "mailbox", false},
                       {"chmod", "mailbox_mode", false},
                       {"chown", "mailbox_owner", false},
                       {"password", "password", true}};

}  // namespace

void apply_unix_http_server_keys(const Values& v, const Values* supervisord, Platform platform, ServerSpec* server,
                                 Reporter& rep) {
    static const std::vector<std::string> names{"file", "chmod", "chown", "username", "password"};
    Ctx c{v, platform, rep};
    for (const auto& [key, item] : v.items) {
        std::string value = trim(item.value);
        if (key == "username") {
            server->username = value;
            continue;
        }
        auto t = std::find_if(std::begin(kTwins), std::end(kTwins), [&](const Twin& x) { return key == x.key; });
        if (t == std::end(kTwins)) {
            c.error(key, "unknown key '" + key + "'" + did_you_mean(key, names));
            continue;
        }
        std::string why;
        if ((key == "chmod" && !parse_octal(value, 0777, &why)) || (key == "password" && !password_ok(c, key, value))) {
            if (!why.empty()) c.error(key, why);
            continue;
        }
        auto other = supervisord ? supervisord->items.find(t->twin) : v.items.end();
        bool given = supervisord && other != supervisord->items.end();
        std::string theirs = given ? trim(other->second.value) : std::string();
        bool same = key == "chmod" ? octal_or_zero(value) == octal_or_zero(theirs) : value == theirs;
        if (given && !same) {
            Where w = supervisord->where(t->twin);
            std::string ours = t->secret ? "" : "'" + value + "' ";
            std::string them = t->secret ? "" : " '" + theirs + "'";
            c.error(key, ours + "differs from [supervisord] " + t->twin + them + " (" + w.file + ":" +
                             std::to_string(w.line) + "); give one");
            continue;
        }
        if (key == "file") server->mailbox = value;
        if (key == "chmod") server->mailbox_mode = octal_or_zero(value);
        if (key == "chown") server->mailbox_owner = value;
        if (key == "password") server->password = value;
    }
}

}  // namespace sv::cfg
