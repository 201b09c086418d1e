// The [program:x] key table (config_program_keys.cpp) against what it
// drives: each key, set to two different valid values on both platforms,
// changes the fingerprint that decides whether RELOAD restarts a process
// exactly when its row says a change restarts; --check describes it; the
// rows agree with each other.
#include <doctest/doctest.h>

#include <map>
#include <set>
#include <string>
#include <vector>

#include "core/config.h"
#include "core/config_internal.h"
#include "os/file_access.h"

using namespace sv;

namespace {

// One configuration file in memory; no includes.
class OneFile : public os::FileAccess {
public:
    explicit OneFile(std::string text) : text_(std::move(text)) {}
    std::optional<std::string> read(const std::string&, std::string*) override { return text_; }
    std::vector<std::string> expand(const std::string&) override { return {}; }
    std::string directory_of(const std::string&) override { return "/etc/sv"; }
    std::string resolve(const std::string&, const std::string& rel) override { return rel; }

private:
    std::string text_;
};

using cfg::OnChange;
constexpr OnChange restart = OnChange::restart, update = OnChange::update, reshape = OnChange::reshape,
                   ignored = OnChange::ignored;

// Each key's decision, pinned here a second time so that moving a key to
// another class is a visible decision (the table says why), and two
// different valid values of it, on both platforms. A key added to the
// table without a row here fails below.
struct Sample {
    OnChange on_change;
    std::string a, b;
};

const std::map<std::string, Sample>& samples() {
    static const std::map<std::string, Sample> s{
        {"process_name", {restart, "web_a", "web_b"}},
        {"numprocs", {reshape, "2", "3"}},
        {"numprocs_start", {reshape, "0", "1"}},
        {"image", {restart, "/usr/bin/a", "/usr/bin/b"}},
        {"command", {restart, "/bin/web --port 80", "/bin/web --port 81"}},
        {"user", {restart, "alice", "bob"}},
        {"autostart", {update, "true", "false"}},
        {"autorestart", {update, "true", "false"}},
        {"stdout_file", {restart, "/var/log/a.log", "/var/log/b.log"}},
        {"stdout_logfile", {restart, "/var/log/a.log", "/var/log/b.log"}},
        {"stderr_file", {restart, "/var/log/a.err", "/var/log/b.err"}},
        {"stderr_logfile", {restart, "/var/log/a.err", "/var/log/b.err"}},
        {"redirect_stderr", {restart, "false", "true"}},
        {"startsecs", {update, "1", "5"}},
        {"startretries", {update, "3", "7"}},
        {"stopwaitsecs", {update, "10", "20"}},
        {"exitcodes", {update, "0", "0,2"}},
        {"baspri", {restart, "4", "8"}},
        {"quotas", {restart, "NOFILE=100", "NOFILE=200"}},
        {"privileges", {restart, "TMPMBX", "NETMBX"}},
        {"kt_limit", {restart, "8", "16"}},
        {"nouaf", {restart, "false", "true"}},
        {"directory", {restart, "/srv/a", "/srv/b"}},
        {"environment", {restart, "A=1", "A=2"}},
        {"umask", {restart, "022", "077"}},
        {"stopsignal", {update, "TERM", "INT"}},
        {"stopasgroup", {update, "false", "true"}},
        {"killasgroup", {update, "false", "true"}},
        {"priority", {update, "1", "2"}},
        {"stdout_logfile_maxbytes", {ignored, "1MB", "2MB"}},
        {"stderr_logfile_maxbytes", {ignored, "1MB", "2MB"}},
        {"stdout_logfile_backups", {update, "1", "2"}},
        {"stderr_logfile_backups", {update, "1", "2"}},
        {"stdout_capture_maxbytes", {ignored, "1MB", "2MB"}},
        {"stderr_capture_maxbytes", {ignored, "1MB", "2MB"}},
        {"stdout_events_enabled", {ignored, "false", "true"}},
        {"stderr_events_enabled", {ignored, "false", "true"}},
        {"stdout_syslog", {ignored, "false", "true"}},
        {"stderr_syslog", {ignored, "false", "true"}},
        {"serverurl", {update, "AUTO", "unix:///tmp/x.sock"}},
    };
    return s;
}

// A valid [program:web] with `key = value` on `p`; the reshaping keys get
// a numbered process name, so that some processes exist in both loads.
Config load_with(const std::string& key, const std::string& value, Platform p) {
    std::map<std::string, std::string> keys{{"command", p == Platform::vms ? "SYS$MANAGER:WEB.COM" : "/bin/web"}};
    if (p == Platform::vms) keys["user"] = "WEBUSER";
    if (key == "numprocs" || key == "numprocs_start") {
        keys["process_name"] = "web_%(process_num)d";
        keys["numprocs"] = "2";
    }
    keys[key] = value;
    std::string text = "[supervisord]\nlogfile=/tmp/sv.log\n[program:web]\n";
    for (const auto& [k, v] : keys) text += k + " = " + v + "\n";
    OneFile files(text);
    ConfigContext ctx;
    ctx.platform = p;
    return load_config("/etc/sv/sv.conf", files, ctx);
}

std::map<std::string, uint64_t> fingerprints(const Config& c) {
    std::map<std::string, uint64_t> out;
    for (const auto& spec : c.programs) out[spec.name] = spec.fingerprint();
    return out;
}

const char* platform_label(Platform p) { return p == Platform::vms ? "OpenVMS" : "Linux"; }

const char* on_change_label(cfg::OnChange c) {
    switch (c) {
    case cfg::OnChange::restart: return "restart";
    case cfg::OnChange::update: return "update";
    case cfg::OnChange::reshape: return "reshape";
    case cfg::OnChange::ignored: return "ignored";
    }
    return nullptr;  // not one of the four: the row is broken
}

bool meaningful_on(const cfg::ProgramKey& k, Platform p) {
    if (k.platforms == cfg::Platforms::posix_only) return p == Platform::posix;
    if (k.platforms == cfg::Platforms::vms_only) return p == Platform::vms;
    return true;
}

}  // namespace

