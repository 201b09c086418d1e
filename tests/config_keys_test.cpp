// The [program:x] keys against the fingerprint that decides whether RELOAD
// restarts a program: each key, set to two different valid values, on both
// platforms.
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

enum class Expect { differs, same, reshapes };

// Two different valid values of a key, and what RELOAD should make of the change.
struct Sample {
    Expect expect;
    std::string a, b;
};

const std::map<std::string, Sample>& samples() {
    static const std::map<std::string, Sample> s{
        {"process_name", {Expect::differs, "web_a", "web_b"}},
        {"numprocs", {Expect::reshapes, "2", "3"}},
        {"numprocs_start", {Expect::reshapes, "0", "1"}},
        {"image", {Expect::differs, "/usr/bin/a", "/usr/bin/b"}},
        {"command", {Expect::differs, "/bin/web --port 80", "/bin/web --port 81"}},
        {"user", {Expect::differs, "alice", "bob"}},
        {"autostart", {Expect::same, "true", "false"}},
        {"autorestart", {Expect::same, "true", "false"}},
        {"stdout_file", {Expect::differs, "/var/log/a.log", "/var/log/b.log"}},
        {"stdout_logfile", {Expect::differs, "/var/log/a.log", "/var/log/b.log"}},
        {"stderr_file", {Expect::differs, "/var/log/a.err", "/var/log/b.err"}},
        {"stderr_logfile", {Expect::differs, "/var/log/a.err", "/var/log/b.err"}},
        {"redirect_stderr", {Expect::differs, "false", "true"}},
        {"startsecs", {Expect::same, "1", "5"}},
        {"startretries", {Expect::same, "3", "7"}},
        {"stopwaitsecs", {Expect::same, "10", "20"}},
        {"exitcodes", {Expect::same, "0", "0,2"}},
        {"baspri", {Expect::differs, "4", "8"}},
        {"quotas", {Expect::differs, "NOFILE=100", "NOFILE=200"}},
        {"privileges", {Expect::differs, "TMPMBX", "NETMBX"}},
        {"kt_limit", {Expect::differs, "8", "16"}},
        {"nouaf", {Expect::differs, "false", "true"}},
        {"directory", {Expect::differs, "/srv/a", "/srv/b"}},
        {"environment", {Expect::differs, "A=1", "A=2"}},
        {"umask", {Expect::differs, "022", "077"}},
        {"stopsignal", {Expect::same, "TERM", "INT"}},
        {"stopasgroup", {Expect::same, "false", "true"}},
        {"killasgroup", {Expect::same, "false", "true"}},
        {"priority", {Expect::same, "1", "2"}},
        {"stdout_logfile_maxbytes", {Expect::same, "1MB", "2MB"}},
        {"stderr_logfile_maxbytes", {Expect::same, "1MB", "2MB"}},
        {"stdout_logfile_backups", {Expect::same, "1", "2"}},
        {"stderr_logfile_backups", {Expect::same, "1", "2"}},
        {"stdout_capture_maxbytes", {Expect::same, "1MB", "2MB"}},
        {"stderr_capture_maxbytes", {Expect::same, "1MB", "2MB"}},
        {"stdout_events_enabled", {Expect::same, "false", "true"}},
        {"stderr_events_enabled", {Expect::same, "false", "true"}},
        {"stdout_syslog", {Expect::same, "false", "true"}},
        {"stderr_syslog", {Expect::same, "false", "true"}},
        {"serverurl", {Expect::same, "AUTO", "unix:///tmp/x.sock"}},
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

}  // namespace

TEST_CASE("every [program:x] key has two samples") {
    for (const auto& key : cfg::program_key_names()) CHECK_MESSAGE(samples().count(key), key);
}

TEST_CASE("fingerprint: a change of a start-affecting key changes it, of any other key not") {
    for (Platform p : {Platform::posix, Platform::vms}) {
        for (const auto& [key, sample] : samples()) {
            INFO(platform_label(p), " ", key, " = ", sample.a, " / ", sample.b);
            Config a = load_with(key, sample.a, p);
            Config b = load_with(key, sample.b, p);
            REQUIRE(a.ok());
            REQUIRE(b.ok());
            auto fa = fingerprints(a), fb = fingerprints(b);
            if (sample.expect == Expect::reshapes) {
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
            bool ignored_here = p == Platform::vms && (key == "umask");
            CHECK(differs == (sample.expect == Expect::differs && !ignored_here));
        }
    }
}
