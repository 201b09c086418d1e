// The keys of [supervisord] and [unix_http_server], and what the key tables
// share (config_program_keys.cpp has the [program:x] table): what each key
// accepts, its meaning per platform, and the supervisor keys this product
// accepts without acting on them (each use gets one warning, so nothing is
// silently ignored).
#include <algorithm>
#include <functional>

#include "core/config_internal.h"
#include "core/proto.h"

namespace sv::cfg {

Where Values::where(const std::string& key) const {
    auto it = items.find(key);
    return {file, it == items.end() ? line : it->second.line, section + "/" + key};
}

std::string null_device(Platform p) { return p == Platform::vms ? "NLA0:" : "/dev/null"; }

std::string platform_name(Platform p) { return p == Platform::vms ? "OpenVMS" : "Linux"; }

std::string output_file(const std::string& v, Platform p) {
    std::string u = upper(trim(v));
    if (u == "AUTO") return kAutoOutput;
    return (u == "NONE" || u == "OFF") ? null_device(p) : trim(v);
}

std::string server_output_file(const std::string& v, Platform p) {
    std::string u = upper(trim(v));
    return (u == "AUTO" || u == "NONE" || u == "OFF") ? null_device(p) : trim(v);
}

void KeyCtx::error(const std::string& key, const std::string& text) {
    Where w = v.where(key);
    rep.error(w.file, w.line, w.key, text);
}

void KeyCtx::warning(const std::string& key, const std::string& text) {
    Where w = v.where(key);
    rep.warning(w.file, w.line, w.key, text);
}

std::optional<bool> as_bool(const std::string& v, std::string* why) { return parse_bool(v, why); }
std::optional<int64_t> non_negative(const std::string& v, std::string* why) { return parse_int(v, 0, 1 << 30, why); }
std::optional<int64_t> any_int(const std::string& v, std::string* why) { return parse_int(v, -(1 << 30), 1 << 30, why); }
std::optional<uint64_t> as_bytes(const std::string& v, std::string* why) { return parse_bytes(v, why); }
std::optional<std::string> as_text(const std::string& v, std::string*) { return trim(v); }

namespace {

using Ctx = KeyCtx;
using Handler = std::function<void(Ctx&, const std::string& key, const std::string& value)>;

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
        {"stdout_file", [](Ctx& c, ServerSpec* s, const std::string&, const std::string& v) { s->stdout_file = server_output_file(v, c.platform); }},
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
        {"pidfile", [](Ctx&, ServerSpec* s, const std::string&, const std::string& v) { s->pidfile = trim(v); }},
        {"logfile_maxbytes", warn_only(ignored(as_bytes, "the log is not rotated by the server"))},
        {"logfile_backups", warn_only(ignored(non_negative, "the log is not rotated by the server"))},
        {"minfds", warn_only(ignored(non_negative, "set per program with quotas=NOFILE=n"))},
        {"minprocs", warn_only(ignored(non_negative, "set per program with quotas=NPROC=n"))},
        {"umask", [as_octal](Ctx& c, ServerSpec* s, const std::string& k, const std::string& v) { c.take(k, v, as_octal, &s->umask); }},
        {"identifier", [](Ctx& c, ServerSpec* s, const std::string& k, const std::string& v) {
             std::string id = trim(v);
             if (id.empty() || id.find_first_of("/ \t\n") != std::string::npos)
                 c.error(k, "not usable in a file name: '" + id + "'");
             else
                 s->identifier = id;
         }},
        {"directory", [](Ctx&, ServerSpec* s, const std::string&, const std::string& v) { s->directory = trim(v); }},
        {"childlogdir", [](Ctx&, ServerSpec* s, const std::string&, const std::string& v) { s->childlogdir = trim(v); }},
        {"strip_ansi", warn_only(ignored(as_bool, "program output is not filtered"))},
        {"environment", [as_env](Ctx& c, ServerSpec* s, const std::string& k, const std::string& v) { c.take(k, v, as_env, &s->environment); }},
        {"nocleanup", [](Ctx& c, ServerSpec* s, const std::string& k, const std::string& v) { c.take(k, v, as_bool, &s->nocleanup); }},
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
        // A structured binding cannot be captured before C++20 (clang, VSI C++).
        auto t = std::find_if(std::begin(kTwins), std::end(kTwins), [&k = key](const Twin& x) { return k == x.key; });
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