TEST_CASE("every [program:x] key says what RELOAD does, and the table agrees with itself") {
    for (const auto& k : cfg::program_keys()) {
        INFO(k.name);
        REQUIRE(on_change_label(k.on_change) != nullptr);
        CHECK(cfg::find_program_key(k.name) == &k);
        CHECK(static_cast<bool>(k.parse));
        bool alias = !k.alias_of.empty();
        if (alias) {
            const cfg::ProgramKey* of = cfg::find_program_key(k.alias_of);
            REQUIRE(of != nullptr);
            CHECK(of->alias_of.empty());
            CHECK(of->on_change == k.on_change);
            CHECK(of->platforms == k.platforms);
        }
        // Hashed exactly when a change restarts; an alias is hashed as its key.
        CHECK(static_cast<bool>(k.hash) == (k.on_change == cfg::OnChange::restart && !alias));
        // Described unless an alias (its key is) or ignored.
        CHECK(static_cast<bool>(k.describe) == (!alias && k.on_change != cfg::OnChange::ignored));
        // The warning has a reason wherever there is one.
        bool warned = k.on_change == cfg::OnChange::ignored || k.platforms != cfg::Platforms::both;
        CHECK(k.note.empty() == !warned);
    }
}

TEST_CASE("every [program:x] key has two samples, and every sample a key") {
    for (const auto& key : cfg::program_key_names()) CHECK_MESSAGE(samples().count(key), key);
    for (const auto& kv : samples()) CHECK_MESSAGE(cfg::find_program_key(kv.first) != nullptr, kv.first);
}

TEST_CASE("fingerprint: a change of a start-affecting key changes it, of any other key not") {
    for (Platform p : {Platform::posix, Platform::vms}) {
        for (const auto& k : cfg::program_keys()) {
            auto sample = samples().find(k.name);
            REQUIRE_MESSAGE(sample != samples().end(), k.name);
            const auto& [pinned, va, vb] = sample->second;
            CHECK(k.on_change == pinned);
            INFO(platform_label(p), " ", k.name, " (", on_change_label(k.on_change), ") = ", va, " / ", vb);
            Config a = load_with(k.name, va, p);
            Config b = load_with(k.name, vb, p);
            REQUIRE(a.ok());
            REQUIRE(b.ok());
            auto fa = fingerprints(a), fb = fingerprints(b);
            if (k.on_change == cfg::OnChange::reshape) {
                // Other processes exist; those in both keep their fingerprint.
                std::set<std::string> na, nb;
                for (const auto& kv : fa) na.insert(kv.first);
                for (const auto& kv : fb) nb.insert(kv.first);
                CHECK(na != nb);
                size_t common = 0;
                for (const auto& [name, f] : fa)
                    if (fb.count(name)) {
                        ++common;
                        CHECK_MESSAGE(fb[name] == f, name);
                    }
                CHECK(common > 0);
                continue;
            }
            REQUIRE(fa.size() == 1);
            REQUIRE(fb.size() == 1);
            bool differs = fa.begin()->second != fb.begin()->second;
            CHECK(differs == (k.on_change == cfg::OnChange::restart && meaningful_on(k, p)));
        }
    }
}

TEST_CASE("--check describes every key that is not ignored (an alias as its key)") {
    for (Platform p : {Platform::posix, Platform::vms}) {
        INFO(platform_label(p));
        std::string text = describe_config(load_with("numprocs", "1", p));
        for (const auto& k : cfg::program_keys()) {
            if (k.on_change == cfg::OnChange::ignored) continue;
            const std::string& shown = k.alias_of.empty() ? k.name : k.alias_of;
            bool found = text.find("\n  " + shown + " = ") != std::string::npos ||
                         text.find("\n  " + shown + " =\n") != std::string::npos;
            CHECK_MESSAGE(found, k.name);
        }
    }
}

TEST_CASE("a key with no meaning on one platform is checked, warned about and dropped there") {
    for (Platform p : {Platform::vms, Platform::posix}) {
        size_t dropped = 0;
        for (const auto& k : cfg::program_keys()) {
            if (meaningful_on(k, p)) continue;
            ++dropped;
            INFO(platform_label(p), " ", k.name);
            Config c = load_with(k.name, samples().at(k.name).b, p);
            REQUIRE(c.ok());
            REQUIRE(c.diagnostics.size() == 1);
            CHECK(c.diagnostics[0].warning);
            CHECK(c.diagnostics[0].text ==
                  "has no meaning on " + std::string(platform_label(p)) + " (" + k.note + "); ignored");
            CHECK(describe_config(c) == describe_config(load_with("priority", "999", p)));
            Config bad = load_with(k.name, "not a value", p);
            CHECK_FALSE(bad.ok());
        }
        // On Linux: stdout_logfile_backups and stderr_logfile_backups.
        if (p == Platform::posix) CHECK(dropped == 2);
    }
}
